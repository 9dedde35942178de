"""Bylines written in scripts without Latin letters: a bare name where a byline stands, a name with the
reporter's title after it (Korean, Chinese), and the near-misses that are no name."""

from __future__ import annotations

import pytest

from archivist.parse import parse_text
from archivist.parse.bylineblock import read_byline_block
from archivist.parse.names import script_name


@pytest.mark.parametrize(
    ("piece", "name"),
    [
        ("Марія Шевченко", "Марія Шевченко"),  # Cyrillic, each word capitalised
        ("Γιώργος Παπαδάκης", "Γιώργος Παπαδάκης"),  # Greek
        ("דנה רוזן-לוי", "דנה רוזן-לוי"),  # Hebrew, a hyphenated surname
        ("ليلى المنصوري", "ليلى المنصوري"),  # Arabic
        ("김민서 기자", "김민서"),  # Korean name + "reporter": the title left out
        ("王志明 記者", "王志明"),
        ("王志明記者", "王志明"),  # the title set tight after the name
        ("Ирина Волкова корреспондент", "Ирина Волкова"),
    ],
)
def test_script_name_reads_the_name(piece: str, name: str) -> None:
    found = script_name(piece)
    assert found is not None
    assert piece[found[0] : found[1]] == name


@pytest.mark.parametrize(
    "piece",
    [
        "Jane Doe",  # Latin: the other readers' business
        "사회",  # a Korean section's name: no reporter's title, no name
        "社会",
        "政治 経済 国際",  # three section names in a row
        "Наука и техника",  # a section label with a word in lower case
        "Новини",  # one word
        "Київ, 5 листопада",  # a place and a date: digits and a comma
        "Він сказав це.",  # a short sentence
        "المنصوري: الخدمة جديدة",  # a colon inside
        "기자",  # the title alone
    ],
)
def test_script_name_negatives(piece: str) -> None:
    assert script_name(piece) is None


def test_two_korean_reporters_on_two_lines() -> None:
    text = "김민서 기자\n정하늘 기자"
    found = read_byline_block(text, 0, len(text), bare_ok=True)
    assert found is not None
    assert [person.name for person in found.byline.authors] == ["김민서", "정하늘"]
    assert found.byline.text.text == text


def test_script_name_needs_the_byline_position() -> None:
    # not bare_ok (no byline's place): a bare name in another script is not read, as a Latin one is not
    text = "Марія Шевченко"
    assert read_byline_block(text, 0, len(text), bare_ok=False) is None


_STORY = """Нічний потяг до Одеси повертається після ремонту колії

{line}
23.09.2025, 14:20

Укрзалізниця відновлює рух нічного потяга до Одеси з понеділка. Квитки вже надійшли у продаж на сайті \
перевізника, повідомили в компанії.

Потяг вирушатиме щодня о дев'ятій вечора і прибуватиме до Одеси вранці наступного дня.
"""


def test_cyrillic_name_over_date_line_is_the_byline() -> None:
    article = parse_text(_STORY.format(line="Марія Шевченко"))
    assert article.byline is not None
    assert article.byline.text == "Марія Шевченко"
    assert [person.name for person in article.authors] == ["Марія Шевченко"]
    assert dict(article.evidence)["byline"].rule == "byline-bare-name"


def test_cyrillic_sentence_over_date_line_is_no_byline() -> None:
    article = parse_text(_STORY.format(line="Потяг знову їздить."))
    assert article.byline is None


# ------------------------------------------ a French byline's "à Place"


def test_name_a_place_is_the_byline_and_the_name() -> None:
    text = "Mathilde Roy à Montréal"
    found = read_byline_block(text, 0, len(text), bare_ok=True)
    assert found is not None
    assert [person.name for person in found.byline.authors] == ["Mathilde Roy"]
    assert found.byline.text.text == text


def test_one_word_a_place_is_no_byline() -> None:
    text = "Retour à Montréal"  # one word before "à": a heading, no name
    assert read_byline_block(text, 0, len(text), bare_ok=True) is None


# ------------------------------------------ the screen reader's byline labels with a comma


@pytest.mark.parametrize(
    ("block", "name"),
    [
        ("Author, Owen Pritchard\nRole, BBC News", "Owen Pritchard"),
        ("Marubuci, Aisha Bello Musa\nAiki, BBC Hausa, Abuja", "Aisha Bello Musa"),
    ],
)
def test_spoken_author_and_role_labels(block: str, name: str) -> None:
    found = read_byline_block(block, 0, len(block), bare_ok=True)
    assert found is not None
    assert [person.name for person in found.byline.authors] == [name]
    assert found.byline.text.text == block  # the role's line is the byline's, as a title line is


def test_spoken_author_label_before_prose_is_no_byline() -> None:
    text = "Author, the bridge was finished in March"
    assert read_byline_block(text, 0, len(text), bare_ok=True) is None


def test_role_label_without_comma_is_no_title() -> None:
    from archivist.parse.bylinestyle import is_title

    assert is_title("Role, BBC News")
    assert not is_title("Roles of the council")


# ------------------------------------------ names in capitals signed under the story


_FOOT_STORY = """Council closes the coast road for six weeks of repairs

The coast road between the harbour and the lighthouse will close on Monday while crews rebuild a wall \
that the winter storms undermined, the council said.

Buses will run on the inland road and the ferry will add two crossings a day until the work is done, \
according to the transport office.

Residents asked for night work to shorten the closure. The council said it would look at the request \
once the first stage of the repairs is finished.

{foot}

More stories
Storm damage closes two beaches for the weekend
"""


@pytest.mark.parametrize(
    ("foot", "names"),
    [
        ("MARTA OSPINA RUIZ\nREDACCIÓN BOGOTÁ", ["Marta Ospina Ruiz"]),
        ("TRẦN MINH - LAN HƯƠNG", ["Trần Minh", "Lan Hương"]),
        ("김민서 기자\n정하늘 기자", ["김민서", "정하늘"]),  # each name with the reporter's title after it
    ],
)
def test_names_in_capitals_under_the_story_are_the_byline(foot: str, names: list[str]) -> None:
    article = parse_text(_FOOT_STORY.format(foot=foot))
    assert article.byline is not None
    assert article.byline.text == foot
    assert [person.name for person in article.authors] == names
    assert dict(article.evidence)["byline"].rule.startswith("byline-")
    assert dict(article.evidence)["byline"].rule.endswith("-under-story")


@pytest.mark.parametrize(
    "foot", ["MORE NEWS FROM THE CITY", "Marta Ospina Ruiz\nRedacción", "김민서\n정하늘"]
)
def test_a_box_heading_in_capitals_under_the_story_is_no_byline(foot: str) -> None:
    article = parse_text(_FOOT_STORY.format(foot=foot))
    assert article.byline is None


# ------------------------------------------ two bare names under a line that is no caption


_TWO_NAMES_PAGE = """Health
Small towns turn to midwives as maternity wards close
March 3, 2026 · 5:00 AM ET
Heard on Evening Report
{names}

When the clinic in Harlow County stopped delivering babies, families began driving an hour to the \
nearest hospital, and some did not make it in time.

"We knew we needed something closer," said Dana Keller, who runs the new birth centre.

The state will decide next spring whether to fund three more centres like it.
"""


def test_two_bare_names_tight_under_a_label_are_two_authors() -> None:
    article = parse_text(_TWO_NAMES_PAGE.format(names="Omar Castillo\nGrace Whitlow"))
    assert [person.name for person in article.authors] == ["Omar Castillo", "Grace Whitlow"]
    assert article.byline is not None
    assert article.byline.text == "Omar Castillo\nGrace Whitlow"


def test_a_credit_under_a_caption_stays_a_credit_without_a_second_name() -> None:
    # one name under the line: no pair of authors, the shape the caption reader took before
    article = parse_text(_TWO_NAMES_PAGE.format(names="Omar Castillo"))
    assert [person.name for person in article.authors] != ["Omar Castillo", "Grace Whitlow"]


def test_a_caption_with_its_stop_keeps_the_name_under_it_as_its_credit() -> None:
    # the line over the names ends with a stop: a caption, whose credit is the first name
    page = _TWO_NAMES_PAGE.replace(
        "Heard on Evening Report", "Midwife Dana Keller checks a patient in Harlow."
    )
    article = parse_text(page.format(names="Omar Castillo\nGrace Whitlow"))
    assert [person.name for person in article.authors] != ["Omar Castillo", "Grace Whitlow"]
