"""Ask one IP-echo service for our address, and check that the answer is one."""

import ipaddress
import json
from typing import NamedTuple

import aiohttp


class Service(NamedTuple):
    name: str
    url: str
    ip_attr: str | None  # the JSON field holding the address; None for plain text


SERVICES = (
    Service("ipify", "https://api.ipify.org?format=json", "ip"),
    Service("ip-api", "http://ip-api.com/json", "query"),
    Service("icanhazip", "https://icanhazip.com", None),
    Service("ifconfig.me", "https://ifconfig.me/ip", None),
)


class ServiceError(Exception):
    """A service did not give us an address; the message says why."""


def parse_ip(service: Service, body: str) -> str:
    """The address in a service's answer, or ServiceError if there is none."""
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
        return str(ipaddress.ip_address(text.strip()))
    except ValueError:
        raise ServiceError(f"not an IP address: {shorten(text)}") from None


def shorten(text: str, width: int = 30) -> str:
    """A quoted excerpt of an answer, short enough for an error message."""
    text = text.strip()
    return repr(text if len(text) <= width else text[: width - 1] + "…")


async def fetch_ip(session: aiohttp.ClientSession, service: Service) -> str:
    """Our address according to ``service``; ServiceError if it cannot say."""
    try:
        async with session.get(service.url) as response:
            if response.status != 200:
                raise ServiceError(f"HTTP {response.status} {response.reason}")
            body = await response.text(errors="replace")
    except TimeoutError:  # (2)!
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
    return parse_ip(service, body)
