"""Bylines of pages copied without blank lines (``archivist.parse.frontsummary``, ``frontcaption``,
``bylineblock``, ``byline``): a desk's line, a bar and the labelled byline on three lines; a key-points box
set tight over the byline and date line; a site's address after a slash; a name run on to the paper's short
name and ``Staff``; and the month-first, Maghreb, Tamil and Urdu date lines (``archivist.parse.dates``,
``calendar_words``, ``labelwords``). Pages and lines written here; each rule has the case it must leave
alone."""

from __future__ import annotations

import pytest

from archivist.parse import parse_text
from archivist.parse.byline import find_byline
from archivist.parse.bylineblock import read_byline_block
from archivist.parse.dateblockcache import read_date_block
from parse_helpers import rule as _rule

_HEADLINE = "Growers count their losses after the driest spring in a decade across the region"
_BODY = (
    "Growers across the region say this season's harvest is one of the worst in living memory, with some "
    "paddocks returning less than half their normal yield.\n"
    "The dry spell began in September and has not broken since, the weather bureau said on Friday.\n"
    '"We have never seen the soil so hard at this time of year," one grower said.\n'
    "Officials will meet farmers next week to talk about help with water and feed.\n"
)


def test_a_desk_line_a_bar_and_a_labelled_byline_set_tight() -> None:
    text = f"{_HEADLINE}\nABC Westland\n/\nBy Mereana Tuhoe\nPosted Fri 7 Feb 2025 at 4:12pm\n" + _BODY
    article = parse_text(text)
    assert article.byline is not None and article.byline.text == "By Mereana Tuhoe"
    assert [person.name for person in article.authors] == ["Mereana Tuhoe"]


def test_a_bar_over_a_line_that_is_no_byline_stays_as_it_was() -> None:
    # "|" over "Editor Jane Doe": the page's crumbs and desk tag, no labelled byline under a desk
    text = f"{_HEADLINE}\nBy Mereana Tuhoe\n|\nEditor Jane Doe\n" + _BODY
    article = parse_text(text)
    assert article.byline is not None and article.byline.text == "By Mereana Tuhoe"


@pytest.mark.parametrize(
    ("byline", "dated", "name"),
    [
        ("By Aminah Rahman / thecourier.my", "19 Jun 2025, 06:42 pm", "Aminah Rahman"),
        ("Ilze Ozola (Latvijas Radio)", "2025. gada 3. jūnijs 09:15", "Ilze Ozola"),
        ("Por Ana Souza", "3 de junho de 2025 09:15", "Ana Souza"),
    ],
)
def test_a_box_set_tight_over_the_byline_ends_at_it(byline: str, dated: str, name: str) -> None:
    text = (
        f"{_HEADLINE}\nKey takeaways\nThe group plans to build plants at all 14 of its mills.\n"
        f"It expects emissions to fall by about 70%.\nFunding will come from a proposed bond.\n"
        f"{byline}\n{dated}\n" + _BODY
    )
    article = parse_text(text)
    assert article.byline is not None and article.byline.text == byline
    assert [person.name for person in article.authors] == [name]
    assert article.summary is not None and byline not in article.summary.text
    assert _rule(article, "summary") == "standfirst-labelled-box"


def test_a_box_item_naming_a_person_is_still_an_item() -> None:
    text = (
        f"{_HEADLINE}\nKey points\nThe minister Jane Doe says help is coming.\nFarmers want water.\n"
        "Jane Doe will visit on Monday.\n\n" + _BODY
    )
    article = parse_text(text)
    assert article.summary is not None and "Jane Doe will visit on Monday." in article.summary.text


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("By Aminah Rahman / thecourier.my", ["Aminah Rahman"]),
        ("Por Ana Souza / g1.globo.com", ["Ana Souza"]),
        ("By Jane Doe and John Roe / www.example.com", ["Jane Doe", "John Roe"]),
    ],
)
def test_a_site_address_after_a_slash(line: str, names: list[str]) -> None:
    found = read_byline_block(line, 0, len(line), bare_ok=True)
    assert found is not None and found.rule == "byline-site-after-slash"
    assert found.byline.text.text == line
    assert [person.name for person in found.byline.authors] == names


def test_a_bare_name_then_a_site_is_not_read_so() -> None:
    line = "Jane Doe / example.com"  # (no by-word: a credit's shape as much as a byline's)
    found = read_byline_block(line, 0, len(line), bare_ok=True)
    assert found is None or found.rule != "byline-site-after-slash"


def test_a_name_run_on_to_the_papers_short_name_and_staff() -> None:
    text = (
        "The Harbour Ledger\n\n"
        + _HEADLINE
        + "\n\nBy Dana Whitlock Ledger Staff,Updated March 4, 2025, 6:12 p.m.\n\n"
        "Riders wait for a bus downtown on Monday.Photo by Reggie Amankwah/Ledger Staff\n\n" + _BODY
    )
    article = parse_text(text)
    assert article.byline is not None and article.byline.text == "By Dana Whitlock Ledger Staff"
    assert [person.name for person in article.authors] == ["Dana Whitlock"]
    assert article.published is not None and article.published.date.value == "2025-03-04"


@pytest.mark.parametrize(
    "text",
    [
        # the paper's desk: one word before the masthead's noun
        "Harbour Times Staff\n\nThe Harbour Times said so.",
        # the masthead printed whole on the page: "New York Times" is the paper's, no person's
        "New York Times Staff\n\nThe New York Times said so.",
        # the masthead's noun nowhere else on the page: no evidence of a name
        "Dana Whitlock Ledger Staff\n\nNothing else.",
    ],
)
def test_a_desk_of_the_paper_names_no_one(text: str) -> None:
    line = text.split("\n")[0]
    found = find_byline(text, 0, len(line))
    assert found is None or not found.authors


@pytest.mark.parametrize(
    ("line", "value"),
    [
        ("الأحد 14 شتنبر 2025 - 10:22", "2025-09-14"),  # Morocco's September
        ("14 جوان 2025", "2025-06-14"),  # Algeria's and Tunisia's June
        ("மார் 14, 2025 05:42", "2025-03-14"),  # Tamil, its abbreviation without the stop
        ("பதிவு செய்த நாள்: மார் 14,2025 05:42", "2025-03-14"),  # its label, no space after the comma
        ("Mar 14,2025", "2025-03-14"),
        ("شائع 22 اپریل ، 2025 07:15pm", "2025-04-22"),  # Urdu: a space before the comma
        ("اپ ڈیٹ 22 اپریل ، 2025 09:02pm", "2025-04-22"),
    ],
)
def test_more_date_lines(line: str, value: str) -> None:
    found = read_date_block(line, 0, len(line))
    assert found is not None and found.dates and found.dates[0].date.value == value


@pytest.mark.parametrize("line", ["Mar 14,2025 people came", "شائع ہونے والی خبر"])
def test_lines_that_are_no_date_lines(line: str) -> None:
    found = read_date_block(line, 0, len(line))
    assert found is None or not found.dates


@pytest.mark.parametrize(
    ("paragraph", "place", "agency"),
    [
        # Tamil: a place ending with a vowel sign before the colon, named again in the story
        (
            "சேலம்: நகரின் புதிய பேருந்து நிலையம் திங்கள்கிழமை திறக்கப்பட்டது என்று "
            "அதிகாரிகள் தெரிவித்தனர். சேலம் மக்கள் மகிழ்ச்சி.",
            "சேலம்",
            None,
        ),
        # Urdu: the channel's name in brackets after the place's colon
        (
            "لاہور: (نیوز ون) صوبائی حکومت نے شہر میں نئی بس سروس شروع کرنے کا اعلان کیا ہے۔",
            "لاہور",
            "نیوز ون",
        ),
        # Nepali: the day in the Bikram Sambat calendar and the agency before the colon
        ("पोखरा, जेठ १२ (रासस) : पोखरा महानगरपालिकाले नयाँ बसपार्क सञ्चालनमा ल्याएको छ ।", "पोखरा", "रासस"),
    ],
)
def test_datelines_of_caseless_scripts(paragraph: str, place: str, agency: str | None) -> None:
    from archivist.parse.dateline import find_dateline

    found = find_dateline(paragraph, 0, len(paragraph))
    assert found is not None and found.place is not None and found.place.text == place
    assert (found.agency.text if found.agency else None) == agency


@pytest.mark.parametrize(
    "paragraph",
    [
        # a label before the colon, never named again: no place
        "الأرصاد: أجواء دافئة نسبيا في معظم مناطق المملكة اليوم مع رياح خفيفة",
        "नोट: यह खबर अपडेट की जा रही है और नई जानकारी जल्द जोड़ी जाएगी",
        # a date line's label
        "பதிவு செய்த நாள்: மார் 14, 2025 05:42 மேலும் செய்திகள் இங்கே உள்ளன இன்று",
    ],
)
def test_labels_of_caseless_scripts_are_no_datelines(paragraph: str) -> None:
    from archivist.parse.dateline import find_dateline

    found = find_dateline(paragraph, 0, len(paragraph))
    assert found is None or found.place is None


@pytest.mark.parametrize("line", ["ویب ڈیسک", "நமது நிருபர்"])
def test_a_newsroom_signing_in_urdu_and_tamil_names_no_one(line: str) -> None:
    found = find_byline(line, 0, len(line))
    assert found is not None and not found.authors


@pytest.mark.parametrize(
    ("line", "value"),
    [("12.09.2025. 18:47 >> 19:26", "2025-09-12"), ("03.04.2025. 09:05 » 11:40", "2025-04-03")],
)
def test_an_arrow_before_the_updated_time(line: str, value: str) -> None:
    found = read_date_block(line, 0, len(line))
    assert found is not None and found.dates and found.dates[0].date.value == value


def test_crumbs_with_an_arrow_are_no_date_line() -> None:
    line = "Vesti >> Hronika"
    assert read_date_block(line, 0, len(line)) is None
