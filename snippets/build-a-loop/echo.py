import socket

from tinyloop import Loop, readable, sleep, writable


async def send_all(sock, data):
    while data:
        await writable(sock)
        data = data[sock.send(data) :]


async def receive(sock):
    await readable(sock)
    return sock.recv(1024)


async def handle(client):
    while data := await receive(client):
        await send_all(client, data.upper())
    client.close()


async def serve(server, connections):
    for _ in range(connections):
        await readable(server)
        client, _ = server.accept()
        client.setblocking(False)
        loop.spawn(handle(client))
    server.close()


async def talk(port, name, delay):
    await sleep(delay)
    sock = socket.socket()
    sock.setblocking(False)
    sock.connect_ex(("127.0.0.1", port))  # (1)!
    await send_all(sock, f"hello from {name}".encode())
    print(f"{name} got {(await receive(sock)).decode()!r}")
    sock.close()


server = socket.create_server(("127.0.0.1", 0))  # (2)!
server.setblocking(False)
port = server.getsockname()[1]

loop = Loop()
loop.spawn(serve(server, connections=2))
loop.spawn(talk(port, "alice", delay=0.1))
loop.spawn(talk(port, "bob", delay=0))
loop.run()
