"""The whole pipeline, with each shipped model, on sentences written for these tests."""

import pytest

import sayso


@pytest.fixture(autouse=True, params=["fast", "accurate"])
def model(request, monkeypatch):
    """Every test here runs once per tagger: both must read these constructions."""
    monkeypatch.setenv("SAYSO_MODEL", request.param)
    return request.param


def attributions(text, **kw):
    return [a for a in sayso.extract(text, **kw).to_dict()["attributions"] if a["type"] != "story"]


def content_text(a):
    c = a["content"]
    return " ".join(x["text"] for x in c) if isinstance(c, list) else c["text"]


def find(atts, words):
    """The attribution whose content holds these words."""
    hits = [a for a in atts if words in content_text(a)]
    assert hits, f"no attribution with {words!r} in {[content_text(a) for a in atts]}"
    return hits[0]


HEAD = "Fictional harbor story\n\n"


def test_offsets_index_the_text_as_read():
    text = HEAD + "The mayor said that the harbor bridge would reopen in March.\r\n\r\nNothing else happened."
    result = sayso.extract(text).to_dict()
    for a in result["attributions"]:
        for key in ("source", "cue"):
            if a[key]:
                assert text[a[key]["start"]:a[key]["end"]] == a[key]["text"]
        c = a["content"]
        for piece in c if isinstance(c, list) else [c]:
            assert text[piece["start"]:piece["end"]] == piece["text"]


def test_a_byte_order_mark_stays_in_the_text_but_not_in_the_headline():
    text = "\ufeff" + HEAD + "The mayor said that the harbor bridge would reopen in March."
    result = sayso.extract(text).to_dict()
    assert result["title"] == "Fictional harbor story" and result["headline"]["start"] == 1
    cue = result["attributions"][0]["cue"]
    assert text[cue["start"]:cue["end"]] == "said"


@pytest.mark.parametrize("text,source", [
    ('"The cables are sound," the engineer said.', "the engineer"),
    ('The engineer said: "The cables are sound."', "The engineer"),
    ("“The cables are sound,” said the engineer.", "the engineer"),
])
def test_direct_quote_source_after_or_before(text, source):
    a = find(attributions(HEAD + text), "The cables are sound")
    assert a["type"] == "direct"
    assert a["source"]["text"] == source
    assert a["cue"]["text"] == "said"


def test_quote_interrupted_by_its_source_has_two_pieces():
    text = HEAD + "“Nothing was hidden,” Lind told reporters, “and every page of the inspection is public.”"
    a = find(attributions(text), "Nothing was hidden")
    assert isinstance(a["content"], list) and len(a["content"]) == 2
    assert "every page" in a["content"][1]["text"]
    assert a["speaker"]["name"] == "Lind"


def test_quote_over_two_paragraphs():
    text = (HEAD + "“We will rebuild the pier before the storms come,” harbor master Ada Brill said. "
            "“The money is there.\n\n“The workers are ready, and the permits were signed on Monday.”")
    atts = attributions(text)
    a = find(atts, "rebuild the pier")
    assert "workers are ready" in content_text(a)


def test_indirect_speech_and_told_reporters():
    atts = attributions(HEAD + "Finance Minister Edda Kowal told reporters that the budget would be cut next year.")
    a = find(atts, "the budget would be cut")
    assert a["type"] == "indirect"
    assert a["speaker"]["name"] == "Edda Kowal" and a["speaker"]["role"] == "Finance Minister"


def test_confirmed_and_denied():
    atts = attributions(HEAD + "The city government confirmed that the repairs would cost more. "
                               "The operator denied that any inspection results had been hidden.")
    assert find(atts, "repairs would cost more")["stance"] == "confirms"
    assert find(atts, "inspection results had been hidden")["stance"] == "denies"


def test_according_to():
    a = find(attributions(HEAD + "According to the harbor authority, the pier will close for a month."),
             "pier will close")
    assert a["type"] == "according_to"
    assert a["speaker"]["name"].lower().endswith("harbor authority")


def test_said_in_a_statement():
    a = find(attributions(HEAD + "The water board said in a statement that testing had resumed at all plants."),
             "testing had resumed")
    assert a["source"]["text"] == "The water board"


def test_mixed_quote():
    a = find(attributions(HEAD + "The ministry called the newspaper's story “pure invention” and a distraction."),
             "pure invention")
    assert a["type"] == "mixed"


def test_hedged_content():
    a = find(attributions(HEAD + "The columnist wrote that the bridge may soon reopen to traffic."), "bridge may soon")
    assert a["hedged"] is True


def test_pronoun_and_description_resolve_to_the_speaker():
    text = (HEAD + "Harbor Gazette columnist Ilse Marrow wrote that the bridge may reopen soon.\n\n"
            "“The engineers have finished,” the journalist said.\n\n"
            "She added that the survey had taken three months.")
    atts = attributions(text)
    first = find(atts, "bridge may reopen")
    assert first["speaker"]["name"] == "Ilse Marrow"
    assert first["speaker"]["role"] == "columnist" and first["speaker"]["affiliation"] == "Harbor Gazette"
    assert find(atts, "engineers have finished")["speaker"]["id"] == first["speaker"]["id"]
    assert find(atts, "survey had taken")["speaker"]["id"] == first["speaker"]["id"]


def test_dateline_agency_carries_the_story_and_dates_resolve():
    text = ("Bridge news\nVELMORA, November 18. /Northwind News/. The mayor said the bridge "
            "had closed on November 17 and would reopen next year.")
    result = sayso.extract(text, published="2026-11-18").to_dict()
    story = result["attributions"][0]
    assert story["type"] == "story" and story["speaker"]["name"] == "Northwind News"
    assert result["dateline"] == {"place": "VELMORA", "date": "2026-11-18", "agency": "Northwind News",
                                  "span": result["dateline"]["span"]}
    a = find(result["attributions"][1:], "bridge")
    assert a["cited_by"] == story["id"]
    assert {d["text"]: d["date"] for d in a["dates"]} == {"on November 17": "2026-11-17", "next year": "2027"}


def test_citing_chain_inside_an_article():
    atts = attributions(HEAD + "The Daily Lantern reported, citing sources in the council, that the repairs "
                               "would cost twice the budget.")
    outer = [a for a in atts if a["speaker"] and a["speaker"]["name"].endswith("Daily Lantern")][0]
    inner = [a for a in atts if a["cited_by"] == outer["id"]][0]
    assert inner["speaker"]["kind"] == "anonymous"
    assert outer["speaker"]["kind"] == "outlet"


def test_role_conflict_flag():
    text = (HEAD + "President-elect Anja Sorel said the cabinet was ready.\n\n"
            "President Anja Sorel said the talks would start in January.")
    flags = sayso.extract(text).to_dict()["flags"]
    assert [f["kind"] for f in flags] == ["role_conflict"]


def test_headline_actor_mismatch_flag():
    text = ("Mayor says harbor bridge will reopen in spring\n\n"
            "A Harbor Gazette columnist wrote that the harbor bridge will reopen in spring.")
    flags = sayso.extract(text).to_dict()["flags"]
    assert "headline_actor_mismatch" in [f["kind"] for f in flags]


def test_speakers_are_listed_with_ids_shared_by_their_attributions():
    text = HEAD + "Mayor Petra Quill said the pier was safe.\n\nQuill added that repairs would start soon."
    result = sayso.extract(text).to_dict()
    ids = {a["speaker"]["id"] for a in result["attributions"] if a["speaker"]}
    assert len(ids) == 1 and [s["id"] for s in result["speakers"]] == list(ids)


def test_passive_report_has_no_source():
    a = find(attributions(HEAD + "It was reported that the harbor master had resigned on Friday."), "harbor master had resigned")
    assert a["source"] is None and "reported" in a["cue"]["text"] and a["stance"] == "reports"


def test_quoted_as_saying_chain():
    atts = attributions(HEAD + "The Herald quoted a senior diplomat as saying that the summit was off.")
    outer = next(a for a in atts if a["source"] and a["source"]["text"] == "The Herald")
    inner = next(a for a in atts if a["cited_by"] == outer["id"])
    assert inner["source"]["text"] == "a senior diplomat" and inner["speaker"]["kind"] == "anonymous"
    assert content_text(inner) == content_text(outer) == "that the summit was off"


def test_paper_said_then_removed_the_article():
    text = HEAD + ("The Velmora Courier said the operator had hidden the inspection results, then removed the article "
                   "from its website without explanation.")
    atts = attributions(text)
    said = find(atts, "hidden the inspection results")
    retracted = [a for a in atts if a["stance"] == "retracts"]
    assert len(retracted) == 1 and retracted[0]["speaker"]["id"] == said["speaker"]["id"]
    assert content_text(retracted[0]) == content_text(said) == "the operator had hidden the inspection results"
    assert said["speaker"]["kind"] == "outlet"


def test_paper_deleted_an_article_that_said_something():
    text = ("Courier deletes story\n\nVELMORA, April 21, 2026 (Northwind) - The Velmora Courier on Tuesday deleted an "
            "article that said central bank governor Lena Ostrova would resign next month, hours after the bank "
            "called the story \"false and irresponsible.\"\nThe article, published on Monday evening, had cited "
            "\"three people close to the governor.\"")
    atts = attributions(text)
    said = find(atts, "would resign next month")
    assert content_text(said) == "central bank governor Lena Ostrova would resign next month"  # not the bank's words
    assert said["speaker"]["name"] == "Velmora Courier" and said["source"]["text"] == "The Velmora Courier"
    [deleted] = [a for a in atts if a["stance"] == "retracts"]
    assert deleted["cue"]["text"] == "deleted an article" and content_text(deleted) == content_text(said)
    [denial] = [a for a in atts if a["stance"] == "denies"]
    assert (denial["source"]["text"], denial["cue"]["text"]) == ("the bank", "called")
    cited = next(a for a in atts if a["cited_by"] == said["id"])  # the article's sources, not the deletion's
    assert cited["source"]["text"] == "three people close to the governor"


def test_a_report_then_a_refusal_by_the_same_source():
    text = HEAD + ("A coast guard spokesman, Lt. Jens Aal, said on Wednesday that the investigation was continuing "
                   "and declined to say whether the service would revise its account.")
    atts = attributions(text)
    said = find(atts, "the investigation was continuing")
    assert content_text(said) == "that the investigation was continuing"
    refusal = find(atts, "whether the service would revise")
    assert refusal["stance"] == "declines" and refusal["speaker"]["id"] == said["speaker"]["id"]


def test_an_unnamed_spokeswoman_is_she():
    text = HEAD + ("Opposition lawmaker Ruben Dahl said the government had pressured the newspaper. Finance "
                   "minister Karin Holt said the budget was sound.\n\nA government spokeswoman said the claim was "
                   "\"absurd.\"\n\n\"Nobody called the Courier,\" she said.")
    atts = attributions(text)
    claim = find(atts, "absurd")
    assert claim["stance"] == "denies"
    assert find(atts, "Nobody called")["speaker"]["id"] == claim["speaker"]["id"]


def test_paper_removed_the_article_in_a_later_sentence():
    text = HEAD + ("The Velmora Courier reported on Monday that the harbor master had resigned, citing two people "
                   "familiar with the matter. The mayor said the harbor would stay open.\n\n"
                   "The newspaper later removed the article from its website.")
    atts = attributions(text)
    reported = find(atts, "the harbor master had resigned")
    cited = next(a for a in atts if a["cited_by"] == reported["id"])
    assert cited["source"]["text"] == "two people familiar with the matter" and cited["cue"]["text"] == "citing"
    [retracted] = [a for a in atts if a["stance"] == "retracts"]
    assert retracted["speaker"]["id"] == reported["speaker"]["id"]
    assert retracted["source"]["text"] == "The newspaper"
    assert content_text(retracted) == content_text(reported)


def test_a_wire_story_s_state_broadcaster_and_report_author():
    text = ("Drought figures questioned\nSALT HOLLOW (Brennan Wire) — The ministry's figures are wrong, a research "
            "group said on Thursday.\n\nIn a 40-page report, the Tarn Institute said rainfall had fallen by a "
            "third.\n\nAgriculture Minister Sela Dunmore was quoted by the state broadcaster as saying that the "
            "government \"has nothing to hide.\"\n\nAccording to the report, wells in three provinces could run dry.")
    result = sayso.extract(text).to_dict()
    atts = [a for a in result["attributions"] if a["type"] != "story"]
    quoted = next(a for a in atts if a["cue"] and a["cue"]["text"] == "quoted")
    assert quoted["speaker"]["name"] == "state broadcaster"
    wells = find(atts, "wells in three provinces")
    assert wells["speaker"]["name"] == "Tarn Institute"  # the report's author, not "the report"


def test_a_memo_seen_by_the_agency_and_a_correction():
    text = HEAD + ("A document seen by the Orvel Press, however, shows that a draft lease was circulated last week.\n\n"
                   "The Harlow Ledger reported on Tuesday that the port had signed a 40-year lease. The Ledger later "
                   "issued a correction, saying the lease had not yet been signed.")
    atts = attributions(text)
    shown = next(a for a in atts if a["cue"] and a["cue"]["text"] == "shows")
    assert shown["source"]["text"] == "A document"
    seen = next(a for a in atts if a["id"] == shown["cited_by"])
    assert seen["speaker"]["name"] == "Orvel Press" and seen["cue"]["text"] == "seen"
    assert find(atts, "the lease had not yet been signed")["stance"] == "corrects"
    assert find(atts, "40-year lease")["stance"] == "reports"
