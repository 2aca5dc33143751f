from tinyloop import Loop, Wait


async def yield_now():
    await Wait("yield")


class TurnTakingLoop(Loop):
    def handle(self, coro, request):
        if request == ("yield",):
            self.ready.append(coro)  # (1)!
        else:
            super().handle(coro, request)


async def counter(name):
    for number in range(3):
        print(f"{name} {number}")
        await yield_now()


loop = TurnTakingLoop()
loop.spawn(counter("A"))
loop.spawn(counter("B"))
loop.run()
