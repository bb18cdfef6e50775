import io
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from sayso.ingest.feed import read_feed
from sayso.ingest.html import article_from_html
from sayso.ingest.jsonl import read_jsonl
from sayso.ingest.sources import read_file, read_one_article
from sayso.ingest.text import InputError
from sayso.ingest.url import Fetcher
from sayso.ingest.warc import read_warc

SAMPLES = Path(__file__).resolve().parents[2] / "samples"
BODY = "<p>The mayor said on Monday that the harbor bridge would reopen in spring after a long survey of its cables.</p>" * 3


def test_html_sample_gives_title_byline_date_outlet():
    a = article_from_html((SAMPLES / "gazette-bridge.html").read_bytes(), "gazette-bridge.html")
    assert a.text.split("\n", 1)[0] == "Engineers say bridge cables are sound"
    assert a.byline == "Ilse Marrow" and a.published == "2026-11-17" and a.outlet == "The Harbor Gazette"
    assert "Home | News" not in a.text and "regatta" not in a.text  # boilerplate left out


def test_feed_sample_reads_full_text_entries():
    articles = list(read_feed((SAMPLES / "lantern-feed.xml").read_bytes(), "lantern-feed.xml", None))
    assert len(articles) == 2
    assert articles[0].outlet == "The Daily Lantern" and articles[0].published == "2026-11-19"
    assert articles[0].url == "https://lantern.example/2026/11/19/bridge-repairs-double"
    assert articles[1].text.startswith("Velmora Courier withdraws bridge story\n\n")


def test_jsonl_bad_lines_are_reported_good_ones_read(tmp_path):
    p = tmp_path / "a.jsonl"
    p.write_text('{"text": "Head\\n\\nThe mayor said yes.", "outlet": "Gazette", "published": "2026-11-18"}\n'
                 'not json\n{"title": "no text"}\n{"text": "Body only.", "title": "A title"}\n', encoding="utf-8")
    items = list(read_jsonl(p))
    assert [type(i).__name__ for i in items] == ["Article", "InputError", "InputError", "Article"]
    assert items[0].outlet == "Gazette" and items[1].source == f"{p}:2"
    assert items[3].text == "A title\n\nBody only."


def test_complete_warc_reads_every_html_response(tmp_path):
    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=True)
    for i in range(3):
        html = f"<html><head><title>Story {i}</title></head><body><article>{BODY}</article></body></html>".encode()
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(f"https://cc.example/{i}", "response",
                                                      payload=io.BytesIO(html), http_headers=headers))
    p = tmp_path / "news.warc.gz"
    p.write_bytes(buf.getvalue())
    items = list(read_warc(p))
    assert [type(i).__name__ for i in items] == ["Article"] * 3
    assert items[2].url == "https://cc.example/2"
    p.write_bytes(buf.getvalue()[:-40])
    assert isinstance(list(read_warc(p))[-1], InputError)


def test_a_web_page_saved_as_text_is_read_as_a_page(tmp_path):
    saved = tmp_path / "page.txt"
    saved.write_bytes((SAMPLES / "gazette-bridge.html").read_bytes())
    [article] = list(read_file(saved, Fetcher()))
    assert article.text.split("\n", 1)[0] == "Engineers say bridge cables are sound"
    _, warnings, page = read_one_article(saved)
    assert page and "an HTML page" in warnings[0]
    plain = tmp_path / "plain.txt"
    plain.write_text("Headline\n\n<p> is how a paragraph opens, the editor said.", encoding="utf-8")
    assert read_one_article(plain)[2] is False  # markup further in is text
