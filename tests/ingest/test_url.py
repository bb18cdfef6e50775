"""The fetcher's address checks, against a local HTTP server."""

import socket
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from sayso.ingest import url
from sayso.ingest.url import Fetcher, FetchError


@pytest.fixture
def local_server():
    class Handler(BaseHTTPRequestHandler):
        def do_GET(self):  # noqa: N802
            body = b"<html><body><p>internal admin page</p></body></html>"
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield server.server_address[1]
    server.shutdown()


def rebinding_dns(monkeypatch, host: str) -> list[str]:
    """`host` resolves to a public address the first time, then to 127.0.0.1."""
    real = socket.getaddrinfo
    answers: list[str] = []

    def getaddrinfo(name, port, *args, **kwargs):
        if name != host:
            return real(name, port, *args, **kwargs)
        ip = "93.184.216.34" if not answers else "127.0.0.1"
        answers.append(ip)
        return [(socket.AF_INET, socket.SOCK_STREAM, 6, "", (ip, port or 0))]

    monkeypatch.setattr(url.socket, "getaddrinfo", getaddrinfo)
    return answers


def test_dns_rebinding_is_caught_at_connect_time(monkeypatch, local_server):
    answers = rebinding_dns(monkeypatch, "news.rebind.test")
    fetcher = Fetcher(respect_robots=False)
    with pytest.raises(FetchError, match="private, loopback or link-local"):
        fetcher.get(f"http://news.rebind.test:{local_server}/admin")
    assert answers[0] == "93.184.216.34" and "127.0.0.1" in answers[1:]


def test_allow_private_fetches_the_local_page(local_server):
    page = Fetcher(allow_private=True, respect_robots=False).get(f"http://127.0.0.1:{local_server}/x")
    assert page.status == 200 and b"internal admin page" in page.body


def test_private_literal_is_refused_before_connecting():
    with pytest.raises(FetchError, match="169.254.169.254 is a private"):
        Fetcher().get("http://169.254.169.254/latest/meta-data/")
