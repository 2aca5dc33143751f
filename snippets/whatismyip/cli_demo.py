import asyncio

from fake_ip_services import Fake, plain, serve

from whatismyip import parse_args, run


def service_options(services):
    """The --service options that name these services."""
    for service in services:
        yield from ("--service", service.name, service.url, service.ip_attr or "-")


async def main():
    fakes = [
        Fake("ipify", 3),
        plain("icanhazip", 1, body="<html>"),
        Fake("stuck", hang=True),
    ]
    async with serve(*fakes) as services:
        await run(parse_args(["--json", *service_options(services)]))

    fakes = [
        Fake("ipify", status=503),
        Fake("stuck", hang=True),
        Fake("gone", refuse=True),
    ]
    async with serve(*fakes) as services:
        status = await run(parse_args(["--timeout", "1", *service_options(services)]))
    print(f"exit status {status}")


asyncio.run(main())
