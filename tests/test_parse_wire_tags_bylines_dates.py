"""The general rules round 20 added to bylines, date lines, datelines, sign-offs and credits of pages not in
East Asian scripts, on articles written here, each with the case it must leave alone: a wire's tag between
slashes (``/ritzau/``), an agency with its desk's credits in brackets (``AGERPRES/(…)``), the Spanish wires'
``(FIN)`` with the desk's initials, an editor's initials in lower case run on after the last sentence
(``/cb``), the page's date line printed again under the sign-off; a credit without ``Copyright`` spelled out
before it or the caption's stop after it; a middle initial after a second name; a name over its title and
the place it is held; a name run on to a numeric date line (``10-03-25, 17:42``); an ambiguous numeric
date read day first by the zone of its time; the Levant's month names (``آذار``) and the Arabic wire's
dateline with its date between place and agency."""

from __future__ import annotations

import pytest

from archivist.parse import parse_text
from archivist.parse.agencies import is_publication
from archivist.parse.bylinestyle import is_title
from archivist.parse.dateblock import read_date_block
from archivist.parse.dateline import find_dateline
from parse_helpers import BRIDGE_BODY, authors, byline_block_names, front

_LAST = "The survey results will be shared with research institutions abroad, the academy said."


def _closed(last: str, *under: str) -> str:
    """The bridge story by Ann Lee, its last paragraph ``last``, then the blocks ``under`` it."""
    body = BRIDGE_BODY + "\n" + last + "\n" + "".join("\n" + block + "\n" for block in under)
    return front("By Ann Lee", "March 3, 2026", body=body)


# --------------------------------------------------------------------------- sign-offs


@pytest.mark.parametrize(
    "mark",
    [
        "/ritzau/",  # a listed agency between slashes, in lower case
        "/Agerpres/",
        "/NTB/",
        "AGERPRES/(AS - autor: Ana Vlad, editor: Dan Pop, editor online: Ion Marin)",
        "Reuters/(jd/mk)",
        "(FIN) ABC/DEF",  # the Spanish wires' end word and the desk's initials
        "(FIN)",
        "भाषा सुरेश अजय",  # PTI's Hindi service with its desk's names
    ],
)
def test_wire_tag_alone_under_the_story_is_the_signoff(mark: str) -> None:
    article = parse_text(_closed(_LAST, mark))
    assert article.signoff is not None and article.signoff.text == mark
    assert article.paragraphs[-1].text == _LAST


@pytest.mark.parametrize(
    "line",
    [
        "/weather/",  # a word between slashes is no agency's tag
        "Harbour Times/(see page 4)",  # a publication, no listed agency
        "Reuters/(The ministry said the plan. It will start)",  # a sentence in the brackets
        "भाषा की पढ़ाई स्कूलों में जारी रहेगी।",  # a sentence opening with the word ("language")
    ],
)
def test_other_lines_alone_under_the_story_are_no_signoff(line: str) -> None:
    article = parse_text(_closed(_LAST, line))
    assert article.signoff is None or article.signoff.text != line


@pytest.mark.parametrize("mark", ["/cb", "/ra", "/dl/atm"])
def test_editor_initials_run_on_after_the_last_sentence_are_the_signoff(mark: str) -> None:
    article = parse_text(_closed(_LAST + " " + mark))
    assert article.signoff is not None and article.signoff.text == mark
    assert article.paragraphs[-1].text == _LAST


@pytest.mark.parametrize(
    "last",
    [
        "The route runs through the old town and/or the harbour, the council said",  # a slash inside
        "Commuters can read the timetable at example.org /en",  # no stop before the slash
    ],
)
def test_slash_words_inside_a_paragraph_are_no_signoff(last: str) -> None:
    article = parse_text(_closed(last))
    assert article.signoff is None


def test_date_line_under_the_signoff_is_left_out_and_the_signoff_read() -> None:
    article = parse_text(_closed(_LAST, "(FIN) ABC/DEF", "Publicado: 14/3/2026"))
    assert article.signoff is not None and article.signoff.text == "(FIN) ABC/DEF"
    assert article.paragraphs[-1].text == _LAST
    assert article.published is not None and article.published.date.value == "2026-03-03"


def test_date_line_under_a_paragraph_is_no_signoff() -> None:
    article = parse_text(_closed(_LAST, "Publicado: 14/3/2026"))
    assert article.signoff is None
    assert article.paragraphs[-1].text == _LAST


# --------------------------------------------------------------------------- credits

_CAPTION = "Workers inspect the damaged pier from a boat"


def _credit(line: str) -> str | None:
    article = parse_text(front("By Ann Lee", "March 3, 2026", line))
    image = article.image
    return image.credit.text if image is not None and image.credit is not None else None


@pytest.mark.parametrize(
    ("line", "credit"),
    [
        (f"{_CAPTION} - Copyright AP Photo/Jane Roe", "AP Photo/Jane Roe"),
        (f"{_CAPTION}. Foto: ANDINA/Difusión.", "ANDINA/Difusión"),
        (f"{_CAPTION}. Photo: Harbour Works Inc.", "Harbour Works Inc."),  # an abbreviation keeps its stop
        (f"{_CAPTION}. Photo: Jane Q.", "Jane Q."),  # an initial keeps it
    ],
)
def test_credit_without_copyright_word_and_closing_stop(line: str, credit: str) -> None:
    assert _credit(line) == credit


# --------------------------------------------------------------------------- bylines and date lines


def test_middle_initial_is_no_outlet_after_the_second_name() -> None:
    article = parse_text(front("By Jane Doe and Mark T. Roe", "March 3, 2026"))
    assert authors(article) == [("Jane Doe", None), ("Mark T. Roe", None)]


def test_run_on_outlet_in_capitals_after_the_name_stays_an_outlet() -> None:
    article = parse_text(front("Por Ana Souza, CNN Brasil", "March 3, 2026"))
    assert [name for name, _ in authors(article)] == ["Ana Souza"]


@pytest.mark.parametrize("title", ["Reporter, Gotland", "Correspondent, Northern Ireland"])
def test_name_over_title_with_its_place_is_the_byline(title: str) -> None:
    assert byline_block_names("Jane Doe\n" + title) == ["Jane Doe"]


@pytest.mark.parametrize(
    "second",
    [
        "Reporter, THE HARBOUR",  # a place in capitals is no place's line after a title
        "Reporter, Staff Writer",  # a second title
    ],
)
def test_title_with_no_place_after_its_comma_is_no_title(second: str) -> None:
    assert not is_title(second)


_DUTCH_BODY = (
    "Het waterschap begint over twee weken met het herstel van een verzakt stuk dijk bij het dorp.\n\n"
    "Volgens de dijkgraaf is er geen direct gevaar voor de inwoners, maar het werk kan niet wachten.\n\n"
    "Tijdens de werkzaamheden is het wandelpad over de dijk afgesloten voor fietsers en wandelaars.\n"
)


def test_name_run_on_to_a_numeric_date_line_is_byline_and_date() -> None:
    text = front(
        "Het waterschap wil niet wachten tot de stormen van volgend najaar en begint nu al.",
        "Anna de Vries 10-03-25, 17:42 Laatste update: 11-03-25, 08:15",
        body=_DUTCH_BODY,
        headline="Waterschap herstelt verzakte dijk maanden eerder",
    )
    article = parse_text(text)
    assert article.byline is not None and article.byline.text == "Anna de Vries"
    assert article.published is not None and article.published.date.value == "2025-03-10"


def test_publication_run_on_to_a_numeric_date_line_names_no_author() -> None:
    text = front(
        "Harbour Times 10-03-25, 17:42",
        body=_DUTCH_BODY,
        headline="Waterschap herstelt verzakte dijk maanden eerder",
    )
    assert not parse_text(text).authors


@pytest.mark.parametrize(
    ("line", "value"),
    [
        ("Published on 11/03/2025 - 16:20 GMT+1", "2025-03-11T16:20:00+01:00"),  # day first in Europe
        ("Published 11/03/2025 16:20 CET", "2025-03-11T16:20:00+01:00"),
        ("Published 11/03/2025 16:20 IST", "2025-03-11"),
    ],
)
def test_zone_after_an_ambiguous_numeric_date_tells_day_first(line: str, value: str) -> None:
    found = read_date_block(line, 0, len(line))
    assert found is not None and found.dates[0].date.value == value


@pytest.mark.parametrize(
    "line",
    ["Published 11/03/2025 4:20 p.m. EST", "Published 11/03/2025 16:20 PHT", "Published 11/03/2025"],
)
def test_zone_of_month_first_regions_or_none_tells_nothing(line: str) -> None:
    found = read_date_block(line, 0, len(line))
    assert found is None or not found.dates or found.dates[0].date.value[4:5] != "-"


@pytest.mark.parametrize(
    ("line", "value"),
    [
        ("السبت 22 آذار 2025", "2025-03-22"),
        ("3 كانون الثاني 2025", "2025-01-03"),
        ("22 مارس 2025", "2025-03-22"),
    ],
)
def test_levantine_month_names_are_read(line: str, value: str) -> None:
    found = read_date_block(line, 0, len(line))
    assert found is not None and found.dates[0].date.value == value


def test_arabic_wire_dateline_with_the_date_between_place_and_agency() -> None:
    paragraph = (
        "إربد 22 آذار (بترا)- أعلنت شركة المياه، اليوم السبت، عن برنامج جديد لتوزيع المياه في المدينة."
    )
    found = find_dateline(paragraph, 0, len(paragraph))
    assert found is not None and found.place is not None and found.agency is not None
    assert (found.place.text, found.agency.text) == ("إربد", "بترا")


# --------------------------------------------------------------------------- the page's author box

_NOTE = "Ann Lee covers transport for the paper."


def test_author_note_under_the_related_box_is_no_signoff() -> None:
    article = parse_text(
        _closed(_LAST, "More from the Ledger\n\nBus lanes to open in May\nWhy the ferry fares went up", _NOTE)
    )
    assert article.signoff is None
    assert article.paragraphs[-1].text == _LAST
    assert all(_NOTE not in paragraph.text for paragraph in article.paragraphs)


def test_author_note_under_the_page_tags_is_no_signoff_nor_what_follows() -> None:
    article = parse_text(_closed(_LAST, "Public transport", "Heatwave", _NOTE, "© 2026 The Ledger"))
    assert article.signoff is None
    assert all(_NOTE not in paragraph.text for paragraph in article.paragraphs)


@pytest.mark.parametrize(
    "last",
    [_LAST, "Le maire a conclu : « Il faut agir maintenant. »", "Will the bridge open on time?"],
)
def test_author_note_right_under_the_story_signs_it_only_with_a_way_to_reach_her(last: str) -> None:
    # with no address the note is the page's box on its author: left out, neither sign-off nor paragraph
    article = parse_text(_closed(last, _NOTE))
    assert article.signoff is None
    assert all(_NOTE not in paragraph.text for paragraph in article.paragraphs)
    reachable = _NOTE + " Reach her at ann.lee@example.com."
    article = parse_text(_closed(last, reachable))
    assert article.signoff is not None and article.signoff.text == reachable


# --------------------------------------------------------------------------- mastheads named noun first


@pytest.mark.parametrize(
    "name", ["Diário do Vale Paulista", "Gazeta do Povo", "Corriere della Sera", "Diario de Sevilla"]
)
def test_masthead_opening_with_its_noun_is_a_publication(name: str) -> None:
    assert is_publication(name)


@pytest.mark.parametrize("name", ["Maria da Silva", "Folha", "Diário de bordo", "Jornal"])
def test_names_and_lone_nouns_are_no_masthead(name: str) -> None:
    assert not is_publication(name)


def test_byline_with_a_masthead_opening_with_its_noun_and_a_place() -> None:
    article = parse_text(front("Por Ana Souza, Diário do Vale Paulista — Campinas", "March 3, 2026"))
    assert authors(article) == [("Ana Souza", "Diário do Vale Paulista")]
