"""Transcript turns and quote bylines, read by layout."""

from sayso.extraction import frames
from sayso.extraction.pipeline import assemble
from sayso.extraction.tokens import paragraphs
from sayso.extraction.turns import quote_byline, read_turns, transcript_turn
from sayso.model import Article


def tagged(text):
    paras = paragraphs(text)
    model_tags = [["O"] * len(p.tokens) for p in paras]  # a model that found nothing
    return paras, read_turns(paras, model_tags)


def assembled(text, paras, tags):
    return assemble(Article(text=text), frames.group([frames.raw_spans(p, t) for p, t in zip(paras, tags)]))


def roles(para, tags):
    out = {}
    for tok, tag in zip(para.tokens, tags):
        if tag != "O":
            out.setdefault(tag[2:], []).append(tok.text)
    return {k: " ".join(v) for k, v in out.items()}


TRANSCRIPT = ("Harbor board hearing, partial transcript\n\n"
              "\"VALE: Will the bridge open in spring?\n\n"
              "\"LIND: It will open in March, and not a day later.\n\n"
              "\"(CROSSTALK.)\n\n"
              "MAYOR QUILL: We will see.")


def test_transcript_turns_are_attributions():
    text = TRANSCRIPT
    paras, tags = tagged(text)  # the model found nothing; the layout says it all
    turns = [roles(p, t) for p, t in zip(paras, tags) if any(x != "O" for x in t)]
    assert turns == [
        {"SOURCE": "VALE", "CUE": ":", "CONTENT": "Will the bridge open in spring ?"},
        {"SOURCE": "LIND", "CUE": ":", "CONTENT": "It will open in March , and not a day later"},
        {"SOURCE": "MAYOR QUILL", "CUE": ":", "CONTENT": "We will see"},
    ]
    result = assembled(text, paras, tags)
    assert [(a.source.text, a.cue.text, a.type) for a in result.attributions] == [
        ("VALE", ":", "direct"), ("LIND", ":", "direct"), ("MAYOR QUILL", ":", "direct")]
    assert [(s.name, s.role, s.kind) for s in result.speakers] == [
        # names in capitals read as names
        ("Vale", None, "person"), ("Lind", None, "person"), ("Quill", "Mayor", "person")]


def test_a_headline_colon_is_no_turn():
    text = "Poll: voters back the bridge plan\n\nThe poll was small."
    paras = paragraphs(text)
    model_tags = [["O"] * len(p.tokens) for p in paras]
    model_tags[0][:3] = ["B-SOURCE", "B-CUE", "B-CONTENT"]
    model_tags[0][3:len(paras[0].tokens)] = ["I-CONTENT"] * (len(paras[0].tokens) - 3)
    poll = assembled(text, paras, model_tags).attributions[0]
    assert poll.cue.text == ":" and poll.type == "indirect"


def test_a_lone_capitalised_heading_is_not_a_transcript():
    # one "NAME:" paragraph is a dateline or a heading, not a conversation
    paras, tags = tagged("Port news\n\nNEW DELHI: The port reopened on Monday.\n\nNothing else.")
    assert all(t == ["O"] * len(t) for t in tags)
    assert transcript_turn(paragraphs("UPDATE: the port reopened.")[0].tokens) is None
    assert transcript_turn(paragraphs("Mayor Quill: we will see.")[0].tokens) is None


def test_quote_bylines():
    para = paragraphs("“Maybe we can build a wall around the harbor.” ― Stevan Quill.")[0]
    assert roles(para, quote_byline(para.tokens)) == {
        "CONTENT": "“ Maybe we can build a wall around the harbor . ”", "CUE": "―", "SOURCE": "Stevan Quill"}
    para = paragraphs("”The pier is safe.” — Ada Brill")[0]  # a mistyped opening mark
    assert roles(para, quote_byline(para.tokens))["SOURCE"] == "Ada Brill"
    # a dash inside running text is no byline
    para = paragraphs("“It will open,” he said — and then the lights went out.")[0]
    assert quote_byline(para.tokens) is None


def test_model_tags_are_kept_elsewhere():
    paras = paragraphs("Harbor news\n\nThe mayor said the pier was safe.")
    model_tags = [["O"] * len(p.tokens) for p in paras]
    model_tags[1][1] = "B-SOURCE"
    assert read_turns(paras, model_tags)[1] is model_tags[1]


INTERVIEW = ("Interview: The mayor on floods\n\n"
             "Mayor Dana Quill spoke to the Velmora Courier on Friday.\n\n"
             "Q: Will the flood barrier be ready by winter?\n\n"
             "A: It will. The contractor has promised us.\n\n"
             "I believe them.\n\n"
             "Q: Your opponents say the project is 40 million over budget.\n\n"
             "A: That figure is simply wrong.")


def test_an_interviews_answers_are_the_interviewees_words_besides_the_reports_inside_them():
    paras = paragraphs(INTERVIEW)
    tags = [["O"] * len(p.tokens) for p in paras]
    believe = paras[4]  # the model read "I believe them" inside the first answer
    tags[4] = ["B-SOURCE", "B-CUE", "B-CONTENT", "O"]
    tags[2] = ["B-SOURCE", "B-CUE"] + ["B-CONTENT"] + ["I-CONTENT"] * (len(paras[2].tokens) - 3)  # "Q: Will …?"
    result = assembled(INTERVIEW, paras, read_turns(paras, tags))
    speakers = {s.id: (s.name, s.role) for s in result.speakers}
    question, first, inner, second = result.attributions
    assert speakers[question.speaker_id] == ("interviewer", None)  # no byline names who asked
    assert [(a.source.text, a.cue.text, a.type) for a in (first, second)] == [("A", ":", "direct")] * 2
    assert [c.text for c in first.content] == ["It will. The contractor has promised us", "I believe them"]
    assert (inner.source.text, inner.source.start) == ("I", believe.start)
    assert {speakers[a.speaker_id] for a in (first, inner, second)} == {("Dana Quill", "Mayor")}


def test_an_answer_label_needs_a_question_label():
    text = "Options\n\nA: the bridge.\n\nB: the tunnel."
    paras, tags = tagged(text)
    assert assembled(text, paras, tags).attributions == []


def test_an_interviewee_the_text_does_not_name_is_unnamed():
    text = "Five questions\n\nQ: Is it safe?\n\nA: It is."
    paras, tags = tagged(text)
    result = assembled(text, paras, tags)
    [answer] = result.attributions
    assert [(s.name, s.kind) for s in result.speakers if s.id == answer.speaker_id] == [("interviewee", "anonymous")]
