"""The shapes rounds 11 and 12 taught, on lines and articles written here in other houses' styles: sign-offs
in brackets or between slashes and the desk's translation or report credits, an author's labelled line
under the story, datelines (a colon after the agency, ``PLACE.-``, ``PLACE. AGENCY –``, a weekday before
the date, ``City, Country:``, a hyphen after a town named again), bylines (a rank before the name, a
numbered unit after it, a desk's labelled line under it, a title in two languages, an issuing body, names
with capitals beyond Latin-1, a date whose comma has no space), captions (a dash or ``courtesy`` before
the credit, an archive number, any one-word label after the caption's stop, a speaker's line quoted below),
and a match's result line; each with a case it must leave alone."""

from __future__ import annotations

import pytest

from archivist.parse import parse_text
from archivist.parse.blocks import split_blocks
from archivist.parse.byline import find_byline
from archivist.parse.bylineblock import is_title, read_byline_block
from archivist.parse.credit import read_caption_block
from archivist.parse.dateline import find_dateline
from archivist.parse.frontline import loose_byline
from archivist.parse.frontmeta import issuing_body
from archivist.parse.headings import is_result_line
from archivist.parse.signoff import desk_credits, whole_block_signoff

_BODY = (
    "The council approved the plan on Tuesday after a two-hour debate in the chamber.\n\n"
    "Work is due to start in the spring and will take about a year to finish, officials said.\n\n"
    "Residents will be able to comment on the design at a meeting next month.\n"
)
_HEADLINE = "Bridge over the river to be repaired next year"


def _article(*blocks: str, body: str = _BODY, headline: str = _HEADLINE) -> str:
    return headline + "\n\n" + "\n\n".join(blocks) + "\n\n" + body


def _closing(text: str) -> bool:
    return whole_block_signoff(text) or desk_credits(text)


# --- sign-offs -----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "/JD/",
        "/AB/CD/",
        "(KT)",
        "(XNA)",
        "Translated from Portuguese by Ana Lima/rb",
        "Adapted from the French by Claire Dubois",
        "Reporting by Tomas Ruiz for Harbour 7 News",
        "With reports from The Valley Courier and Radio Norte",
    ],
)
def test_a_desk_mark_or_credit_closing_the_story_is_the_signoff(line: str) -> None:
    assert _closing(line)
    article = parse_text(_article("By Ann Lee", body=_BODY + "\n" + line + "\n"))
    assert article.signoff is not None and article.signoff.text == line
    assert len(article.paragraphs) == 3


@pytest.mark.parametrize(
    "line", ["(He said no.)", "/not this one/", "With help from friends, the team won the cup on Sunday."]
)
def test_a_sentence_in_brackets_or_slashes_is_no_signoff(line: str) -> None:
    assert not _closing(line)


def test_an_authors_labelled_line_under_the_story_is_the_byline_and_the_editors_the_signoff() -> None:
    article = parse_text(_article(body=_BODY + "\nReporter: Malia Fonoti\n\nEditor: Sione Havili\n"))
    assert article.byline is not None and article.byline.text == "Reporter: Malia Fonoti"
    assert [person.name for person in article.authors] == ["Malia Fonoti"]
    assert article.signoff is not None and article.signoff.text == "Editor: Sione Havili"


def test_an_editors_line_alone_under_the_story_names_no_author() -> None:
    article = parse_text(_article(body=_BODY + "\nEditor: Sione Havili\n"))
    assert article.byline is None and article.authors == ()
    assert article.signoff is not None and article.signoff.text == "Editor: Sione Havili"


def test_a_name_with_its_agency_in_brackets_closing_the_story_is_the_byline() -> None:
    article = parse_text(_article(body=_BODY + "\nNilufar Rashidova (UzA)\n"))
    assert [person.name for person in article.authors] == ["Nilufar Rashidova"]
    assert len(article.paragraphs) == 3


# --- datelines -----------------------------------------------------------------------------------------

_LEDE = " The regional water board opened a new treatment plant on the edge of the city this week."


@pytest.mark.parametrize(
    ("opening", "place", "agency"),
    [
        ("Muscat, Nov. 4 (ONA):", "Muscat", "ONA"),
        ("ASUNCIÓN.-", "ASUNCIÓN", None),
        ("TASHKENT. UZA –", "TASHKENT", "UZA"),
        ("KIGALI, Tuesday, March 3, 2026 (RNA) -", "KIGALI", "RNA"),
    ],
)
def test_more_dateline_shapes(opening: str, place: str, agency: str | None) -> None:
    line = opening + _LEDE
    found = find_dateline(line, 0, len(line))
    assert found is not None and found.place is not None and found.place.text == place
    assert (found.agency.text if found.agency else None) == agency


def test_a_place_with_its_country_before_a_colon_is_a_dateline_the_headline_names() -> None:
    line = "Kuwait City, Kuwait:" + _LEDE
    found = find_dateline(line, 0, len(line), headline="Kuwait City opens a water plant")
    assert found is not None and found.place is not None and found.place.text == "Kuwait City, Kuwait"


def test_a_town_before_a_hyphen_is_a_dateline_when_the_story_names_it_again() -> None:
    line = "Lubango - The provincial government opened twelve schools this week in and around Lubango."
    found = find_dateline(line, 0, len(line))
    assert found is not None and found.place is not None and found.place.text == "Lubango"


def test_a_word_before_a_hyphen_named_nowhere_else_is_no_dateline() -> None:
    line = "Henderson - The provincial government opened twelve schools this week in the north."
    assert find_dateline(line, 0, len(line)) is None


def test_an_abbreviated_place_keeps_its_stop() -> None:
    line = "ST. PAUL (AP) — The state's lawmakers met on Tuesday for a special session on the budget."
    found = find_dateline(line, 0, len(line))
    assert found is not None and found.place is not None and found.place.text == "ST. PAUL"


# --- bylines -------------------------------------------------------------------------------------------


def test_a_rank_before_the_name_and_a_numbered_unit_after_it_are_no_part_of_the_name() -> None:
    line = "By Tech. Sgt. Dana Whitfield, 22nd Air Refueling Wing Public Affairs"
    byline = find_byline(line, 0, len(line))
    assert byline is not None
    assert [(p.name, p.affiliation) for p in byline.authors] == [
        ("Dana Whitfield", "22nd Air Refueling Wing Public Affairs")
    ]


def test_a_rank_is_kept_when_only_one_name_word_would_be_left() -> None:
    line = "By Major Whitfield"
    byline = find_byline(line, 0, len(line))
    assert byline is not None and [p.name for p in byline.authors] == ["Major Whitfield"]


def test_two_names_after_by_stay_two_authors() -> None:
    line = "By Dana Whitfield, Omar Haddad"
    byline = find_byline(line, 0, len(line))
    assert byline is not None and [p.name for p in byline.authors] == ["Dana Whitfield", "Omar Haddad"]


def test_a_desks_labelled_line_under_a_labelled_byline_belongs_to_it() -> None:
    article = parse_text(_article("Writer: Vesna Kolar (STA)\nEditor: Igor Mlakar", "3 March 2026 | 09:10"))
    assert (
        article.byline is not None and article.byline.text == "Writer: Vesna Kolar (STA)\nEditor: Igor Mlakar"
    )
    assert [person.name for person in article.authors] == ["Vesna Kolar"]


def test_a_title_given_in_two_languages_under_the_name() -> None:
    assert is_title("Kaituhi | Writer")
    assert not is_title("Harbour | Market | Weather | Sport")
    found = read_byline_block("Hemi Walker\nKaituhi | Writer", 0, 28, bare_ok=True)
    assert found is not None and [p.name for p in found.byline.authors] == ["Hemi Walker"]


def test_an_issuing_body_at_the_bylines_place_signs_the_release() -> None:
    article = parse_text(
        _article(
            "Department of Water and Sanitation",
            "Media statement",
            "March 3, 2026",
            "The department will spend R2 billion on new pipes in three provinces over the next two years.",
            body="PRETORIA – " + _BODY,
        )
    )
    assert article.byline is not None and article.byline.text == "Department of Water and Sanitation"
    assert article.authors == ()
    assert article.summary is not None and article.summary.text.startswith("The department will spend")


@pytest.mark.parametrize(
    ("line", "issuer"),
    [
        ("Office of the Provincial Premier", True),
        ("Harbour Lights Tonight", False),  # no institution's word
        ("PRINT SECTION: Business", False),  # a label and its value
        ("Department officials met on Tuesday.", False),  # a sentence
    ],
)
def test_an_issuing_bodys_line(line: str, issuer: bool) -> None:
    assert issuing_body(split_blocks(line)[0]) is issuer


@pytest.mark.parametrize("name", ["Łucja Wrześniewska", "Şule Ekinci", "Ōta Haruki"])
def test_a_bare_name_with_capitals_beyond_latin_1_over_the_date_line(name: str) -> None:
    article = parse_text(_article(name, "3 March 2026 at 09:10"))
    assert [person.name for person in article.authors] == [name]


def test_a_byline_beside_a_date_whose_comma_has_no_space() -> None:
    article = parse_text(_article("By Omar Haddad - Mar 03,2026 - Last updated at Mar 03,2026"))
    assert [person.name for person in article.authors] == ["Omar Haddad"]
    assert article.published is not None and article.published.date.value == "2026-03-03"
    assert article.summary is None


def test_an_agency_name_joined_to_its_initials_alone_over_the_date_line() -> None:
    article = parse_text(_article("Belga-ANP", "This story was published on March 3, 2026 - 09:10"))
    assert article.byline is not None and article.byline.text == "Belga-ANP" and article.authors == ()
    assert article.published is not None and article.published.date.value.startswith("2026-03-03")
    assert article.summary is None


def test_a_name_with_its_outlet_in_brackets_is_read_loosely() -> None:
    line = "Nilufar Rashidova (UzA)"
    byline = loose_byline(line, 0, len(line))
    assert byline is not None and [(p.name, p.affiliation) for p in byline.authors] == [
        ("Nilufar Rashidova", "UzA")
    ]


# --- captions ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("block", "caption", "credit"),
    [
        (
            "Traders close their stalls at the river market on Monday.\n–Photo: ANIL DEO",
            "market on Monday.",
            "ANIL DEO",
        ),
        (
            "Traders close their stalls at the river market on Monday.\nPhoto courtesy Rita Mohammed",
            "market on Monday.",
            "Rita Mohammed",
        ),
        (
            "Traders close their stalls at the river market on Monday. RITA MOHAMMED/20260303",
            "market on Monday.",
            "RITA MOHAMMED/20260303",
        ),
        (
            "Traders close their stalls at the river market on Monday. Fotó: Kovács Anna",
            "market on Monday.",
            "Kovács Anna",
        ),
        (
            "Traders close their stalls at the river market on Monday. - Foto HPK/ANIL DEO",
            "market on Monday.",
            "HPK/ANIL DEO",
        ),
    ],
)
def test_more_credit_shapes(block: str, caption: str, credit: str) -> None:
    found = read_caption_block(block, 0, len(block), credit_only_ok=False)
    assert found is not None and found.image.caption is not None and found.image.credit is not None
    assert found.image.caption.text.endswith(caption) and found.image.credit.text == credit


def test_a_sentence_run_on_after_the_stop_is_no_credit() -> None:
    block = "Traders close their stalls at the river market on Monday. Prices rose again this week."
    assert read_caption_block(block, 0, len(block), credit_only_ok=False) is None


def test_a_kicker_with_a_colon_over_a_credit_line_is_a_caption_not_a_dateline() -> None:
    article = parse_text(
        _article(
            "By Ann Lee",
            "March 3, 2026",
            "REPAIRS: Crews lift the old deck off the bridge on Monday.\nAna Lima/The Valley Courier",
        )
    )
    assert article.dateline is None
    assert article.image is not None and article.image.credit is not None
    assert article.image.credit.text == "Ana Lima/The Valley Courier"


def test_a_speakers_line_quoted_again_below_is_the_caption() -> None:
    body = (
        "The council approved the plan on Tuesday after a two-hour debate in the chamber.\n\n"
        '"The bridge will be closed for a year," said council engineer Ruth Okafor.\n'
    )
    article = parse_text(
        _article("By Ann Lee", "March 3, 2026", "Okafor: The bridge will be closed for a year", body=body)
    )
    assert article.image is not None and article.image.caption is not None
    assert article.image.caption.text == "Okafor: The bridge will be closed for a year"
    assert article.image.credit is None and article.summary is None


def test_a_speakers_line_the_story_does_not_quote_stays_text() -> None:
    article = parse_text(_article("By Ann Lee", "March 3, 2026", "Okafor: A year without the bridge"))
    assert article.image is None


# --- results and labels --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "result"),
    [
        ("Harbour United 3 Rovers 1", True),
        ("Leinster 24, Munster 17", True),
        ("Ballyhale 1-19 (2) Kilkenny Rangers 0-14", True),
        ("The 10 best walks of 2026", False),
        ("Chapter 3", False),
    ],
)
def test_a_matchs_result_line(line: str, result: bool) -> None:
    assert is_result_line(line) is result


def test_a_result_line_under_the_caption_opens_the_body_and_between_paragraphs_is_no_subhead() -> None:
    body = (
        "Harbour United 3 Rovers 1\n\n"
        "Harbour United went top of the table with a comfortable win at home on Saturday afternoon.\n\n"
        "Second half\n\n"
        "Rovers pulled one back from the penalty spot but never threatened an equaliser after that.\n\n"
        "Harbour United 2 Rovers 0\n\n"
        "The reserve sides met on Sunday, and the home team again had the better of the game.\n"
    )
    article = parse_text(_article("By Ann Lee", "March 3, 2026", body=body, headline="United go top"))
    paragraphs = [paragraph.text for paragraph in article.paragraphs]
    assert paragraphs[0] == "Harbour United 3 Rovers 1"
    assert "Harbour United 2 Rovers 0" in paragraphs
    assert [section.heading.text for section in article.sections if section.heading] == ["Second half"]
