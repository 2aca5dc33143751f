"""The first draft of ipclient.py: it forgets to ask for JSON."""

import aiohttp

IPIFY_URL = "https://api.ipify.org"


async def fetch_ip(session: aiohttp.ClientSession, url: str = IPIFY_URL) -> str:
    async with session.get(url) as response:  # (1)!
        response.raise_for_status()
        data = await response.json()
    return data["ip"]
