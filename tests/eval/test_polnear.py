from pathlib import Path

import pytest

from sayso.eval.polnear import parse_ann, read_split

ANN = """T1\tSource 0 9\tThe mayor
T2\tCue 10 14\tsaid
T3\tContent 15 30;40 52\tthe bridge will|reopen again
T4\tAttribution 10 14\tsaid
E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1
T5\tCue 60 65\tadded
T6\tContent 66 70\tsoon
T7\tAttribution-no-source 60 65\tadded
E2\tAttribution-no-source:T7 Content:T6 Cue:T5
T8\tDiscuss 70 75\tnoise
"""


def test_parse_ann_reads_discontiguous_and_sourceless():
    a, b = parse_ann(ANN)
    assert a.source == ((0, 9),) and a.cue == ((10, 14),)
    assert a.content == ((15, 30), (40, 52))
    assert b.source == () and b.content == ((66, 70),)


def test_read_split_takes_first_annotator(tmp_path: Path):
    (tmp_path / "text").mkdir()
    (tmp_path / "attributions").mkdir()
    (tmp_path / "text" / "story.txt").write_text("x" * 80, encoding="utf-8")
    (tmp_path / "attributions" / "story_bbbb.ann").write_text("", encoding="utf-8")
    (tmp_path / "attributions" / "story_aaaa.ann").write_text(ANN, encoding="utf-8")
    [article] = read_split(tmp_path)
    assert article.name == "story" and len(article.attributions) == 2


def test_read_split_names_a_wrong_folder(tmp_path: Path):
    with pytest.raises(FileNotFoundError, match="text/ and attributions/"):
        read_split(tmp_path)
