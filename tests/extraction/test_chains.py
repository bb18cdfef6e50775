from itertools import count

from sayso.extraction.chains import link_chains
from sayso.model import Attribution, Span


def at(text, source, cue, content):
    def sp(x):
        if x is None:
            return None
        i = text.index(x)
        return Span(i, i + len(x), x)
    return Attribution("a1", "indirect", sp(source), sp(cue), [sp(content)])


def test_citing_sources_makes_an_inner_report():
    text = "The Daily Lantern reported, citing sources in the council, that the repairs would cost more."
    ids = count(2)
    outer, inner = link_chains(text, [at(text, "The Daily Lantern", "reported", "that the repairs would cost more")],
                               lambda: f"a{next(ids)}")
    assert inner.cited_by == outer.id
    assert inner.source.text == "sources in the council" and inner.cue.text == "citing"
    assert outer.source.text == "The Daily Lantern" and inner.content == outer.content


def test_tagger_mistake_on_citing_is_repaired():
    text = "The Daily Lantern reported, citing sources, that the repairs would cost more."
    outer, inner = link_chains(text, [at(text, None, "citing", "sources, that the repairs would cost more")],
                               lambda: "a2")
    assert (outer.source.text, outer.cue.text) == ("The Daily Lantern", "reported")
    assert outer.content[0].text == "that the repairs would cost more"
    assert inner.source.text == "sources"


def test_quoted_as_saying():
    text = "The Herald quoted a senior diplomat as saying that the summit was off."
    outer, inner = link_chains(text, [at(text, "The Herald", "quoted", "that the summit was off")], lambda: "a2")
    assert inner.source.text == "a senior diplomat" and inner.cue.text == "as saying"
    assert outer.cue.text == "quoted"
