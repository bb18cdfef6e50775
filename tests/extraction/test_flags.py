import pytest

from sayso.extraction.flags import correction_notices, headline_mismatch, role_conflicts
from sayso.model import Attribution, Span, Speaker


def test_president_elect_versus_president():
    text = "President-elect Anja Sorel met envoys. Later, President Sorel spoke."
    [flag] = role_conflicts(text, [Speaker("s1", "Anja Sorel", "person")])
    assert flag.kind == "role_conflict" and flag.speaker_id == "s1"
    assert [s.text for s in flag.spans] == ["President-elect Anja Sorel", "President Sorel"]


def test_any_office_designate_or_elect_versus_the_office():
    for title in ("Prime Minister-designate", "Governor-elect", "Mayor-designate"):
        office = title.rsplit("-", 1)[0]
        text = f"{title} Olav Rusk dismissed the claim. {office} Olav Rusk later told reporters more."
        [flag] = role_conflicts(text, [Speaker("s1", "Olav Rusk", "person")])
        assert [s.text for s in flag.spans] == [f"{title} Olav Rusk", f"{office} Olav Rusk"]


def test_two_people_of_one_surname_are_not_one_person():
    text = "Senator Ada Brill spoke. Mayor Ivo Brill answered. Mayor Brill left."
    assert role_conflicts(text, []) == []


def test_two_portfolios_for_one_person_conflict():
    text = "Foreign Minister Ivo Brask said so. Later, Defence Minister Ivo Brask repeated it. Defense Minister Brask left."
    [flag] = role_conflicts(text, [Speaker("s1", "Ivo Brask", "person")])
    assert [s.text for s in flag.spans] == ["Foreign Minister Ivo Brask", "Defence Minister Ivo Brask"]
    head, body, reports = headline_and_lede("Defence minister says troops will stay\nForeign Minister Ivo Brask said "
                                            "troops would remain.", ("Defence minister", "says"),
                                            ("Foreign Minister Ivo Brask", "said"))
    sp = {"s1": Speaker("s1", "Defence minister", "person", role="Defence minister"),
          "s2": Speaker("s2", "Ivo Brask", "person", role="Foreign Minister")}
    assert headline_mismatch(head, reports, sp, body) is not None


def test_compatible_titles_and_former_are_not_flagged():
    text = ("Foreign Minister Teo Vale spoke. Minister Vale left. Former President Ada Roe and President Ada Roe. "
            "Velmora coach Aksel Brandt quit. Head coach Aksel Brandt had led the side since 2023.")
    assert role_conflicts(text, []) == []


def headline_and_lede(text: str, head: tuple[str, str], lede: tuple[str, str], head_stance: str = "asserts"):
    """The headline span, where the body starts, and one report in each: (source, cue) found in the text,
    the rest of the line as content, spoken by s1 (headline) and s2 (lede)."""
    body = text.index("\n") + 1

    def report(aid: str, source: str, cue: str, start: int, end: int, stance: str) -> Attribution:
        s = text.index(source, start)
        c = text.index(cue, s + len(source))
        after = c + len(cue) + 1
        return Attribution(aid, "indirect", Span(s, s + len(source), source), Span(c, c + len(cue), cue),
                           [Span(after, end, text[after:end])], "s" + aid[1], stance=stance)

    return (Span(0, body - 1, text[:body - 1]), body,
            [report("a1", *head, 0, body - 1, head_stance), report("a2", *lede, body, len(text), "asserts")])


def test_headline_credits_someone_else():
    head, body, reports = headline_and_lede("Mayor says bridge will reopen\nA columnist wrote that the bridge will reopen soon.",
                                            ("Mayor", "says"), ("A columnist", "wrote"))
    sp = {"s1": Speaker("s1", "Mayor", "person"), "s2": Speaker("s2", "A columnist", "person", role="columnist")}
    flag = headline_mismatch(head, reports, sp, body)
    assert flag is not None and "Mayor" in flag.message and "A columnist" in flag.message
    reports[1].speaker_id = "s1"
    assert headline_mismatch(head, reports, sp, body) is None


def test_a_headline_s_named_mayor_is_not_the_lede_s_police_chief():
    head, body, reports = headline_and_lede(
        "Mayor says bridge will reopen Friday\nThe Velmora police chief said the bridge would reopen on Friday.",
        ("Mayor", "says"), ("The Velmora police chief", "said"))
    sp = {"s1": Speaker("s1", "Dana Quill", "person", role="Mayor"),  # the headline's mayor, named in the body
          "s2": Speaker("s2", "The Velmora police chief", "person", role="police chief", affiliation="Velmora")}
    assert headline_mismatch(head, reports, sp, body) is not None
    sp["s2"] = Speaker("s2", "The Velmora mayor", "person", role="mayor")  # a role she holds may be hers
    assert headline_mismatch(head, reports, sp, body) is None


def test_a_headline_description_that_fits_the_lede_s_speaker():
    head, body, reports = headline_and_lede("Lawmaker says the port will close\nRep. Ivo Marsh said the port will close in May.",
                                            ("Lawmaker", "says"), ("Rep. Ivo Marsh", "said"))
    sp = {"s1": Speaker("s1", "Lawmaker", "person", role="Lawmaker"),
          "s2": Speaker("s2", "Ivo Marsh", "person", role="Rep.")}
    assert headline_mismatch(head, reports, sp, body) is None
    sp["s2"].role = "columnist"
    assert headline_mismatch(head, reports, sp, body) is not None
    head, body, reports = headline_and_lede(
        "Central banker says a rate cut is possible\nDeputy governor Nils Orban said a rate cut is possible.",
        ("Central banker", "says"), ("Deputy governor Nils Orban", "said"))
    sp = {"s1": Speaker("s1", "Central banker", "person", role="central banker"),
          "s2": Speaker("s2", "Nils Orban", "person", role="Deputy governor")}
    assert headline_mismatch(head, reports, sp, body) is None  # a central banker may be the bank's governor


def test_a_title_is_not_read_from_of_or_a_possessive():
    text = "President Ivo Marsh spoke. Ada Brill, the architect of Marsh's campaign, agreed."
    assert role_conflicts(text, []) == []


@pytest.mark.parametrize("text, head_at, lede_at, actors, other", [
    # the headline names the body the lede's speaker serves, and not another body
    ("Kestrel says the deal is close\nKestrel's Foreign Minister Ilse Marrow said the deal is close.",
     ("Kestrel", "says"), ("Kestrel's Foreign Minister Ilse Marrow", "said"),
     (Speaker("s1", "Kestrel", "government"),
      Speaker("s2", "Ilse Marrow", "person", role="Foreign Minister", affiliation="Kestrel")), {"affiliation": "Orvane"}),
    # a state speaks through its military
    ("Kestrel says strike hit depot\nKestrel's military said the strike hit a depot.",
     ("Kestrel", "says"), ("Kestrel's military", "said"),
     (Speaker("s1", "Kestrel", "government"), Speaker("s2", "Kestrel's military", "government")),
     {"name": "Orvane's military"}),
    # a judge rules for the court, a mayor does not
    ("Judge rejects bid to halt mine\nA district court rejected a bid to halt the mine.",
     ("Judge", "rejects"), ("A district court", "rejected"),
     (Speaker("s2", "district court", "anonymous"), Speaker("s1", "Maria Holt", "person", role="Judge")),
     {"role": "Mayor"}),
    # one of a pair speaks through her office
    ("Tolv and Asker discuss border crossings\nTolv's office said Tolv and Asker discussed border crossings.",
     ("Tolv and Asker", "discuss"), ("Tolv's office", "said"),
     (Speaker("s1", "Tolv and Asker", "person", members=["s3", "s4"]),
      Speaker("s2", "Tolv's office", "organization", affiliation="Tolv")), {"affiliation": "Brekke", "name": "Brekke's office"}),
])
def test_a_headline_actor_the_lede_speaker_speaks_for(text, head_at, lede_at, actors, other):
    head, body, reports = headline_and_lede(text, head_at, lede_at)
    sp = {a.id: a for a in actors}
    assert headline_mismatch(head, reports, sp, body) is None
    for field, value in other.items():  # the same with the tie between them cut
        setattr(actors[1], field, value)
    assert headline_mismatch(head, reports, sp, body) is not None


def test_a_headline_denial_is_not_the_statement_it_denies():
    head, body, reports = headline_and_lede(
        "Ministry denies report that the border will close\nA columnist wrote that the border will close.",
        ("Ministry", "denies"), ("A columnist", "wrote"), head_stance="denies")
    sp = {"s1": Speaker("s1", "Ministry", "government"), "s2": Speaker("s2", "A columnist", "anonymous")}
    assert headline_mismatch(head, reports, sp, body) is None
    reports[1].stance = "denies"  # a columnist denying it is someone else denying the same thing
    assert headline_mismatch(head, reports, sp, body) is not None


@pytest.mark.parametrize("note", [
    "An earlier version of this story misstated the size of the levy.",
    "This article has been updated to include a statement from the port authority.",
    "CORRECTION:\n\nAn article on Monday misspelled the name of the harbor master.",
    "(Corrects spelling of name in paragraph 3)",
    "Editor's note: This story was written by a student reporter.",
])
def test_the_outlets_note_on_the_story_is_flagged(note):
    text = f"Harbor levy to go\nThe levy will be scrapped, the mayor said.\n\n{note}\n"
    [flag] = correction_notices(text, text.index("\n") + 1)
    assert flag.kind == "correction_notice" and flag.spans[0].text == note.strip()


def test_a_correction_mentioned_in_the_news_is_no_note():
    text = "Port story\nThe ministry said a correction was needed. The paper corrected the figure.\n"
    assert correction_notices(text, 11) == []


def test_an_office_named_two_ways_is_one_body():
    text = "Velmora mayor's office says barrier will hold\nThe barrier will hold, Mayor Ivo Quill's office said."
    head, body = Speaker("s1", "Velmora mayor's office", "government"), Speaker("s2", "Mayor Ivo Quill's office", "government")
    def span(phrase):
        i = text.index(phrase)
        return Span.of(text, i, i + len(phrase))
    atts = [Attribution("a1", "indirect", span("Velmora mayor's office"), span("says"), [span("barrier will hold")], "s1"),
            Attribution("a2", "indirect", span("Mayor Ivo Quill's office"), span("said"), [span("The barrier will hold")],
                        "s2")]
    assert headline_mismatch(Span.of(text, 0, 45), atts, {"s1": head, "s2": body}, 46) is None
    other = Speaker("s2", "Governor Ada Brill's office", "government")
    assert headline_mismatch(Span.of(text, 0, 45), atts, {"s1": head, "s2": other}, 46) is not None


def test_no_mismatch_when_the_lede_also_credits_the_headlines_actor():
    text = ("Vell: board delay request 'reeks of fear'\n"
            "The mayor's office has asked the board to delay the vote. According to union leader Mara Vell, asking "
            "the board to delay the vote reeks of fear.")
    def span(phrase, after=0):
        i = text.index(phrase, after)
        return Span.of(text, i, i + len(phrase))
    body = text.index("\n") + 1
    vell, office = Speaker("s1", "Mara Vell", "person"), Speaker("s2", "mayor's office", "government")
    atts = [Attribution("a1", "mixed", span("Vell"), span(":"), [span("board delay request 'reeks of fear'")], "s1"),
            Attribution("a2", "indirect", span("The mayor's office"), span("has asked"),
                        [span("the board to delay the vote", body)], "s2"),
            Attribution("a3", "according_to", span("union leader Mara Vell"), span("According to"),
                        [span("asking the board to delay the vote reeks of fear")], "s1")]
    speakers = {"s1": vell, "s2": office}
    assert headline_mismatch(Span.of(text, 0, body - 1), atts, speakers, body) is None
    assert headline_mismatch(Span.of(text, 0, body - 1), atts[:2], speakers, body) is not None


def test_no_mismatch_when_the_headline_speaks_of_the_ledes_speaker():
    text = ("Factcheck Weekly: Quill is right about 'thousands of ships'\n"
            "Factcheck Weekly checked Ivo Quill's claim that thousands of ships wait at the harbor.")
    def span(phrase):
        i = text.index(phrase, 1)
        return Span.of(text, i, i + len(phrase))
    body = text.index("\n") + 1
    checker, quill = Speaker("s1", "Factcheck Weekly", "outlet"), Speaker("s2", "Ivo Quill's", "person")
    atts = [Attribution("a1", "mixed", Span.of(text, 0, 16), Span.of(text, 16, 17),
                        [span("Quill is right about 'thousands of ships'")], "s1"),
            Attribution("a2", "indirect", span("Ivo Quill's"), span("claim"),
                        [span("that thousands of ships wait at the harbor")], "s2")]
    assert headline_mismatch(Span.of(text, 0, body - 1), atts, {"s1": checker, "s2": quill}, body) is None


def test_a_plural_description_in_the_headline_fits_the_lede_s_speakers():
    head, body, reports = headline_and_lede(
        "Leaders pledge to reopen the crossing\nThe leaders of Lannmark and Oskria said the crossing would reopen.",
        ("Leaders", "pledge"), ("The leaders of Lannmark and Oskria", "said"))
    sp = {"s1": Speaker("s1", "Leaders", "person"), "s2": Speaker("s2", "leaders of Lannmark and Oskria", "person")}
    assert headline_mismatch(head, reports, sp, body) is None
    sp["s1"].name = "Farmers"  # no role the lede's speakers hold: other actors
    assert headline_mismatch(head, reports, sp, body) is not None


def test_a_short_headline_with_another_role_over_the_lede():
    head, body, reports = headline_and_lede(
        "Defence minister says troops will stay\nPresident-elect Mara Tolv said that the troops would remain there.",
        ("Defence minister", "says"), ("President-elect Mara Tolv", "said"))
    sp = {"s1": Speaker("s1", "Defence minister", "person", role="Defence minister"),
          "s2": Speaker("s2", "Mara Tolv", "person", role="President-elect")}
    flag = headline_mismatch(head, reports, sp, body)
    assert flag is not None and "Defence minister" in flag.message and "Mara Tolv" in flag.message
    sp["s2"].role = "Defence Minister"  # the same office: one shared word is not enough to tell them apart
    assert headline_mismatch(head, reports, sp, body) is None


@pytest.mark.parametrize("head_name, lede_name, lede_role", [
    ("Donald Trump", "The Republican presidential nominee", "Republican presidential nominee"),  # may be him
    ("Politifact", "they", None),  # a pronoun no one was found for
    ("One Tweet", "MSNBC", None),  # a document
    ("Popular Website", "PolitiFact", None),  # an outlet told by its kind
    ("Minutes", "minutes of the meeting", None),  # documents: "Central bank weighed hike, minutes show"
])
def test_actors_that_cannot_be_told_apart_are_not_flagged(head_name, lede_name, lede_role):
    head, body, reports = headline_and_lede(
        f"{head_name} says the port will close\n{lede_name} said the port will close in May.",
        (head_name, "says"), (lede_name, "said"))
    sp = {"s1": Speaker("s1", head_name, "person"), "s2": Speaker("s2", lede_name, "person", role=lede_role)}
    assert headline_mismatch(head, reports, sp, body) is None
    if head_name == "Donald Trump":  # a named lede speaker can be told apart, an outlet's name too
        sp["s2"] = Speaker("s2", "Washington Post", "outlet")
        assert headline_mismatch(head, reports, sp, body) is not None
        sp["s2"] = Speaker("s2", "Ivo Marsh", "person", role="columnist")
        assert headline_mismatch(head, reports, sp, body) is not None


def test_an_unnamed_person_the_body_describes_may_be_the_ledes_named_one():
    head, body, reports = headline_and_lede(
        "Former party chairman calls for a contingency plan\nFormer chairman Don Fell called for a contingency plan.",
        ("Former party chairman", "calls for"), ("Former chairman Don Fell", "called for"))
    sp = {"s1": Speaker("s1", "A former party chairman", "anonymous", role="former chairman"),
          "s2": Speaker("s2", "Don Fell", "person")}
    sp["s1"].mentions = [reports[0].source, Span(body, body + 1, "A")]  # named so in the body too
    assert headline_mismatch(head, reports, sp, body) is None
    sp["s2"].role = "columnist"  # the lede's man holds another office: not the chairman
    assert headline_mismatch(head, reports, sp, body) is not None
