import asyncio

from pictures import Picture, PictureFinder


class SlowService:
    """Stands in for a picture service: a search takes 1 s, "sloth" a minute."""

    def __init__(self):
        self.running = self.most = 0

    async def find(self, word):
        self.running += 1
        self.most = max(self.most, self.running)
        try:
            await asyncio.sleep(60 if word == "sloth" else 1)
        finally:
            self.running -= 1
        return Picture(image=b"...", caption=word)


async def main():
    service = SlowService()
    finder = PictureFinder(service, parallel=4, timeout=10)  # (1)!
    loop = asyncio.get_running_loop()
    start = loop.time()

    async def chat(word):
        try:
            await finder.find(word)
            print(f"{loop.time() - start:4.1f} s: a picture for {word}")
        except TimeoutError:
            print(f"{loop.time() - start:4.1f} s: {word} timed out")

    async with asyncio.TaskGroup() as group:  # seven chats at once
        for word in ["cat", "dog", "owl", "fox", "bee", "elk", "sloth"]:
            group.create_task(chat(word))
    print(f"at most {service.most} searches at a time")


asyncio.run(main())
