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
from .ingest.text import DEFAULT_MAX_BYTES, InputError, read_text_file
from .model import Extraction

app = typer.Typer(help="sayso: who said what, citing whom, and how each claim fared.",
                  no_args_is_help=True, add_completion=False, pretty_exceptions_enable=False)
eval_app = typer.Typer(help="Measure accuracy against annotated corpora.", no_args_is_help=True)
app.add_typer(eval_app, name="eval")

out = Console()
err = Console(stderr=True)


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


def print_table(result: Extraction, name: str) -> None:
    d = result.to_dict()
    head = f"[bold]{escape(d['title'] or name)}[/bold]  [dim]{escape(name)}[/dim]"
    if result.dateline:
        dl = result.dateline
        head += f"\n[dim]dateline:[/dim] {escape(dl.place or '?')}, {escape(dl.date or '?')}, agency {escape(dl.agency or '-')}"
    out.print(head)
    table = Table(show_lines=False, expand=True)
    for col, style, ratio in (("id", "dim", 1), ("speaker", "cyan", 4), ("cue", "magenta", 3),
                              ("content", None, 8), ("type", "dim", 2), ("stance", "green", 2), ("via", "dim", 1)):
        table.add_column(col, style=style, overflow="fold", ratio=ratio, min_width=3)
    for a in d["attributions"]:
        sp = a["speaker"]
        who = "—" if sp is None else sp["name"] + (f" ({sp['role']}" + (f", {sp['affiliation']}" if sp["affiliation"] else "") + ")"
                                                   if sp["role"] else (f" ({sp['affiliation']})" if sp["affiliation"] else ""))
        content = a["content"]
        text = " … ".join(c["text"] for c in content) if isinstance(content, list) else (content or {}).get("text", "")
        table.add_row(a["id"], escape(who), escape(a["cue"]["text"] if a["cue"] else "—"),
                      escape(short(text, 60 if a["type"] == "story" else 160)), a["type"], a["stance"] + (" (hedged)" if a["hedged"] else ""),
                      a["cited_by"] or "")
    out.print(table)
    for f in d["flags"]:
        out.print(f"[bold red]flag[/bold red] {f['kind']}: {escape(f['message'])}")
    out.print()


@app.command()
def extract(
    files: list[Path] = typer.Argument(..., help="UTF-8 plain-text articles, first line the headline."),
    out_dir: Optional[Path] = typer.Option(None, "--out-dir", help="Write one <basename>.json per input here."),
    fmt: Format = typer.Option(Format.table, "--format", help="json, jsonl or table (for people)."),
    published: Optional[str] = typer.Option(None, help="Publication date (YYYY-MM-DD) of the inputs: "
                                            "anchors datelines without a year and relative dates."),
    outlet: Optional[str] = typer.Option(None, help="The outlet that published the inputs."),
    encoding: str = typer.Option("utf-8", help="Text encoding of the inputs."),
    max_bytes: int = typer.Option(DEFAULT_MAX_BYTES, help="Refuse inputs larger than this."),
) -> None:
    """Find every attribution in each article: source, cue, content, speaker, stance."""
    if published is not None and parse_iso(published) is None:
        fail(f"--published {published!r}: not a date (use YYYY-MM-DD)")
        raise typer.Exit(2)
    from . import pipeline

    articles, failed = [], 0
    for path in files:
        try:
            article, warnings = read_text_file(path, encoding=encoding, max_bytes=max_bytes)
        except InputError as e:
            fail(str(e))
            failed += 1
            continue
        for w in warnings:
            warn(w)
        article.published, article.outlet = published, outlet
        articles.append(article)
    if out_dir is not None:
        out_dir.mkdir(parents=True, exist_ok=True)
    if articles:
        results = pipeline().pipe(articles)
        docs = []
        for article, result in zip(articles, results):
            d = result.to_dict()
            d["path"] = article.path
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
            err.print(f"wrote {len(articles)} file(s) to {escape(str(out_dir))}")
    if failed:
        raise typer.Exit(1)


@eval_app.command("polnear")
def eval_polnear(
    directory: Path = typer.Argument(..., help="A PolNeAR split: a folder with text/ and attributions/."),
    limit: Optional[int] = typer.Option(None, help="Only the first N articles."),
    as_json: bool = typer.Option(False, "--json", help="Print the figures as JSON."),
) -> None:
    """Precision, recall and F1 for source, cue and content (exact and overlap) and whole attributions."""
    from . import pipeline
    from .eval.run import evaluate_polnear

    try:
        score = evaluate_polnear(directory, pipeline(), limit=limit)
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
) -> None:
    """Articles/s and words/s for one process after model load, plus load time and peak memory."""
    from .eval.bench import run_bench

    report = run_bench(directory, articles, threads)
    for key, value in report.items():
        out.print(f"{key:>22}: {value}")


def main() -> None:  # pragma: no cover - console entry
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
    app()


if __name__ == "__main__":  # pragma: no cover
    main()
