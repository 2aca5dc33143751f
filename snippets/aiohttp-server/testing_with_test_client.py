import asyncio

from aiohttp.test_utils import TestClient, TestServer
from hello_server import make_app


async def test_greets_by_name():
    async with TestClient(TestServer(make_app())) as client:  # (1)!
        response = await client.get("/Alice")  # (2)!
        assert response.status == 200
        assert await response.text() == "Hello, Alice"


async def test_greets_anonymous_without_a_name():
    async with TestClient(TestServer(make_app())) as client:
        response = await client.get("/")
        assert await response.text() == "Hello, Anonymous"


async def main():
    for test in test_greets_by_name, test_greets_anonymous_without_a_name:
        await test()
        print(f"{test.__name__}: passed")


asyncio.run(main())
