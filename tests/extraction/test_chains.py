from itertools import count

import pytest

from sayso.extraction.chains import documents_seen, link_chains, quotes_within, split_embedded
from sayso.extraction.stance import stance_of
from sayso.model import Attribution, Span


def at(text, source, cue, content):
    def sp(x):
        if x is None:
            return None
        i = text.index(x)
        return Span(i, i + len(x), x)
    kind = "according_to" if cue and cue.lower().startswith("according") else "indirect"
    return Attribution("a1", kind, sp(source), sp(cue), [sp(content)])


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


def test_citing_before_the_outer_cue():
    text = "The Harbor Daily, citing two people familiar with the talks, reported that the city paid."
    tagged = [at(text, None, "citing", "two people familiar with the talks"),
              at(text, None, "reported", "that the city paid")]
    tagged[1].id = "a2"
    outer, inner = link_chains(text, tagged, lambda: "a3")
    assert (outer.id, outer.source.text, outer.cue.text) == ("a2", "The Harbor Daily", "reported")
    assert (inner.source.text, inner.cue.text, inner.cited_by) == ("two people familiar with the talks", "citing", "a2")
    assert inner.content[0].text == "that the city paid"


def test_citing_that_closes_the_sentence():
    text = ("The harbor master has resigned, the Velmore Courier reported on Tuesday, citing U.S. officials. "
            "The board meets on Friday.")
    tagged = [at(text, "the Velmore Courier", "reported", "The harbor master has resigned"),
              at(text, "the Velmore Courier", "citing", "U.S. officials")]
    tagged[1].id = "a2"
    outer, inner = link_chains(text, tagged, lambda: "a3")  # the tagger's "citing" report is folded in
    assert (outer.source.text, outer.cue.text, outer.content[0].text) == (
        "the Velmore Courier", "reported", "The harbor master has resigned")
    assert (inner.source.text, inner.cue.text, inner.cited_by) == ("U.S. officials", "citing", "a1")
    assert inner.content == outer.content


def test_citing_after_the_content():
    text = "The Velmore Courier reported that the harbor master had resigned, citing two aides. He denied it."
    tagged = [at(text, "The Velmore Courier", "reported", "that the harbor master had resigned, citing two aides")]
    outer, inner = link_chains(text, tagged, lambda: "a2")
    assert (outer.cue.text, outer.content[0].text) == ("reported", "that the harbor master had resigned")
    assert (inner.source.text, inner.cue.text, inner.content) == ("two aides", "citing", outer.content)


def test_citing_a_reason_is_no_source():
    text = "The port \"has changed for the better,\" Quill said in May, citing the new cranes and lower fees."
    tagged = [at(text, "Quill", "said", "The port \"has changed for the better,\"")]
    assert link_chains(text, tagged, lambda: "a2") == tagged


def test_a_long_citing_phrase_before_the_outer_cue_and_no_source_tagged():
    text = ("The denial came a day after the Tarsian daily Morgenpost, citing satellite images and an unnamed "
            "intelligence official, reported that the brigades had moved.")
    tagged = [at(text, None, "citing", "satellite images"), at(text, None, "reported", "that the brigades had moved")]
    tagged[1].id = "a2"
    outer, inner = link_chains(text, tagged, lambda: "a3")
    assert (outer.id, outer.source.text, outer.content[0].text) == (
        "a2", "the Tarsian daily Morgenpost", "that the brigades had moved")
    assert inner.source.text == "satellite images and an unnamed intelligence official"


def test_quoted_as_saying():
    text = "The Herald quoted a senior diplomat as saying that the summit was off."
    told = at(text, "The Herald", "quoted", "that the summit was off")
    told.stance = stance_of("quoted")
    outer, inner = link_chains(text, [told], lambda: "a2")
    assert inner.source.text == "a senior diplomat" and inner.cue.text == "as saying"
    assert outer.cue.text == "quoted"
    assert (outer.stance, inner.stance) == ("reports", "asserts")  # the paper carries, the diplomat says


def test_quoted_by_as_saying_in_the_passive():
    text = ("But Foreign Minister Anja Brodd was quoted by state media as saying that her government had "
            "\"credible information\" about it.")
    tagged = [at(text, "state media", "was quoted", "Foreign Minister Anja Brodd"),
              at(text, None, "saying", "that her government had \"credible information\" about it")]
    tagged[1].id = "a2"
    outer, inner = link_chains(text, tagged, lambda: "a3")  # the tagger's "saying" is folded into "quoted"
    assert (outer.source.text, outer.cue.text) == ("state media", "quoted")
    assert outer.content[0].text == "that her government had \"credible information\" about it"
    assert outer.type == "mixed"
    assert (inner.source.text, inner.cue.text, inner.content) == ("Foreign Minister Anja Brodd", "as saying", outer.content)


def test_quoted_by_an_outlet_named_in_apposition():
    text = "Veltri was quoted by the station, Harbour FM, as saying the bridge \"will come in at 40 million.\""
    tagged = at(text, None, "was quoted", "Veltri")
    tagged.content.append(Span.of(text, text.index("as saying"), len(text)))  # as the tagger read it
    outer, inner = link_chains(text, [tagged], lambda: "a2")
    assert (outer.source.text, outer.cue.text) == ("the station, Harbour FM", "quoted")
    assert (inner.source.text, inner.cue.text, inner.cited_by) == ("Veltri", "as saying", outer.id)
    assert inner.content[0].text.startswith("the bridge")


def test_according_to_a_document_is_the_inner_reports_own():
    text = "The city government confirmed that the repairs would cost more, according to a statement released on Monday."
    [only] = split_embedded(text, [at(text, "a statement released on Monday", "according to",
                                          "The city government confirmed that the repairs would cost more")],
                                lambda: "a2")
    assert (only.id, only.source.text, only.cue.text) == ("a1", "The city government", "confirmed")
    assert only.content[0].text == "that the repairs would cost more"
    assert (only.type, only.stance, only.cited_by) == ("indirect", "confirms", None)


def test_according_to_an_outlet_carries_the_inner_report():
    text = "According to the Velmora Post, the port authority denied that the toll would double."
    outer, inner = split_embedded(text, [at(text, "the Velmora Post", "According to",
                                                "the port authority denied that the toll would double")],
                                      lambda: "a2")
    assert outer.source.text == "the Velmora Post" and outer.type == "according_to"
    assert (inner.source.text, inner.cue.text, inner.stance) == ("the port authority", "denied", "denies")
    assert inner.content[0].text == "that the toll would double" and inner.cited_by == outer.id


def test_an_inner_report_the_tagger_read_is_cited_not_read_twice():
    text = "According to a readout released by the Kestrel government, Asker told Tolv that Kestrel was ready."
    outer = at(text, "a readout released by the Kestrel government", "According to",
               "Asker told Tolv that Kestrel was ready")
    told = at(text, "Asker", "told", "that Kestrel was ready")
    told.id = "a2"
    assert split_embedded(text, [outer, told], lambda: "a3") == [outer, told]
    assert told.cited_by == outer.id


def test_according_to_plain_content_is_left_alone():
    text = "According to the mayor, the toll will double next year."
    [only] = split_embedded(text, [at(text, "the mayor", "According to", "the toll will double next year")],
                                lambda: "a2")
    assert only.source.text == "the mayor" and only.content[0].text == "the toll will double next year"


def test_a_report_inside_a_report():
    text = "The Lantern reported that the mayor had told aides the bridge would close."
    outer, inner = split_embedded(text, [at(text, "The Lantern", "reported",
                                            "that the mayor had told aides the bridge would close")], lambda: "a2")
    assert outer.content[0].text == "that the mayor had told aides the bridge would close"  # the outer keeps it all
    assert (inner.source.text, inner.cue.text, inner.cited_by) == ("the mayor", "had told aides", "a1")
    assert inner.content[0].text == "the bridge would close"
    for clause in ("that the board has never told them what to say", "that the cost it said was fair",
                   "that the sale could be announced before the end of the year",  # a passive, no reporter
                   "that the ruling was announced on Friday"):
        text = f"The Lantern reported {clause}."
        assert len(split_embedded(text, [at(text, "The Lantern", "reported", clause)], lambda: "a2")) == 1


@pytest.mark.parametrize("text, source, cue, content, inner_cue, inner_content", [
    # "told the finance minister that …" is a report
    ("One of them said Calder had told the finance minister that she would resign.", "One of them", "said",
     "Calder had told the finance minister that she would resign", "had told the finance minister",
     "that she would resign"),
    # when the inner report was made is no part of its content
    ("According to Sorel, the city's own auditors warned in 2025 that the library system was underfunded.", "Sorel",
     "According to", "the city's own auditors warned in 2025 that the library system was underfunded", "warned",
     "that the library system was underfunded"),
])
def test_an_inner_report_s_cue_and_content(text, source, cue, content, inner_cue, inner_content):
    _, inner = split_embedded(text, [at(text, source, cue, content)], lambda: "a2")
    assert (inner.cue.text, inner.content[0].text) == (inner_cue, inner_content)


def test_told_the_minister_of_her_decision_is_no_report():
    text = "One of them said Calder had told the finance minister of her decision last week."
    content = "Calder had told the finance minister of her decision last week"
    assert len(split_embedded(text, [at(text, "One of them", "said", content)], lambda: "a2")) == 1


def test_one_inner_report_for_an_outlet_and_the_sources_it_cites():
    text = "Exporters warned that shipments could fall, the Tarvik Times reported, citing two executives."
    content = "Exporters warned that shipments could fall"
    times = at(text, "the Tarvik Times", "reported", content)
    executives = at(text, "two executives", "citing", content)
    executives.id, executives.cited_by = "a2", "a1"
    ids = count(3)
    out = split_embedded(text, [times, executives], lambda: f"a{next(ids)}")
    inner = [a for a in out if a.source.text == "Exporters"]
    assert len(inner) == 1 and inner[0].cited_by == "a2"  # carried by the executives, whom the Times cites
    assert [a.id for a in out if a is not inner[0]] == ["a1", "a2"]


def test_a_claim_named_by_its_noun_is_its_speakers_report():
    text = ("Minister Tomas Fell rejected claims by opposition leader Ada Brill last week that the government had "
            "sold the reservoir.")
    ids = count(2)
    outer, inner = split_embedded(text, [at(text, "Minister Tomas Fell", "rejected", text[text.index("claims"):-1])],
                                  lambda: f"a{next(ids)}")
    assert outer.content[0].text.startswith("claims by")  # the denial keeps what PolNeAR marks
    assert (inner.source.text, inner.cue.text, inner.cited_by) == ("opposition leader Ada Brill", "claims", "a1")
    assert inner.content[0].text == "the government had sold the reservoir"


def test_a_report_that_found_something_is_no_claim_by_its_author():
    for content in ("a report by the Lowmarsh Institute found that the tax would raise little",
                    "a report from an inquiry into the port that cited the mayor for neglect"):
        text = f"Quill said {content}."
        [only] = split_embedded(text, [at(text, "Quill", "said", content)], lambda: "a2")
        assert only.source.text == "Quill"


def test_according_to_a_report_which_cited_someone():
    text = 'According to a report in the Velmore Courier, which cited two pilots, the vote was "close to unanimous."'
    tagged = [at(text, "a report in the Velmore Courier", "According to",
                 'which cited two pilots, the vote was "close to unanimous."'),
              at(text, None, "cited", 'two pilots, the vote was "close to unanimous."')]
    tagged[1].id = "a2"
    outer, inner = link_chains(text, tagged, lambda: "a3")
    assert outer.source.text == "a report in the Velmore Courier"
    assert outer.content[0].text.startswith('the vote was "close to unanimous')
    assert (inner.source.text, inner.cue.text, inner.cited_by, inner.type) == ("two pilots", "cited", "a1", "mixed")


def test_a_report_in_an_outlet_rejected_as_baseless():
    text = ('The Kremlin rejected as "baseless" a report in the Velmora Courier that troops would be withdrawn '
            'by the end of the year.')
    content = text[text.index("as "):-1]
    ids = count(2)
    outer, inner = split_embedded(text, [at(text, "The Kremlin", "rejected", content)], lambda: f"a{next(ids)}")
    assert (inner.source.text, inner.cue.text, inner.cited_by) == ("the Velmora Courier", "report", "a1")
    assert inner.content[0].text == "troops would be withdrawn by the end of the year"
    text = "The Kremlin rejected a report in March that troops would leave."  # a date, not an outlet
    content = text[text.index("a report"):-1]
    assert len(split_embedded(text, [at(text, "The Kremlin", "rejected", content)], lambda: "a2")) == 1


def test_a_document_seen_by_an_outlet_reports_cited_by_the_outlet():
    text = "A memo seen by the Orvel Press, however, shows that the clinics will close."
    tagged = [at(text, "the Orvel Press", "seen", "A memo"), at(text, None, "shows", "that the clinics will close")]
    tagged[1].id = "a2"
    outer, inner = documents_seen(text, tagged, lambda: "a3")
    assert (outer.source.text, outer.cue.text, outer.stance) == ("the Orvel Press", "seen", "reports")
    assert (inner.source.text, inner.cue.text, inner.cited_by) == ("A memo", "shows", outer.id)
    assert outer.content == inner.content and inner.content[0].text == "that the clinics will close"


@pytest.mark.parametrize("text, told, cue, said, document, outlet, carried", [
    ("The clinics will close, according to a letter obtained by the Harlow Ledger.",
     "a letter obtained by the Harlow Ledger", "according to", "The clinics will close", "a letter",
     "the Harlow Ledger", "obtained"),
    ("The order came two hours late, according to internal messages shared with the Marlow Sentinel.",
     "internal messages shared with the Marlow Sentinel", "according to", "The order came two hours late",
     "internal messages", "the Marlow Sentinel", "shared with"),
    # an outlet that published a document did not write it
    ("The memo, first published by the Arden Times on Monday, suggests ministers knew.",
     "The memo, first published by the Arden Times on Monday", "suggests", "ministers knew", "The memo",
     "the Arden Times", "published"),
    ("Fish in the Ossa carry plastic, according to a study published on Monday in the Journal of Northern Ecology.",
     "a study published on Monday in the Journal of Northern Ecology", "according to", "Fish in the Ossa carry plastic",
     "a study", "the Journal of Northern Ecology", "published on Monday in"),
    ("A study published on Monday in the journal Water Northern found plastic in nine of ten samples.",
     "A study published on Monday in the journal Water Northern", "found", "plastic in nine of ten samples",
     "A study", "the journal Water Northern", "published on Monday in"),
    ("The findings, published in the journal Water Northern, suggest filters fail.",
     "The findings, published in the journal Water Northern", "suggest", "filters fail", "The findings",
     "the journal Water Northern", "published in"),
])
def test_a_document_an_outlet_obtained_or_published_reports_cited_by_the_outlet(text, told, cue, said, document,
                                                                               outlet, carried):
    report = at(text, told, cue, said)
    outer, inner = documents_seen(text, [report], lambda: "a2")
    assert inner is report and inner.source.text == document and inner.cited_by == outer.id == "a2"
    assert (outer.source.text, outer.cue.text) == (outlet, carried)


def test_a_document_seen_by_someone_unnamed_or_not_reporting_is_left_alone():
    text = "The minister said a memo seen by officials was old and a letter seen by Tavi Lund was lost."
    tagged = [at(text, "The minister", "said", "a memo seen by officials was old and a letter seen by Tavi Lund was lost")]
    assert documents_seen(text, tagged, lambda: "a2") == tagged
    text = "A report published by the Tarn Institute says wages fell."  # an institute's report is its own
    tagged = [at(text, "A report published by the Tarn Institute", "says", "wages fell")]
    assert documents_seen(text, tagged, lambda: "a2") == tagged


@pytest.mark.parametrize("quote, source, cue, said", [
    ("“One of them said to me, ‘Coach, it wasn’t your fault,’ and that meant a lot.”", "One of them", "said to me",
     "‘Coach, it wasn’t your fault,’"),
    ("\"My father told me: 'Never sell the boat.'\"", "My father", "told me", "'Never sell the boat.'"),
    ("“Last year, President Obama said ‘the war is ending’ and we believed him.”", "President Obama", "said",
     "‘the war is ending’"),
])
def test_someone_quoted_inside_a_quotation_is_cited_by_its_speaker(quote, source, cue, said):
    text = f"{quote} Moe said."
    outer = at(text, "Moe", "said", quote)
    outer.type = "direct"
    _, inner = quotes_within(text, [outer], lambda: "a2")
    assert (inner.source.text, inner.cue.text, [c.text for c in inner.content], inner.cited_by) == (
        source, cue, [said], "a1")


@pytest.mark.parametrize("quote", [
    "“And he said ‘no’ to all of it.”",  # a pronoun: whom it means, the speaker knows
    "“When Donald Trump says ‘great again’, I laugh.”",  # no clause boundary before the source: not a report
    "“The fans who said it wasn’t fair were right.”",  # apostrophes are no quotation marks
])
def test_no_inner_quotation(quote):
    text = f"{quote} Moe said."
    outer = at(text, "Moe", "said", quote)
    outer.type = "direct"
    assert quotes_within(text, [outer], lambda: "a2") == [outer]
