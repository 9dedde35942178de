"""bench/heldout/gold_to_expect.py (a held-out round's gold written as the corpus's expectations) and
bench/heldout/choose.py (staged articles put through the corpus harness's checks), on articles and gold
written here: every key mapped as the corpus README says, every key the gold cannot give safely left out
with a flag naming the article and why, and the CLI's files."""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from test_parse_corpus import check_expectations_match_text

ROOT = Path(__file__).resolve().parents[1]


def _load(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, ROOT / "bench" / "heldout" / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # dataclasses look their module up while the class is made
    spec.loader.exec_module(module)
    return module


g2e = _load("gold_to_expect")
choose = _load("choose")

HEADLINE = "Night trains return to the valley line after six years"
BODY = [
    "Passenger trains will run through the night on the valley line again from March, the regional "
    "transport authority said on Tuesday, six years after the last late service was cut.",
    "The authority said two trains an hour would run in each direction between midnight and five in the "
    "morning on Fridays and Saturdays, and one an hour on other nights.",
    '"People who work late have waited a long time for this," said Marta Ilves, who chairs the board.',
    "The service will cost about four million a year to run, most of it paid from the tourism levy that "
    "the towns along the line agreed to raise last spring.",
    "Rail unions said they would ask for more staff on the night trains before the timetable starts.",
]


def page(*front: str, body: list[str] | None = None, closing: str = "", sep: str = "\n\n") -> str:
    """An article: the headline, the front blocks, the body's paragraphs, a closing block."""
    parts = [HEADLINE, *front, *(BODY if body is None else body)]
    if closing:
        parts.append(closing)
    return sep.join(parts) + "\n"


def gold(**over: Any) -> dict[str, Any]:
    """A gold in the held-out round's format for ``page()``'s plain article, with keys replaced."""
    base: dict[str, Any] = {
        "headline": HEADLINE,
        "summary": None,
        "byline": None,
        "authors": [],
        "date": None,
        "date_in_text": None,
        "dateline": None,
        "image": None,
        "n_paragraphs": len(BODY),
        "subheads": [],
        "signoff": None,
        "first_paragraph_starts": BODY[0][:60],
        "language": "en",
        "notes": "written for these tests",
    }
    base.update(over)
    return base


def convert(g: dict[str, Any], text: str) -> tuple[dict[str, Any], dict[str, list[str]]]:
    """The expectation, and the flags as {key: [reason, ...]}."""
    expect, flags = g2e.convert("art", g, text)
    by_key: dict[str, list[str]] = {}
    for f in flags:
        assert f.article == "art"
        by_key.setdefault(f.key, []).append(f.reason)
    return expect, by_key


# --------------------------------------------------------------------------- a whole article


def test_plain_article_maps_every_key() -> None:
    text = page(
        "By Ana Ruiz and Tomas Bell",
        "March 3, 2026",
        "A night train waits at the valley terminus. (Lena Ortiz/Valley Courier)",
        closing="Reporting by Ana Ruiz; Editing by Tomas Bell",
    )
    g = gold(
        byline="By Ana Ruiz and Tomas Bell",
        authors=["Ana Ruiz", "Tomas Bell"],
        date="2026-03-03",
        date_in_text="March 3, 2026",
        image={
            "caption": "A night train waits at the valley terminus.",
            "credit": "Lena Ortiz/Valley Courier",
        },
        signoff="Reporting by Ana Ruiz; Editing by Tomas Bell",
    )
    expect, flags = convert(g, text)
    assert flags == {}
    assert expect == {
        "headline": HEADLINE,
        "summary": None,
        "byline": "By Ana Ruiz and Tomas Bell",
        "signoff": "Reporting by Ana Ruiz; Editing by Tomas Bell",
        "image": {
            "caption": "A night train waits at the valley terminus.",
            "credit": "Lena Ortiz/Valley Courier",
            "url": None,
        },
        "authors": [{"name": "Ana Ruiz", "affiliation": None}, {"name": "Tomas Bell", "affiliation": None}],
        "dateline": None,
        "published": "2026-03-03",
        "published_origin": "date-line",
        "section_headings": [None],
        "paragraph_count": 5,
        "language": "en",
    }
    assert list(expect) == list(g2e.KEY_ORDER)
    check_expectations_match_text("art", text.encode(), expect)  # the corpus would take it as it is


def test_article_without_anything_but_a_body() -> None:
    expect, flags = convert(gold(), page())
    assert flags == {}
    assert expect["byline"] is None and expect["authors"] == [] and expect["image"] is None
    assert expect["published"] is None and "published_origin" not in expect
    assert expect["dateline"] is None and expect["signoff"] is None


# --------------------------------------------------------------------------- strings the gold quotes


def test_headline_must_be_a_whole_line() -> None:
    text = page().replace(HEADLINE, f"LIVE {HEADLINE}")
    expect, flags = convert(gold(), text)
    assert "headline" not in expect and "whole line" in flags["headline"][0]
    spaced = page().replace(HEADLINE, f"{HEADLINE} ")  # the harness compares with the lines stripped
    expect, flags = convert(gold(headline=f"{HEADLINE} "), spaced)
    assert "headline" not in expect and "whole line" in flags["headline"][0]


def test_a_missing_gold_key_is_flagged_and_left_out() -> None:
    g = gold()
    del g["summary"], g["headline"]
    expect, flags = convert(g, page())
    assert "summary" not in expect and "headline" not in expect
    assert flags["summary"] == ["the gold has no 'summary'"]
    assert flags["headline"] == ["the gold has no 'headline'"]


@pytest.mark.parametrize("key", ["summary", "byline", "signoff"])
def test_a_string_not_in_the_text_is_left_out(key: str) -> None:
    expect, flags = convert(gold(**{key: "Words the article never prints"}), page())
    assert key not in expect and "does not occur" in flags[key][0]


def test_a_summary_of_two_lines_is_kept_as_the_gold_has_it() -> None:
    deck = "The board approved the plan on Tuesday\nTickets go on sale in February"
    expect, flags = convert(gold(summary=deck), page(deck))
    assert expect["summary"] == deck and flags == {}


# --------------------------------------------------------------------------- authors and affiliations


@pytest.mark.parametrize(
    ("byline", "names"),
    [
        ("By Ana Ruiz", ["Ana Ruiz"]),
        ("By ANA RUIZ and TOMAS BELL", ["Ana Ruiz", "Tomas Bell"]),  # names in normal case
        ("Von Jana Weber und Kai Roth", ["Jana Weber", "Kai Roth"]),
        ("Par Léa Morel et Hugo Petit", ["Léa Morel", "Hugo Petit"]),
        ("Por Inés Soto, Pablo Gil y Rosa Vega", ["Inés Soto", "Pablo Gil", "Rosa Vega"]),
        ("Af Mette Lund og Rasmus Dahl", ["Mette Lund", "Rasmus Dahl"]),
        ("Oleh Siti Rahmah", ["Siti Rahmah"]),
        ("By: Jordan Kent", ["Jordan Kent"]),
        ("Ana Ruiz\nTomas Bell", ["Ana Ruiz", "Tomas Bell"]),  # two names on two lines
    ],
)
def test_a_byline_of_names_and_byline_words_gives_no_affiliation(byline: str, names: list[str]) -> None:
    expect, flags = convert(gold(byline=byline, authors=names), page(byline))
    assert flags == {}
    assert expect["authors"] == [{"name": n, "affiliation": None} for n in names]


@pytest.mark.parametrize(
    ("byline", "said"),
    [
        ("By Ana Ruiz, Reuters", "Reuters"),  # an agency: the corpus's affiliation
        ("Ana Ruiz\nStaff Writer", "Staff Writer"),  # a desk title: no affiliation
        ("Ana Ruiz · Valley Courier", "· Valley Courier"),  # the site's own name after a separator
        ("By Ana Ruiz, Tallinn", "Tallinn"),  # a town
        ("Ana Ruiz\nana.ruiz@valleycourier.example", "ana.ruiz@valleycourier.example"),
    ],
)
def test_other_words_in_the_byline_leave_authors_out(byline: str, said: str) -> None:
    expect, flags = convert(gold(byline=byline, authors=["Ana Ruiz"]), page(byline))
    assert "authors" not in expect
    assert repr(said) in flags["authors"][0] and "gold gives names only" in flags["authors"][0]
    assert expect["byline"] == byline  # the byline itself is still checked


def test_no_authors_is_kept_whatever_the_byline_says() -> None:
    expect, flags = convert(gold(byline="From staff reports", authors=[]), page("From staff reports"))
    assert expect["authors"] == [] and flags == {}


def test_authors_without_a_byline_are_left_out() -> None:
    text = page(closing="Ana Ruiz")
    expect, flags = convert(gold(authors=["Ana Ruiz"]), text)
    assert "authors" not in expect and "no byline" in flags["authors"][0]


def test_authors_not_in_the_bylines_order_are_left_out() -> None:
    byline = "By Tomas Bell and Ana Ruiz"
    expect, flags = convert(gold(byline=byline, authors=["Ana Ruiz", "Tomas Bell"]), page(byline))
    assert "authors" not in expect and "not found in order" in flags["authors"][0]


def test_an_author_not_in_the_text_is_left_out() -> None:
    expect, flags = convert(gold(byline="By Ana Ruiz", authors=["Anna Ruiz"]), page("By Ana Ruiz"))
    assert "authors" not in expect and "'Anna Ruiz' does not occur" in flags["authors"][0]


@pytest.mark.parametrize(
    ("byline", "people"),
    [
        ("By Ana Ruiz, Associated Press", [("Ana Ruiz", "Associated Press")]),
        (
            "By ANA RUIZ and TOMAS BELL, Associated Press",
            [("Ana Ruiz", "Associated Press"), ("Tomas Bell", "Associated Press")],
        ),
        ("Colm Byrne\nThe Canadian Press", [("Colm Byrne", "The Canadian Press")]),
        ("Ana Ruiz\nStaff Writer", [("Ana Ruiz", None)]),  # the gold says the title names no organisation
    ],
)
def test_gold_authors_with_affiliations_where_the_corpus_reads_them(
    byline: str, people: list[tuple[str, str | None]]
) -> None:
    authors = [{"name": n, "affiliation": a} for n, a in people]
    expect, flags = convert(gold(byline=byline, authors=authors), page(byline))
    assert flags == {} and expect["authors"] == authors


@pytest.mark.parametrize(
    ("byline", "names", "affiliations", "want"),
    [
        ("By Ana Ruiz, Reuters", ["Ana Ruiz"], ["Reuters"], [("Ana Ruiz", "Reuters")]),
        ("Ana Ruiz\nStaff Writer", ["Ana Ruiz"], [None], [("Ana Ruiz", None)]),
        (
            "By Ana Ruiz and Tomas Bell, Reuters",
            ["Ana Ruiz", "Tomas Bell"],
            {"Tomas Bell": "Reuters", "Ana Ruiz": "Reuters"},
            [("Ana Ruiz", "Reuters"), ("Tomas Bell", "Reuters")],
        ),
        ("Ana Ruiz | Valley Courier", ["Ana Ruiz"], ["Valley Courier"], None),  # the site's own name
        ("By Ana Ruiz, Reuters", ["Ana Ruiz"], ["Reuters", None], None),  # do not pair
        ("By Ana Ruiz, Reuters", ["Ana Ruiz"], {"Anna Ruiz": "Reuters"}, None),
    ],
)
def test_gold_affiliations_beside_the_names(
    byline: str, names: list[str], affiliations: Any, want: list[tuple[str, str | None]] | None
) -> None:
    """The writers' later format: names in `authors`, their `affiliations` beside them."""
    expect, flags = convert(gold(byline=byline, authors=names, affiliations=affiliations), page(byline))
    if want is None:
        assert "authors" not in expect and len(flags["authors"]) == 1
    else:
        assert flags == {} and expect["authors"] == [{"name": n, "affiliation": a} for n, a in want]


@pytest.mark.parametrize(
    "byline", ["Ana Ruiz | Valley Courier", "Ana Ruiz - Valley Courier", "Valley Courier / Ana Ruiz"]
)
def test_gold_affiliations_the_corpus_does_not_read_are_left_out(byline: str) -> None:
    authors = [{"name": "Ana Ruiz", "affiliation": "Valley Courier"}]
    expect, flags = convert(gold(byline=byline, authors=authors), page(byline))
    assert "authors" not in expect and "'Valley Courier'" in flags["authors"][0]


# --------------------------------------------------------------------------- image


def test_image_credit_and_caption_as_the_gold_has_them() -> None:
    caption = "Kaneda Tools' plant in Rayong makes valves for carmakers."
    text = page(f"{caption} Photo: Kaneda Tools")
    expect, flags = convert(gold(image={"caption": caption, "credit": "Kaneda Tools"}), text)
    # the credit's words inside the caption (not at its end) are no reason to doubt it
    assert flags == {} and expect["image"] == {"caption": caption, "credit": "Kaneda Tools", "url": None}


@pytest.mark.parametrize(
    "credit", ["Photo: Lena Ortiz", "(Lena Ortiz)", "© Lena Ortiz", "Foto di Lena Ortiz"]
)
def test_a_credit_with_its_label_or_wrapper_is_left_out(credit: str) -> None:
    caption = "The valley line's terminus at night."
    expect, flags = convert(gold(image={"caption": caption, "credit": credit}), page(f"{caption} {credit}"))
    assert expect["image"] == {"caption": caption, "url": None}
    assert "label or wrapper" in flags["image.credit"][0]


def test_a_caption_holding_its_credit_is_left_out() -> None:
    caption = "The valley line's terminus at night. Lena Ortiz/Valley Courier"
    g = gold(image={"caption": caption, "credit": "Lena Ortiz/Valley Courier"})
    expect, flags = convert(g, page(caption))
    assert expect["image"] == {"credit": "Lena Ortiz/Valley Courier", "url": None}
    assert "holds the credit" in flags["image.caption"][0]


def test_an_image_url_in_the_text_leaves_url_out() -> None:
    caption = "The valley line's terminus at night."
    text = page("https://cdn.valleycourier.example/img/terminus.jpg", f"{caption} (Lena Ortiz)")
    expect, flags = convert(gold(image={"caption": caption, "credit": "Lena Ortiz"}), text)
    assert expect["image"] == {"caption": caption, "credit": "Lena Ortiz"}
    assert "terminus.jpg" in flags["image.url"][0]


def test_an_image_without_caption_key_keeps_the_credit() -> None:
    expect, flags = convert(gold(image={"credit": "Lena Ortiz"}), page("Lena Ortiz"))
    assert expect["image"] == {"credit": "Lena Ortiz", "url": None} and "image.caption" in flags


# --------------------------------------------------------------------------- dateline


@pytest.mark.parametrize(
    ("raw", "place", "agency"),
    [
        ("SPRINGFIELD, Ill. (AP) —", "SPRINGFIELD, Ill.", "AP"),
        ("İZMİR (DHA) -", "İZMİR", "DHA"),
        ("PUNE:", "PUNE", None),
        ("Düsseldorf.", "Düsseldorf", None),
        ("KETTLE FALLS —", "KETTLE FALLS", None),
        ("TOKYO/BANGKOK --", "TOKYO/BANGKOK", None),
        ("Lyon [AFP] –", "Lyon", "AFP"),
    ],
)
def test_a_dateline_without_date(raw: str, place: str, agency: str | None) -> None:
    first = f"{raw} {BODY[0]}"
    text = page(body=[first, *BODY[1:]])
    g = gold(dateline={"place": place, "raw": raw}, first_paragraph_starts=first[:50])
    expect, flags = convert(g, text)
    assert flags == {}
    assert expect["dateline"] == {"place": place, "date": None, "agency": agency}


@pytest.mark.parametrize(
    ("raw", "place", "agency"),
    [
        ("OTTAWA, Dec 1 (Reuters) -", "OTTAWA", "Reuters"),
        ("PORTLAND, Ore., May 12, 2014 /PRNewswire/ --", "PORTLAND, Ore.", "PRNewswire"),
        ("Bishkek, 29 April 2006 (RFE/RL) --", "Bishkek", "RFE/RL"),
        ("WASHINGTON, March 3 -", "WASHINGTON", None),
    ],
)
def test_a_dateline_with_a_date_leaves_the_date_out(raw: str, place: str, agency: str | None) -> None:
    first = f"{raw} {BODY[0]}"
    g = gold(dateline={"place": place, "raw": raw}, first_paragraph_starts=first[:50])
    expect, flags = convert(g, page(body=[first, *BODY[1:]]))
    want = {"place": place} if agency is None else {"place": place, "agency": agency}
    if agency is None:
        assert "no agency's shape" in flags["dateline.agency"][0]
    assert expect["dateline"] == want
    assert "EDTF" in flags["dateline.date"][0]


def test_a_dateline_whose_text_does_not_open_with_the_place() -> None:
    first = f"LONDON (Reuters) - {BODY[0]}"
    g = gold(dateline={"place": "Paris", "raw": "LONDON (Reuters) -"}, first_paragraph_starts=first[:40])
    expect, flags = convert(g, page("Paris", body=[first, *BODY[1:]]))
    assert expect["dateline"] == {"place": "Paris"}
    assert "does not start with the place" in flags["dateline.agency"][0]


@pytest.mark.parametrize(
    ("opening", "place", "agency"),
    [
        ("NAIROBI, Kenya (AP) —", "NAIROBI, Kenya", "AP"),
        ("Jakarta -", "Jakarta", None),
        ("SINGAPORE:", "SINGAPORE", None),
        ("Brno (ČTK) -", "Brno", "ČTK"),
        ("PORTLAND, Ore. /PRNewswire/ --", "PORTLAND, Ore.", "PRNewswire"),
    ],
)
def test_a_dateline_given_as_place_and_agency_opening_the_story_has_no_date(
    opening: str, place: str, agency: str | None
) -> None:
    """The writers' later format gives {place, agency} without the dateline's text: a line opening with
    the place, at most the agency and a dash or colon says the dateline has no date."""
    first = f"{opening} {BODY[0]}"
    g = gold(dateline={"place": place, "agency": agency})
    del g["first_paragraph_starts"]
    expect, flags = convert(g, page(body=[first, *BODY[1:]]))
    assert expect["dateline"] == {"place": place, "date": None, "agency": agency}
    assert flags == {}


@pytest.mark.parametrize(
    ("opening", "place", "agency"),
    [
        ("NAIROBI, Kenya, March 3 (AP) —", "NAIROBI, Kenya", "AP"),
        ("Brno 3. března (ČTK) -", "Brno", "ČTK"),
        ("OTTAWA (Reuters) -", "OTTAWA", None),  # the gold says no agency: the line has one
    ],
)
def test_a_dateline_given_as_place_and_agency_with_more_leaves_the_date_out(
    opening: str, place: str, agency: str | None
) -> None:
    first = f"{opening} {BODY[0]}"
    expect, flags = convert(gold(dateline={"place": place, "agency": agency}), page(body=[first, *BODY[1:]]))
    assert expect["dateline"] == {"place": place, "agency": agency}
    assert list(flags) == ["dateline.date"]


def test_no_dateline() -> None:
    expect, _ = convert(gold(dateline=None), page())
    assert expect["dateline"] is None


# --------------------------------------------------------------------------- published and its origin


@pytest.mark.parametrize(
    "shown",
    [
        "March 3, 2026",
        "3 March 2026 11:47am",  # a time with no zone gives the date only
        "Mar. 3, 2026 3 AM PT",  # PT does not fix the offset
        "5:02 a.m. CT Mar. 3, 2026",
        "Mar 3, 2026, 08:14 IST",
        "03.03.2026 um 17:48 Uhr",
        "03/03/2026 - 15:12",
    ],
)
def test_a_date_without_a_kept_time(shown: str) -> None:
    expect, flags = convert(gold(date="2026-03-03", date_in_text=shown), page(shown))
    assert flags == {}
    assert expect["published"] == "2026-03-03" and expect["published_origin"] == "date-line"


@pytest.mark.parametrize(
    ("shown", "zone"),
    [
        ("Tue 3 Mar 2026 06.00 GMT", "GMT"),
        ("4:12 PM EST, March 3, 2026", "EST"),
        ("3 mar 2026 - 05:40 CET", "CET"),
        ("March 3, 2026 3:47 PM UTC", "UTC"),
        ("Tuesday, 3/3/2026, 10:42 (GMT+7)", "GMT+7"),
    ],
)
def test_a_time_the_corpus_keeps_and_the_gold_drops_leaves_published_out(shown: str, zone: str) -> None:
    expect, flags = convert(gold(date="2026-03-03", date_in_text=shown), page(shown))
    assert "published" not in expect and "published_origin" not in expect
    assert repr(zone) in flags["published"][0]


@pytest.mark.parametrize(
    ("date", "shown", "want"),
    [
        ("2026-03-03T14:05:00+09:00", "March 3, 2026 14:05 JST", "2026-03-03T14:05:00+09:00"),
        ("2026-03-03T06:00:00+00:00", "3 March 2026 06:00 GMT", "2026-03-03T06:00:00Z"),
        ("2026-03-03T10:42+0700", "3/3/2026, 10:42 (GMT+7)", "2026-03-03T10:42:00+07:00"),
        ("2026-03-03T14:05:00+08:00", "2026-03-03 HKT 14:05", "2026-03-03T14:05:00+08:00"),
    ],
)
def test_a_gold_time_with_a_zone_in_the_text_is_kept(date: str, shown: str, want: str) -> None:
    expect, flags = convert(gold(date=date, date_in_text=shown), page(shown))
    assert flags == {} and expect["published"] == want


@pytest.mark.parametrize("shown", ["March 3, 2026 14:05", "Mar. 3, 2026 2:05 PM ET"])
def test_a_gold_time_the_text_gives_no_fixed_zone_for_is_left_out(shown: str) -> None:
    expect, flags = convert(gold(date="2026-03-03T14:05:00-05:00", date_in_text=shown), page(shown))
    assert "published" not in expect and "names no zone" in flags["published"][0]


def test_a_date_without_its_year_in_the_text_is_left_out() -> None:
    expect, flags = convert(gold(date="2026-03-03", date_in_text="March 3"), page("March 3"))
    assert "published" not in expect and "XXXX" in flags["published"][0]


def test_a_date_whose_text_is_missing_or_elsewhere_is_left_out() -> None:
    expect, flags = convert(gold(date="2026-03-03", date_in_text="3 March 2026"), page("March 3, 2026"))
    assert "published" not in expect and "does not occur" in flags["published"][0]
    expect, flags = convert(gold(date="2026-03-03", date_in_text=None), page("March 3, 2026"))
    assert "published" not in expect and "not the text" in flags["published"][0]
    expect, flags = convert(gold(date="3 March 2026", date_in_text="March 3, 2026"), page("March 3, 2026"))
    assert "published" not in expect and "YYYY-MM-DD" in flags["published"][0]


def test_no_date_is_null_with_no_origin() -> None:
    expect, flags = convert(gold(date=None, date_in_text=None), page("2 hours ago"))
    assert expect["published"] is None and "published_origin" not in expect and flags == {}


@pytest.mark.parametrize(
    ("line", "shown"),
    [
        ("Published: 3 March 2026", "3 March 2026"),
        ("Posted Mar 3, 2026", "Mar 3, 2026"),
        ("Publié le 3 mars 2026 à 06h00, modifié le 3 mars 2026 à 10h41", "3 mars 2026 à 06h00"),
        ("Posted at Mar 3 2026 11:48 AM | Updated as of Mar 3 2026 02:10 PM", "Mar 3 2026 11:48 AM"),
        ("Publicerad 3 mars 2026", "3 mars 2026"),
    ],
)
def test_a_published_label_gives_published_line(line: str, shown: str) -> None:
    """The label decides, whatever follows the date on its line (an update)."""
    expect, flags = convert(gold(date="2026-03-03", date_in_text=shown), page(line))
    assert flags == {} and expect["published_origin"] == "published-line"


@pytest.mark.parametrize(
    ("line", "shown", "says"),
    [
        ("Updated: 3 March 2026", "3 March 2026", "has no origin"),
        ("Aktualisiert am 03.03.2026", "03.03.2026", "opens with 'Aktualisiert am'"),
        ("By Ana Ruiz - Mar 3,2026", "Mar 3,2026", "opens with 'By Ana Ruiz -'"),
        ("3 March 2026, The Valley Courier", "3 March 2026", "goes on after the date"),
    ],
)
def test_an_origin_not_decided_here_is_left_out(line: str, shown: str, says: str) -> None:
    expect, flags = convert(gold(date="2026-03-03", date_in_text=shown), page(line))
    assert expect["published"] == "2026-03-03" and "published_origin" not in expect
    assert says in flags["published_origin"][0]


def test_a_date_repeated_in_the_body_still_has_its_date_line() -> None:
    body = [*BODY[:-1], "The board will meet again on 3 March 2026 to set the fares."]
    g = gold(date="2026-03-03", date_in_text="3 March 2026")
    expect, flags = convert(g, page("3 March 2026", body=body))
    assert flags == {} and expect["published_origin"] == "date-line"
    g = gold(date="2026-03-03", date_in_text="3 March 2026", first_paragraph_starts=None)
    expect, flags = convert(g, page("3 March 2026", body=body))
    assert "published_origin" not in expect and "more than once" in flags["published_origin"][0]


def test_a_date_in_the_first_paragraph_has_no_origin_decided() -> None:
    first = f"VALLETTA, 3 March 2026 (Reuters) - {BODY[0]}"
    g = gold(date="2026-03-03", date_in_text="3 March 2026", first_paragraph_starts=first[:50])
    expect, flags = convert(g, page(body=[first, *BODY[1:]]))
    assert expect["published"] == "2026-03-03" and "published_origin" not in expect
    assert "in the body" in flags["published_origin"][0]


# --------------------------------------------------------------------------- sections


def test_subheads_below_the_first_paragraph_follow_a_section_without_heading() -> None:
    body = [BODY[0], BODY[1], "Who pays?", BODY[2], BODY[3], "What the unions want", BODY[4]]
    expect, flags = convert(gold(subheads=["Who pays?", "What the unions want"]), page(body=body))
    assert flags == {} and expect["section_headings"] == [None, "Who pays?", "What the unions want"]


def test_a_subhead_over_the_first_paragraph_heads_the_first_section() -> None:
    body = ["The plan", *BODY[:3], "The cost", *BODY[3:]]
    expect, flags = convert(gold(subheads=["The plan", "The cost"]), page(body=body))
    assert flags == {} and expect["section_headings"] == ["The plan", "The cost"]


def test_a_subhead_also_in_a_box_above_the_body_is_not_known_first() -> None:
    body = [BODY[0], "Who pays?", *BODY[1:]]
    expect, flags = convert(gold(subheads=["Who pays?"]), page("Who pays?", body=body))
    assert "section_headings" not in expect and "above and below" in flags["section_headings"][0]


@pytest.mark.parametrize(
    ("subheads", "says"),
    [
        (["Who pays"], "not a whole line"),  # the line is "Who pays?"
        (["What the unions want", "Who pays?"], "does not follow"),
    ],
)
def test_subheads_not_found_as_lines_in_order_are_left_out(subheads: list[str], says: str) -> None:
    body = [BODY[0], "Who pays?", BODY[1], "What the unions want", *BODY[2:]]
    expect, flags = convert(gold(subheads=subheads), page(body=body))
    assert "section_headings" not in expect and says in flags["section_headings"][0]


def test_subheads_without_the_first_paragraphs_start_are_left_out() -> None:
    body = [BODY[0], "Who pays?", *BODY[1:]]
    g = gold(subheads=["Who pays?"])
    del g["first_paragraph_starts"]
    expect, flags = convert(g, page(body=body))
    assert "section_headings" not in expect and "not known" in flags["section_headings"][0]
    # with no subheads at all the one section has no heading, wherever the body starts
    g = gold()
    del g["first_paragraph_starts"]
    assert convert(g, page())[0]["section_headings"] == [None]


# --------------------------------------------------------------------------- counts, language, the article


@pytest.mark.parametrize("count", [-1, "5", None, True])
def test_a_paragraph_count_that_is_no_count_is_left_out(count: Any) -> None:
    expect, flags = convert(gold(n_paragraphs=count), page())
    assert "paragraph_count" not in expect and "paragraph_count" in flags


@pytest.mark.parametrize(("tag", "want"), [("en", "en"), ("sw", "sw"), ("nb", "nb"), ("pt-BR", "pt")])
def test_language(tag: str, want: str) -> None:
    expect, flags = convert(gold(language=tag), page())
    assert expect["language"] == want
    assert (flags == {}) == (tag == want)
    if tag != want:
        _, raised = g2e.convert("art", gold(language=tag), page())
        assert [(f.key, f.action) for f in raised] == [("language", "changed")]


def test_a_language_that_is_no_tag_is_left_out() -> None:
    expect, flags = convert(gold(language="Portuguese (Brazil)"), page())
    assert "language" not in expect and "BCP 47" in flags["language"][0]


def test_an_article_outside_the_corpus_limits_is_kept_and_flagged() -> None:
    short = page(body=BODY[:1])
    expect, flags = convert(gold(n_paragraphs=1), short)
    assert expect["paragraph_count"] == 1
    assert "outside the corpus's 80-600" in flags["article"][0]
    expect, flags = convert(gold(), page().replace("\n", "\r\n"))
    assert "CR line endings" in flags["article"][0]


# --------------------------------------------------------------------------- the command


def _write(folder: Path, name: str, text: bytes, g: dict[str, Any]) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"{name}.txt").write_bytes(text)
    (folder / f"{name}.gold.json").write_text(json.dumps(g), encoding="utf-8")


def test_cli_writes_expectations_and_copies_articles_byte_for_byte(tmp_path: Path, capsys: Any) -> None:
    src = tmp_path / "round"
    good = page("By Ana Ruiz", "March 3, 2026").encode()[:-1] + b"  "  # no final newline, trailing spaces
    _write(src / "wa", "wa-plain", good, gold(byline="By Ana Ruiz", authors=["Ana Ruiz"]))
    flagged = page("By Ana Ruiz, Reuters").encode()
    _write(src / "wb", "wb-agency", flagged, gold(byline="By Ana Ruiz, Reuters", authors=["Ana Ruiz"]))
    out, flags_file = tmp_path / "stage", tmp_path / "flags.json"
    assert g2e.main([str(src), "--out", str(out), "--flags", str(flags_file)]) == 0
    printed = capsys.readouterr().out
    assert "wb-agency: authors left out: the byline also says 'Reuters'" in printed
    assert "2 articles written" in printed and "1 flags on 1 articles" in printed
    assert (out / "wa-plain.txt").read_bytes() == good and (out / "wb-agency.txt").read_bytes() == flagged
    written = json.loads((out / "wa-plain.expect.json").read_text(encoding="utf-8"))
    assert written["authors"] == [{"name": "Ana Ruiz", "affiliation": None}]
    assert "authors" not in json.loads((out / "wb-agency.expect.json").read_text(encoding="utf-8"))
    recorded = json.loads(flags_file.read_text(encoding="utf-8"))
    assert list(recorded) == ["wb-agency"]
    assert [(f["key"], f["action"]) for f in recorded["wb-agency"]] == [("authors", "left out")]
    assert "'Reuters'" in recorded["wb-agency"][0]["reason"]


def test_cli_only_and_its_errors(tmp_path: Path, capsys: Any) -> None:
    src_a, src_b, out = tmp_path / "a", tmp_path / "b", tmp_path / "out"
    _write(src_a, "one", page().encode(), gold())
    _write(src_a, "two", page().encode(), gold())
    assert g2e.main([str(src_a), "--out", str(out), "--only", "two"]) == 0
    assert sorted(p.name for p in out.iterdir()) == ["two.expect.json", "two.txt"]
    assert g2e.main([str(src_a), "--out", str(out), "--only", "three"]) == 2
    assert "no gold for three" in capsys.readouterr().err
    assert g2e.main([str(tmp_path / "nowhere"), "--out", str(out)]) == 2
    _write(src_b, "one", page().encode(), gold())
    with pytest.raises(SystemExit, match="one is in"):
        g2e.main([str(src_a), str(src_b), "--out", str(out)])


def test_the_converter_never_imports_the_reader(tmp_path: Path) -> None:
    src = tmp_path / "src"
    _write(src, "one", page().encode(), gold())
    converter = ROOT / "bench" / "heldout" / "gold_to_expect.py"
    script = (
        "import runpy, sys\n"
        f"sys.argv = ['gold_to_expect.py', {str(src)!r}, '--out', {str(tmp_path / 'out')!r}]\n"
        "try:\n"
        f"    runpy.run_path({str(converter)!r}, run_name='__main__')\n"
        "except SystemExit:\n"
        "    pass\n"
        "print(sorted(m for m in sys.modules if m.startswith('archivist')))\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    assert done.stdout.strip().splitlines()[-1] == "[]"


# --------------------------------------------------------------------------- choose.py


@pytest.mark.parametrize(
    ("failure", "key"),
    [
        ("headline: got 'A', expected 'B'", "headline"),
        ("image.credit: got None, expected 'X'", "image.credit"),
        ("paragraph count: got 9, expected 8", "paragraph_count"),
        ("section headings: got [None], expected []", "section_headings"),
        ("published.origin: got None, expected 'date-line'", "published_origin"),
        ("published.updated: got None, expected '2026-03-03'", "updated"),
        ("paragraphs[2]: starts 'x', expected 'y'", "paragraphs_start"),
        ("paragraphs: got 3 (['a']), expected 4", "paragraphs_start"),
        ("quotes[0].speaker: got None, expected 'Ana Ruiz'", "quotes"),
        ("related[1].heading: got None, expected 'Read more'", "related"),
        ("related text 'x' is in the body", "related"),
        ("evidence.byline: got 'a', expected 'b'", "evidence.byline"),
    ],
)
def test_choose_names_the_key_of_each_failure(failure: str, key: str) -> None:
    assert choose.failure_key(failure) == key


def test_choose_passes_and_fails_staged_articles(tmp_path: Path, capsys: Any) -> None:
    text = page("By Ana Ruiz", "March 3, 2026")
    right = {
        "headline": HEADLINE,
        "byline": "By Ana Ruiz",
        "authors": [{"name": "Ana Ruiz", "affiliation": None}],
        "published": "2026-03-03",
        "paragraph_count": 5,
    }
    wrong = {**right, "headline": "Night trains return", "paragraph_count": 4}
    for name, expect in (("right", right), ("wrong", wrong)):
        (tmp_path / f"{name}.txt").write_text(text, encoding="utf-8")
        (tmp_path / f"{name}.expect.json").write_text(json.dumps(expect), encoding="utf-8")
    (tmp_path / "short.txt").write_text(page(body=BODY[:1]), encoding="utf-8")
    (tmp_path / "short.expect.json").write_text(json.dumps({"paragraph_count": 1}), encoding="utf-8")
    report = tmp_path / "report.json"
    assert choose.main([str(tmp_path), "--json", str(report)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert "PASS right" in lines
    assert "FAIL wrong  keys: corpus, headline, paragraph_count" in lines
    assert "FAIL short  keys: corpus" in lines
    assert lines[-1] == "1 of 3 pass"
    results = json.loads(report.read_text(encoding="utf-8"))
    assert results["passed"] == 1 and results["total"] == 3
    assert results["articles"]["right"] == {"pass": True, "keys": [], "failures": []}
    assert any("words" in f for f in results["articles"]["short"]["failures"])
    assert choose.main([str(tmp_path), "--only", "wrong", "--json", "-"]) == 0
    assert json.loads(capsys.readouterr().out)["articles"]["wrong"]["keys"] == [
        "corpus",
        "headline",
        "paragraph_count",
    ]
    assert choose.main([str(tmp_path), "--only", "nothing"]) == 2
