"""The page's offer of its app, one pattern from one table of languages (``labelwords.APP_OFFERS``,
``furniture.app_offer``): furniture reads it on any line of the page (a sentence reporting someone's words
left to the story), the foot under the story on a short line of its own (``bodyshape``)."""

from __future__ import annotations

import pytest

from archivist.parse import bodyshape, furniture
from archivist.parse.furniture import app_offer, is_furniture


def test_the_readers_share_one_rule() -> None:
    assert bodyshape.app_offer is furniture.app_offer


@pytest.mark.parametrize(
    "line",
    [
        "Download the Harbour Herald app for the latest updates.",
        "Download The Harbour Herald News App for Latest City News",
        "DOWNLOAD THE HARBOUR HERALD APP",
        "Get the HarbourHerald.com app.",
        "Install our apps for breaking news alerts",
        "Descargue la aplicación de Noticias del Puerto.",
        "Baixe o aplicativo do Jornal do Porto.",
        "Téléchargez l'application du Journal du Port.",
        "Scarica l'app del Giornale del Porto.",
        "Laden Sie die App des Hafenblatts herunter.",
    ],
)
def test_an_app_offer_in_any_language_is_furniture(line: str) -> None:
    assert app_offer(line)
    assert is_furniture(line)


@pytest.mark.parametrize(
    "line",
    [
        "Download our app. It is free for subscribers.",  # two sentences: a paragraph's
        "Getty Images app",
        "Get ready for the storm season.",  # no app
        "The council said residents could download the parking app.",  # no verb opening it
    ],
)
def test_no_app_offer(line: str) -> None:
    assert not app_offer(line)


def test_an_offer_reported_in_the_story_stays() -> None:
    line = "Download the app before you travel, the transport minister said."
    assert app_offer(line)  # the shape alone; furniture leaves a reported sentence to the story
    assert not is_furniture(line)
