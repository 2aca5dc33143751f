"""A static server for the built site on 127.0.0.1, serving it the way GitHub Pages does.

Like Pages, it keeps connections alive, compresses text with gzip, lets
browsers cache for ten minutes, redirects a folder to its slash, and answers a
missing path with the site's 404.html and the status 404.
"""

from __future__ import annotations

import gzip
import mimetypes
import threading
from functools import cache
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import unquote, urlsplit

TEXT = ("text/", "application/javascript", "application/json", "application/xml", "image/svg")


class StaticSite:
    """Serves a folder at `url`, which is taken from the start, until `close()`."""

    def __init__(self) -> None:
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
        self._server.daemon_threads = True
        self._server.root = None
        host, port = self._server.server_address[:2]
        self.url = f"http://{host}:{port}/"

    def serve(self, root: Path) -> None:
        """Serve `root` from a thread of its own, until `stop()`."""
        self._server.root = root
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)
        self._thread.start()

    def stop(self) -> None:
        """Stop serving (the address stays taken); `serve()` may start again."""
        self._server.shutdown()
        self._thread.join()

    def close(self) -> None:
        self._server.server_close()


@cache
def _gzipped(path: Path, mtime: float) -> bytes:
    return gzip.compress(path.read_bytes(), mtime=0)


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"  # keep-alive, as every real host

    def do_GET(self) -> None:
        self._respond(with_body=True)

    def do_HEAD(self) -> None:
        self._respond(with_body=False)

    def _respond(self, with_body: bool) -> None:
        root: Path = self.server.root
        request_path = unquote(urlsplit(self.path).path)
        path = (root / request_path.lstrip("/")).resolve()
        status = HTTPStatus.OK
        if not path.is_relative_to(root.resolve()):
            path = root / "no such file"
        elif path.is_dir() and not request_path.endswith("/"):
            self.send_response(HTTPStatus.MOVED_PERMANENTLY)
            self.send_header("Location", request_path + "/")
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        elif path.is_dir():
            path = path / "index.html"
        if not path.is_file():
            path, status = root / "404.html", HTTPStatus.NOT_FOUND
            if not path.is_file():
                self.send_error(status)
                return
        content_type = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
        body = path.read_bytes()
        text = content_type.startswith(TEXT)
        gzipped = text and "gzip" in self.headers.get("Accept-Encoding", "")
        if gzipped:
            body = _gzipped(path, path.stat().st_mtime)
        self.send_response(status)
        self.send_header("Content-Type", f"{content_type}; charset=utf-8" if text else content_type)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "max-age=600")
        if gzipped:
            self.send_header("Content-Encoding", "gzip")
            self.send_header("Vary", "Accept-Encoding")
        self.end_headers()
        if with_body:
            self.wfile.write(body)

    def log_message(self, format: str, *args) -> None:
        """Quiet: the tests record requests in the browser."""
