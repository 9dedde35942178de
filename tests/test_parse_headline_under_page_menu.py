"""The headline of a page copied whole, under its masthead and menu: a menu link of three words of any shape
("Things to do", "Habari za Kitaifa") keeps the menu going; a breadcrumb that cuts the headline short with an
ellipsis is a label; the day's date in the masthead, with the same day in a second calendar after a bar, is a
date line, no headline. Each with a page whose first line is the headline. Every page here is written for
the test."""

from __future__ import annotations

import pytest

from archivist.parse import parse_text

STORY = (
    "The county council approved the new bridge on Tuesday after a debate that lasted most of the afternoon.",
    "Work is due to start in the spring and will take about a year to finish, the county engineer said.",
    "Traders on both banks said the old crossing had been closed to lorries for most of the last two years.",
)


def _page(*lines: str) -> str:
    return "\n".join([*lines, *STORY]) + "\n"


# a Bangladeshi daily's front: the masthead's date in two calendars over its menu, the headline, the byline
_MASTHEAD_DATE_FRONT = (
    "Thursday, March 6, 2025 | Falgun 22, 1431 BS",
    "E-paper",
    "Home",
    "Bangladesh",
    "Business",
    "Sports",
    "Opinion",
    "Country",
    "Council approves new bridge over the Karnaphuli river",
    "Jane Doe, Chattogram",
)


@pytest.mark.parametrize(
    ("page", "headline", "summary"),
    [
        (
            _page(
                "THE VALLEY LEDGER",
                "News",
                "Politics",
                "Business",
                "Things to do",
                "Sport",
                "News",
                "Council approves new bridge over the river after long debate",
                "By Jane Doe",
                "March 3, 2026",
            ),
            "Council approves new bridge over the river after long debate",
            None,
        ),
        (
            _page(
                "MWANGAZA",
                "Habari",
                "Siasa",
                "Biashara",
                "Habari za Kitaifa",
                "Michezo",
                "Habari",
                "Baraza laidhinisha daraja jipya la mto baada ya mjadala mrefu",
                "Na Amina Juma",
                "3 Machi 2026",
            ),
            "Baraza laidhinisha daraja jipya la mto baada ya mjadala mrefu",
            None,
        ),
        (
            _page(
                "Home",
                "News",
                "Region",
                "Sport",
                "Video",
                "Live TV",
                "Home » News » Council approves new bridge over the Tana river after...",
                "News",
                "Council approves new bridge over the Tana river after long debate",
                "Jane Doe, Garissa",
                "March 3, 2026 | 04:32 PM",
            ),
            "Council approves new bridge over the Tana river after long debate",
            None,
        ),
        (
            _page(
                *_MASTHEAD_DATE_FRONT,
                "Published: Thu Mar 6, 2025 12:00 AM",
            ),
            "Council approves new bridge over the Karnaphuli river",
            None,
        ),
    ],
)
def test_the_headline_under_the_menu(page: str, headline: str, summary: str | None) -> None:
    article = parse_text(page)
    assert article.headline is not None and article.headline.text == headline
    assert (article.summary.text if article.summary else None) == summary


def test_the_second_calendar_masthead_gives_way_to_the_published_line() -> None:
    article = parse_text(
        _page(
            *_MASTHEAD_DATE_FRONT,
            "Published: Wed Mar 5, 2025 11:00 PM",
        )
    )
    assert article.published is not None and article.published.date.value == "2025-03-05"
    assert [person.name for person in article.authors] == ["Jane Doe"]


@pytest.mark.parametrize(
    "page",
    [
        # a short headline over its deck: no menu over it
        "Storm hits coast\nForecasters expect the wind to ease by Thursday evening across the region\n"
        + "\n".join(STORY),
        # a crumb cut short that no block under it continues: no label
        _page(
            "Home » News » Mayor resigns after...",
            "Council approves new bridge over the river after long debate",
            "By Jane Doe",
            "March 3, 2026",
        ),
    ],
)
def test_no_menu_no_labels(page: str) -> None:
    article = parse_text(page)
    assert article.headline is not None and article.headline.text == page.split("\n", 1)[0]
