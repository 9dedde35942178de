"""The site's own name signed alone under the story's last sentence (``Vanguard News``, ``SowetanLIVE``,
``Warsan Online, Beledweyne``), the page's furniture under it: the sign-off. A name of words counts when
its first word is named again on the page (the story's "told the Ledger", the copyright line); a brand
written as one word with capitals inside it counts by its shape. Pages written for the test, tight and
spaced, in English, Somali and Portuguese, with lines the rule must leave as the page's furniture."""

from __future__ import annotations

import pytest

from archivist.parse import parse_text
from parse_helpers import ferry_page, rule

_FOOT = ("Related articles", "Ferry fares to rise in spring", "Harbour board meets on Friday")


@pytest.mark.parametrize(
    ("middle", "name", "foot", "tight"),
    [
        # the story names the paper ("told the Ledger"); the related box under the sign-off
        ("A deckhand told the Ledger the crew had not been paid for two months.", "Ledger News", _FOOT, True),
        # a brand of one word, spaced page, the comments prompt under it
        ("", "HarbourLIVE", ("Would you like to comment on this article?", "Register or sign in."), False),
        # the site's name and the newsroom's town (Somali), the story naming the site
        (
            "Faadumo Cali ayaa Warsan u sheegtay in ay habeenkii oo dhan socdeen iyada iyo carruurteeda.",
            "Warsan Online, Beledweyne",
            ("Wararka la xiriira", "Jowhar: Beeraleyda oo ka cabanaya yaraanta biyaha", "Faallo ka bixi"),
            True,
        ),
        # Portuguese: the "Folha" is named in the story
        (
            "A Folha apurou que a travessia ficará suspensa aos domingos durante o inverno.",
            "Folha do Sertão",
            ("Leia também", "Balsa volta a operar no domingo"),
            True,
        ),
    ],
)
def test_site_name_under_story_is_the_signoff(
    middle: str, name: str, foot: tuple[str, ...], tight: bool
) -> None:
    page = ferry_page(*([middle] if middle else []), foot=(name, *foot), tight=tight)
    article = parse_text(page)
    assert article.signoff is not None and article.signoff.text == name
    assert rule(article, "signoff") == "site-name-under-story"
    assert all(name not in paragraph.text for paragraph in article.paragraphs)


@pytest.mark.parametrize(
    "line",
    [
        "Latest News",  # a box's label, named nowhere else on the page
        "Business News",
        "Related articles",
        "Jane Doe",  # a person's name under the story is no site's
        "McLeod",
    ],
)
def test_other_lines_stay_furniture(line: str) -> None:
    article = parse_text(ferry_page(foot=(line, *_FOOT[1:])))
    assert article.signoff is None or article.signoff.text != line
    assert rule(article, "signoff") != "site-name-under-story"


def test_site_name_under_an_unstopped_line_is_not_taken() -> None:
    # under a line ending no sentence (a box's headline), the name is the box's, not the story's sign-off
    page = ferry_page(foot=("Ferry fares to rise in spring", "Ledger News told", "Ledger News", "Comments"))
    article = parse_text(page)
    assert rule(article, "signoff") != "site-name-under-story"
