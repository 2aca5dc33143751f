from unittest import IsolatedAsyncioTestCase
from unittest.mock import AsyncMock, MagicMock

from fake_ipify import ADDRESS
from ipclient_draft import IPIFY_URL, fetch_ip


class WithAStricterMock(IsolatedAsyncioTestCase):
    async def test_asks_for_json(self):
        response = MagicMock()
        response.json = AsyncMock(return_value={"ip": ADDRESS})
        session = MagicMock()
        session.get.return_value.__aenter__.return_value = response
        await fetch_ip(session)
        session.get.assert_called_once_with(IPIFY_URL, params={"format": "json"})
