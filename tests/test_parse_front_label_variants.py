"""Front lines of classes the reader had learnt from one house each, as other houses print them: the writer's
label of Chinese, Japanese and Korean pages (other labels, separators, several names, the Taiwanese bracket
with its place's report), the label before a writer's address under her name, a second calendar's date after
any mark, and the Indian and Bangladeshi dateline's "date" word with the day alone. Each with lines that must
not be read so. Every line here is written for the test."""

from __future__ import annotations

import pytest

from archivist.parse import parse_text
from archivist.parse.bylineblock import read_byline_block
from archivist.parse.dateline import find_dateline
from parse_helpers import BRIDGE_BODY, BRIDGE_HEADLINE

ZH_BODY = (
    "市議會昨日通過橋樑維修計劃，工程將於明年春天展開，預計需時約一年完成，期間行人仍可使用舊橋。\n\n"
    "議員在會上表示，維修費用較去年的估算高出兩成，政府需要向立法會申請追加撥款。\n"
)


def _authors(line: str) -> list[str] | None:
    found = read_byline_block(line, 0, len(line), bare_ok=True)
    return None if found is None else [person.name for person in found.byline.authors]


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("記者 陳嘉欣", ["陳嘉欣"]),  # the label a space from the name
        ("撰文: 陳嘉欣", ["陳嘉欣"]),  # the ASCII colon
        ("記者：陳嘉欣、黃志強", ["陳嘉欣", "黃志強"]),  # two names, the enumeration comma
        ("文：陳嘉欣\u3000圖：黃志強", ["陳嘉欣"]),  # the photographer after the picture's label: no author
        ("【記者陳嘉欣／台北報導】", ["陳嘉欣"]),  # Taiwan's bracket, the label glued, the place's report
        ("记者 王磊 / 北京报道", ["王磊"]),  # simplified, spaced
        ("文・山田太郎", ["山田太郎"]),  # Japanese, the middle dot
        ("執筆者：山田太郎", ["山田太郎"]),
        ("글·사진 김민수", ["김민수"]),  # Korean "text and pictures"
    ],
)
def test_east_asian_writer_labels(line: str, names: list[str]) -> None:
    assert _authors(line) == names


@pytest.mark.parametrize("line", ["記者會延期", "文化局：本月起開放新展館", "記者陳嘉欣"])
def test_east_asian_lines_that_name_no_writer(line: str) -> None:
    # a headline's "press conference", a label of a sentence, a glued label with no bracket or report
    found = read_byline_block(line, 0, len(line), bare_ok=True)
    assert found is None or found.rule != "byline-east-asian-label"


def test_east_asian_byline_under_the_headline() -> None:
    text = f"市議會通過橋樑維修計劃\n\n【記者陳嘉欣／台北報導】\n\n2025年10月21日\n\n{ZH_BODY}"
    article = parse_text(text)
    assert article.byline is not None and article.byline.text == "【記者陳嘉欣／台北報導】"
    assert [person.name for person in article.authors] == ["陳嘉欣"]


@pytest.mark.parametrize(
    "contact",
    [
        "Email: jane.doe@example.com",
        "E-mail: jane.doe@example.com",
        "Twitter: @janedoe",
        "Correo: jdoe@example.com.mx",
        "電郵：jdoe@example.com.hk",
        "✉ jane.doe@example.com",
    ],
)
def test_a_labelled_address_under_the_name_is_the_bylines(contact: str) -> None:
    text = f"{BRIDGE_HEADLINE}\n\nJane Doe\n{contact}\n\nMarch 12, 2025\n\n{BRIDGE_BODY}"
    article = parse_text(text)
    assert article.byline is not None and article.byline.text == f"Jane Doe\n{contact}"
    assert [person.name for person in article.authors] == ["Jane Doe"]


def test_a_labelled_line_without_an_address_is_no_contact() -> None:
    text = f"{BRIDGE_HEADLINE}\n\nJane Doe\nEmail the newsroom\n\nMarch 12, 2025\n\n{BRIDGE_BODY}"
    article = parse_text(text)
    assert article.byline is None or "Email" not in article.byline.text


@pytest.mark.parametrize(
    ("line", "value"),
    [
        ("Wednesday, May 14, 2025 • 16 Dhul Qadah 1446 AH", "2025-05-14"),  # the Hijri day after a bullet
        ("14 May 2025 / 16 Dhul Qadah 1446", "2025-05-14"),  # after a slash
        ("14 May 2025 · Ginbot 6, 2017 EC", "2025-05-14"),  # the Ethiopian day after a middle dot
        ("বুধবার, ১৪ মে ২০২৫ • ৩১ বৈশাখ ১৪৩২", "2025-05-14"),  # the Bengali calendar's
        ("14 May 2025 / 10:45", "2025-05-14"),  # (a time after the slash: the date line's own)
    ],
)
def test_a_second_calendar_after_any_mark(line: str, value: str) -> None:
    article = parse_text(f"{BRIDGE_HEADLINE}\n\nBy Omar Haddad\n\n{line}\n\n{BRIDGE_BODY}")
    assert article.published is not None and article.published.date.value == value


_HI_TAIL = " शहर से गुजरने वाली नदी से मानसून से पहले लगभग तीन लाख घन मीटर गाद हटाई जाएगी।"


@pytest.mark.parametrize(
    ("opening", "place"),
    [
        ("जयपुर, ता. 18 :" + _HI_TAIL, "जयपुर"),  # Hindi, abbreviated
        ("नई दिल्ली, दिनांक 18 :" + _HI_TAIL, "नई दिल्ली"),  # Hindi, written out, a place of two words
        ("જયપુર, તા. ૧૮ : શહેરમાંથી પસાર થતી નદીમાંથી ચોમાસા પહેલાં કાંપ દૂર કરાશે.", "જયપુર"),  # Gujarati
        ("কলকাতা, তাং ১৮ : শহর থেকে নদীর পলি সরানো হবে বর্ষার আগে কাজ শেষ হবে।", "কলকাতা"),  # Bengali
        ("ਅੰਮ੍ਰਿਤਸਰ, ਮਿਤੀ 18 : ਸ਼ਹਿਰ ਵਿੱਚ ਨਦੀ ਦੀ ਸਫਾਈ ਦਾ ਕੰਮ ਮਾਨਸੂਨ ਤੋਂ ਪਹਿਲਾਂ ਪੂਰਾ ਹੋਵੇਗਾ।", "ਅੰਮ੍ਰਿਤਸਰ"),  # Punjabi
    ],
)
def test_the_date_word_and_day_after_the_place(opening: str, place: str) -> None:
    found = find_dateline(opening, 0, len(opening))
    assert found is not None and found.place is not None and found.place.text == place
    assert found.date is None


def test_a_long_phrase_before_the_date_word_is_no_place() -> None:
    opening = "कर्मचारी संघ के सचिव राम, दिनांक 18 :" + _HI_TAIL
    assert find_dateline(opening, 0, len(opening)) is None
