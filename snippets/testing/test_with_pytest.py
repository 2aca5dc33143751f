import aiohttp
import pytest
from aiohttp.test_utils import TestServer
from fake_ipify import ADDRESS, make_app
from ipclient import fetch_ip


@pytest.fixture
def anyio_backend():  # (1)!
    return "asyncio"


@pytest.fixture
async def fake_ipify_url():  # (2)!
    async with TestServer(make_app()) as server:
        yield str(server.make_url("/"))


@pytest.mark.anyio  # (3)!
async def test_returns_the_address(fake_ipify_url):
    async with aiohttp.ClientSession() as session:
        assert await fetch_ip(session, fake_ipify_url) == ADDRESS


async def test_forgot_the_mark():  # (4)!
    assert False, "this line never runs"
