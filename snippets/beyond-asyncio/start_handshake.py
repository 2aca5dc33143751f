import asyncio

import anyio
from anyio.abc import SocketAttribute, TaskStatus


async def echo(client):
    async with client:
        async for data in client:
            await client.send(data)


async def serve(*, task_status: TaskStatus[int] = anyio.TASK_STATUS_IGNORED):
    listener = await anyio.create_tcp_listener(local_host="127.0.0.1")
    port = listener.extra(SocketAttribute.local_port)
    async with listener:
        task_status.started(port)  # (1)!
        await listener.serve(echo)


async def main():
    async with anyio.create_task_group() as task_group:
        port = await task_group.start(serve)  # (2)!
        async with await anyio.connect_tcp("127.0.0.1", port) as stream:
            await stream.send(b"hello")
            print(f"echoed: {(await stream.receive()).decode()}")
        task_group.cancel_scope.cancel()  # (3)!
    print("server stopped")


asyncio.run(main())
