"""Certificates made afresh on every run, by trustme: no key is committed or kept."""

import ssl

import trustme


def tls_contexts(names=("127.0.0.1", "localhost")):
    """A server context and a client context that trusts the server's certificate.

    The server's certificate is for ``names``, signed by a certificate
    authority made for this run. The client trusts that authority, as well as
    the system's usual ones.
    """
    authority = trustme.CA()  # (1)!
    certificate = authority.issue_cert(*names)  # (2)!
    server = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)  # (3)!
    certificate.configure_cert(server)
    client = ssl.create_default_context()  # (4)!
    authority.configure_trust(client)
    return server, client
