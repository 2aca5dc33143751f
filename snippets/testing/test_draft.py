from unittest import IsolatedAsyncioTestCase
from unittest.mock import AsyncMock, MagicMock

from fake_ipify import ADDRESS, FakeIpifyTestCase
from ipclient_draft import fetch_ip


class WithAMock(IsolatedAsyncioTestCase):
    async def test_returns_the_address(self):
        response = MagicMock()
        response.json = AsyncMock(return_value={"ip": ADDRESS})  # (1)!
        session = MagicMock()
        session.get.return_value.__aenter__.return_value = response
        self.assertEqual(await fetch_ip(session), ADDRESS)


class WithAFake(FakeIpifyTestCase):
    async def test_returns_the_address(self):
        self.assertEqual(await fetch_ip(self.session, self.url), ADDRESS)
