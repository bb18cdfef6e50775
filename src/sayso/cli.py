"""The `sayso` command line."""

from __future__ import annotations

import json
import os
import sys
from enum import Enum
from pathlib import Path
from typing import Optional

import typer
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from .extraction.dates import parse_iso
from .ingest.sources import read_one_article
from .ingest.text import DEFAULT_MAX_BYTES, InputError
from .model import STANCES, Article, Extraction, content_text

app = typer.Typer(help="sayso: who said what, citing whom, and how each claim fared.",
                  no_args_is_help=True, add_completion=False, pretty_exceptions_enable=False)
eval_app = typer.Typer(help="Measure accuracy against annotated corpora.", no_args_is_help=True)
app.add_typer(eval_app, name="eval")

out = Console()
if not out.is_terminal:
    out.width = max(out.width, 140)  # a table written to a file or a pipe need not squeeze into 80 columns
err = Console(stderr=True)


MODEL_OPTION = typer.Option("fast", "--model", envvar="SAYSO_MODEL",
                            help="Tagger: fast (BiLSTM-CRF), accurate (MiniLM-CRF mixed with it, about 6x slower, "
                                 "more accurate), or a folder holding one model.")


def use_model(model: str) -> None:
    """Check the --model choice up front (one line, exit 2) and make it the
    one `sayso.pipeline()` loads, here and in the web app."""
    from .extraction.pipeline import check_model

    problem = check_model(model)
    if problem:
        fail(problem)
        raise typer.Exit(2)
    os.environ["SAYSO_MODEL"] = model


class Format(str, Enum):
    json = "json"
    jsonl = "jsonl"
    table = "table"


def fail(message: str) -> None:
    err.print(f"[red]error:[/red] {escape(message)}", highlight=False, soft_wrap=True)


def warn(message: str) -> None:
    err.print(f"[yellow]warning:[/yellow] {escape(message)}", highlight=False, soft_wrap=True)


def short(text: str, width: int = 90) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def speaker_label(sp: dict) -> str:
    """"Ilse Marrow (columnist, Harbor Gazette)"; what the name already says is not repeated ("minister")."""
    told = [x for x in (sp["role"], sp["affiliation"]) if x and x.lower() not in sp["name"].lower()]
    return sp["name"] + (f" ({', '.join(told)})" if told else "")


def print_table(result: Extraction, name: str) -> None:
    d = result.to_dict()
    head = f"[bold]{escape(d['title'] or name)}[/bold]  [dim]{escape(name)}[/dim]"
    if result.dateline:
        dl = result.dateline
        head += f"\n[dim]dateline:[/dim] {escape(dl.place or '?')}, {escape(dl.date or '?')}, agency {escape(dl.agency or '-')}"
    out.print(head)
    table = Table(show_lines=False, expand=True)
    # short fixed words never wrap, so a narrow terminal squeezes only the text columns
    for col, style, ratio in (("id", "dim", None), ("speaker", "cyan", 4), ("cue", "magenta", 3),
                              ("content", None, 8), ("type", "dim", None), ("stance", "green", None), ("via", "dim", None)):
        table.add_column(col, style=style, overflow="fold", ratio=ratio, min_width=3, no_wrap=ratio is None)
    for a in d["attributions"]:
        sp = a["speaker"]
        who = "—" if sp is None else speaker_label(sp)
        text = content_text(a["content"])
        table.add_row(a["id"], escape(who), escape(a["cue"]["text"] if a["cue"] else "—"),
                      escape(short(text, 60 if a["type"] == "story" else 160)), a["type"], a["stance"] + ("\n(hedged)" if a["hedged"] else ""),
                      a["cited_by"] or "")
    out.print(table)
    for f in d["flags"]:
        out.print(f"[bold red]flag[/bold red] {f['kind']}: {escape(f['message'])}")
    out.print()


@app.command()
def extract(
    files: list[Path] = typer.Argument(..., help="Articles: plain text (first line the headline) or web pages."),
    out_dir: Optional[Path] = typer.Option(None, "--out-dir", help="Write one <basename>.json per input here."),
    fmt: Format = typer.Option(Format.table, "--format", help="json, jsonl or table (for people)."),
    published: Optional[str] = typer.Option(None, help="Publication date (YYYY-MM-DD) of the inputs: "
                                            "anchors datelines without a year and relative dates."),
    outlet: Optional[str] = typer.Option(None, help="The outlet that published the inputs."),
    encoding: str = typer.Option("utf-8", help="Text encoding of the inputs."),
    max_bytes: int = typer.Option(DEFAULT_MAX_BYTES, help="Refuse inputs larger than this."),
    model: str = MODEL_OPTION,
) -> None:
    """Find every attribution in each article: source, cue, content, speaker, stance."""
    use_model(model)
    if published is not None and parse_iso(published) is None:
        fail(f"--published {published!r}: not a date (use YYYY-MM-DD)")
        raise typer.Exit(2)
    from . import pipeline

    read: list[tuple[Article, bool]] = []  # each article, and whether it came from a web page
    failed = 0
    for path in files:
        try:
            article, warnings, page = read_one_article(path, encoding=encoding, max_bytes=max_bytes)
        except InputError as e:
            fail(str(e))
            failed += 1
            continue
        for w in warnings:
            warn(w)
        article.published, article.outlet = published or article.published, outlet or article.outlet
        read.append((article, page))
    if out_dir is not None:
        out_dir.mkdir(parents=True, exist_ok=True)
    if read:
        results = pipeline().pipe(article for article, _ in read)
        docs = []
        for (article, page), result in zip(read, results):
            d = result.to_dict()
            d["path"] = article.path
            if page:  # the offsets index the text found in the page, so it comes along
                d["text"] = article.text
            if out_dir is not None:
                target = out_dir / (Path(article.path or "article").stem + ".json")
                tmp = target.with_suffix(".json.part")
                tmp.write_text(json.dumps(d, ensure_ascii=False, indent=2), encoding="utf-8")
                tmp.replace(target)  # never leave half a file behind
            elif fmt is Format.table:
                print_table(result, article.path or "")
            elif fmt is Format.jsonl:
                sys.stdout.write(json.dumps(d, ensure_ascii=False) + "\n")
            else:
                docs.append(d)
        if docs:
            sys.stdout.write(json.dumps(docs[0] if len(docs) == 1 else docs, ensure_ascii=False, indent=2) + "\n")
        if out_dir is not None:
            err.print(f"wrote {len(read)} file(s) to {escape(str(out_dir))}")
    if failed:
        raise typer.Exit(1)


@eval_app.command("polnear")
def eval_polnear(
    directory: Path = typer.Argument(..., help="A PolNeAR split: a folder with text/ and attributions/."),
    limit: Optional[int] = typer.Option(None, help="Only the first N articles."),
    as_json: bool = typer.Option(False, "--json", help="Print the figures as JSON."),
    model: str = MODEL_OPTION,
    gold_tags: bool = typer.Option(False, "--gold-tags", help="Feed the gold tags instead of the model's: "
                                   "what the steps after the tagger lose."),
) -> None:
    """Precision, recall and F1 for source, cue and content (exact and overlap) and whole attributions."""
    use_model(model)
    from . import pipeline
    from .eval.run import evaluate_polnear

    try:
        score = evaluate_polnear(directory, None if gold_tags else pipeline(), limit=limit, gold_tags=gold_tags)
    except FileNotFoundError as e:
        fail(str(e))
        raise typer.Exit(1)
    rows = score.table()
    if as_json:
        print(json.dumps([dict(zip(("role", "match", "precision", "recall", "f1"), r)) for r in rows], indent=2))
        return
    table = Table(title=f"PolNeAR {escape(str(directory))}")
    for col in ("role", "match", "precision", "recall", "F1"):
        table.add_column(col, justify="right" if col in ("precision", "recall", "F1") else "left")
    for role, match, p, r, f in rows:
        table.add_row(role, match, f"{p:.3f}", f"{r:.3f}", f"[bold]{f:.3f}[/bold]")
    out.print(table)
    c = score.attributions
    out.print(f"gold attributions {c.gold}, predicted {c.pred}")


@app.command()
def bench(
    directory: Optional[Path] = typer.Option(None, "--dir", help="Folder of .txt articles (or a PolNeAR split). "
                                             "Default: PolNeAR dev when present, else a generated corpus."),
    articles: int = typer.Option(200, help="How many articles to run (cycling through the set)."),
    threads: int = typer.Option(1, help="Torch threads (1 = one core)."),
    model: str = MODEL_OPTION,
) -> None:
    """Articles/s and words/s for one process after model load, plus load time and peak memory."""
    use_model(model)
    from .eval.bench import run_bench

    report = run_bench(directory, articles, threads, model)
    for key, value in report.items():
        out.print(f"{key:>22}: {value}")


# -- the ledger -----------------------------------------------------------------

DB_OPTION = typer.Option(None, "--db", help="SQLite file or SQLAlchemy URL (postgresql+psycopg://…). "
                         "Default: $SAYSO_DB or ./sayso.db")
JSON_OPTION = typer.Option(False, "--json", help="JSON for programs.")
ALLOW_PRIVATE_OPTION = typer.Option(False, "--allow-private", help="Allow fetching private, loopback and link-local addresses.")
TIMEOUT_OPTION = typer.Option(15.0, help="Seconds per request.")
IGNORE_ROBOTS_OPTION = typer.Option(False, "--ignore-robots", help="Do not read robots.txt (only for sites you run).")


def open_store(db: Optional[str]):
    from .ledger.store import Store

    try:
        return Store(db)
    except Exception as e:  # a bad URL, an unreachable server, a file that is not a database
        fail(f"{db or os.environ.get('SAYSO_DB') or 'sayso.db'}: cannot open the ledger ({type(e).__name__}: {str(e).splitlines()[0]})")
        raise typer.Exit(1)


def print_json(data) -> None:
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2, default=str) + "\n")


def run_with_progress(events, label: str, total: Optional[int] = None) -> dict[str, int]:
    """Drive a job, showing a progress bar, and print the summary with each failure's reason."""
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    counts: dict[str, int] = {}
    failures: list[str] = []
    with Progress(SpinnerColumn(), TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                  TimeElapsedColumn(), console=err, transient=True) as progress:
        task = progress.add_task(label, total=total)
        for ev in events:
            counts[ev.status] = counts.get(ev.status, 0) + 1
            if ev.status == "failed":
                failures.append(f"{ev.source}: {ev.detail}")
            progress.advance(task)
    for f in failures:
        fail(f)
    summary = ", ".join(f"{n} {k}" for k, n in sorted(counts.items())) or "nothing to do"
    err.print(f"[bold]{label}:[/bold] {summary}")
    return counts


@app.command()
def ingest(
    sources: list[str] = typer.Argument(..., help="Files (.txt, .html, .jsonl, .rss/.atom/.xml, .warc[.gz]), folders, or http(s) URLs of pages or feeds."),
    db: Optional[str] = DB_OPTION,
    allow_private: bool = ALLOW_PRIVATE_OPTION,
    timeout: float = TIMEOUT_OPTION,
    max_bytes: int = typer.Option(DEFAULT_MAX_BYTES, help="Largest file or response accepted."),
    ignore_robots: bool = IGNORE_ROBOTS_OPTION,
    refresh: bool = typer.Option(False, "--refresh", help="Afterwards, re-fetch every known URL (as `sayso watch`)."),
    model: str = MODEL_OPTION,
) -> None:
    """Read articles into the ledger, extract their attributions, and keep every version."""
    use_model(model)
    from . import pipeline
    from .ingest.sources import read_sources
    from .ingest.url import Fetcher
    from .ledger import jobs

    store = open_store(db)
    fetcher = Fetcher(allow_private=allow_private, timeout=timeout, max_bytes=max_bytes, respect_robots=not ignore_robots)
    try:
        counts = run_with_progress(jobs.ingest(store, pipeline(), read_sources(sources, fetcher, max_bytes)), "ingest")
        if refresh:
            counts.update(run_with_progress(jobs.watch(store, pipeline(), fetcher), "watch"))
    finally:
        fetcher.close()
    if counts.get("failed"):
        raise typer.Exit(1)


@app.command()
def watch(
    db: Optional[str] = DB_OPTION,
    allow_private: bool = ALLOW_PRIVATE_OPTION,
    timeout: float = TIMEOUT_OPTION,
    ignore_robots: bool = IGNORE_ROBOTS_OPTION,
    model: str = MODEL_OPTION,
) -> None:
    """Re-fetch every known URL: changed text becomes a new version, a page now gone a `removed` event."""
    use_model(model)
    from . import pipeline
    from .ingest.url import Fetcher
    from .ledger import jobs

    store = open_store(db)
    fetcher = Fetcher(allow_private=allow_private, timeout=timeout, respect_robots=not ignore_robots)
    try:
        run_with_progress(jobs.watch(store, pipeline(), fetcher), "watch")
    finally:
        fetcher.close()


@app.command()
def reprocess(
    db: Optional[str] = DB_OPTION,
    force: bool = typer.Option(False, help="Re-extract every version, even those read by the current model."),
    model: str = MODEL_OPTION,
) -> None:
    """Re-run extraction over stored versions after a model upgrade (in place, resumable)."""
    use_model(model)
    from . import pipeline
    from .ledger import jobs

    run_with_progress(jobs.reprocess(open_store(db), pipeline(), force=force), "reprocess")


@app.command("articles")
def list_articles(
    db: Optional[str] = DB_OPTION,
    outlet: Optional[str] = typer.Option(None, help="Only this outlet (substring)."),
    limit: int = typer.Option(50), offset: int = typer.Option(0),
    as_json: bool = JSON_OPTION,
) -> None:
    """The stored articles, with their status, versions and attribution counts."""
    from .ledger import queries

    rows = queries.articles(open_store(db), limit=limit, offset=offset, outlet=outlet)
    if as_json:
        return print_json(rows)
    table = Table(expand=True)
    for col in ("id", "title", "outlet", "published", "status", "versions", "attributions"):
        if col in ("title", "outlet"):
            table.add_column(col, overflow="fold", ratio=5 if col == "title" else 2)
        else:
            table.add_column(col, no_wrap=True)
    for r in rows:
        status = r["status"] + (f" (dup of {r['duplicate_of']})" if r["duplicate_of"] else "")
        table.add_row(str(r["id"]), escape(r["title"] or r["url"] or ""), escape(r["outlet"] or ""), r["published"] or "",
                      status, str(r["versions"]), str(r["attributions"]))
    out.print(table)


@app.command()
def show(
    article_id: int = typer.Argument(..., help="Article id (see `sayso articles`)."),
    db: Optional[str] = DB_OPTION,
    as_json: bool = JSON_OPTION,
) -> None:
    """One article: its versions, what changed, its attributions and events."""
    from .ledger import queries

    doc = queries.article(open_store(db), article_id)
    if doc is None:
        fail(f"no article {article_id}")
        raise typer.Exit(1)
    if as_json:
        return print_json(doc)
    out.print(f"[bold]{escape(doc['title'] or '')}[/bold]\n{escape(doc['url'] or '')}  {escape(doc['outlet'] or '')}  "
              f"{doc['published'] or ''}  status: {doc['status']}")
    for e in doc["events"]:
        out.print(f"  [dim]{e['at']}[/dim] {e['kind']} {escape(e['detail'] or '')}")
    latest = doc["versions"][-1] if doc["versions"] else None
    for v in doc["versions"][1:]:
        out.print(f"[bold]version {v['number']}[/bold] ({v['fetched_at']}):")
        out.print(escape(v["diff"] or ""), highlight=False)
    if latest:
        table = Table(expand=True, title=f"attributions (version {latest['number']} and earlier ones since gone)")
        for col, ratio in (("id", 1), ("speaker", 3), ("cue", 2), ("content", 8), ("stance", 2), ("status", 2)):
            table.add_column(col, overflow="fold", ratio=ratio)
        rows = [(a, "present") for a in latest["attributions"] if a["type"] != "story"]
        for v in doc["versions"][:-1]:
            rows += [(a, f"gone in v{a['gone_in_version']}") for a in v["attributions"]
                     if a["gone_in_version"] and a["type"] != "story"]
        for a, status in rows:
            table.add_row(a["id"], escape(a["speaker"]["name"] if a["speaker"] else "—"),
                          escape(a["cue"]["text"] if a["cue"] else "—"), escape(short(content_text(a["content"]), 160)),
                          a["stance"], status)
        out.print(table)
        for f in latest["flags"]:
            out.print(f"[bold red]flag[/bold red] {f['kind']}: {escape(f['message'])}")


@app.command("speakers")
def list_speakers(
    db: Optional[str] = DB_OPTION,
    name: Optional[str] = typer.Option(None, help="Only names containing this."),
    limit: int = typer.Option(50), offset: int = typer.Option(0),
    as_json: bool = JSON_OPTION,
) -> None:
    """Speakers across the ledger, most quoted first, with the roles each outlet gives them."""
    from .ledger import queries

    rows = queries.speakers(open_store(db), name=name, limit=limit, offset=offset)
    if as_json:
        return print_json(rows)
    table = Table(expand=True)
    table.add_column("id", no_wrap=True)
    for col, ratio in (("name", 4), ("kind", 2)):
        table.add_column(col, overflow="fold", ratio=ratio)
    table.add_column("attributions", no_wrap=True, justify="right")
    table.add_column("outlets", no_wrap=True, justify="right")
    table.add_column("roles given", overflow="fold", ratio=6)
    for r in rows:
        roles = "; ".join(sorted({" ".join(x for x in (g["affiliation"], g["role"]) if x) + (f" ({g['outlet']})" if g["outlet"] else "")
                                  for g in r["roles"]}))
        table.add_row(str(r["id"]), escape(r["name"]), r["kind"], str(r["attributions"]), str(r["outlets"]), escape(roles))
    out.print(table)


def _quote_command(query: Optional[str], speaker: Optional[str], outlet: Optional[str], since: Optional[str],
                   until: Optional[str], stance: Optional[str], kind: Optional[str], limit: int, offset: int,
                   include_duplicates: bool, db: Optional[str], as_json: bool) -> None:
    from .ledger import queries

    rows = list(queries.quotes(open_store(db), queries.QuoteFilter(
        speaker=speaker, outlet=outlet, since=since, until=until, stance=stance, kind=kind, query=query,
        include_duplicates=include_duplicates, limit=limit, offset=offset)))
    if as_json:
        return print_json(rows)
    table = Table(expand=True)
    table.add_column("article", no_wrap=True)
    table.add_column("published", no_wrap=True)
    for col, ratio in (("outlet", 2), ("speaker", 3), ("cue", 2), ("content", 8), ("stance", 2)):
        table.add_column(col, overflow="fold", ratio=ratio)
    for r in rows:
        sp = r["speaker"]
        who = "—" if sp is None else sp["name"] + (f" ({sp['role']})" if sp["role"] else "")
        table.add_row(str(r["article_id"]), r["published"] or "", escape(r["outlet"] or ""), escape(who),
                      escape(r["cue"]["text"] if r["cue"] else "—"), escape(short(content_text(r["content"]), 160)),
                      r["stance"] + (" (hedged)" if r["hedged"] else "") + (f" [gone in v{r['gone_in_version']}]" if r["gone_in_version"] else ""))
    out.print(table)
    if not rows:
        err.print("no matching attributions")


STANCE_HELP = ", ".join(STANCES)


@app.command()
def quotes(
    speaker: Optional[str] = typer.Option(None, help="Speaker name contains this."),
    outlet: Optional[str] = typer.Option(None, help="Outlet name contains this."),
    since: Optional[str] = typer.Option(None, help="Published on or after (YYYY-MM-DD)."),
    until: Optional[str] = typer.Option(None, help="Published on or before (YYYY-MM-DD)."),
    stance: Optional[str] = typer.Option(None, help=STANCE_HELP),
    kind: Optional[str] = typer.Option(None, help="Speaker kind: person, organization, outlet, government, anonymous."),
    limit: int = typer.Option(100), offset: int = typer.Option(0),
    include_duplicates: bool = typer.Option(False, "--include-duplicates", help="Also count republished copies."),
    db: Optional[str] = DB_OPTION,
    as_json: bool = JSON_OPTION,
) -> None:
    """Attributions across the ledger, filtered by speaker, outlet, date and stance."""
    _quote_command(None, speaker, outlet, since, until, stance, kind, limit, offset, include_duplicates, db, as_json)


@app.command()
def search(
    query: str = typer.Argument(..., help="Words to find in attributed content (full-text)."),
    speaker: Optional[str] = typer.Option(None), outlet: Optional[str] = typer.Option(None),
    since: Optional[str] = typer.Option(None), until: Optional[str] = typer.Option(None),
    stance: Optional[str] = typer.Option(None, help=STANCE_HELP),
    limit: int = typer.Option(100), offset: int = typer.Option(0),
    include_duplicates: bool = typer.Option(False, "--include-duplicates"),
    db: Optional[str] = DB_OPTION,
    as_json: bool = JSON_OPTION,
) -> None:
    """Full-text search over what was attributed (SQLite FTS5 / PostgreSQL full-text)."""
    _quote_command(query, speaker, outlet, since, until, stance, None, limit, offset, include_duplicates, db, as_json)


class ExportFormat(str, Enum):
    jsonl = "jsonl"
    csv = "csv"
    parquet = "parquet"


class ExportWhat(str, Enum):
    attributions = "attributions"
    articles = "articles"
    speakers = "speakers"


@app.command()
def export(
    fmt: ExportFormat = typer.Option(ExportFormat.jsonl, "--format"),
    what: ExportWhat = typer.Option(ExportWhat.attributions, "--what"),
    output: Optional[Path] = typer.Option(None, "--output", "-o", help="File to write (default: stdout; required for parquet)."),
    include_duplicates: bool = typer.Option(False, "--include-duplicates"),
    db: Optional[str] = DB_OPTION,
) -> None:
    """Export the ledger: one row per attribution (default), article or speaker."""
    from .ledger import export as exporter

    if fmt is ExportFormat.parquet and output is None:
        fail("--format parquet needs --output FILE")
        raise typer.Exit(2)
    n = exporter.export(open_store(db), what.value, fmt.value, output, include_duplicates)
    err.print(f"exported {n} {what.value}" + (f" to {escape(str(output))}" if output else ""))


@app.command()
def serve(
    db: Optional[str] = DB_OPTION,
    host: str = typer.Option("127.0.0.1", help="Address to listen on."),
    port: int = typer.Option(8765, help="Port to listen on."),
    max_body: int = typer.Option(2 * 1024 * 1024, help="Refuse request bodies larger than this (413)."),
    allow_private: bool = typer.Option(False, "--allow-private", help="Let /analyse and /api/ingest fetch private addresses."),
    model: str = MODEL_OPTION,
) -> None:
    """The web UI and JSON API (OpenAPI at /docs). Write endpoints need $SAYSO_TOKEN."""
    use_model(model)
    import uvicorn

    from .web.app import create_app

    application = create_app(db, max_body=max_body, allow_private=allow_private)
    err.print(f"sayso is serving {escape(str(db or os.environ.get('SAYSO_DB') or 'sayso.db'))} at http://{host}:{port}/ "
              f"(API docs at http://{host}:{port}/docs; Ctrl-C to stop)")
    uvicorn.run(application, host=host, port=port, log_level="warning")


if __name__ == "__main__":  # `python -m sayso.cli`, as the tests run it
    app()
