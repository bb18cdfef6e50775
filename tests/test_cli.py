"""The command line as a user runs it: a real subprocess, real exit codes, no tracebacks."""

import json
import subprocess
import sys
from pathlib import Path

from sayso.cli import speaker_label

SAMPLES = Path(__file__).resolve().parents[1] / "samples"


def sayso(*args, cwd=None, stdin=None):
    return subprocess.run([sys.executable, "-m", "sayso.cli", *map(str, args)], capture_output=True,
                          text=True, cwd=cwd, timeout=300, input=stdin)


def test_extract_json_out_dir(tmp_path):
    r = sayso("extract", SAMPLES / "harbor-bridge.txt", SAMPLES / "summit-talks.txt", "--out-dir", tmp_path)
    assert r.returncode == 0, r.stderr
    files = sorted(p.name for p in tmp_path.iterdir())
    assert files == ["harbor-bridge.json", "summit-talks.json"]
    doc = json.loads((tmp_path / "summit-talks.json").read_text(encoding="utf-8"))
    assert doc["dateline"]["agency"] == "Meridian Press"
    assert {"type", "source", "cue", "content", "speaker", "stance", "hedged", "cited_by"} <= set(doc["attributions"][1])


def test_extract_jsonl_one_line_per_article():
    r = sayso("extract", SAMPLES / "harbor-bridge.txt", SAMPLES / "water-report.txt", "--format", "jsonl")
    assert r.returncode == 0, r.stderr
    lines = r.stdout.strip().splitlines()
    assert len(lines) == 2 and all(json.loads(x)["attributions"] for x in lines)


def test_the_port_memo_sample_reads_as_an_editor_would():
    r = sayso("extract", SAMPLES / "port-memo.txt", "--published", "2026-03-04", "--format", "json")
    assert r.returncode == 0, r.stderr
    doc = json.loads(r.stdout)
    by_id = {a["id"]: a for a in doc["attributions"]}
    reported = next(a for a in doc["attributions"] if a["cue"] and a["cue"]["text"] == "reported")
    cited = next(a for a in doc["attributions"] if a["cited_by"] == reported["id"])
    assert cited["speaker"]["name"] == "two people familiar with the matter"  # "…, citing two people …" at the end
    retracted = [a for a in doc["attributions"] if a["stance"] == "retracts"]
    assert retracted and all(a["speaker"]["id"] == reported["speaker"]["id"] for a in retracted)
    assert reported["content"] in [a["content"] for a in retracted]
    assert any(a["stance"] == "declines" and a["speaker"]["name"] == "transport ministry" for a in by_id.values())
    assert [f["kind"] for f in doc["flags"]] == ["correction_notice"]


def test_the_governor_story_sample_tells_who_took_back_what():
    r = sayso("extract", SAMPLES / "governor-story.txt", "--format", "json")
    assert r.returncode == 0, r.stderr
    doc = json.loads(r.stdout)
    names = {s["id"]: s["name"] for s in doc["speakers"]}
    said = {(names[a["speaker"]["id"]], a["stance"]) for a in doc["attributions"] if a["type"] != "story"}
    assert {("Velmora Courier", "asserts"), ("Velmora Courier", "retracts"), ("A government spokeswoman", "denies")} <= said
    retracted = next(a for a in doc["attributions"] if a["stance"] == "retracts")
    reported = next(a for a in doc["attributions"] if a["cue"] and a["cue"]["text"] == "said"
                    and a["content"] == retracted["content"])
    cited = next(a for a in doc["attributions"] if a["cited_by"] == reported["id"])
    assert cited["speaker"]["name"] == "three people close to the governor"


def test_table_output_names_speakers():
    r = sayso("extract", SAMPLES / "summit-talks.txt")
    assert r.returncode == 0 and "Teodor Vale" in r.stdout


def test_extract_reads_a_web_page_for_its_main_text(tmp_path):
    r = sayso("extract", SAMPLES / "gazette-bridge.html", "--format", "json")
    assert r.returncode == 0, r.stderr
    doc = json.loads(r.stdout)
    assert doc["headline"]["text"] == "Engineers say bridge cables are sound"  # the page's title, not "<!DOCTYPE html>"
    assert not any("<" in a["cue"]["text"] for a in doc["attributions"])
    for a in doc["attributions"]:  # the offsets index the text that comes along
        assert doc["text"][a["cue"]["start"]:a["cue"]["end"]] == a["cue"]["text"]
    saved_as_text = tmp_path / "page.txt"
    saved_as_text.write_bytes((SAMPLES / "gazette-bridge.html").read_bytes())
    r = sayso("extract", saved_as_text, "--format", "json")
    assert r.returncode == 0 and "an HTML page" in r.stderr
    assert json.loads(r.stdout)["headline"]["text"] == "Engineers say bridge cables are sound"


def test_extract_and_ingest_read_standard_input(tmp_path):
    story = (SAMPLES / "water-report.txt").read_text(encoding="utf-8")
    r = sayso("extract", "-", "--format", "json", stdin=story)
    assert r.returncode == 0, r.stderr
    assert json.loads(r.stdout)["title"] == story.split("\n", 1)[0]
    r = sayso("extract", "-", stdin="")
    assert r.returncode == 1 and r.stderr.strip() == "error: stdin: empty file (no text)"
    r = sayso("ingest", "-", "--db", tmp_path / "l.db", stdin=story)
    assert r.returncode == 0 and "1 new" in r.stdout + r.stderr


def test_extract_sends_files_of_many_articles_to_ingest():
    r = sayso("extract", SAMPLES / "lantern-feed.xml")
    assert r.returncode == 1 and "Traceback" not in r.stderr
    assert r.stderr.strip() == f"error: {SAMPLES / 'lantern-feed.xml'}: a .xml file holds many articles: read it with `sayso ingest`"


def test_bad_inputs_fail_cleanly_and_good_ones_still_run(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    binary = tmp_path / "photo.txt"
    binary.write_bytes(bytes(range(256)) * 10)
    latin = tmp_path / "latin.txt"
    latin.write_bytes("Caf\xe9 owners said no.\n\nMore.".encode("latin-1"))
    huge = tmp_path / "huge.txt"
    with huge.open("wb") as f:  # 50 MB
        f.write((b"The mayor said the pier was safe.\n" * 1000) * 1500)
    out = tmp_path / "out"
    r = sayso("extract", empty, binary, latin, huge, SAMPLES / "water-report.txt", "--out-dir", out)
    assert r.returncode == 1
    assert "Traceback" not in r.stderr
    errors = [line for line in r.stderr.splitlines() if line.startswith("error:")]
    assert len(errors) == 4
    for path, problem in ((empty, "empty"), (binary, "binary"), (latin, "utf-8"), (huge, "too large")):
        assert any(str(path) in e and problem in e for e in errors), (path, errors)
    assert sorted(p.name for p in out.iterdir()) == ["water-report.json"]  # nothing half-written


def test_giant_single_line_gives_a_warning_and_a_result(tmp_path):
    line = tmp_path / "line.txt"
    line.write_text("“The pier is safe,” the mayor said. " * 2000, encoding="utf-8")  # ~75 KB, one line
    r = sayso("extract", line, "--format", "json")
    assert r.returncode == 0, r.stderr
    assert "no line breaks" in r.stderr
    assert len(json.loads(r.stdout)["attributions"]) > 200


def test_missing_file_exit_code():
    r = sayso("extract", "no/such/file.txt")
    assert r.returncode == 1 and "no/such/file.txt: no such file" in r.stderr and "Traceback" not in r.stderr


def test_unknown_model_is_one_line_and_exit_2():
    r = sayso("extract", SAMPLES / "harbor-bridge.txt", "--model", "no-such-model")
    assert r.returncode == 2 and "no-such-model" in r.stderr and "Traceback" not in r.stderr
    assert len(r.stderr.strip().splitlines()) == 1


def test_accurate_model_reads_the_sample():
    r = sayso("extract", SAMPLES / "harbor-bridge.txt", "--model", "accurate", "--format", "json")
    assert r.returncode == 0, r.stderr
    atts = json.loads(r.stdout)["attributions"]
    quoted = [a for a in atts if a["type"] != "story" and "cables are sound" in json.dumps(a["content"])]
    assert quoted and quoted[0]["type"] == "direct" and quoted[0]["speaker"]["name"] == "Ilse Marrow"


def test_speaker_label_does_not_repeat_what_the_name_says():
    assert speaker_label({"name": "Ilse Marrow", "role": "columnist", "affiliation": "Harbor Gazette"}) == \
        "Ilse Marrow (columnist, Harbor Gazette)"
    assert speaker_label({"name": "minister", "role": "minister", "affiliation": None}) == "minister"
    assert speaker_label({"name": "A columnist for the Velmore Courier", "role": "columnist",
                          "affiliation": "Velmore Courier"}) == "A columnist for the Velmore Courier"
