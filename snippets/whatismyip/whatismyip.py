"""What is my IP address? Ask several services at once; the first valid answer wins."""

import argparse
import asyncio
import json
import math
import sys
import urllib.parse

import aiohttp
from ip_race import NoAddress, first_ip
from ip_services import SERVICES, Service

DEFAULT_TIMEOUT = 5.0


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        description="Print this machine's public IP address, as the first of several "
        "IP-echo services to answer correctly sees it.",
    )
    parser.add_argument(
        "--service",
        nargs=3,
        action="append",
        metavar=("NAME", "URL", "FIELD"),
        help="ask this service instead of the built-in ones (repeatable); FIELD is the "
        "JSON field holding the address, or - for a plain-text answer",
    )
    parser.add_argument(
        "--timeout",
        type=float,
        default=DEFAULT_TIMEOUT,
        metavar="SECONDS",
        help=f"give up after this many seconds (default: {DEFAULT_TIMEOUT:g})",
    )
    parser.add_argument(
        "--json",
        action="store_true",
        help="print the address, the service and the time taken as JSON",
    )
    args = parser.parse_args(argv)
    if not 0 < args.timeout < math.inf:  # also false for nan
        parser.error(f"argument --timeout: not a positive number: {args.timeout:g}")
    if args.service is None:
        args.services = list(SERVICES)
    else:
        args.services = [
            Service(name, url, None if field == "-" else field)
            for name, url, field in args.service
        ]
    for service in args.services:
        if not is_http_url(service.url):
            parser.error(f"argument --service: not an http(s) URL: {service.url!r}")
    names = [service.name for service in args.services]
    if len(set(names)) != len(names):
        parser.error("argument --service: each service needs a name of its own")
    return args


def is_http_url(url: str) -> bool:
    try:
        parts = urllib.parse.urlsplit(url)
        return (
            parts.scheme in ("http", "https")
            and bool(parts.hostname)
            and (parts.port is None or parts.port > 0)
        )
    except ValueError:  # a malformed address, or a port out of range
        return False


async def run(args: argparse.Namespace) -> int:
    """Find the address, print it, and return the exit status."""
    loop = asyncio.get_running_loop()
    start = loop.time()
    timeouts = aiohttp.ClientTimeout(total=args.timeout)  # (1)!
    async with aiohttp.ClientSession(timeout=timeouts) as session:
        try:
            service, ip = await first_ip(session, args.services, args.timeout)
        except NoAddress as failure:
            print("whatismyip: no service gave an address:", file=sys.stderr)
            for name, reason in failure.reasons.items():
                print(f"  {name}: {reason}", file=sys.stderr)
            return 1
    if args.json:
        elapsed = round(loop.time() - start, 3)
        print(json.dumps({"ip": ip, "service": service.name, "elapsed_s": elapsed}))
    else:
        print(ip)
    return 0


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    try:
        return asyncio.run(run(args))
    except KeyboardInterrupt:  # (2)!
        print("whatismyip: interrupted", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
