import pytest

from datetime import date

from sayso.extraction.dates import find_dateline, resolve_dates


def test_tass_style_dateline():
    text = "Headline\nMOSCOW, November 18. /TASS/. The minister said so."
    dl = find_dateline(text, 9, "2026-11-18")
    assert (dl.place, dl.date, dl.agency) == ("MOSCOW", "2026-11-18", "TASS")
    assert text[dl.span.start:dl.span.end] == "MOSCOW, November 18. /TASS/."


def test_reuters_style_dateline_takes_date_from_publication():
    text = "Headline\nLONDON (Reuters) — Talks resumed."
    dl = find_dateline(text, 9, "2026-03-02")
    assert (dl.place, dl.date, dl.agency) == ("LONDON", "2026-03-02", "Reuters")


def test_dateline_without_year_or_publication_keeps_month_and_day():
    dl = find_dateline("H\nVELMORA, November 18. /Northwind News/. Text.", 2, None)
    assert dl.date == "--11-18" and dl.agency == "Northwind News"


def test_a_byline_before_the_dateline():
    dl = find_dateline("H\nBy Ada Brill and Ivo Marsh\nLONDON, Nov 18 (Reuters) - Talks resumed.", 2, "2026-11-18")
    assert (dl.place, dl.agency, dl.span.text) == ("LONDON", "Reuters", "LONDON, Nov 18 (Reuters) -")


@pytest.mark.parametrize("text, place, date, agency, span", [
    # a wire story that names no place
    ("H\nJune 9 (Reuters) - Grain talks resumed.", None, "2026-06-09", "Reuters", "June 9 (Reuters) -"),
    # two hyphens for the dash, as plain-text copy writes it
    ("H\nARDEN -- Dockworkers returned to work.", "ARDEN", "2026-06-10", None, "ARDEN --"),
])
def test_a_dateline_with_no_place_or_a_double_hyphen(text, place, date, agency, span):
    dl = find_dateline(text, 2, "2026-06-10")
    assert (dl.place, dl.date, dl.agency, dl.span.text) == (place, date, agency, span)


def test_ordinary_sentence_is_not_a_dateline():
    assert find_dateline("H\nThe mayor (a Democrat) — said so.", 2, None) is None
    assert find_dateline("H\nJune 9 (a Tuesday) was calm.", 2, None) is None


def test_relative_dates_resolve_against_anchor():
    text = "It happened on November 17, will resume in September, and end next year; talks were held on Monday and yesterday."
    found = {m.text: m.date for m in resolve_dates(text, 0, len(text), date(2026, 11, 18))}  # a Wednesday
    assert found["on November 17"] == "2026-11-17"
    assert found["in September"] == "2026-09"
    assert found["next year"] == "2027"
    assert found["on Monday"] == "2026-11-16"
    assert found["yesterday"] == "2026-11-17"


def test_bare_month_day_takes_the_nearest_year():
    text = "The vote is on January 5."
    [m] = resolve_dates(text, 0, len(text), date(2026, 12, 20))
    assert m.date == "2027-01-05"


def test_dateline_near_new_year_takes_the_year_nearest_publication():
    dl = find_dateline("H\nVELMORA, December 31. /Northwind News/. Text.", 2, "2027-01-01")
    assert dl.date == "2026-12-31"
    assert find_dateline("H\nVELMORA, December 31, 2025. /Northwind News/. Text.", 2, "2027-01-01").date == "2025-12-31"


def test_impossible_dates_are_not_resolved():
    text = "Talks end on February 30 or on February 29."
    found = {m.text: m.date for m in resolve_dates(text, 0, len(text), date(2027, 3, 1))}
    assert "on February 30" not in found and found["on February 29"] == "2028-02-29"


def test_day_first_dates_and_a_region_after_the_city():
    dl = find_dateline("H\nMoscow, 18 November (Interfax) - The ministry said.", 2, "2026-11-20")
    assert (dl.place, dl.date, dl.agency) == ("Moscow", "2026-11-18", "Interfax")
    dl = find_dateline("H\nSPRINGFIELD, Ill. (AP) — Officials said.", 2, "2026-11-20")
    assert (dl.place, dl.agency) == ("SPRINGFIELD, Ill.", "AP")
    assert find_dateline("H\nKYIV, Ukraine — Officials said.", 2, None).place == "KYIV, Ukraine"
    text = "Talks end on 3 December or by 14 Jan 2027, though they may 2 ways differ."
    found = {m.text: m.date for m in resolve_dates(text, 0, len(text), date(2026, 11, 18))}
    assert found == {"on 3 December": "2026-12-03", "by 14 Jan 2027": "2027-01-14"}  # "may 2" is no date


def test_a_weekday_after_the_place_is_not_the_place():
    dl = find_dateline("H\nVELMORA, Wednesday, March 4, 2026 /Northwind/. Text.", 2, None)
    assert (dl.place, dl.date, dl.agency) == ("VELMORA", "2026-03-04", "Northwind")


def test_so_long_ago():
    text = "the contract was signed two days ago, talks began three weeks ago and a year ago nothing was planned"
    found = {m.text: m.date for m in resolve_dates(text, 0, len(text), date(2026, 3, 4))}
    assert found == {"two days ago": "2026-03-02", "three weeks ago": "2026-W07", "a year ago": "2025"}


def test_a_month_half_a_year_away_is_the_coming_one_in_what_looks_ahead():
    ahead = "the repairs would be finished by next year, not in September"
    past = "the cracks were found in September"
    assert [m.date for m in resolve_dates(ahead, 0, len(ahead), date(2026, 3, 4))] == ["2027", "2026-09"]
    assert [m.date for m in resolve_dates(past, 0, len(past), date(2026, 3, 4))] == ["2025-09"]


def test_next_and_last_month_and_the_end_of_one():
    text = "money runs out by the end of January; talks resume next January, began last October; this may change"
    found = {m.text: m.date for m in resolve_dates(text, 0, len(text), date(2026, 10, 2))}
    assert found == {"the end of January": "2027-01", "next January": "2027-01", "last October": "2025-10"}


def test_the_end_of_the_month_and_seasons():
    text = "rules by the end of the month; a vote next spring, not this summer; cuts began last winter"
    found = {m.text: m.date for m in resolve_dates(text, 0, len(text), date(2026, 3, 3))}
    assert found == {"end of the month": "2026-03", "next spring": "2027-03/2027-05",
                     "this summer": "2026-06/2026-08", "last winter": "2025-12/2026-02"}
    in_winter = {m.text: m.date for m in resolve_dates(text, 0, len(text), date(2026, 1, 10))}
    assert (in_winter["next spring"], in_winter["last winter"]) == ("2026-03/2026-05", "2024-12/2025-02")


def test_a_weekday_in_what_looks_ahead_is_the_coming_one():
    anchor = date(2026, 11, 18)  # a Wednesday

    def found(text):
        return {m.text: m.date for m in resolve_dates(text, 0, len(text), anchor)}

    assert found("the board will meet on Thursday") == {"on Thursday": "2026-11-19"}
    assert found("the board met on Thursday") == {"on Thursday": "2026-11-12"}
    # the wires' bare weekday after a verb, not a possessive
    assert found("the vote will be held Monday; Monday's vote") == {"Monday": "2026-11-23"}


@pytest.mark.parametrize("phrase, iso", [
    ("the review would end by mid-July", "2026-07"),
    ("the reactor was shut down on the 8th", "2026-06-08"),  # a day of the anchor's month that has come
    ("the panel met on the 20th", "2026-05-20"),  # not yet come this month: last month's
    ("the panel will meet on the 20th", "2026-06-20"),
    ("the plant will stay closed this weekend", "2026-06-13/2026-06-14"),  # Saturday and Sunday
    ("protesters gathered last weekend", "2026-06-06/2026-06-07"),
    ("a second inspection is planned for the autumn", "2026-09/2026-11"),
])
def test_more_relative_dates(phrase, iso):
    anchor = date(2026, 6, 11)  # a Thursday
    assert [d.date for d in resolve_dates(phrase, 0, len(phrase), anchor)] == [iso]


@pytest.mark.parametrize("phrase", ["the fall of the regime", "on the 8th floor"])
def test_what_is_no_date_here(phrase):
    assert resolve_dates(phrase, 0, len(phrase), date(2026, 6, 11)) == []


def test_the_season_only_where_the_clause_looks_ahead():
    phrase = "students can earn money working in the summer"  # a habit, not one summer
    assert resolve_dates(phrase, 0, len(phrase), date(2026, 6, 11)) == []


def test_a_month_half_a_year_away_is_the_coming_one_where_they_agreed_to_meet():
    text = "the two leaders had agreed to meet in December"
    [found] = resolve_dates(text, 0, len(text), date(2026, 6, 10))
    assert found.date == "2026-12"


def test_a_day_written_the_british_way():
    text = "The vote will be held on the 8th of June and results on the 12th of June, 2027."
    found = {m.text: m.date for m in resolve_dates(text, 0, len(text), date(2026, 6, 1))}
    assert found == {"on the 8th of June": "2026-06-08", "on the 12th of June, 2027": "2027-06-12"}
