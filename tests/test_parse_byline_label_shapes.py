"""Bylines whose label or title the reader took for part of a name: Arabic's "wrote" before the name with no
colon, the writer's label of Chinese, Japanese and Korean pages before a name written without spaces, the
Indian languages' "by" set after the name or the desk, a district's correspondent after the name, and a
name with the place it was filed from ("Name, Place"). Each with lines that must not be read so. Every line
here is written for the test."""

from __future__ import annotations

import pytest

from archivist.parse import parse_text
from archivist.parse.bylineblock import read_byline_block
from parse_helpers import BRIDGE_BODY, BRIDGE_HEADLINE


def _authors(line: str) -> list[str] | None:
    found = read_byline_block(line, 0, len(line), bare_ok=True)
    return None if found is None else [person.name for person in found.byline.authors]


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("كتب محمود السيد", ["محمود السيد"]),  # Arabic "wrote", no colon
        ("كتبت نورا حسن", ["نورا حسن"]),  # its feminine
        ("撰文：林美玲", ["林美玲"]),  # Chinese "written by", full-width colon
        ("記者：黃志強", ["黃志強"]),  # Chinese "reporter"
        ("文：佐藤花子", ["佐藤花子"]),  # Japanese "text"
        ("글: 이수진", ["이수진"]),  # Korean "writing"
        ("રમેશ દેસાઈ દ્વારા", ["રમેશ દેસાઈ"]),  # Gujarati, "by" after the name
        ("सुनीता यादव द्वारा", ["सुनीता यादव"]),  # Hindi
        ("અમારા પ્રતિનિધિ દ્વારા", []),  # "by our correspondent": the desk, no one named
        ("हमारे संवाददाता द्वारा", []),
        ("రవి కుమార్, ఖమ్మం ప్రతినిధి", ["రవి కుమార్"]),  # Telugu: the district's correspondent after her
        ("अनिल मेहता, भोपाल संवाददाता", ["अनिल मेहता"]),  # Hindi
        ("Rafiqul Islam Sumon, Khulna", ["Rafiqul Islam Sumon"]),  # a name, then the place it was filed from
        ("Grace Wanjiru, Nakuru", ["Grace Wanjiru"]),
    ],
)
def test_the_label_or_title_is_no_part_of_the_name(line: str, names: list[str]) -> None:
    assert _authors(line) == names


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("Jane Roe, John Doe", ["Jane Roe", "John Doe"]),  # two names, no place
        ("Jane Doe, Reuters", ["Jane Doe"]),  # the agency (its employer)
        ("MWILA CHANDA, Kitwe", ["Mwila Chanda"]),  # in capitals, read by its own rule
    ],
)
def test_other_shapes_after_a_comma_keep_their_reading(line: str, names: list[str]) -> None:
    assert _authors(line) == names


@pytest.mark.parametrize(
    "line",
    [
        "撰文：香港特別行政區政府新聞處",  # a long run of characters: no person's name
        "Lagos, Nigeria",  # a place and its country: no name
    ],
)
def test_no_name_no_author(line: str) -> None:
    assert not _authors(line)


@pytest.mark.parametrize(
    ("byline", "authors"),
    [
        ("كتب محمود السيد", ["محمود السيد"]),
        ("Rafiqul Islam Sumon, Khulna", ["Rafiqul Islam Sumon"]),
        ("撰文：林美玲", ["林美玲"]),
    ],
)
def test_the_byline_under_the_headline(byline: str, authors: list[str]) -> None:
    text = f"{BRIDGE_HEADLINE}\n\n{byline}\n\nMarch 3, 2026\n\n{BRIDGE_BODY}"
    article = parse_text(text)
    assert article.byline is not None and article.byline.text == byline
    assert [person.name for person in article.authors] == authors
