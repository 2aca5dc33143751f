import asyncio

CACHE = {"home": "<h1>Home</h1>"}


async def page(name):
    print(f"  {name}: started")
    if name in CACHE:
        return CACHE[name]  # a cache hit: nothing to wait for
    await asyncio.sleep(0.1)  # a miss: fetch the page
    return f"<h1>{name}</h1>"


async def create_two():
    home = asyncio.create_task(page("home"))
    about = asyncio.create_task(page("about"))
    print(f"  created; done: home {home.done()}, about {about.done()}")
    await asyncio.gather(home, about)


async def main():
    print("default tasks")
    await create_two()
    asyncio.get_running_loop().set_task_factory(asyncio.eager_task_factory)  # (1)!
    print("eager tasks")
    await create_two()


asyncio.run(main())
