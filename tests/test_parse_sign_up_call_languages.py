"""An offer of the house's news closed by its call to sign up (``Get the latest … news delivered to your
inbox. Sign up here.``) in more of the press's languages: the call's verbs and its "here"/"now" words, and
the news words the offer names (``archivist.parse.furniture``). The story's own sentences telling of a sign-up
are kept."""

from __future__ import annotations

import pytest

from archivist.parse.furniture import is_furniture

OFFERS = [
    "Het laatste nieuws uit Gent in je mailbox. Schrijf je hier in.",
    "Nyheter från Malmö i din inkorg. Prenumerera här.",
    "Pata habari za Mombasa kila siku kwenye barua pepe yako. Jisajili hapa.",
    "Dagens vigtigste nyheder fra Aarhus i din indbakke. Tilmeld dig her.",
    "Päivän tärkeimmät uutiset Tampereelta sähköpostiisi. Tilaa tästä.",
    "İzmir'den en güncel haberler e-posta kutunuzda. Abone olun.",
    "Cele mai noi știri din Cluj în inboxul tău. Abonează-te acum.",
    "Главные новости Казани каждое утро на почту. Подпишитесь сейчас.",
    "Tin tức Đà Nẵng mới nhất mỗi sáng trong hộp thư của bạn. Đăng ký ngay.",
    "Get the latest Wagga news delivered to your inbox. Sign up here.",
]
SENTENCES = [
    "The bridge opened in 1990. Residents said they would sign up now.",
    "Council news arrived late. The mayor asked residents to register here.",
    "Het nieuws kwam laat. Ze schreef zich hier in.",
    "More than 2,000 people signed up for the new service in its first week.",
]


@pytest.mark.parametrize("line", OFFERS)
def test_offer_then_call(line: str) -> None:
    assert is_furniture(line)


@pytest.mark.parametrize("line", SENTENCES)
def test_story_sentence(line: str) -> None:
    assert not is_furniture(line)
