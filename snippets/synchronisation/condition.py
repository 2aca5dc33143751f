import asyncio

stock = 0


def log(message):
    """Print the message after the seconds elapsed since main() started."""
    elapsed = asyncio.get_running_loop().time() - START
    print(f"{elapsed:.1f} s: {message}")


async def customer(name, wants, shelf):
    global stock
    async with shelf:  # (1)!
        await shelf.wait_for(lambda: stock >= wants)  # (2)!
        stock -= wants
        log(f"{name} took {wants}, {stock} left")


async def baker(shelf):
    global stock
    for _ in range(4):
        await asyncio.sleep(1)
        async with shelf:
            stock += 2
            shelf.notify_all()  # (3)!


async def main():
    global START
    START = asyncio.get_running_loop().time()
    shelf = asyncio.Condition()
    async with asyncio.TaskGroup() as tg:
        tg.create_task(customer("Ann", 3, shelf))
        tg.create_task(customer("Ben", 1, shelf))
        tg.create_task(customer("Cat", 4, shelf))
        tg.create_task(baker(shelf))


asyncio.run(main())
