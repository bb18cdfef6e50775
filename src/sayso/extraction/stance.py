"""Attribution type, stance of the cue, and hedging."""

from __future__ import annotations

import re
from typing import Sequence

from ..model import AttributionType, Span, Stance
from .tokens import QUOTES

# Checked in this order: the first lexicon with a word in the cue wins, so
# "denied reports" is a denial, not a report.
STANCE_WORDS: tuple[tuple[Stance, re.Pattern[str]], ...] = tuple(
    (stance, re.compile(r"\b(?:" + words + r")", re.I))
    for stance, words in (
        # "could not independently verify the claims": neither a confirmation nor a denial
        ("unverified", r"(?:could|can|did|was|were|has|have|had)(?:n[’']t| not)(?: be| been)? "
                       r"(?:independently |immediately |yet )?"
                       r"(?:verif|confirm|corroborat)|(?:unable|impossible) to (?:independently )?(?:verif|confirm)|"
                       r"cannot (?:independently )?(?:verif|confirm)"),
        # a refusal to comment is no statement, whatever verb it would have had: "declined to confirm"; nor is
        # a denial not made: "has not disputed the timeline", "would not confirm", "never denied"
        ("declines", r"declin|refus|(?:would|will|did|does|do|could|has|have|had)(?:n[’']t| not) "
                     r"(?:yet |immediately |publicly |directly |explicitly )?"
                     r"(?:comment|say|respond|return|repl|den|disput|contest|challeng|confirm|name|identify|disclose|"
                     r"publish|release)|"
                     r"never (?:den|disput|contest|confirm)|yet to (?:comment|respond|reply|explain|answer|say)|no comment|"
                     r"neither (?:confirm|den)\w* nor (?:confirm|den)"),  # "neither confirmed nor denied"
        # a correction takes back part of a report and says what stands instead: the content is the new version
        ("corrects", r"correct(?:ed|s|ing|ion)\b|(?<!hardly )(?<!not )(?<!n[’']t )clarif(?:ied|ies|y|ying|ication)\b|"
                     r"(?:updat|amend|revis|chang|edit)(?:ed|es|s|ing) (?:its|the|their|his|her) "  # "updated its story to say"
                     r"(?:story|report|article|piece|post|headline)"),
        ("retracts", r"retract|withdr[ae]w|walk(?:ed|s)? back|took down|taken down|"
                     r"remov(?:ed|es|ing) the (?:article|report|story|post)|deleted|"
                     r"pull(?:s|ed|ing)? (?:the |its |a )?(?:article|report|story|post)"),
        ("denies", r"den(?:y|ied|ies|ial)|reject|dismiss|refut|rebut|disput|contradict|"
                   r"play(?:ed|s|ing)? down|downplay|brush(?:ed|es)? (?:aside|off)|shrug(?:ged|s)? off|scoff|"
                   r"(?:does|do|did)(?:n[’']t| not) (?:support|bear out)|"  # "a figure police data does not support"
                   r"called .{0,20}(?:false|fake|baseless)"),  # a cue that runs on past "called"
        ("confirms", r"confirm|acknowledg|admit|verif|conced|corroborat"),
        ("predicts", r"predict|forecast|expect|anticipat|foresee|project(?:ed|s)\b|warn"),
        ("questions", r"ask(?:ed|s)?\b|question|wonder|doubt|inquir"),
        ("opines", r"think|thought|believe|argu|opin|feel|felt|suggest|consider|"
                   r"wrote in (?:a|an|his|her) (?:column|op-ed|editorial)|view"),
        ("learns", r"learn(?:ed|t)|has found|discovered"),
        ("reports", r"report(?:ed|s|ing)?\b|according to|cit(?:ed|ing)|quot(?:ed|ing|es)\b|reveal|disclos|publish|"
                    r"leak"),  # "Velnews quoted an unnamed diplomat as saying": the agency carries the report
    )
)

# Verbs that report speech or thought, for rules that must not take any tagged cue for one
REPORTING = re.compile(
    r"\b(?:sa(?:id|ys)|told|tells|add(?:ed|s)|wr(?:ote|ites)|report(?:ed|s)|stat(?:ed|es)|announc(?:ed|es)|"
    r"confirm(?:ed|s)|den(?:ied|ies)|warn(?:ed|s)|claim(?:ed|s)|insist(?:ed|s)|explain(?:ed|s)|not(?:ed|es)|"
    r"argu(?:ed|es)|acknowledg(?:ed|es)|admit(?:ted|s)|predict(?:ed|s)|estimat(?:ed|es)|learn(?:ed|t)|"
    r"reject(?:ed|s)|conclud(?:ed|es)|believ(?:ed|es)|thinks?|thought)\b", re.I)

# "could not afford" is a firm no (an inability), not a hedge; "may not" and "might not" stay hedges
# "may" in lower case only: "May 15" is a month, not a hedge
HEDGES = re.compile(
    r"\b(?:(?-i:may)|might|could(?!\s+(?:not|hardly|scarcely|never)\b|n[’']t)|allegedly|alleged|alleges|alleging|reportedly|purportedly|possibly|perhaps|"
    r"apparently|likely|unlikely|probably|rumou?red|seem(?:s|ed)?|appear(?:s|ed)? to|"
    r"unconfirmed|is said to|are said to|suspected|speculat(?:ed|es|ing))\b",
    re.I,
)


# "The Gazette said it stood by its story", "… that it had published the interview in full and stood by its
# account": a plain "said" that reaffirms the speaker's own report
STANDS_BY = re.compile(r"(?:^(?:that\s+)?(?:it|he|she|they|we|I|the\s+\w+)\s+[“\"]?|\b(?:and|but)\s+)(?:still\s+)?"
                       r"(?:stood|stands|stand|would\s+stand)\s+by\s+"
                       r"(?:its|his|her|their|our|my)\s+(?:story|report|reporting|article|account|claim|statement|"
                       r"remarks?|comments?|interview|figures|numbers|data|estimate)", re.I)
# "The Kremlin called the report “baseless”", "described the story as false": a denial told by the label
LABELLING = re.compile(r"\b(?:call|describ|brand|label|term|dub)\w*", re.I)
DISMISSAL = re.compile(r"\b(?:baseless|groundless|unfounded|false|fake|untrue|fabricat\w*|invent(?:ion|ed)|"
                       r"lies?|lying|nonsense|absurd|ridiculous|slander\w*|smear|propaganda|misleading|"
                       r"inaccurate|wrong|a hoax|fiction|speculat(?:ion|ive)|conjecture|"
                       r"guesswork|rumou?rs?|gossip|(?:dis|mis)information|not\s+(?:true|accurate|correct)|"
                       r"without\s+(?:any\s+)?(?:foundation|basis|merit))\b", re.I)


# "A spokeswoman said the claim was “absurd”": a plain "said" whose content calls a report false
THE_REPORT = (r"(?:the|this|that|such|these|those|its|their|his|her)\s+(?:[\w’'-]+\s+){0,2}?"
              r"(?:claims?|reports?|story|stories|allegations?|accusations?|article|suggestions?|charges?|accounts?)")
REPORT_IS_FALSE = re.compile(
    r"(?:that\s+)?" + THE_REPORT + r"\s+(?:was|were|is|are|(?:had|has|have)\s+been)\s+"
    r"(?:(?:simply|completely|totally|entirely|utterly|just)\s+)?"
    r"[“\"‘']?\s*(?:an?\s+|pure\s+|complete\s+|total\s+)?" + DISMISSAL.pattern +
    # "there was no truth to the report"
    r"|(?:that\s+)?there\s+(?:was|is|were)\s+no\s+truth\s+(?:in|to)\s+" + THE_REPORT +
    # the Russian wires' "the report does not correspond to reality"
    r"|(?:that\s+)?" + THE_REPORT + r"\s+[“\"‘']?(?:does|did|do)\s+not\s+correspond\s+to\s+(?:reality|the\s+facts|the\s+truth)" +
    # a quotation that is only a dismissal: '"That is simply not true," Strand told Nordwire.'
    r"|[“\"‘']?\s*(?:that|this|it)(?:[’']s|\s+is|\s+was)\s+(?:(?:simply|completely|totally|entirely|utterly|just|"
    r"absolutely)\s+)?(?:an?\s+|pure\s+|complete\s+|total\s+)?(?:" + DISMISSAL.pattern + r")[\s,.!”\"’']*$", re.I)
# An outlet's apology for its own piece takes it back: "apologised on Wednesday for a report that …",
# "apologised for misquoting the minister"
APOLOGY = re.compile(r"\bapologi[sz](?:ed|es|e|ing)\b", re.I)
NOT_DONE = re.compile(r"\b(?:not|never|refus\w*|declin\w*)\b|n[’']t\b", re.I)  # "didn't apologize for his remarks"
APOLOGISED_REPORT = re.compile(r"(?:(?:a|an|the|its|their|his|her)\s+(?:[\w’'-]+\s+){0,2}?(?:report|story|article|"
                               r"broadcast|post|tweet|piece|headline|claim|remark|comment|statement)s?\b|(?:misquot|misreport|misstat)\w*)",
                               re.I)
# "An engineer said the report was accurate": a plain "said" whose content bears a report out
REPORT_IS_TRUE = re.compile(r"(?:that\s+)?" + THE_REPORT + r"\s+(?:was|were|is|are)\s+(?:(?:entirely|completely|"
                            r"essentially|broadly|largely)\s+)?(?:accurate|correct|true|right)\b", re.I)


# "declined to pay", "refuses to resign": what was refused is a deed, not a comment
REFUSAL = re.compile(r"\b(?:declin|refus)", re.I)
DEED_REFUSED = re.compile(r"\W*to\s+(?!(?:comment|say|confirm|deny|answer|discuss|elaborate|disclose|reveal|name|"
                          r"identify|specify|respond|reply|speak|talk|be\s+(?:interviewed|named|identified)|give|"
                          r"provide|release|share|explain|address|go\s+into|make\s+public|publish|turn\s+over|"
                          r"hand\s+over|show)\b)[a-z]+", re.I)  # withholding what was asked for is a refusal still

# "The press service told TASS it had nothing to add": no statement, whatever the verb
NOTHING_TO_ADD = re.compile(r"^(?:that\s+)?(?:it|he|she|they|we|I)\s+(?:had|has|have)\s+(?:nothing\s+(?:further\s+)?"
                            r"to\s+(?:add|say)|no\s+(?:further\s+)?comment)\b", re.I)


ASKED = re.compile(r"\bask(?:ed|s)?\s*$", re.I)
# someone (a few words, no question word), then "to" and a verb
ASKED_TO_DO = re.compile(r"(?!(?:whether|if|why|how|what|when|where|who|questions?)\b)(?:[\w’'.-]+\s+){1,6}?to\s+"
                         r"(?!(?:the|a|an|all|his|her|their|its|them|him|me|us|you)\b)[a-z]+\b[^?]*$")  # no quoted question


def stance_of(cue: str | None, content: Sequence[Span] = ()) -> Stance:
    if not cue:
        return "asserts"
    if content and STANDS_BY.search(content[0].text):
        return "confirms"
    if content and NOTHING_TO_ADD.match(content[0].text):
        return "declines"
    if content and ((LABELLING.match(cue) and _dismissed(content[0].text)) or REPORT_IS_FALSE.match(content[0].text)):
        return "denies"
    if content and REPORT_IS_TRUE.match(content[0].text):
        return "confirms"
    if content and APOLOGY.search(cue) and not NOT_DONE.search(cue) and APOLOGISED_REPORT.match(content[0].text):
        return "retracts"  # "VTV apologised for a report that quoted the minister as saying …"
    if content and REFUSAL.search(cue) and DEED_REFUSED.match(content[0].text):
        return "asserts"  # "refuses to pay the bill": a stand taken, not a refusal to comment
    if content and ASKED.search(cue) and ASKED_TO_DO.match(content[0].text):
        return "asserts"  # "has asked the city's auditor to review the contract": a request, not a question
    for stance, pattern in STANCE_WORDS:
        if pattern.search(cue):
            return stance
    return "asserts"


def _dismissed(content: str) -> bool:
    """The label a report is given is false: what follows "as", or the last words ("the report “baseless”");
    "called for an inquiry into false accounts" labels nothing."""
    if re.match(r"\W*for\b", content):
        return False
    quoted = re.findall(r"[“\"]([^”\"]+)[”\"]", content)  # 'the report "fabricated from start to finish"'
    label = content.rsplit(" as ", 1)[1] if " as " in content else quoted[-1] if quoted else " ".join(content.split()[-4:])
    return bool(DISMISSAL.search(label))


def is_hedged(cue: str | None, content: Sequence[Span]) -> bool:
    # the cue and its content read on ("appears" | "to show a strike"), as well as each alone
    joined = f"{cue} {content[0].text}" if cue and content else ""
    return any(HEDGES.search(t) for t in [cue or "", joined] + [s.text for s in content])


def _strip(text: str) -> str:
    return text.strip().rstrip(".,;:!?").strip()


# a phrase in straight single quotes, as headlines and British copy quote: "port deal 'not dead'";
# an apostrophe ("don't", "the '90s") has no space before it or no closing mark
SINGLE_QUOTED = re.compile(r"(?:^|\s)'[^'\s][^']*[^'\s]'(?=\s|$|[,.;:!?])")
CLOSING = re.compile(r"[”»\"]|’(?!\w)")  # ’ before a letter is an apostrophe


def _quoted(piece: str) -> bool:
    """A piece in quotation marks; a paragraph of a quote that runs on into the
    next one opens with a mark and has no closing one (the next paragraph
    reopens it, in this attribution or the next: '… forgotten.' then
    '"And we will not wait," she added')."""
    if len(piece) < 2 or piece[0] not in QUOTES:
        return False
    return piece[-1] in QUOTES or not CLOSING.search(piece, 1)


def attribution_type(cue: str | None, content: Sequence[Span]) -> AttributionType:
    if cue and re.match(r"\s*according\s+to\b", cue, re.I):
        return "according_to"
    pieces = [_strip(s.text) for s in content if _strip(s.text)]
    if not pieces:
        return "indirect"
    if all(_quoted(p) for p in pieces):
        return "direct"
    if any(ch in "“”\"" for p in pieces for ch in p) or any(re.search(r"(?:^|\s)‘|’(?:\s|$)", p) or
                                                          SINGLE_QUOTED.search(p) for p in pieces):
        return "mixed"
    return "indirect"
