"""`sayso bench`: extraction speed of one process, after model load."""

from __future__ import annotations

import random
import re
import resource
import time
from itertools import cycle, islice
from pathlib import Path

from ..model import Article

DEFAULT_DIR = Path(__file__).resolve().parents[4] / "shared" / "data" / "polnear" / "dev"

NAMES = ["Mara Ellison", "Tomas Virtanen", "Edda Kowal", "Ravi Anand", "Lucia Ferro", "Jonah Pike"]
ROLES = ["Finance Minister", "spokeswoman", "columnist", "Senator", "analyst", "mayor"]
OUTLETS = ["The Harbor Gazette", "Northwind News", "the Daily Lantern", "Radio Meridian"]
CUES = ["said", "told reporters", "wrote", "denied", "confirmed", "added", "warned"]
CLAUSES = ["the budget would be cut next year", "the bridge project had stalled in September",
           "talks with the union may resume on Monday", "the report was never published",
           "the council had not been consulted", "prices could rise sharply this winter"]


def generated_corpus(n: int = 100, seed: int = 7) -> list[str]:
    """Fictional wire stories built from templates, for when no corpus is at hand."""
    rnd = random.Random(seed)
    texts = []
    for _ in range(n):
        paras = [f"{rnd.choice(NAMES)} says {rnd.choice(CLAUSES)}"]
        for _ in range(rnd.randint(12, 20)):
            who = f"{rnd.choice(ROLES)} {rnd.choice(NAMES)}"
            form = rnd.randrange(4)
            clause = rnd.choice(CLAUSES)
            if form == 0:
                paras.append(f"{who} {rnd.choice(CUES)} that {clause}.")
            elif form == 1:
                paras.append(f"“{clause.capitalize()},” {who} {rnd.choice(CUES)}.")
            elif form == 2:
                paras.append(f"{rnd.choice(OUTLETS)} reported, citing sources, that {clause}.")
            else:
                paras.append(f"According to {who}, {clause}. The plan was discussed for hours, "
                             f"and the committee adjourned without a vote on the matter.")
        texts.append("\n\n".join(paras))
    return texts


def load_texts(directory: Path | None) -> tuple[list[str], str]:
    directory = directory or (DEFAULT_DIR if DEFAULT_DIR.is_dir() else None)
    if directory is None:
        return generated_corpus(), "generated corpus (100 articles)"
    folder = directory / "text" if (directory / "text").is_dir() else directory
    files = sorted(folder.glob("*.txt"))
    if not files:
        raise SystemExit(f"{directory}: no .txt files")
    return [f.read_text(encoding="utf-8") for f in files], f"{folder} ({len(files)} articles)"


def run_bench(directory: Path | None, n_articles: int, threads: int, model: str = "fast") -> dict[str, str]:
    import torch

    torch.set_num_threads(threads)
    texts, label = load_texts(directory)
    t0 = time.perf_counter()
    from ..extraction.pipeline import Pipeline, load_tagger

    pipeline = Pipeline(load_tagger(model))
    load_s = time.perf_counter() - t0
    # warm-up, not timed
    for _ in pipeline.pipe(Article(text=t) for t in texts[:4]):
        pass
    batch = list(islice(cycle(texts), n_articles))
    words = sum(len(re.findall(r"\w+", t)) for t in batch)
    t1 = time.perf_counter()
    n = sum(1 for _ in pipeline.pipe(Article(text=t) for t in batch))
    elapsed = time.perf_counter() - t1
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {
        "corpus": label,
        "model": f"{model} ({pipeline.tagger.version})",
        "articles": str(n),
        "words": str(words),
        "torch threads": str(threads),
        "model load": f"{load_s:.2f} s",
        "elapsed": f"{elapsed:.2f} s",
        "articles/s": f"{n / elapsed:.1f}",
        "words/s": f"{words / elapsed:,.0f}",
        "peak memory (RSS)": f"{peak_mb:.0f} MB",
    }
