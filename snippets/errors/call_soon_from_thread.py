import asyncio


def convert(loop):
    loop.call_soon(print, "halfway")  # (1)!
    return "converted"


async def main():
    loop = asyncio.get_running_loop()
    print(await asyncio.to_thread(convert, loop))


asyncio.run(main(), debug=True)  # (2)!
