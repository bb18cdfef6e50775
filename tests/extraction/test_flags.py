from sayso.extraction.flags import headline_mismatch, role_conflicts
from sayso.model import Attribution, Span, Speaker


def test_president_elect_versus_president():
    text = "President-elect Anja Sorel met envoys. Later, President Sorel spoke."
    [flag] = role_conflicts(text, [Speaker("s1", "Anja Sorel", "person")])
    assert flag.kind == "role_conflict" and flag.speaker_id == "s1"
    assert [s.text for s in flag.spans] == ["President-elect Anja Sorel", "President Sorel"]


def test_compatible_titles_and_former_are_not_flagged():
    text = "Foreign Minister Teo Vale spoke. Minister Vale left. Former President Ada Roe and President Ada Roe."
    assert role_conflicts(text, []) == []


def test_headline_credits_someone_else():
    text = "Mayor says bridge will reopen\nA columnist wrote that the bridge will reopen soon."
    head = Span(0, 29, text[:29])
    sp = {"s1": Speaker("s1", "Mayor", "person"), "s2": Speaker("s2", "A columnist", "person")}
    a1 = Attribution("a1", "indirect", Span(0, 5, "Mayor"), Span(6, 10, "says"), [Span(11, 29, text[11:29])], "s1")
    c = text.index("that")
    a2 = Attribution("a2", "indirect", Span(30, 41, "A columnist"), Span(42, 47, "wrote"), [Span(c, len(text), text[c:])], "s2")
    flag = headline_mismatch(head, [a1, a2], sp, 30)
    assert flag is not None and "Mayor" in flag.message and "A columnist" in flag.message
    a2.speaker_id = "s1"
    assert headline_mismatch(head, [a1, a2], sp, 30) is None
