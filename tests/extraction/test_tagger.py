"""The fast tagger as it reads: the shipped BiLSTM-CRF with its LSTM and linear layers in int8."""

from pathlib import Path

from torch import nn

from sayso.extraction.tagger import TAGS, Tagger, quote_states
from sayso.extraction.tokens import paragraphs

SAMPLES = Path(__file__).resolve().parents[2] / "samples"


def test_shipped_tagger_reads_in_int8_and_says_so():
    tagger = Tagger.load()
    assert tagger.version.endswith("-int8")
    assert not any(type(m) is nn.LSTM for m in tagger.net.modules())  # replaced by the quantized LSTM


def test_int8_tags_agree_with_the_float_weights(monkeypatch):
    """Quantization may move a few boundaries, not the reading: nearly every token keeps its tag."""
    paras = [p for f in sorted(SAMPLES.glob("*.txt")) for p in paragraphs(f.read_text(encoding="utf-8"))]
    int8 = Tagger.load().tag(paras)
    monkeypatch.setattr("sayso.extraction.tagger.int8", lambda net: (net, ""))
    float32 = Tagger.load()
    assert not float32.version.endswith("-int8")
    pairs = [(a, b) for x, y in zip(int8, float32.tag(paras)) for a, b in zip(x, y)]
    assert len(pairs) > 800
    assert sum(a == b for a, b in pairs) / len(pairs) > 0.98
    assert {t for t in TAGS if t != "O"} <= {a for a, _ in pairs}  # it still reads every role


def test_quote_states_follow_typographic_and_straight_marks():
    p = paragraphs('He said “yes now” and "no" then.')[0]
    states = dict(zip((t.text for t in p.tokens), quote_states(p.tokens)))
    assert states["yes"] == states["no"] == 2 and states["then"] == states["He"] == 1


def test_a_cpu_without_a_quantized_engine_reads_in_float(monkeypatch):
    import torch

    monkeypatch.setattr(type(torch.backends.quantized), "supported_engines", property(lambda self: ["none"]))
    tagger = Tagger.load()
    assert not tagger.version.endswith("-int8")
    assert any(type(m) is nn.LSTM for m in tagger.net.modules())
    assert tagger.tag(paragraphs("The mayor said the bridge would reopen."))  # still reads
