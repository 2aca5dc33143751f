"""Ask one IP-echo service for our address, and check that the answer is one."""

import ipaddress
import json
from typing import NamedTuple

import aiohttp

MAX_ANSWER = 4096  # bytes; an address takes 45 at most, a JSON answer a few hundred


class Service(NamedTuple):
    name: str
    url: str
    ip_attr: str | None  # the JSON field holding the address; None for plain text


SERVICES = (
    Service("ipify", "https://api.ipify.org?format=json", "ip"),
    Service("ipinfo", "https://ipinfo.io/json", "ip"),
    Service("icanhazip", "https://icanhazip.com", None),
    Service("ifconfig.me", "https://ifconfig.me/ip", None),
)


class ServiceError(Exception):
    """A service did not give us an address; the message says why, on one line."""

    def __init__(self, reason: str):
        super().__init__(one_line(reason))


def parse_ip(service: Service, body: str, *, public: bool = False) -> str:
    """The address in a service's answer, or ServiceError if there is none.

    With ``public``, only an address the internet can reach counts.
    """
    text = body
    if service.ip_attr is not None:
        try:
            answer = json.loads(body)
        except ValueError:
            raise ServiceError(f"not JSON: {shorten(body)}") from None
        if not isinstance(answer, dict) or service.ip_attr not in answer:
            raise ServiceError(f"no {service.ip_attr!r} field in {shorten(body)}")
        text = answer[service.ip_attr]
    if not isinstance(text, str):  # (1)!
        raise ServiceError(f"not an IP address: {text!r}")
    try:
        address = ipaddress.ip_address(text.strip())
    except ValueError:
        address = None
    if address is None or "%" in text:  # (2)!
        raise ServiceError(f"not an IP address: {shorten(text)}")
    if public and not (address.is_global and not address.is_multicast):  # (3)!
        raise ServiceError(f"not a public address: {address}")
    return str(address)


def shorten(text: str, width: int = 30) -> str:
    """A quoted excerpt of an answer, short enough for an error message."""
    text = text.strip()
    return repr(text if len(text) <= width else text[: width - 1] + "…")


def one_line(text: str) -> str:
    """``text`` with its control characters escaped: one line, nothing to obey."""
    return "".join(c if c.isprintable() else ascii(c)[1:-1] for c in text)


async def read_at_most(response: aiohttp.ClientResponse, limit: int) -> bytes:
    """The body of ``response``, decompressed; ServiceError if over ``limit`` bytes."""
    body = bytearray()
    async for chunk in response.content.iter_any():  # (4)!
        body += chunk
        if len(body) > limit:
            raise ServiceError(f"answer too long: over {limit} bytes")
    return bytes(body)


async def fetch_ip(
    session: aiohttp.ClientSession, service: Service, *, public: bool = False
) -> str:
    """Our address according to ``service``; ServiceError, whatever goes wrong."""
    try:
        async with session.get(service.url, allow_redirects=False) as response:  # (5)!
            if response.status != 200:
                raise ServiceError(f"HTTP {response.status} {response.reason}")
            body = await read_at_most(response, MAX_ANSWER)
        text = body.decode("utf-8", errors="replace")  # (6)!
        return parse_ip(service, text, public=public)
    except ServiceError:
        raise
    except TimeoutError:  # (7)!
        limit = session.timeout.total
        reason = f"no answer within {limit:g} s" if limit else "timed out"
        raise ServiceError(reason) from None
    except aiohttp.ClientConnectorError as error:
        if isinstance(error.os_error, ConnectionRefusedError):
            raise ServiceError("connection refused") from None
        raise ServiceError(str(error)) from None
    except aiohttp.InvalidURL as error:
        raise ServiceError(f"invalid URL: {error}") from None
    except aiohttp.ClientError as error:
        raise ServiceError(str(error) or type(error).__name__) from None
    except Exception as error:  # (8)!
        raise ServiceError(f"{type(error).__name__}: {error}") from None
