import pytest

from sayso.extraction.speakers import SpeakerResolver, read_source, same_entity
from sayso.model import Span


@pytest.mark.parametrize("phrase,name,role,affiliation,kind", [
    ("Top EU diplomat Josep Borrell", "Josep Borrell", "Top diplomat", "EU", "person"),
    ("Bloomberg columnist Andreas Kluth", "Andreas Kluth", "columnist", "Bloomberg", "person"),
    ("Kremlin Spokesman Dmitry Peskov", "Dmitry Peskov", "Spokesman", "Kremlin", "person"),
    ("Foreign Minister Sergey Lavrov", "Sergey Lavrov", "Foreign Minister", None, "person"),
    ("Transport Minister Oskar Lind", "Oskar Lind", "Transport Minister", None, "person"),
    ("The New York Post", "New York Post", None, None, "outlet"),
    ("the Kremlin", "Kremlin", None, None, "government"),
    ("Quill, 54", "Quill", None, None, "person"),
    ("the port authority", "port authority", None, None, "government"),
    ("A source close to the pilots' association", "A source close to the pilots' association", None, None,
     "anonymous"),
    ("The Brennock Ledger", "Brennock Ledger", None, None, "outlet"),
    ("sources", "sources", None, None, "anonymous"),
    ("a senior official", "a senior official", None, None, "anonymous"),
    ("Mr. Trump", "Trump", None, None, "person"),
    ("Kestrel's foreign ministry on Wednesday", "Kestrel's foreign ministry", None, None, "government"),
    # what comes up to a body noun is whom the person speaks for; the rest is the role
    ("Foreign Ministry spokeswoman Vera Holm", "Vera Holm", "spokeswoman", "Foreign Ministry", "person"),
    ("former State Department spokesman Ivo Brandt", "Ivo Brandt", "former spokesman", "State Department", "person"),
    ("White House press secretary Lena Ostrova", "Lena Ostrova", "press secretary", "White House", "person"),
    ("Marrow campaign manager Pia Dunn", "Pia Dunn", "manager", "Marrow campaign", "person"),
    ("Sorel's transition office", "Sorel's transition office", None, None, "government"),
    ("The union's leader, Tomas Fell", "Tomas Fell", "leader", "union", "person"),
    ("Anja Sorel’s chief of staff Dara Wynn", "Dara Wynn", "chief of staff", "Anja Sorel", "person"),
    # a description is named without its article when it refers to nothing earlier
    ("The city government", "city government", None, None, "government"),
    ("the columnist", "columnist", "columnist", None, "person"),
    # US-style titles, constituencies and appositions inside the source span
    ("Rep. Ivo Marsh (R-Lowmarsh)", "Ivo Marsh", "Rep.", None, "person"),
    ("Senate Majority Leader Ivo Marsh, R-Lowm.,", "Ivo Marsh", "Majority Leader", "Senate", "person"),
    # a document's author speaks for it
    ("an analysis by Tove Amsel", "Tove Amsel", None, None, "person"),
    ("a transcript of the hearing published by The Velmora Courier", "Velmora Courier", None, None, "outlet"),
    ("Senate Democrats", "Senate Democrats", None, None, "organization"),
    ("Republicans", "Republicans", None, None, "organization"),
    ("A House panel", "House panel", None, None, "organization"),
    ("Rep. Ilsa Varn of Lowmarsh, the panel's ranking Democrat,", "Ilsa Varn", "Rep.", None, "person"),
    ("Del. Ola Brun of the Outer Isles", "Ola Brun", "Del.", None, "person"),
    ("Sorel, the former secretary of state,", "Sorel", "former secretary of state", None, "person"),
    ("An attorney for Varn, Tove Amsel,", "Tove Amsel", "attorney", "Varn", "person"),
    ("Ines Moll, director of the Velmora Institute", "Ines Moll", "director", "Velmora Institute", "person"),
    ("Ines Moll, interim chairwoman of the Democratic Harbor Committee", "Ines Moll", "interim chairwoman",
     "Democratic Harbor Committee", "person"),
    ("Ivo Marsh, founder and chief of the Velmora Institute", "Ivo Marsh", "founder", None, "person"),
    ("Ivo Marsh, the attorney general of Lowmarsh, one of the towns suing the board", "Ivo Marsh", "attorney general",
     "Lowmarsh", "person"),
    ("Tova King, a prominent Lowmarsh Democrat", "Tova King", None, None, "person"),
    ("Supreme Court Judge Ola Brun", "Ola Brun", "Judge", "Supreme Court", "person"),
    ("A spokeswoman for the Lowmarsh Water Board, Ada Brill", "Ada Brill", "spokeswoman", "Lowmarsh Water Board",
     "person"),
    ("Ada Brill, 61, a retired teacher", "Ada Brill", "retired teacher", None, "person"),
    ("Her challenger in next month's election, Councilman Ivo Marsh", "Ivo Marsh", "Councilman", None, "person"),
    ("Dona Rall, 59, of Ashton, Md.", "Dona Rall", None, None, "person"),
    ("the Velmora Council in 2015", "Velmora Council", None, None, "government"),
    # unnamed people and the body they are of or close to
    ("a Kremlin source", "a Kremlin source", None, "Kremlin", "anonymous"),
    ("a senior White House official", "a senior White House official", "senior official", "White House",
     "anonymous"),
    ("sources close to the Kremlin", "sources close to the Kremlin", None, "Kremlin", "anonymous"),
    ("Lowmarsh aides", "Lowmarsh aides", None, "Lowmarsh", "anonymous"),
    ("Western diplomats", "Western diplomats", None, None, "anonymous"),
    ("The Velmora Observer", "Velmora Observer", None, None, "outlet"),
    ("Ivo Marsh, one of the mayor's closest aides", "Ivo Marsh", None, None, "person"),
    ("State Treasurer Ola Brun", "Ola Brun", "State Treasurer", None, "person"),
    ("Shipping company Tessaline", "Tessaline", None, None, "organization"),
    ("the think tank Velmora Policy Lab", "Velmora Policy Lab", None, None, "organization"),
    # someone known only by a role, and whom the role serves
    ("A columnist for the Velmora Courier", "A columnist for the Velmora Courier", "columnist", "Velmora Courier",
     "anonymous"),
    ("a senior official at the State Department", "a senior official at the State Department", "senior official",
     "State Department", "anonymous"),
    ("an aide to Senator Ilsa Varn", "an aide to Senator Ilsa Varn", "aide", "Senator Ilsa Varn", "anonymous"),
    ("the head of the Lowmarsh Water Board", "the head of the Lowmarsh Water Board", "head", "Lowmarsh Water Board",
     "person"),
    ("a leader of a Lowmarsh-based group", "a leader of a Lowmarsh-based group", "leader", None, "anonymous"),
    ("the minister of defense", "the minister of defense", "minister of defense", None, "person"),
])
def test_read_source(phrase, name, role, affiliation, kind):
    r = read_source(phrase)
    assert (r.name, r.role, r.affiliation, r.kind) == (name, role, affiliation, kind)


def test_apposition_gives_the_role():
    r = read_source("Dmitry Peskov", ", the Kremlin spokesman, said")
    assert (r.name, r.role, r.affiliation) == ("Dmitry Peskov", "spokesman", "Kremlin")


def test_apposition_names_the_body_after_the_role():
    r = read_source("Ines Moll", ", the director of the Velmora Institute for Tidal Research in Orvane, said")
    assert (r.role, r.affiliation) == ("director", "Velmora Institute for Tidal Research")
    r = read_source("Ola Brun", ", the chief of staff to Mayor Petra Quill, said")
    assert (r.role, r.affiliation) == ("chief of staff", "Mayor Petra Quill")


def test_an_age_before_the_apposition():
    r = read_source("Ada Brill", ", 61, a retired teacher, said")
    assert (r.name, r.role) == ("Ada Brill", "retired teacher")


def test_apposition_splits_body_and_role():
    r = read_source("Vera Holm", ", a Foreign Ministry spokeswoman, said")
    assert (r.role, r.affiliation) == ("spokeswoman", "Foreign Ministry")


def test_same_entity():
    assert same_entity("Kestrel's foreign ministry", "Kestrel Foreign Ministry")
    assert same_entity("Peskov", "Dmitry Peskov")
    assert same_entity("The Post", "The New York Post")
    assert not same_entity("Dmitry Peskov", "Dmitry Medvedev")


def resolve_all(text: str, phrases: list[str]) -> list[str]:
    resolver = SpeakerResolver(text)
    out, pos = [], 0
    for p in phrases:
        start = text.index(p, pos)
        pos = start + len(p)
        out.append(resolver.resolve(Span(start, pos, p)).id)
    return out


def test_later_references_resolve_to_the_first_mention():
    text = ("Bloomberg columnist Andreas Kluth wrote that talks may resume. The journalist said more. "
            "The Harbor Times reported the same. Kluth added a line. The newspaper later agreed. He said no.")
    ids = resolve_all(text, ["Bloomberg columnist Andreas Kluth", "The journalist", "The Harbor Times",
                             "Kluth", "The newspaper", "He"])
    assert ids == ["s1", "s1", "s2", "s1", "s2", "s1"]


def test_the_journalist_is_a_columnist_known_only_by_role():
    text = "A columnist for the Velmora Courier wrote that the port may close. The journalist said more."
    assert resolve_all(text, ["A columnist for the Velmora Courier", "The journalist"]) == ["s1", "s1"]


def test_bodies_named_in_lower_case_are_referred_back_to():
    text = ("The Lowmarsh Pilots' Association called a strike. The port authority said it would not pay. "
            "The association denied that talks had failed. The authority said they had.")
    ids = resolve_all(text, ["The Lowmarsh Pilots' Association", "The port authority", "The association",
                             "The authority"])
    assert ids == ["s1", "s2", "s1", "s2"]


def test_ministry_and_another_source():
    text = "The Finance Ministry said no. A source said yes. Another source said maybe. The ministry said no again. The source added more."
    ids = resolve_all(text, ["The Finance Ministry", "A source", "Another source", "The ministry", "The source"])
    assert ids[0] == ids[3]
    assert len({ids[0], ids[1], ids[2]}) == 3
    assert ids[4] == ids[2]  # "the source" continues the last source named


def test_the_government_is_not_one_of_its_ministries():
    text = "The Kestrel government said yes. The Finance Ministry said no. The government later agreed."
    ids = resolve_all(text, ["The Kestrel government", "The Finance Ministry", "The government"])
    assert ids == ["s1", "s2", "s1"]


def test_headline_role_joins_the_body_speaker():
    text = "Minister denies report\n\nTransport Minister Oskar Lind denied it. Analysts said otherwise."
    resolver = SpeakerResolver(text)
    head = resolver.resolve(Span(0, 8, "Minister"))
    body = resolver.resolve(Span(24, 53, "Transport Minister Oskar Lind"))
    others = resolver.resolve(Span(text.index("Analysts"), text.index("Analysts") + 8, "Analysts"))
    before = (head.id, body.id, others.id)
    ids = resolver.merge_headline(Span(0, 22, text[:22]))
    assert [ids[i] for i in before] == ["s1", "s1", "s2"]
    assert [s.name for s in resolver.speakers] == ["Oskar Lind", "Analysts"]
    assert [m.text for m in resolver.speakers[0].mentions] == ["Minister", "Transport Minister Oskar Lind"]


def test_headline_role_may_be_told_by_the_body_in_other_words():
    text = "Strike to end, union leader says\nThe head of the Harborton Dockworkers Union, Mara Vell, said so."
    resolver = SpeakerResolver(text)
    resolver.resolve(Span(15, 27, "union leader"))
    start = text.index("The head")
    resolver.resolve(Span(start, text.index(", said"), text[start:text.index(", said")]))
    resolver.merge_headline(Span(0, 32, text[:32]))
    [vell] = resolver.speakers
    assert (vell.name, vell.role, vell.affiliation) == ("Mara Vell", "head", "Harborton Dockworkers Union")


def test_a_body_named_only_in_what_was_reported():
    text = ("Kestrel's Foreign Ministry has ruled out talks, ministry spokeswoman Vera Holm said. "
            "The ministry dismissed the report.")
    holm = text.index("ministry spokeswoman")
    ministry = text.index("The ministry")
    ids = resolve_all(text, ["ministry spokeswoman Vera Holm", "The ministry"])
    assert ids == ["s1", "s2"]
    resolver = SpeakerResolver(text)
    vera = resolver.resolve(Span(holm, holm + 30, text[holm:holm + 30]))
    body = resolver.resolve(Span(ministry, ministry + 12, "The ministry"))
    assert (vera.role, vera.affiliation) == ("spokeswoman", "Kestrel's Foreign Ministry")
    assert (body.name, body.kind) == ("Kestrel's Foreign Ministry", "government")


def test_citing_after_a_comma_is_no_apposition():
    r = read_source("The Orvane Herald", ", citing an unnamed official, reported")
    assert (r.name, r.role) == ("Orvane Herald", None)


def test_a_surname_takes_the_full_name_written_before():
    text = ("Sorel met her Tarsian counterpart, Ilo Brenn, on Monday. Brenn, for his part, said talks would go on. "
            "Then Marsh said no.")
    resolver = SpeakerResolver(text)
    at = text.index("Brenn, for")
    assert resolver.resolve(Span(at, at + 5, "Brenn")).name == "Ilo Brenn"
    at = text.index("Marsh")
    assert resolver.resolve(Span(at, at + 5, "Marsh")).name == "Marsh"


def test_she_skips_the_last_man_named():
    text = ("Spokeswoman Vera Holm spoke first. Ilo Brenn said he agreed. She added a line. "
            "Mr. Brenn left. Her spokesman Ola Dunn said more.")
    resolver = SpeakerResolver(text)
    ids = [resolver.resolve(Span(text.index(p), text.index(p) + len(p), p)).id
           for p in ("Spokeswoman Vera Holm", "Ilo Brenn", "he", "She", "Mr. Brenn")]
    assert ids == ["s1", "s2", "s2", "s1", "s2"]
    dunn = resolver.resolve(Span(text.index("Her spokesman"), text.index(" said more"), "Her spokesman Ola Dunn"))
    assert dunn.affiliation == "Vera Holm"


def test_a_woman_s_honorific_does_not_join_a_man_of_the_same_name():
    text = "Ivo Quill said he would run. Mrs. Quill said she would not."
    resolver = SpeakerResolver(text)
    ids = [resolver.resolve(Span(text.index(p), text.index(p) + len(p), p)).id for p in ("Ivo Quill", "he", "Mrs. Quill")]
    assert ids == ["s1", "s1", "s2"] and resolver.speakers[1].name == "Quill"


def test_a_list_does_not_rename_the_person_in_it():
    text = "Mr. Quill spoke. Brill and Mr. Quill left."
    resolver = SpeakerResolver(text)
    for p in ("Mr. Quill", "Brill and Mr. Quill"):
        resolver.resolve(Span(text.index(p), text.index(p) + len(p), p))
    assert [s.name for s in resolver.speakers] == ["Quill"]


def test_relative_clause_is_not_part_of_the_name():
    r = read_source("An inspector familiar with the plants, who asked not to be named,")
    assert r.name == "An inspector familiar with the plants" and r.kind == "anonymous"


def test_affiliation_points_to_a_body_named_before():
    text = ("Kestrel's foreign ministry denied it. The Orvane Herald stood by its story. "
            "Ministry spokesman Teodor Vale said no. Herald editor Mina Castel said yes. "
            "Party chairman Ola Brun said nothing. Kremlin spokesman Dmitry Peskov declined to comment.")
    resolver = SpeakerResolver(text)
    for phrase in ("Kestrel's foreign ministry", "The Orvane Herald", "Ministry spokesman Teodor Vale",
                   "Herald editor Mina Castel", "Party chairman Ola Brun", "Kremlin spokesman Dmitry Peskov"):
        start = text.index(phrase)
        resolver.resolve(Span(start, start + len(phrase), phrase))
    people = {s.name: (s.role, s.affiliation) for s in resolver.speakers if s.kind == "person"}
    assert people["Teodor Vale"] == ("spokesman", "Kestrel's foreign ministry")
    assert people["Mina Castel"] == ("editor", "Orvane Herald")
    assert people["Ola Brun"] == ("Party chairman", None)  # no party named before: the word stays in the role
    assert people["Dmitry Peskov"] == ("spokesman", "Kremlin")  # a named body stays one


def test_a_possessive_pronoun_before_a_role_names_whom_the_role_serves():
    text = ("The Lowmarsh Water Board delayed the tests. Its chairwoman Rina Holt said staff were short. "
            "Transport Minister Oskar Lind said nothing was hidden. His spokesman said the same.")
    resolver = SpeakerResolver(text)
    for phrase in ("The Lowmarsh Water Board", "Its chairwoman Rina Holt", "Transport Minister Oskar Lind",
                   "His spokesman"):
        start = text.index(phrase)
        resolver.resolve(Span(start, start + len(phrase), phrase))
    people = {s.name: (s.role, s.affiliation) for s in resolver.speakers if s.kind == "person"}
    assert people["Rina Holt"] == ("chairwoman", "Lowmarsh Water Board")
    assert people["His spokesman"] == ("spokesman", "Oskar Lind")


def test_a_possessive_pronoun_with_nothing_to_point_to_adds_no_affiliation():
    r = SpeakerResolver("Its chairwoman Rina Holt said no.").resolve(Span(0, 24, "Its chairwoman Rina Holt"))
    assert (r.name, r.role, r.affiliation) == ("Rina Holt", "chairwoman", None)


def test_words_before_a_name_that_end_in_a_preposition_are_no_role():
    assert read_source("The move against Varn").role is None


def test_a_panel_named_before_is_the_chairman_s_affiliation():
    text = "A harbor panel voted on Thursday. Panel chairman Ivo Marsh said the vote was fair. The panel said more."
    ids = resolve_all(text, ["A harbor panel", "Panel chairman Ivo Marsh", "The panel"])
    assert ids == ["s1", "s2", "s1"]


def test_a_list_of_names_is_not_read_as_a_name_and_its_apposition():
    assert "Ada Brill" in read_source("Ivo Marsh, Tove Amsel and Ada Brill").name


def test_a_comma_before_another_speaker_or_an_example_is_no_apposition():
    # the person named after the comma is the speaker, not a role of what comes before it
    assert read_source("Quill's running mate, harbor Commissioner Ola Brun").name == "Ola Brun"
    assert read_source("The Velmora Courier, board spokesman Ivo Marsh").name == "Ivo Marsh"
    assert read_source("some Democrats, including Senator Ola Brun of Lowmarsh").name == "Ola Brun"


def test_a_speaker_named_after_the_source_is_not_its_apposition():
    r = read_source("The Velmora Courier", ", board spokesman Ivo Marsh said on Friday that the bridge was safe")
    assert (r.role, r.affiliation) == (None, None)
    r = read_source("Ines Moll", ", director of the Velmora Institute, said")
    assert (r.role, r.affiliation) == ("director", "Velmora Institute")
    r = read_source("Ines Moll", ", the harbor board's chairwoman. She left early.")  # the sentence ends it
    assert (r.role, r.affiliation) == ("chairwoman", "harbor board")
    r = read_source("Sorel's transition office", ", the president-elect will spend January at home.")
    assert (r.role, r.affiliation) == (None, None)  # a clause, not an apposition
    r = read_source("Ines Moll", ", on her first day in the job after the departure of the commissioner.")
    assert (r.role, r.affiliation) == (None, None)
    r = read_source("Ines Moll", ", called him a master at bolting deals together.")
    assert (r.role, r.affiliation) == (None, None)


def test_the_house_is_not_the_white_house():
    text = "The White House declined to comment. House Speaker Ivo Marsh said the bill would pass."
    resolver = SpeakerResolver(text)
    resolver.resolve(Span(0, 15, "The White House"))
    start = text.index("House Speaker")
    marsh = resolver.resolve(Span(start, start + 23, "House Speaker Ivo Marsh"))
    assert (marsh.name, marsh.role, marsh.affiliation) == ("Ivo Marsh", "Speaker", "House")


def test_by_names_an_author_only_after_a_document():
    assert read_source("the harbor districts won by Republicans").name == "harbor districts won by Republicans"
