"""The ledger on both backends: SQLite and a real PostgreSQL server."""

import json
from pathlib import Path

import pyarrow.parquet as pq

import sayso
from sayso.ledger import export, jobs, queries
from sayso.ledger.store import Store
from sayso.model import Article

SAMPLES = Path(__file__).resolve().parents[2] / "samples"

STORY = ("Harbor bridge to reopen\n\nMayor Petra Quill said on Monday that the harbor bridge would reopen in spring. "
         "“The cables are sound,” chief engineer Bruno Talvik told reporters.\n\n"
         "The Daily Lantern reported, citing council sources, that repairs would cost twice the budget.")


def ingest(store, articles):
    return [e.status for e in jobs.ingest(store, sayso.pipeline(), articles)]


def test_ingest_is_idempotent_and_searchable(db_url):
    store = Store(db_url)
    a = Article(text=STORY, url="https://lantern.example/a", outlet="Daily Lantern", published="2026-11-18")
    assert ingest(store, [a]) == ["new"]
    assert ingest(store, [a]) == ["unchanged"]
    [row] = queries.articles(store)
    assert row["versions"] == 1 and row["attributions"] >= 2 and row["outlet"] == "Daily Lantern"
    hits = list(queries.quotes(store, queries.QuoteFilter(query="cables sound")))
    assert hits and "cables are sound" in json.dumps(hits[0]["content"])
    assert hits[0]["url"] == "https://lantern.example/a" and hits[0]["published"] == "2026-11-18"
    assert list(queries.quotes(store, queries.QuoteFilter(query="submarine"))) == []
    # user input with FTS syntax must not break the query
    list(queries.quotes(store, queries.QuoteFilter(query='cables" OR (NEAR')))


def test_new_version_keeps_a_diff_and_marks_gone_attributions(db_url):
    store = Store(db_url)
    url = "https://lantern.example/b"
    ingest(store, [Article(text=STORY, url=url)])
    edited = STORY.replace("“The cables are sound,” chief engineer Bruno Talvik told reporters.", "The cables were tested.")
    assert ingest(store, [Article(text=edited, url=url)]) == ["updated"]
    doc = queries.article(store, 1)
    assert [v["number"] for v in doc["versions"]] == [1, 2]
    assert "-" in doc["versions"][1]["diff"] and "The cables were tested." in doc["versions"][1]["diff"]
    gone = [a for a in doc["versions"][0]["attributions"] if a["gone_in_version"] == 2]
    assert gone and "cables are sound" in json.dumps(gone[0]["content"])
    assert [e["kind"] for e in doc["events"]] == ["created", "updated"]


def test_duplicates_are_linked_not_recounted(db_url):
    store = Store(db_url)
    original = Article(text=STORY, url="https://wire.example/1", outlet="Wire")
    same = Article(text=STORY, url="https://paper.example/1", outlet="Paper")
    near = Article(text=STORY + " The council meets again in December.", url="https://other.example/1", outlet="Other")
    assert ingest(store, [original, same, near]) == ["new", "duplicate", "duplicate"]
    rows = queries.articles(store)
    assert [r["duplicate_of"] for r in rows] == [None, 1, 1]
    speakers = {q["speaker"]["name"] for q in queries.quotes(store, queries.QuoteFilter()) if q["speaker"]}
    counted = list(queries.quotes(store, queries.QuoteFilter(speaker="Talvik")))
    assert "Bruno Talvik" in speakers and len(counted) == 1
    assert len(list(queries.quotes(store, queries.QuoteFilter(speaker="Talvik", include_duplicates=True)))) == 2


def test_quotes_filters_and_speakers(db_url):
    store = Store(db_url)
    ingest(store, [Article(text=STORY, url="https://lantern.example/c", outlet="Daily Lantern", published="2026-11-18"),
                   Article(text="Minister denies report\n\nTransport Minister Oskar Lind denied that the bridge had been "
                                "closed for political reasons.", url="https://gazette.example/d", outlet="Harbor Gazette",
                           published="2026-11-20")])
    denies = list(queries.quotes(store, queries.QuoteFilter(stance="denies")))
    assert {d["speaker"]["name"] for d in denies} == {"Oskar Lind"}  # the headline's "Minister" is him too
    assert denies[0]["speaker"]["role"] == "Transport Minister"
    assert list(queries.quotes(store, queries.QuoteFilter(outlet="gazette", since="2026-11-19")))
    assert not list(queries.quotes(store, queries.QuoteFilter(outlet="gazette", since="2026-11-21")))
    names = [s["name"] for s in queries.speakers(store)]
    assert "Oskar Lind" in names and "Petra Quill" in names



def test_facets_count_what_the_filter_returns(db_url):
    store = Store(db_url)
    ingest(store, [Article(text=STORY, url="https://lantern.example/f", outlet="Daily Lantern", published="2026-10-30"),
                   Article(text="Minister denies report\n\nTransport Minister Oskar Lind denied that the bridge had been "
                                "closed. The Daily Lantern said repairs were late.", url="https://gazette.example/g",
                           outlet="Harbor Gazette", published="2026-11-20")])
    for f in (queries.QuoteFilter(), queries.QuoteFilter(outlet="gazette"), queries.QuoteFilter(query="bridge")):
        rows = list(queries.quotes(store, queries.QuoteFilter(**{**f.__dict__, "limit": None})))
        expected = {"speaker": {}, "outlet": {}, "stance": {}, "month": {}}
        for r in rows:
            for facet, value in (("speaker", r["speaker"] and r["speaker"]["name"]), ("outlet", r["outlet"]),
                                 ("stance", r["stance"]), ("month", (r["published"] or "")[:7])):
                if value:
                    expected[facet][value] = expected[facet].get(value, 0) + 1
        got = queries.facets(store, f)
        assert {k: dict(v) for k, v in got.items()} == expected
        assert all([n for _, n in v] == sorted((n for _, n in v), reverse=True) for v in got.values())
    assert dict(queries.facets(store, queries.QuoteFilter())["month"]).keys() == {"2026-10", "2026-11"}

def test_export_formats(db_url, tmp_path):
    store = Store(db_url)
    ingest(store, [Article(text=STORY, url="https://lantern.example/e", outlet="Daily Lantern", published="2026-11-18")])
    n = export.export(store, "attributions", "jsonl", tmp_path / "a.jsonl", False)
    rows = [json.loads(x) for x in (tmp_path / "a.jsonl").read_text(encoding="utf-8").splitlines()]
    assert len(rows) == n >= 2
    assert {"article_id", "url", "outlet", "published", "type", "source", "cue", "content", "speaker", "stance",
            "hedged", "cited_by"} <= set(rows[0])
    export.export(store, "attributions", "csv", tmp_path / "a.csv", False)
    assert (tmp_path / "a.csv").read_text(encoding="utf-8").startswith("article_id,url,outlet,published")
    export.export(store, "speakers", "parquet", tmp_path / "s.parquet", False)
    assert pq.read_table(tmp_path / "s.parquet").num_rows >= 2
    assert not list(tmp_path.glob("*.part"))


def test_reprocess_after_a_model_upgrade_is_resumable(db_url):
    from sqlalchemy import update

    from sayso.ledger.schema import VersionRow

    store = Store(db_url)
    ingest(store, [Article(text=f"{STORY} Note {i}.", url=f"https://lantern.example/r{i}") for i in range(3)])
    assert [e.status for e in jobs.reprocess(store, sayso.pipeline())] == []  # same model: nothing to do
    before = queries.articles(store)[0]["attributions"]
    with store.session() as s, s.begin():  # as if these versions had been read by an older model
        s.execute(update(VersionRow).values(model_version="older-model"))
    run = jobs.reprocess(store, sayso.pipeline(), batch_size=1)
    next(run)  # interrupted after the first version
    run.close()
    assert len(list(jobs.reprocess(store, sayso.pipeline()))) == 2  # the rest, and only the rest
    assert [e.status for e in jobs.reprocess(store, sayso.pipeline())] == []
    assert queries.articles(store)[0]["attributions"] == before  # replaced in place, not added twice


def test_removed_then_restored(db_url):
    store = Store(db_url)
    ingest(store, [Article(text=STORY, url="https://lantern.example/f")])
    assert store.mark_removed(1, "HTTP 404") is True
    assert store.mark_removed(1, "HTTP 404") is False
    assert queries.article(store, 1)["status"] == "removed"
    assert ingest(store, [Article(text=STORY, url="https://lantern.example/f")]) == ["restored"]
    assert [e["kind"] for e in queries.article(store, 1)["events"]] == ["created", "removed", "restored"]


def test_database_urls(monkeypatch):
    from sayso.ledger.store import database_url

    monkeypatch.delenv("SAYSO_DB", raising=False)
    assert database_url(None) == "sqlite:///sayso.db"
    assert database_url("/tmp/x.db") == "sqlite:////tmp/x.db"
    assert database_url("postgres://u@h/db") == "postgresql+psycopg://u@h/db"
    monkeypatch.setenv("SAYSO_DB", "ledger.db")
    assert database_url(None) == "sqlite:///ledger.db"
