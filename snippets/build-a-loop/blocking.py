import time

from tinyloop import Loop, sleep


async def polite(name):
    await sleep(0.1)
    print(f"{name}: awake")


async def rude(name):
    print(f"{name}: blocking the loop for 0.3 s")
    time.sleep(0.3)
    print(f"{name}: done")


loop = Loop()
loop.spawn(polite("polite"))
loop.spawn(rude("rude"))
loop.run()
