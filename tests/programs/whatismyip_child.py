"""Run a program for a test: ``python tests/programs/whatismyip_child.py PROGRAM ARGS``.

It runs PROGRAM (snippets/whatismyip/whatismyip.py) with ARGS, as ``python
PROGRAM ARGS`` does, with two things more when the environment asks for them:

``WHATISMYIP_DNS_HANGS=SECONDS``
    Every lookup of a host name blocks its thread for SECONDS, then fails as
    glibc's ``getaddrinfo()`` does when the DNS server never answers (by
    default it tries twice, five seconds each). This stands in for the
    system's resolver, which no option can point at a fake DNS server; the
    program and aiohttp run unchanged, in whatever thread they call it from.
    Numeric addresses need no DNS and are resolved as usual.

``WHATISMYIP_PEAK_MEMORY=PATH``
    When the program ends, write its peak resident memory (VmHWM), in bytes,
    to PATH. Its address space is capped at 2 GiB meanwhile, so that a program
    that fails the test raises MemoryError instead of taking the machine's memory.
"""

import ipaddress
import os
import resource
import runpy
import socket
import sys
import time
from pathlib import Path

system_getaddrinfo = socket.getaddrinfo


def getaddrinfo_with_dns_that_never_answers(host, *args, **kwargs):
    try:
        ipaddress.ip_address(host)
    except ValueError:
        time.sleep(float(os.environ["WHATISMYIP_DNS_HANGS"]))
        raise socket.gaierror(socket.EAI_AGAIN, "Temporary failure in name resolution") from None
    return system_getaddrinfo(host, *args, **kwargs)


def peak_memory() -> int:
    """VmHWM: the peak of this program alone (ru_maxrss would also count the
    memory of the test process this one was forked from)."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) * 1024  # in kB
    raise RuntimeError("no VmHWM in /proc/self/status")


if __name__ == "__main__":
    if "WHATISMYIP_PEAK_MEMORY" in os.environ:
        resource.setrlimit(resource.RLIMIT_AS, (2 * 2**30, 2 * 2**30))
    if "WHATISMYIP_DNS_HANGS" in os.environ:
        socket.getaddrinfo = getaddrinfo_with_dns_that_never_answers
    program = sys.argv.pop(1)
    sys.argv[0] = program
    sys.path[0] = str(Path(program).resolve().parent)  # as for python PROGRAM
    try:
        runpy.run_path(program, run_name="__main__")
    finally:
        if "WHATISMYIP_PEAK_MEMORY" in os.environ:
            Path(os.environ["WHATISMYIP_PEAK_MEMORY"]).write_text(str(peak_memory()))
