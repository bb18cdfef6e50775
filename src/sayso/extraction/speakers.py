"""Resolve each attribution's source to one speaker of the article.

Each source phrase is read on its own (`source_phrases`); later references
("he", "Peskov", "the columnist", "the newspaper", "the ministry") join the
speaker they refer to. Everything here is a pure function of the text and the
source spans.
"""

from __future__ import annotations

import re
from importlib import resources
from functools import lru_cache

from ..model import Attribution, Span, Speaker, SpeakerKind
from .dates import find_byline
from .source_phrases import (AGE, ANONYMOUS_HEADS, COMPANY_LAST_WORDS, COUNTRY_NAMES, DESCRIPTION_KIND, DETERMINERS,
                             NAME_PARTICLES, GENERIC_BODIES, GROUP_PRONOUNS, HONORIFICS, OUTLET_KINDS, OUTLET_PHRASE, OWNER_PRONOUNS,
                             PORTFOLIO_HEADS, PERSON_PRONOUNS, POSSESSIVE, PREPOSITIONS, ROLE_ABBREVIATIONS,
                             ROLE_HEADS, ROLE_MODIFIERS, ROLE_WORDS, SourceReading, classify_name, join_words,
                             read_source, split_role, titled_pair)
from .tokens import quotation_open

FULL_NAME = re.compile(r"\b[A-Z][a-z]+(?:\s+[A-Z]\.)?\s+[A-Z][a-z]+(?:[-’'][A-Z]?[a-z]+)?\b(?![’']s\b)")
HONORIFIC_NAME = {"f": re.compile(r"\b(?:Mrs|Ms)\.\s+[A-Z][\w-]+"), "m": re.compile(r"\bMr\.\s+[A-Z][\w-]+")}
# Bodies only: the last two people named are too often not the pair ("both candidates" after two doctors quoted)
PAIR = re.compile(r"(?:[Bb]oth|[Tt]he\s+two)\s+(?:\w+\s+)?(?P<noun>firms|companies|groups|airlines|banks|carriers|"
                  r"operators|governments|countries)")
PAIR_NOUNS = {"firms": "organization", "companies": "organization", "groups": "organization", "airlines": "organization",
              "banks": "organization", "carriers": "organization", "operators": "organization",
              "governments": "government", "countries": "government"}
CAPITALISED_RUN = re.compile(r"\b[A-Z][\w.'’-]*(?:\s+[A-Z][\w'’-]*)+")  # "Mayor Dana Quill", a title and a name
NAME = r"(?:(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov)\.\s+)?[A-Z][\w'’-]*(?:\s+(?:[A-Z]\.\s+)?[A-Z][\w'’-]*){0,2}"
NAME_LIST = re.compile(rf"(?P<first>{NAME})\s+and\s+(?P<second>{NAME})$")
RESTRICTIVE = re.compile(r"(?:^|(?<=\s))(?:[Tt]he|[Aa]n?)\s+(?:[\w’'-]+\s+){0,2}[\w’'-]+$")
PLACE_PREPOSITIONS = {"on", "in", "at", "from", "near", "to", "into", "across", "inside", "outside"}
SPOKES_ROLES = {"spokesman", "spokeswoman", "spokesperson"}
JOURNALIST_ROLES = ("journalist", "columnist", "reporter", "writer", "correspondent", "editor", "author", "blogger")
STATE_NAMED = re.compile(r"\b(?P<owner>[A-Z][a-z]+)['’]s\s+(?:(?:deputy|foreign|defen[cs]e|interior|finance|prime|"
                         r"aviation)\s+){0,2}"  # "Orvane's deputy foreign minister", "Kestrel's aviation authority"
                         r"(?:military|army|navy|government|ministry|minister|president|parliament|cabinet|embassy|"
                         r"air\s+force|armed\s+forces|authority)\b|\bneighbou?ring\s+(?P<neighbour>[A-Z][a-z]+)\b")
WRITING = re.compile(r"\b(?:wrote|writes|written|writing)$")
WROTE_IN = re.compile(r"\s+(?:in|for)\s+" + OUTLET_PHRASE)
# A company's officers: without a body named, the company that spoke last
COMPANY_ROLES = {"chief executive", "ceo", "chief executive officer", "chairman", "chairwoman", "founder", "co-founder",
                 "chief financial officer", "cfo", "chief operating officer", "managing director"}
GOVERNMENT_PARTS = ("ministry", "department", "office", "embassy", "council", "authority", "agency", "commission",
                    "court")
# What tells a person's gender, so that "she" skips the last man named: pronouns already resolved to the
# speaker, honorifics and gendered role words
FEMININE = {"she", "her", "mrs", "mrs.", "ms", "ms.", "spokeswoman", "chairwoman", "congresswoman", "councilwoman",
            "alderwoman", "businesswoman", "queen", "madam", "dame", "lady", "wife", "mother", "daughter", "sister",
            "woman", "girl", "widow", "grandmother", "aunt"}
MASCULINE = {"he", "him", "his", "mr", "mr.", "spokesman", "chairman", "congressman", "councilman", "alderman",
             "businessman", "king", "sir", "lord", "husband", "father", "son", "brother", "man", "boy",
             "widower", "grandfather", "uncle"}
# "the mayor's spokeswoman", "a chairman": a role that tells a gender, for the pronoun that follows
GENDERED_ROLE = {g: re.compile(r"\b(?:[Tt]he|[Aa]n?|[\w’'-]+['’]s)\s+(?:[\w’'-]+\s+){0,2}(?:" + "|".join(
    sorted(w for w in words if w.isalpha() and len(w) > 5)) + r")\b") for g, words in (("f", FEMININE), ("m", MASCULINE))}
# Capitalised at a sentence start, never a first name: "Then Brenn said"
FUNCTION_WORDS = {"then", "but", "and", "when", "after", "before", "as", "if", "while", "so", "yet", "also", "still",
                  "now", "here", "there", "in", "on", "at", "for", "with", "by", "from", "to", "of", "asked", "said",
                  "what", "who", "why", "how", "where", "which", "many", "most", "unlike", "like", "including",
                  "democrat", "republican", "democratic", "gop", "even", "only", "although", "though", "because",
                  "since", "until",
                  "during", "about", "against", "among", "meanwhile", "however", "instead", "indeed", "perhaps",
                  "did", "does", "is", "was", "has", "had", "will", "would", "can", "could", "dear", "thanks",
                  "no", "not", "every", "each", "any", "all"}


COMPANY_NOUNS = {"company", "firm", "group"}
# "shipping group Tessaline", "the carmaker Velo Motors": a kind of company, then its name
COMPANY_NOUN = (r"(?:company|firm|group|giant|maker|carrier|airline|operator|bank|retailer|insurer|lender|startup|"
                r"conglomerate)")
COMPANY_NAME = re.compile(r"(?P<name>\b[A-Z][\w&’'\-]*(?:\s+[A-Z][\w&’'\-]*){0,2}\s+(?:" + COMPANY_LAST_WORDS + r"))\b")
COMPANY_NAMED = re.compile(r"\b" + COMPANY_NOUN + r"\s+(?P<name>[A-Z][\w&’'\-]*(?:\s+[A-Z][\w&’'\-]*){0,3})")

# "Velmora FC head coach …. Club chairman Henrik Solberg": the club the text named
CLUB_NAME = re.compile(r"(?P<name>\b[A-Z][\w’'\-]*(?:\s+[A-Z][\w’'\-]*)?\s+(?:A?FC|SC|CF)|\bFC\s+[A-Z][\w’'\-]*)\b")

# "the news site Ledgerline", "the daily Morgenpost": a kind of outlet, then its name
OUTLET_NAMED = re.compile(r"\b(?:" + OUTLET_KINDS + r"|station|outlet)\s+(?P<name>[A-Z][\w&’'\-]*(?:\s+[A-Z][\w&’'\-]*){0,3})")


class SpeakerResolver:
    """Builds the article's speakers, one source at a time, in text order."""

    def __init__(self, text: str, headline_end: int = 0):
        self.text = text
        self.headline_end = headline_end  # where the headline ends (0: none), as the pipeline found it
        self.speakers: list[Speaker] = []
        self.gender: dict[str, str] = {}  # speaker id → "f" or "m", where the text told it
        self.guessed: set[str] = set()  # of those, the ids whose gender only a first name told
        self.agency_id: str | None = None  # the dateline's agency: no newspaper or broadcaster the text points back to
        self.writer_id: str | None = None  # who "I" is outside quotes: the byline's writer
        self.interviewee_id: str | None = None  # who answers "A: …" in a question-and-answer interview
        self.affiliation_guessed: set[Span] = set()  # "a spokeswoman" given the body that spoke before
        self.horizon = len(text) + 1  # mentions from here on are not yet read (see `find`)
        self._states: set[str] | None = None  # names the text treats as states (see `_country`)
        self.dateline_end = 0  # where the dateline's agency ends: no sentence reaches back over the dateline

    def interviewee(self, answer: Span, first_answer: int) -> Speaker:
        """Who answers an interview's questions ("A: It will."): the first person the text names before the
        first answer, with the title written before the name ("Mayor Dana Quill spoke to the Courier"), or an
        unnamed interviewee."""
        if self.interviewee_id is None:
            found = None
            for m in CAPITALISED_RUN.finditer(self.text, self.headline_end, first_answer):
                if FULL_NAME.search(m.group(0)) and read_source(m.group(0)).kind == "person":
                    found = self.resolve(Span.of(self.text, m.start(), m.end()), "person", content_follows=True)
                    break
            found = found or self._new(SourceReading("interviewee", "anonymous", None, None), answer)
            self.interviewee_id = found.id
        # an answer's "A" or "I" is no mention another pronoun may point back to: "He wants a revolution" in
        # an answer is someone the interviewee spoke of
        return next(s for s in self.speakers if s.id == self.interviewee_id)

    def interviewer(self, question: Span) -> Speaker:
        """Who asks an interview's questions ("Q: …"): the byline's writer, or an unnamed interviewer."""
        found = next((s for s in self.speakers if s.id == self.writer_id or s.name == "interviewer"), None)
        if found is None:
            return self._writer(question) if find_byline(self.text, self.headline_end) else self._new(
                SourceReading("interviewer", "anonymous", None, None), question)
        found.mentions.append(question)
        return found

    def resolve_agency(self, span: Span) -> Speaker:
        """The dateline's agency, the story's outermost source."""
        agency = self.resolve(span, kind="outlet")
        self.agency_id = agency.id
        self.dateline_end = span.end
        return agency

    def _fits(self, sp: Speaker, gender: str | None) -> bool:
        """Of the gender the mention tells, or of none known ("Mrs. Clinton" is not a Clinton called "he")."""
        return gender is None or self.gender.get(sp.id, gender) == gender

    def _named_before(self, noun: str, pos: int) -> str | None:
        """The last body named with `noun` before `pos`, even where no one spoke for it yet:
        "Kestrel's Foreign Ministry has ruled out …, ministry spokeswoman Vera Holm told …"; for "the
        company", also a name the noun introduced ("Shares in shipping group Tessaline fell …")."""
        before = self.text[:pos]
        found = None
        # "Kestrel's Foreign Ministry", also "the Velmora port authority": a name, then the kind of body
        for m in re.finditer(rf"((?:[A-Z][\w’'\-]*\s+){{1,4}}(?:[a-z]+\s+)?)(?:{noun.capitalize()}|{noun})\b", before):
            if m.group(0).split()[0].lower() not in DETERMINERS or m.group(0).split()[1][:1].isupper():
                found = m
        # "The Bank of Velmora's board": the kind of body, then "of" and its name
        for m in re.finditer(rf"\b{noun.capitalize()}\s+of\s+(?:the\s+)?[A-Z][\w’'\-]*(?:\s+[A-Z][\w’'\-]*)*", before):
            if found is None or m.start() > found.start():
                found = m
        # "Shares in shipping group Tessaline fell", "a fire at the Velo Energy refinery": a company named in passing
        patterns = (COMPANY_NAMED, COMPANY_NAME) if noun in COMPANY_NOUNS else (CLUB_NAME,) if noun == "club" else ()
        introduced = [m for p in patterns for m in p.finditer(before)]
        introduced.sort(key=lambda m: m.start())
        if introduced and (found is None or introduced[-1].start() > found.start()):
            return introduced[-1]["name"]
        if found is None:
            return None
        words = re.sub(r"['’]s$", "", found.group(0)).split()  # "The Bank of Velmora's board"
        while words and words[0].lower() in DETERMINERS:
            words = words[1:]
        return join_words(words) if len(words) > 1 else None

    def _full_name_before(self, surname: str, pos: int, kind: str = "person") -> tuple[str, list[str]] | None:
        """"Brenn, for his part, said" after "her Tarsian counterpart, Ilo Brenn" was named in what
        someone else said, "the Post" after "Hollis told the Brennholm Post": the full name written before,
        and the title written with it ("Defence Minister Piet Varga resigned …. Varga wrote")."""
        found = None
        # words joined by single spaces, a period only after an initial ("Donald J. Trump"): no sentence end
        # a particle may open the sentence in capitals: "De la Cruz said" after "Ines de la Cruz"
        written = r"\s+".join(f"(?i:{re.escape(w)})" if w.lower() in NAME_PARTICLES else re.escape(w)
                              for w in surname.split())
        for m in re.finditer(rf"((?:[A-Z]\.|[A-Z][\w’'\-]*) ){{1,3}}{written}\b", self.text[:pos]):
            words, title = m.group(0).split()[:-len(surname.split())], []
            while words and (words[0].lower() in DETERMINERS | HONORIFICS | ROLE_WORDS | FUNCTION_WORDS
                             or words[0].lower()[:-1] in ROLE_WORDS  # "Senators Charles E. Grassley"
                             or len(words) > 2 and words[1].lower() in PORTFOLIO_HEADS):  # "Economy Minister"
                portfolio = words[0].lower() not in ROLE_WORDS and len(words) > 2 and words[1].lower() in PORTFOLIO_HEADS
                title = title + [words[0]] if words[0].lower() in ROLE_WORDS or portfolio else []
                words = words[1:]
            before = self.text[max(0, m.start() - 20):m.start()].split()[-1:]
            if before and before[0].lower() == "former" and title:
                title = [before[0]] + title  # "former Finance Minister Henrik Lund … Lund, 61, denied"
            elif before and before[0].islower() and before[0] in ROLE_HEADS and not title:
                title = self._role_before(m.start())  # "Union leader Mara Eck was blunt …. Eck said"
            elif before and before[0].lower().strip(",") in ROLE_WORDS | {"ex-", "late", "then"}:
                title = []  # "Vice President Joseph R. Biden": more than we see
            if words and not any(w.lower() in ROLE_WORDS for w in words):
                found = join_words(words + m.group(0).split()[-len(surname.split()):]), title
        return found if found and classify_name(found[0]) == kind else None

    def _role_before(self, pos: int) -> list[str]:
        """A role in lower case right before `pos`, and the capitalised body before it: "Union leader"."""
        pre, title = self.text[max(0, pos - 60):pos].split(), []
        while pre and pre[-1].islower() and pre[-1] in ROLE_WORDS:
            title.insert(0, pre.pop())
        body: list[str] = []  # "Green Party", "Republican"; not "Tulsa, Okla.,"
        while pre and len(body) < 3 and pre[-1][:1].isupper() and not pre[-1].endswith(",") and (
                pre[-1].lower() not in DETERMINERS | FUNCTION_WORDS) and (
                pre[-1].lower() not in ROLE_WORDS or pre[-1].lower() in ROLE_MODIFIERS):
            body.insert(0, pre.pop())
        return body + title

    def _kind_introduced(self, name: str, pos: int) -> SpeakerKind | None:
        """What a name was introduced as before `pos`: "the news site Ledgerline published …. Ledgerline said" is
        an outlet, "the carrier Skyvale Air" a company, as is "Baltic Link" after "the ferry operator Baltic Link"."""
        window = self.text[max(0, pos - 2000):pos]
        for pattern, kind in ((OUTLET_NAMED, "outlet"), (COMPANY_NAMED, "organization")):
            if any(m["name"].split()[0] == name or m["name"] == name for m in pattern.finditer(window)):
                return kind  # type: ignore[return-value]
        if re.search(rf"\b{re.escape(name)}\s+(?:[a-z]+\s+)?{COMPANY_NOUN}\b", window):
            return "organization"  # "The Tessaline port operator": the name before what it is
        return None

    def _introduced(self, reading: SourceReading, gender: str | None, at: int) -> Speaker | None:
        """The unnamed person a named one was introduced as: the last speaker with the same role noun, if
        that one is "a …" with no name, of a body that does not differ and of a gender that fits."""
        if reading.kind != "person" or reading.reference is not None or not reading.role:
            return None
        noun = reading.role.lower().split()[-1]
        # "A columnist for the Kestrel Courier wrote …. “…,” the journalist, Ansel Ruud, wrote": one writer
        nouns = JOURNALIST_ROLES if noun in JOURNALIST_ROLES else {noun}
        last = self._last(lambda s: bool(s.role) and s.role.lower().split()[-1] in nouns)
        # also "The Velmora police chief said …. Police Chief Ada Brill told reporters": a description, then the
        # name written soon after
        named = reading.name.split()[0].lower() not in DETERMINERS and ("former" in reading.role.lower().split()) == (
            last is not None and "former" in (last.role or "").lower().split())  # "The Treasury secretary" is no former one
        near = last is not None and at - max(m.end for m in last.mentions) <= 400  # the next paragraph, not a later expert
        described = last is not None and (last.kind == "anonymous" and last.name.split()[0].lower() in ("a", "an") or
                                          last.kind == "person" and last.name.split()[0] == "The" and named and near)
        if not described:
            return None
        guessed = any(m in self.affiliation_guessed for m in last.mentions)  # the body that spoke before: a guess
        if reading.affiliation and not guessed and (
                not same_entity(reading.affiliation, last.affiliation) if last.affiliation
                else last.name.lower().split()[-1] != noun):  # "a spokesman for the board"
            return None
        return last if self._fits(last, gender) else None

    def _new(self, reading: SourceReading, span: Span) -> Speaker:
        sp = Speaker(id=f"s{len(self.speakers) + 1}", name=reading.name, kind=reading.kind,
                     role=reading.role, affiliation=reading.affiliation, mentions=[span])
        self.speakers.append(sp)
        return sp

    def _last(self, pred) -> Speaker | None:
        """The speaker mentioned last, of those `pred` accepts (not the one first named last: "Lund said …
        Sorel says … she said" is Sorel)."""
        def last_mention(sp: Speaker) -> int:  # before the horizon: `find` asks as of a place in the text
            return max((m.start for m in sp.mentions if m.start < self.horizon), default=-1)

        found = [sp for sp in self.speakers if pred(sp) and (self.horizon > len(self.text) or last_mention(sp) >= 0)]
        return max(found, key=last_mention) if found else None

    def resolve(self, span: Span, kind: SpeakerKind | None = None, content_follows: bool = False) -> Speaker:
        """The speaker of a source span. `content_follows`: what comes right after the span is what was
        said ("According to court filings, the board's chairman, …"), not an apposition of the source."""
        if span.text.lower() in ("who", "which"):  # "… echoed by President-elect Mara Tolv, who said …"
            relative = self._relative(span, kind)
            if relative is not None:
                return relative
        reading = self._read(span, kind, content_follows)
        told = _gender(span.text.lower().split())
        gender = told or (name_gender(reading.name) if reading.kind == "person" else None)
        target = self._antecedent(reading, gender, span.text, span.start)
        if target is not None and target.id == self.agency_id and span.end <= self.headline_end:
            target = None  # the headline's "agency disputes …" is not the wire that tells the story
        passing = self._named_in_passing(reading, gender, target, span)
        if passing is None and target is None and reading.reference in PERSON_PRONOUNS and told:
            passing = self._surname_in_paragraph(span)  # "… the regional governor, Per Aas. / Aas … he said"
        if passing is not None:
            found = self.resolve(passing, "person", content_follows=True)  # no apposition read after a name in passing
            found.mentions[-1] = span
            if gender:
                self.gender.setdefault(found.id, gender)
            return found
        if target is None and reading.reference == "i":
            return self._writer(span)
        if target is None and reading.reference in PERSON_PRONOUNS and told:
            # a first name's gender is a guess ("Ola" is a woman's name in the census lists, a man's in Norway):
            # "Transport Minister Ola Ness urged … “…,” he said" is Ness, not a new speaker called "he"; only the
            # person mentioned last, in the same paragraph ("her first debate" after Rep. Jim Jordan is not his)
            target = self._last(lambda s: s.kind == "person" and s.id != self.writer_id and not self._only_in_headline(s))
            last = max((m.end for m in target.mentions if m.end <= span.start), default=-1) if target else -1
            if target is None or target.id not in self.guessed or last < 0 or "\n" in self.text[last:span.start]:
                target = None
            else:
                self.gender[target.id] = told
                self.guessed.discard(target.id)
        if target is None:
            count = len(self.speakers)
            created = self._create(reading, span, gender)
            if gender and not told and len(self.speakers) > count and created.id in self.gender:
                self.guessed.add(created.id)
            return created
        if told:
            self.guessed.discard(target.id)  # the text told what the first name only guessed
        return self._join(target, reading, span, gender)

    def _named_in_passing(self, reading: SourceReading, gender: str | None, target: Speaker | None,
                          span: Span) -> Span | None:
        """Someone the text named who has not spoken yet, whom a pronoun or a role alone points to.

        "For twenty years, Hanna Sorel has steered the ferry. “…,” she said": Sorel, only when no speaker fits
        (preferring a name written later than the last speaker's mention sent many pronouns to names in passing,
        "Kent County", "Abraham Lincoln", on PolNeAR's dev texts). "When I asked the mayor's spokeswoman about
        the memo, she said": the spokeswoman, not the mayor of no known gender named before. "Finance Minister
        Otto Brask" named in the lede, then "the minister": Brask. "Coach Aksel Brandt resigned …. “…,” the
        54-year-old told a news conference": Brandt, the person named last."""
        if reading.reference == "age":  # the person named last, whether they spoke (`target`) or not
            named = self._named_person_before(span.start, None)
            if named is not None and quotation_open(self.text[self.text.rfind("\n", 0, named.start) + 1:named.start]):
                named = None  # "“What if Donald Trump had elocution lessons?” the 43-year-old asked": not Trump
            if named is None or target is not None and any(named.end <= m.start < span.start for m in target.mentions):
                return None
            title = self._role_before(named.start) if named is not None else []
            start = self.text.rfind(title[0], 0, named.start) if title else -1
            return Span.of(self.text, start, named.end) if start >= 0 else named  # with the title written there
        if reading.reference in PERSON_PRONOUNS and gender:
            if target is None or self._only_in_headline(target):
                named = self._named_person_before(span.start, gender)
                if named is not None:
                    return named
            if target is not None and target.id not in self.gender:
                return self._gendered_role_before(span.start, gender, max(m.end for m in target.mentions))
            return None
        if target is None and reading.reference in ROLE_HEADS and reading.name == reading.reference:
            return self._titled_person_before(reading.reference, span.start)
        return None

    def _writer(self, span: Span) -> Speaker:
        """The article's writer, first met as "I": named by a byline at the top of the body ("By Mara Linde,
        Velmora Courier columnist"), else "I"."""
        byline = find_byline(self.text, self.headline_end)
        reading = read_source(byline["writer"]) if byline else None
        if reading is None or reading.kind != "person":
            reading = SourceReading("I", "person", None, None)
        tagline = re.search(rf"^{re.escape(reading.name)} is an? (?P<role>[a-z][\w -]{{2,40}}?) (?:for|at|with|of) "
                            r"(?:the )?(?P<body>[A-Z][^\n.]{1,60})\.\s*$", self.text, re.M) if reading.name != "I" else None
        if tagline and reading.role is None:  # "Mara Linde is a columnist for the Velmora Courier." closing a column
            reading.role, reading.affiliation = tagline["role"], tagline["body"]
        writer = self._new(reading, span)
        self.writer_id = writer.id
        return writer

    def _relative(self, span: Span, kind: SpeakerKind | None) -> Speaker | None:
        """The speaker a relative pronoun stands for, the name before it, or None."""
        antecedent = self._relative_antecedent(span.start)
        if antecedent is None:  # "disputed by the line's own accountant, who said": the source just read
            known = self._last(lambda s: any(0 <= span.start - m.end <= 3 and self.text[m.end:span.start].strip() == ","
                                             for m in s.mentions))
            if known is not None:
                known.mentions.append(span)
            return known
        known = self._last(lambda s: antecedent in s.mentions)
        target = known or self.resolve(antecedent, kind)
        if known is None:
            target.mentions.pop()  # the antecedent was no source; the relative pronoun is
        target.mentions.append(span)
        return target

    def _country(self, name: str) -> bool:
        """A name the country list lacks that the text treats as a state: "Kestrel's military", "neighbouring
        Orvane", "Orvane's foreign minister"."""
        if self._states is None:  # read once per article: one pattern, not one per name
            self._states = {m["owner"] or m["neighbour"] for m in STATE_NAMED.finditer(self.text)}
        return name in COUNTRY_NAMES or name in self._states

    def _read(self, span: Span, kind: SpeakerKind | None, content_follows: bool) -> SourceReading:
        """The source phrase read on its own, then whom its affiliation or possessive points to."""
        following = "" if content_follows else self.text[span.end:span.end + 120]  # room for a long apposition
        reading = read_source(span.text, following)
        if reading.role:  # "the club's 78-year-old president", "a 70-year-old academic named …": a title only
            reading.role = re.sub(rf"\b{AGE}\s*|\s+named$", "", reading.role).strip() or None
        if kind is not None:
            reading.kind = kind
            if kind == "person" and span.text.isupper():  # a transcript's "MAYOR QUILL:" is Mayor Quill
                reading.name, reading.role = reading.name.title(), reading.role and reading.role.title()
        if reading.kind == "person" and reading.role in (None, "neighbouring", "neighboring") and \
                re.fullmatch(r"[A-Z][a-z]+", reading.name) and self._country(reading.name):
            reading.kind, reading.role = "government", None  # "Kestrel says …" where the text has "Kestrel's military"
        head = reading.affiliation.split()[-1] if reading.affiliation else ""
        if reading.affiliation and reading.affiliation.islower() and head in ROLE_WORDS and head not in GENERIC_BODIES:
            # "the minister's office": the office of the minister named before, if any
            holder = self._last(lambda s: s.kind == "person" and bool(s.role) and head in s.role.lower().split())
            reading.affiliation = holder.name if holder else None
        elif reading.affiliation and re.search(rf"\b{re.escape(reading.affiliation)}['’]s\b", span.text) \
                and reading.affiliation.istitle() and " " not in reading.affiliation \
                and classify_name(reading.affiliation) == "person" and not self._country(reading.affiliation):
            # "Brask's lawyer": the person of that surname, spoken or only named before
            person = self._last(lambda s: s.kind == "person" and same_entity(s.name, reading.affiliation))
            full = person.name if person else (self._full_name_before(reading.affiliation, span.start) or (None,))[0]
            reading.affiliation = full or reading.affiliation
        elif reading.affiliation:
            self._resolve_affiliation(reading, span.start)
        elif reading.owner:  # "its chairwoman": of the last body named; "his spokesman": of the last person
            kinds = OWNER_PRONOUNS[reading.owner]
            owner_gender = _gender([reading.owner])
            whose = self._last(lambda s: s.kind in kinds and self._fits(s, owner_gender) and s.id != self.writer_id)
            if reading.role is not None:  # "The Senate Commerce Committee will …, its chairwoman, Sen. …, announced"
                named = self._body_named_in_sentence(span.start) if reading.owner in ("its", "their") else None
                reading.affiliation = named or (whose.name if whose and whose.id != self.agency_id else None)
            else:  # "Her office": the mayor's office; whose only when the text just named them (never the wire's)
                owner = self._owner_named(span.start, owner_gender, whose if whose and whose.id != self.agency_id else None)
                if owner is not None:
                    reading.affiliation, reading.name = owner, f"{owner}'s {join_words(reading.name.split()[1:])}"
        elif reading.role and reading.kind == "person" and reading.reference is None and (
                reading.role.lower() in COMPANY_ROLES or reading.role.lower().split()[-1] in SPOKES_ROLES):
            # "The port authority says …. A spokeswoman, Hedda Lie, says": the body that spoke just before (a named
            # spokesperson only: "a spokesman" may be named later, for a body of its own); "Kelvar Dynamics
            # rejected … chief executive Hanna Lorck told reporters": the company the story is about
            company = reading.role.lower() in COMPANY_ROLES
            if company and re.search(r"\b(?:of|at|for|with)\s", span.text):
                return reading  # "founder and CEO of Iraq and Afghanistan Veterans of America": a body is named
            body = self._last(lambda s: s.kind in (("organization",) if company else ("organization", "government"))
                              and any(0 <= span.start - m.end <= (1500 if company else 400) for m in s.mentions))
            reading.affiliation = body.name if body else None
        elif reading.kind == "anonymous" and reading.role and reading.role.lower() in SPOKES_ROLES and \
                _one_person(span.text) and not re.search(r"\b(?:of|at|for|with)\s", span.text):
            # "Vahl's office welcomed the correction. “…,” a spokeswoman said.": the body that spoke a sentence ago
            body = self._last(lambda s: s.kind in ("organization", "government")
                              and any(0 <= span.start - m.end <= 250 for m in s.mentions))
            if body is not None:
                reading.affiliation = body.name
                self.affiliation_guessed.add(span)
        return reading

    def _create(self, reading: SourceReading, span: Span, gender: str | None) -> Speaker:
        """A speaker no earlier one is: named in full where the text named it before, or the unnamed person
        it was introduced as, or a new one (a group of the names a list gives)."""
        if reading.kind == "anonymous" or reading.name.lower() == "another":
            self._one_of_group(reading)
        if reading.reference in DESCRIPTION_KIND:  # "the ministry", named only inside what was reported
            named = self._named_before(reading.reference, span.start)
            if named is not None and not told_apart(reading.name, reading.reference, named):
                reading.name = named
        elif reading.kind in ("person", "outlet") and reading.reference is None and _surname_only(reading.name) \
                and gender != "f":
            # not after "Mrs." or "Ms.": the full name before is often her husband's ("President Bill Clinton")
            full = self._full_name_before(reading.name, span.start, reading.kind)
            if full is not None:
                reading.name = full[0]
                if full[1] and not reading.role and any(w.lower() in ROLE_HEADS for w in full[1]):
                    reading.role, reading.affiliation = split_role(full[1])
            elif reading.kind == "person" and not reading.role:
                reading.kind = self._kind_introduced(reading.name, span.start) or reading.kind
        elif reading.kind == "person" and reading.reference is None and not reading.role:
            reading.kind = self._kind_introduced(reading.name, span.start) or reading.kind  # "the operator Baltic Link"
        introduced = self._introduced(reading, gender, span.start)
        if introduced is not None:  # "A state judge … ruled" named later: "Judge Ola Brun wrote"
            introduced.name, introduced.kind = reading.name, "person"
            if not (introduced.role and reading.role.lower() in JOURNALIST_ROLES):  # "columnist" tells more than "journalist"
                introduced.role = reading.role
            introduced.affiliation = reading.affiliation or introduced.affiliation
            introduced.mentions.append(span)
            return introduced
        members = self._members(span) if " and " in reading.name else self._pair(span)
        target = self._new(reading, span)
        target.members = members
        kinds = {sp.kind for sp in self.speakers if sp.id in members}
        if len(kinds) == 1:  # "Britain and France" speak as governments
            target.kind = kinds.pop()
        if gender and reading.kind in ("person", "anonymous"):
            self.gender[target.id] = gender
        return target

    def _join(self, target: Speaker, reading: SourceReading, span: Span, gender: str | None) -> Speaker:
        """A mention of a known speaker, which may tell more of it: a role or affiliation first given there."""
        if gender:
            self.gender.setdefault(target.id, gender)
        target.mentions.append(span)
        if reading.reference is None:
            if target.role is None and reading.role:
                target.role = reading.role
            if target.affiliation is None and reading.affiliation:
                target.affiliation = reading.affiliation
            if (len(reading.name.split()) > len(target.name.split()) and reading.kind == target.kind
                    and " and " not in reading.name):  # "Kerry and Mr. Obama" does not rename Obama
                target.name = reading.name
        elif (target.role and target.name.lower() == target.role.lower() and len(reading.name) > len(target.name)
              and reading.name.lower().endswith(target.name.lower())):
            target.name = target.role = reading.name  # the headline's "Minister" is "the transport minister"
        elif target.name.lower() == reading.reference and reading.name.lower().endswith(" " + reading.reference):
            target.name = reading.name  # the headline's "Ministry" is "the defence ministry"
        return target

    def _relative_antecedent(self, pos: int) -> Span | None:
        """The name before ", who": its capitalised words and the role words among them ("ministry spokesman
        Colonel Ivo Strand")."""
        before = self.text[max(0, pos - 120):pos]
        comma = before.rstrip()
        base = pos - len(before)
        if not comma.endswith(","):  # "The ferry captain who said no": a short phrase opened by an article
            bound = RESTRICTIVE.search(comma)
            return Span.of(self.text, base + bound.start(), base + bound.end()) if bound else None
        taken = []
        words = list(re.finditer(r"[\w.'’-]+", comma[:-1]))
        for w in reversed(words):
            if not (w.group(0)[0].isupper() or w.group(0).lower() in ROLE_WORDS):
                break
            taken.append(w)
        while taken and taken[-1].group(0).lower() in FUNCTION_WORDS | {"of", "for", "and", "the"}:
            taken.pop()  # "the rise of Donald Trump, who": Trump
        before = words[len(words) - len(taken) - 1].group(0).lower() if len(words) > len(taken) else ""
        if before in PLACE_PREPOSITIONS:
            return None  # "Democrats on Capitol Hill, who": not the place
        if not any(w.group(0)[0].isupper() for w in taken):
            # "… was not denied by the central bank, which said": a description of a body or a role, or of a
            # document ("the union's figures, which suggest")
            bound = RESTRICTIVE.search(comma[:-1].rstrip())
            head = bound.group(0).split()[-1].lower() if bound else ""
            if bound is None or not (head in DESCRIPTION_KIND or head in ROLE_HEADS or head in RELATIVE_DOCUMENTS):
                return None
            return Span.of(self.text, base + bound.start(), base + bound.end())
        return Span.of(self.text, base + taken[-1].start(), base + taken[0].end())

    def _members(self, span: Span) -> list[str]:
        """"Quill and Vell both said": the speaker of each name in the list, each name a mention of its own."""
        m = NAME_LIST.search(span.text) or titled_pair(span.text)  # also "Mayor Dana Quill and Police Chief …"
        groups = ("first", "second") if m is not None and m.re is NAME_LIST else ("a", "b")
        before = span.text[:m.start()].lower().split() if m else []
        if m is None or len(before) > 3 or any(w in PREPOSITIONS for w in before):
            return []  # "lawyers for both Donald and Ivana Trump", "polls in Pennsylvania and Virginia": not them
        return [self.resolve(Span.of(self.text, span.start + m.start(g), span.start + m.end(g)),
                             content_follows=True).id for g in groups]

    def _pair(self, span: Span) -> list[str]:
        """"Both firms said", "the two countries": the last two speakers of that kind, when the text has just
        named them ("Nordline said …. Baltic Link said …. Both firms said …")."""
        m = PAIR.fullmatch(span.text.strip())
        if m is None:
            return []
        kind = PAIR_NOUNS[m["noun"].lower()]
        pair = sorted((s for s in self.speakers if s.kind == kind and not s.members and not self._only_in_headline(s)
                       and any(0 <= span.start - m.end <= 600 for m in s.mentions)),
                      key=lambda s: max(m.start for m in s.mentions), reverse=True)[:2]
        return [s.id for s in reversed(pair)] if len(pair) == 2 else []  # in the order they were named

    def _only_in_headline(self, sp: Speaker) -> bool:
        """Named only in the headline: the body introduces its people again ("Retired General Reveals …", then
        "Retired U.S. Air Force Gen. Norman Ham is speaking out … why he believes …")."""
        return all(m.end <= self.headline_end for m in sp.mentions)

    def _sentence_start(self, pos: int) -> int:
        """Where the sentence holding `pos` begins: after the last ". " or line break before it."""
        return max(self.text.rfind(". ", 0, pos) + 1, self.text.rfind("\n", 0, pos) + 1)

    def _body_named_in_sentence(self, pos: int) -> str | None:
        """The last body named earlier in the sentence, spoken or not (not the dateline's agency)."""
        start = max(self._sentence_start(pos), pos - 400, self.dateline_end)
        agency = next((s.name for s in self.speakers if s.id == self.agency_id), None)
        found = None
        for m in re.finditer(r"\b[A-Z][\w&’'.-]*(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w&’'.-]*)*", self.text[start:pos]):
            name = re.sub(r"^The\s+", "", m.group(0))
            if name != agency and (" " in name or name.isupper()) and classify_name(name) in (
                    "organization", "government", "outlet"):
                found = name
        return found

    def _owner_named(self, pos: int, gender: str | None, speaker: Speaker | None) -> str | None:
        """Whose "her office", "their lawyers" are: a person of that gender named earlier in the sentence (an
        ailing Hillary Clinton … (her campaign later disclosed …)"), else the speaker found if mentioned in the
        last two sentences; else no one ("Scott's relatives … according to their attorneys" are not the police's)."""
        sentence = self._sentence_start(pos)
        named = self._named_person_before(pos, gender) if gender else None
        last = max((m.end for m in speaker.mentions if m.end <= pos), default=-1) if speaker else -1
        if named is not None and named.start >= sentence and named.start > last:
            return named.text
        before = len(self.text[:sentence].rstrip())  # the sentence before, also at a paragraph's end
        recent = max(self._sentence_start(max(before - 1, 0)), pos - 1000)
        if speaker is None:
            return None
        # mentioned as a speaker, or only named ("The Justice Department has lagged …, frustrating Scott. His aides say")
        surname = speaker.name.split()[-1]
        named_again = surname[:1].isupper() and re.search(rf"\b{re.escape(surname)}\b", self.text[recent:pos])
        return speaker.name if last >= recent or named_again else None

    def _surname_in_paragraph(self, span: Span) -> Span | None:
        """The full name, of no gender the census lists know, of someone the pronoun's paragraph calls by surname
        before it: "…, standing beside the regional governor, Per Aas. / Aas, speaking after her, was more
        cautious. The budget could not cover it, he said" is Per Aas (the lists do not know "Per")."""
        paragraph = self.text.rfind("\n", 0, span.start) + 1
        names = {m.group(0).split()[-1]: m for m in FULL_NAME.finditer(self.text, max(0, paragraph - 1000), paragraph)
                 if name_gender(m.group(0)) is None
                 and m.group(0).split()[0].lower() not in ROLE_WORDS | HONORIFICS | FUNCTION_WORDS | PLACE_PREPOSITIONS}
        said = [w for w in re.finditer(r"\b[A-Z][a-z]+\b", self.text[paragraph:span.start]) if w.group(0) in names
                and read_source(names[w.group(0)].group(0)).kind == "person"]  # not "the Supreme Court"
        if not said:
            return None
        m = names[said[-1].group(0)]
        return Span.of(self.text, m.start(), m.end())

    def _named_person_before(self, pos: int, gender: str | None) -> Span | None:
        """The last full name of that gender (of any, for None) written in the few sentences before `pos`,
        spoken or not, or a name after an honorific that tells it ("a spokesman for Mrs. Clinton. … she sought")."""
        start = max(0, pos - 600)
        found = [m.span() for m in FULL_NAME.finditer(self.text, start, pos)
                 if (name_gender(m.group(0)) == gender if gender else classify_name(m.group(0)) == "person")
                 and m.group(0).split()[0].lower() not in ROLE_WORDS | HONORIFICS | FUNCTION_WORDS | PLACE_PREPOSITIONS]
        for g in (gender,) if gender else ("f", "m"):
            found += [m.span() for m in HONORIFIC_NAME[g].finditer(self.text, start, pos)]
        return Span.of(self.text, *max(found)) if found else None

    def _gendered_role_before(self, pos: int, gender: str, after: int) -> Span | None:
        """The last role of that gender ("the mayor's spokeswoman") written between `after` and `pos`."""
        found = None
        for m in GENDERED_ROLE[gender].finditer(self.text, max(after, pos - 1000), pos):
            found = m
        return Span.of(self.text, found.start(), found.end()) if found else None

    def _titled_person_before(self, role: str, pos: int) -> Span | None:
        """The last name written with that title before `pos`, spoken or not ("Finance Minister Otto Brask")."""
        found = None
        titled = re.compile(rf"\b(?:[A-Z][\w’'-]*\s+){{0,2}}{role.capitalize()}\s+(?:{FULL_NAME.pattern})")
        for m in titled.finditer(self.text, max(0, pos - 3000), pos):  # the last few paragraphs: a long text stays linear
            found = m
        return Span.of(self.text, found.start(), found.end()) if found else None

    def _one_of_group(self, reading: SourceReading) -> None:
        """"one of them" after "two people familiar with the matter": one of those people; "Another said":
        another."""
        words = reading.name.split()
        if words and words[0].lower() == "another" and len(words) == 1:
            words = ["another", "of", "them"]
        if len(words) == 3 and words[1] == "of" and words[2].lower() in ("them", "those", "these"):
            group = self._last(lambda s: s.kind == "anonymous" and not s.name.lower().startswith(("one of", "another of"))
                               and any(w in ANONYMOUS_HEADS and w.endswith(("s", "people")) for w in s.name.lower().split()))
            if group is not None:
                reading.name, reading.affiliation = f"{words[0]} of {group.name}", group.affiliation
                reading.kind = "anonymous"

    def find(self, span: Span) -> Speaker | None:
        """The known speaker a phrase outside any report points to ("The Courier later removed …"), adding
        no one."""
        self.horizon = span.start  # "she" there is whoever was mentioned last before it, not in the whole text
        try:
            return self._antecedent(read_source(span.text, ""), _gender(span.text.lower().split()), span.text,
                                    span.start)
        finally:
            self.horizon = len(self.text) + 1

    def _resolve_affiliation(self, reading: SourceReading, pos: int) -> None:
        """An affiliation names a body the article already has: "ministry spokesman
        Teodor Vale" speaks for the foreign ministry named before, "Herald editor Mina
        Castel" works for the Orvane Herald. A bare "party" or "Board" with nothing
        before it to point to stays part of the role ("party chairman")."""
        aff = reading.affiliation or ""
        low = aff.lower()
        if low == "house":  # "House Speaker Paul Ryan" speaks for the House, not the White House
            return
        body = self._last(lambda s: s.kind not in ("person", "anonymous") and (
            same_entity(s.name, aff) or (low in DESCRIPTION_KIND and low in s.name.lower())
            or (" " not in aff and s.name.split()[0] == aff and COMPANY_NAME.fullmatch(s.name))))  # "Skyvale" Airlines
        if body is None and DESCRIPTION_KIND.get(low, ("",))[0] == "outlet":  # "The newspaper's editor"
            body = self._antecedent(SourceReading(aff, "outlet", None, None, reference=low), None, f"the {low}", pos)
        named = self._named_before(low, pos) if body is None and low in GENERIC_BODIES else None
        if body is None and named is None and re.fullmatch(r"[A-Z][a-z]+ian|[A-Z][a-z]+an", aff):
            # a demonym the country list lacks, of a country the text names: "Oskrian President Ilo Brenn" … "Oskria"
            named = next((c for c in (aff[:-1], aff[:-2] + "a") if re.search(rf"\b{c}\b", self.text)), None)
        if body is not None or named is not None:
            reading.affiliation = body.name if body is not None else named
        elif low in GENERIC_BODIES and reading.kind != "anonymous":  # "a government source" keeps its body
            reading.role, reading.affiliation = join_words([aff, reading.role or ""]), None

    def written_in(self, speaker_id: str, cue: Span) -> None:
        """"columnist Ansel Ruud wrote in the weekly Orvane Review": a writer with no body known writes for the
        outlet the piece ran in."""
        m = WROTE_IN.match(self.text, cue.end) if WRITING.search(cue.text) else None
        sp = next((s for s in self.speakers if s.id == speaker_id), None)
        if m is None or sp is None or sp.kind != "person" or sp.affiliation is not None:
            return
        outlet = read_source(m["outlet"])
        if outlet.kind == "outlet":
            sp.affiliation = outlet.name

    def merge_headline(self, headline: Span | None) -> dict[str, str]:
        """Headlines name people before the text does ("Minister denies report", then
        "Transport Minister Oskar Lind denied…"): a headline speaker known only by a
        role joins the first body speaker with that role or name. Returns old id → new
        id for every speaker, renumbered in order."""
        merged: dict[str, str] = {}
        if headline is not None:
            for sp in list(self.speakers):
                # a pronoun in the body may have gone to it for want of anyone else ("Minister quits …", then
                # "he appeared to …" before the minister speaks): it joins too
                if not sp.mentions or any(m.start >= headline.end and m.text.lower() not in PERSON_PRONOUNS
                                          for m in sp.mentions):
                    continue
                described = sp.name.lower().split()[-1]  # "Airline denies …", "Drone maker denies …"
                described = described if described in DESCRIPTION_KIND and sp.kind != "person" and all(
                    w.islower() for w in sp.name.split()[1:]) else None  # not "Velmora Bank": a name
                target = next((o for o in self.speakers if o is not sp and o.id != self.agency_id
                               and o.mentions[0].start >= headline.end and (
                    same_entity(o.name, sp.name) or (sp.role and _role_fits(sp.role, o) and
                                                     sp.name.lower().split()[-1] == sp.role.lower().split()[-1]) or
                    (described is not None and self._described(described, o)) or
                    # "Two held over port fire, source says" over "a source in the law enforcement agencies told …"
                    (sp.kind == o.kind == "anonymous" and " " not in sp.name and _head(o.name) == _head(sp.name)))),
                    None)
                if target is not None:
                    target.mentions[:0] = sp.mentions
                    merged[sp.id] = target.id
                    self.speakers.remove(sp)
        renumber = {sp.id: f"s{i}" for i, sp in enumerate(self.speakers, start=1)}
        new_ids = {old: renumber[merged.get(old, old)] for old in list(merged) + list(renumber)}
        for sp in self.speakers:
            sp.id = renumber[sp.id]
            sp.members = [new_ids[m] for m in sp.members]
        return new_ids

    def _described(self, ref: str, s: Speaker) -> bool:
        """Whether "the <ref>" ("the ministry", "the airline", "the newspaper") may be speaker `s`."""
        kind, words = DESCRIPTION_KIND[ref]
        if s.kind != kind or (words and not any(w in (s.name + " " + (s.role or "")).lower() for w in words)):
            return False
        if ref in ("government", "administration") and any(p in s.name.lower() for p in GOVERNMENT_PARTS):
            return False  # "the government" is not a ministry or an embassy of it, named before
        if ref == "outlet" or kind != "outlet":
            return True
        # "the state broadcaster" in a wire story is not the wire; "the agency" is, or another agency
        agency = s.id == self.agency_id or bool(re.search(r"\b(?:agency|wire)\b", s.name, re.I))
        return agency == (ref == "agency")

    def _body_read_as_person(self) -> Speaker | None:
        """The speaker mentioned last, when it was read as a person on its name alone and the text now calls
        it "it" or "the company" ("Nordline said it would appeal. It added …"): a body after all."""
        last = self._last(lambda s: s.id != self.writer_id and not self._only_in_headline(s))
        if last is None or last.kind != "person" or last.role or last.id in self.gender or name_gender(last.name) \
                or re.fullmatch(r"\w+[^s]s", last.name) or last.name in COUNTRY_NAMES:  # "Readers", "America"
            return None
        last.kind = "organization"
        return last

    def _antecedent(self, r: SourceReading, gender: str | None, phrase: str, at: int) -> Speaker | None:
        """The known speaker `phrase`, read as `r` at offset `at`, refers back to, or None."""
        ref = r.reference
        if ref in PERSON_PRONOUNS:  # also one unnamed person of that gender: "A government spokeswoman said … she said"
            def person(s: Speaker) -> bool:  # the writer ("I") is nobody's "he", nor a group ("Both women") "she"
                return (s.kind == "person" and self._fits(s, gender) and s.id != self.writer_id and not s.members) or (
                    s.kind == "anonymous" and _one_person(s.name) and gender is not None and self.gender.get(s.id) == gender)
            def unnamed(s: Speaker) -> bool:  # one unnamed person of no known gender: "the engineer", "a rebel commander"
                return s.kind == "anonymous" and _one_person(s.name) and s.id not in self.gender and (
                    bool(s.role) or _head(s.name) in ANONYMOUS_HEADS)  # not "A video of the episode"

            def answers_here(s: Speaker) -> bool:  # an unnamed reporter asks: "A reporter asked Sanders … He replied"
                return not (s.role and s.role.split()[-1].lower() in JOURNALIST_ROLES) and any(
                    "\n" not in self.text[m.end:at] for m in s.mentions if m.end <= at)

            # the body's last person, or one unnamed in the same paragraph ("A rebel commander … said …. “…,” he
            # said" is the commander, not the colonel quoted before), then one unnamed further back ("the engineer
            # told the Courier, which quoted him"), then the headline's (they join the body's later: merge_headline)
            def headline_one(s: Speaker) -> bool:  # not the headline's "mayor" when the body's mayor is a woman
                return person(s) and not any(o.kind == "person" and not self._only_in_headline(o) and s.role and
                                             not self._fits(o, gender) and _role_fits(s.role, o) for o in self.speakers)

            body = [lambda s: (person(s) or unnamed(s) and answers_here(s)), unnamed]
            return next((found for test in body if (found := self._last(
                lambda s: test(s) and not self._only_in_headline(s))) is not None), None) or self._last(headline_one)
        if ref == "age":
            return self._last(lambda s: s.kind == "person" and s.id != self.writer_id and not s.members)
        if ref in ("they", "them"):  # a bare "we" or "you" read as a speaker is no one's antecedent
            return self._last(lambda s: s.kind in ("organization", "government", "outlet", "anonymous")
                              and s.name.lower() not in GROUP_PRONOUNS)
        if ref == "it":
            return self._body_read_as_person() or self._last(lambda s: s.kind in ("organization", "government", "outlet")
                                                             and s.name.lower() not in GROUP_PRONOUNS)
        if ref == "i":
            return next((s for s in self.speakers if s.id == self.writer_id), None)
        if ref in ("we", "you"):
            return None
        if ref in JOURNALIST_ROLES:
            return self._last(lambda s: s.kind in ("person", "anonymous") and s.role is not None and
                              any(j in s.role.lower() for j in JOURNALIST_ROLES))
        if ref is not None and ref in ROLE_HEADS:  # also one unnamed person of that noun: "a senior union official"
            return self._last(lambda s: s.role is not None and ref in s.role.lower() or (
                s.kind == "anonymous" and _one_person(s.name) and _head(s.name) == ref))
        if ref is not None and ref in DESCRIPTION_KIND:
            if DESCRIPTION_KIND[ref][0] == "organization" and not DESCRIPTION_KIND[ref][1]:  # "the company", "the firm"
                body = self._body_read_as_person()
                if body is not None:
                    return body
            return self._last(lambda s: self._described(ref, s) and not told_apart(r.name, ref, s.name))
        if r.kind == "anonymous":
            # "the source" continues "a source", "the audit" "an audit"; "another source" is someone new.
            # only a bare description: "The Reuters/Ipsos poll" is not "a new poll" named before
            if phrase.lower().startswith("the ") and phrase[4:].islower() or len(phrase.split()) == 1:  # "Lawmakers"
                head = _head(r.name)
                return self._last(lambda s: s.kind == "anonymous" and _head(s.name) == head)
            return None
        if r.role and r.name.lower() == r.role.lower():  # a title alone ("Minister", "Prime Minister"): that office
            return self._last(lambda s: bool(s.role) and _role_fits(r.role, s) and self._fits(s, gender))
        # "Clinton" is not "A spokeswoman for Hillary Clinton", whom the spokeswoman speaks for; "The head of Harlow
        # General Hospital" is not the hospital
        return self._last(lambda s: same_entity(s.name, r.name) and self._fits(s, gender) and not (
            s.kind == "anonymous" and s.affiliation and same_entity(s.affiliation, r.name)) and not (
            r.role and r.affiliation and s.kind != "person" and same_entity(r.affiliation, s.name)))


def told_apart(description: str, noun: str, name: str) -> bool:
    """Whether "the defence ministry" cannot be "Kestrel's foreign ministry" or the "Ministry of Finance":
    both say which body of that kind, and none of the description's words is in the name."""
    def which(phrase: str) -> set[str]:
        words = POSSESSIVE.sub("", phrase.lower()).split()
        if noun not in words:
            return set()
        at = words.index(noun)
        after = words[at + 2:] if words[at + 1:at + 2] == ["of"] else []
        return {w for w in words[:at] + after if w not in DETERMINERS}

    told = which(description)
    return bool(told and which(name)) and not told & set(POSSESSIVE.sub("", name.lower()).split())


RELATIVE_DOCUMENTS = {"figures", "data", "statistics", "estimates", "report", "study", "survey", "poll", "audit",
                      "analysis", "statement", "letter", "memo", "records"}
LEADERS = {"leader", "head", "chief", "chairman", "chairwoman", "chair", "boss", "president", "governor"}


def _one_person(name: str) -> bool:
    """"A government spokeswoman", "a senior official in the ministry": one unnamed person (not "officials",
    "two pilots")."""
    words = name.lower().split()
    return len(words) > 1 and words[0] in ("a", "an", "another") and not _head(name).endswith("s")


def _head(name: str) -> str:
    """The noun an unnamed speaker is named by: "source" in "a source in the Kestrel government"."""
    words = name.lower().split()
    head = next((w for w in words if w in ANONYMOUS_HEADS), words[-1] if words else "")
    return head.replace("interlocutor", "source")  # the Russian wires' word for their unnamed source


OFFICE_STAGE = re.compile(r"-(?:elect|designate)\b")


def _role_fits(role: str, sp: Speaker) -> bool:
    """A headline's "Minister" is the body's "Transport Minister"; its "union leader" is the head of the
    Harborton Dockworkers Union; its "Bank chief" the central bank's governor, not a chief economist. The
    role's last word names the office, and must be the speaker's (any word for a leader standing for any
    other); its other words must be in the speaker's role or affiliation."""
    # "Minister-designate" fits a headline's "Minister": the same person, whatever stage of the office
    def words(phrase: str) -> list[str]:  # "Sen." is a senator
        return [ROLE_ABBREVIATIONS.get(w, w) for w in OFFICE_STAGE.sub("", phrase.lower()).split()]

    told = words(f"{sp.role or ''} {sp.affiliation or ''}")
    office = words(sp.role or "")[-1:]
    *others, head = words(role)
    chief = head in ("chief", "boss", "head") and office[:1] in (["executive"], ["ceo"])  # "Harbour chief": its CEO
    return bool(office) and (head in office or (head in LEADERS and office[0] in LEADERS) or chief) and all(
        w in told for w in others)


def _surname_only(name: str) -> bool:
    """"Brenn", "De la Cruz": a surname, the full name perhaps written before."""
    words = name.split()
    return len(words) == 1 or all(w.lower() in NAME_PARTICLES for w in words[:-1])


def _gender(words: list[str]) -> str | None:
    if len(words) > 1 and words[0] in ("his", "her"):  # "His lawyer, Sofie Ness": the owner's gender, not hers
        words = words[1:]  # (but "Sunshine, who remains friendly with her former boss" is a woman)
    served = next((k for k, w in enumerate(words) if w in ("for", "to", "of", "with")), len(words))
    if any(w in ("mrs.", "ms.", "mr.", "mrs", "ms", "mr") for w in words[served:]):
        words = words[:served]  # "Brian Fallon, a spokesman for Mrs. Clinton": whom he serves tells her gender
    if any(w in FEMININE for w in words):
        return "f"
    return "m" if any(w in MASCULINE for w in words) else None


@lru_cache(maxsize=1)
def _first_names() -> dict[str, str]:
    """First name → "m" or "f", from the US census lists the `names` package ships (public domain), where
    one sex holds at least four times the other's share: "Jordan" is a man's name, "Taylor" neither."""
    def shares(sex: str) -> dict[str, float]:
        rows = (resources.files("names") / f"dist.{sex}.first").read_text().splitlines()
        return {r.split()[0].lower(): float(r.split()[1]) for r in rows if r.strip()}
    male, female = shares("male"), shares("female")
    out = {n: "m" for n, share in male.items() if share >= 4 * female.get(n, 0.0)}
    out.update({n: "f" for n, share in female.items() if share >= 4 * male.get(n, 0.0)})
    return out


def name_gender(name: str) -> str | None:
    """The gender a full name's first name tells ("Greta Hollis"); a surname alone, a description ("My
    father") or someone's relation ("Keith Scott's wife") tells none."""
    words = name.split()
    if len(words) < 2 or not all(w[:1].isupper() for w in words) or POSSESSIVE.search(name):
        return None
    return _first_names().get(words[0].lower())


@lru_cache(maxsize=1 << 16)  # asked for every pair of names an article has, again and again
def same_entity(a: str, b: str) -> bool:
    """"Peskov" and "Dmitry Peskov" name the same person; "The Post" and "The New York Post" the same
    outlet; "Kestrel's foreign ministry" and "Kestrel Foreign Ministry" the same body."""
    wa = [w for w in POSSESSIVE.sub("", a.lower()).split() if w not in DETERMINERS | HONORIFICS]
    wb = [w for w in POSSESSIVE.sub("", b.lower()).split() if w not in DETERMINERS | HONORIFICS]
    if not wa or not wb:
        return False
    if wa == wb:
        return True
    short, long_ = sorted((wa, wb), key=len)
    return short[-1] == long_[-1] and all(w in long_ for w in short)


DOCUMENT_REFERENCE = re.compile(
    r"(?:the|that|this|its|his|her|their)\s+(?P<noun>statement|letter|post|report|memo|release|e-?mail|tweet|"
    r"filing|document|editorial|column|article|readout|communiqu[eé])", re.I)


def document_author(text: str, source: Span, attributions: list[Attribution], before: int,
                    cited_by: str | None = None) -> str | None:
    """"“We have checked every gate,” the statement said" after "the mayor's office said in a statement" or
    "In a 40-page report, the institute said": the speaker who issued the document the source refers back to
    (among the first `before` reports), or None. Not the outlet that carries it (`cited_by`): "The memo,
    first published by the Arden Times, suggests …" is not the Times's memo."""
    ref = DOCUMENT_REFERENCE.fullmatch(source.text)
    if ref is None:
        return None
    noun = re.compile(rf"\b{ref['noun']}s?\b", re.I)
    for at in reversed(attributions[:before]):
        if not at.speaker_id or at.type == "story" or at.id == cited_by:
            continue
        told = [s.text for s in (at.cue, at.source) if s]
        if at.source is not None:  # the phrase opening the sentence, before the source
            opening = text[max(0, at.source.start - 80):at.source.start]
            told.append(re.split(r"[.!?\n]\s", opening)[-1])
        if any(noun.search(t) for t in told):
            return at.speaker_id
    return None
