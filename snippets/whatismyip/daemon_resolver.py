"""Look names up in threads that nobody waits for: a stuck lookup holds up nothing."""

import asyncio
import contextlib
import socket
import threading

from aiohttp.abc import AbstractResolver, ResolveResult


class DaemonResolver(AbstractResolver):
    """aiohttp's default resolver, with each lookup in a daemon thread of its own."""

    async def resolve(
        self, host: str, port: int = 0, family: socket.AddressFamily = socket.AF_INET
    ) -> list[ResolveResult]:
        def lookup():
            return socket.getaddrinfo(
                host, port, family, socket.SOCK_STREAM, flags=socket.AI_ADDRCONFIG
            )

        infos = await in_daemon_thread(lookup)
        return [
            ResolveResult(
                hostname=host,
                host=address[0],
                port=address[1],
                family=address_family,
                proto=proto,
                flags=socket.AI_NUMERICHOST | socket.AI_NUMERICSERV,
            )
            for address_family, _, proto, _, address in infos
        ]

    async def close(self) -> None:
        pass


async def in_daemon_thread(function):
    """What ``function()`` returns, run in a new daemon thread.

    Cancelling the wait returns at once; the thread finishes alone, and nobody
    waits for it, not even the interpreter as it exits.
    """
    loop = asyncio.get_running_loop()
    outcome = loop.create_future()

    def settle(result, error):  # in the event loop's thread
        if outcome.cancelled():
            return
        if error is None:
            outcome.set_result(result)
        else:
            outcome.set_exception(error)

    def work():  # in the new thread
        try:
            result, error = function(), None
        except Exception as caught:
            result, error = None, caught
        # If the loop has closed meanwhile, nobody is waiting for the answer.
        with contextlib.suppress(RuntimeError):
            loop.call_soon_threadsafe(settle, result, error)

    threading.Thread(target=work, daemon=True).start()
    return await outcome
