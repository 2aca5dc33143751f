"""Stand-ins on 127.0.0.1: a resolver, and an address that never answers."""

import contextlib
import socket


@contextlib.contextmanager
def resolver(stand_in):
    """In the block, ``socket.getaddrinfo(...)`` calls ``stand_in(real, ...)``.

    ``real`` is the real ``getaddrinfo()``. asyncio looks host names up with
    ``socket.getaddrinfo()``, so this stands in for the system's resolver and
    its DNS servers, not for asyncio.
    """
    real = socket.getaddrinfo
    socket.getaddrinfo = lambda *args, **kwargs: stand_in(real, *args, **kwargs)
    try:
        yield
    finally:
        socket.getaddrinfo = real


def names(table):
    """A stand-in that gives the addresses in ``table`` for its names.

    ``table`` maps a name to ``(family, socket_address)`` pairs, in the order
    a DNS server would give them. Each address carries its own port, so that
    several "hosts" can be servers on different ports of 127.0.0.1.
    """

    def getaddrinfo(real, host, port, family=0, type=0, proto=0, flags=0):
        if host not in table:
            return real(host, port, family, type, proto, flags)
        return [
            (address_family, socket.SOCK_STREAM, socket.IPPROTO_TCP, "", address)
            for address_family, address in table[host]
            if family in (socket.AF_UNSPEC, address_family)
        ]

    return getaddrinfo


@contextlib.contextmanager
def black_hole():
    """Yield the port of a listener on 127.0.0.1 where a connection never completes.

    Its queue of connections waiting to be accepted has room for one, and one
    is already waiting: the kernel drops any other client's first packet, as
    a network that loses it would, and the client waits for an answer.
    """
    with socket.create_server(("127.0.0.1", 0), backlog=0) as listener:
        with socket.create_connection(listener.getsockname()):
            yield listener.getsockname()[1]
