"""Edits and removals, against a local HTTP server of our own that changes and deletes pages."""

import re
import subprocess
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from sayso.ledger import queries
from sayso.ledger.store import Store


def page(title: str, body: str) -> bytes:
    paras = "".join(f"<p>{p}</p>" for p in body.split("\n"))
    return (f"<html><head><title>{title}</title><meta property='og:site_name' content='Harbor Gazette'>"
            f"<meta property='article:published_time' content='2026-11-18'></head>"
            f"<body><article><h1>{title}</h1>{paras}</article></body></html>").encode()


V1 = ("Mayor Petra Quill said on Monday that the harbor bridge would reopen in spring, after engineers "
      "finished their survey of the cables and the deck.\n"
      "“The cables are sound and the deck can be repaired,” chief engineer Bruno Talvik told reporters at the town hall.\n"
      "The Daily Lantern reported, citing council sources, that the repairs would cost twice the budget.")
V2 = V1.replace("“The cables are sound and the deck can be repaired,” chief engineer Bruno Talvik told reporters at the town hall.",
                "The engineers declined to comment on the state of the deck.")


COURIER = ("The Velmora Courier said the bridge operator had hidden inspection results for months.\n"
           "“We have documents showing the results were kept from the council,” the paper's editor Tilde Brask wrote.")


class Site:
    """Pages by path; tests change them between requests."""

    def __init__(self):
        self.pages: dict[str, tuple[int, bytes, dict]] = {}
        site = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self):  # noqa: N802
                status, body, headers = site.pages.get(self.path, (404, b"not found", {}))
                if self.path == "/slow":
                    time.sleep(3)
                self.send_response(status)
                for k, v in headers.items():
                    self.send_header(k, v)
                self.send_header("Content-Type", headers.get("Content-Type", "text/html; charset=utf-8"))
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.base = f"http://127.0.0.1:{self.server.server_address[1]}"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()
        self.pages["/robots.txt"] = (200, b"User-agent: *\nDisallow: /private/\n", {"Content-Type": "text/plain"})
        self.pages["/"] = (200, page("Front page", "Welcome to the Harbor Gazette, a fictional newspaper."), {})


@pytest.fixture
def site():
    s = Site()
    yield s
    s.server.shutdown()


def sayso(*args):
    return subprocess.run([sys.executable, "-m", "sayso.cli", *map(str, args)], capture_output=True, text=True, timeout=300)


def test_edit_then_removal_cycle(site, db_url):
    site.pages["/news/bridge"] = (200, page("Bridge to reopen", V1), {})
    site.pages["/news/courier"] = (200, page("Courier story", COURIER), {})
    r = sayso("ingest", f"{site.base}/news/bridge", f"{site.base}/news/courier", "--db", db_url, "--allow-private")
    assert r.returncode == 0, r.stderr
    assert "2 new" in r.stderr

    site.pages["/news/bridge"] = (200, page("Bridge to reopen", V2), {})          # edited
    site.pages["/news/courier"] = (404, b"gone", {})                              # deleted
    r = sayso("watch", "--db", db_url, "--allow-private")
    assert r.returncode == 0, r.stderr
    assert "1 removed" in r.stderr and "1 updated" in r.stderr

    store = Store(db_url)
    by_url = {a["url"]: a for a in queries.articles(store)}
    bridge = queries.article(store, by_url[f"{site.base}/news/bridge"]["id"])
    assert len(bridge["versions"]) == 2 and "declined to comment" in bridge["versions"][1]["diff"]
    gone = [a for a in bridge["versions"][0]["attributions"] if a["gone_in_version"] == 2]
    assert any("cables are sound" in str(a["content"]) for a in gone)
    courier = queries.article(store, by_url[f"{site.base}/news/courier"]["id"])
    assert courier["status"] == "removed" and courier["removed_at"]
    assert courier["events"][-1]["kind"] == "removed" and courier["events"][-1]["detail"] == "HTTP 404"


def test_redirect_to_home_page_is_a_removal(site, tmp_path):
    db = tmp_path / "l.db"
    site.pages["/news/bridge"] = (200, page("Bridge to reopen", V1), {})
    assert sayso("ingest", f"{site.base}/news/bridge", "--db", db, "--allow-private").returncode == 0
    site.pages["/news/bridge"] = (301, b"", {"Location": "/"})
    r = sayso("watch", "--db", db, "--allow-private")
    assert "1 removed" in r.stderr
    [row] = queries.articles(Store(str(db)))
    assert row["status"] == "removed"


def test_private_addresses_are_refused_without_the_flag(site, tmp_path):
    site.pages["/news/bridge"] = (200, page("Bridge to reopen", V1), {})
    r = sayso("ingest", f"{site.base}/news/bridge", "--db", tmp_path / "l.db")
    assert r.returncode == 1
    assert "private, loopback or link-local" in r.stderr and "Traceback" not in r.stderr
    r = sayso("ingest", "http://169.254.169.254/latest/meta-data/", "--db", tmp_path / "l.db")
    assert r.returncode == 1 and "private, loopback or link-local" in r.stderr


def test_robots_txt_is_respected(site, tmp_path):
    site.pages["/private/memo"] = (200, page("Memo", V1), {})
    r = sayso("ingest", f"{site.base}/private/memo", "--db", tmp_path / "l.db", "--allow-private")
    assert r.returncode == 1 and "robots.txt" in r.stderr


def test_bad_sources_are_reported_and_the_batch_goes_on(site, tmp_path):
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter
    import io

    broken_html = tmp_path / "broken.html"
    broken_html.write_text("<html><body><div><script>var x = 1;</script></div>", encoding="utf-8")
    not_a_feed = tmp_path / "feed.xml"
    not_a_feed.write_text("this is not XML at all", encoding="utf-8")
    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=True)
    for i in range(3):
        body = page(f"Story {i}", V1.replace("Mayor", f"Mayor {i}"))
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(f"https://cc.example/{i}", "response",
                                                      payload=io.BytesIO(body), http_headers=headers))
    truncated = tmp_path / "cut.warc.gz"
    truncated.write_bytes(buf.getvalue()[: len(buf.getvalue()) * 2 // 3 + 50])  # mid-record
    good = tmp_path / "good.txt"
    good.write_text("Bridge news\n\n" + V1, encoding="utf-8")
    site.pages["/news/bridge"] = (200, page("Bridge to reopen", V2), {})

    r = subprocess.run([sys.executable, "-m", "sayso.cli", "ingest", str(broken_html), str(not_a_feed), str(truncated),
                        f"{site.base}/slow", str(good), f"{site.base}/news/bridge", "--db", str(tmp_path / "l.db"),
                        "--allow-private", "--timeout", "1"], capture_output=True, text=True, timeout=300)
    assert r.returncode == 1
    assert "Traceback" not in r.stderr
    err = r.stderr
    assert f"{broken_html}: no article text" in err
    assert f"{not_a_feed}: not an RSS or Atom feed" in err
    assert f"{truncated}: broken or truncated WARC" in err
    assert f"{site.base}/slow: timed out" in err
    assert int(re.search(r"(\d+) failed", err).group(1)) >= 4
    rows = queries.articles(Store(str(tmp_path / "l.db")))
    # the good text file, the page, and the WARC records read before the cut
    assert len(rows) >= 3 and any(r["url"] == f"{site.base}/news/bridge" for r in rows)
