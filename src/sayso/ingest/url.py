"""Fetching web pages politely and safely.

* Private, loopback, link-local and other non-public addresses are refused
  (every redirect hop is checked) unless the operator allows them. The check
  is made on the address actually connected to, so a DNS answer that changes
  between a check and the connection (DNS rebinding) cannot slip through.
* Timeouts, a size limit, a redirect limit, a user agent, and robots.txt.
"""

from __future__ import annotations

import ipaddress
import socket
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit
from urllib.robotparser import RobotFileParser

import httpcore
import httpx

from .. import __version__

USER_AGENT = f"sayso/{__version__} (+https://github.com/sayso-news/sayso; attribution research)"


class FetchError(Exception):
    """One-line reason a URL could not be fetched."""


@dataclass(frozen=True)
class Page:
    url: str  # the final URL after redirects
    status: int
    content_type: str
    body: bytes
    redirected: bool


def public_address(host: str) -> str:
    """An address of `host` to connect to, when every address it resolves to is public."""
    try:
        infos = socket.getaddrinfo(host, None, type=socket.SOCK_STREAM)
    except socket.gaierror as e:
        raise FetchError(f"cannot resolve host {host!r} ({e.strerror})") from None
    for info in infos:
        ip = ipaddress.ip_address(info[4][0].split("%")[0])
        if not ip.is_global or ip.is_multicast:
            raise FetchError(f"refused: {host} is a private, loopback or link-local address "
                             "(use --allow-private to fetch it)")
    return infos[0][4][0]


class PublicOnlyBackend(httpcore.SyncBackend):
    """Resolves each host when connecting, refuses non-public addresses, and
    connects to the very address it checked (TLS still verifies the host name)."""

    def connect_tcp(self, host, port, timeout=None, local_address=None, socket_options=None):
        return super().connect_tcp(public_address(host), port, timeout, local_address, socket_options)


@dataclass
class Fetcher:
    allow_private: bool = False
    timeout: float = 15.0
    max_bytes: int = 5 * 1024 * 1024
    max_redirects: int = 5
    respect_robots: bool = True

    def __post_init__(self) -> None:
        transport = httpx.HTTPTransport()
        if not self.allow_private:
            # httpx has no public hook for the network backend; its pool takes one.
            transport._pool = httpcore.ConnectionPool(ssl_context=httpx.create_ssl_context(),
                                                      network_backend=PublicOnlyBackend())
        self.client = httpx.Client(transport=transport, timeout=self.timeout, follow_redirects=False,
                                   headers={"User-Agent": USER_AGENT, "Accept": "text/html,application/xhtml+xml,"
                                            "application/rss+xml,application/atom+xml,*/*;q=0.5"})
        self._robots: dict[str, RobotFileParser | None] = {}

    def close(self) -> None:
        self.client.close()

    def _check(self, url: str) -> None:
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https"):
            raise FetchError(f"only http and https URLs can be fetched, not {parts.scheme or 'a bare path'!r}")
        if not parts.hostname:
            raise FetchError("URL has no host")
        if not self.allow_private:
            public_address(parts.hostname)  # fails early, before robots.txt is asked for

    def _allowed_by_robots(self, url: str) -> bool:
        parts = urlsplit(url)
        origin = f"{parts.scheme}://{parts.netloc}"
        if origin not in self._robots:
            parser: RobotFileParser | None = RobotFileParser()
            try:
                r = self.client.get(origin + "/robots.txt")
                if r.status_code >= 400:
                    parser = None  # no robots.txt: everything allowed
                else:
                    parser.parse(r.text.splitlines())  # type: ignore[union-attr]
            except httpx.HTTPError:
                parser = None
            self._robots[origin] = parser
        parser = self._robots[origin]
        return parser is None or parser.can_fetch(USER_AGENT, url)

    def get(self, url: str) -> Page:
        redirected = False
        for _ in range(self.max_redirects + 1):
            self._check(url)
            if self.respect_robots and not self._allowed_by_robots(url):
                raise FetchError("refused by the site's robots.txt")
            try:
                with self.client.stream("GET", url) as r:
                    if r.is_redirect:
                        url = urljoin(url, r.headers.get("location", ""))
                        redirected = True
                        continue
                    body = bytearray()
                    for chunk in r.iter_bytes():
                        body.extend(chunk)
                        if len(body) > self.max_bytes:
                            raise FetchError(f"response larger than {self.max_bytes / 1e6:.1f} MB")
                    return Page(str(r.url), r.status_code, r.headers.get("content-type", ""), bytes(body), redirected)
            except httpx.TimeoutException:
                raise FetchError(f"timed out after {self.timeout:g} s") from None
            except httpx.HTTPError as e:
                raise FetchError(f"{type(e).__name__}: {e}") from None
        raise FetchError(f"more than {self.max_redirects} redirects")
