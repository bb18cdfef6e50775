"""From tagged tokens to attributions, without the model: tags are written by hand."""

import pytest

from sayso.extraction import frames
from sayso.extraction.pipeline import SENTENCE_BREAK, assemble
from sayso.model import Article

from .tagging import tagged_spans


def extract_tagged(text: str, marked: dict[str, str]):
    """Tag the tokens inside each marked phrase with its role, everything else O."""
    spans = tagged_spans(text, marked)
    return [a for a in assemble(Article(text=text), frames.group(spans)).attributions if a.type != "story"]


def test_a_colon_alone_is_a_cue():
    text = "Transcript of the debate\n\nPENCE: Well, the harbor bridge will reopen in spring."
    atts = extract_tagged(text, {"PENCE": "SOURCE", ":": "CUE", "Well, the harbor bridge will reopen in spring": "CONTENT"})
    assert len(atts) == 1
    assert atts[0].cue.text == ":" and atts[0].source.text == "PENCE"


def test_coordinated_cue_shares_the_source():
    text = ("Harbor news\n\nThe mayor tweeted that the pier was safe and urged residents to visit the market.")
    atts = extract_tagged(text, {"The mayor": "SOURCE", "tweeted": "CUE", "that the pier was safe": "CONTENT",
                                 "urged": "CUE", "residents to visit the market": "CONTENT"})
    assert [a.cue.text for a in atts] == ["tweeted", "urged"]
    assert atts[1].source == atts[0].source and atts[1].speaker_id == atts[0].speaker_id


def test_a_cue_after_and_shares_the_source_across_words_in_between():
    # "… praised the crews during a visit to the docks and said …": the words between the two
    # reports are no one's, and the second verb is still the mayor's
    text = ("Harbor news\n\nMayor Petra Quill praised the crews during a visit to the docks on Friday and said "
            "the bridge would reopen in spring.")
    atts = extract_tagged(text, {"Mayor Petra Quill": "SOURCE", "praised": "CUE", "the crews": "CONTENT",
                                 "said": "CUE", "the bridge would reopen in spring": "CONTENT"})
    assert [a.cue.text for a in atts] == ["praised", "said"]
    assert atts[1].source == atts[0].source and atts[1].speaker_id == atts[0].speaker_id


def test_a_new_sentence_does_not_inherit_a_source():
    text = "Harbor news\n\nThe mayor said the pier was safe. Officials warned of storms."
    atts = extract_tagged(text, {"The mayor": "SOURCE", "said": "CUE", "the pier was safe": "CONTENT",
                                 "warned": "CUE", "of storms": "CONTENT"})
    assert atts[1].source is None


def test_a_participle_in_the_same_sentence_shares_the_source():
    text = ("Harbor news\n\n“The pier is safe,” Transport Minister Oskar Lind said in a statement on Friday, "
            "adding that the market would reopen. Later, insisting on calm, officials closed the road.")
    atts = extract_tagged(text, {"Transport Minister Oskar Lind": "SOURCE", "said in a statement": "CUE",
                                 "“The pier is safe,”": "CONTENT", "adding": "CUE",
                                 "that the market would reopen": "CONTENT", "insisting on": "CUE", "calm": "CONTENT"})
    said, adding, insisting = atts
    assert adding.source == said.source and adding.speaker_id == said.speaker_id
    assert insisting.source is None  # a new sentence: not Lind's


def test_an_expletive_it_speaks_for_no_one():
    text = "Harbor news\n\nIt was reported that the pier was unsafe. The ferry company disagreed. It said the pier was safe."
    atts = extract_tagged(text, {"It was": "SOURCE", "was reported": "CUE", "that the pier was unsafe": "CONTENT",
                                 "It said": "SOURCE", "said the": "CUE", "the pier was safe": "CONTENT"})
    reported, said = atts
    assert reported.source is None and reported.speaker_id is None
    assert said.source.text == "It"  # "it" that refers to a body is kept


def test_a_closing_source_and_cue_report_the_clause_before_the_comma():
    text = ("Port news\n\nThe pilots rested. The strike will end on Friday, the head of the union, Mara Vell, "
            "told Lantern Radio on Wednesday.")
    [at] = extract_tagged(text, {"the head of the union, Mara Vell": "SOURCE", "told": "CUE"})
    assert at.content[0].text == "The strike will end on Friday"
    text = "Port news\n\nThe pilots rested. Quill will visit the docks on Sunday, according to a campaign aide."
    [at] = extract_tagged(text, {"according to": "CUE", "a campaign aide": "SOURCE"})
    assert (at.type, at.content[0].text) == ("according_to", "Quill will visit the docks on Sunday")


def test_a_cue_that_reports_nothing_takes_no_clause_before_it():
    text = "Port news\n\nBy the fall, the pilots supported the strike. The strike ended, the union gained members."
    for marked in ({"the pilots": "SOURCE", "supported": "CUE"},  # no reporting verb
                   {"the union": "SOURCE", "gained": "CUE"}):
        assert extract_tagged(text, marked) == []
    said = text.replace("gained members", "said in a statement that it had gained members")
    assert extract_tagged(said, {"the union": "SOURCE", "said": "CUE"}) == []  # the sentence goes on


def test_a_cue_after_a_closed_sentence_does_not_inherit_the_source():
    text = 'Talks\n\nAnja Sorel said the door "remained open." Asked about it, the minister frowned.'
    atts = extract_tagged(text, {"Anja Sorel": "SOURCE", "said": "CUE", 'the door "remained open."': "CONTENT",
                                 "Asked about": "CUE", "it": "CONTENT"})
    assert [a.cue.text for a in atts] == ["said", "Asked about"]
    assert atts[1].source is None and atts[1].speaker_id is None


def test_a_source_cut_inside_a_name_runs_to_its_end():
    text = ("Water story\n\nWater Minister Tomas Fell on Wednesday rejected the claims. "
            "Mayor Ada Brill Monday said the claims were true.")
    atts = extract_tagged(text, {"Water Minister Tomas": "SOURCE", "rejected": "CUE", "the claims": "CONTENT",
                                 "Mayor Ada Brill": "SOURCE", "said": "CUE", "the claims were true": "CONTENT"})
    assert [a.source.text for a in atts] == ["Water Minister Tomas Fell", "Mayor Ada Brill"]


def test_the_statement_is_whoever_issued_it():
    text = ("Barrier story\n\nThe barrier will hold, Mayor Ivo Quill's office said in a statement. "
            "“We checked every gate,” the statement said.")
    atts = extract_tagged(text, {"The barrier will hold": "CONTENT", "Mayor Ivo Quill's office": "SOURCE",
                                 "said in a statement": "CUE", "“We checked every gate,”": "CONTENT",
                                 "the statement": "SOURCE", "said.": "CUE"})
    assert len(atts) == 2 and atts[0].speaker_id == atts[1].speaker_id is not None


def test_a_readout_is_whoever_issued_it():
    text = ("Call story\n\nThe leaders spoke by phone, according to a readout from Tolv's office. "
            "Tolv “stressed the importance of the corridor”, the readout said.")
    result = assemble(Article(text=text), frames.group(tagged_spans(text, {
        "The leaders spoke by phone": "CONTENT", "a readout from Tolv's office": "SOURCE", "according to": "CUE",
        "Tolv “stressed the importance of the corridor”": "CONTENT", "the readout": "SOURCE", "said.": "CUE"})))
    names = {s.id: s.name for s in result.speakers}
    assert [names[a.speaker_id] for a in result.attributions] == ["Tolv's office"] * 2


def test_who_was_told_is_not_what_was_said():
    text = 'Port story\n\n"The sale may be signed next week," Interfax was told by a source in the government.'
    atts = extract_tagged(text, {'"The sale may be signed next week,"': "CONTENT", "Interfax": "CONTENT",
                                 "was told": "CUE", "a source in the government": "SOURCE"})
    assert [c.text for c in atts[0].content] == ['"The sale may be signed next week,"']


def test_whom_a_report_cited_told_in_a_sentence_of_its_own():
    text = ("Port story\n\nColumnist Ada Brill wrote that the talks may collapse. "
            "The columnist cited unnamed diplomats. Vell quoted two officials.")
    atts = extract_tagged(text, {"Columnist Ada Brill": "SOURCE", "wrote": "CUE", "that the talks may collapse": "CONTENT",
                                 "The columnist": "SOURCE", "cited": "CUE", "unnamed diplomats": "CONTENT",
                                 "Vell": "SOURCE", "quoted": "CUE", "two officials": "CONTENT"})
    wrote, cited, inner, quoted = atts
    assert cited.speaker_id == wrote.speaker_id and cited.content[0].text == "unnamed diplomats"
    assert (inner.source.text, inner.cited_by, inner.content) == ("unnamed diplomats", wrote.id, wrote.content)
    assert inner.speaker_id not in (wrote.speaker_id, None)
    assert quoted.content[0].text == "two officials"  # Vell reported nothing before: no chain


def test_a_name_before_an_aside_is_the_source():
    text = ('Port story\n\nFell, asked whether the authority would hire replacements, said: "Every option is open." '
            'Quill, casting herself as a friend of the pilots, repeated that the port would stay open.')
    atts = extract_tagged(text, {"said:": "CUE", '"Every option is open."': "CONTENT",
                                 "repeated": "CUE", "that the port would stay open": "CONTENT"})
    assert [a.source.text if a.source else None for a in atts] == ["Fell", None]


def test_a_relative_clause_read_as_the_source_gives_way_to_the_name_before_it():
    text = ("Port story\n\nThe Pellin Post, which first reported the breakdown of the talks, quoted an official as "
            "saying the port would hire crews. Ida Vorne, who heads the union, said the talks were over.")
    atts = extract_tagged(text, {"which first reported the breakdown of the talks": "SOURCE", "quoted": "CUE",
                                 "Ida Vorne, who heads the union": "SOURCE", "said": "CUE",
                                 "the talks were over": "CONTENT", "an official as saying the port would hire crews": "CONTENT"})
    sources = {a.cue.text: a.source.text for a in atts}
    assert (sources["quoted"], sources["said"]) == ("The Pellin Post", "Ida Vorne, who heads the union")


def test_a_headline_speaker_before_a_colon():
    atts = extract_tagged("Kremlin: no talks planned with Kestrel leader\n\nNothing else.", {})
    assert [(a.source.text, a.cue.text, a.content[0].text) for a in atts] == [
        ("Kremlin", ":", "no talks planned with Kestrel leader")]
    for heading in ("Opinion: the port deal is not what it seems", "The Latest: talks resume",
                    "Stealth Over Health: a story", "Q&A: the harbor master on night shifts"):
        assert extract_tagged(heading + "\n\nNothing else.", {}) == []


def test_who_told_the_agency_is_the_source():
    text = "Port story\n\nTASS was told at the ministry's press service that a statement would follow."
    atts = extract_tagged(text, {"was told": "CUE", "that a statement would follow": "CONTENT"})
    assert atts[0].source.text == "the ministry's press service"


def test_said_before_the_name():
    text = "Port story\n\nSaid Quill: “Every ship that waits costs this city money.”"
    atts = extract_tagged(text, {"Said": "CUE", "Quill: “Every ship that waits costs this city money.”": "CONTENT"})
    assert (atts[0].source.text, atts[0].content[0].text, atts[0].type) == (
        "Quill", "“Every ship that waits costs this city money.”", "direct")


@pytest.mark.parametrize("body, marked, cues", [
    ("A senior official, who spoke on condition of anonymity because he was not authorized to discuss the matter, "
     "said the cabinet had been blindsided.",
     {"he": "SOURCE", "was not authorized to discuss": "CUE", "the matter": "CONTENT", "A senior official": "SOURCE",
      "said": "CUE", "the cabinet had been blindsided": "CONTENT"}, ["said"]),
    ("The official, speaking on condition of anonymity to discuss the talks, said they stalled.",
     {"The official": "SOURCE", "speaking on condition of anonymity to discuss the talks, said": "CUE",
      "they stalled": "CONTENT"}, ["speaking on condition of anonymity to discuss the talks, said"]),
    # declining to be named, read as a report of its own
    ("“The harvest looks weak,” said one trader, who declined to be named because he was not authorised to speak.",
     {"“The harvest looks weak,”": "CONTENT", "said": "CUE", "one trader": "SOURCE", "who": "SOURCE",
      "declined": "CUE", "to be named because he was not authorised to speak": "CONTENT"}, ["said"]),
])
def test_why_a_source_is_unnamed_is_not_a_report(body, marked, cues):
    assert [a.cue.text for a in extract_tagged("Harbor news\n\n" + body, marked)] == cues


def test_who_was_asked_did_not_ask():
    text = ("Harbor news\n\nDeputy Prime Minister Leon Harrow, asked about the email, said: \"I have not seen it.\"")
    atts = extract_tagged(text, {"Deputy Prime Minister Leon Harrow": "SOURCE", "asked about": "CUE",
                                 "the email": "CONTENT", "said": "CUE", "\"I have not seen it.\"": "CONTENT"})
    assert [(a.source.text, a.cue.text) for a in atts] == [("Deputy Prime Minister Leon Harrow", "said")]
    # an apposition then "asked": her own question, not an aside
    text = "Harbor news\n\nIda Tann, a council member, asked the mayor whether the pier was safe."
    [at] = extract_tagged(text, {"Ida Tann, a council member": "SOURCE", "asked": "CUE",
                                 "the mayor whether the pier was safe": "CONTENT"})
    assert (at.source.text, at.stance) == ("Ida Tann, a council member", "questions")
    text = "Harbor news\n\nThe mayor asked about the email on Friday."  # the mayor's own question stays
    [at] = extract_tagged(text, {"The mayor": "SOURCE", "asked about": "CUE", "the email": "CONTENT"})
    assert at.stance == "questions"


def test_an_opening_adverb_is_no_source_and_a_remark_no_content():
    text = ("Embassy story\n\nEarlier, the Oskrian daily Vesti reported that Moscow would expel the envoy. "
            "Oskrian President Ilo Brenn claimed without providing evidence that Moscow had decided. Oskria waits.")
    atts = extract_tagged(text, {"Earlier, the Oskrian daily Vesti": "SOURCE", "reported": "CUE",
                                 "that Moscow would expel the envoy": "CONTENT", "Oskrian President Ilo Brenn": "SOURCE",
                                 "claimed": "CUE", "without providing evidence that Moscow had decided": "CONTENT"})
    assert [a.source.text for a in atts] == ["the Oskrian daily Vesti", "Oskrian President Ilo Brenn"]
    assert atts[1].content[0].text == "that Moscow had decided"


def test_a_content_run_on_into_another_report_ends_where_that_one_begins():
    text = ('Port story\n\nOne of them said, adding that a deal could be signed "within weeks." Another said the price '
            'was likely to exceed 2 billion euros.')
    atts = extract_tagged(text, {"One of them": "SOURCE", "adding": "CUE",
                                 'that a deal could be signed "within weeks." Another said the price was likely to '
                                 'exceed 2 billion euros': "CONTENT"})
    assert [(a.source.text, a.cue.text, a.content[0].text) for a in atts] == [
        ("One of them", "adding", 'that a deal could be signed "within weeks."'),
        ("Another", "said", "the price was likely to exceed 2 billion euros")]
    # an abbreviation's full stop ends no sentence, nor does a place after the verb make a report
    for rest in ("Mr. Ross said he was unsure", "“Why now?” O’Malley said at a press conference"):
        text = f"Port story\n\nThe mayor said that the port would close. {rest}."
        content = f"that the port would close. {rest}"
        atts = extract_tagged(text, {"The mayor": "SOURCE", "said": "CUE", content: "CONTENT"})
        assert [a.content[0].text for a in atts] == [content]


def test_a_closing_participle_with_no_source_is_spoken_by_the_sentence_s_subject():
    text = ("Ferry story\n\nORVEL (Northwind) — The maritime authority fined the operator on Friday, saying it had "
            "ignored warnings. Shares fell 5 percent, with analysts saying the outlook was poor.")
    tagged = tagged_spans(text, {"saying": "CUE", "it had ignored warnings": "CONTENT"})
    result = assemble(Article(text=text), frames.group(tagged))
    [said] = [a for a in result.attributions if a.type != "story"]
    speaker = next(s for s in result.speakers if s.id == said.speaker_id)
    assert said.source is None  # as PolNeAR annotates it
    assert (speaker.name, speaker.kind) == ("maritime authority", "government")


def test_a_speech_verb_joined_to_the_sentence_s_verb_is_spoken_by_its_subject():
    text = ("Hospital story\n\nHARLOW, June 9 (Nordwire) - The head of Harlow General Hospital apologised on Tuesday "
            "after records were posted online, and said an internal investigation had begun. The hospital said more.")
    tagged = tagged_spans(text, {"said": "CUE", "an internal investigation had begun": "CONTENT",
                                 "The hospital": "SOURCE", "said more": "CUE", "more": "CONTENT"})
    result = assemble(Article(text=text), frames.group(tagged))
    said = next(a for a in result.attributions if a.cue is not None and a.cue.text == "said" and a.source is None)
    speaker = next(s for s in result.speakers if s.id == said.speaker_id)
    assert (speaker.role, speaker.affiliation, speaker.kind) == ("head", "Harlow General Hospital", "person")


def test_a_passive_removal_retracts_its_authors_post():
    text = ('Bridge story\n\nThe mayor, Ivo Quill, wrote on social media that the bridge "will never reopen." The post '
            'was deleted within an hour. The Courier said the bridge was safe. The story was later pulled.')
    tagged = tagged_spans(text, {"The mayor, Ivo Quill": "SOURCE", "wrote on social media": "CUE",
                                 'that the bridge "will never reopen."': "CONTENT", "The Courier": "SOURCE",
                                 "said": "CUE", "the bridge was safe": "CONTENT"})
    atts = [a for a in assemble(Article(text=text), frames.group(tagged)).attributions if a.type != "story"]
    wrote, deleted, said, pulled = atts
    assert (deleted.cue.text, deleted.stance, deleted.speaker_id, deleted.content) == (
        "was deleted", "retracts", wrote.speaker_id, wrote.content)
    assert (pulled.cue.text, pulled.stance, pulled.speaker_id) == ("was later pulled", "retracts", said.speaker_id)


def test_walking_back_remarks_retracts_the_speakers_last_report():
    text = ("Pensions story\n\nLabour Minister Eva Lund said on Monday that pensions would be cut. On Tuesday she "
            "walked back the remarks. Opposition leader Dana Firth said the episode was telling.")
    tagged = tagged_spans(text, {"Labour Minister Eva Lund": "SOURCE", "said": "CUE",
                                 "that pensions would be cut": "CONTENT", "Opposition leader Dana Firth": "SOURCE",
                                 "said the": "CUE", "episode was telling": "CONTENT"})
    said, walked, firth = [a for a in assemble(Article(text=text), frames.group(tagged)).attributions
                           if a.type != "story"]
    # "she" is Lund, the last woman named before it, not Firth, named last in the text
    assert (walked.cue.text, walked.stance, walked.speaker_id, walked.content) == (
        "walked back", "retracts", said.speaker_id, said.content)
    assert firth.speaker_id != said.speaker_id


def test_a_heading_label_with_a_colon_is_no_speaker():
    text = "Fact check: No, Velmora did not double its crime rate\n\nThe mayor said crime fell."
    atts = extract_tagged(text, {"Fact check": "SOURCE", ":": "CUE", "No, Velmora did not double its crime rate":
                                 "CONTENT", "The mayor": "SOURCE", "said": "CUE", "crime fell": "CONTENT"})
    assert [a.source.text for a in atts] == ["The mayor"]
    text = "Report: Walker to speak at the convention\n\nThe mayor said so."  # a report's claim, as PolNeAR marks it
    atts = extract_tagged(text, {"Report": "SOURCE", ":": "CUE", "Walker to speak at the convention": "CONTENT"})
    assert [a.source.text for a in atts] == ["Report"]


def test_the_writers_verdict_on_a_claim_is_no_part_of_it():
    text = "Ruling\n\nOur ruling: Tessel's claim that crime has doubled is false. He said the report is false."
    atts = extract_tagged(text, {"Tessel's": "SOURCE", "claim": "CUE", "that crime has doubled is false": "CONTENT",
                                 "He": "SOURCE", "said": "CUE", "the report is false": "CONTENT"})
    assert [c.text for a in atts for c in a.content] == ["that crime has doubled", "the report is false"]


def test_an_opening_participle_cites_up_to_the_comma_and_its_subject_speaks():
    text = "Vote delayed\n\nCiting security concerns, the government on Monday postponed the vote."
    spans = tagged_spans(text, {"Citing": "CUE", "security concerns, the government on Monday postponed the vote":
                                "CONTENT"})
    result = assemble(Article(text=text), frames.group(spans))
    [at] = result.attributions
    assert (at.source, at.cue.text, [c.text for c in at.content]) == (None, "Citing", ["security concerns"])
    speaker = next(s for s in result.speakers if s.id == at.speaker_id)  # the subject, though PolNeAR marks no source
    assert (speaker.name, speaker.kind) == ("government", "government")


def test_a_headline_passive_event_is_no_report_but_its_subject_speaks_next():
    text = "Former minister charged with fraud, denies wrongdoing\n\nProsecutors charged him on Wednesday."
    atts = extract_tagged(text, {"Former minister": "SOURCE", "charged with": "CUE", "fraud": "CONTENT",
                                 "denies": "CUE", "wrongdoing": "CONTENT"})
    assert [(a.source.text, a.cue.text) for a in atts] == [("Former minister", "denies")]
    text = "Obama speech\n\nHe called out the GOP field, who he accused of preying on anxieties."
    atts = extract_tagged(text, {"he": "SOURCE", "accused of": "CUE", "preying on anxieties": "CONTENT"})
    assert [a.cue.text for a in atts] == ["accused of"]  # active, in the body: a report


def test_a_names_last_word_read_as_the_cues_first_goes_back_to_the_name():
    text = "Housing row\n\nThe tenants' group Homes First said the number had no basis."
    [at] = extract_tagged(text, {"The tenants' group Homes": "SOURCE", "First said": "CUE",
                                 "the number had no basis": "CONTENT"})
    assert (at.source.text, at.cue.text) == ("The tenants' group Homes First", "said")
    # a title-case headline keeps its words where the tagger put them
    text = "Clinton Plan for Taxes Is Bold\n\nThe plan was unveiled."
    [at] = extract_tagged(text, {"Clinton": "SOURCE", "Plan for": "CUE", "Taxes": "CONTENT"})
    assert (at.source.text, at.cue.text) == ("Clinton", "Plan for")


def test_a_document_an_outlet_published_is_not_the_outlets():
    text = "Memo row\n\nThe memo, first published by the Arden Times on Monday, suggests ministers knew."
    result = assemble(Article(text=text), frames.group(tagged_spans(text, {
        "The memo, first published by the Arden Times on Monday": "SOURCE", "suggests": "CUE",
        "ministers knew": "CONTENT"})))
    speakers = {s.id: s.name for s in result.speakers}
    assert [(a.source.text, speakers[a.speaker_id]) for a in result.attributions] == [
        ("the Arden Times", "Arden Times"), ("The memo", "memo")]


def test_neither_confirmed_nor_denied_declines_and_neither_is_no_source():
    text = "Spy report\n\nThe interior ministry on Monday neither confirmed nor denied the report. Neither wanted a name."
    [at, other] = extract_tagged(text, {"neither": "SOURCE", "confirmed nor denied": "CUE", "the report": "CONTENT",
                                        "Neither": "SOURCE", "wanted": "CUE", "a name": "CONTENT"})
    assert (at.source.text, at.cue.text, at.stance) == ("The interior ministry", "neither confirmed nor denied",
                                                        "declines")
    assert (other.source.text, other.cue.text) == ("Neither", "wanted")  # a pronoun: "neither of them"


def test_a_participle_shares_the_source_of_its_sentence_not_one_from_before():
    # the tagger's spare source "A memo" is nearest to the participle once "said" took "the Courier"
    for second, subject, participle in (
            ("Interior Minister Oskar Lind refuted the figure, insisting that no journalist was targeted.",
             "Interior Minister Oskar Lind", "insisting"),
            ("Mrs. Clinton praised Mr. Biden, recalling summer visits.", "Mrs. Clinton", "recalling")):
        text = f"Spy report\n\nA memo seen by the Courier said twelve reporters were targeted. {second}"
        verb = second.split()[len(subject.split())]
        said = second[second.index(verb) + len(verb) + 1:second.index(",")]
        atts = extract_tagged(text, {"A memo": "SOURCE", "the Courier": "SOURCE", "said": "CUE",
                                     "twelve reporters were targeted": "CONTENT", subject: "SOURCE", verb: "CUE",
                                     said: "CONTENT", participle: "CUE",
                                     second[second.index(participle) + len(participle) + 1:-1]: "CONTENT"})
        assert {a.cue.text: a.source.text for a in atts}[participle] == subject


@pytest.mark.parametrize("text, ends", [
    ("Mrs. Clinton praised Mr. Biden", False), ("reported daily to Louis B. Mayer", False),
    ("He left. She stayed", True), ("“It is over.” Then he left", True),
])
def test_an_honorifics_or_initials_full_stop_ends_no_sentence(text, ends):
    assert bool(SENTENCE_BREAK.search(text)) is ends


@pytest.mark.parametrize("text, content", [
    ("Strike\n\nUnion secretary Ola Berg told the Harbour Gazette the strike could last a week.",
     "the strike could last a week"),
    ("Strike\n\nUnion secretary Ola Berg told reporters that it was over.", "it was over"),
    ("Strike\n\nUnion secretary Ola Berg told the Harbour Gazette in February.", None),  # no clause: no content
])
def test_what_was_told_after_whom_when_the_tagger_missed_it(text, content):
    atts = extract_tagged(text, {"Union secretary Ola Berg": "SOURCE", "told": "CUE"})
    assert [c.text for a in atts for c in a.content] == ([content] if content else [])


def test_a_relative_clause_after_the_source_is_no_part_of_what_was_said():
    text = "Bill row\n\nAccording to Holt, who has seen the contract, the final bill could reach 90 million crowns."
    [at] = extract_tagged(text, {"According to": "CUE", "Holt": "SOURCE",
                                 "who has seen the contract, the final bill could reach 90 million crowns": "CONTENT"})
    assert [c.text for c in at.content] == ["the final bill could reach 90 million crowns"]


def test_a_report_inside_another_continues_the_report_before_it():
    # "X criticised … and said …, people familiar with the session said": X said it, as those people tell
    text = "Harbor news\n\nQuill criticised the letter and said it could hurt the port, people familiar with the session said."
    atts = extract_tagged(text, {"Quill": "SOURCE", "criticised": "CUE", "the letter": "CONTENT", "said it": "CUE",
                                 "it could hurt the port": "CONTENT", "people familiar with the session": "SOURCE",
                                 "session said": "CUE"})
    criticised, said, people = atts
    assert said.cited_by == people.id and said.source == criticised.source
    assert said.speaker_id == criticised.speaker_id is not None


def test_a_speaker_and_who_he_is_taken_for_content_is_the_source():
    text = ("Harbor news\n\nThe spokesman, who asked not to be named because the inquiry was ongoing, said the men "
            "were being questioned.")
    [said] = extract_tagged(text, {"The spokesman, who asked not to be named because the inquiry was ongoing": "CONTENT",
                                   "said": "CUE", "the men were being questioned": "CONTENT"})
    assert said.source.text == "The spokesman, who asked not to be named because the inquiry was ongoing"
    assert [c.text for c in said.content] == ["the men were being questioned"]
    # a passive has no speaker: what the bank is expected to do is one content
    text = "Harbor news\n\nThe bank, which has held rates near zero since 2008, is expected to act in December."
    [expected] = extract_tagged(text, {"The bank, which has held rates near zero since 2008": "CONTENT",
                                       "is expected": "CUE", "to act in December": "CONTENT"})
    assert expected.source is None and len(expected.content) == 2


def test_an_outlet_updating_its_story_corrects_it():
    text = "Harbor news\n\nHours later, the Courier updated its story to say that the timing had not been finalised."
    [update] = extract_tagged(text, {"the Courier updated its story": "SOURCE", "to say": "CUE",
                                     "that the timing had not been finalised": "CONTENT"})
    assert (update.source.text, update.cue.text, update.stance) == ("the Courier", "updated its story to say",
                                                                    "corrects")
