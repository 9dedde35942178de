"""A short page copied whole with no blank line anywhere, its paragraphs a little shorter than a wrap's
column: a paragraph ending with its stop over the next paragraph's capital is two paragraphs, not one
sentence wrapped, when no line of the page is carried on in lower case (which a wrapped text always shows).
Articles written here in several languages; a wrapped text and an uncased script's page are left alone."""

from __future__ import annotations

import pytest

from archivist.parse import parse_text
from archivist.parse.blocks import split_blocks

_PAGES = {
    "cs": (
        "Praha otevře novou lávku přes Vltavu",
        "Nová lávka pro pěší a cyklisty spojí Holešovice s Karlínem a otevře se v sobotu dopoledne.",
        "Magistrát hlavního města Prahy v sobotu otevře novou lávku přes Vltavu mezi Holešovicemi a Libní.",
        "Podle mluvčího magistrátu ušetří chodci z Holešovic do Karlína až patnáct minut chůze denně.",
        "Stavba začala v létě 2024 a stála přibližně 480 milionů korun. Lávka měří 230 metrů.",
        "Na lávku se vejdou i cyklisté, pro které je vyznačen samostatný pruh po celé délce mostu.",
    ),
    "en": (
        "Council approves new footbridge over the river",
        "Work is due to start in the spring and the bridge should open to walkers by next summer.",
        "The county council has approved plans for a new footbridge over the river between the two villages.",
        "Councillors voted nine to two in favour of the scheme at a meeting on Tuesday evening.",
        "The bridge will cost about £2 million, most of it paid for by a government grant.",
        "Residents have campaigned for a crossing since the old ferry stopped running in 2019.",
    ),
    "pt": (
        "Prefeitura inaugura nova passarela sobre o rio",
        "A estrutura liga os bairros do Centro e da Vila Nova e terá iluminação de LED em toda a extensão.",
        "A Prefeitura inaugurou neste sábado a nova passarela sobre o rio que corta a cidade de norte a sul.",
        "Segundo a secretaria de obras, a travessia vai encurtar em até dez minutos o trajeto dos pedestres.",
        "A obra custou cerca de R$ 6 milhões e foi paga com recursos do governo estadual e do município.",
        "Moradores pediam a passarela desde que a antiga ponte de madeira foi interditada em 2021.",
    ),
}


@pytest.mark.parametrize("language", sorted(_PAGES))
def test_each_line_of_a_short_tight_page_is_a_paragraph(language: str) -> None:
    headline, standfirst, *paragraphs = _PAGES[language]
    text = "\n".join([headline, standfirst, "3 March 2026", *paragraphs]) + "\n"
    article = parse_text(text)
    assert [paragraph.text for paragraph in article.paragraphs] == paragraphs


def test_a_wrapped_text_stays_wrapped() -> None:
    # (no blank line; the headline too long for the wrap; the story wrapped at 72, its sentences carried on
    # in lower case)
    text = (
        "Council approves new footbridge over the river between the two villages "
        "after a campaign of ten years\n"
        "The county council has approved plans for a new footbridge over the river\n"
        "between the two villages. Councillors voted nine to two in favour of the\n"
        "scheme at a meeting on Tuesday evening. Work is due to start in the spring.\n"
    )
    blocks = split_blocks(text)
    assert len(blocks) == 2
    assert blocks[1].text.startswith("The county council") and blocks[1].text.endswith("in the spring.")


def test_an_uncased_scripts_page_is_left_to_the_older_rule() -> None:
    # Hangul opens no line in lower or upper case: no sign either way, the page judged as before
    lines = ["서울시는 다음 달부터 지하철 급행열차를 평일 오전 시간대에 12회 늘린다고 9일 밝혔다. " * 2] + [
        "이에 따라 출근 시간대 급행열차 운행 간격은 현재 6분에서 4분 30초로 줄어든다."
    ] * 3
    assert len(split_blocks("\n".join(lines))) >= 1
