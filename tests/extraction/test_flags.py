from sayso.extraction.flags import headline_mismatch, role_conflicts
from sayso.model import Attribution, Span, Speaker


def test_president_elect_versus_president():
    text = "President-elect Anja Sorel met envoys. Later, President Sorel spoke."
    [flag] = role_conflicts(text, [Speaker("s1", "Anja Sorel", "person")])
    assert flag.kind == "role_conflict" and flag.speaker_id == "s1"
    assert [s.text for s in flag.spans] == ["President-elect Anja Sorel", "President Sorel"]


def test_two_people_of_one_surname_are_not_one_person():
    text = "Senator Ada Brill spoke. Mayor Ivo Brill answered. Mayor Brill left."
    assert role_conflicts(text, []) == []


def test_compatible_titles_and_former_are_not_flagged():
    text = "Foreign Minister Teo Vale spoke. Minister Vale left. Former President Ada Roe and President Ada Roe."
    assert role_conflicts(text, []) == []


def test_headline_credits_someone_else():
    text = "Mayor says bridge will reopen\nA columnist wrote that the bridge will reopen soon."
    head = Span(0, 29, text[:29])
    sp = {"s1": Speaker("s1", "Mayor", "person"), "s2": Speaker("s2", "A columnist", "person", role="columnist")}
    a1 = Attribution("a1", "indirect", Span(0, 5, "Mayor"), Span(6, 10, "says"), [Span(11, 29, text[11:29])], "s1")
    c = text.index("that")
    a2 = Attribution("a2", "indirect", Span(30, 41, "A columnist"), Span(42, 47, "wrote"), [Span(c, len(text), text[c:])], "s2")
    flag = headline_mismatch(head, [a1, a2], sp, 30)
    assert flag is not None and "Mayor" in flag.message and "A columnist" in flag.message
    a2.speaker_id = "s1"
    assert headline_mismatch(head, [a1, a2], sp, 30) is None


def test_a_headline_description_that_fits_the_lede_s_speaker():
    text = "Lawmaker says the port will close\nRep. Ivo Marsh said the port will close in May."
    body = text.index("\n") + 1
    head = Span(0, body - 1, text[:body - 1])
    sp = {"s1": Speaker("s1", "Lawmaker", "person", role="Lawmaker"),
          "s2": Speaker("s2", "Ivo Marsh", "person", role="Rep.")}
    a1 = Attribution("a1", "indirect", Span(0, 8, "Lawmaker"), Span(9, 13, "says"),
                     [Span(14, body - 1, text[14:body - 1])], "s1")
    said = text.index("said", body)
    a2 = Attribution("a2", "indirect", Span(body, said - 1, text[body:said - 1]), Span(said, said + 4, "said"),
                     [Span(said + 5, len(text), text[said + 5:])], "s2")
    assert headline_mismatch(head, [a1, a2], sp, body) is None
    sp["s2"].role = "columnist"
    assert headline_mismatch(head, [a1, a2], sp, body) is not None


def test_a_title_is_not_read_from_of_or_a_possessive():
    text = "President Ivo Marsh spoke. Ada Brill, the architect of Marsh's campaign, agreed."
    assert role_conflicts(text, []) == []


def test_a_headline_may_name_the_body_a_speaker_serves():
    text = "Kestrel says the deal is close\nKestrel's Foreign Minister Ilse Marrow said the deal is close."
    body = text.index("\n") + 1
    head = Span(0, body - 1, text[:body - 1])
    sp = {"s1": Speaker("s1", "Kestrel", "government"),
          "s2": Speaker("s2", "Ilse Marrow", "person", role="Foreign Minister", affiliation="Kestrel")}
    a1 = Attribution("a1", "indirect", Span(0, 7, "Kestrel"), Span(8, 12, "says"), [Span(13, body - 1, text[13:body - 1])],
                     "s1")
    said = text.index("said", body)
    a2 = Attribution("a2", "indirect", Span(body, said - 1, text[body:said - 1]), Span(said, said + 4, "said"),
                     [Span(said + 5, len(text), text[said + 5:])], "s2")
    assert headline_mismatch(head, [a1, a2], sp, body) is None
    sp["s2"].affiliation = "Orvane"
    assert headline_mismatch(head, [a1, a2], sp, body) is not None


def test_a_headline_denial_is_not_the_statement_it_denies():
    text = "Ministry denies report that the border will close\nA columnist wrote that the border will close."
    head_end = text.index("\n")
    head = Span(0, head_end, text[:head_end])
    sp = {"s1": Speaker("s1", "Ministry", "government"), "s2": Speaker("s2", "A columnist", "anonymous")}
    a1 = Attribution("a1", "indirect", Span(0, 8, "Ministry"), Span(9, 15, "denies"),
                     [Span(16, head_end, text[16:head_end])], "s1", stance="denies")
    body = head_end + 1
    c = text.index("that the border", body)
    a2 = Attribution("a2", "indirect", Span(body, body + 11, "A columnist"), Span(body + 12, body + 17, "wrote"),
                     [Span(c, len(text), text[c:])], "s2")
    assert headline_mismatch(head, [a1, a2], sp, body) is None
    a2.stance = "denies"  # a columnist denying it is someone else denying the same thing
    assert headline_mismatch(head, [a1, a2], sp, body) is not None
