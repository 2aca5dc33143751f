import aiohttp
from fake_ipify import ADDRESS, FakeIpifyTestCase
from ipclient import fetch_ip


class FetchIpTest(FakeIpifyTestCase):
    async def test_returns_the_address(self):
        self.assertEqual(await fetch_ip(self.session, self.url), ADDRESS)

    async def test_raises_when_the_service_fails(self):
        with self.assertRaises(aiohttp.ClientResponseError) as caught:
            await fetch_ip(self.session, self.url + "missing")
        self.assertEqual(caught.exception.status, 404)
