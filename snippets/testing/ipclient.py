"""Ask a what-is-my-IP service for this machine's public address."""

import aiohttp

IPIFY_URL = "https://api.ipify.org"


async def fetch_ip(session: aiohttp.ClientSession, url: str = IPIFY_URL) -> str:
    async with session.get(url, params={"format": "json"}) as response:
        response.raise_for_status()
        data = await response.json()
    return data["ip"]
