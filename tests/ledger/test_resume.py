"""Killing `sayso ingest` mid-run loses nothing and leaves nothing half-written."""

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time

from sayso.eval.bench import generated_corpus

N = 150


def count(db, sql):
    try:
        with sqlite3.connect(db, timeout=10) as c:
            return c.execute(sql).fetchone()[0]
    except sqlite3.OperationalError:  # not created yet
        return 0


def test_sigkill_then_resume(tmp_path):
    src = tmp_path / "wire.jsonl"
    with src.open("w", encoding="utf-8") as f:
        for i, text in enumerate(generated_corpus(N, seed=11)):
            f.write(json.dumps({"text": text, "url": f"https://wire.example/{i}", "outlet": "Wire"}) + "\n")
    db = str(tmp_path / "l.db")
    cmd = [sys.executable, "-m", "sayso.cli", "ingest", str(src), "--db", db]
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.time() + 240
    while count(db, "SELECT count(*) FROM articles") < 20 and time.time() < deadline and proc.poll() is None:
        time.sleep(0.05)
    assert proc.poll() is None, "ingest finished before it could be killed"
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    stored = count(db, "SELECT count(*) FROM articles")
    assert 20 <= stored < N

    # Nothing half-written: every article has its version, every extracted version its attributions.
    assert count(db, "SELECT count(*) FROM articles a WHERE a.duplicate_of IS NULL AND NOT EXISTS "
                     "(SELECT 1 FROM article_versions v WHERE v.article_id = a.id)") == 0
    assert count(db, "SELECT count(*) FROM article_versions v WHERE NOT EXISTS "
                     "(SELECT 1 FROM attributions t WHERE t.version_id = v.id)") == 0
    assert count(db, "SELECT count(*) FROM events") == stored

    r = subprocess.run(cmd, capture_output=True, text=True, timeout=600)
    assert r.returncode == 0, r.stderr
    assert f"{stored} unchanged" in r.stderr
    assert count(db, "SELECT count(*) FROM articles") == N
    assert count(db, "SELECT count(DISTINCT key) FROM articles") == N
    assert count(db, "SELECT count(*) FROM article_versions") + count(
        db, "SELECT count(*) FROM articles WHERE duplicate_of IS NOT NULL AND NOT EXISTS "
            "(SELECT 1 FROM article_versions v WHERE v.article_id = articles.id)") == N
    assert count(db, "SELECT count(*) FROM attributions") == count(db, "SELECT count(*) FROM attributions_fts")
