from pathlib import Path

from sayso.eval.polnear import labelled_paragraphs, read_split
from sayso.eval.run import evaluate_polnear
from sayso.extraction.tagger import TAGS

TEXT = ("Harbor bridge to reopen\n\n"
        "The mayor said that the bridge is safe. \"It will open in May,\" an engineer told reporters.\n")


def write_split(root: Path) -> None:
    (root / "text").mkdir()
    (root / "attributions").mkdir()
    (root / "text" / "bridge.txt").write_text(TEXT, encoding="utf-8")

    def at(s: str) -> str:
        start = TEXT.index(s)
        return f"{start} {start + len(s)}\t{s}"

    (root / "attributions" / "bridge_aaaa.ann").write_text("\n".join([
        f"T1\tSource {at('The mayor')}", f"T2\tCue {at('said')}", f"T3\tContent {at('that the bridge is safe')}",
        f"T4\tAttribution {at('said')}", "E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1",
        f"T5\tContent {at(chr(34) + 'It will open in May,' + chr(34))}", f"T6\tSource {at('an engineer')}",
        f"T7\tCue {at('told reporters')}", f"T8\tAttribution {at('told reporters')}",
        "E2\tAttribution:T8 Content:T5 Cue:T7 Source:T6"]) + "\n", encoding="utf-8")


def test_gold_tags_read_back_as_tag_sequences(tmp_path: Path):
    write_split(tmp_path)
    [article] = read_split(tmp_path)
    head, body = labelled_paragraphs(article)
    assert set(head[1]) == {TAGS.index("O")}
    words = {t.text: TAGS[tag] for t, tag in zip(body[0].tokens, body[1])}
    assert (words["mayor"], words["said"], words["bridge"], words["engineer"]) == (
        "I-SOURCE", "B-CUE", "I-CONTENT", "I-SOURCE")


def test_gold_tags_through_the_pipeline_score_what_the_rules_lose(tmp_path: Path):
    write_split(tmp_path)
    rows = {(role, match): f for role, match, _, _, f in evaluate_polnear(tmp_path, gold_tags=True).table()}
    assert rows[("attribution", "overlap")] == 1.0
    assert rows[("content", "exact")] == rows[("source", "exact")] == rows[("cue", "exact")] == 1.0
