"""Datelines ("MOSCOW, November 18. /TASS/.", "LONDON (Reuters) —") and
relative dates in content ("on November 17", "in September", "next year"),
resolved against the dateline's date or the article's publication date."""

from __future__ import annotations

import re
from datetime import date, timedelta

from ..model import DateMention, Dateline, Span

MONTHS = {m: i for i, m in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august",
     "september", "october", "november", "december"], start=1)}
MONTH_ABBR = {"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8,
              "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12}
MONTH_RE = (r"(?:January|February|March|April|May|June|July|August|September|October|November|December|"
            r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?")
WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]

# "KYIV, Ukraine —", "SPRINGFIELD, Ill. —": a region after the city belongs to the place
PLACE = (r"(?P<place>[A-Z][A-Za-z.'\-]*(?:[ \-][A-Z][A-Za-z.'\-]*){0,3}"
         r"(?:,\s+[A-Z][a-z][A-Za-z.]*(?:\s[A-Z][A-Za-z.]*)?(?=\s*[—–(/,]))?)")
# "November 18", "Nov. 18, 2026", and the day first as British and European wires write it: "18 November"
MONTH_DAY = rf"(?:{MONTH_RE}\s+\d{{1,2}}|\d{{1,2}}\s+{MONTH_RE})(?:,?\s+\d{{4}})?"
DATE = rf"(?P<date>{MONTH_DAY})"
DATELINE_PATTERNS = (
    # MOSCOW, November 18. /TASS/.
    re.compile(rf"{PLACE},\s+{DATE}\s*\.?\s*/(?P<agency>[^/\n]{{2,40}})/\.?"),
    # LONDON, Nov 18 (Reuters) -   or   LONDON (Reuters) —
    re.compile(rf"{PLACE}(?:,\s+{DATE})?\s*\((?P<agency>[^)\n]{{2,40}})\)\s*[—–\-]+"),
    # WASHINGTON, Nov. 18 —   or   ARDEN --   (no agency; two hyphens for the dash in plain-text copy)
    re.compile(rf"{PLACE}(?:,\s+{DATE})?\s*(?:[—–]|--)"),
    # Nov 18 (Reuters) -   (no place)
    re.compile(rf"{DATE}\s*\((?P<agency>[^)\n]{{2,40}})\)\s*[—–\-]+"),
)


BYLINE = re.compile(r"By\s+(?P<writer>[A-Z][^\n]{1,80})\n\s*")


def month_number(word: str) -> int | None:
    w = word.lower().rstrip(".")
    return MONTHS.get(w) or MONTH_ABBR.get(w)


def parse_iso(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def _month_day(text: str, anchor: date | None) -> str | None:
    """"November 17, 2026" as written; "November 17" the occurrence nearest the anchor (a dateline of
    December 31 on a story published on January 1 is last year's), or "--11-17" with no anchor."""
    text = re.sub(r"^the\s+(\d{1,2})(?:st|nd|rd|th)\s+of\s+", r"\1 ", text)  # "the 8th of June": 8 June
    m = re.match(rf"(?:({MONTH_RE})\s+(\d{{1,2}})|(\d{{1,2}})\s+({MONTH_RE}))(?:,?\s+(\d{{4}}))?", text, re.I)
    if not m:
        return None
    month, day = month_number(m.group(1) or m.group(4)), int(m.group(2) or m.group(3))
    if m.group(5):
        written = _valid(int(m.group(5)), month, day)
        return written.isoformat() if written else None
    if anchor is None:  # 2000 was a leap year, so February 29 passes
        return f"--{month:02d}-{day:02d}" if _valid(2000, month, day) else None
    near = [d for y in (anchor.year - 1, anchor.year, anchor.year + 1) if (d := _valid(y, month, day))]
    return min(near, key=lambda d: abs((d - anchor).days)).isoformat() if near else None


def find_byline(text: str, body_start: int) -> re.Match[str] | None:
    """A byline opening the body ("By Mara Linde, Velmora Courier columnist"); its `writer` group is the name."""
    head = text[body_start:body_start + 300]
    return BYLINE.match(head, len(head) - len(head.lstrip()))


def find_dateline(text: str, body_start: int, published: str | None) -> Dateline | None:
    """A dateline at the start of the body (the first line after the headline)."""
    anchor = parse_iso(published)
    head = text[body_start:body_start + 300]
    lead = len(head) - len(head.lstrip())
    byline = find_byline(text, body_start)  # "By Ada Brill\nMOSCOW, Nov 18 (Reuters) -": offsets in `head`
    if byline:
        lead = byline.end()
    for pattern in DATELINE_PATTERNS:
        m = pattern.match(head, lead)
        if not m:
            continue
        groups = m.groupdict()
        place = groups.get("place")
        # A dateline place is written in capitals ("MOSCOW") or is followed by
        # a date; this keeps ordinary sentences ("Trump, May 3 ...") out.
        capitals_or_date = place and (place.split(",")[0].isupper() or groups.get("date"))
        if not (capitals_or_date or place is None and groups.get("agency")):  # "Nov 18 (Reuters) -": no place
            continue
        iso = _month_day(groups["date"], anchor) if groups.get("date") else None
        if iso is None and anchor and not groups.get("date"):
            iso = anchor.isoformat()
        agency = (groups.get("agency") or "").strip() or None
        place = WEEKDAY_AFTER.sub("", place.strip()) if place else None  # "VELMORA, Wednesday, March 4, 2026"
        return Dateline(place=place, date=iso, agency=agency,
                        span=Span.of(text, body_start + m.start(), body_start + m.end()))
    return None


WEEKDAY_AFTER = re.compile(r",\s*(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$")
RELATIVE = re.compile(
    rf"\b(?:(?:on|by|since|until|from)\s+)?(?P<md>(?-i:{MONTH_RE})\s+\d{{1,2}}(?:,?\s+\d{{4}})?"
    rf"|\d{{1,2}}\s+(?-i:{MONTH_RE})(?:,?\s+\d{{4}})?"
    rf"|the\s+\d{{1,2}}(?:st|nd|rd|th)\s+of\s+(?-i:{MONTH_RE})(?:,?\s+\d{{4}})?)"  # "the 8th of June"
    rf"|\b(?:(?:in|by|since|until|from|early|late|mid|(?:the\s+)?(?:end|beginning|start|middle)\s+of|"
    rf"(?P<mword>next|last|this))\s+|mid-)(?P<month>(?-i:{MONTH_RE}))(?:\s+(?P<myear>\d{{4}}))?\b"
    r"|\b(?P<rel>yesterday|today|tomorrow)\b"
    r"|\b(?P<count>a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(?P<ago>day|week|month|year)s?\s+ago\b"
    r"|\b(?P<which>next|last|this)\s+(?P<unit>year|month|weekend|week)\b"
    # "shut down on the 8th": a day of the anchor's month (not "on the 8th of June", "the 8th floor")
    r"|\bon\s+the\s+(?P<ord>\d{1,2})(?:st|nd|rd|th)\b(?!\s+(?:of\b|[a-z]))"
    r"|\b(?:end|beginning|start|middle)\s+of\s+the\s+(?P<the_unit>year|month|week)\b"  # "by the end of the month"
    r"|\b(?P<sword>next|last|this|the)\s+(?P<season>spring|summer|autumn|winter|fall(?<!the\sfall))\b"  # not "the fall of"
    r"|\b(?:on|last|this|next)\s+(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
    # the wires' bare weekday after a verb: "will vote Monday", "said Tuesday" (not "Monday's vote")
    r"|(?<=[a-z,]\s)(?P<bare_wd>(?-i:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))\b(?![’']s)",
    re.I,
)


def _nearest_month(anchor: date, month: int, future: bool) -> str:
    """A bare month ("in September") is taken as the one nearest the anchor; half a year away either way, the
    coming one where what was said looks ahead ("would be finished … not in September")."""
    cands = [(abs((y - anchor.year) * 12 + month - anchor.month), -y if future else y)
             for y in (anchor.year - 1, anchor.year, anchor.year + 1)]
    return f"{abs(min(cands)[1])}-{month:02d}"


FUTURE = re.compile(r"\b(?:will|would|shall|going to|plans?|planned|expected|due|scheduled|set to|next|"
                    r"(?:agreed|agrees?|hopes?|hoped|aims?|intends?|vowed|promised|pledged) to)\b", re.I)
NUMBERS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
           "nine": 9, "ten": 10}


def _ago(anchor: date, count: str, unit: str) -> str:
    """"two days ago" is a day, "three weeks ago" a week, "a month ago" a month, "two years ago" a year."""
    n = NUMBERS.get(count.lower()) or int(count)
    unit = unit.lower()
    if unit == "year":
        return str(anchor.year - n)
    if unit == "month":
        return _shift_month(anchor, -n)
    day = anchor - timedelta(days=n * (7 if unit == "week" else 1))
    return day.isoformat() if unit == "day" else f"{day.isocalendar().year}-W{day.isocalendar().week:02d}"


SEASON_START = {"spring": 3, "summer": 6, "autumn": 9, "fall": 9, "winter": 12}  # meteorological, northern


def _season(anchor: date, which: str, start_month: int) -> str:
    """"next spring" as the months it spans ("2027-03/2027-05"): `next` the first one to begin after the
    anchor's month, `last` the latest to end before it, `this` the one that holds it or the one of its year."""
    now = anchor.year * 12 + anchor.month - 1
    starts = [y * 12 + start_month - 1 for y in range(anchor.year - 2, anchor.year + 2)]
    if which == "next":
        first = min(s for s in starts if s > now)
    elif which == "last":
        first = max(s for s in starts if s + 2 < now)
    else:  # the one that holds the anchor, else the one of the anchor's year ("this spring", said in July)
        first = next((s for s in starts if s <= now <= s + 2), anchor.year * 12 + start_month - 1)
    return f"{first // 12}-{first % 12 + 1:02d}/{(first + 2) // 12}-{(first + 2) % 12 + 1:02d}"


def _shift_month(anchor: date, delta: int) -> str:
    total = anchor.year * 12 + anchor.month - 1 + delta
    return f"{total // 12}-{total % 12 + 1:02d}"


def resolve_dates(text: str, start: int, end: int, anchor: date | None) -> list[DateMention]:
    """Date expressions inside text[start:end], each with the date it denotes."""
    out = []
    for m in RELATIVE.finditer(text, start, end):
        g = m.groupdict()
        iso: str | None = None
        if g["md"]:
            iso = _month_day(g["md"], anchor)
        elif g["month"]:
            month = month_number(g["month"])
            if g["myear"]:
                iso = f"{g['myear']}-{month:02d}"
            elif anchor and month and g["mword"] and g["mword"].lower() != "this":
                # "next January" is the first one after the anchor's month, "last January" the latest before it
                ahead = g["mword"].lower() == "next"
                year = anchor.year + (month <= anchor.month if ahead else -(month >= anchor.month))
                iso = f"{year}-{month:02d}"
            elif anchor and month:
                iso = _nearest_month(anchor, month, bool(FUTURE.search(text, start, end)))
        elif anchor is None:
            iso = None
        elif g["ago"]:
            iso = _ago(anchor, g["count"], g["ago"])
        elif g["rel"]:
            iso = (anchor + timedelta(days={"yesterday": -1, "today": 0, "tomorrow": 1}[g["rel"].lower()])).isoformat()
        elif g["season"]:
            # "the autumn" only where the clause looks ahead ("planned for the autumn"), not "works in the summer"
            ahead = g["sword"].lower() != "the" or FUTURE.search(text, _clause_start(text, start, m.start()), m.start())
            iso = _season(anchor, g["sword"].lower(), SEASON_START[g["season"].lower()]) if ahead else None
        elif g["ord"]:
            iso = _day_of_month(anchor, int(g["ord"]), bool(FUTURE.search(text, _clause_start(text, start, m.start()),
                                                                            m.start())))
        elif g["unit"] or g["the_unit"]:
            delta = {"next": 1, "last": -1, "this": 0}[g["which"].lower()] if g["unit"] else 0
            unit = (g["unit"] or g["the_unit"]).lower()
            if unit == "weekend":  # Saturday and Sunday: the coming one for "this", said on a weekday
                saturday = anchor + timedelta(days=(5 - anchor.weekday()) % 7 - (7 if anchor.weekday() == 6 else 0)
                                              + 7 * delta)
                iso = f"{saturday.isoformat()}/{(saturday + timedelta(days=1)).isoformat()}"
            elif unit == "year":
                iso = str(anchor.year + delta)
            elif unit == "month":
                iso = _shift_month(anchor, delta)
            else:
                monday = anchor - timedelta(days=anchor.weekday()) + timedelta(weeks=delta)
                iso = f"{monday.isocalendar().year}-W{monday.isocalendar().week:02d}"
        elif g["wd"] or g["bare_wd"]:
            target = WEEKDAYS.index((g["wd"] or g["bare_wd"]).lower())
            word = m.group(0).split()[0].lower()
            if word == "next":
                iso = (anchor + timedelta(days=(target - anchor.weekday()) % 7 or 7)).isoformat()
            elif word != "last" and FUTURE.search(text, _clause_start(text, start, m.start()), m.start()):
                # what looks ahead in its clause ("will meet on Thursday") means the coming one
                iso = (anchor + timedelta(days=(target - anchor.weekday()) % 7)).isoformat()
            else:
                # news reports past events: the most recent such weekday
                iso = (anchor - timedelta(days=(anchor.weekday() - target) % 7)).isoformat()
        if iso:
            out.append(DateMention(m.start(), m.end(), m.group(0), iso))
    return out


def _clause_start(text: str, start: int, pos: int) -> int:
    """Where the clause holding `pos` begins (after the last comma or semicolon since `start`)."""
    return max(start, *(text.rfind(c, start, pos) + 1 for c in ",;"))


def _day_of_month(anchor: date, day: int, future: bool) -> str | None:
    """"on the 8th": of the anchor's month if that day has come (the month before if not), or the coming one
    where the clause looks ahead."""
    this = _valid(anchor.year, anchor.month, day)
    if this is not None and (this >= anchor if future else this <= anchor):
        return this.isoformat()
    month = anchor.year * 12 + anchor.month - 1 + (1 if future else -1)
    other = _valid(month // 12, month % 12 + 1, day)
    return other.isoformat() if other else None


def _valid(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None
