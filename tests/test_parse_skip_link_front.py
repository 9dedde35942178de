"""A whole page copied as text: under its skip link the site's chrome runs down to the headline whatever
its lines' shapes (the station's name, ``Donate``, ``0:00``, the day's date in the masthead, the menu),
and the headline is the first headline-shaped block with the front's order under it (a byline or date
line, perhaps under a standfirst or a bare name). Texts written for the test, with pages where the rule
must leave the order as it was."""

from __future__ import annotations

import pytest

from archivist.parse import parse_text

_BODY = (
    "The first paragraph of the story tells what happened, where and when it happened, in one sentence.\n"
    "The second paragraph goes on with what the officials said about it, and what comes next for them.\n"
    "The third paragraph closes the story with a word from a resident who saw it all from her window.\n"
)


@pytest.mark.parametrize(
    ("chrome", "headline", "front"),
    [
        # a public radio station's page: its name, buttons and player over the section and the headline
        (
            "Skip to main content\nKVRD Valley Public Radio\nDonate\nPlay Live Radio\nNext Up:\n0:00\n"
            "0:00\nAvailable On Air Stations\nHealth\n",
            "County clinic to close its maternity ward, leaving mothers an hour from care",
            "Jane Doe\nPublished March 3, 2025 at 5:14 PM CST\n",
        ),
        # the masthead's date of the day over the menu, the byline and date line under the headline
        (
            "Skip to content\nFriday, June 6, 2025\nHome\nWorld\nBusiness\nSport\nHome » World\nWorld\n",
            "Water cuts of up to ten hours for twelve villages as dams run low",
            "By Jane Doe\nPublished: 05/06/2025 - 09:32\n",
        ),
        # Portuguese: the site's skip link, menu and a standfirst between headline and date line
        (
            "Pular para o conteúdo\nÚltimas\nPolítica\nEconomia\nEsportes\n",
            "Prefeitura anuncia nova linha de ônibus para o bairro do Porto",
            "A linha vai ligar o bairro ao centro em vinte minutos, diz a secretaria de transportes.\n"
            "Maria Souza\n05/06/2025 09:32\n",
        ),
    ],
)
def test_headline_found_under_the_sites_chrome(chrome: str, headline: str, front: str) -> None:
    article = parse_text(chrome + headline + "\n" + front + _BODY)
    assert article.headline is not None and article.headline.text == headline


def test_masthead_date_is_not_the_publication_date() -> None:
    article = parse_text(
        "Skip to content\nFriday, June 6, 2025\nHome\nWorld\nBusiness\nSport\n"
        "Water cuts of up to ten hours for twelve villages as dams run low\n"
        "By Jane Doe\nPublished: 05/06/2025 - 09:32\n" + _BODY
    )
    assert article.published is not None and "2025-06-06" not in str(article.published.to_dict())


def test_headline_printed_again_under_the_caption_keeps_the_caption() -> None:
    headline = "Club's all-weather pitch plan draws four objections from its neighbours"
    article = parse_text(
        "Skip to content\nNews\nSport\nCommunity\nJobs\n"
        f"{headline}\n"
        "Members of the club at the site of the proposed pitch on the Carrick Road. Photo: Jane Doe\n"
        f"{headline}\n"
        "Residents say floodlights until ten at night would turn the valley into a stadium\n"
        "John Roe\nThu 6 Mar 2025 at 11:30\n" + _BODY
    )
    assert article.headline is not None and article.headline.text == headline
    assert article.image is not None and article.image.credit is not None
    assert article.image.credit.text == "Jane Doe"


def test_headline_over_prose_with_no_front_line_is_read_as_before() -> None:
    # a standfirst under the headline, then a byline's label the rule does not know: the page's usual
    # order reads it (the caption printed twice below is never taken for the headline)
    headline = "Ferry workers on the island run vote to strike over pay and rosters"
    article = parse_text(
        "Skip to Content\nNews\nCanada\nLocal News\n"
        f"{headline}\n"
        "Union says crews have gone three years without a contract; operator calls vote a normal step\n"
        "Author of the article:\nJane Doe\nThe Canadian Press\n"
        "Published Dec 01, 2026\n"
        "The ferry leaves the harbour on Aug. 14, 2025. THE CANADIAN PRESS/John Roe\n"
        "The ferry leaves the harbour on Aug. 14, 2025. THE CANADIAN PRESS/John Roe\n" + _BODY
    )
    assert article.headline is not None and article.headline.text == headline


def test_page_without_skip_link_is_untouched() -> None:
    article = parse_text(
        "Council approves new budget for the coming year\n\nBy Jane Doe\n\nMarch 3, 2025\n\n" + _BODY
    )
    assert article.headline is not None
    assert article.headline.text == "Council approves new budget for the coming year"
