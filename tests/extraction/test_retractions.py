from itertools import count

from sayso.extraction.retractions import (mark_corrections, removals_told_apart, removed_claims, removed_saying,
                                         retract_reported, split_retractions)
from sayso.model import Attribution, Span


def test_said_then_removed_the_article():
    text = ("The Velmora Courier said the operator had hidden inspection results, then removed the article "
            "from its website without explanation.")
    src = Span.of(text, 4, 19)
    content_start = text.index("the operator")
    said = Attribution("a1", "indirect", src, Span.of(text, 20, 24), [Span.of(text, content_start, len(text) - 1)])
    ids = count(2)
    said_, retracted = split_retractions(text, [said], lambda: f"a{next(ids)}")
    assert said_.content[0].text == "the operator had hidden inspection results"
    assert retracted.stance == "retracts" and retracted.source == src
    assert retracted.cue.text == "removed the article from its website"
    assert retracted.content == said_.content


def test_a_removal_inside_what_was_said_is_left_alone():
    for text in ("The mayor said the council removed the article from the charter last year.",
                 "The mayor said that it removed the article."):
        a = Attribution("a1", "indirect", Span.of(text, 0, 9), Span.of(text, 10, 14), [Span.of(text, 15, len(text) - 1)])
        assert split_retractions(text, [a], lambda: "a2") == [a]


def test_and_later_deleted():
    text = "The Herald reported the resignation and later deleted the story."
    a = Attribution("a1", "indirect", Span.of(text, 0, 10), Span.of(text, 11, 19), [Span.of(text, 20, len(text) - 1)])
    kept, retracted = split_retractions(text, [a], lambda: "a2")
    assert kept.content[0].text == "the resignation" and retracted.cue.text == "deleted the story"


def test_a_deletion_right_after_the_content():
    text = 'Councillor Ines Moll wrote that the sale was "a done deal," then deleted the post an hour later.'
    start = text.index("that")
    end = text.index(" then")
    wrote = Attribution("a1", "mixed", Span.of(text, 0, 20), Span.of(text, 21, 26), [Span.of(text, start, end)])
    kept, retracted = split_retractions(text, [wrote], lambda: "a2")
    assert kept.content[0].text == 'that the sale was "a done deal,"'
    assert (retracted.cue.text, retracted.stance, retracted.content) == ("deleted the post", "retracts", kept.content)
    said = 'Moll said the sale was "a done deal." Then the council deleted the post.'
    a = Attribution("a1", "mixed", Span.of(said, 0, 4), Span.of(said, 5, 9), [Span.of(said, 10, said.index(" Then"))])
    assert split_retractions(said, [a], lambda: "a2") == [a]  # someone else, in another sentence


def test_a_removal_told_in_a_sentence_of_its_own():
    text = ("The Velmore Courier said the harbor master had quit. The mayor said the council removed the article "
            "from the charter. The Courier later removed the article from its website. It has since deleted the post.")
    found = removals_told_apart(text)
    assert [(s.text, c.text, everything) for s, c, everything in found] == [
        ("The Courier", "removed the article from its website", True), ("It", "deleted the post", False)]


def test_a_removal_retracts_what_its_speaker_reported_before():
    text = "The Courier said X. The Courier quoted Y. The mayor said Z. The Courier removed the story. The Courier said W."
    def report(i, source_at, cue, content, speaker):
        s = text.index(source_at)
        c = text.index(cue, s)
        return Attribution(f"a{i}", "indirect", Span.of(text, s, s + len(source_at.split(" said")[0])),
                           Span.of(text, c, c + len(cue)), [Span.of(text, c + len(cue) + 1, c + len(cue) + 2)],
                           speaker_id=speaker)
    reports = [report(1, "The Courier said X", "said", "X", "s1"), report(2, "The Courier quoted", "quoted", "Y", "s1"),
               report(3, "The mayor", "said", "Z", "s2"), report(4, "The Courier said W", "said", "W", "s1")]
    subject, cue, everything = removals_told_apart(text)[0]
    ids = count(5)
    made = retract_reported(reports, "s1", subject, cue, everything, lambda: f"a{next(ids)}")
    assert [(a.stance, a.content[0].text, a.speaker_id) for a in made] == [("retracts", "X", "s1"), ("retracts", "Y", "s1")]
    assert retract_reported(reports, "s1", subject, cue, False, lambda: "a9")[0].content[0].text == "Y"
    assert retract_reported(reports, "s3", subject, cue, True, lambda: "a9") == []


def span(text, words, last=False):
    i = text.rindex(words) if last else text.index(words)
    return Span.of(text, i, i + len(words))


def test_reports_made_in_a_correction_correct():
    text = ("The Ledger later issued a correction, saying the lease was unsigned. In a correction published on "
            "Thursday, the Ledger said the lease ran for 30 years. The Ledger said the talks went on.")
    reports = [Attribution(f"a{i}", "indirect", span(text, src, last), span(text, cue, last), [span(text, content)])
               for i, (src, cue, content, last) in enumerate([
                   ("The Ledger", "saying", "the lease was unsigned", False),
                   ("the Ledger", "said", "the lease ran for 30 years", False),
                   ("The Ledger", "said", "the talks went on", True)])]
    mark_corrections(text, reports)
    assert [r.stance for r in reports] == ["corrects", "corrects", "asserts"]


def test_a_statement_corrected_to_say_is_its_issuer_s_correction():
    text = "The board's statement was later corrected to say four plants, not three, had been affected."
    cue = span(text, "was later corrected to say")
    said = Attribution("a1", "indirect", None, cue, [span(text, "The board's statement"),
                                                     span(text, "four plants, not three, had been affected")])
    mark_corrections(text, [said])
    assert said.source.text == "The board's statement"
    assert [c.text for c in said.content] == ["four plants, not three, had been affected"]


def test_a_deleted_article_that_said_read_either_way():
    """The tagger may read "deleted" | "an article that said Z" or "deleted an article that said" | "Z":
    either way the Courier said Z, and retracts it by "deleted an article"."""
    text = "The Velmora Courier on Tuesday deleted an article that said the governor would resign next month."
    src, z = span(text, "The Velmora Courier"), span(text, "the governor would resign next month")
    for cue, content in [("deleted", "an article that said the governor would resign next month"),
                         ("deleted an article that said", "the governor would resign next month")]:
        read = Attribution("a1", "indirect", src, span(text, cue), [span(text, content)])
        said, retracted = removed_saying(text, [read], lambda: "a2")
        assert (said.cue.text, said.content, said.stance) == ("said", [z], "asserts")
        assert (retracted.cue.text, retracted.content, retracted.stance) == ("deleted an article", [z], "retracts")
        assert said.source == retracted.source == src


def test_a_removed_piece_that_claimed_is_read_when_the_tagger_read_nothing():
    text = ("VELMORA /Kestrel/. The Velmora Evening Star on Sunday removed an article that claimed Finance Minister "
            "Otto Brask had bought a seaside villa, hours after the ministry called the report “fabricated.”")
    called = text.index("called")
    ministry = Attribution("a1", "mixed", Span.of(text, called - 13, called - 1), Span.of(text, called, called + 6),
                           [Span.of(text, text.index("an article"), text.index(", hours")),
                            Span.of(text, text.index("the report"), len(text))], stance="asserts")
    ids = count(2)
    claimed, removed, kept = removed_claims(text, 0, [ministry], lambda: f"a{next(ids)}")
    assert (claimed.source.text, claimed.cue.text, claimed.stance) == ("The Velmora Evening Star", "claimed", "reports")
    assert claimed.content[0].text == "Finance Minister Otto Brask had bought a seaside villa"
    assert (removed.cue.text, removed.stance, removed.content) == ("removed an article", "retracts", claimed.content)
    # the ministry keeps only what it said of the report, and calling it "fabricated" denies it
    assert kept is ministry and [c.text for c in kept.content] == ["the report “fabricated.”"]
    assert kept.stance == "denies"


def test_a_removed_piece_the_tagger_read_is_left_to_it():
    text = "The Courier removed an article that said the dam would close."
    read = Attribution("a1", "indirect", Span.of(text, 0, 11), Span.of(text, 12, 19), [Span.of(text, 20, len(text) - 1)])
    assert removed_claims(text, 0, [read], lambda: "a2") == [read]


def test_an_outlet_that_removes_an_interview_retracts_what_was_told_to_it():
    from sayso.extraction.retractions import interview_removals
    from sayso.extraction.speakers import SpeakerResolver

    text = ("Holm had told the weekly Stern Post that \"there is nothing left to discuss.\" The newspaper later "
            "removed the interview from its website.")
    resolver = SpeakerResolver(text)
    holm = resolver.resolve(Span.of(text, 0, 4))
    told = Attribution("a1", "mixed", Span.of(text, 0, 4), Span.of(text, 9, 13),
                       [Span.of(text, text.index("that"), text.index(" The newspaper"))], speaker_id=holm.id)
    atts = [told]
    interview_removals(text, 0, atts, resolver, lambda: "a2")
    _, removal = atts
    paper = next(s for s in resolver.speakers if s.id == removal.speaker_id)
    assert (removal.stance, removal.source.text, removal.cue.text) == (
        "retracts", "The newspaper", "removed the interview from its website")
    assert removal.content == told.content and (paper.name, paper.kind) == ("Stern Post", "outlet")
    plain = text.replace("told the weekly Stern Post", "told reporters")  # told no outlet: nothing retracted
    said = Attribution("a1", "mixed", Span.of(plain, 0, 4), Span.of(plain, 9, 13),
                       [Span.of(plain, plain.index("that"), plain.index(" The newspaper"))])
    atts = [said]
    interview_removals(plain, 0, atts, SpeakerResolver(plain), lambda: "a2")
    assert atts == [said]
