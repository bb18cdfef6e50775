"""What a source phrase says on its own: name, role, affiliation and kind.

A source phrase is read as [affiliation] [role] [name] ("Bloomberg columnist
Andreas Kluth", "Kremlin Spokesman Dmitry Peskov"), name plus apposition
("Dmitry Peskov, the Kremlin spokesman"), someone known only by a role ("a
spokesman for the Interior Ministry") or a reference that points back ("he",
"the columnist"), which `speakers` resolves. Pure functions of the phrase and
the text right after it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..model import SpeakerKind

ROLE_WORDS = {
    "spokesman", "spokeswoman", "spokesperson", "minister", "president", "president-elect",
    "vice", "columnist", "journalist", "diplomat", "senator", "sen.", "secretary", "chancellor",
    "premier", "ambassador", "official", "officials", "analyst", "reporter", "editor",
    "correspondent", "chief", "director", "ceo", "chairman", "chairwoman", "chair", "governor",
    "gov.", "mayor", "lawmaker", "representative", "rep.", "congressman", "congresswoman",
    "candidate", "nominee", "adviser", "advisor", "aide", "general", "gen.", "commander",
    "colonel", "col.", "lt.", "lieutenant", "maj.", "capt.", "sgt.", "sergeant", "adm.",  # not "Major League"
    "admiral", "brig.", "cmdr.",
    "professor", "economist", "lawyer", "attorney", "prosecutor", "judge", "justice", "head", "leader",
    "manager", "strategist", "pollster", "speaker", "writer", "author", "blogger", "host",
    "anchor", "commentator", "founder", "owner", "chairperson", "envoy", "deputy", "press",
    "campaign", "counsel", "prime", "foreign", "defense", "defence", "interior", "finance",
    "top", "senior", "former", "retired", "acting", "state", "white", "house", "republican", "democratic",
    "presidential", "chief-of-staff", "staff", "of", "general's", "attorney-general",
    "executive", "member", "members", "expert", "experts", "researcher", "scientist",
    "activist", "organizer", "organiser", "ceo", "cfo", "king", "queen", "pope", "rabbi",
    "bishop", "sheriff", "officer", "police", "investigator", "inspector", "engineer", "doctor",
    "physician", "surgeon", "nurse", "teacher", "student", "resident", "witness", "architect",
    "historian", "consultant", "planner", "auditor", "accountant", "banker", "trader", "investor",
    "technician", "pilot", "captain", "coach", "priest", "imam", "master", "councillor", "councilor",
    "alderman", "alderwoman", "treasurer", "comptroller", "controller", "clerk", "ombudsman", "lieutenant",
    "secretary-general", "whip", "editor-in-chief", "commander-in-chief", "councilman", "councilwoman", "councilmember", "commissioner", "negotiator", "mediator", "regulator", "operator", "owner", "del.",
    "counterpart", "predecessor", "successor", "colleague",
    "husband", "wife", "son", "daughter", "brother", "sister", "father", "mother",  # "Her husband, Erik Tolv"
    "regional", "opposition", "provincial", "municipal", "local",
    "mp", "mps", "mep", "meps", "msp",  # "Opposition MP Lars Berg"
    "prince", "princess", "crown", "emir", "sheikh", "sultan",  # "Crown Prince Mohammed bin Salman"
    "agent", "striker", "goalkeeper", "midfielder", "winger", "player", "athlete",  # "His agent, Maria Lind"
} | {f"{office}-{stage}" for office in ("president", "minister", "premier", "chancellor", "governor", "mayor",
                                        "senator", "secretary", "ambassador", "speaker", "representative",
                                        "congressman", "congresswoman", "councilman", "councilwoman")
     for stage in ("elect", "designate")}  # "Prime Minister-designate Olav Rusk": not yet the office
ROLE_ABBREVIATIONS = {"sen.": "senator", "gov.": "governor", "rep.": "representative", "gen.": "general",
                      "col.": "colonel", "lt.": "lieutenant", "maj.": "major", "capt.": "captain", "sgt.": "sergeant",
                      "adm.": "admiral", "cmdr.": "commander", "brig.": "brigadier",
                      "pres.": "president", "sec.": "secretary"}
# Words that make a role but alone are only modifiers.
ROLE_MODIFIERS = {"top", "senior", "former", "retired", "acting", "deputy", "vice", "foreign", "defense",
                  "defence", "interior", "finance", "prime", "press", "campaign", "state",
                  "presidential", "republican", "democratic", "white", "house", "of", "chief", "police",
                  "executive", "staff",
                  # "Regional Governor Maren Holt", "Opposition lawmaker Piet Arnesen": no body, part of the role
                  "regional", "opposition", "provincial", "municipal", "local", "crown"}
ROLE_HEADS = ROLE_WORDS - ROLE_MODIFIERS | {"chief", "executive", "deputy"}  # "County Executive Dana Firth"
# Lower-case words inside a name: "Ursula von der Leyen", "Ines de la Cruz", "Mohammed bin Salman"
NAME_PARTICLES = {"von", "van", "der", "den", "de", "la", "le", "del", "della", "di", "da", "du", "bin", "ibn", "al",
                  "el", "ben", "dos", "das", "ter"}


def is_name(words: list[str]) -> bool:
    """Capitalised words, with the particles a name may hold between them."""
    return bool(words) and _title_case(words[0]) and _title_case(words[-1]) and all(
        _title_case(w) or w in NAME_PARTICLES for w in words)


HONORIFICS = {"mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "sir", "dame", "lord", "lady", "rev."}
QUANTIFIERS = {"two", "three", "four", "five", "several", "some", "many", "few", "dozens", "hundreds", "both"}
DETERMINERS = {"the", "a", "an", "another", "his", "her", "its", "their", "our", "my", "this", "that", "one",
               "two", "three", "four", "several", "some", "many", "other", "both"}

OUTLET_WORDS = re.compile(
    r"\b(?:Times|Post|Journal|News|Herald|Tribune|Gazette|Telegraph|Guardian|Reuters|TASS|"
    r"Bloomberg|CNN|BBC|AP|AFP|Associated Press|Agence|Interfax|RIA|Novosti|Izvestia|Kommersant|"
    r"Vedomosti|Politico|HuffPost|Huffington|Breitbart|USA Today|NPR|Fox|MSNBC|ABC|CBS|NBC|Axios|"
    r"Economist|Daily|Weekly|Magazine|Wire|(?:[Nn]ews|[Pp]ress)\s+[Aa]gency|Anadolu|Xinhua|Yonhap|Kyodo|"
    r"Press|Radio|Television|TV|Insider|Observer|"
    r"Chronicle|Courier|Examiner|Independent|Mirror|Express|Sun|Standard|Ledger|Record|Bulletin|Dispatch|"
    r"Sentinel|Register|Monitor|Inquirer|Enquirer|Globe|Le Monde|Der Spiegel|Spiegel|Beacon|Clarion|Bugle|"
    r"Advertiser|Argus|(?:Evening|Morning|Sunday)\s+Star|FM|"  # not "Gold Star Mom"
    r"(?<!social )[Mm]edia)\b")  # "Local media had reported", "state media"; not "posted on social media"
GOVERNMENT_WORDS = re.compile(
    r"\b(?:Kremlin|White House|[Mm]inistry|[Gg]overnment|[Dd]epartment|Pentagon|Foreign Office|"
    r"Cabinet|Downing Street|Élysée|Elysee|State Department|Treasury|Parliament|Congress|Senate|"
    r"Duma|Embassy|Bureau|[Pp]olice|[Aa]rmy|[Mm]ilitary|[Nn]avy|[Cc]ouncil|Commission|[Aa]dministration|[Oo]ffice|"
    r"Presidency|[Mm]inistries|[Aa]uthority|[Aa]gency|Court|County|City\s+Hall|[Cc]ity\s+of)\b")
# Time and manner phrases that trail a source in running text ("the ministry on Wednesday").
TRAILING = re.compile(
    r"\s+(?:on|last|this|late|early|in|at|earlier|later)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|"
    r"Saturday|Sunday|week|month|year|night|morning|afternoon|evening|today|tonight|[A-Z][a-z]+\.? \d{1,2}|\d{4})\b.*$"
    r"|\s+(?:yesterday|today|also|too|again|however|himself|herself|itself|themselves)\b.*$"
    r"|\s+at\s+the\s+time\b.*$"  # "The hospital at the time called the report …"
    r"|\s+(?:released|published|conducted|commissioned)\s+(?:on|last|this|in|earlier)\b.*$"  # "A poll released on Sunday"
    r"|\s*,?\s+(?:who|which|whose)\b.*$"  # "an inspector, who asked not to be named"
    r"|\s*,\s+in\s+an?\s+(?:[\w-]+\s+)?(?:memo|statement|letter|report|e-?mail|interview|post|note|filing)\b.*$"
    r"|\s+(?:interviewed|quoted|cited|contacted|polled|surveyed|questioned|reached|asked|seen|obtained|reviewed|"
    r"viewed)\s+by\b.*$"  # "Residents interviewed by Northwind", "a memo seen by the Courier": those speak
    r"|\s+(?:shared\s+with|provided\s+to|leaked\s+to)\s+[A-Z]?[a-z]*\s*[A-Z].*$")  # "messages shared with the Sentinel"
PORTFOLIO_HEADS = {"minister", "secretary", "commissioner", "attorney"}
# the last word of a company's name: "Tessaline Terminals", "Velo Motors", "Brandt Holdings"
COMPANY_LAST_WORDS = (
    r"Corporation|Plc|PLC|AG|GmbH|Holdings|Industries|Terminals|Ports|Motors|Airlines|Airways|Systems|"
    r"Partners|Ventures|Capital|Energy|Shipping|Logistics|Technologies|Pharmaceuticals|Enterprises|Mining|"
    r"Resources|Petroleum|Telecom|Railways?|Lines|Foods|Brands|Labs|Laboratories|Trading|Dynamics|Aerospace|"
    r"Electronics|Robotics|Networks|Solutions|Chemicals|Steel|Semiconductors?|Software|Automotive|Insurance|"
    r"Marine|Maritime|Shipyards?|Freight|Cargo|Tankers|Storage|Construction|Engineering")
ORG_WORDS = re.compile(
    r"\b(?:Inc|Corp|[Cc]ompany|Co|Ltd|LLC|Group|[Pp]arty|[Cc]ommittee|[Cc]ampaign|[Tt]eam|[Uu]tility|[Ff]irm|[Uu]nion|[Aa]ssociation|"
    r"Foundation|Institute|University|Bank|Fund|Organization|Organisation|Agency|Center|Centre|"
    r"Board|Club|Coalition|Alliance|League|Front|Movement|Bloc|NATO|UN|United\s+Nations|EU|FBI|CIA|NSA|WHO|OPEC|"
    r"[Pp]anel|"
    + COMPANY_LAST_WORDS + r")\b")
# A party's members speak as one body, also in the Senate: "Senate Democrats"
PARTY_MEMBERS = re.compile(r"\b(?:Democrats|Republicans|Conservatives|Liberals|Socialists|Greens|Tories)\b")
ANONYMOUS = re.compile(
    r"^(?:an?|the|another|two|three|several|some|many|other|one|senior|unnamed)?\s*"
    r"(?:[\w\-]+\s+){0,4}?(?:sources?|officials?|insiders?|people|persons?|aides?|diplomats?|"
    r"observers?|analysts?|experts?|critics?|witnesses?|residents?|someone|organi[sz]ers|protesters|"
    r"demonstrators|activists|video|footage|reports?|interlocutors?|researchers?|passengers|travell?ers|"
    r"commuters|shoppers|customers|patients|parents|farmers|fishermen|voters|locals|supporters|opponents|backers|"
    r"scientists?|economists)\b", re.I)
# The nouns of unnamed people, for "a Kremlin source", "sources close to the Kremlin"
ANONYMOUS_HEADS = {"source", "sources", "official", "officials", "insider", "insiders", "people", "person", "persons",
                   "aide", "aides", "diplomat", "diplomats", "observer", "observers", "analyst", "analysts",
                   "expert", "experts", "critic", "critics", "witness", "witnesses", "resident", "residents",
                   "interlocutor", "interlocutors", "researcher", "researchers", "scientist", "scientists",
                   "economists"}  # "the agency's interlocutor": the wires' unnamed source
# What a person or body keeps, told by a possessive pronoun: "Her office", "His campaign", "their lawyers"
OWNED_BODIES: dict[str, SpeakerKind] = {"office": "government", "administration": "government",
                                        "government": "government", "campaign": "organization",
                                        "team": "organization", "party": "organization", "lawyers": "anonymous",
                                        "attorneys": "anonymous", "aides": "anonymous", "family": "anonymous",
                                        "ministry": "government", "department": "government",
                                        "company": "organization", "union": "organization"}
DOCUMENT_NOUNS = {"poll", "survey", "study", "report", "audit", "memo", "analysis"}
PERSON_PRONOUNS = {"he", "she", "him", "her", "his"}
OWNER_PRONOUNS = {"its": ("organization", "government", "outlet"), "their": ("organization", "government", "outlet"),
                  "his": ("person",), "her": ("person",)}
GROUP_PRONOUNS = {"they", "them", "it", "we", "you"}
WRITER_PRONOUNS = {"i", "me"}  # a column's "I believe …": the writer
WORD = re.compile(r"[\w.\-’']+")
# "the 54-year-old", "the fifty-four-year-old": a person the text has just named, told by age
AGE = r"(?:\d{1,3}|[a-z]+(?:-[a-z]+)?)-year-old"
AGE_EPITHET = re.compile(rf"(?i)the\s+{AGE}")
# Asides that are not part of a name: "(R-Utah)", "(pictured)", ", R-Ky.,", an age (", 61,")
# (an apposition after ", R-Texas," keeps its comma: "Sen. Greg Tolliver, R-Texas, the panel's top Republican")
ASIDE = re.compile(r"\s*\([^()]*\)|,\s+[RDI]-[A-Z][A-Za-z.]*(?=,\s+(?:the|a|an)\s)"
                   r"|,?\s+[RDI]-[A-Z][A-Za-z.]*,?(?=\s|$)|,\s*\d{1,3}(?=\s*(?:,|$))")
# "Ivo Marsh, the panel's chairman": an apposition inside the source span
INNER_APPOSITION = re.compile(
    r"^(?P<name>[^,]*[A-Z][^,]*),(?P<apposition>\s+(?P<article>(?:the|a|an)\s+)?[^,]+)(?:,.*)?$", re.S)
# "an analysis by Lily Batchelder", "a transcript published by The Washington Post", "a statement from the
# regional water authority", "a report in the Velmore Courier": the author speaks
BY_AUTHOR = re.compile(
    r"^(?:[A-Za-z][\w\-]*\s+){0,3}(?i:analysis|report|study|poll|survey|transcript|memo|statement|letter|review|"
    r"article|editorial|column|audit|investigation|interview|book|ad|video|filing|data|figures|statistics|readout|"
    r"communiqu[eé])\b"
    r"(?:\s+[a-z][\w\-]*){0,4}"
    # "a study published on Monday by researchers at Velmora University": when is no part of who
    r"(?:\s+(?:on|last|this|in|earlier)\s+[A-Z]\w+)?"
    r"\s+(?:by|from|in)\s+(?P<author>(?:the\s+)?[A-Z][^,]*|the\s+[a-z][^,]*|(?:researchers|scientists|economists|"
    r"analysts|experts)\s+(?:at|from|with)\s+[^,]*)$")
PUBLISHED = re.compile(r"\b(?:published|released|conducted|commissioned|written|prepared)\s")
# "The board's statement", "Pike's letter": the owner wrote it
OWNED_DOCUMENT = re.compile(
    r"^(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday|last|this|next)\b)"  # a time
    r"(?P<author>(?:the\s+)?[^,’']{2,60}?)['’]s\s+(?!top\b|leading\b|senior\b|key\b|prominent\b)"  # "top figures": people
    r"(?:[a-z][\w-]*\s+){0,2}(?i:statement|report|letter|memo|"
    r"release|study|audit|analysis|filing|post|tweet|e-?mail|editorial|column|article|press release|figures|data|"
    r"statistics|estimates?|survey|poll|records)$")
# Role words that are also common surnames: "Charlie King said", "Rob Bishop said"
SURNAME_ROLES = {"king", "bishop", "judge", "justice", "prince"}  # also "Citizens for Tax Justice", "Matthew Prince"
# "Shipping company Tessaline", "the think tank Velmora Institute": what kind of body, then its name
DESCRIBED_BODY = re.compile(
    r"^(?:(?:the|a|an)\s+)?(?:[A-Za-z\-]+['’]?\s+){0,3}?(?:company|firm|group|utility|bank|carrier|airline|insurer|"
    r"retailer|manufacturer|start-?up|charity|organi[sz]ation|nonprofit|non-profit|think tank|lobby|operator|"
    r"union|association|coalition|alliance|federation|"  # "the tenants' group Homes First", "the union Unite"
    r"[Cc]ontractor|[Dd]eveloper|[Ss]upplier|[Bb]uilder),?\s+"  # also opening a sentence: "Contractor Delmar Group"
    # and in apposition: "The operator, Ossary Hydro"
    r"(?P<name>[A-Z][\w.&\-’']*(?:\s+[A-Z][\w.&\-’']*){0,4})$")
# "the line's own accountant" is the line's accountant, "His own budget office" his budget office
OWN = re.compile(r"([’']s?|\b[Hh]is|\b[Hh]er|\b[Ii]ts|\b[Tt]heir)\s+own\s+")
DESCRIBED_APPOSED = re.compile(r"^(?:[Tt]he|[Aa]n?|[A-Z][\w-]*['’]s)\s+(?:[a-z-]+\s+){0,2}(?P<kind>[a-z]+),\s+"
                               r"(?:the\s+)?(?P<name>[A-Z][\w.&’'-]*(?:\s+(?:(?:of|for|and|on)\s+)?[A-Z][\w.&’'-]*){0,5}),?$")
# An outlet named after a verb's preposition: "wrote in the weekly Orvane Review", "told the Stern Post"
OUTLET_PHRASE = r"(?:the\s+)?(?P<outlet>(?:[a-z]+\s+){0,2}[A-Z][\w’'&.-]*(?:\s+[A-Z][\w’'&.-]*){0,3})"
# "the Kestrel daily Morgenpost", "the state broadcaster OTV": an outlet told by its kind, then its name
OUTLET_KINDS = r"daily|newspaper|paper|weekly|tabloid|broadcaster|magazine|journal|news\s+site|website|channel"
DESCRIBED_OUTLET = re.compile(  # "the weekly Orvane Review", "Local newspaper the Velmora Courier"
    r"^(?:the\s+)?(?:[\w’'\-]+\s+){0,3}?(?:" + OUTLET_KINDS + r"|news\s+agency|radio\s+station),?\s+(?:the\s+)?"
    r"(?P<name>[A-Z][\w.&\-’']*(?:\s+[A-Z][\w.&\-’']*){0,4})$")
# "An attorney for the board, Tove Amsel": a description, then the name
NAMED_AFTER = re.compile(r"^(?P<description>[^,]+),\s+(?P<name>[A-Z][\w.\-’']*(?:\s+[A-Z][\w.\-’']*){0,3}),?$")
SECOND_APPOSITION = re.compile(r"^(?P<head>[^,]+,\s+[A-Z][\w.\-’']*(?:\s+[A-Z][\w.\-’']*){0,3}),\s+"
                               r"(?P<apposition>(?:a|an|the)\s+[^,]+?),?$")
# "Russian President Ivo Brill" speaks for Russia: the country a demonym before a role names
COUNTRIES = {d: c for c, ds in {
    "United States": "American U.S. US", "Britain": "British U.K. UK", "Russia": "Russian", "China": "Chinese",
    "France": "French", "Germany": "German", "Ukraine": "Ukrainian", "Israel": "Israeli", "Iran": "Iranian",
    "Turkey": "Turkish", "Japan": "Japanese", "India": "Indian", "Mexico": "Mexican", "Canada": "Canadian",
    "Italy": "Italian", "Spain": "Spanish", "Poland": "Polish", "Syria": "Syrian", "Iraq": "Iraqi",
    "Saudi Arabia": "Saudi", "Egypt": "Egyptian", "Brazil": "Brazilian", "Australia": "Australian",
    "Netherlands": "Dutch", "Belgium": "Belgian", "Sweden": "Swedish", "Norway": "Norwegian",
    "Finland": "Finnish", "Denmark": "Danish", "Greece": "Greek", "Hungary": "Hungarian", "Austria": "Austrian",
    "Switzerland": "Swiss", "Ireland": "Irish", "Pakistan": "Pakistani", "Afghanistan": "Afghan",
    "Venezuela": "Venezuelan", "Cuba": "Cuban", "Nigeria": "Nigerian", "Kenya": "Kenyan",
    "Ethiopia": "Ethiopian", "Qatar": "Qatari", "Jordan": "Jordanian", "Lebanon": "Lebanese",
    "Belarus": "Belarusian", "Georgia": "Georgian", "Armenia": "Armenian", "Azerbaijan": "Azerbaijani",
    "Kazakhstan": "Kazakh", "Serbia": "Serbian", "Romania": "Romanian", "Portugal": "Portuguese",
    "Argentina": "Argentine Argentinian", "Colombia": "Colombian", "Chile": "Chilean", "Peru": "Peruvian",
    "Indonesia": "Indonesian", "Vietnam": "Vietnamese", "Philippines": "Philippine Filipino",
}.items() for d in ds.split()}
COUNTRY_NAMES = frozenset(COUNTRIES.values()) - {"Jordan", "Chad", "Georgia"}  # also names of people
PREPOSITIONS = {"of", "for", "to", "at", "with", "by", "from", "about", "on", "in", "against", "over", "under"}
POSSESSIVE = re.compile(r"['’]s\b")
OWNED_BODY = re.compile(r"^(?:the\s+)?(?P<owner>[^,']{2,60}?)['’]s\s+(?P<body>(?:press\s+)?office|campaign|team|"
                        r"administration|staff|lawyers|attorneys|legal team|spokespeople)$", re.I)
# A body's possessive before a plain name: the name's, the body's the affiliation ("Salem Radio's Hugh Hewitt")
OWNED_NAME = re.compile(r"^(?:the\s+)?(?P<owner>(?:[A-Z][\w&.\-]*\s+){0,3}[A-Z][\w&.\-]*)['’]s\s+"
                        r"(?P<name>[A-Z][\w.\-’']*(?:\s+[A-Z][\w.\-’']*){1,3})$")

# "the newspaper" and its kin refer to the last outlet, "the ministry" to the
# last government body, "the journalist" to the last person with such a role.
DESCRIPTION_KIND: dict[str, tuple[SpeakerKind, tuple[str, ...]]] = {
    "newspaper": ("outlet", ()), "paper": ("outlet", ()), "daily": ("outlet", ()),
    "outlet": ("outlet", ()), "agency": ("outlet", ()), "network": ("outlet", ()),
    "broadcaster": ("outlet", ()), "magazine": ("outlet", ()), "publication": ("outlet", ()),
    "ministry": ("government", ("ministry",)), "department": ("government", ("department",)),
    "kremlin": ("government", ("kremlin",)), "government": ("government", ()),
    "administration": ("government", ()), "campaign": ("organization", ("campaign",)),
    "company": ("organization", ()), "party": ("organization", ("party",)),
    "committee": ("organization", ("committee",)), "union": ("organization", ("union",)),
    "association": ("organization", ("association",)), "authority": ("government", ("authority",)),
    "council": ("government", ("council",)), "panel": ("organization", ("panel",)),
    "police": ("government", ("police",)), "army": ("government", ("army",)), "military": ("government", ("military",)),
    "firm": ("organization", ()), "group": ("organization", ("group",)), "website": ("outlet", ()),
    "hospital": ("organization", ("hospital",)), "university": ("organization", ("university",)),
    "institute": ("organization", ("institute",)), "board": ("organization", ("board",)),
    "county": ("government", ("county",)), "city": ("government", ("city",)),  # "The county has not disputed …"
    # kinds of company: "Skyvale Airlines … the airline said"
    "airline": ("organization", ("airline", "air")), "carrier": ("organization", ("airline", "air", "carrier")),
    "bank": ("organization", ("bank",)), "insurer": ("organization", ("insur",)),
    "utility": ("organization", ("utility", "power", "energy", "water")),
    "regulator": ("government", ("authority", "commission", "regulator", "agency", "board")),
    "inspectorate": ("government", ("inspectorate",)), "watchdog": ("government", ("watchdog", "inspectorate",
                                                                                   "authority", "regulator")),
    # who a contract or a trade is with: "The bidder, Harlow Marine, said"
    "bidder": ("organization", ()), "contractor": ("organization", ()), "supplier": ("organization", ()),
    "lender": ("organization", ()), "exporter": ("organization", ()), "importer": ("organization", ()),
    # "Drone maker denies …" over "Kelvar Dynamics rejected …"; "the station, Harbour FM"
    "maker": ("organization", ()), "manufacturer": ("organization", ()), "producer": ("organization", ()),
    "station": ("outlet", ()),
    # "the grid operator", "The weather service", "The club declined to comment"
    "embassy": ("government", ("embassy",)), "consulate": ("government", ("consulate",)),
    "operator": ("organization", ()), "service": ("government", ("service",)), "club": ("organization", ("club", "fc")),
}
@dataclass(slots=True)
class SourceReading:
    """What a source phrase says on its own, before coreference."""

    name: str
    kind: SpeakerKind
    role: str | None
    affiliation: str | None
    reference: str | None = None  # pronoun or description that points back ("he", "the columnist")
    owner: str | None = None  # the possessive pronoun before a role ("its chairwoman"): whom the role serves


def _title_case(word: str) -> bool:
    return word[:1].isupper()


def join_words(words: list[str]) -> str:
    return " ".join(words).strip(" ,;:").replace(" ,", ",")


# "the Tarn/Ipsos poll", "a Velmora University study": the pollster's or the institution's work
NAMED_STUDY = re.compile(r"\b[A-Z][\w&.-]*\s+(?:[a-z]+\s+)?(?:poll|survey|study)$")


PEOPLES_COUNCIL = re.compile(r"\b(?:workers|works|students|staff|residents|parents|employees)['’]?\s+council\b"
                             # also an industry's council ("the World Shipping Council, which represents carriers")
                             r"|\b(?:Shipping|Business|Industry|Employers|Manufacturers|Chemistry|Retail|Atlantic)"
                             r"\s+Council\b", re.I)


def classify_name(name: str) -> SpeakerKind:
    if OUTLET_WORDS.search(name):
        return "outlet"
    if NAMED_STUDY.search(name):
        return "organization"
    if PARTY_MEMBERS.search(name):
        return "organization"
    if PEOPLES_COUNCIL.search(name):  # "the port's workers' council" speaks for workers, not a government
        return "organization"
    if GOVERNMENT_WORDS.search(name) or name in COUNTRY_NAMES:  # "France said": its government
        return "government"
    if ORG_WORDS.search(name) or name.isupper():
        return "organization"
    return "person"


# "Ida Vorne, who heads the Pellin Dockworkers' Union": a role told by a relative clause
RELATIVE_ROLE = re.compile(r"^\s*,\s+who\s+(?P<verb>heads|leads|chairs|runs|directs|founded|co-founded|manages|owns|"
                           r"edits)\s+(?:the\s+)?(?P<body>[^,.;:]+?)\s*(?:,|\.|$)")
ROLE_OF_VERB = {"heads": "head", "leads": "leader", "chairs": "chair", "runs": "head", "directs": "director",
                "founded": "founder", "co-founded": "co-founder", "manages": "manager", "owns": "owner",
                "edits": "editor"}


# also with the second named in apposition: "President Mara Tolv and Orvane's prime minister, Jon Asker"
TITLED_PAIR = re.compile(r"(?P<a>[A-Z][^,]*?)\s+and\s+(?P<b>[A-Z][^,]*(?:,\s+[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){1,2})?)")


def titled_pair(phrase: str) -> re.Match[str] | None:
    """"Mayor Dana Quill and Police Chief Ada Brill": two named people, one with a title at least (not a chief
    of Dana Quill; not "The former first lady and U.S. senator", one person)."""
    m = TITLED_PAIR.fullmatch(phrase)
    if m is None:
        return None
    a, b = read_source(m["a"]), read_source(m["b"])
    named = all(len(r.name.split()) > 1 and all(_title_case(w) and w.lower() not in ROLE_WORDS for w in r.name.split())
                for r in (a, b))
    return m if a.kind == b.kind == "person" and (a.role or b.role) and named else None
# Roles that only relate one person to another
RELATED_TITLED = re.compile(r"^[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*['’]s\s+(?:\w+\s+)?(?:predecessor|successor|challenger|"
                            r"rival|opponent|colleague|counterpart|ally),\s+(?P<rest>[^,]+?),?$")
FIRST_NAME_ONLY = re.compile(
    r"^(?P<description>[^,]+),\s+who\s+(?:gave|would\s+give|provided|asked\s+to\s+be\s+(?:identified|named))\s+"
    r"(?:only\s+)?(?:by\s+)?(?:his|her|their)\s+first\s+name(?:\s+only)?,?\s+(?P<name>[A-Z][\w’'-]+),?$")
PARTY_NAMED = re.compile(r"^(?P<label>Democrat|Republican|Rival)\s+"
                         r"(?P<name>[A-Z][\w’'-]+(?:\s+(?:[A-Z]\.\s+)?[A-Z][\w’'-]+){1,2})$")


def _relative_role(text: str) -> tuple[str, str] | None:
    """Role and body from ", who heads the X": only when X is a body ("who leads the polls" gives no role)."""
    m = RELATIVE_ROLE.match(text)
    if m is None:
        return None
    words = m["body"].split()
    head = next((w for k, w in enumerate(words) if k + 1 == len(words) or words[k + 1] in PREPOSITIONS), "")
    if not words or words[0] in PREPOSITIONS or not (_title_case(head) or head.lower() in GENERIC_BODIES):
        return None
    return ROLE_OF_VERB[m["verb"]], m["body"]


def read_source(phrase: str, following: str = "") -> SourceReading:
    """Name, role, affiliation and kind from a source phrase.

    `following` is the text right after the phrase, for an apposition
    ("Dmitry Peskov, the Kremlin spokesman, said").
    """
    if titled_pair(phrase.strip()):  # "Mayor Dana Quill and Police Chief Ada Brill": two people
        return SourceReading(join_words(phrase.split()), "person", None, None)
    related = RELATED_TITLED.match(phrase.strip())
    if related:  # "Marsh's predecessor, former Prime Minister Anja Sorel": her own title says more than the relation
        reading = read_source(related["rest"], following)
        if reading.kind == "person" and reading.role:
            return reading
    first = FIRST_NAME_ONLY.match(phrase.strip())
    if first:  # "One worker, who gave only his first name, Tomas": Tomas, the worker
        role = join_words([w for w in first["description"].split() if w.lower() not in DETERMINERS | QUANTIFIERS])
        return SourceReading(first["name"], "person", role or None, None)
    party = PARTY_NAMED.match(phrase.strip())
    if party and classify_name(party["name"]) == "person":  # "Democrat Hillary Clinton": no part of her name
        return SourceReading(party["name"], "person", party["label"], None)
    clause = phrase.find(", who ")
    relative = _relative_role(phrase[clause:] if clause > 0 else following)
    if relative:
        reading = read_source(phrase[:clause] if clause > 0 else phrase)
        if reading.kind == "person" and reading.role is None:
            reading.role, reading.affiliation = relative
        return reading
    # "a study published on Monday by researchers at …": the author, before the time phrase is cut
    by = BY_AUTHOR.match(phrase.strip()) if PUBLISHED.search(phrase) else None  # not "a memo seen by the Press"
    phrase = OWN.sub(r"\1 ", ASIDE.sub("", TRAILING.sub("", phrase))).strip()
    phrase = re.sub(r"\bPM\b", "Prime Minister", phrase)  # "PM says …", "PM Hanne Solberg"
    phrase = re.sub(r"\b([Ee])x-(?P<role>[A-Za-z]+)",  # "Ex-adviser", "ex-President Mara Tolv": former
                    lambda m: ("Former " if m[1] == "E" else "former ") + m["role"]
                    if m["role"].islower() or m["role"].lower() in ROLE_WORDS else m[0], phrase)
    by = by or BY_AUTHOR.match(phrase) or OWNED_DOCUMENT.match(phrase)
    if by:
        return read_source(by["author"], following)
    described = DESCRIBED_APPOSED.match(phrase)
    if described and (described["kind"] in DESCRIPTION_KIND or re.search(r"\bthe\s+$", phrase[:described.start(
            "name")]) and classify_name(described["name"]) != "person"):
        # also "the junior coalition partner, the Green League": "the" before a body's name
        # "The regulator, the Civil Aviation Authority": the name, of the kind the description says
        kind = classify_name(described["name"])
        told = "government" if described["kind"] == "agency" else DESCRIPTION_KIND.get(described["kind"],
                                                                                         ("organization",))[0]
        if kind == "person" and (described["kind"] == "producer" or re.search(r"\bformer\s", phrase[:described.start(
                "name")])):  # "Fenn's former producer, Kari Moe": a person's job; no body is "former"
            first, *role = WORD.findall(phrase[:described.end("kind")])
            return SourceReading(described["name"], "person", join_words(role), POSSESSIVE.sub("", first)
                                 if POSSESSIVE.search(first) else None)  # whose producer: the resolver finds
        return SourceReading(described["name"], kind if kind != "person" else told, None, None)  # "The agency,
        # Nordair Control": a government's agency, as a named one is unless a news agency
    inner = INNER_APPOSITION.match(phrase)
    if inner and _is_apposition(inner):
        return read_source(inner["name"], f",{inner['apposition']},")
    outlet = DESCRIBED_OUTLET.match(phrase)
    if outlet:
        return SourceReading(outlet["name"], "outlet", None, None)
    body = DESCRIBED_BODY.match(phrase)
    if body:
        return SourceReading(body["name"], "organization", None, None)
    second = SECOND_APPOSITION.match(phrase)
    if second:  # "Her husband, Erik Tolv, a businessman": the description, the name, then what he is
        return read_source(second["head"], f", {second['apposition']},")
    named = NAMED_AFTER.match(phrase)
    if named:
        reading = _role_then_name(named["description"], named["name"])
        if reading:
            return reading
    office = OWNED_BODY.match(phrase)
    if office:  # "Mayor Ivo Quill's office": a body serving the owner, not the owner
        owner = read_source(office["owner"])
        kind = "government" if office["body"].lower() in ("office", "administration", "government") and (
            owner.kind == "government" or owner.role) else "organization"
        # a lower-case owner ("the minister's office") is a role, for the resolver to find whose
        return SourceReading(join_words(phrase.split()[1:] if phrase.lower().startswith("the ") else phrase.split()),
                             kind, None, owner.name)
    owned = OWNED_NAME.match(phrase)
    if owned and classify_name(owned["name"]) == "person" and not any(
            w.lower() in ROLE_WORDS for w in owned["name"].split()):
        return SourceReading(owned["name"], "person", None, owned["owner"])  # "NBC's Matt Lauer"
    words = WORD.findall(phrase)
    while len(words) > 1 and words[-1].isdigit():  # an age: "Quill, 54, said"
        words.pop()
    lower = [w.lower() for w in words]
    if not words:
        return SourceReading(phrase.strip(), "anonymous", None, None)
    if len(words) == 1 and lower[0].endswith("s") and (lower[0][:-1] in ROLE_HEADS or lower[0][:-2] in ROLE_HEADS):
        return SourceReading(words[0], "anonymous", None, None)  # "Traders speculated …": people of that role
    if len(words) == 1 and lower[0] in DESCRIPTION_KIND:  # "Airline denies …" in a headline: a description
        name = words[0] if lower[0] == "kremlin" else lower[0]  # a name all the same: "Kremlin denies …"
        return SourceReading(name, DESCRIPTION_KIND[lower[0]][0], None, None, reference=lower[0])
    if 1 < len(words) <= 3 and lower[-1] in DESCRIPTION_KIND and all(w.islower() for w in words[1:]) and all(
            w.isalpha() for w in words) and DESCRIPTION_KIND[lower[-1]][0] in ("organization", "outlet") and (
            lower[0] not in DETERMINERS and lower[0] not in PERSON_PRONOUNS | GROUP_PRONOUNS):
        # a headline's "Drone maker denies …", "State broadcaster says …": a description all the same
        return SourceReading(join_words(words), DESCRIPTION_KIND[lower[-1]][0], None, None)
    if 2 <= len(words) <= 3 and lower[0] in OWNER_PRONOUNS and lower[-1] in OWNED_BODIES and words[1].islower():
        # "Her office said", "His campaign said", "her transition office": whose, the resolver finds
        return SourceReading(join_words(words), OWNED_BODIES[lower[-1]], None, None, owner=lower[0])
    if len(words) == 1 and lower[0] in QUANTIFIERS - {"both"} | {"most", "others"} | DOCUMENT_NOUNS:
        # "Some told the Courier …"; a headline's "Poll: most voters back …" is a document, no person
        return SourceReading(words[0], "anonymous", None, None)
    if len(words) == 1 and lower[0] in PERSON_PRONOUNS | GROUP_PRONOUNS | WRITER_PRONOUNS:
        return SourceReading(words[0], "organization" if lower[0] in GROUP_PRONOUNS else "person",
                             None, None, reference="i" if lower[0] in WRITER_PRONOUNS else lower[0])
    if AGE_EPITHET.fullmatch(phrase.strip()):
        return SourceReading(join_words(words[1:]), "person", None, None, reference="age")
    # "the columnist", "the ministry", "the newspaper": a description pointing back.
    if lower[0] in ("the", "this", "that") and len(words) <= 3 and not any(_title_case(w) for w in words[1:]):
        head = lower[-1]
        if head in DESCRIPTION_KIND or head in ROLE_HEADS:
            kind = "organization" if PEOPLES_COUNCIL.search(phrase) else DESCRIPTION_KIND.get(head, ("person", ()))[0]
            if head == "service" and lower[-2] in ("news", "wire"):
                kind = "outlet"  # "The news service", not "the weather service"
            # the name only shows when nothing earlier is referred to: "city government", not "The city government"
            owner = POSSESSIVE.sub("", words[1]) if len(words) == 3 and POSSESSIVE.search(words[1]) else None
            return SourceReading(join_words(words[1:]), kind, head if head in ROLE_HEADS and kind == "person" else None,
                                 owner if head in ROLE_HEADS else None, reference=head)  # "the minister's spokeswoman"
    if len(words) == 3 and lower[1] == "of" and lower[2] in ("them", "those", "these"):
        return SourceReading(join_words(words), "anonymous", None, None)  # "one of them": someone of a group
    unnamed = _unnamed_role(words) or _unnamed_of(words)
    if unnamed:
        return unnamed
    # Strip determiners and honorifics from the front.
    i = 0
    while i < len(words) and (lower[i] in DETERMINERS or lower[i] in HONORIFICS):
        i += 1
    rest, rest_lower = words[i:], lower[i:]
    # Split into [pre words] [role words] [name words]: the name is the
    # trailing run of capitalised words after the last role word.
    # "of" belongs to a role only after a role word ("chief of staff"), not after a name ("Varn of Lowmarsh")
    last_role = max((k for k, w in enumerate(rest_lower) if w.strip(",") in ROLE_WORDS and
                     (w.strip(",") in ROLE_HEADS or k + 1 < len(rest_lower) or rest_lower[k - 1] == "of") and
                     (w != "of" or (k > 0 and rest_lower[k - 1] in ROLE_WORDS)) and
                     not _surname(rest, k)), default=-1)
    name_words = rest[last_role + 1:]
    body_of = None
    if "of" in name_words and last_role >= 0:  # "Rep. Ilsa Varn of Lowmarsh": the place is not the name
        body_of = _body_named(name_words[name_words.index("of") + 1:])  # "… Jon Ferre of the Orvel Institute"
        body_of = body_of if body_of and classify_name(body_of) != "person" else None
        name_words = name_words[:name_words.index("of")]
    name_words = [w for w in name_words if w.lower() not in HONORIFICS]
    head_role = [w for w in rest_lower[:last_role + 1] if w.strip(",") in ROLE_HEADS]
    if ANONYMOUS.match(" ".join(rest)) and not any(_title_case(w) for w in name_words if not ANONYMOUS.match(w)) and not (
            name_words and classify_name(join_words([w for w in name_words if _title_case(w)])) != "person"):
        return SourceReading(join_words(words), "anonymous", None, _affiliation(rest[:last_role + 1]) if last_role >= 0 else None)
    if last_role < 0 or not head_role:
        # "harbor master Ada Brill": a lower-case description before a capitalised name is a role.
        k = len(rest)
        while k > 0 and _title_case(rest[k - 1]):
            k -= 1
        if (0 < k < len(rest) and all(w.islower() for w in rest[:k]) and len(rest) - k <= 4
                and rest[k - 1] not in PREPOSITIONS):  # "The move against Varn" has no role
            name = join_words(rest[k:])
            return SourceReading(name, classify_name(name), join_words(rest[:k]), None)
        name = join_words(rest) or join_words(words)
        of = rest.index("of") if "of" in rest else 0
        of_body = None
        if of >= 2 and all(_title_case(w) for w in rest[:of]) and classify_name(join_words(rest[:of])) == "person":
            name = join_words(rest[:of])  # "Donna Rawlings of Ashton, Md.": where she lives is not her name
            body = read_source(join_words(rest[of + 1:]))  # "Lucy Tarr of the group Rail Users First": her body
            of_body = body.name if body.kind in ("organization", "government", "outlet") else None
        role, affiliation = _apposition(following)
        affiliation = affiliation or of_body
        kind = classify_name(name)
        where = next((k for k, w in enumerate(rest) if w in PREPOSITIONS), len(rest))  # "… embassy in Arden"
        if kind == "person" and where > 1 and rest[where - 1].islower() and rest[where - 1] in DESCRIPTION_KIND and \
                rest[where - 1] != "paper" and rest[where:where + 1] != ["of"]:  # not "a group of contributors"
            kind = DESCRIPTION_KIND[rest[where - 1]][0]  # "The Kestrel embassy": a body told by its kind
        if kind == "person" and role is None:  # "Mike Purdy, a presidential historian and runs the … website"
            kind = _apposition_kind(following) or kind
        if kind in ("person", "organization", "government") and not all(_title_case(w) for w in rest):
            # no capitalised word, or a plural common noun last ("Grain exporters", "union leaders"): unnamed
            plural = len(rest) > 1 and rest[-1].isalpha() and rest[-1].islower() and rest[-1].endswith("s") \
                and not rest[-1].endswith("ss") and not ORG_WORDS.search(rest[-1]) and (kind == "person" or not any(
                    w.lower() in PREPOSITIONS or w.endswith("ing") for w in rest))  # "A union representing pilots"
            kind = "anonymous" if plural or kind == "person" and not any(_title_case(w) for w in rest) else kind
            if kind == "anonymous" and lower[0] in QUANTIFIERS:
                name = join_words(words)  # "two pilots": how many is part of who
        return SourceReading(name, kind, role, affiliation)
    role, affiliation = split_role(rest[:last_role + 1])
    if body_of and (not affiliation or affiliation.islower()):
        affiliation = body_of  # "the study's lead author, Dr. Maren Vik of Velmora University": a named body says more
    owner = lower[0] if lower[0] in OWNER_PRONOUNS and not affiliation else None  # "its chairwoman Rina Holt"
    if is_name(name_words):  # also "Ursula von der Leyen"
        name = join_words(name_words)
        return SourceReading(name, classify_name(name), role, affiliation, owner=owner)
    # A role with no name ("a Kremlin spokesman"): a person known only by role.
    return SourceReading(join_words(words), "anonymous" if lower[0] in ("a", "an", "another") else "person",
                         role, affiliation, owner=owner)


def _unnamed_role(words: list[str]) -> SourceReading | None:
    """"A spokesman for the Interior Ministry", "an aide to Senator Ilsa Varn", "two officials at the State
    Department": someone known only by a role, and the body or person that role serves (named after it)."""
    if words[0].lower() not in DETERMINERS:
        return None
    found = _role_and_body(words)
    if found is None or found[1] is None:
        return None
    role, body = found
    phrase = " ".join(words)
    if phrase.find(body) < phrase.find(role.split()[-1]):  # "A Kremlin spokesman": the body comes first
        return None
    kind: SpeakerKind = "person" if words[0].lower() in ("the", "this", "that") else "anonymous"
    return SourceReading(join_words(words), kind, role, body)


SENTENCE_INITIAL = {"few", "many", "some", "most", "several", "all", "both", "other", "political", "world", "foreign",
                    "federal", "state", "local", "senior", "top", "former", "current", "western", "eastern",
                    "northern", "southern", "international", "legal", "military", "economic", "independent"}
REGIONAL = {"western", "eastern", "northern", "southern", "foreign", "international", "european", "arab", "african",
            "asian", "latin", "local", "regional", "federal", "senior"}
WHERE_FROM = {"at", "in", "from", "with", "inside", "within", "close", "near"}


def _unnamed_of(words: list[str]) -> SourceReading | None:
    """"A Kremlin source", "a senior White House official", "sources close to the Kremlin": unnamed people
    and the body named right before their noun or where they are (not a body themselves, whatever the
    body's kind). A capitalised first word may only be the sentence's ("Few people", "Political observers")."""
    lower = [w.lower() for w in words]
    head = next((k for k, w in enumerate(lower) if w in ANONYMOUS_HEADS and (k == 0 or words[k].islower()) and (
        k + 1 == len(lower) or lower[k + 1] in PREPOSITIONS | WHERE_FROM)), None)
    if head is None:
        return None
    before = [k for k, w in enumerate(words[:head]) if _title_case(w) and lower[k] not in DETERMINERS | ROLE_HEADS
              and not (k == 0 and lower[k] in SENTENCE_INITIAL)]
    if before and all(lower[k] not in DETERMINERS | PREPOSITIONS | {"and", "or"} for k in range(before[0], head)):
        body = [words[k] for k in before]
    else:  # "sources close to the Kremlin": a capitalised run after where they are, ending the phrase
        rest = [w for w in words[head + 1:] if w.lower() not in DETERMINERS]
        k = 0
        while k < len(rest) and rest[k].lower() in WHERE_FROM | {"to"}:
            k += 1
        # "… in the Kestrel government": a lower-case body noun may end the run; "… in the law enforcement
        # agencies", "… close to the security services": a body told only in lower case, the Russian wires' way
        body = rest[k:] if k and rest[k:] and _title_case(rest[k]) and all(
            _title_case(w) or (i == len(rest) - 1 and w.lower() in BODY_NOUNS)
            for i, w in enumerate(rest[k:], start=k)) else []
        if not body and k and 0 < len(rest) - k <= 4 and all(w.islower() for w in rest[k:]) and (
                rest[-1] in BODY_NOUNS or rest[-1] in PLURAL_BODIES):
            body = rest[k:]
    if len(body) == 1 and body[0].lower() in REGIONAL:  # "two Western diplomats": where from, not whom they serve
        return SourceReading(join_words(words), "anonymous", None, None)
    if not body and head > 0 and lower[head - 1] in GENERIC_BODIES:  # "A ministry official": the ministry named before
        body = lower[_modified_from(words, head - 1):head]  # "a foreign ministry official": the foreign ministry
    if not body:  # "Western diplomats": unnamed people of no body; a name elsewhere is for the rules below
        return None if any(_title_case(w) for w in words[1:]) else SourceReading(join_words(words), "anonymous", None, None)
    role = join_words([w for w in words[:head] if w.islower() and w not in DETERMINERS | {"unnamed", "anonymous"}
                       and w not in body] + [words[head]])
    return SourceReading(join_words(words), "anonymous", role if lower[head] in ROLE_HEADS else None,
                         COUNTRIES.get(join_words(body), POSSESSIVE.sub("", join_words(body))))


def _role_and_body(words: list[str]) -> tuple[str, str | None] | None:
    """(role, affiliation) from a description: "attorney for Varn", "director of the Potsdam Institute
    for Climate Research in Germany" (the body is the capitalised run after the preposition)."""
    words = [w for w in words if w.lower() not in DETERMINERS]
    lower = [w.lower() for w in words]
    head = next((k for k, w in enumerate(lower) if w in ROLE_HEADS), None)
    if head is None or head > 5 or any(w in PREPOSITIONS for w in lower[:head]):
        return None  # the role comes first: "(former Democratic National Committee) chairman of …"
    # the role runs on through role words: "secretary of state", "chief of staff"
    while head + 1 < len(words) and lower[head + 1] in ROLE_WORDS and not (lower[head + 1] in PREPOSITIONS and (
            head + 2 >= len(words) or lower[head + 2] not in ROLE_HEADS | {"state", "staff", "defense", "defence"})):
        head += 1
    if head + 1 < len(words) and lower[head + 1] not in PREPOSITIONS | {"who", "whose", "which", "that", "and", "now"}:
        return None  # a name or a verb follows: "Clinton spokesman Jesse Lehrich", "the president-elect will …"
    role, affiliation = split_role(words[:head + 1])  # "The union's leader"
    served = _body_named(words[head + 2:]) if head + 2 < len(words) and lower[head + 1] in PREPOSITIONS else None
    if served and affiliation and not POSSESSIVE.search(" ".join(words[:head])):
        # "the Washington director for MoveOn.org": the body served, named after the role, says more
        role, affiliation = join_words([w for w in words[:head + 1] if w.lower() not in DETERMINERS]), None
    return role or join_words(words[:head + 1]), affiliation or served


def _body_named(words: list[str]) -> str | None:
    """The capitalised run that opens `words` (after a preposition), determiners skipped: "the Potsdam
    Institute for Climate Research", "Obama’s 2008 campaign" → Obama; "a Pakistan-based group" names none."""
    served: list[str] = []
    end = 0  # after the last capitalised word kept
    for i, w in enumerate(words):
        if w.lower() in DETERMINERS and not served:
            continue
        initial = re.fullmatch(r"[A-Z]\.|Mrs?\.|Ms\.|Dr\.", w)  # "George W. Bush", "Mr. Trump"
        if not (_title_case(w) or initial or (served and w.lower() in ("of", "for", "and", "on"))) \
                or "-" in w and w.rsplit("-", 1)[-1].islower():
            break
        served.append(w)
        end = i + 1 if _title_case(w) or initial else end
    while served and not _title_case(served[-1]):
        served.pop()
    for n in (2, 1):  # the kind of place or body after its name: "the Ossary dam", "the Tarn power plant"
        after = words[end:end + n]
        if served and len(after) == n and after[-1].lower() in PLACE_NOUNS and all(
                w.isalpha() and w.islower() for w in after):
            served += after
            break
    if not served:  # a body told in lower case: "for the national data protection authority", "for the utility"
        told = [w for w in words if w.lower() not in DETERMINERS]
        if 0 < len(told) <= 5 and all(w.isalpha() and w.islower() for w in told) and (
                told[-1] in GENERIC_BODIES or told[-1] in DESCRIPTION_KIND):
            served = told
    return POSSESSIVE.sub("", join_words(served)) or None


NOT_APPOSITION = {"including", "among", "such", "like", "and", "or", "now", "who", "which", "whose",
                  "citing", "quoting", "according", "saying", "adding"}


def _is_apposition(inner: re.Match) -> bool:
    """"X, the …" and "X, one of …" are always appositions of X; "X, director of …" only when X ends in a name
    ("Trump's running mate, Indiana Gov. Mike Pence" is the other way round) and a role follows that names no
    one else."""
    if inner["article"] or inner["apposition"].split()[:2] == ["one", "of"]:
        return True
    return _title_case(inner["name"].split()[-1]) and _description(inner["apposition"].split()) is not None


def _description(words: list[str]) -> tuple[str, str | None] | None:
    """(role, affiliation) when words after a comma with no article describe what comes before ("director
    of the Velmora Institute"); None for an example ("including …") or another speaker ("Clinton spokesman
    Jesse Lehrich")."""
    found = _role_and_body(words) if words and words[0].lower() not in NOT_APPOSITION else None
    if found is None:
        return None
    alone = read_source(" ".join(words))
    if alone.kind == "person" and found[1] is not None and alone.name == found[1]:
        return found  # "chief executive of CloudFlare": whom the role serves, however its name reads
    return None if alone.kind == "person" and alone.name != join_words(WORD.findall(" ".join(words))) else found


def _surname(words: list[str], k: int) -> bool:
    """"Charlie King", "Matthew Prince, chief executive of …", "Mr. Prince": a role word after a first name or an
    honorific, and before no name of its own ("Crown Prince Mohammed"), is a surname."""
    word = words[k].strip(",")
    if k == 0 or word.lower() not in SURNAME_ROLES or not _title_case(word):
        return False
    before = words[k - 1].lower()
    named_after = k + 1 < len(words) and not words[k].endswith(",") and _title_case(words[k + 1])
    return not named_after and (before in HONORIFICS or _title_case(words[k - 1]) and before not in
                                ROLE_WORDS | BODY_NOUNS | {"court"} and (k == len(words) - 1 or word.lower() == "prince"))


def _role_then_name(description: str, name: str) -> SourceReading | None:
    """"An attorney for Varn, Tove Amsel": the role and whom it serves come before the name; "Her challenger
    in next month's election, Councilman Ivo Marsh": the name's own title is the role."""
    words = WORD.findall(description)
    found = _role_and_body(words)
    named = read_source(name)
    if named.kind != "person" and found is not None and named.role is None:
        if found[1] is None and not PREPOSITIONS & {w.lower() for w in words}:  # "its owner, Harlow Marine"
            # the body holds the role itself
            return named
        # "A spokesman for the trader, Kornhall Trading": the name is the body the role serves
        return SourceReading(join_words(WORD.findall(description) + [",", named.name]), "anonymous", found[0], named.name)
    if named.kind != "person" or (found is None and named.role is None):
        return None
    if found is None:
        return named
    owner = words[0].lower() if words[0].lower() in OWNER_PRONOUNS and not found[1] else None  # "Its editor, Nora Lind"
    return SourceReading(named.name, "person", *found, owner=owner)


def _affiliation(role_part: list[str]) -> str | None:
    """Capitalised words in the role part that are not role words: "Bloomberg", "Kremlin", "EU"."""
    aff = [w for w in role_part if _title_case(w) and w.lower() not in ROLE_WORDS]
    return join_words(aff) or None


PLURAL_BODIES = {"agencies", "authorities", "ministries", "services", "forces", "circles", "structures"}
# Nouns that name a body: in "Foreign Ministry spokesman" or "Clinton campaign manager"
# everything up to the body noun is whom the person speaks for, the rest is the role.
GENERIC_BODIES = {"ministry", "department", "campaign", "office", "committee", "party", "government",
                  "administration", "council", "commission", "embassy", "cabinet", "court", "board", "panel",
                  "union", "association", "federation", "hospital", "university", "authority", "agency",
                  # "Nurses' union leader Petra Hollin", "Port authority director Elin Sande", "a bank official"
                  "bank", "company", "delegation", "mission", "club"}
BODY_NOUNS = GENERIC_BODIES | {"house", "kremlin", "senate", "congress", "parliament", "pentagon", "army", "navy",
                               "military"}
# A rank after someone's post is their title, not the post: "army spokesman Colonel Rasmus Vik" is a spokesman
RANKS = {"general", "gen.", "colonel", "col.", "lt.", "lieutenant", "maj.", "capt.", "captain", "sgt.", "sergeant",
         "adm.", "admiral", "brig.", "brigadier", "cmdr.", "lieutenant-colonel", "lt.-col."}
# what a named body or site may be called after its name ("the Ossary dam", "the Kestrel port authority")
PLACE_NOUNS = GENERIC_BODIES | {"dam", "plant", "mine", "refinery", "port", "airport", "harbor", "harbour", "factory",
                                "mill", "station", "prison", "school", "authority", "agency", "utility", "company"}


# How the writer sees someone, not an office they hold: "Veteran coach Harald Moe" is a coach, of no body "Veteran"
DESCRIPTIVE = {"veteran", "longtime", "long-time", "outspoken", "embattled", "beleaguered", "influential", "prominent",
               "renowned", "celebrated", "controversial", "popular", "respected", "famed", "legendary", "seasoned",
               "well-known", "award-winning", "star", "disgraced", "defiant", "maverick", "firebrand", "charismatic",
               "outgoing", "incoming"}
# A field of work before a lower-case role, capitalised only to open the sentence: "Security researcher Lena
# Holt" is a security researcher, of no body "Security" (as "Political analyst" is read)
SPECIALTIES = {"security", "fire", "health", "safety", "energy", "climate", "data", "tech", "technology",
               "intelligence", "research", "industry", "trade", "transport", "education", "science", "environment",
               "market", "markets", "aviation", "shipping", "crime", "legal", "business", "sports", "weather",
               "terrorism", "cyber", "cybersecurity", "investment", "oil", "banking", "housing", "rights", "privacy"}


# Lower-case words that open a body's name told in lower case: "a former central bank deputy governor", "a
# foreign ministry official", "the state party chairwoman" (not "a black tea party activist": a list, not a guess)
BODY_MODIFIERS = {"central", "foreign", "state", "national", "federal", "presidential", "regional", "city", "county",
                  "municipal", "provincial", "interior", "defence", "defense", "finance", "justice", "health",
                  "transport", "economy", "education", "environment", "energy", "agriculture", "trade", "labour",
                  "labor", "culture", "emergency", "security", "intelligence", "port", "harbour", "harbor"}


def _modified_from(words: list[str], noun: int) -> int:
    """Where a body noun told in lower case starts with the modifiers before it ("central" bank)."""
    while noun > 0 and words[noun - 1] in BODY_MODIFIERS:
        noun -= 1
    return noun


def split_role(role_part: list[str]) -> tuple[str | None, str | None]:
    """(role, affiliation) from the words before a name or in an apposition."""
    while len(role_part) > 1 and role_part[0].lower() in DESCRIPTIVE:
        role_part = role_part[1:]
    rank = len(role_part)
    while rank > 0 and (role_part[rank - 1].lower() in RANKS or role_part[rank - 1] == "Major" and rank < len(role_part)):
        if role_part[rank - 1].lower() in ("general", "gen.") and rank > 1 and role_part[rank - 2].lower() in (
                "attorney", "secretary", "surgeon", "inspector", "solicitor", "governor", "auditor", "postmaster"):
            break  # "Attorney General", "Secretary General": the office itself
        rank -= 1  # "Major General"; "Major" alone is no rank ("Major League")
    if 0 < rank < len(role_part) and role_part[rank - 1].lower() in ("army", "navy", "marine", "marines"):
        rank -= 1  # "Pentagon spokesman Navy Capt. Jeff Davis": the rank's service, with it
    if 0 < rank < len(role_part) and any(w.lower() in ROLE_HEADS - RANKS for w in role_part[:rank]):
        role_part = role_part[:rank]
    if len(role_part) > 1 and (re.fullmatch(r"[A-Z][a-z]+al", role_part[0]) or role_part[0].lower() in SPECIALTIES) \
            and role_part[1].islower() and role_part[0] not in COUNTRIES:  # "Political analyst", "Security researcher"
        role_part = [role_part[0].lower()] + role_part[1:]
    while role_part and role_part[-1].lower() == "of":  # "a leader of a Pakistan-based group"
        role_part = role_part[:-1]
    owner = max((k for k, w in enumerate(role_part[:-1]) if POSSESSIVE.search(w)), default=None)
    if owner is not None:  # "the union's leader", "Sorel's chief of staff"
        affiliation = join_words([w for w in role_part[:owner] if w.lower() not in DETERMINERS | {"then", "now"}]
                             + [POSSESSIVE.sub("", role_part[owner])])
        return join_words(role_part[owner + 1:]) or None, affiliation or None
    body = max((k for k, w in enumerate(role_part[:-1]) if w.lower() in BODY_NOUNS), default=None)
    if body is not None:
        start = body
        while start > 0 and _title_case(role_part[start - 1]) and role_part[start - 1].lower() not in ROLE_HEADS | {
                "former", "retired", "acting", "top", "senior"}:  # "Retired Army Col.": retired is no part of the army
            start -= 1
        if start == body and role_part[body].islower():  # "a former central bank deputy governor": the central bank
            start = _modified_from(role_part, body)
        # "Department for Transport spokesperson": the body's name runs on through "for", "of", "on"
        while body + 2 < len(role_part) - 1 and role_part[body + 1].lower() in ("for", "of", "on") and _title_case(
                role_part[body + 2]):
            body += 2
        return join_words(role_part[:start] + role_part[body + 1:]) or None, join_words(role_part[start:body + 1])
    # A portfolio: the capitalised word before "Minister" belongs to the role ("Transport Minister").
    portfolio = None
    for k in range(len(role_part) - 1, 0, -1):
        if role_part[k].lower() in PORTFOLIO_HEADS and _title_case(role_part[k - 1]) \
                and role_part[k - 1].lower() not in ROLE_WORDS:
            portfolio = k - 1
            break
    affiliation = _affiliation(role_part if portfolio is None else role_part[:portfolio])
    role = join_words([w for k, w in enumerate(role_part) if (portfolio is not None and k >= portfolio)
                   or not (_title_case(w) and w.lower() not in ROLE_WORDS)]) or None
    if role and affiliation:
        role = join_words([w for w in role.split() if w not in affiliation.split()]) or role
    return role, COUNTRIES.get(affiliation or "", affiliation)


AGE_FIRST = re.compile(r"\s*,\s*\d{1,3}\s*,")  # "Ada Brill, 61, a retired teacher, said"
# a full stop inside a word ("MoveOn.org"), after an initial ("George W. Bush") or an honorific ("Mr. Trump")
# does not end the apposition
APPOSITION = re.compile(r"^\s*,\s+(?P<article>(?:the|a|an)\s+)?((?:[^,.;:]|\.(?=\w)|(?<=\b[A-Z])\.|"
                        r"(?<=\bMr)\.|(?<=\bMrs)\.|(?<=\bMs)\.|(?<=\bDr)\.){3,100}?)\s*"
                        r"(?:,|(?<!\b[A-Z])(?<!\bMr)(?<!\bMrs)(?<!\bMs)(?<!\bDr)\.(?=\s|$))")


def _noun_phrase(words: list[str]) -> tuple[list[str], str | None]:
    """The words before the first preposition or relative word, and the body named after it when the
    preposition says whom the role serves ("at", "for", "of", "with"; "a developer in Virginia" lives there)."""
    cut = next((k for k, w in enumerate(words) if w.lower() in PREPOSITIONS | {"who", "which", "that", "whose"}),
               len(words))
    serves = cut < len(words) and words[cut].lower() in ("at", "for", "of", "with")
    return words[:cut], (_body_named(words[cut + 1:]) if serves else None)


def _plain_role(words: list[str]) -> tuple[str, str | None] | None:
    """"an epidemiologist at Velmora University": an apposition with an article names a role the word
    lists lack, and the body after it; not a body itself ("the shipping company")."""
    head, body = _noun_phrase(words)
    if not 0 < len(head) <= 3 or not all(w.isalpha() or "-" in w for w in head) or any(
            _title_case(w) for w in head) or head[-1].lower() in DESCRIPTION_KIND:
        return None
    return join_words(head), body


def _apposition_kind(following: str) -> SpeakerKind | None:
    """"Tessaline, the shipping company, said": what the apposition says the speaker is."""
    m = APPOSITION.match(following)
    if m is None or not m["article"]:
        return None
    head, _ = _noun_phrase(m.group(2).split())
    # not a participle's object: "the largest carrier using the port" is a carrier (not "the shipping company")
    head = next((head[:k] for k, w in enumerate(head) if k > 0 and w.endswith("ing") and w.islower() and k + 1 < len(
        head) and (head[k + 1].lower() in DETERMINERS or _title_case(head[k + 1]))), head)
    noun = head[-1].lower() if head else ""
    # "the agency that runs the visa program" is a government's: only the news kind is "agency" elsewhere
    return DESCRIPTION_KIND[noun][0] if noun in DESCRIPTION_KIND and noun != "agency" else None


def _apposition(following: str) -> tuple[str | None, str | None]:
    m = APPOSITION.match(ASIDE.sub("", following, count=1) if AGE_FIRST.match(following) else following)
    if m is None:
        return None, None
    words = m.group(2).split()
    if m["article"]:
        return _role_and_body(words) or _plain_role(words) or (None, None)
    # without an article only a phrase closed by a comma: ", called him a master at …." is a clause
    return (_description(words) if m.group(0).endswith(",") else None) or (None, None)
