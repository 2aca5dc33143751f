from tinyloop import Loop, sleep


async def sleeper(name, seconds):
    print(f"{name}: going to sleep for {seconds} s")
    await sleep(seconds)
    print(f"{name}: awake")


loop = Loop()
loop.spawn(sleeper("slow", 0.3))
loop.spawn(sleeper("quick", 0.1))
loop.spawn(sleeper("instant", 0))
loop.run()
print("all done")
