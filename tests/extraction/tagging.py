"""Hand-written tags for tests that leave the model out."""

from sayso.extraction import frames
from sayso.extraction.tokens import paragraphs


def tagged_spans(text: str, marked: dict[str, str]) -> list[list[frames.RawSpan]]:
    """Per paragraph, the spans of the tokens inside each marked phrase, with its role; the rest is O."""
    out = []
    for p in paragraphs(text):
        tags = ["O"] * len(p.tokens)
        for phrase, role in marked.items():
            at = text.find(phrase)
            if at < 0 or not (p.start <= at < p.end):
                continue
            inside = [i for i, t in enumerate(p.tokens) if at <= t.start and t.end <= at + len(phrase)]
            for n, i in enumerate(inside):
                tags[i] = ("B-" if n == 0 else "I-") + role
        out.append(frames.raw_spans(p, tags))
    return out
