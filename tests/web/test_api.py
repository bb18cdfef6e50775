"""The JSON API, in process (FastAPI's TestClient)."""

import pytest
from fastapi.testclient import TestClient

import sayso
from sayso.ledger import jobs
from sayso.ledger.store import Store
from sayso.model import Article
from sayso.web.app import create_app

STORY = ("Minister denies bridge report\n\nTransport Minister Oskar Lind denied on Tuesday that the harbor bridge "
         "had been closed for political reasons. “The engineers closed it, not the ministry,” Lind told reporters.")


@pytest.fixture
def client(tmp_path):
    db = str(tmp_path / "l.db")
    store = Store(db)
    list(jobs.ingest(store, sayso.pipeline(), [
        Article(text=STORY, url="https://gazette.example/1", outlet="Harbor Gazette", published="2026-11-18")]))
    return TestClient(create_app(db, token="s3cret", max_body=50_000))


def test_articles_paginated_and_detail(client):
    page = client.get("/api/articles", params={"limit": 1}).json()
    assert page["limit"] == 1 and page["offset"] == 0 and len(page["items"]) == 1
    detail = client.get(f"/api/articles/{page['items'][0]['id']}").json()
    a = [x for x in detail["versions"][0]["attributions"] if x["stance"] == "denies"][0]
    assert a["speaker"]["name"] == "Oskar Lind" and a["outlet"] == "Harbor Gazette"
    assert client.get("/api/articles/999").status_code == 404


def test_speaker_and_search(client):
    speakers = client.get("/api/speakers").json()["items"]
    lind = next(s for s in speakers if s["name"] == "Oskar Lind")
    doc = client.get(f"/api/speakers/{lind['id']}", params={"stance": "denies"}).json()
    assert doc["quotes"] and all(q["stance"] == "denies" for q in doc["quotes"])
    found = client.get("/api/search", params={"q": "political reasons"}).json()
    assert found["items"] and found["facets"]["speaker"][0][0] == "Oskar Lind"


def test_analyse_matches_the_cli_schema(client):
    r = client.post("/api/analyse", json={"text": STORY})
    assert r.status_code == 200
    doc = r.json()
    assert doc["text"] == STORY
    expected = sayso.extract(STORY).to_dict()
    assert [a["content"] for a in doc["attributions"]] == [a["content"] for a in expected["attributions"]]
    assert client.post("/api/analyse", json={"text": "  "}).status_code == 422


def test_analyse_reads_a_posted_web_page_for_its_text(client):
    page = ("<!DOCTYPE html><html><head><title>Minister denies bridge report</title></head><body><nav>Home | News</nav>"
            "<article><p>" + STORY.split("\n\n", 1)[1] + "</p></article></body></html>")
    doc = client.post("/api/analyse", json={"text": page}).json()
    assert doc["text"].startswith("Minister denies bridge report\n\n") and "<" not in doc["text"]
    assert any(a["speaker"] and a["speaker"]["name"] == "Oskar Lind" for a in doc["attributions"])
    assert client.post("/api/analyse", json={"text": "<html><body><p></p></body></html>"}).status_code == 422


def test_analyse_refuses_private_urls(client):
    r = client.post("/api/analyse", json={"url": "http://127.0.0.1:9/secret"})
    assert r.status_code == 422 and "private" in r.json()["detail"]


def test_ingest_needs_the_token(client):
    body = {"articles": [{"text": "Council votes\n\nThe council said it would vote in December.", "url": "https://x.example/2"}]}
    assert client.post("/api/ingest", json=body).status_code == 401
    assert client.post("/api/ingest", json=body, headers={"Authorization": "Bearer wrong"}).status_code == 401
    r = client.post("/api/ingest", json=body, headers={"Authorization": "Bearer s3cret"})
    assert r.status_code == 200 and r.json()["counts"] == {"new": 1}


def test_ingest_is_off_without_a_token(tmp_path):
    c = TestClient(create_app(str(tmp_path / "x.db"), token=None))
    assert c.post("/api/ingest", json={"articles": []}).status_code == 403


def test_large_bodies_get_413(client):
    r = client.post("/api/analyse", json={"text": "x" * 60_000})
    assert r.status_code == 413


def test_security_headers_and_openapi(client):
    r = client.get("/articles")
    assert "script-src 'self'" in r.headers["content-security-policy"]
    assert "unsafe-inline" not in r.headers["content-security-policy"]
    spec = client.get("/openapi.json").json()
    assert {"/api/articles", "/api/articles/{article_id}", "/api/speakers/{speaker_id}", "/api/search",
            "/api/analyse", "/api/ingest"} <= set(spec["paths"])


def test_month_bounds_select_a_whole_month(client):
    assert client.get("/api/search", params={"since": "2026-11", "until": "2026-11"}).json()["items"]
    assert not client.get("/api/search", params={"since": "2026-12", "until": "2026-12"}).json()["items"]
    page = client.get("/search", params={"q": "political"}).text
    assert "since=2026-11&amp;until=2026-11" in page
