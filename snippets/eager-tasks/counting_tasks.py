import asyncio

CACHE = {page: f"<h1>{page}</h1>" for page in ("home", "about", "faq")}
PAGES = ["home", "blog", "about", "home", "shop", "faq", "blog", "home"]


async def fetch(page):
    if page not in CACHE:
        await asyncio.sleep(0.1)  # stands for a download
        CACHE[page] = f"<h1>{page}</h1>"
    return CACHE[page]


class CountingTask(asyncio.Task):
    created = 0
    done_at_once = 0

    def __init__(self, coro, **kwargs):
        super().__init__(coro, **kwargs)  # (1)!
        CountingTask.created += 1
        CountingTask.done_at_once += self.done()


async def main():
    factory = asyncio.create_eager_task_factory(CountingTask)
    asyncio.get_running_loop().set_task_factory(factory)
    async with asyncio.TaskGroup() as tg:
        for page in PAGES:
            tg.create_task(fetch(page))
    print(f"{CountingTask.done_at_once} of {CountingTask.created} tasks never waited")


asyncio.run(main())
