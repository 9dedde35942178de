"""``attribution.SAY_VERB`` is written as a tree of shared beginnings (``words.alternation``), no longer as
its hundred words side by side: it must find exactly what the list found, everywhere (the same places, the
same words), in any case."""

from __future__ import annotations

import re
from pathlib import Path

from archivist.parse import attribution
from archivist.parse.words import alternation

# The pattern as it was written before the tree, each word an alternative in this order.
_LISTED = re.compile(
    r"(?<![\w-])(?:said|says|say|told|tells|added|adds|asked|asks|explained|explains|noted|notes|continued|"
    r"stressed|insisted|argued|argues|warned|warns|declared|replied|answered|wrote|writes|recalled|concluded|"
    r"observed|remarked|announced|stated|states|suggested|acknowledged|admitted|conceded|claimed|claims|"
    r"maintained|emphasi[sz]ed|commented|quipped|joked|lamented|complained|predicted|cautioned|urged|"
    r"pointed out|went on|according to|"
    r"sagte|sagt|erklärte|erklärt|betonte|meinte|fügte hinzu|warnte|kritisierte|so|"
    r"a déclaré|a dit|a confié|a assuré|a expliqué|a affirmé|a souligné|a ajouté|a estimé|a indiqué|"
    r"a-t-(?:il|elle) (?:\w+é)|déclare|selon|"
    r"dijo|afirmó|explicó|señaló|aseguró|añadió|indicó|declaró|según|"
    r"ha detto|ha dichiarato|ha spiegato|ha affermato|ha aggiunto|secondo|"
    r"zei|zegt|aldus|verklaarde|disse|afirmou|declarou|explicou|segundo)(?![\w-])",
    re.IGNORECASE,
)
_ARTICLES = Path(__file__).parent / "articles"


def _found(pattern: re.Pattern[str], text: str) -> list[tuple[int, int]]:
    return [found.span() for found in pattern.finditer(text)]


def test_no_word_is_another_s_beginning_before_a_boundary() -> None:
    # Why the tree's longest-first choice is the list's first: two words matching at one place would need one
    # to open the other, followed there by a character the pattern's close allows (no word one nor "-").
    words = [word.casefold() for word in attribution._SAY_WORDS]
    for short in words:
        for long in words:
            if long != short and long.startswith(short):
                assert re.match(r"[\w-]", long[len(short)]), (short, long)


def test_the_tree_matches_every_word_as_the_list_did() -> None:
    samples = []
    for word in attribution._SAY_WORDS:
        for spelling in (word, word.upper(), word.title(), word.capitalize()):
            samples.extend(
                (
                    f'"We will," {spelling} the minister.',
                    f"{spelling}",
                    f"x{spelling} {spelling}x {spelling}-x -{spelling} {spelling}_ ({spelling}) {spelling}2",
                    f"{spelling}  {spelling}\n{spelling.replace(' ', '  ')} {spelling.replace(' ', chr(10))}",
                )
            )
    samples.append("« Nous partirons », a-t-il déclaré ; « non », a-t-elle tranché. A-T-IL CÉDÉ")
    for text in samples:
        assert _found(attribution.SAY_VERB, text) == _found(_LISTED, text), text


def test_the_tree_matches_the_articles_as_the_list_did() -> None:
    for path in sorted(_ARTICLES.glob("*.txt")):
        text = path.read_text(encoding="utf-8", errors="replace")
        assert _found(attribution.SAY_VERB, text) == _found(_LISTED, text), path.name


def test_one_space_keeps_a_space_one_space() -> None:
    pattern = re.compile(alternation(["went on", "went"], one_space=True))
    assert pattern.fullmatch("went on")
    assert not pattern.fullmatch("went  on")
    assert not pattern.fullmatch("went\non")
    assert re.fullmatch(alternation(["went on"]), "went \n on")  # the default: any white space
