import asyncio


async def fetch_answer():
    await asyncio.sleep(1)
    return 42


def library_function():  # (1)!
    return asyncio.run(fetch_answer())


async def notebook_cell():
    answer = await asyncio.to_thread(library_function)  # (2)!
    print("the answer:", answer)


asyncio.run(notebook_cell())
