"""Ingest throughput: `sayso ingest` on N articles into a fresh SQLite ledger, with extraction.

    .venv/bin/python scripts/bench_ingest.py --n 1000 [--texts ../shared/data/polnear/train/text]
    .venv/bin/python scripts/bench_ingest.py --n 1000 --kill-after 20   # SIGKILL mid-run, then resume

Articles come from a folder of .txt files when given (PolNeAR's texts stay outside the repository; they are
read, never copied), else from sayso's generated fictional corpus. Prints articles/s and the summary.
"""

from __future__ import annotations

import argparse
import json
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from sayso.eval.bench import generated_corpus


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=1000)
    ap.add_argument("--texts", type=Path, default=None)
    ap.add_argument("--kill-after", type=float, default=None, help="SIGKILL the first run after this many seconds")
    args = ap.parse_args()
    texts = [p.read_text(encoding="utf-8") for p in sorted(args.texts.glob("*.txt"))] if args.texts else []
    texts = (texts + generated_corpus(max(0, args.n - len(texts)), seed=3))[: args.n]
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "articles.jsonl"
        with src.open("w", encoding="utf-8") as f:
            for i, t in enumerate(texts):
                f.write(json.dumps({"text": t, "url": f"https://bench.example/{i}"}) + "\n")
        words = sum(len(t.split()) for t in texts)
        db = Path(tmp) / "b.db"
        cmd = [sys.executable, "-m", "sayso.cli", "ingest", str(src), "--db", str(db)]
        if args.kill_after:
            proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            time.sleep(args.kill_after)
            proc.send_signal(signal.SIGKILL)
            proc.wait()
            print(f"killed after {args.kill_after:g} s: {count(db)}")
        start = time.perf_counter()
        r = subprocess.run(cmd, capture_output=True, text=True)
        elapsed = time.perf_counter() - start
        if args.kill_after:
            print(f"after the second run: {count(db)}")
    print(r.stderr.strip().splitlines()[-1])
    print(f"{len(texts)} articles ({words:,} words) in {elapsed:.1f} s: {len(texts) / elapsed:.1f} articles/s, "
          f"{words / elapsed:,.0f} words/s (process start and model load included)")


def count(db: Path) -> str:
    with sqlite3.connect(db) as c:
        q = {k: c.execute(sql).fetchone()[0] for k, sql in (
            ("articles", "SELECT count(*) FROM articles"),
            ("distinct keys", "SELECT count(DISTINCT key) FROM articles"),
            ("versions", "SELECT count(*) FROM article_versions"),
            ("versions without attributions", "SELECT count(*) FROM article_versions v WHERE NOT EXISTS "
                                              "(SELECT 1 FROM attributions a WHERE a.version_id = v.id)"),
            ("attributions", "SELECT count(*) FROM attributions"))}
    return ", ".join(f"{k} {v}" for k, v in q.items())


if __name__ == "__main__":
    main()
