"""A related box's label over its headlines, set tight over the story's next subhead: the short line whose
words come back in the paragraph under it (most of its own words, more than any headline of the box shares)
is the story's subhead, not one more link. Articles written here in several languages; a neighbouring
story's headline sharing a word or two with the paragraph stays in the box."""

from __future__ import annotations

import pytest

from archivist.parse import parse_text
from archivist.parse.blocks import split_blocks
from archivist.parse.related import _echoed_subhead

_CASES = {
    "tr": (
        "İlgili Haberler",
        ["Marmara için deprem uyarısı: Hazırlıklar yetersiz", "AFAD'dan okullara yeni genelge"],
        "Tahliye 3 dakikada tamamlandı",
        "İl Afet ve Acil Durum Müdürü Serkan Aydın, tahliyenin ortalama 3 dakikada tamamlandığını söyledi ve "
        "tatbikatın her dönem tekrarlanacağını ekledi.",
    ),
    "cs": (
        "Čtěte také",
        ["Praha chystá tramvaj do Suchdola. Stavba začne v roce 2027"],
        "Lávka stála 480 milionů korun",
        "Stavba začala v létě 2024 a lávka stála přibližně 480 milionů korun. Součástí je i nový chodník "
        "podél nábřeží a osvětlení.",
    ),
    "es": (
        "Lee también",
        ["El Gobierno aprueba un plan de vivienda para jóvenes", "Suben los alquileres en el centro"],
        "Obras del nuevo puente",
        "Las obras del nuevo puente comenzarán en mayo y durarán unos dieciocho meses, según el calendario "
        "presentado por el ayuntamiento.",
    ),
}
_OPENING = (
    "The regional authority presented the plans on Monday at a meeting with residents, who had asked for "
    "the works for years."
)
_SECOND = (
    "Officials said the money had been set aside in this year's budget and that the first contracts would be "
    "signed within weeks."
)


@pytest.mark.parametrize("language", sorted(_CASES))
def test_the_line_echoed_by_the_paragraph_under_a_box_is_a_subhead(language: str) -> None:
    label, headlines, subhead, paragraph = _CASES[language]
    text = "\n".join(
        ["Works to start on the new crossing", _OPENING, _SECOND, label, *headlines, subhead, paragraph]
    )
    article = parse_text(text + "\n")
    headings = [section.heading.text for section in article.sections if section.heading is not None]
    assert headings == [subhead]
    assert [item.text.text for item in article.related if item.text is not None] == ["\n".join(headlines)]


def test_a_neighbouring_storys_headline_stays_in_the_box() -> None:
    # (it shares two words with the paragraph, "tankers" and "residents", not half of its own)
    text = "\n\n".join(
        [
            "ALSO READ",
            "Noida: two held for selling fake filters to housing societies",
            "Gurgaon residents protest as tanker rates double in March",
            '"We have deployed 120 additional tankers and set up a control room. Residents can call the '
            'helpline for emergency supply," a senior official said.',
        ]
    )
    blocks = split_blocks(text)
    assert len(blocks) == 4
    assert not _echoed_subhead(blocks, 1, 2)


def test_a_subhead_under_a_box_is_told_by_its_echo() -> None:
    label, headlines, subhead, paragraph = _CASES["tr"]
    blocks = split_blocks("\n\n".join([label, *headlines, subhead, paragraph]))
    assert _echoed_subhead(blocks, 1, 3)
    assert not _echoed_subhead(blocks, 1, 2)  # a headline of the box, echoed by nothing under it
