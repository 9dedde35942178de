"""The page's offers and notes set between or under a story's paragraphs, as a copy carries them
(``archivist.parse.furniture``): an offer of the house's news closed by a call to sign up, the sign-up
form's small print, an invitation to follow the house on the networks and what they bring, the desk's note
that the story is still developing, the form's note on the reader's data, the house's acknowledgement of
country, an embed's "Loading..." placeholder and an advertisement's slot in more languages. None is a
paragraph; the story's own sentences saying the like stay."""

from __future__ import annotations

import pytest

from archivist.parse import parse_text
from archivist.parse.furniture import is_furniture
from parse_helpers import FERRY_STORY, ferry_page


@pytest.mark.parametrize(
    "line",
    [
        "Get the latest Wagga news delivered to your inbox. Sign up here.",
        "Toute l'actualité de Lyon chaque matin dans votre boîte. Inscrivez-vous ici.",
        "Las noticias de Cali en tu correo todas las mañanas. Suscríbete aquí.",
        "Die wichtigsten Nachrichten aus Bremen jeden Morgen. Jetzt anmelden.",
        "We use your sign-up to provide content in ways you've consented to and to improve our "
        "understanding of "
        "you. This may include adverts from us and 3rd parties based on our understanding. You can "
        "unsubscribe "
        "at any time. More info",
        "En vous inscrivant, vous acceptez nos conditions générales d'utilisation et notre politique de "
        "confidentialité, et vous pouvez vous désinscrire à tout moment depuis chacun de nos courriels "
        "envoyés.",
        "Follow Record Sport on Facebook and X for all the latest news and reaction.",
        "Follow us on Facebook for the latest news from Negros and Panay.",
        "Síguenos en Facebook y X para las últimas noticias de la región.",
        "This is a developing story. Refresh this page for the latest updates.",
        "This story is developing. Check back for updates.",
        "Noticia en desarrollo.",
        "Notizia in aggiornamento",
        "Dieser Artikel wird laufend aktualisiert.",
        "Your information is being handled in accordance with the ABC Privacy Collection Statement.",
        "Your email address will only be used to send you our newsletter.",
        "ABC acknowledges Aboriginal and Torres Strait Islander peoples as the First Australians and "
        "Traditional "
        "Custodians of the lands where we live, learn, and work.",
        "We acknowledge the Traditional Owners of the land on which we work.",
        "Loading...",
        "Cargando…",
        "Chargement...",
        "LÝSING",
    ],
)
def test_page_note_is_no_paragraph(line: str) -> None:
    assert is_furniture(line)
    article = parse_text(ferry_page(line))
    assert [p.text for s in article.sections for p in s.paragraphs] == list(FERRY_STORY)


@pytest.mark.parametrize(
    "line",
    [
        # the story's own sentences saying the like
        "More details are expected later today, and this story will be updated as they become available.",
        "Police urged residents to follow the force on Facebook for updates on the closures.",
        "The council said residents could sign up for text alerts at the library. Sign-ups close on Friday.",
        "The company said it would acknowledge the union's concerns before the vote next month.",
        "Your letters about the ferry filled our postbag this week, and we print a selection below.",
        "Loading the ferry took longer than usual because of the wind, the captain said.",
    ],
)
def test_story_sentence_stays(line: str) -> None:
    assert not is_furniture(line)
    article = parse_text(ferry_page(line))
    assert line in [p.text for s in article.sections for p in s.paragraphs]
