import asyncio


class Connection:
    def __init__(self, host):
        self.host = host

    async def __aenter__(self):  # (1)!
        await asyncio.sleep(0.5)  # the handshake takes a while
        print(f"connected to {self.host}")
        return self  # (2)!

    async def __aexit__(self, exc_type, exc, traceback):  # (3)!
        await asyncio.sleep(0.1)  # saying goodbye takes a while too
        print(f"closed {self.host} ({exc_type.__name__ if exc_type else 'no error'})")
        return False  # (4)!

    async def send(self, message):
        await asyncio.sleep(0.2)
        print(f"sent {message!r}")


async def main():
    async with Connection("db.example") as connection:
        await connection.send("hello")

    try:
        async with Connection("cache.example"):
            raise ValueError("something broke")
    except ValueError as error:
        print(f"main caught {error!r}")


asyncio.run(main())
