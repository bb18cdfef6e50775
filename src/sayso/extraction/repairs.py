"""Reports the tagger read only in part, mended by rule.

Each repair reads the text around one frame the tagger gave: a source cut
inside a name ("Water Minister Tomas | Fell on Wednesday rejected …"), a
source lost behind an aside ("Fell, asked whether …, said:") or after an
opening "Said" ('Said Quill: "…"'), the addressee of a passive "was told"
taken for content, or its teller left out ("TASS was told at the ministry's
press service that …"), a relative clause taken for the source ("The Pellin
Post, which first reported the talks, quoted …"); and the wires' headline "Speaker: what was said"
when the tagger read nothing in the headline.
"""

from __future__ import annotations

import re
from typing import Callable

from ..model import Attribution, Span
from . import stance
from .chains import subject_before
from .tokens import SENTENCE_OPENS
from .turns import is_heading

NAME_REST = re.compile(r" [A-Z][a-z]+\b(?![’'.-])(?= [a-z]|[,;:])")  # one word, then the name has ended
CALENDAR = re.compile(r" (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|"
                      r"June|July|August|September|October|November|December)\b")
NAME_ASIDE = re.compile(
    SENTENCE_OPENS + r"(?!(?:In|On|At|After|Before|When|While|But|And|As|If|For|With|"
    r"From|By|Since|Until|Asked|Speaking|Instead|Still|Meanwhile|However|Later|Earlier)\b)"
    r"(?P<name>(?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w.'’-]*)\s*,\s+"
    r"(?:asked|speaking|pressed|responding|writing|interviewed|reached|contacted|when\s+asked|in\s+an?\s|during|"
    r"on\s+\w+day)\b[^,.!?\n“”\"]{3,150},\s*$")
SPEECH_CUE = re.compile(r"(?:also\s+)?(?:said|says|told|tells|added|wrote|writes|replied|responded|insisted|stated|"
                        r"declared|argued|explained)\b", re.I)
SAID_NAME = re.compile(r"\s+(?P<name>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3})\s*:\s*")
TOLD_PASSIVE = re.compile(r"(?:was|were|has\s+been|had\s+been|is|are)\s+told\b", re.I)
QUOTE_MARK = re.compile(r"[\"“”]")
TOLD_AT = re.compile(r"\s+(?:at|in|by)\s+(?P<source>[^,.;:\n“”\"]{3,80}?)\s+(?=that\b)")


# "The Pellin Post, which first reported the breakdown, quoted …": the tagger may take the clause for the source
RELATIVE_CLAUSE = re.compile(r"(?:which|who)\s+\S+\s+\S+")
ANTECEDENT = re.compile(SENTENCE_OPENS + r"(?P<name>(?:[Tt]he\s+)?(?:[A-Z][\w.'’&-]*\s+){0,4}[A-Z][\w.'’&-]*)\s*,\s*$")


OPENING_ADVERB = re.compile(r"(?:Earlier|Meanwhile|However|Separately|Later|Previously|Still|Instead|Also|Similarly|"
                            r"Likewise|In\s+response|On\s+\w+day|Last\s+\w+|This\s+week)\s*,\s+(?=\S)")


# "claimed without providing evidence that …": the writer's remark, not what was claimed
WITHOUT_EVIDENCE = re.compile(r"without\s+(?:providing|offering|giving|citing|presenting|showing)\s+(?:any\s+)?"
                              r"(?:evidence|proof)\s*,?\s+(?=that\b)", re.I)


def without_remark(text: str, content: Span) -> Span:
    remark = WITHOUT_EVIDENCE.match(content.text)
    return (Span.trimmed(text, content.start + remark.end(), content.end) or content) if remark else content


# "Tessel's claim that crime has doubled is false": the writer's verdict on the claim, not part of it
NOMINAL_CLAIM = re.compile(r"(?:claim|assertion|contention|suggestion|argument|statement)s?", re.I)
VERDICT = re.compile(r"\s+(?:is|was|are|were)\s+(?:not\s+)?(?:(?:mostly|largely|simply|partly|half|also|clearly)\s+)?"
                     r"(?:false|true|wrong|misleading|inaccurate|incorrect|correct|accurate|baseless|unfounded|"
                     r"unsupported|exaggerated|right)\W*$", re.I)


def without_verdict(text: str, cue: Span | None, content: list[Span]) -> list[Span]:
    if cue is None or not content or not NOMINAL_CLAIM.fullmatch(cue.text) or not content[0].text.startswith("that "):
        return content
    verdict = VERDICT.search(content[-1].text)
    last = Span.trimmed(text, content[-1].start, content[-1].start + verdict.start()) if verdict else None
    return content[:-1] + [last] if last else content


def without_opening_adverb(text: str, source: Span) -> Span:
    """"Earlier, the Oskrian daily Vesti, quoting a source, reported": "Earlier" is no one."""
    opening = OPENING_ADVERB.match(source.text)
    return (Span.trimmed(text, source.start + opening.end(), source.end) or source) if opening else source


PASSIVE_CUE = re.compile(r"(?:is|are|was|were|be|been|being)\b", re.I)  # "The bank, which …, is expected to act"
SUBJECT_WITH_RELATIVE = re.compile(r"(?:[Tt]he|[Aa]n?)\s+[\w’'-]+(?:\s+[\w’'-]+){0,5},\s+(?:who|which)\s[^,.;:“”\"]+")


def mend_source(text: str, source: Span | None, cue: Span | None,
                content: list[Span]) -> tuple[Span | None, list[Span]]:
    """The source run to the end of its name, found before an aside or after an opening "Said", named
    before the relative clause the tagger took for it, or taken for what was said with such a clause."""
    if source is not None and RELATIVE_CLAUSE.match(source.text):
        named = ANTECEDENT.search(text, max(0, source.start - 120), source.start)
        return (Span.of(text, named.start("name"), named.end("name")) if named else source), content
    if source is not None:
        return _whole_name(text, source, cue), content
    if cue is None:
        return None, content
    named = _name_before_aside(text, cue)
    if named is not None:
        return named, content
    subject = next((c for c in content if 0 <= cue.start - c.end <= 3 and SUBJECT_WITH_RELATIVE.fullmatch(c.text)), None)
    if subject is not None and any(c.start >= cue.end for c in content) and not PASSIVE_CUE.match(cue.text):
        # "The spokesman, who asked not to be named …, said the men were being questioned": the tagger took
        # the speaker and the relative clause telling who he is for part of what he said
        return subject, [c for c in content if c is not subject]
    inverted = SAID_NAME.match(text, cue.end) if cue.text in ("Said", "Says") else None
    if inverted is None:
        return None, content
    # 'Said Quill: “Every ship that waits costs money.”': the quote after the colon is what was said
    after = [Span.trimmed(text, max(c.start, inverted.end()), c.end, " \t\r\n") if c.end > inverted.end() else None
             for c in content]
    return Span.of(text, inverted.start("name"), inverted.end("name")), [c for c in after if c is not None]


SOURCE_RELATIVE = re.compile(r"(?:who|which)\b[^,.;:“”\"]{2,120},\s*")


def without_source_relative(text: str, source: Span | None, content: list[Span]) -> list[Span]:
    """"According to Holt, who has seen the contract, the bill could reach 90 million": the relative clause
    after the source tells who the source is, not what was said."""
    if source is None or not content or not 0 < content[0].start - source.end <= 3:
        return content
    m = SOURCE_RELATIVE.match(content[0].text)
    rest = Span.trimmed(text, content[0].start + m.end(), content[0].end, " ") if m else content[0]
    return [rest, *content[1:]] if rest is not None else content


def name_out_of_cue(text: str, source: Span | None, cue: Span | None) -> tuple[Span | None, Span | None]:
    """The tagger read a name's last word as the cue's first ("the tenants' group Homes | First said"): a
    capitalised word between the source's name and the cue's lower-case verb goes back to the name."""
    if source is None or cue is None or not source.text[-1:].isalpha() or not source.text.split()[-1].istitle():
        return source, cue
    rest = NAME_REST.match(text, source.end)
    if rest is None or rest.start() + 1 != cue.start or rest.end() >= cue.end or CALENDAR.match(text, source.end):
        return source, cue
    return Span.of(text, source.start, rest.end()), Span.trimmed(text, rest.end(), cue.end, " ")


NEITHER = re.compile(r"(?:^|\s)neither$", re.I)
TIME_AFTER_SUBJECT = re.compile(r"\s+(?:on|late|early|last|this)\s+\w+$|\s+(?:yesterday|today)$")


def neither_into_cue(text: str, source: Span | None, cue: Span | None) -> tuple[Span | None, Span | None]:
    """"The ministry on Monday neither | confirmed nor denied …": "neither" belongs to the cue (a refusal to
    take a side, not a denial); the subject before it is the source."""
    if source is None or cue is None or not NEITHER.search(source.text) or source.end > cue.start or not re.search(
            r"\bnor\b", cue.text):  # not "Neither wanted to share his name": a pronoun
        return source, cue
    neither = source.end - len("neither")
    cue = Span.of(text, neither, cue.end)
    # the tagger read only "neither": the subject that opens the sentence
    kept = Span.trimmed(text, source.start, neither, " ,") or subject_before(text, neither)
    if kept is not None:
        time = TIME_AFTER_SUBJECT.search(kept.text)  # "The interior ministry on Monday"
        kept = Span.of(text, kept.start, kept.start + time.start()) if time else kept
    return kept, cue


STORY_CHANGED = re.compile(r"\s+(?:(?:later|quietly|since|also)\s+)?(?:updated|amended|revised|changed|corrected|edited)\s+"
                           r"(?:its|the|their|his|her)\s+(?:story|report|article|piece|post|headline)$")


def story_change_into_cue(text: str, source: Span | None, cue: Span | None) -> tuple[Span | None, Span | None]:
    """"Hours later, the Courier | updated its story to say …": the outlet changing its story is the cue (a
    correction), the outlet alone the source."""
    changed = STORY_CHANGED.search(source.text) if source is not None and cue is not None else None
    if changed is None or not 0 <= cue.start - source.end <= 1:
        return source, cue
    at = source.start + changed.start()
    return Span.trimmed(text, source.start, at), Span.trimmed(text, at, cue.end)


def _whole_name(text: str, source: Span, cue: Span | None) -> Span:
    """A source cut inside a name runs to its end: the tagger reads "Fell" in "Water Minister Tomas Fell on
    Wednesday rejected …" as a verb."""
    last = source.text.split()[-1] if source.text.strip() else ""
    if not last.isalpha() or not last.istitle():
        return source
    rest = NAME_REST.match(text, source.end)
    if rest is None or CALENDAR.match(text, source.end) or (cue is not None and source.end < cue.end and cue.start < rest.end()):
        return source
    return Span.of(text, source.start, rest.end())


def _name_before_aside(text: str, cue: Span) -> Span | None:
    """"Fell, asked whether the authority would hire replacements, said: …": the name that opens the sentence
    is the source the tagger missed, when only an aside stands between it and the cue."""
    if not SPEECH_CUE.match(cue.text):
        return None
    m = NAME_ASIDE.search(text, max(0, cue.start - 250), cue.start)
    return Span.of(text, m.start("name"), m.end("name")) if m else None


PARTICIPLE_CUE = re.compile(r"(?:saying|adding|arguing|noting|claiming|insisting|warning|citing|stating|explaining)\b")
IRREGULAR_PAST = ("took|gave|made|met|sent|held|won|lost|cut|set|put|told|threw|kept|left|brought|began|sold|paid|"
                  "struck|rose|fell|spent|chose|wrote|sought|ran|hit|led|became|came|went|saw|found|built|shut|quit|"
                  "drew|bought|broke|froze|withdrew|overturned|overrode")
# "The maritime authority fined the operator on Friday, saying …": the sentence's subject, up to its verb
SUBJECT_VERB = re.compile(r"(?:" + SENTENCE_OPENS + r"|(?<=[—–-]\s))(?P<name>(?:[Tt]he\s+)?(?:[A-Z][\w.'’&-]*|[a-z][\w'’-]*)"
                          r"(?:\s+(?:[A-Z][\w.'’&-]*|[a-z][\w'’-]*)){0,4}?)\s+(?:[a-z]+ed|" + IRREGULAR_PAST + r")\b")


# "Citing security concerns, the government on Monday postponed …": the subject after the opening participle
SUBJECT_AFTER = re.compile(r",\s+(?P<name>(?:[Tt]he\s+)?[\w.'’&-]+(?:\s+[\w.'’&-]+){0,4}?)\s+"
                           r"(?:(?:on|last|this|late|early)\s+\w+\s+)?(?:[a-z]+ed|" + IRREGULAR_PAST + r")\b")


def _opening_participle(text: str, cue: Span) -> bool:
    """A participle cue that opens its sentence: "Citing security concerns, the government …"."""
    before = text[:cue.start].rstrip(" \t")
    return bool(PARTICIPLE_CUE.fullmatch(cue.text.lower())) and (not before or before[-1] in ".!?\n—–")


def opening_participle(text: str, cue: Span | None, content: list[Span]) -> list[Span]:
    """"Citing security concerns, the government postponed the vote": what the participle cites ends at the
    comma; the rest is the sentence it opens."""
    if cue is None or not content or not _opening_participle(text, cue):
        return content
    comma = text.find(",", content[0].start, content[0].end)
    return [Span.trimmed(text, content[0].start, comma)] if comma > content[0].start else content


JOINED_SPEECH = re.compile(r"(?:said|added|told|warned|insisted|stated|announced|confirmed|denied)\b")


def subject_of_participle(text: str, cue: Span) -> Span | None:
    """The subject of the sentence a participle cue closes ("…, saying") or opens ("Citing …, the government
    postponed"), or a speech verb joined to its verb closes ("… apologised on Tuesday …, and said"), for a
    report with no source."""
    if _opening_participle(text, cue):
        comma = text.find(",", cue.end, cue.end + 200)
        after = SUBJECT_AFTER.match(text, comma) if comma >= 0 else None
        return Span.of(text, after.start("name"), after.end("name")) if after else None
    closing = PARTICIPLE_CUE.match(cue.text) and text[max(0, cue.start - 2):cue.start].startswith(",")
    joined = JOINED_SPEECH.match(cue.text) and re.search(r"\band\s+(?:also\s+)?$", text[max(0, cue.start - 12):cue.start])
    if not (closing or joined):  # "The head of the hospital apologised …, and said …": the head said it
        return None
    line = text.rfind("\n", 0, cue.start) + 1
    found = None
    for m in SUBJECT_VERB.finditer(text, max(line, cue.start - 300), cue.start):
        found = m
    if found is None or re.search(r"[.!?]\s", text[found.end():cue.start]) or not found["name"][0].isupper():
        return None
    if re.match(r"(?:But|And|Yet|So|Still)\s", found["name"]):
        return None  # "But he told ABC … and said": a pronoun, which only the reading order can resolve
    return Span.of(text, found.start("name"), found.end("name"))


def told_passive(text: str, source: Span | None, cue: Span, content: list[Span]) -> tuple[Span | None, list[Span]]:
    """'"…," Interfax was told by a source': Interfax heard it and is no part of what was said; "TASS was told
    at the ministry's press service that …": the press service told it."""
    if not TOLD_PASSIVE.match(cue.text):
        return source, content
    content = [c for c in content if not (0 <= cue.start - c.end <= 1 and len(c.text.split()) <= 4
                                          and not QUOTE_MARK.search(c.text))] or content
    teller = TOLD_AT.match(text, cue.end)
    if source is None and teller:
        source = Span.of(text, teller.start("source"), teller.end("source"))
    return source, content


# "Kremlin: no talks planned with Kestrel", "Peskov: talks 'not dead'"
HEADLINE_COLON = re.compile(r"(?P<source>[A-Z][\w.'’&-]*(?:\s+[A-Z][\w.'’&-]*){0,3})\s*(?P<cue>:)\s+(?P<content>\S.+)")
HEADING_WORDS = {"the", "a", "an", "over", "on", "in", "of", "for", "to", "with", "at", "from", "and", "or", "vs", "vs.",
                 "latest", "after", "before", "why", "how", "what", "who", "when", "where"}


def headline_colon(text: str, headline: Span | None, attributions: list[Attribution],
                   next_id: Callable[[], str]) -> list[Attribution]:
    """The wires' headline "Speaker: what was said", when the tagger read nothing in the headline."""
    if headline is None or any(a.cue is not None and a.cue.start < headline.end for a in attributions):
        return []
    m = HEADLINE_COLON.fullmatch(text, headline.start, len(headline.text.rstrip()) + headline.start)
    content = Span.trimmed(text, m.start("content"), m.end("content")) if m else None
    if m is None or content is None or is_heading(m["source"]) or any(
            w in HEADING_WORDS for w in m["source"].lower().split()):
        return []  # "Opinion: …", "The Latest: …", "Stealth Over Health: …" are headings, not speakers
    return [Attribution(next_id(), stance.attribution_type(":", [content]), Span.of(text, *m.span("source")),
                        Span.of(text, *m.span("cue")), [content], stance="asserts",
                        hedged=stance.is_hedged(":", [content]))]


# "… could be signed “within weeks.” Another said the price was likely to exceed …": a content the tagger ran on
# into the next sentence, which has its own source and speech verb
RUN_ON = re.compile(r"(?<=[.!?][”\"’ ])\s*(?P<source>(?:[A-Z][\w’'-]*|[Tt]he\s+[\w’'-]+)(?:\s+[\w’'-]+){0,3}?)\s+"
                    r"(?P<cue>said|says|told\s+(?:reporters|\w+)|added|wrote)\s+"
                    r"(?=[a-z])(?!(?:at|during|in|on|after|before|while|when|from|of)\b)")  # a clause, not "at a rally"


def run_on(text: str, at: Attribution, pattern: re.Pattern[str]) -> re.Match[str] | None:
    """Where `pattern` begins inside a report's last content piece, past its first character: the tagger ran
    the content on into something else ("… and declined to say", "… Another said …")."""
    if at.cue is None or not at.content:
        return None
    last = at.content[-1]
    m = pattern.search(text, last.start, last.end)
    return m if m is not None and m.start() > last.start else None


ABBREVIATION_END = re.compile(r"\b(?:[A-Z][a-z]{0,2}|[A-Z]\.[A-Z])\.\s*$")  # "Mr.", "Gov.", "U.S."


def split_run_on(text: str, attributions: list[Attribution], next_id: Callable[[], str]) -> list[Attribution]:
    """A report's unquoted content that runs into a sentence of another's ends where that sentence begins, and
    that sentence is a report of its own."""
    out: list[Attribution] = []
    for at in attributions:
        out.append(at)
        m = run_on(text, at, RUN_ON) if at.type != "direct" else None
        if m is None or QUOTE_MARK.match(text, m.start("source")) or \
                ABBREVIATION_END.search(text[max(0, m.start("source") - 8):m.start("source")]) or \
                m["source"].split()[-1].lower() in ("had", "has", "have", "then", "and", "also", "in"):
            continue  # "Mr. Ross said" is no new sentence; "Obama had told" no short subject
        last = at.content[-1]
        kept = Span.trimmed(text, last.start, m.start(), " \t")
        said = Span.trimmed(text, m.end(), last.end)
        if kept is None or said is None:
            continue
        at.content = at.content[:-1] + [kept]
        cue = Span.of(text, m.start("cue"), m.end("cue"))
        out.append(Attribution(next_id(), stance.attribution_type(cue.text, [said]),
                               Span.of(text, m.start("source"), m.end("source")), cue, [said],
                               stance=stance.stance_of(cue.text, [said]), hedged=stance.is_hedged(cue.text, [said])))
    return out
