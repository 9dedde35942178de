"""The story's foot in the houses' own conventions: the desk's initials between slashes in any
alphabet (``/ВС/``), joined by a spaced double slash (``ACR // JMR``) or a comma in brackets
(``(sch, mag)``), an Iranian agency's codes in Persian digits, the wire's name in capitals run on after the
last sentence (``-- BERNAMA``), a Chinese editor's credit run on after the last full stop, a sign-off line
set tight under the last sentence (``Toimetaja: Mari Peegel``), where the writers reported from
(``Seshadri reported from Denver.``), a wire's end mark under a related box the page set in the copy, and a
copyright line under the page's offer of its app (the page's, no sign-off). Articles written here, with the
near-misses each rule must leave alone."""

from __future__ import annotations

import pytest

from archivist.parse import parse_text
from archivist.parse.signoff import closing_note, trailing_signoff, whole_block_signoff
from parse_helpers import FERRY_HEADLINE, FERRY_STORY, paragraph_texts, rule


def _page(*foot: str, story: tuple[str, ...] = FERRY_STORY, tight: bool = False) -> str:
    """The ferry story under its headline and date line, then the ``foot`` blocks (each tight under the
    last paragraph, no blank line, when ``tight``)."""
    joiner = "\n" if tight else "\n\n"
    body = "\n\n".join(story)
    return "\n\n".join([FERRY_HEADLINE, "March 3, 2026", body]) + joiner + joiner.join(foot) + "\n"


def _signoff(text: str) -> str | None:
    found = parse_text(text).signoff
    return None if found is None else found.text


# ------------------------------------------------------------------------ initials and codes alone


@pytest.mark.parametrize(
    "mark",
    [
        "/ВС/",  # a Bulgarian wire's editor, in Cyrillic capitals between slashes
        "/ИП/ДК/",  # two of them
        "/JD/",  # in Latin capitals (the rule before)
        "ACR // JMR",  # Lusa: the reporter's and the editor's initials joined by a spaced double slash
        "ВС/ЛН",  # the same in Cyrillic, one slash
        "(sch, mag)",  # a Slovak daily: the initials in brackets, joined by a comma
        "(ap, jš)",  # a Czech one, with a háček
        "۷۲۷۴/۶۱۵۳",  # an Iranian agency's codes of reporter and editor, in Persian digits
        "انتهای پیام",  # ISNA's "end of the message"
        "//انتهى//",  # an Arab agency's "ended" between slashes
    ],
)
def test_a_desks_initials_or_codes_alone_under_the_story_are_the_signoff(mark: str) -> None:
    text = _page(mark)
    assert _signoff(text) == mark
    assert paragraph_texts(text)[-1] == FERRY_STORY[-1]
    assert whole_block_signoff(mark)


@pytest.mark.parametrize(
    "line",
    [
        "(see below, and more)",  # words in brackets, one longer than initials
        "The fare rises to £4 / €5.",  # a sentence holding slashes
        "/weather/",  # a word between slashes, no agency's tag
        "2024/2025",  # Western digits: a season, no Iranian code
        "(in Brussels)",  # a place in brackets
    ],
)
def test_words_in_brackets_or_between_slashes_are_no_signoff(line: str) -> None:
    assert not whole_block_signoff(line)


def test_a_story_ending_in_a_parenthesis_keeps_its_last_sentence() -> None:
    last = "The board will meet again in March (the third meeting this year)."
    text = _page(story=(*FERRY_STORY[:3], last))
    assert _signoff(text) is None
    assert paragraph_texts(text)[-1] == last


# --------------------------------------------------------------------------------- marks run on

_ZH_LAST = (
    "营运商表示，新的冬季时刻表将于下周五公布，届时每天只有一班渡轮往返两岛，"
    "岛民对此表示担忧，希望港务局尽快增加班次。"
)
_ZH_TW_LAST = (
    "營運商表示，新的冬季時刻表將於下週五公布，屆時每天只有一班渡輪往返兩島，"
    "島民對此表示擔憂，希望港務局盡快增加班次。"
)


@pytest.mark.parametrize(
    ("last", "mark"),
    [
        ("The operator will publish the new timetable on Friday. -- BERNAMA", "-- BERNAMA"),
        ("The operator will publish the new timetable on Friday. — NNA", "— NNA"),
        (_ZH_LAST + "（编辑：王小明）", "（编辑：王小明）"),
        (_ZH_TW_LAST + "（編輯：陳怡君）1140709", "（編輯：陳怡君）1140709"),
    ],
)
def test_a_wires_name_or_a_chinese_credit_run_on_after_the_last_sentence(last: str, mark: str) -> None:
    text = _page(story=(*FERRY_STORY[:3], last))
    assert _signoff(text) == mark
    assert paragraph_texts(text)[-1] == last.removesuffix(mark).rstrip()
    assert rule(parse_text(text), "signoff") == "signoff-ending-last-paragraph"


@pytest.mark.parametrize(
    "last",
    [
        "The ferry, the mayor said, is a lifeline. — John Smith",  # a name after a dash: a quotation's source
        "The operator will publish the new timetable on Friday -- NOT BEFORE",  # no stop before the dash
        "他说，（编辑：王小明）的意见也被采纳了。",  # the credit's words inside the sentence
    ],
)
def test_a_dash_or_bracket_inside_or_after_a_sentence_is_no_run_on_mark(last: str) -> None:
    assert trailing_signoff(last, 0, len(last)) is None


# ------------------------------------------------------------------------ lines tight under the story


@pytest.mark.parametrize(
    "mark",
    [
        "Toimetaja: Mari Peegel",  # an Estonian broadcaster's editor line
        "Editor: Jane Doe",
        "(sch, mag)",
        "/ВС/",
    ],
)
def test_a_signoff_line_tight_under_the_last_sentence_is_set_apart(mark: str) -> None:
    text = _page(mark, tight=True)
    assert _signoff(text) == mark
    assert paragraph_texts(text)[-1] == FERRY_STORY[-1]


def test_a_line_wrapped_under_an_unfinished_sentence_stays_theparagraph_texts() -> None:
    last = "The harbour board will review the timetable in March, when the operator's new crew\n(sch, mag)"
    text = _page(story=(*FERRY_STORY[:3], last))
    assert _signoff(text) is None


# ------------------------------------------------------------------------ where the writers reported


@pytest.mark.parametrize(
    "line",
    [
        "Seshadri reported from Denver.",
        "Hollister reported from Kansas City, Missouri.",
        "Price reported from Denver and Obermann from Bismarck, N.D.",
        "Jane Doe and John Roe reported from Kyiv.",
    ],
)
def test_where_the_writers_reported_from_alone_under_the_story_is_the_signoff(line: str) -> None:
    text = _page("___", line)
    assert _signoff(text) == line
    assert paragraph_texts(text)[-1] == FERRY_STORY[-1]
    assert closing_note(line) == "where the writers reported from"


@pytest.mark.parametrize(
    "line",
    [
        "The BBC reported from Kyiv that shelling continued overnight.",  # a sentence goes on
        "Police reported from the scene that nobody was hurt.",
        "Reporters from the local paper reported from Denver on Monday, the agency said.",
    ],
)
def test_a_story_sentence_about_reporting_is_no_signoff(line: str) -> None:
    assert closing_note(line) is None
    text = _page(story=(*FERRY_STORY[:3], line))
    assert _signoff(text) is None
    assert paragraph_texts(text)[-1] == line


# ------------------------------------------------------------------------ a wire's mark under a box


def test_a_wires_end_mark_under_a_related_box_closes_the_story() -> None:
    text = _page("Más en Andina:", "Exportaciones pesqueras crecieron 18 % en enero", "(FIN) JRC/MAO")
    article = parse_text(text)
    assert _signoff(text) == "(FIN) JRC/MAO"
    assert rule(article, "signoff") == "end-mark-under-related-box"
    assert [box.text.text for box in article.related] == ["Exportaciones pesqueras crecieron 18 % en enero"]
    assert paragraph_texts(text)[-1] == FERRY_STORY[-1]


def test_a_headline_under_a_related_box_is_no_end_mark() -> None:
    text = _page("Related stories:", "Bridge repairs to start in spring", "Harbour dues to rise in April")
    assert _signoff(text) is None


# ------------------------------------------------------------------------ the page's copyright


@pytest.mark.parametrize(
    "offer",
    [
        "Download the KWTV 9 News app for the latest updates.",
        "Get the Harbour Herald app for breaking news alerts.",
        "Descarga la app de Noticias del Puerto para recibir las últimas noticias.",
    ],
)
def test_a_copyright_line_under_the_pages_app_offer_is_no_signoff(offer: str) -> None:
    text = _page(offer, "Copyright 2026 KWTV. All rights reserved.")
    assert _signoff(text) is None
    assert paragraph_texts(text)[-1] == FERRY_STORY[-1]


def test_a_copyright_line_tight_under_the_last_sentence_is_not_set_apart() -> None:
    # (tight under the story it may be the page's, under its offers: the rule leaves it where it was)
    text = _page("Download the KWTV 9 News app.", "Copyright 2026 KWTV. All rights reserved.", tight=True)
    assert _signoff(text) is None


def test_a_copyright_line_right_under_the_story_is_no_signoff_either() -> None:
    # (the writers' convention, now the corpus's too: a station's copyright under the story is the page's)
    text = _page("Copyright 2026 KWTV. All rights reserved.")
    assert _signoff(text) is None
    assert paragraph_texts(text)[-1] == FERRY_STORY[-1]


def test_a_story_sentence_about_an_app_stays_a_paragraph() -> None:
    last = "Passengers can download the operator's new app to buy tickets before they board, the board said."
    text = _page(story=(*FERRY_STORY[:3], last))
    assert paragraph_texts(text)[-1] == last


# ------------------------------------------------------------------------ a release's end word


def test_a_releases_end_word_over_its_date_is_the_signoff() -> None:
    text = _page("Ends/Wednesday, March 4, 2026", "Issued at HKT 18:30", "NNNN", tight=True)
    text = text.replace(FERRY_STORY[-1] + "\nEnds", FERRY_STORY[-1] + "\n\nEnds")
    assert _signoff(text) == "Ends"
    assert paragraph_texts(text)[-1] == FERRY_STORY[-1]


@pytest.mark.parametrize("mark", ["Ends", "ENDS"])
def test_a_releases_end_word_alone_is_the_signoff(mark: str) -> None:
    assert _signoff(_page(mark)) == mark


def test_a_line_opening_with_ends_and_a_slash_but_no_date_is_no_end_word() -> None:
    text = _page("Ends/means", "Related", "Harbour dues to rise in April")
    assert _signoff(text) is None
