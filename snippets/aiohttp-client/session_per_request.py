import asyncio

import aiohttp
from stand_in import serving


def connection_counter():
    """A TraceConfig that counts the connections its sessions open."""
    trace = aiohttp.TraceConfig()
    trace.opened = 0

    async def on_connection_create_end(session, context, params):
        trace.opened += 1

    trace.on_connection_create_end.append(on_connection_create_end)
    return trace


async def session_per_request(urls, trace):
    for url in urls:
        async with aiohttp.ClientSession(trace_configs=[trace]) as session:  # (1)!
            async with session.get(url) as response:
                await response.read()


async def one_session(urls, trace):
    async with aiohttp.ClientSession(trace_configs=[trace]) as session:
        for url in urls:
            async with session.get(url) as response:
                await response.read()  # (2)!


async def main():
    async with serving() as base_url:
        urls = [f"{base_url}/json"] * 5
        for fetch in session_per_request, one_session:
            trace = connection_counter()
            await fetch(urls, trace)
            print(f"{fetch.__name__}: 5 requests, {trace.opened} connection(s)")


asyncio.run(main())
