"""The page's furniture inside and under the story, on pages written here: an advertisement's slot and the
line over it in more languages (Estonian, Croatian, Bulgarian, Thai), a read-also line in more languages
(Estonian ``Loe ka:``, Bulgarian ``Прочетете още:``, a Hebrew site's ``לכתבה הקודמת:``, a Hindi label with its
hyphen set tight), ``MORE NEWS`` over two headlines, the plea for the reader's support and its button, the
prompt for a story or a correction, the newsletter box's lines, the offer of the house's app, the Trust
Project's badge line and the tags' labels of more languages; each with the sentences of a story it must
leave alone."""

from __future__ import annotations

import pytest

from archivist.parse import parse_text
from archivist.parse.furniture import appeal_or_prompt, is_furniture, is_tail_label
from archivist.parse.related import is_related_label
from parse_helpers import FERRY_HEADLINE as _HEADLINE
from parse_helpers import FERRY_STORY as _LONG
from parse_helpers import ferry_page as _page
from parse_helpers import paragraphs_and_headings as _read


@pytest.mark.parametrize(
    "line",
    [
        "Reklaam",
        "Oglas",
        "Članak se nastavlja ispod oglasa",
        "Реклама",
        "โฆษณา",
        "Publicitat",
        "Conforme a los criterios de",
        "Support Us",
        "Independent journalism costs money. Support The Island Courier for the price of a coffee.",
        "Support independent journalism: become a member of the Valley Post today.",
        "Підтримайте Острівну газету — ставайте нашими партнерами.",
        "Imate li važnu priču? Javite se na mail vijesti@otocni-list.hr ili putem WhatsAppa.",
        "Vous avez trouvé une erreur ? Signalez-la.",
        "Spotted a mistake? Let us know.",
        "Please select at least one mailing list.",
        "Get the best updates straight to your inbox:",
        "Download the Island 9 News app for the latest updates.",
    ],
)
def test_the_pages_slots_pleas_and_prompts_are_furniture(line: str) -> None:
    assert is_furniture(line)
    paragraphs, headings = _read(_page(line))
    assert paragraphs == list(_LONG)
    assert headings == [None]


@pytest.mark.parametrize(
    "line",
    [
        "Support for the ferry plan grew among journalists and islanders, the survey found.",
        "Support Labour candidates in the May election, the union told its members.",
        "Why did the crossing take so long? Engineers blame a fault in the port engine.",
        "Have they found the error? Not yet, the operator said on Tuesday.",
        "Did anyone see the story? Write to ferry@example.org, the captain told the crew.",
        "Tue Dec 01 2026 - 06:00",
        "Steun voor het plan groeit op de eilanden.",
        "Download speeds on the island will double next year.",
    ],
)
def test_a_storys_sentence_is_no_plea_or_prompt(line: str) -> None:
    assert not appeal_or_prompt(line)


@pytest.mark.parametrize(
    ("label", "headline"),
    [
        ("Loe ka:", "Saarte praamid said uue sõiduplaani"),
        ("Прочетете още:", "Фериботът до острова спира за зимата"),
        ("לכתבה הקודמת:", "המעבורת לאי תפסיק לפעול בחורף"),
        ("यह भी पढ़ें-", "द्वीप की फेरी सर्दियों में एक बार चलेगी"),
        ("Čítajte aj:", "Kompa na ostrov premáva len raz denne"),
    ],
)
def test_a_read_also_line_in_more_languages_is_a_related_box(label: str, headline: str) -> None:
    line = f"{label} {headline}"
    assert is_related_label(line)
    article = parse_text(_page(line))
    assert [p.text for p in article.paragraphs] == list(_LONG)
    assert [box.text.text for box in article.related if box.text] == [headline]


def test_a_hyphen_after_a_word_is_no_label() -> None:
    # ("Read-only", "Watch - " with a space before the hyphen: no label set tight with its hyphen)
    assert not is_related_label("Read-only copies of the timetable were posted at the terminal.")
    assert not is_related_label("Watch - the crossing was rough on Monday, the captain said.")


def test_more_news_over_two_headlines_is_a_box_no_subheads() -> None:
    lines = [
        _HEADLINE,
        "By Ann Lee",
        "March 3, 2026",
        "The winter ferry at the quay on Monday. Picture: Tom Hale",
        *_LONG[:3],
        "MORE NEWS",
        "Hail the size of golf balls smashes cars in the harbour town",
        "Thousands without power as storms lash the islands",
        _LONG[3],
        "The crossing will be free for pensioners in January, the operator added.",
    ]
    paragraphs, headings = _read("\n".join(lines) + "\n")
    assert paragraphs == [*_LONG, lines[-1]]
    assert headings == [None]
    # ("More news" opening a sentence is the story's)
    assert not is_related_label("More news came on Tuesday, when the operator cut two more crossings.")


@pytest.mark.parametrize(
    ("label", "tags"),
    [
        ("Tagovi", ["trajekti", "Vis", "Korčula"]),
        ("Märksõnad", ["praam", "Saaremaa"]),
        ("Тагове", ["ферибот", "остров"]),
        ("แท็กที่เกี่ยวข้อง", ["เรือเฟอร์รี่", "เกาะ"]),
    ],
)
def test_the_tags_label_of_more_languages_opens_the_pages_foot(label: str, tags: list[str]) -> None:
    assert is_tail_label(label)
    paragraphs, _ = _read(_page().rstrip("\n") + "\n" + "\n".join([label, *tags, "Komentari (23)"]) + "\n")
    assert paragraphs == list(_LONG)


def test_a_newsletter_box_under_the_story_is_no_paragraph() -> None:
    text = _page() + "\n".join(
        [
            "Sign up to our free newsletters",
            "Get the best updates straight to your inbox:",
            "Please select at least one mailing list.",
            "Comments",
        ]
    )
    paragraphs, _ = _read(text)
    assert paragraphs == list(_LONG)
