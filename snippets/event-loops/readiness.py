import asyncio
import socket


async def main():
    loop = asyncio.get_running_loop()
    print(f"running on {type(loop).__name__}")
    receiver, sender = socket.socketpair()
    with receiver, sender:
        receiver.setblocking(False)
        message = loop.create_future()

        def on_readable():  # (1)!
            message.set_result(receiver.recv(100))
            loop.remove_reader(receiver)

        loop.add_reader(receiver, on_readable)  # (2)!
        sender.send(b"ping")
        print(f"the socket became readable: {await message!r}")


with asyncio.Runner(loop_factory=asyncio.SelectorEventLoop) as runner:  # (3)!
    runner.run(main())
