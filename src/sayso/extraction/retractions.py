"""Retractions told as actions: "Paper P said Z, then removed the article", "P deleted an article that said Z".

PolNeAR annotates reports, not what an outlet later did with them, so the
tagger reads "then removed the article from its website" as part of what P
said. This step splits it off: P's report keeps Z, and a second attribution
by the same source, stance `retracts`, points at the same content. The same
action told in a sentence of its own ("The Courier later removed the article.")
retracts what that speaker reported earlier in the story.
"""

from __future__ import annotations

import re
from typing import Callable

from ..model import Attribution, Span, insert_in_reading_order
from . import stance
from .source_phrases import OUTLET_PHRASE, read_source
from .speakers import SpeakerResolver
from .tokens import SENTENCE_OPENS

REMOVAL_VERB = r"(?:removed|deleted|took\s+down|pulled|retracted|withdrew|unpublished|scrubbed)"
PIECE = r"(?:article|story|report|post|piece|tweet|item)s?"
REMOVAL = (REMOVAL_VERB + r"\s+(?:the|its|that|this)\s+(?P<what>article|story|report|post|piece|tweet|item)s?"
           r"(?:\s+from\s+(?:its|the)\s+(?:website|site|page|feed|account))?")
REMOVED = re.compile(REMOVAL)
REMOVED_VERB = re.compile(r"(?:(?:later|then|also)\s+)?" + REMOVAL_VERB, re.I)
# The source's own later action: the subject is left out and a connector comes
# first ("…, then removed", "… and later deleted"), so "the council removed the
# article 12 clause" inside what was said is not mistaken for one.
RETRACTION = re.compile(
    r"(?:\s*[,;]\s*(?:and\s+|but\s+)?(?:(?:then|later|subsequently|quickly)\s+)*"
    r"|\s+(?:and\s+|but\s+)?(?:then|later|subsequently)\s+(?:quickly\s+)?)"
    rf"(?P<cue>{REMOVAL})(?!\s*\d)", re.I)
# A sentence of its own, its subject a short phrase: "The Courier later removed the article from its website."
SUBJECT = (r"(?:" + SENTENCE_OPENS + r"|(?<=[—–-]\s))" +  # also the lede after "CITY (Agency) — "
           r"(?P<source>(?:[Tt]he\s+)?[A-Z][\w'’.&-]*(?:\s+[A-Z][\w'’.&-]*){0,3}|[Tt]he\s+[a-z]+)\s+"
           r"(?:(?:later|then|subsequently|quickly|since|has|had|also|on\s+[A-Z]\w+)\s+)*")
TOLD_APART = re.compile(SUBJECT + rf"(?P<cue>{REMOVAL})(?!\s*\d)")
# What the removed piece said, told in a relative clause: "The Courier on Tuesday deleted an article that said …"
REMOVED_PIECE = (SUBJECT + r"(?P<cue>" + REMOVAL_VERB + r"\s+(?:an?|the|its)\s+(?:[\w’'-]+\s+){0,2}?" + PIECE +
                 r")\s+(?:that|which)")
REMOVED_SAYING = re.compile(REMOVED_PIECE + "$")
REMOVED_CLAIM = re.compile(REMOVED_PIECE + r"\s+(?:had\s+)?(?P<say>said|reported|claimed|alleged|stated|suggested)\s+")
# where the claim of a removed piece ends: the sentence, or a clause that tells when ("…, hours after the
# ministry called it false")
CLAIM_END = re.compile(r"[.!?](?=[”\"’]?(?:\s|$))|\n|,\s+(?:(?:hours|days|weeks|minutes|shortly|soon|just)\s+)?"
                       r"(?:after|before|when|while|as|but|which|prompting|following)\b")


# "The board's statement was later corrected to say …": the corrected report is the subject
CORRECTED_TO_SAY = re.compile(r"(?:was|were|has\s+been|had\s+been)\s+(?:(?:later|since|subsequently|quietly)\s+)?"
                              r"corrected\s+to\s+(?:say|read|show|state)\b", re.I)
# "issued a correction, saying …", "In a correction published on Thursday, the Ledger said …"
CORRECTION_BEFORE = re.compile(r"\bcorrection\b[^.!?\n]*$", re.I)


def mark_corrections(text: str, attributions: list[Attribution]) -> None:
    """Reports made in a correction are `corrects`, and a passive "X was corrected to say Y" is X's."""
    for at in attributions:
        if at.cue is None or at.type == "story":
            continue
        if CORRECTED_TO_SAY.fullmatch(at.cue.text) and at.source is None and len(at.content) > 1 \
                and at.content[0].end <= at.cue.start:
            at.source, at.content = at.content[0], at.content[1:]
        opening = text[max(0, (at.source or at.cue).start - 120):at.cue.start]
        if at.stance in ("asserts", "reports") and CORRECTION_BEFORE.search(opening):
            at.stance = "corrects"


def split_retractions(text: str, attributions: list[Attribution], next_id: Callable[[], str]) -> list[Attribution]:
    out: list[Attribution] = []
    for at in attributions:
        out.append(at)
        if not at.content or at.type == "story":
            continue
        last = at.content[-1]
        m = RETRACTION.search(text, last.start, last.end)
        if m is None or m.start() <= last.start:
            # right after the content: 'wrote that the sale was "a done deal," then deleted the post'
            m = RETRACTION.match(text, last.end)
        if m is None or m.start() <= last.start:
            continue
        kept_end = m.start()
        while kept_end > last.start and not text[kept_end - 1].isalnum() and text[kept_end - 1] not in "”\"’":
            kept_end -= 1
        at.content = at.content[:-1] + [Span.of(text, last.start, kept_end)]
        cue = Span.of(text, m.start("cue"), m.end("cue"))
        out.append(Attribution(next_id(), at.type, at.source, cue, list(at.content), stance="retracts",
                               hedged=at.hedged, cited_by=at.cited_by))
    return out


# The same read as one frame: "deleted" | "an article that said Z", or "deleted an article that said" | "Z"
PIECE_THAT_SAID = (r"(?P<what>(?:an?|the|its)\s+(?:[\w’'-]+\s+){0,2}?" + PIECE + r")\s+(?:that|which)\s+(?:had\s+)?"
                   r"(?P<say>said|reported|claimed|alleged|stated|suggested)")
PIECE_SAYING = re.compile(PIECE_THAT_SAID + r"\s+")
CUE_SAYING = re.compile(r"(?:(?:later|then|also)\s+)?" + REMOVAL_VERB + r"\s+" + PIECE_THAT_SAID, re.I)


def piece_that_said(text: str, at: Attribution) -> tuple[int, Span, list[Span]] | None:
    """For a frame read as one report of a removed piece: where "deleted an article" ends, the
    "said" cue, and what the piece said; None for any other frame."""
    if at.cue is None or not at.content:
        return None
    m = CUE_SAYING.fullmatch(text, at.cue.start, at.cue.end)
    if m is not None:
        return m.end("what"), Span.of(text, m.start("say"), m.end("say")), list(at.content)
    piece = PIECE_SAYING.match(text, at.content[0].start) if REMOVED_VERB.fullmatch(at.cue.text) else None
    if piece is None or piece.end() >= at.content[0].end:
        return None
    return (piece.end("what"), Span.of(text, piece.start("say"), piece.end("say")),
            [Span.of(text, piece.end(), at.content[0].end), *at.content[1:]])


def removed_saying(text: str, attributions: list[Attribution], next_id: Callable[[], str]) -> list[Attribution]:
    """"The Courier deleted an article that said Z": the relative "that" said Z for the Courier, and the
    Courier retracts Z."""
    out: list[Attribution] = []
    for at in attributions:
        out.append(at)
        found = piece_that_said(text, at)
        if found is not None:
            what_end, say, content = found
            said = Attribution(next_id(), at.type, at.source, say, content, cited_by=at.cited_by)
            at.cue = Span.of(text, at.cue.start, what_end)  # "deleted an article", as told apart
            at.content, at.stance = list(content), "retracts"
            out.insert(len(out) - 1, said)
            continue
        if at.source is None or at.source.text.lower() not in ("that", "which") or not at.content:
            continue
        line = text.rfind("\n", 0, at.source.start) + 1
        m = REMOVED_SAYING.search(text, max(line, at.source.start - 250), at.source.end)
        if m is None:
            continue
        at.source = Span.of(text, m.start("source"), m.end("source"))
        out.append(Attribution(next_id(), at.type, at.source, Span.of(text, m.start("cue"), m.end("cue")),
                               list(at.content), stance="retracts", hedged=at.hedged, cited_by=at.cited_by))
    return out


def removed_claims(text: str, body_start: int, attributions: list[Attribution],
                   next_id: Callable[[], str]) -> list[Attribution]:
    """"The Velmora Evening Star on Sunday removed an article that claimed Z", where the tagger read no report:
    the Star claimed Z, and retracts it. A content piece another frame took from inside it is dropped (the
    frame keeps its other pieces)."""
    if not re.search(REMOVAL_VERB, text[body_start:]):
        return attributions  # the full pattern tries every capital letter: look for the verb first
    out = list(attributions)
    for m in REMOVED_CLAIM.finditer(text, body_start):
        end = CLAIM_END.search(text, m.end())
        content = Span.trimmed(text, m.end(), end.start() if end else len(text), " \t\r\n,;:")
        if content is None or any(at.cue is not None and at.cue.start < m.end("say") and m.start("cue") < at.cue.end
                                  for at in out):
            continue
        for at in out:
            inside = [c for c in at.content if m.start("cue") <= c.start and c.end <= content.end]
            if inside and len(inside) < len(at.content) and at.cue is not None:
                read = stance.stance_of(at.cue.text, at.content) == at.stance  # not set by a later step
                at.content = [c for c in at.content if c not in inside]
                at.stance = stance.stance_of(at.cue.text, at.content) if read else at.stance
        source, say = Span.of(text, m.start("source"), m.end("source")), Span.of(text, m.start("say"), m.end("say"))
        kind = stance.attribution_type(say.text, [content])
        said = Attribution(next_id(), kind, source, say, [content], stance="reports",
                           hedged=stance.is_hedged(say.text, [content]))
        removed = Attribution(next_id(), kind, source, Span.of(text, m.start("cue"), m.end("cue")), [content],
                              stance="retracts", hedged=said.hedged)
        insert_in_reading_order(out, [said, removed], m.start("cue"))
    return out


# "On Tuesday she walked back the remarks": a speaker takes back what they said last
WALKED_BACK = re.compile(
    r"(?P<source>\b(?:[Ss]he|[Hh]e|[Tt]hey|[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}|[Tt]he\s+[a-z]+))\s+"
    r"(?:(?:later|then|quickly|has|had|since|also)\s+)*"
    r"(?P<cue>(?:walked|walks|has\s+walked)\s+back|retracted|withdrew|took\s+back)\s+"
    r"(?:the|her|his|its|their|those|these|that|this)\s+(?:[\w-]+\s+)?"
    r"(?:remarks?|comments?|statements?|claims?|words|figures?|assertions?|allegations?)\b")


def removals_told_apart(text: str, start: int = 0) -> list[tuple[Span, Span, bool]]:
    """Each "The Courier later removed the article." after `start`: (subject, cue, whether it took
    down everything the subject reported rather than its last post); and each "she walked back the remarks",
    which takes back the last report."""
    found = [(Span.of(text, m.start("source"), m.end("source")), Span.of(text, m.start("cue"), m.end("cue")), False)
             for m in WALKED_BACK.finditer(text, start)]
    if not REMOVED.search(text, start):
        return found  # the full pattern tries every capital letter: look for the removal first
    return found + [(Span.of(text, m.start("source"), m.end("source")), Span.of(text, m.start("cue"), m.end("cue")),
                     m["what"] not in ("post", "tweet", "item"))
                    for m in TOLD_APART.finditer(text, start)]


def retract_reported(attributions: list[Attribution], speaker_id: str, subject: Span, cue: Span,
                     everything: bool, next_id: Callable[[], str]) -> list[Attribution]:
    """The `retracts` attributions a removal told apart makes: one for each of the speaker's reports before
    it, or only the last for a post; none where that speaker reported nothing."""
    before = [at for at in attributions if at.speaker_id == speaker_id and at.type != "story"
              and at.stance not in ("retracts", "declines") and at.cue is not None and at.cue.end <= subject.start]
    return [Attribution(next_id(), at.type, subject, cue, list(at.content), stance="retracts", hedged=at.hedged,
                        cited_by=at.cited_by, speaker_id=speaker_id, dates=list(at.dates))
            for at in (before if everything else before[-1:])]


# "The post was deleted within an hour.": a removal with no one doing it, the piece's author retracts it
PASSIVE_REMOVAL = re.compile(
    SENTENCE_OPENS + r"(?P<source>[Tt]he\s+(?:[\w’'-]+\s+)?(?P<what>article|story|report|post|tweet|piece|item))\s+"
    r"(?P<cue>(?:was|has\s+been|had\s+been)\s+(?:(?:later|since|quickly|quietly|then)\s+)?"
    r"(?:deleted|removed|taken\s+down|pulled|retracted|withdrawn|scrubbed|unpublished))\b")
POSTED = re.compile(r"\b(?:wrote|writes|posted|posts|tweeted|tweets)\b", re.I)


def _passive_removals(text: str, start: int, attributions: list[Attribution],
                      resolver: SpeakerResolver) -> list[tuple[Span, Span, bool, str | None]]:
    """Each "The post was deleted." after `start`, with whose it was: the last report written or posted
    before it for a post or tweet, the last outlet's report for an article or story."""
    found: list[tuple[Span, Span, bool, str | None]] = []
    kinds = {sp.id: sp.kind for sp in resolver.speakers}
    for m in PASSIVE_REMOVAL.finditer(text, start):
        post = m["what"] in ("post", "tweet", "item")
        author = next((at.speaker_id for at in reversed(attributions) if at.cue is not None and at.speaker_id
                       and at.cue.end <= m.start() and at.type != "story" and (
                           POSTED.search(at.cue.text) if post else kinds.get(at.speaker_id) == "outlet")), None)
        if author is not None:
            found.append((Span.of(text, *m.span("source")), Span.of(text, *m.span("cue")), not post, author))
    return found


# "Holt had told the weekly Stern Post that …. The newspaper later removed the interview from its website.": the
# outlet takes back the interview it ran, which is the report told to it
INTERVIEW_REMOVED = re.compile(SUBJECT + r"(?P<cue>" + REMOVAL_VERB + r"\s+(?:the|its|that|this)\s+interview"
                               r"(?:\s+from\s+(?:its|the)\s+(?:website|site|page|feed|account))?)")
TOLD_TO = re.compile(r"\s+" + OUTLET_PHRASE)


def interview_removals(text: str, start: int, attributions: list[Attribution], resolver: SpeakerResolver,
                       next_id: Callable[[], str]) -> None:
    """Each "The newspaper later removed the interview": the last report told to an outlet before it is
    retracted by that outlet (its `speaker`), with the removal's subject as source."""
    if "interview" not in text:
        return
    for m in INTERVIEW_REMOVED.finditer(text, start):
        told, outlet = None, None
        for at in reversed(attributions):  # the last report told to someone named before the removal
            if at.cue is not None and at.cue.end <= m.start() and at.cue.text.split()[-1] in ("told", "interview") \
                    and at.stance != "retracts":
                told, outlet = at, TOLD_TO.match(text, at.cue.end)
                if outlet is not None:
                    break
        if told is None or outlet is None or read_source(outlet["outlet"]).kind != "outlet":
            continue
        speaker = resolver.resolve(Span.of(text, outlet.start("outlet"), outlet.end("outlet")), "outlet")
        subject = Span.of(text, m.start("source"), m.end("source"))
        speaker.mentions.append(subject)
        insert_in_reading_order(attributions, [Attribution(
            next_id(), told.type, subject, Span.of(text, *m.span("cue")), list(told.content), speaker_id=speaker.id,
            stance="retracts", hedged=told.hedged, cited_by=told.cited_by, dates=list(told.dates))], m.start("cue"))


def retract_told_apart(text: str, body_start: int, attributions: list[Attribution], resolver: SpeakerResolver,
                       next_id: Callable[[], str]) -> None:
    """"The Courier later removed the article.": the Courier's earlier reports are retracted; "The post was
    deleted within an hour.": its author's post is."""
    told: list[tuple[Span, Span, bool, str | None]] = [
        (subject, cue, everything, None) for subject, cue, everything in removals_told_apart(text, body_start)]
    for subject, cue, everything, author in told + _passive_removals(text, body_start, attributions, resolver):
        # a subject that is also a report's source ("she walked back the remarks, saying …") was resolved there,
        # in reading order; `find` knows only who was mentioned last in the whole text
        author = author or next((at.speaker_id for at in attributions if at.source == subject), None)
        speaker = resolver.find(subject) if author is None else next(sp for sp in resolver.speakers if sp.id == author)
        if speaker is None or any(at.cue == cue for at in attributions):
            continue
        retracted = retract_reported(attributions, speaker.id, subject, cue, everything, next_id)
        if retracted:
            speaker.mentions.append(subject)
            insert_in_reading_order(attributions, retracted, cue.start)
