import pytest

from sayso.extraction.speakers import SpeakerResolver, name_gender, same_entity
from sayso.model import Span


def test_same_entity():
    assert same_entity("Kestrel's foreign ministry", "Kestrel Foreign Ministry")
    assert same_entity("Peskov", "Dmitry Peskov")
    assert same_entity("The Post", "The New York Post")
    assert not same_entity("Dmitry Peskov", "Dmitry Medvedev")


def resolved(text: str, phrases: list[str], resolver: SpeakerResolver | None = None) -> tuple[SpeakerResolver, list]:
    """A resolver that has read each phrase in turn (each found after the one before), and each one's speaker."""
    resolver = resolver or SpeakerResolver(text)
    out, pos = [], 0
    for p in phrases:
        start = text.index(p, pos)
        pos = start + len(p)
        out.append(resolver.resolve(Span(start, pos, p)))
    return resolver, out


def resolve_all(text: str, phrases: list[str]) -> list[str]:
    return [sp.id for sp in resolved(text, phrases)[1]]


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


def test_the_company_a_kind_of_company_introduced():
    text = "Shares in shipping group Tessaline fell after the company said its chief would quit. Tessaline said more."
    resolver = SpeakerResolver(text)
    ids = resolve_all(text, ["the company", "Tessaline"])
    assert ids == ["s1", "s1"]
    first = resolver.resolve(Span(text.index("the company"), text.index("the company") + 11, "the company"))
    assert (first.name, first.kind) == ("Tessaline", "organization")


def test_what_was_said_after_the_source_is_no_apposition():
    text = "According to court filings, the board's chairman, Tomas Fell, approved the rise."
    span = Span(13, 26, "court filings")
    assert SpeakerResolver(text).resolve(span).role is not None  # read as if an apposition
    filings = SpeakerResolver(text).resolve(span, content_follows=True)
    assert (filings.name, filings.role, filings.affiliation) == ("court filings", None, None)


def test_an_unnamed_person_named_later_is_one_speaker():
    text = ("A state judge blocked the rise. Judge Ola Brun wrote that the notice was inadequate. "
            "A spokesman for the board said it would appeal. Kremlin spokesman Ivo Marsh said nothing.")
    ids = resolve_all(text, ["A state judge", "Judge Ola Brun", "A spokesman for the board", "Kremlin spokesman Ivo Marsh"])
    assert ids == ["s1", "s1", "s2", "s3"]  # a spokesman of the board is not the Kremlin's


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


def test_headline_office_joins_the_body_speaker_named_for_it():
    text = "Prime Minister rejects claims\n\nPrime Minister-designate Olav Rusk dismissed them."
    resolver, (head, body) = resolved(text, ["Prime Minister", "Prime Minister-designate Olav Rusk"])
    resolver.merge_headline(Span(0, 29, text[:29]))
    [rusk] = resolver.speakers
    assert (rusk.name, rusk.role) == ("Olav Rusk", "Prime Minister-designate")
    assert [m.text for m in rusk.mentions] == ["Prime Minister", "Prime Minister-designate Olav Rusk"]


def test_headline_office_joins_its_abbreviation():
    text = "Senator calls for inquiry\n\nSen. Ada Brill, D-Maine, called for an inquiry."
    resolver, _ = resolved(text, ["Senator", "Sen. Ada Brill, D-Maine"])
    resolver.merge_headline(Span(0, 25, text[:25]))
    [brill] = resolver.speakers
    assert (brill.name, brill.role) == ("Ada Brill", "Sen.")


def test_headline_office_is_the_office_not_a_modifier():
    text = ("Bank chief: rate cut not on the table\n\nCentral bank governor Ruth Calder said so. "
            "Nils Orban, chief economist at Harrow Capital, disagreed.")
    resolver, (head, calder, orban) = resolved(text, ["Bank chief", "Central bank governor Ruth Calder", "Nils Orban"])
    resolver.merge_headline(Span(0, 37, text[:37]))
    assert [m.text for m in resolver.speakers[0].mentions] == ["Bank chief", "Central bank governor Ruth Calder"]
    assert [m.text for m in resolver.speakers[1].mentions] == ["Nils Orban"]


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
    resolver, _ = resolved(text, ["Mr. Quill", "Brill and Mr. Quill"])
    assert [s.name for s in resolver.speakers] == ["Quill"]


def test_affiliation_points_to_a_body_named_before():
    text = ("Kestrel's foreign ministry denied it. The Orvane Herald stood by its story. "
            "Ministry spokesman Teodor Vale said no. Herald editor Mina Castel said yes. "
            "Party chairman Ola Brun said nothing. Kremlin spokesman Dmitry Peskov declined to comment.")
    resolver, _ = resolved(text, ["Kestrel's foreign ministry", "The Orvane Herald", "Ministry spokesman Teodor Vale",
                                  "Herald editor Mina Castel", "Party chairman Ola Brun", "Kremlin spokesman Dmitry Peskov"])
    people = {s.name: (s.role, s.affiliation) for s in resolver.speakers if s.kind == "person"}
    assert people["Teodor Vale"] == ("spokesman", "Kestrel's foreign ministry")
    assert people["Mina Castel"] == ("editor", "Orvane Herald")
    assert people["Ola Brun"] == ("Party chairman", None)  # no party named before: the word stays in the role
    assert people["Dmitry Peskov"] == ("spokesman", "Kremlin")  # a named body stays one


def test_a_possessive_pronoun_before_a_role_names_whom_the_role_serves():
    text = ("The Lowmarsh Water Board delayed the tests. Its chairwoman Rina Holt said staff were short. "
            "Transport Minister Oskar Lind said nothing was hidden. His spokesman said the same.")
    resolver, _ = resolved(text, ["The Lowmarsh Water Board", "Its chairwoman Rina Holt", "Transport Minister Oskar Lind",
                                  "His spokesman"])
    people = {s.name: (s.role, s.affiliation) for s in resolver.speakers if s.kind == "person"}
    assert people["Rina Holt"] == ("chairwoman", "Lowmarsh Water Board")
    assert people["His spokesman"] == ("spokesman", "Oskar Lind")


def test_a_possessive_pronoun_with_nothing_to_point_to_adds_no_affiliation():
    r = SpeakerResolver("Its chairwoman Rina Holt said no.").resolve(Span(0, 24, "Its chairwoman Rina Holt"))
    assert (r.name, r.role, r.affiliation) == ("Rina Holt", "chairwoman", None)


@pytest.mark.parametrize("text,phrases", [
    # a panel named before is the chairman's affiliation, and "the panel" points back to it
    ("A harbor panel voted on Thursday. Panel chairman Ivo Marsh said the vote was fair. The panel said more.",
     ["A harbor panel", "Panel chairman Ivo Marsh", "The panel"]),
    # "the government" is not one of its ministries
    ("The Kestrel government said yes. The Finance Ministry said no. The government later agreed.",
     ["The Kestrel government", "The Finance Ministry", "The government"]),
])
def test_a_description_points_back_past_another_speaker(text, phrases):
    assert resolve_all(text, phrases) == ["s1", "s2", "s1"]


def test_the_house_is_not_the_white_house():
    text = "The White House declined to comment. House Speaker Ivo Marsh said the bill would pass."
    resolver = SpeakerResolver(text)
    resolver.resolve(Span(0, 15, "The White House"))
    start = text.index("House Speaker")
    marsh = resolver.resolve(Span(start, start + 23, "House Speaker Ivo Marsh"))
    assert (marsh.name, marsh.role, marsh.affiliation) == ("Ivo Marsh", "Speaker", "House")


def test_one_of_them_is_one_of_the_group_named_before():
    text = ("The Courier reported it, citing two people familiar with the matter. The mayor denied it. "
            "The Courier quoted one of them as saying more.")
    sp = resolved(text, ["two people familiar with the matter", "The mayor", "one of them"])[1][-1]
    assert (sp.name, sp.kind) == ("one of two people familiar with the matter", "anonymous")
    alone = SpeakerResolver("One of them said more.").resolve(Span(0, 11, "One of them"))
    assert (alone.name, alone.kind) == ("One of them", "anonymous")


@pytest.mark.parametrize("text, phrases, name", [
    ("Strand's comments were echoed by President-elect Mara Tolv, who said more. Tolv left.",
     ["who", "Tolv"], "Mara Tolv"),
    ("Harbor Master Ada Brill spoke. The plan was praised by Harbor Master Ada Brill, who said more.",
     ["Harbor Master Ada Brill", "who"], "Ada Brill"),
    ("The Velmore Courier, which reported it first, said more.", ["which"], "Velmore Courier"),
    ("A reason was the rise of Ada Brill, who said more.", ["who"], "Ada Brill"),
    ("The ferry captain who said no", ["who"], "ferry captain"),
    # no name before the comma: the source just read, a description
    ("The claim was disputed by the line's own accountant, who said more.", ["the line's own accountant", "who"],
     "line's accountant"),
])
def test_a_relative_pronoun_is_the_name_before_its_comma(text, phrases, name):
    [speaker] = resolved(text, phrases)[0].speakers
    assert speaker.name == name and [m.text for m in speaker.mentions] == phrases


def test_a_relative_pronoun_after_a_place_is_not_the_place():
    text = "The plan may calm nervous members on Capitol Hill, who said more."
    start = text.index("who")
    sp = SpeakerResolver(text).resolve(Span(start, start + 3, "who"))
    assert sp.name == "who"


def test_a_bare_outlet_name_takes_the_full_name_written_before():
    text = "Hollis told the Brennholm Post that it was wrong. The Post said more."
    start = text.index("The Post")
    sp = SpeakerResolver(text).resolve(Span(start, start + 8, "The Post"))
    assert (sp.name, sp.kind) == ("Brennholm Post", "outlet")


def test_a_first_name_tells_whom_a_pronoun_can_be():
    text = "Greta Hollis warned of a hole. Jonas Aalto disagreed. She said more. He said more."
    ids = resolve_all(text, ["Greta Hollis", "Jonas Aalto", "She", "He"])
    assert ids == ["s1", "s2", "s1", "s2"]


@pytest.mark.parametrize("name, gender", [("Greta Hollis", "f"), ("Donald Aalto", "m"), ("Hollis", None),
                                          ("My father", None), ("Keith Scott's wife", None)])
def test_name_gender(name, gender):
    assert name_gender(name) == gender


def test_the_source_is_the_source_named_before_with_its_body():
    text = "A source in the Kestrel government said so. Vell disagreed. The source added more."
    assert resolve_all(text, ["A source in the Kestrel government", "Vell", "The source"]) == ["s1", "s2", "s1"]


def test_a_pronoun_is_the_speaker_mentioned_last_not_the_one_named_last():
    text = "Ada Brill said no. Per Lund said yes. Brill says she would do it again. She said more."
    ids = resolve_all(text, ["Ada Brill", "Per Lund", "Brill", "She"])
    assert ids == ["s1", "s2", "s1", "s1"]


def test_a_pronoun_no_speaker_fits_goes_to_a_name_written_before():
    text = "For twenty years, Hanna Sorel has steered the ferry. “It has moods,” she said. Ivo Marsh agreed."
    resolver = SpeakerResolver(text)
    start = text.index("she")
    sp = resolver.resolve(Span(start, start + 3, "she"))
    assert (sp.name, sp.kind, [m.text for m in sp.mentions]) == ("Hanna Sorel", "person", ["she"])
    assert SpeakerResolver("In Tulsa, “it is over,” she said.").resolve(Span(23, 26, "she")).name == "she"


def test_the_ministers_office_serves_the_minister_named_before():
    text = "Transport Minister Oskar Lind said no. The minister's office later confirmed it. The mayor's office did not."
    resolver, _ = resolved(text, ["Transport Minister Oskar Lind", "The minister's office", "The mayor's office"])
    assert [(s.name, s.affiliation) for s in resolver.speakers] == [
        ("Oskar Lind", None), ("minister's office", "Oskar Lind"), ("mayor's office", None)]


def test_a_bare_role_takes_the_fuller_description_that_refers_to_it():
    text = "Minister says port stays\nThe port stays, the transport minister has said."
    resolver, (_, sp) = resolved(text, ["Minister", "the transport minister"])
    assert len(resolver.speakers) == 1 and (sp.name, sp.role) == ("transport minister", "transport minister")


def test_a_pronoun_goes_to_the_body_name_not_to_the_headline_description():
    text = ("Retired general says army is tired\nRetired Air Force Gen. Norman Ham is speaking out about why he "
            "believes the army is tired.")
    resolver = SpeakerResolver(text, headline_end=text.index("\n"))
    resolver.resolve(Span(0, 15, "Retired general"))
    start = text.index(" he ") + 1
    assert resolver.resolve(Span(start, start + 2, "he")).name == "Norman Ham"


def test_a_pronoun_prefers_an_unnamed_body_speaker_to_the_headline_description():
    text = ("Senator says dam inspection was rushed\nSenator Mara Quist said the inspection was rushed. She added "
            "more. A senior engineer at the dam warned colleagues. The engineer told the Courier, which quoted him.")
    resolver = SpeakerResolver(text, headline_end=text.index("\n"))
    _, (headline, quist, she, engineer, the_engineer, him) = resolved(
        text, ["Senator", "Senator Mara Quist", "She", "A senior engineer at the dam", "The engineer", "him"], resolver)
    assert quist is she and engineer is the_engineer
    assert him is engineer  # not the headline's "Senator", whose gender nothing told
    resolver.merge_headline(Span(0, len("Senator says dam inspection was rushed"), ""))
    assert [m.text for m in quist.mentions][:2] == ["Senator", "Senator Mara Quist"]
    assert headline not in resolver.speakers


def test_a_list_of_names_is_a_group_of_its_members():
    text = "Mayor Ivo Quill spoke first. Quill and Mara Vell both said they were ready. Britain and France agreed."
    resolver, _ = resolved(text, ["Mayor Ivo Quill", "Quill and Mara Vell", "Britain and France"])
    by_name = {sp.name: sp for sp in resolver.speakers}
    assert by_name["Quill and Mara Vell"].members == [by_name["Ivo Quill"].id, by_name["Mara Vell"].id]
    assert [m.text for m in by_name["Ivo Quill"].mentions] == ["Mayor Ivo Quill", "Quill"]
    assert by_name["Britain and France"].kind == "government" and by_name["France"].kind == "government"
    text = "The polls in Pennsylvania and Virginia said so."
    span = Span(0, 38, "The polls in Pennsylvania and Virginia")
    assert SpeakerResolver(text).resolve(span).members == []


@pytest.mark.parametrize("text, owner, owned, expected", [
    # "Its editor" serves the body before
    ("The Harbor Gazette said it stood by its story. Its editor, Nora Lind, said more.", "The Harbor Gazette",
     "Its editor, Nora Lind", ("Nora Lind", "editor", "Harbor Gazette")),
    # "His ministry" is the ministry of the man just named
    ("Finance Minister Otto Brask has argued that the subsidy costs too much. His ministry declined to comment.",
     "Finance Minister Otto Brask", "His ministry", ("Otto Brask's ministry", None, "Otto Brask")),
])
def test_a_possessive_pronoun_points_to_whom_it_serves(text, owner, owned, expected):
    _, (_, speaker) = resolved(text, [owner, owned])
    assert (speaker.name, speaker.role, speaker.affiliation) == expected


def test_a_description_does_not_point_back_to_the_dateline_agency():
    text = "Brennan Wire. The minister was quoted by the state broadcaster as saying no. The agency said more."
    resolver = SpeakerResolver(text)
    agency = resolver.resolve_agency(Span(0, 12, "Brennan Wire"))
    _, (broadcaster, again) = resolved(text, ["the state broadcaster", "The agency"], resolver)
    assert broadcaster.id != agency.id and broadcaster.kind == "outlet"
    assert again.id == agency.id  # the wire, not the broadcaster spoken of last


def test_the_audit_continues_an_audit_but_a_named_poll_is_new():
    text = ("An audit found that lists were falsified. According to the audit, 3,000 patients waited. "
            "A new poll shows a tight race. The Tarn/Ipsos poll showed the same.")
    ids = resolve_all(text, ["An audit", "the audit", "A new poll", "The Tarn/Ipsos poll"])
    assert ids[0] == ids[1]
    assert ids[2] != ids[3]


def test_the_newspaper_s_editor_works_for_the_newspaper_named_before():
    text = "The Vestran Daily had reported the delay. The newspaper's editor, Ruth Calder, said the paper was right."
    _, (paper, editor) = resolved(text, ["The Vestran Daily", "The newspaper's editor, Ruth Calder"])
    assert (editor.name, editor.role, editor.affiliation) == ("Ruth Calder", "editor", paper.name)


def test_a_body_noun_before_a_role_is_the_body_named_before():
    text = ("The head of Dunmere General Hospital resigned. The hospital at the time called the report wrong. "
            "Hospital spokeswoman Lida Ferr said more.")
    _, (hospital, spokeswoman) = resolved(text, ["The hospital at the time", "Hospital spokeswoman Lida Ferr"])
    assert hospital.name == "Dunmere General Hospital" and hospital.kind == "organization"
    assert (spokeswoman.role, spokeswoman.affiliation) == ("spokeswoman", "Dunmere General Hospital")


def test_i_is_the_writer_named_by_the_byline():
    text = ("The harbor deal deserves daylight\n\nBy Mara Linde, Velmora Courier columnist\n\nI believe the council "
            "acted in good faith. Councilman Ivo Marsh said he agreed. I also believe voters deserve the numbers.")
    resolver = SpeakerResolver(text, headline_end=text.index("\n"))
    _, (first, marsh, he, second) = resolved(text, ["I", "Councilman Ivo Marsh", "he", "I"], resolver)
    assert first is second and (first.name, first.role, first.affiliation, first.kind) == (
        "Mara Linde", "columnist", "Velmora Courier", "person")
    assert he is marsh  # the writer is nobody's "he"
    column = ("The harbor deal deserves a vote\n\nBy Mara Linde\n\nI think voters should decide.\n\nMara Linde is a "
              "columnist for the Velmora Courier.")
    _, (me,) = resolved(column, ["I"], SpeakerResolver(column, headline_end=column.index("\n")))
    assert (me.name, me.role, me.affiliation) == ("Mara Linde", "columnist", "Velmora Courier")  # the closing tagline
    unsigned = "No byline here\n\nI think so. I said it twice."
    _, (a, b) = resolved(unsigned, ["I", "I"], SpeakerResolver(unsigned, headline_end=14))
    assert a is b and (a.name, a.kind) == ("I", "person")


def test_a_headline_description_joins_the_body_company_it_describes():
    text = ("Airline denies safety lapses\n\nSkyvale Airlines on Wednesday denied the claims. \"We never cut corners,\""
            " the airline said.")
    resolver, (head, body, later) = resolved(text, ["Airline", "Skyvale Airlines", "the airline"],
                                             SpeakerResolver(text, headline_end=text.index("\n")))
    assert body is later and body.kind == "organization"
    resolver.merge_headline(Span(0, text.index("\n"), text[:text.index("\n")]))
    [skyvale] = resolver.speakers
    assert [m.text for m in skyvale.mentions] == ["Airline", "Skyvale Airlines", "the airline"]
    text = ("Drone maker denies report\n\nKelvar Dynamics rejected the report. Velmora Bank said nothing.")
    resolver, _ = resolved(text, ["Drone maker", "Kelvar Dynamics", "Velmora Bank"],
                           SpeakerResolver(text, headline_end=text.index("\n")))
    resolver.merge_headline(Span(0, text.index("\n"), text[:text.index("\n")]))
    assert [[m.text for m in s.mentions] for s in resolver.speakers] == [
        ["Drone maker", "Kelvar Dynamics"], ["Velmora Bank"]]


def test_a_surname_takes_the_title_written_with_the_full_name_before():
    text = ("Minister quits; PM says she was not told\n\nDefence Minister Piet Varga resigned on Thursday, a day after "
            "the news site Ledgerline published recordings. In a letter to Prime Minister Hanne Solberg, Varga wrote "
            "that he had done nothing unlawful. Solberg told parliament she had not known. Ledgerline said the "
            "recordings were real. Vice President Ola J. Brun agreed. Brun said so.")
    resolver = SpeakerResolver(text, headline_end=text.index("\n"))

    def at(words, phrase):  # the phrase where `words` stand in the text
        start = text.index(words) + words.index(phrase)
        return resolver.resolve(Span(start, start + len(phrase), phrase))

    minister, pm = at("Minister quits", "Minister"), at("PM says", "PM")
    varga, solberg = at("Varga wrote", "Varga"), at("Solberg told", "Solberg")
    site, brun = at("Ledgerline said", "Ledgerline"), at("Brun said", "Brun")
    assert (varga.name, varga.role) == ("Piet Varga", "Defence Minister")
    assert (solberg.name, solberg.role) == ("Hanne Solberg", "Prime Minister")
    assert (site.name, site.kind) == ("Ledgerline", "outlet")  # introduced as "the news site Ledgerline"
    assert (brun.name, brun.role) == ("Ola J. Brun", None)  # "Vice": before the three words the title is read from
    assert minister is not pm  # "Minister" and "Prime Minister" are two offices
    resolver.merge_headline(Span(0, text.index("\n"), text[:text.index("\n")]))
    assert [m.text for m in varga.mentions] == ["Minister", "Varga"]
    assert [m.text for m in solberg.mentions] == ["PM", "Solberg"]


def test_a_role_alone_is_the_person_named_with_that_title_before():
    text = ("The Star removed an article that claimed Finance Minister Otto Brask had bought a villa. "
            "“I never owned a villa,” the minister told the agency. Brask's lawyer, Helga Dunn, said more.")
    _, (minister, lawyer) = resolved(text, ["the minister", "Brask's lawyer, Helga Dunn"])
    assert (minister.name, minister.role) == ("Otto Brask", "Finance Minister")
    assert (lawyer.name, lawyer.role, lawyer.affiliation) == ("Helga Dunn", "lawyer", "Otto Brask")


def test_a_party_label_is_no_part_of_the_name():
    text = "Democrat Hillary Clinton said so. Clinton said more."
    _, (first, later) = resolved(text, ["Democrat Hillary Clinton", "Clinton"])
    assert first is later and (first.name, first.role) == ("Hillary Clinton", "Democrat")


def test_a_journalist_named_later_is_the_columnist_introduced_before():
    text = ("A columnist for the Kestrel Courier wrote on Wednesday that a ceasefire may hold. "
            "“Both sides are exhausted,” the journalist, Ansel Ruud, wrote.")
    _, (columnist, named) = resolved(text, ["A columnist for the Kestrel Courier", "the journalist, Ansel Ruud"])
    assert columnist is named
    assert (named.name, named.role, named.affiliation, named.kind) == ("Ansel Ruud", "columnist", "Kestrel Courier", "person")


def test_the_official_is_the_unnamed_official_before():
    text = "Z, a senior union official alleged on Monday. “Someone wanted it closed,” said the official."
    _, (first, later) = resolved(text, ["a senior union official", "the official"])
    assert first is later and first.kind == "anonymous"


def test_a_demonym_the_country_list_lacks_names_the_country_the_text_names():
    text = "Oskrian President Ilo Brenn said so. Relations with Oskria are tense. Velmoran officials said more."
    _, (brenn, officials) = resolved(text, ["Oskrian President Ilo Brenn", "Velmoran officials"])
    assert (brenn.role, brenn.affiliation) == ("President", "Oskria")
    assert officials.affiliation == "Velmoran"  # no Velmora in the text: left as written


def test_a_headline_kremlin_keeps_its_capital():
    _, (kremlin,) = resolved("Kremlin denies plan\n\nThe Kremlin said no.", ["Kremlin"])
    assert (kremlin.name, kremlin.kind) == ("Kremlin", "government")


def test_another_is_another_of_the_group():
    text = ("The operator is in talks, according to three people familiar with the negotiations. One of them said "
            "more. Another said the price was high.")
    _, (group, one, another) = resolved(text, ["three people familiar with the negotiations", "One of them", "Another"])
    assert (one.name, another.name) == ("One of three people familiar with the negotiations",
                                        "another of three people familiar with the negotiations")
    assert another.kind == "anonymous" and len({group.id, one.id, another.id}) == 3


def test_a_one_word_name_before_what_it_is_is_that_kind():
    text = "The Tessaline port operator is in talks. Tessaline declined to comment."
    start = text.rindex("Tessaline")
    company = SpeakerResolver(text).resolve(Span(start, start + 9, "Tessaline"))
    assert (company.name, company.kind) == ("Tessaline", "organization")


def test_she_after_a_role_of_her_gender_is_that_person_not_an_earlier_speaker_of_no_known_gender():
    text = ("The mayor insists the deal will save money. When I asked the mayor's spokeswoman about the memo, "
            "she said it was a draft.")
    _, (mayor, she) = resolved(text, ["The mayor", "she"])
    assert she is not mayor and she.role == "spokeswoman"
    text = "The mayor insists the deal will save money. She said it was a draft."
    _, (mayor, she) = resolved(text, ["The mayor", "She"])
    assert she is mayor  # no one else of her gender was named


def test_a_lower_case_body_before_an_unnamed_role_is_the_body_named_before():
    text = "The environment ministry said it was monitoring. A ministry official said inspectors would visit."
    _, (ministry, official) = resolved(text, ["The environment ministry", "A ministry official"])
    assert (official.kind, official.role, official.affiliation) == ("anonymous", "official", ministry.name)


def test_a_name_of_several_words_introduced_as_a_company_is_one():
    text = "The authority fined the ferry operator Baltic Link on Friday. Baltic Link said it would appeal."
    start = text.rindex("Baltic Link")
    company = SpeakerResolver(text).resolve(Span(start, start + 11, "Baltic Link"))
    assert (company.name, company.kind) == ("Baltic Link", "organization")


def test_a_name_is_not_the_unnamed_speaker_who_speaks_for_it():
    text = ("Democrat Hillary Clinton spoke in Ohio. A spokeswoman for Hillary Clinton says the ad is false. "
            "Clinton is stressing jobs.")
    _, (clinton, spokeswoman, later) = resolved(text, ["Democrat Hillary Clinton", "A spokeswoman for Hillary Clinton",
                                                        "Clinton"])
    assert later is clinton and spokeswoman is not clinton


def test_which_after_a_described_body_is_that_body():
    text = "The report was not denied by the central bank, which said only that it does not comment."
    _, (bank,) = resolved(text, ["which"])
    assert (bank.name, bank.kind) == ("central bank", "organization")
    _, (nobody,) = resolved("It rained in the morning, which said nothing.", ["which"])
    assert nobody.name == "which"  # no body or role before the comma


def test_a_named_spokeswoman_speaks_for_the_body_that_spoke_just_before():
    text = "The port authority says it has made a final offer. A spokeswoman, Hedda Lie, says ships are diverted."
    _, (authority, lie) = resolved(text, ["The port authority", "A spokeswoman, Hedda Lie"])
    assert (lie.name, lie.role, lie.affiliation) == ("Hedda Lie", "spokeswoman", authority.name)
    far = "The port authority says so." + " The weather was calm." * 30 + " A spokeswoman, Hedda Lie, says more."
    _, (_, lie) = resolved(far, ["The port authority", "A spokeswoman, Hedda Lie"])
    assert lie.affiliation is None  # too far back to tell


def test_a_company_officer_with_no_body_named_works_for_the_company_that_spoke():
    text = ("Kelvar Dynamics rejected the report. The Tarnova Ledger said it stood by it. The ministry said nothing. "
            "\"We never sold a part,\" chief executive Hanna Lorck told reporters.")
    _, (kelvar, _, _, lorck) = resolved(text, ["Kelvar Dynamics", "The Tarnova Ledger", "The ministry",
                                                "chief executive Hanna Lorck"])
    assert (lorck.role, lorck.affiliation) == ("chief executive", "Kelvar Dynamics")  # not the paper or the ministry
    text = "Kelvar Dynamics rejected it. Ada Brill, founder and CEO of Veterans of Orvel, said so."
    _, (_, brill) = resolved(text, ["Kelvar Dynamics", "Ada Brill, founder and CEO of Veterans of Orvel"])
    assert brill.affiliation != "Kelvar Dynamics"  # her phrase names her body


def test_family_words_are_roles_of_the_person_they_are_family_to():
    text = "President-elect Mara Tolv vowed to cut taxes. Her husband, Erik Tolv, a businessman, told reporters more."
    _, (mara, erik) = resolved(text, ["President-elect Mara Tolv", "Her husband, Erik Tolv, a businessman"])
    assert (erik.name, erik.role, erik.affiliation) == ("Erik Tolv", "husband", "Mara Tolv") and erik is not mara
    text = "President Barack Obama spoke, and then a Gold Star mother asked a question. “I lost my son,” she said."
    _, (obama, mother, she) = resolved(text, ["President Barack Obama", "a Gold Star mother", "she"])
    assert she is mother and she is not obama  # "mother" tells her gender


def test_a_headline_description_never_joins_the_datelines_agency():
    text = ("Study links dredging to decline, agency disputes findings\n\nLOWMARSH (Kestrel News Agency) — The Lowmarsh "
            "Port Authority said the study was wrong.")
    resolver = SpeakerResolver(text, headline_end=text.index("\n"))
    start = text.index("Kestrel News Agency")
    wire = resolver.resolve_agency(Span(start, start + 19, "Kestrel News Agency"))
    _, (head, authority) = resolved(text, ["agency", "The Lowmarsh Port Authority"], resolver)
    resolver.merge_headline(Span(0, text.index("\n"), text[:text.index("\n")]))
    assert len(resolver.speakers) == 3 and [m.text for m in wire.mentions] == ["Kestrel News Agency"]


@pytest.mark.parametrize("text, head, body", [
    # "Ex-" is former: the headline's ex-adviser is the former adviser named in the lede
    ("Ex-adviser says leader knew of plan\n\nA former national security adviser, Ruth Amsel, said the president "
     "knew.", "Ex-adviser", "A former national security adviser, Ruth Amsel"),
    # a headline's unnamed source is the body's
    ("Two held over port fire, source says\n\nTwo people were detained, a source in the law enforcement agencies "
     "told Northwind.", "source", "a source in the law enforcement agencies"),
    # a headline's "chief" is the body's chief executive
    ("Harbour chief defends dredging plan\n\nThe harbour authority's chief executive, Lars Moen, defended it.",
     "Harbour chief", "The harbour authority's chief executive, Lars Moen"),
    # "Former" and "White House" read apart from the office, which still ends the headline's name
    ("Former White House Doctor Says Mayor Is Fit\n\nThe mayor's former doctor, Ada Lund, said he was fit.",
     "Former White House Doctor", "The mayor's former doctor, Ada Lund"),
])
def test_a_headline_speaker_joins_the_body_speaker_it_describes(text, head, body):
    resolver = SpeakerResolver(text, headline_end=text.index("\n"))
    resolved(text, [head, body], resolver)
    resolver.merge_headline(Span(0, text.index("\n"), text[:text.index("\n")]))
    [speaker] = resolver.speakers
    assert [m.text for m in speaker.mentions] == [head, body]


def test_a_pronoun_overrules_the_gender_a_first_name_guessed():
    # "Ola" is a woman's name in the census lists; the text says "he"
    text = "Transport Minister Ola Ness urged both sides to talk. \"A strike helps no one,\" he said."
    _, (ness, he) = resolved(text, ["Transport Minister Ola Ness", "he"])
    assert he is ness
    text = "Mara Tolv said no. Ola Ness, a nurse, said she agreed. He said so too."
    _, (tolv, ness, she, he) = resolved(text, ["Mara Tolv", "Ola Ness", "she", "He"])
    assert she is ness and he is not ness and he is not tolv  # "she" told Ness's gender: no guess left


def test_a_writer_writes_for_the_outlet_the_piece_ran_in():
    text = "Orvane may leave, columnist Ansel Ruud wrote in the weekly Orvane Review on Monday. Ida Vorne wrote in a blog."
    resolver, (ruud, vorne) = resolved(text, ["columnist Ansel Ruud", "Ida Vorne"])
    for sp, cue in ((ruud, "wrote in the weekly"), (vorne, "wrote in a blog")):
        start = text.index(cue)
        resolver.written_in(sp.id, Span(start, start + 5, "wrote"))
    assert (ruud.role, ruud.affiliation, vorne.affiliation) == ("columnist", "Orvane Review", None)


def test_a_possessive_body_belongs_to_whom_the_text_just_named():
    text = ("Mayor Dana Quill said officers were hurt. Her office on Sunday said she had relied on early reports. "
            "Spokesman Tim Ash said so.")
    _, (quill, office, ash) = resolved(text, ["Mayor Dana Quill", "Her office", "Spokesman Tim Ash"])
    assert (office.name, office.affiliation, office.kind) == ("Dana Quill's office", "Dana Quill", "government")
    assert ash.affiliation == office.name  # the spokesman of the body that spoke just before
    text = ("Senator Ivo Marsh spoke. Video showed an ailing Ada Brill stumbling (her campaign later said she was "
            "ill).")
    _, (_, campaign) = resolved(text, ["Senator Ivo Marsh", "her campaign"])
    assert campaign.name == "Ada Brill's campaign"  # named in the sentence, though she has not spoken
    text = ("Police said he was armed. The city waited. Crowds marched for days. Scott's relatives saw the police "
            "videos, according to their attorneys.")
    _, (_, attorneys) = resolved(text, ["Police", "their attorneys"])
    assert (attorneys.name, attorneys.affiliation) == ("their attorneys", None)  # not the police's


@pytest.mark.parametrize("text, agency, officer, affiliation", [
    ("Senate panel acts\n\nWASHINGTON (Capitol Wire) — The Senate Commerce Committee will subpoena three "
     "executives, its chairwoman, Sen. Laura Mayfield, announced Tuesday.", "Capitol Wire",
     "its chairwoman, Sen. Laura Mayfield", "Senate Commerce Committee"),
    # the dateline's place is no body either
    ("Tanker seized\n\nORVEL, July 7 (Orvel Press Agency) - The tanker was boarded on Sunday, its chief "
     "engineer, Ivo Dahl, said.", "Orvel Press Agency", "its chief engineer, Ivo Dahl", None),
])
def test_its_officer_serves_the_body_named_earlier_in_the_sentence_not_the_dateline(text, agency, officer,
                                                                                       affiliation):
    resolver = SpeakerResolver(text, headline_end=text.index("\n"))
    start = text.index(agency)
    resolver.resolve_agency(Span(start, start + len(agency), agency))
    _, (speaker,) = resolved(text, [officer], resolver)
    assert speaker.affiliation == affiliation


def test_a_surname_takes_a_former_title_and_the_former_minister_is_that_person():
    text = ("Former minister denies fraud\n\nProsecutors charged former Finance Minister Henrik Lund with fraud. "
            "Lund, 61, denied it. \"I took nothing,\" the former minister said.")
    resolver = SpeakerResolver(text, headline_end=text.index("\n"))
    _, (head, lund, minister) = resolved(text, ["Former minister", "Lund, 61", "the former minister"], resolver)
    assert (lund.name, lund.role) == ("Henrik Lund", "former Finance Minister") and minister is lund
    resolver.merge_headline(Span(0, text.index("\n"), text[:text.index("\n")]))
    assert [m.text for m in lund.mentions] == ["Former minister", "Lund, 61", "the former minister"]


@pytest.mark.parametrize("text, first, later, name, kind", [
    # "the company" is the company named in passing before
    ("A fire at the Velo Energy refinery was put out early Saturday, the company said. \"The site is secure,\" "
     "Velo Energy said in a statement.", "the company", "Velo Energy", "Velo Energy", "organization"),
    # the Russian wires' "interlocutor" is the unnamed source the story opened with
    ("Relief is not on the table, a source in the Orvane delegation told Northwind. \"Nobody asked,\" the "
     "agency's interlocutor said.", "a source in the Orvane delegation", "the agency's interlocutor",
     "a source in the Orvane delegation", "anonymous"),
])
def test_one_speaker_under_two_descriptions(text, first, later, name, kind):
    _, (a, b) = resolved(text, [first, later])
    assert a is b and (a.name, a.kind) == (name, kind)


def test_a_surname_takes_a_lower_case_role_written_with_the_full_name():
    text = ("Union chief vows to fight\n\nUnion leader Mara Eck was blunt on Friday. \"They are wrong,\" Eck said. "
            "The company, Halden Steel, said the plant would close. A company spokesman said nothing had changed. "
            "Green Party presidential candidate Jill Stein spoke too. Stein said so.")
    resolver = SpeakerResolver(text, headline_end=text.index("\n"))
    def said(name: str):  # the name right before "said", not the one inside the full name
        at = text.index(f"{name} said")
        return resolver.resolve(Span(at, at + len(name), name))

    head = resolver.resolve(Span(0, 11, "Union chief"))
    eck = said("Eck")
    _, (steel, spokesman) = resolved(text, ["The company, Halden Steel", "A company spokesman"], resolver)
    stein = said("Stein")
    assert (eck.name, eck.role) == ("Mara Eck", "leader")
    assert (spokesman.role, spokesman.affiliation) == ("spokesman", "Halden Steel")
    assert (stein.name, stein.role, stein.affiliation) == ("Jill Stein", "presidential candidate", "Green Party")
    resolver.merge_headline(Span(0, text.index("\n"), text[:text.index("\n")]))
    assert [m.text for m in eck.mentions] == ["Union chief", "Eck"]


def test_a_name_the_text_treats_as_a_state_is_a_government():
    text = ("Kestrel says strike hit depot\n\nKestrel's military said the strike hit a depot, while neighbouring "
            "Orvane said it hit a market. Ivo Marsh, a farmer, said he saw it.")
    resolver = SpeakerResolver(text, headline_end=text.index("\n"))
    _, (kestrel, military, orvane, marsh) = resolved(
        text, ["Kestrel", "Kestrel's military", "neighbouring Orvane", "Ivo Marsh, a farmer"], resolver)
    assert (kestrel.kind, orvane.kind, orvane.name, orvane.role) == ("government", "government", "Orvane", None)
    assert marsh.kind == "person"
    text = ("Kestrel accuses Orvane of jamming\n\nKestrel's aviation authority said so. Orvane's deputy foreign "
            "minister, Ivo Marsh, denied it.")
    resolver = SpeakerResolver(text, headline_end=text.index("\n"))
    _, (kestrel,) = resolved(text, ["Kestrel"], resolver)
    assert kestrel.kind == "government"


def test_a_body_named_in_lower_case_after_its_name_is_the_one_a_description_serves():
    text = ("The head of the Velmora port authority, Aron Pike, has resigned. The authority's spokeswoman, Helle "
            "Marr, declined to comment. The new authority said nothing.")
    _, (marr,) = resolved(text, ["The authority's spokeswoman, Helle Marr"])
    assert (marr.role, marr.affiliation) == ("spokeswoman", "Velmora port authority")


def test_a_surname_takes_a_portfolio_title_the_word_lists_lack():
    text = "Hours later, Economy Minister Otto Lind put it at 3.5 billion. \"Mine includes pensions,\" Lind said."
    resolver = SpeakerResolver(text)
    at = text.index("Lind said")
    lind = resolver.resolve(Span(at, at + 4, "Lind"))
    assert (lind.name, lind.role) == ("Otto Lind", "Economy Minister")


def test_an_unnamed_source_keeps_its_body_when_none_was_named():
    text = "Hale is considering new timetables, according to a senior government source."
    _, (source,) = resolved(text, ["a senior government source"])
    assert (source.role, source.affiliation, source.kind) == (None, "government", "anonymous")


def test_two_titled_people_joined_by_and_are_a_group_of_both():
    text = "Mayor Dana Quill and Police Chief Ada Brill gave conflicting accounts. Brill said the drop was smaller."
    resolver, (pair,) = resolved(text, ["Mayor Dana Quill and Police Chief Ada Brill"])
    quill, brill = (next(s for s in resolver.speakers if s.id == m) for m in pair.members)
    assert [(s.name, s.role) for s in (quill, brill)] == [("Dana Quill", "Mayor"), ("Ada Brill", "Police Chief")]
    at = text.index("Brill said")
    assert resolver.resolve(Span(at, at + 5, "Brill")) is brill
    _, (one,) = resolved("The former first lady and U.S. senator denied it.", ["The former first lady and U.S. senator"])
    assert one.members == []  # one person, two titles
    text = "President Mara Tolv and Orvane's prime minister, Jon Asker, spoke by phone."
    resolver, (pair,) = resolved(text, ["President Mara Tolv and Orvane's prime minister, Jon Asker"])
    tolv, asker = (next(s for s in resolver.speakers if s.id == m) for m in pair.members)
    assert [(s.name, s.role) for s in (tolv, asker)] == [("Mara Tolv", "President"), ("Jon Asker", "prime minister")]


def test_the_writer_owns_no_spokesman_and_the_bank_of_a_name_is_that_bank():
    text = ("Rate hike weighed\n\nBy Petra Lund, Velmora Courier correspondent\n\nThe Bank of Velmora's board "
            "discussed a rise, Governor Elsa Mork said. The bank confirmed the minutes. I asked her office. Her "
            "spokesman said she had nothing to add.")
    resolver = SpeakerResolver(text, headline_end=text.index("\n"))
    _, (mork, bank, writer, spokesman) = resolved(
        text, ["Governor Elsa Mork", "The bank", "I", "Her spokesman"], resolver)
    assert (bank.name, writer.name) == ("Bank of Velmora", "Petra Lund")
    assert spokesman.affiliation == "Elsa Mork"  # not the writer, though "I" came last


@pytest.mark.parametrize("text, first, later, role, affiliation", [
    # a company called by its first word is that company
    ("Skyvale Airlines said flights were delayed. Skyvale chief operating officer Lars Moen later said more.",
     "Skyvale Airlines", "Skyvale chief operating officer Lars Moen", "chief operating officer", "Skyvale Airlines"),
    # "the minister's spokeswoman" serves the minister named before
    ("Transport Minister Ola Ness refused to pay. Asked again, the minister's spokeswoman said talks were ongoing.",
     "Transport Minister Ola Ness", "the minister's spokeswoman", "spokeswoman", "Ola Ness"),
])
def test_a_role_serves_the_body_or_person_named_before(text, first, later, role, affiliation):
    _, (_, served) = resolved(text, [first, later])
    assert (served.role, served.affiliation) == (role, affiliation)


def test_a_body_described_by_its_portfolio_is_not_another_of_that_kind():
    text = ("Ministry dismisses arms report\n\nThe defence ministry dismissed the report. Kestrel's foreign ministry "
            "refused to comment. The defence ministry later said more. The Ministry of Finance said nothing.")
    resolver = SpeakerResolver(text, headline_end=text.index("\n"))
    _, (head, defence, foreign, again, finance) = resolved(
        text, ["Ministry", "The defence ministry", "Kestrel's foreign ministry", "The defence ministry",
               "The Ministry of Finance"], resolver)
    assert head is defence is again and defence.name == "defence ministry"
    assert len({defence.id, foreign.id, finance.id}) == 3


@pytest.mark.parametrize("text, phrases, expected", [
    # the unnamed person who spoke last in the paragraph, not the named colonel before him
    ("Army spokesman Colonel Rasmus Vik said rebels did it. A rebel commander, who asked not to be named, said "
     "they were far away. “We do not fight against water,” he said.",
     ["Army spokesman Colonel Rasmus Vik", "A rebel commander", "he"], [0, 1, 1]),
    # an unnamed reporter asks; "he" replies
    ("A reporter asked Senator Ivo Brask how he felt. He replied: “Fine.”", ["A reporter", "He"], [0, 1]),
])
def test_a_pronoun_is_the_person_last_spoken_of_named_or_not(text, phrases, expected):
    ids = resolve_all(text, phrases)
    assert ids == [ids[k] for k in expected]


def test_a_possessive_tells_the_owners_gender_not_the_speakers():
    text = "His lawyer, Sofie Ness, argued the fees were declared. “My client has nothing to hide,” she told reporters."
    lawyer, she = resolve_all(text, ["His lawyer, Sofie Ness", "she"])
    assert lawyer == she


def test_which_after_a_bodys_figures_is_that_body():
    text = ("Jon Asker of the Public Workers' Union said the promise rang hollow. The Treasury declined to comment on "
            "the union's figures, which suggest pay has fallen.")
    _, (asker, treasury, which) = resolved(text, ["Jon Asker of the Public Workers' Union", "The Treasury", "which"])
    assert (which.name, which.kind) == ("Public Workers' Union", "organization")


def test_an_unnamed_spokeswoman_speaks_for_the_body_that_spoke_a_sentence_ago_until_named():
    text = ("The Health Ministry welcomed the correction. “The minister paid for her ticket,” a spokeswoman said. "
            "Later, Ada Holm, a spokeswoman for the Velmora Health Ministry, said more.")
    _, (ministry, unnamed, named) = resolved(text, ["The Health Ministry", "a spokeswoman",
                                                     "Ada Holm, a spokeswoman for the Velmora Health Ministry"])
    assert unnamed is named and named.name == "Ada Holm"
    text = "The Health Ministry welcomed the correction. “The minister paid for her ticket,” a spokeswoman said."
    _, (ministry, unnamed) = resolved(text, ["The Health Ministry", "a spokeswoman"])
    assert unnamed.affiliation == "Health Ministry"


def test_a_name_the_text_then_calls_it_or_the_company_is_a_body():
    text = ("Nordline said it would appeal. It added that the facts were ignored. Baltic Link said it accepted the fine. "
            "The company said the ferries passed. Readers said they were angry. It was not clear why.")
    _, (nordline, it, baltic, company, readers, other) = resolved(
        text, ["Nordline", "It", "Baltic Link", "The company", "Readers", "It was"[:2]])
    assert it is nordline and company is baltic and (nordline.kind, baltic.kind) == ("organization", "organization")
    assert readers.kind != "organization" and other is not readers  # a plural is no body the text calls "it"


def test_a_pronoun_of_the_other_gender_is_neither_the_headlines_role_nor_its_body_holder():
    text = ("Flood-hit town's mayor vows to rebuild\n\nThe mayor of Ostby, Kari Fjell, said homes would be rebuilt, "
            "standing beside the regional governor, Per Aas.\n\nAas, speaking after her, was more cautious. The budget "
            "could not cover it, he said.")
    resolver = SpeakerResolver(text, headline_end=text.index("\n"))
    _, (head, fjell) = resolved(text, ["Flood-hit town's mayor", "The mayor of Ostby, Kari Fjell"], resolver)
    at = text.rindex("he said")
    he = resolver.resolve(Span(at, at + 2, "he"))
    assert he.name == "Per Aas" and he is not head and he is not fjell


def test_a_surname_with_particles_and_a_pronoun_for_someone_named_with_an_honorific():
    text = ("Von der Leyen said she had spoken to the trade minister, Ines de la Cruz. De la Cruz said the tariffs "
            "were temporary. Brian Fallon, a spokesman for Mrs. Clinton, said so. Later she sought support.")
    resolver, (cruz, fallon) = resolved(text, ["De la Cruz", "Brian Fallon, a spokesman for Mrs. Clinton"])
    assert cruz.name == "Ines de la Cruz"
    at = text.rindex("she sought")
    she = resolver.resolve(Span(at, at + 3, "she"))
    assert she.name != "Brian Fallon"  # whom he speaks for tells her gender, not his


def test_his_office_belongs_to_the_speaker_of_the_paragraph_before():
    text = ("Finance Minister Olav Rusk said fuel taxes would rise.\n\nOn Tuesday, his office clarified that he had "
            "meant 10 ore per litre.")
    _, (rusk, office) = resolved(text, ["Finance Minister Olav Rusk", "his office"])
    assert (office.name, office.affiliation) == ("Olav Rusk's office", "Olav Rusk")


def test_both_firms_are_the_two_just_named_and_no_group_is_she():
    text = ("The operator Nordline said it would appeal. The operator Baltic Link said it accepted the fine. Both firms "
            "said passengers were safe. Mayor Dana Quill and Police Chief Ada Brill spoke. She said more.")
    resolver, (nordline, baltic, both, pair) = resolved(
        text, ["The operator Nordline", "The operator Baltic Link", "Both firms",
               "Mayor Dana Quill and Police Chief Ada Brill"])
    assert both.members == [nordline.id, baltic.id]
    at = text.rindex("She said")
    assert resolver.resolve(Span(at, at + 3, "She")) is not pair


def test_a_states_minister_is_no_person_named_by_a_capitalised_word_before_it():
    text = ('"No Orvane aircraft was lost last night," army spokesman Major Ivo Rask wrote. Orvane\'s foreign '
            'minister, Anja Sorel, later said the incident had been invented.')
    _, (rask, sorel) = resolved(text, ["army spokesman Major Ivo Rask", "Orvane's foreign minister, Anja Sorel"])
    assert (sorel.name, sorel.role, sorel.affiliation) == ("Anja Sorel", "foreign minister", "Orvane")


def test_an_age_epithet_is_the_person_just_named_with_the_title_written_there():
    text = ("Velmora FC head coach Aksel Brandt resigned on Tuesday.\n\n\"I take full responsibility,\" the "
            "54-year-old told a news conference. Mayor Dana Quill said she was sorry. The fifty-year-old added more.")
    _, (brandt, quill, fifty) = resolved(text, ["the 54-year-old", "Mayor Dana Quill", "The fifty-year-old"])
    assert (brandt.name, brandt.role, brandt.affiliation, brandt.kind) == ("Aksel Brandt", "head coach", "Velmora FC",
                                                                           "person")
    assert fifty is quill


def test_a_club_is_the_one_the_text_named_and_an_age_is_no_title():
    text = ("Velmora FC head coach Aksel Brandt resigned. Club chairman Henrik Solberg thanked him. The club declined "
            "to comment. Jay Dale, the club's 78-year-old president, said more. A 70-year-old academic named Eric "
            "Kingson spoke.")
    _, (solberg, club, dale, kingson) = resolved(text, ["Club chairman Henrik Solberg", "The club",
                                                        "Jay Dale, the club's 78-year-old president",
                                                        "A 70-year-old academic named Eric Kingson"])
    assert (solberg.role, solberg.affiliation) == ("chairman", "Velmora FC")
    assert (club.name, club.kind) == ("Velmora FC", "organization")
    assert (dale.role, dale.affiliation) == ("president", "Velmora FC")
    assert kingson.role == "academic"


def test_a_spokeswoman_for_the_utility_speaks_for_the_utility_named_before():
    text = "The city's water utility said it had not seen the study. A spokeswoman for the utility added more."
    _, (utility, spokeswoman) = resolved(text, ["The city's water utility", "A spokeswoman for the utility"])
    assert spokeswoman.affiliation == utility.name == "city's water utility"


def test_the_wire_owns_no_union():
    text = "LUNDE, June 9 (Nordwire) - Dockworkers will strike next week, their union said on Tuesday."
    resolver = SpeakerResolver(text)
    at = text.index("Nordwire")
    resolver.resolve_agency(Span(at, at + 8, "Nordwire"))
    _, (union,) = resolved(text, ["their union"], resolver)
    assert union.kind == "organization" and union.affiliation is None and "Nordwire" not in union.name


def test_her_transition_office_is_the_president_elect_s_named_in_the_sentence():
    text = "President-elect Anja Sorel on Tuesday named Tomas Greve as her finance minister, her transition office said."
    _, (office,) = resolved(text, ["her transition office"])
    assert (office.name, office.affiliation) == ("Anja Sorel's transition office", "Anja Sorel")


def test_a_described_official_named_soon_after_is_one_person():
    text = ("The Velmora police chief said on Tuesday that the bridge would reopen.\n\nPolice Chief Ada Brill told "
            "reporters more. The Treasury secretary praised her. Former Treasury Secretary Ola Dahl disagreed.")
    _, (chief, brill, secretary, dahl) = resolved(text, ["The Velmora police chief", "Police Chief Ada Brill",
                                                         "The Treasury secretary", "Former Treasury Secretary Ola Dahl"])
    assert chief is brill and (brill.name, brill.affiliation) == ("Ada Brill", "Velmora")
    assert secretary is not dahl  # a former secretary is not the secretary
