import pytest

from sayso.extraction.source_phrases import read_source


@pytest.mark.parametrize("phrase,name,role,affiliation,kind", [
    ("Top EU diplomat Josep Borrell", "Josep Borrell", "Top diplomat", "EU", "person"),
    ("Bloomberg columnist Andreas Kluth", "Andreas Kluth", "columnist", "Bloomberg", "person"),
    ("Kremlin Spokesman Dmitry Peskov", "Dmitry Peskov", "Spokesman", "Kremlin", "person"),
    ("Foreign Minister Sergey Lavrov", "Sergey Lavrov", "Foreign Minister", None, "person"),
    ("Transport Minister Oskar Lind", "Oskar Lind", "Transport Minister", None, "person"),
    ("The New York Post", "New York Post", None, None, "outlet"),
    ("the Kremlin", "Kremlin", None, None, "government"),
    ("Quill, 54", "Quill", None, None, "person"),
    ("the port authority", "port authority", None, None, "government"),
    ("A source close to the pilots' association", "A source close to the pilots' association", None,
     "pilots' association", "anonymous"),  # as "sources close to the Kremlin"
    ("The Brennock Ledger", "Brennock Ledger", None, None, "outlet"),
    ("sources", "sources", None, None, "anonymous"),
    ("Harbor Radio's Ivo Marsh", "Ivo Marsh", None, "Harbor Radio", "person"),
    ("Mayor Ivo Quill's office", "Mayor Ivo Quill's office", None, "Ivo Quill", "government"),
    ("the senator's office", "senator's office", None, "senator", "government"),
    ("Ada Brill's campaign", "Ada Brill's campaign", None, "Ada Brill", "organization"),
    ("A statement from the regional water authority", "regional water authority", None, None, "government"),
    ("Residents interviewed by the Lantern", "Residents", None, None, "anonymous"),
    ("a source in the Kestrel government", "a source in the Kestrel government", None, "Kestrel government",
     "anonymous"),
    ("The agency's interlocutor in the Foreign Ministry", "The agency's interlocutor in the Foreign Ministry", None,
     "Foreign Ministry", "anonymous"),
    ("one of them", "one of them", None, None, "anonymous"),
    ("a senior official", "a senior official", None, None, "anonymous"),
    ("Mr. Trump", "Trump", None, None, "person"),
    ("Kestrel's foreign ministry on Wednesday", "Kestrel's foreign ministry", None, None, "government"),
    # what comes up to a body noun is whom the person speaks for; the rest is the role
    ("Foreign Ministry spokeswoman Vera Holm", "Vera Holm", "spokeswoman", "Foreign Ministry", "person"),
    ("former State Department spokesman Ivo Brandt", "Ivo Brandt", "former spokesman", "State Department", "person"),
    ("White House press secretary Lena Ostrova", "Lena Ostrova", "press secretary", "White House", "person"),
    ("Marrow campaign manager Pia Dunn", "Pia Dunn", "manager", "Marrow campaign", "person"),
    ("Sorel's transition office", "Sorel's transition office", None, None, "government"),
    ("The union's leader, Tomas Fell", "Tomas Fell", "leader", "union", "person"),
    ("Anja Sorel’s chief of staff Dara Wynn", "Dara Wynn", "chief of staff", "Anja Sorel", "person"),
    # a description is named without its article when it refers to nothing earlier
    ("The city government", "city government", None, None, "government"),
    ("the columnist", "columnist", "columnist", None, "person"),
    # US-style titles, constituencies and appositions inside the source span
    ("Rep. Ivo Marsh (R-Lowmarsh)", "Ivo Marsh", "Rep.", None, "person"),
    ("Senate Majority Leader Ivo Marsh, R-Lowm.,", "Ivo Marsh", "Majority Leader", "Senate", "person"),
    # a document's author speaks for it
    ("an analysis by Tove Amsel", "Tove Amsel", None, None, "person"),
    ("a transcript of the hearing published by The Velmora Courier", "Velmora Courier", None, None, "outlet"),
    ("Senate Democrats", "Senate Democrats", None, None, "organization"),
    ("Republicans", "Republicans", None, None, "organization"),
    ("A House panel", "House panel", None, None, "organization"),
    ("Rep. Ilsa Varn of Lowmarsh, the panel's ranking Democrat,", "Ilsa Varn", "Rep.", None, "person"),
    ("Del. Ola Brun of the Outer Isles", "Ola Brun", "Del.", None, "person"),
    ("Sorel, the former secretary of state,", "Sorel", "former secretary of state", None, "person"),
    ("An attorney for Varn, Tove Amsel,", "Tove Amsel", "attorney", "Varn", "person"),
    # a body named after the role's description is whom the role serves, not the speaker
    ("A spokesman for the trader, Kornhall Trading", "A spokesman for the trader, Kornhall Trading", "spokesman",
     "Kornhall Trading", "anonymous"),
    ("A spokesman for the company, Ivo Dahl", "Ivo Dahl", "spokesman", "company", "person"),  # which company: the resolver
    ("The Velmora Evening Star", "Velmora Evening Star", None, None, "outlet"),
    ("Local newspaper the Velmora Courier", "Velmora Courier", None, None, "outlet"),
    ("the journal Water Northern", "Water Northern", None, None, "outlet"),
    ("Fenn's former producer, Kari Moe", "Kari Moe", "former producer", "Fenn", "person"),  # a job, not a firm
    ("the grid operator", "grid operator", None, None, "organization"),
    ("The weather service", "weather service", None, None, "government"),
    ("The news service", "news service", None, None, "outlet"),
    # a body told in lower case, its kind after its name, and what a person is beside it
    ("Greve, 58, a former central bank deputy governor", "Greve", "former deputy governor", "central bank", "person"),
    ("an unnamed foreign ministry official", "an unnamed foreign ministry official", "official", "foreign ministry",
     "anonymous"),
    ("The Kestrel embassy in Arden", "Kestrel embassy in Arden", None, None, "government"),
    ("a small group of wealthy donors", "small group of wealthy donors", None, None, "anonymous"),  # people
    ("Outgoing Finance Minister Henrik Lund", "Henrik Lund", "Finance Minister", None, "person"),
    ("her transition office", "her transition office", None, None, "government"),
    ("Pilots on at least 40 flights", "Pilots on at least 40 flights", None, None, "anonymous"),  # "at least" is no date
    ("The warehouse owner, Baltic Cold Storage", "Baltic Cold Storage", None, None, "organization"),
    ("Independent researchers", "Independent researchers", None, None, "anonymous"),  # no body "Independent"
    ("Independent Sen. Angus Kerr", "Angus Kerr", "Sen.", "Independent", "person"),  # but a senator's label
    ("A spokeswoman for the utility", "A spokeswoman for the utility", "spokeswoman", "utility", "anonymous"),
    # a named body says more than a document's possessive
    ("the study's lead author, Dr. Maren Vik of Velmora University", "Maren Vik", "lead author", "Velmora University",
     "person"),
    ("Regional Governor Maren Holt", "Maren Holt", "Regional Governor", None, "person"),  # no body "Regional"
    ("the port's workers' council", "port's workers' council", None, None, "organization"),  # not a government
    ("His own budget office, in a memo obtained by this newspaper", "His budget office", None, None, "government"),
    ("The bidder, Harlow Marine", "Harlow Marine", None, None, "organization"),  # a company, by what it does
    ("Vale's predecessor, Tomas Brink, who resigned in June", "Tomas Brink", "predecessor", "Vale", "person"),
    ("A ministry official", "A ministry official", "official", "ministry", "anonymous"),  # the ministry named before
    ("Traders", "Traders", None, None, "anonymous"),  # people of a role, opening a sentence
    ("Sanders", "Sanders", None, None, "person"),  # a surname, not a plural
    ("Opposition lawmaker Piet Arnesen", "Piet Arnesen", "Opposition lawmaker", None, "person"),
    ("Gold Star Mom", "Gold Star Mom", None, None, "person"),
    ("Ines Moll, director of the Velmora Institute", "Ines Moll", "director", "Velmora Institute", "person"),
    ("Ines Moll, interim chairwoman of the Democratic Harbor Committee", "Ines Moll", "interim chairwoman",
     "Democratic Harbor Committee", "person"),
    ("Ivo Marsh, founder and chief of the Velmora Institute", "Ivo Marsh", "founder", None, "person"),
    ("Ivo Marsh, the attorney general of Lowmarsh, one of the towns suing the board", "Ivo Marsh", "attorney general",
     "Lowmarsh", "person"),
    ("Tova King, a prominent Lowmarsh Democrat", "Tova King", None, None, "person"),
    ("Supreme Court Judge Ola Brun", "Ola Brun", "Judge", "Supreme Court", "person"),
    ("A spokeswoman for the Lowmarsh Water Board, Ada Brill", "Ada Brill", "spokeswoman", "Lowmarsh Water Board",
     "person"),
    ("Ada Brill, 61, a retired teacher", "Ada Brill", "retired teacher", None, "person"),
    ("Her challenger in next month's election, Councilman Ivo Marsh", "Ivo Marsh", "Councilman", None, "person"),
    ("Dona Rall, 59, of Ashton, Md.", "Dona Rall", None, None, "person"),
    ("the Velmora Council in 2015", "Velmora Council", None, None, "government"),
    # unnamed people and the body they are of or close to
    ("a Kremlin source", "a Kremlin source", None, "Kremlin", "anonymous"),
    ("a senior White House official", "a senior White House official", "senior official", "White House",
     "anonymous"),
    ("sources close to the Kremlin", "sources close to the Kremlin", None, "Kremlin", "anonymous"),
    ("Lowmarsh aides", "Lowmarsh aides", None, "Lowmarsh", "anonymous"),
    ("Western diplomats", "Western diplomats", None, None, "anonymous"),
    ("The Velmora Observer", "Velmora Observer", None, None, "outlet"),
    ("Ivo Marsh, one of the mayor's closest aides", "Ivo Marsh", None, None, "person"),
    ("State Treasurer Ola Brun", "Ola Brun", "State Treasurer", None, "person"),
    # a demonym before a role names the country
    ("Russian President Ivo Brill", "Ivo Brill", "President", "Russia", "person"),
    ("a German official", "a German official", "official", "Germany", "anonymous"),
    # roles the word lists lack, in an apposition with an article; what the apposition says the speaker is
    ("Ada Brill, an epidemiologist at Velmora University", "Ada Brill", "epidemiologist", "Velmora University",
     "person"),
    ("Ivo Marsh, a fellow at the Velmora Council on Harbor Relations", "Ivo Marsh", "fellow",
     "Velmora Council on Harbor Relations", "person"),
    ("Tim Hess, a real estate developer in Lowmarsh", "Tim Hess", "real estate developer", None, "person"),
    ("Tessaline, the shipping company,", "Tessaline", None, None, "organization"),
    ("The Orvane Herald's editor-in-chief, Mina Castel,", "Mina Castel", "editor-in-chief", "Orvane Herald", "person"),
    ("Velmora police", "Velmora police", None, None, "government"),
    ("Shipping company Tessaline", "Tessaline", None, None, "organization"),
    ("The operator, Ossary Hydro", "Ossary Hydro", None, None, "organization"),
    ("the Kestrel daily Morgenpost", "Morgenpost", None, None, "outlet"),
    ("the state broadcaster OTV", "OTV", None, None, "outlet"),
    ("Marlow County Executive Dana Firth", "Dana Firth", "Executive", "Marlow County", "person"),
    ("Deputy Ivo Marsh", "Ivo Marsh", "Deputy", None, "person"),
    ("Marlow County", "Marlow County", None, None, "government"),
    ("The regulator, the Civil Aviation Authority", "Civil Aviation Authority", None, None, "government"),
    ("The union, the Harborton Dockworkers Union", "Harborton Dockworkers Union", None, None, "organization"),
    ("A Tarn/Ipsos poll released on Sunday", "Tarn Ipsos poll", None, None, "organization"),
    ("A new poll", "new poll", None, None, "anonymous"),
    ("Grain exporters", "Grain exporters", None, None, "anonymous"),  # a plural common noun last: unnamed
    ("Opposition lawmakers", "Opposition lawmakers", None, None, "anonymous"),
    ("The city of Tarvik", "city of Tarvik", None, None, "government"),
    ("internal messages shared with the Marlow Sentinel", "internal messages", None, None, "anonymous"),
    ("the think tank Velmora Policy Lab", "Velmora Policy Lab", None, None, "organization"),
    ("Kelvar Dynamics", "Kelvar Dynamics", None, None, "organization"),  # a company's last word
    ("the Environmental Protection Agency", "Environmental Protection Agency", None, None, "government"),
    ("Kestrel News Agency", "Kestrel News Agency", None, None, "outlet"),  # an agency is an outlet only for news
    ("Manhattan Supreme Court Justice Frank Nervo", "Frank Nervo", "Justice", "Manhattan Supreme Court", "person"),
    ("Port authority director Elin Sande", "Elin Sande", "director", "Port authority", "person"),
    ("a study published on Monday by researchers at Velmora University", "researchers at Velmora University", None,
     "Velmora University", "anonymous"),  # the authors speak; when it came out is no part of who
    ("scientists from the Orvel Institute", "scientists from the Orvel Institute", None, "Orvel Institute",
     "anonymous"),
    ("Political analyst Jon Ferre of the Orvel Institute", "Jon Ferre", "political analyst", "Orvel Institute",
     "person"),  # capitalised only to open the sentence; the body after "of" is whom he works for
    ("Kessel's party, the Civic Union", "Civic Union", None, None, "organization"),
    ("a bank official", "a bank official", "official", "bank", "anonymous"),
    ("Ex-President Mara Tolv", "Mara Tolv", "Former President", None, "person"),  # "ex-" is former
    ("the Ex-Im Bank", "Ex-Im Bank", None, None, "organization"),
    ("Nordline, the largest carrier using the port", "Nordline", None, None, "organization"),  # not "the port"
    ("Economists at Nordbank", "Economists at Nordbank", None, "Nordbank", "anonymous"),
    ("Organizers of the protest, a coalition of tenants' groups", "Organizers of the protest", None, None,
     "anonymous"),
    ("Video posted on social media", "Video posted on social media", None, None, "anonymous"),  # no outlet
    ("Sen. Greg Tolliver, R-Texas, the panel's top Republican", "Greg Tolliver", "Sen.", None, "person"),
    ("The World Shipping Council", "World Shipping Council", None, None, "organization"),  # an industry's
    ("The regional environment agency", "regional environment agency", None, None, "government"),
    ("the state news agency", "state news agency", None, None, "outlet"),
    ("One worker, who gave only his first name, Tomas", "Tomas", "worker", None, "person"),
    ("A nurse, who asked to be identified only by her first name, Lena", "Lena", "nurse", None, "person"),
    ("Police data published by the Velmora Statistics Office", "Velmora Statistics Office", None, None,
     "government"),  # the data's publisher speaks
    ("Lt. Col. Ivo Marsh", "Ivo Marsh", "Lt. Col.", None, "person"),  # ranks are roles
    ("Retired Lt. Gen. Michael Flynn", "Michael Flynn", "Retired Lt. Gen.", None, "person"),
    ("The United Nations", "United Nations", None, None, "organization"),
    ("The city's transport department", "city's transport department", None, None, "government"),
    ("A Department for Transport spokesperson", "A Department for Transport spokesperson", "spokesperson",
     "Department for Transport", "anonymous"),  # the body's name runs on through "for"
    ("Lucy Tarr of the group Rail Users First", "Lucy Tarr", None, "Rail Users First", "person"),
    ("its owner, Harlow Marine", "Harlow Marine", None, None, "organization"),  # the company holds the role
    ("Poll", "Poll", None, None, "anonymous"),  # a headline's "Poll: most voters back …" is a document
    ("The agency, Nordair Control", "Nordair Control", None, None, "government"),  # a named agency: a government's
    ("the junior coalition partner, the Green League", "Green League", None, None, "organization"),
    ("Marsh's predecessor, former Prime Minister Anja Sorel", "Anja Sorel", "former Prime Minister", None,
     "person"),  # her own title says more than the relation
    ("Brill's Republican colleague, Sen. Tom Vance", "Tom Vance", "Sen.", None, "person"),
    ("a source in the law enforcement agencies", "a source in the law enforcement agencies", None,
     "law enforcement agencies", "anonymous"),  # a body told in lower case, the Russian wires' way
    ("Supporters of the sale", "Supporters of the sale", None, None, "anonymous"),
    ("Some", "Some", None, None, "anonymous"),  # "Some told the Courier …": some of those just named
    ("the station, Harbour FM", "Harbour FM", None, None, "outlet"),
    ("Drone maker", "Drone maker", None, None, "organization"),  # a headline's description
    ("State broadcaster", "State broadcaster", None, None, "outlet"),
    # someone known only by a role, and whom the role serves
    ("A columnist for the Velmora Courier", "A columnist for the Velmora Courier", "columnist", "Velmora Courier",
     "anonymous"),
    ("a senior official at the State Department", "a senior official at the State Department", "senior official",
     "State Department", "anonymous"),
    # the kind of place or body after its name belongs to it
    ("A senior engineer at the Ossary dam", "A senior engineer at the Ossary dam", "senior engineer", "Ossary dam",
     "anonymous"),
    ("Ivo Marsh, an adviser at the Quill campaign", "Ivo Marsh", "adviser", "Quill campaign", "person"),
    ("an aide to Senator Ilsa Varn", "an aide to Senator Ilsa Varn", "aide", "Senator Ilsa Varn", "anonymous"),
    ("the head of the Lowmarsh Water Board", "the head of the Lowmarsh Water Board", "head", "Lowmarsh Water Board",
     "person"),
    ("a leader of a Lowmarsh-based group", "a leader of a Lowmarsh-based group", "leader", None, "anonymous"),
    ("the minister of defense", "the minister of defense", "minister of defense", None, "person"),
])
def test_read_source(phrase, name, role, affiliation, kind):
    r = read_source(phrase)
    assert (r.name, r.role, r.affiliation, r.kind) == (name, role, affiliation, kind)


def test_apposition_gives_the_role():
    r = read_source("Dmitry Peskov", ", the Kremlin spokesman, said")
    assert (r.name, r.role, r.affiliation) == ("Dmitry Peskov", "spokesman", "Kremlin")


def test_apposition_names_the_body_after_the_role():
    r = read_source("Ines Moll", ", the director of the Velmora Institute for Tidal Research in Orvane, said")
    assert (r.role, r.affiliation) == ("director", "Velmora Institute for Tidal Research")
    r = read_source("Ola Brun", ", the chief of staff to Mayor Petra Quill, said")
    assert (r.role, r.affiliation) == ("chief of staff", "Mayor Petra Quill")


def test_an_age_before_the_apposition():
    r = read_source("Ada Brill", ", 61, a retired teacher, said")
    assert (r.name, r.role) == ("Ada Brill", "retired teacher")


def test_apposition_splits_body_and_role():
    r = read_source("Vera Holm", ", a Foreign Ministry spokeswoman, said")
    assert (r.role, r.affiliation) == ("spokeswoman", "Foreign Ministry")


def test_citing_after_a_comma_is_no_apposition():
    r = read_source("The Orvane Herald", ", citing an unnamed official, reported")
    assert (r.name, r.role) == ("Orvane Herald", None)


@pytest.mark.parametrize("phrase,following,role,affiliation", [
    ("Ida Vorne, who heads the Pellin Dockworkers' Union", "", "head", "Pellin Dockworkers' Union"),
    ("Ivo Marsh", ", who runs the Department of Energy, said", "head", "Department of Energy"),
    ("Piet Arnesen, who chairs the parliament's farm committee,", "", "chair", "parliament's farm committee"),
    ("Ada Brill, who leads the polls in Ohio", "", None, None),  # polls are no body
    ("Ida Vorne, who heads to Paris", "", None, None),
])
def test_a_relative_clause_tells_the_role(phrase, following, role, affiliation):
    r = read_source(phrase, following)
    assert (r.kind, r.role, r.affiliation) == ("person", role, affiliation)


@pytest.mark.parametrize("phrase,kind", [("union leaders", "anonymous"), ("Velmora Bank employees", "anonymous"),
                                         ("Government lawyers", "anonymous"), ("the Ports Ministry", "government"),
                                         ("A union representing pilots", "organization"), ("the unions", "anonymous")])
def test_people_of_a_body_are_not_the_body(phrase, kind):
    assert read_source(phrase).kind == kind


def test_relative_clause_is_not_part_of_the_name():
    r = read_source("An inspector familiar with the plants, who asked not to be named,")
    assert r.name == "An inspector familiar with the plants" and r.kind == "anonymous"


def test_words_before_a_name_that_end_in_a_preposition_are_no_role():
    assert read_source("The move against Varn").role is None


def test_a_list_of_names_is_not_read_as_a_name_and_its_apposition():
    assert "Ada Brill" in read_source("Ivo Marsh, Tove Amsel and Ada Brill").name


def test_a_comma_before_another_speaker_or_an_example_is_no_apposition():
    # the person named after the comma is the speaker, not a role of what comes before it
    assert read_source("Quill's running mate, harbor Commissioner Ola Brun").name == "Ola Brun"
    assert read_source("The Velmora Courier, board spokesman Ivo Marsh").name == "Ivo Marsh"
    assert read_source("some Democrats, including Senator Ola Brun of Lowmarsh").name == "Ola Brun"


def test_a_speaker_named_after_the_source_is_not_its_apposition():
    r = read_source("The Velmora Courier", ", board spokesman Ivo Marsh said on Friday that the bridge was safe")
    assert (r.role, r.affiliation) == (None, None)
    r = read_source("Ines Moll", ", director of the Velmora Institute, said")
    assert (r.role, r.affiliation) == ("director", "Velmora Institute")
    r = read_source("Ines Moll", ", the harbor board's chairwoman. She left early.")  # the sentence ends it
    assert (r.role, r.affiliation) == ("chairwoman", "harbor board")
    r = read_source("Sorel's transition office", ", the president-elect will spend January at home.")
    assert (r.role, r.affiliation) == (None, None)  # a clause, not an apposition
    r = read_source("Ines Moll", ", on her first day in the job after the departure of the commissioner.")
    assert (r.role, r.affiliation) == (None, None)
    r = read_source("Ines Moll", ", called him a master at bolting deals together.")
    assert (r.role, r.affiliation) == (None, None)


def test_by_names_an_author_only_after_a_document():
    assert read_source("the harbor districts won by Republicans").name == "harbor districts won by Republicans"


@pytest.mark.parametrize("phrase, name, affiliation", [
    ("two pilots", "two pilots", None), ("two Western diplomats", "two Western diplomats", None),
    ("Many of his supporters", "Many of his supporters", None)])
def test_how_many_is_part_of_who(phrase, name, affiliation):
    r = read_source(phrase, "")
    assert (r.name, r.affiliation, r.kind) == (name, affiliation, "anonymous")


@pytest.mark.parametrize("phrase,name,role,affiliation", [
    ("Nurses' union leader Petra Hollin", "Petra Hollin", "leader", "Nurses' union"),
    ("Truckers' association chief Minna Havel", "Minna Havel", "chief", "Truckers' association"),
    ("Her Oskrian counterpart, Viktor Amsel", "Viktor Amsel", "counterpart", "Oskrian"),
    ("Contractor Delmar Group", "Delmar Group", None, None),
    ("The hospital at the time", "hospital", None, None),
    # how the writer sees someone is no office and no body
    ("Veteran coach Harald Moe", "Harald Moe", "coach", None),
    ("longtime Democratic pollster Pat Caddell", "Pat Caddell", "Democratic pollster", None),
    # a rank after the post is a title: the post is the role, the army the body
    ("army spokesman Colonel Rasmus Vik", "Rasmus Vik", "spokesman", "army"),
    ("Army spokesman Major General Ivo Strand", "Ivo Strand", "spokesman", "Army"),
    ("Colonel Rasmus Vik", "Rasmus Vik", "Colonel", None),
    ("Pentagon spokesman Navy Capt. Jeff Dale", "Jeff Dale", "spokesman", "Pentagon"),
    ("Retired Army Col. Lars Wilk", "Lars Wilk", "Retired Col.", "Army"),
    # a field of work capitalised only to open the sentence; a member of parliament
    ("Security researcher Lena Holt", "Lena Holt", "security researcher", None),
    ("Opposition MP Lars Berg", "Lars Berg", "Opposition MP", None),
    ("Fire Brigade spokesman Ivo Dahl", "Ivo Dahl", "spokesman", "Fire Brigade"),
    # a body told in lower case after the role
    ("Luis Osta, the president of the lawyers association", "Luis Osta", "president", "lawyers association"),
    # sports and agents
    ("Velmora striker Jonas Berg", "Jonas Berg", "striker", "Velmora"),
    ("Susan Crawford, then Maples's literary agent", "Susan Crawford", "literary agent", "Maples"),
    ("Deputy Attorney General Sally Yates", "Sally Yates", "Deputy Attorney General", None),
])
def test_bodies_and_roles_around_a_name(phrase, name, role, affiliation):
    reading = read_source(phrase)
    assert (reading.name, reading.role, reading.affiliation) == (name, role, affiliation)


def test_a_document_seen_by_an_outlet_was_not_written_by_it():
    assert read_source("a memo seen by the Orvel Press").name != "Orvel Press"
    assert read_source("a report by the Tarn Institute").name == "Tarn Institute"
    assert read_source("The board's statement").name == "board"


def test_a_role_word_ending_a_name_is_no_role():
    reading = read_source("Citizens for Tax Justice")
    assert (reading.name, reading.role, reading.affiliation) == ("Citizens for Tax Justice", None, None)
    reading = read_source("Major League Baseball")  # "Major" is no rank here
    assert (reading.name, reading.role) == ("Major League Baseball", None)


@pytest.mark.parametrize("phrase, name", [
    ("the tenants' group Homes First", "Homes First"),
    ("the union Unite", "Unite"),
])
def test_a_body_named_after_its_kind_is_an_organization(phrase, name):
    reading = read_source(phrase)
    assert (reading.name, reading.kind, reading.role) == (name, "organization", None)


def test_a_possessive_owner_writes_its_figures_but_not_a_day_nor_its_top_figures():
    assert read_source("the union's figures").name == "union"
    assert read_source("Monday's report").name != "Monday"
    assert read_source("the party's top figures").kind == "anonymous"


def test_an_unnamed_role_serves_a_body_told_in_lower_case():
    reading = read_source("A spokesman for the national data protection authority")
    assert (reading.kind, reading.role, reading.affiliation) == ("anonymous", "spokesman",
                                                                 "national data protection authority")
    assert read_source("an aide to the mayor").affiliation is None  # a person, not a body


@pytest.mark.parametrize("phrase, following, name, role, affiliation", [
    # particles inside a name
    ("European Commission President Ursula von der Leyen", "", "Ursula von der Leyen", "President", "European Commission"),
    ("Crown Prince Mohammed bin Salman", "", "Mohammed bin Salman", "Crown Prince", None),
    # a role word that is also a surname; the body the role serves, however its name reads
    ("Matthew Prince, chief executive of CloudFlare", "", "Matthew Prince", "chief executive", "CloudFlare"),
    # a full stop in a web address, after an initial or an honorific ends no apposition
    ("Craig Robinson", ", editor of TheIowaRepublican.com, said", "Craig Robinson", "editor", "TheIowaRepublican.com"),
    ("Ms. Perino", ", a White House press secretary for George W. Bush, said", "Perino", "White House press secretary",
     "George W. Bush"),
    # the body served, named after the role, says more than a capitalised word before it
    ("Ben Wikler, the Washington director for MoveOn.org", "", "Ben Wikler", "Washington director", "MoveOn.org"),
])
def test_names_with_particles_and_appositions_with_full_stops(phrase, following, name, role, affiliation):
    reading = read_source(phrase, following)
    assert (reading.name, reading.role, reading.affiliation) == (name, role, affiliation)


def test_an_inspectorate_or_a_watchdog_is_a_government_body():
    assert read_source("The inspectorate").kind == "government"
    assert read_source("the watchdog").kind == "government"
