"""End to end in a real headless Chromium (Debian's, driven by Playwright) against `sayso serve`."""

import json
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

import sayso
from sayso.ledger import jobs
from sayso.ledger.store import Store
from sayso.model import Article

ROOT = Path(__file__).resolve().parents[2]
SHOTS = ROOT / "build" / "screenshots"
CHROMIUM = "/usr/bin/chromium"

ARTICLE = ("Port Alder mayor says harbor bridge will reopen in spring\n\n"
           "VELMORA, November 18. /Northwind News Agency/. Harbor Gazette columnist Ilse Marrow wrote that the "
           "closed harbor bridge may soon reopen to traffic.\n\n"
           "“The engineers have finished the survey, and the cables are sound,” the journalist said.\n\n"
           "The Daily Lantern reported, citing sources in the city council, that the repairs would cost twice the budget.")

HOSTILE = ("Council row over <script>window.__pwned = 1</script> budget\n\n"
           "The mayor said the <img src=x onerror=\"window.__pwned = 2\"> plan was &lt;b&gt;final&lt;/b&gt; and "
           "<a href=\"javascript:window.__pwned = 3\">safe</a>.\n\n"
           "“Nothing <svg onload=\"window.__pwned = 4\"></svg> will change,” the mayor told reporters.")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    if not os.path.exists(CHROMIUM):
        subprocess.run(["bash", str(ROOT / "scripts" / "install-chromium.sh")], capture_output=True, timeout=900)
    if not os.path.exists(CHROMIUM):
        pytest.skip("Chromium is not installed and scripts/install-chromium.sh could not install it")
    db = str(tmp_path_factory.mktemp("web") / "l.db")
    store = Store(db)
    list(jobs.ingest(store, sayso.pipeline(), [
        Article(text=ARTICLE, url="https://gazette.example/bridge", outlet="Harbor Gazette", published="2026-11-18"),
        Article(text=HOSTILE, url="javascript:window.__pwned=5", outlet="<b>Evil</b> Times", published="2026-11-19"),
    ]))
    port = _free_port()
    proc = subprocess.Popen([sys.executable, "-m", "sayso.cli", "serve", "--db", db, "--port", str(port)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    for _ in range(200):
        try:
            urllib.request.urlopen(base + "/articles", timeout=1)
            break
        except OSError:
            time.sleep(0.1)
    yield base
    proc.terminate()
    proc.wait(timeout=10)


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=[
            "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
            "--disable-component-update", "--disable-sync"])
        yield b
        b.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    pg = context.new_page()
    errors: list[str] = []
    pg.on("pageerror", lambda e: errors.append(str(e)))
    pg.errors = errors
    yield pg
    context.close()


def shot(pg, name):
    SHOTS.mkdir(parents=True, exist_ok=True)
    pg.screenshot(path=str(SHOTS / f"{name}.png"), full_page=True)


def test_analyse_highlights_match_the_api_offsets(server, page):
    page.goto(server + "/analyse")
    page.fill("textarea[name=text]", ARTICLE)
    page.click("button[type=submit]")
    page.wait_for_selector("mark.cue")
    marks = page.eval_on_selector_all("#article-text mark", "ms => ms.map(m => [m.className, +m.dataset.start, +m.dataset.end, m.dataset.a, m.textContent])")
    api = json.loads(urllib.request.urlopen(urllib.request.Request(
        server + "/api/analyse", data=json.dumps({"text": ARTICLE}).encode(),
        headers={"Content-Type": "application/json"})).read())
    spans = {}
    for a in api["attributions"]:
        for role in ("source", "cue", "content"):
            for p in (a[role] if isinstance(a[role], list) else [a[role]] if a[role] else []):
                spans.setdefault((a["id"], role), []).append((p["start"], p["end"]))
    assert len(marks) >= 6
    for role, start, end, aid, text in marks:
        role, start, end = role.replace(" active", ""), int(start), int(end)
        assert text == ARTICLE[start:end]
        assert any(s <= start and end <= e for s, e in spans[(aid, role)]), (role, start, end, aid)
    # every source and cue the API found is highlighted
    highlighted = {(m[3], m[0].replace(" active", "")) for m in marks}
    assert {k for k in spans if k[1] in ("source", "cue") and k[0] != "a0"} <= highlighted
    page.hover("#article-text mark.source >> text=Ilse Marrow")
    assert "Ilse Marrow" in page.inner_text("#details")
    assert "columnist" in page.inner_text("#details")
    shot(page, "analyse")
    assert page.errors == []


def test_article_page_and_screenshot(server, page):
    page.goto(server + "/articles")
    page.click("text=Port Alder mayor says harbor bridge will reopen in spring")
    page.wait_for_selector("mark.content")
    page.click("#article-text mark.cue >> text=reported")
    details = page.inner_text("#details")
    assert "Daily Lantern" in details and "Northwind News Agency" in details  # the chain up to the agency
    assert page.get_attribute("a[rel~=noopener]", "href") == "https://gazette.example/bridge"
    shot(page, "article")


def test_hostile_article_runs_no_script(server, page):
    page.goto(server + "/articles")
    page.click("text=Council row over")
    page.wait_for_selector("#article-text")
    page.wait_for_timeout(300)
    assert page.evaluate("window.__pwned") is None
    text = page.inner_text("#article-text")
    assert "<script>window.__pwned = 1</script>" in text and "&lt;b&gt;final&lt;/b&gt;" in text
    assert page.eval_on_selector_all("#article-text img, #article-text svg, #article-text a, #article-text script",
                                     "els => els.length") == 0
    assert page.eval_on_selector_all("a[href^='javascript']", "els => els.length") == 0
    assert page.eval_on_selector_all("script:not([src]):not([type='application/json'])", "els => els.length") == 0
    # the same text pasted into Analyse
    page.goto(server + "/analyse")
    page.fill("textarea[name=text]", HOSTILE)
    page.click("button[type=submit]")
    page.wait_for_selector("#article-text")
    page.hover("#article-text mark >> nth=0")
    assert page.evaluate("window.__pwned") is None
    assert page.errors == []


def test_speaker_page_and_stance_filter(server, page):
    page.goto(server + "/speakers")
    page.click("text=Ilse Marrow")
    page.wait_for_selector("h1")
    assert "Ilse Marrow" in page.inner_text("h1")
    assert "columnist" in page.inner_text("main")
    rows = page.locator("table.quotes tbody tr").count()
    assert rows >= 1
    page.select_option("#stance", "denies")
    page.click("#stance-filter button")
    page.wait_for_load_state()
    assert "Nothing with this stance" in page.inner_text("table.quotes")
    shot(page, "speaker")


def test_search_with_facets(server, page):
    page.goto(server + "/search")
    page.fill("input[name=q]", "repairs")
    page.click("#search-form button")
    page.wait_for_selector("#results")
    assert "twice the budget" in page.inner_text("#results")
    page.click(".facets a >> nth=0")
    page.wait_for_selector("#results")
    assert "twice the budget" in page.inner_text("#results")
    page.goto(server + "/outlets")
    assert page.locator("svg.graph line").count() >= 1
    shot(page, "outlets")
