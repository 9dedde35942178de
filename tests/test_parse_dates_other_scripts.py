"""Round 20 (dates): date lines and datelines in other scripts and house styles, read by shape and CLDR's
names; each with near-misses that must not be read so. Every line and article here is written for the test."""

from __future__ import annotations

import pytest

from archivist.parse import parse_text
from archivist.parse.blocks import split_blocks
from archivist.parse.dateblock import read_date_block
from archivist.parse.dates import full_date
from archivist.parse.frontmeta import _date_under_labelled_line
from archivist.parse.structure import Layout


def _dates(line: str) -> list[str] | None:
    block = read_date_block(line, 0, len(line))
    return None if block is None else [date.date.value for date in block.dates]


@pytest.mark.parametrize(
    ("line", "value"),
    [
        ("12 Μαρτίου 2024, 09:05", "2024-03-12"),  # Greek genitive month
        ("3 μαΐου 2024", "2024-05-03"),  # (under IGNORECASE "μ" is also the micro sign, a Latin-1 letter)
        ("Четвер, 7 березня 2024, 18:10", "2024-03-07"),  # Ukrainian weekday and genitive month
        ("3 февраля 2024", "2024-02-03"),  # Russian
        ("18 فبراير 2024", "2024-02-18"),  # Arabic
        ("9 अगस्त 2024, 11:15 AM", "2024-08-09"),  # Hindi
        ("2024年8月9日 7時05分", "2024-08-09"),  # Japanese, the time with its signs
        ("2024년 8월 9일 오후", None),  # Korean's afternoon word is no date line's: read by full_date alone
        ("2024/8/9 07:05", "2024-08-09"),  # Taiwanese numbers without their zeros
    ],
)
def test_dates_in_other_scripts(line: str, value: str | None) -> None:
    if value is None:
        assert full_date(line) is None
        assert full_date("2024년 8월 9일").value == "2024-08-09"  # type: ignore[union-attr]
        return
    assert _dates(line) == [value]


@pytest.mark.parametrize(
    ("line", "values"),
    [
        ("14 أبريل 2024 08:30 مساءً", ["2024-04-14"]),  # the evening's word after the time
        ("14 أبريل 2024 08:30 مساءً\nقراءة 4 دقائق", ["2024-04-14"]),  # the reading time under it
        ("प्रकाशित: 9 अगस्त 2024, 11:15 AM", ["2024-08-09"]),  # a Hindi label
        ("입력 2024.08.09. 07:05\n수정 2024.08.09. 09:40", ["2024-08-09", "2024-08-09"]),  # Korean labels
        ("입력 2024.08.09 (07:05)", ["2024-08-09"]),
        ("פורסם: 09.08.24, 07:05", ["2024-08-09"]),  # Hebrew label, day-first two-digit year
        ("2024/8/9 07:05（8/10 09:40 更新）", ["2024-08-09", "2024-08-10"]),  # the update's month and day
        ("Local News of Friday, 9 August 2024", ["2024-08-09"]),  # a section run on to its date
    ],
)
def test_date_lines_of_other_houses(line: str, values: list[str]) -> None:
    assert _dates(line) == values


@pytest.mark.parametrize(
    "line",
    [
        "입력 24.08.09",  # year first on a Korean page: no day-first reading of the two-digit year
        "09.13.24, 07:05",  # no thirteenth month
        "8/10 09:40",  # a month and day with no year given first on the line
        "Minutes of Friday, 9 August 2024",  # no section's kind of story before "of"
        "Ministry News of the week",  # no date after "of"
    ],
)
def test_near_misses_are_no_date_lines(line: str) -> None:
    assert not _dates(line)


def test_a_japanese_name_run_on_to_the_date_gives_the_date() -> None:
    text = (
        "東西新聞\n社会\n市営バス、運転士不足で3路線を減便\n佐藤花子2024年8月9日 7時05分\n"
        "市交通局は9日、運転士の不足を理由に、市営バスの3路線で運行本数を減らすと発表した。対象は朝夕の便で、"
        "来月から実施する。\n局によると、今年度は運転士の退職が相次ぎ、必要な人数を確保できていないという。\n"
        "利用者からは不安の声が上がっている。\n"
    )
    article = parse_text(text)
    assert article.published is not None
    assert article.published.date.value == "2024-08-09"
    assert dict(article.evidence)["published"].rule == "date-line-after-run-on-name"


def test_a_date_under_a_labelled_line_no_byline_reader_took() -> None:
    # (read_meta's last resort: the byline readers, tried first, did not take the pair)
    text = (
        "By: Marisa Dela Cruz, Jose L. Abad - Correspondents / @dailyharbour\n"
        "Harbour Daily Inquirer / 07:15 AM August 9, 2024"
    )
    layout = Layout()
    assert _date_under_labelled_line(text, split_blocks(text)[0], layout)
    assert [line.date.value for line in layout.dates] == ["2024-08-09"]
    assert layout.evidence["published"].rule == "date-line-under-labelled-line"


@pytest.mark.parametrize(
    "text",
    [
        "Marisa Dela Cruz - Correspondents\nHarbour Daily Inquirer / 07:15 AM August 9, 2024",  # no label
        "By: Marisa Dela Cruz\nThe ferry left at 07:15 AM on August 9, 2024.",  # a sentence, no date line
    ],
)
def test_no_date_under_a_line_that_is_no_labelled_byline_or_over_no_date_line(text: str) -> None:
    assert not _date_under_labelled_line(text, split_blocks(text)[0], Layout())


_RELEASE = (
    "Health officials investigate gastroenteritis cases\n"
    "**************************************************\n\n"
    "     The health department is today (August 9) investigating gastroenteritis cases affecting six "
    "persons who had dinner at a restaurant in Central.\n\n"
    "     All of them are in stable condition. Investigations are continuing.\n\n"
    "     Members of the public are reminded to observe food hygiene.\n\n"
    "{foot}\nIssued at HKT 18:30\n\nNNNN\n"
)


def test_a_release_dated_only_under_its_closing_mark() -> None:
    article = parse_text(_RELEASE.format(foot="Ends/Friday, August 9, 2024"))
    assert article.published is not None
    assert article.published.date.value == "2024-08-09"
    assert dict(article.evidence)["published"].rule == "date-line-after-closing-mark"


def test_no_foot_date_without_the_closing_mark() -> None:
    assert parse_text(_RELEASE.format(foot="Friday, August 9, 2024 was a busy day")).published is None
    assert parse_text(_RELEASE.format(foot="Ends")).published is None
