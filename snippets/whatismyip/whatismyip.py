"""What is my IP address? Ask several services at once; the first valid answer wins."""

import argparse
import asyncio
import errno
import json
import math
import os
import sys
import urllib.parse

import aiohttp
from daemon_resolver import DaemonResolver
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
    parser.add_argument(
        "--public",
        action="store_true",
        help="accept only an address the internet can reach, not a private, "
        "loopback, link-local or multicast one",
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
    connector = aiohttp.TCPConnector(limit=0, resolver=DaemonResolver())  # (2)!
    async with aiohttp.ClientSession(timeout=timeouts, connector=connector) as session:
        try:
            service, ip = await first_ip(
                session, args.services, args.timeout, public=args.public
            )
        except NoAddress as failure:
            print("whatismyip: no service gave an address:", file=sys.stderr)
            for name, reason in failure.reasons.items():
                print(f"  {name}: {reason}", file=sys.stderr)
            return 1
    answer = ip
    if args.json:
        elapsed = round(loop.time() - start, 3)
        answer = json.dumps({"ip": ip, "service": service.name, "elapsed_s": elapsed})
    return print_answer(answer)


def print_answer(answer: str) -> int:
    """Print the answer on standard output: 0, or 1 if it cannot be written."""
    try:
        if sys.stdout is None:  # (3)!
            raise OSError(errno.EBADF, "standard output is closed")
        print(answer, flush=True)
    except OSError as error:  # a full disk, a pipe nobody reads any more
        print(
            f"whatismyip: cannot write the address: {error.strerror}", file=sys.stderr
        )
        if sys.stdout is not None:  # (4)!
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 1
    return 0


def main(argv: list[str] | None = None) -> int:
    return asyncio.run(run(parse_args(argv)))


def report_uncaught(kind, error, traceback):
    """Ctrl-C in one line, instead of a traceback; any other error as usual."""
    if issubclass(kind, KeyboardInterrupt):
        print("whatismyip: interrupted", file=sys.stderr)
    else:
        sys.__excepthook__(kind, error, traceback)


if __name__ == "__main__":
    sys.excepthook = report_uncaught  # (5)!
    sys.exit(main())
