"""The lead picture's credit told by its words in more languages: the picture's label before the credit
(``Pix by``, ``Foto av``, ``Foto por``), a spaced dash for the colon inside the credit's brackets
(``(ဓာတ်ပုံ - ဒေသခံ)``, ``(Foto – Budi Santoso)``), and the words saying who gave the picture, alone as its
credit (``Contributed``, ``Divulgação``, ``Istimewa``), over or after the caption. All articles and lines here
are written for these tests."""

from __future__ import annotations

import pytest

from archivist.parse import parse_text
from archivist.parse.creditwords import STOCK_CREDIT
from parse_helpers import caption_and_credit, lead_image


@pytest.mark.parametrize(
    ("text", "caption", "credit"),
    [
        # English: the press's "Pix" for pictures, with "by" or a colon
        (
            "A potter shapes a bowl at his wheel in Kelaniya. Pix by Ruwan Perera",
            "A potter shapes a bowl at his wheel in Kelaniya.",
            "Ruwan Perera",
        ),
        ("Ferry crossing at dawn. Pix: Jane Doe", "Ferry crossing at dawn.", "Jane Doe"),
        # Norwegian, Danish, Swedish, Spanish, Portuguese: the language's "photo by"
        (
            "Den nye ferja ved kaia i Arendal. Foto av Kari Nordmann",
            "Den nye ferja ved kaia i Arendal.",
            "Kari Nordmann",
        ),
        (
            "Havnen i Aarhus en tidlig morgen. Foto af Mette Jensen",
            "Havnen i Aarhus en tidlig morgen.",
            "Mette Jensen",
        ),
        ("Isen ligger kvar på Mälaren. Foto av Sven Berg", "Isen ligger kvar på Mälaren.", "Sven Berg"),
        (
            "Vecinos protestan frente al ayuntamiento. Foto por Juan Pérez",
            "Vecinos protestan frente al ayuntamiento.",
            "Juan Pérez",
        ),
        (
            "Feira livre no centro de Belém. Foto por Ana Souza",
            "Feira livre no centro de Belém.",
            "Ana Souza",
        ),
    ],
)
def test_the_picture_label_in_more_words(text: str, caption: str, credit: str) -> None:
    assert caption_and_credit(text) == (caption, credit)


@pytest.mark.parametrize(
    ("text", "caption", "credit"),
    [
        # Burmese, Indonesian, Swahili, English: a spaced hyphen or dash after the label, inside brackets
        (
            "ရန်ကုန်မြို့ ဈေးကွက်အတွင်း မီးလောင်နေစဉ် (ဓာတ်ပုံ - ဒေသခံ)",
            "ရန်ကုန်မြို့ ဈေးကွက်အတွင်း မီးလောင်နေစဉ်",
            "ဒေသခံ",
        ),
        (
            "Warga mengantre air bersih di Bekasi (Foto – Budi Santoso)",
            "Warga mengantre air bersih di Bekasi",
            "Budi Santoso",
        ),
        ("Soko la Mwanza alfajiri (Picha - Juma Ally)", "Soko la Mwanza alfajiri", "Juma Ally"),
        (
            "Flooded fields outside Dhaka on Sunday (Photo — Karim Uddin)",
            "Flooded fields outside Dhaka on Sunday",
            "Karim Uddin",
        ),
    ],
)
def test_a_spaced_dash_for_the_colon_inside_the_brackets(text: str, caption: str, credit: str) -> None:
    assert caption_and_credit(text) == (caption, credit)


@pytest.mark.parametrize(
    "text",
    [
        # a dash in prose, no bracket: the caption's own words, no label
        "He took a photo - and then he left without a word.",
        "Das Foto – so sagt die Polizei – zeigt den Täter nicht.",
        # the picture's word in a bracket with no dash after it
        "The market after the fire (photo taken on Sunday)",
        # "photo by" in prose, a sentence
        "Det är ett foto av hennes mor som hänger i köket.",
    ],
)
def test_the_dash_or_the_word_in_prose_is_no_label(text: str) -> None:
    found = caption_and_credit(text)
    assert found is None or found[1] is None


@pytest.mark.parametrize(
    "word", ["Contributed", "SUPPLIED", "Divulgação", "Reprodução", "Istimewa", "Cortesía", "zVg", "Verskaf"]
)
def test_who_gave_the_picture_is_a_credit_alone(word: str) -> None:
    assert STOCK_CREDIT.fullmatch(word)


@pytest.mark.parametrize("word", ["Archive", "Archivo", "Sport", "Contribute", "Supply chain"])
def test_a_menus_word_is_no_giver(word: str) -> None:
    assert not STOCK_CREDIT.fullmatch(word)


def test_a_givers_word_after_the_caption_is_its_credit() -> None:
    text = "Moradores protestam na praça central de Campinas. Divulgação"
    assert caption_and_credit(text) == ("Moradores protestam na praça central de Campinas.", "Divulgação")


_TIGHT_BODY = (
    "The selector said he would fight the summons in court after police ended the dance early on Saturday.\n"
    "Residents said the noise had kept them awake for months and welcomed the decision by the police.\n"
    "A police source said the permit had been issued for a smaller venue and not for the roadway outside.\n"
)


@pytest.mark.parametrize(
    ("byline", "giver", "caption"),
    [
        # English, Jamaican house style: the name and the paper's title, "Contributed" over the caption
        (
            "Jane Roe/Gazette Writer",
            "Contributed",
            "Police officers speak with patrons at the street dance in Portmore, early Saturday.",
        ),
        # Brazilian Portuguese: "Divulgação" ("publicity") over the caption
        ("Ana Souza", "Divulgação", "Moradores durante o protesto na praça central de Campinas."),
        # Indonesian: "Istimewa" ("special", given to the paper)
        ("Budi Santoso", "Istimewa", "Warga mengantre air bersih di Kelurahan Harapan Jaya, Bekasi."),
    ],
)
def test_a_givers_word_set_over_the_caption_under_the_byline(byline: str, giver: str, caption: str) -> None:
    headline = "Sound man vows to fight noise summons after police shut down dance"
    text = f"{headline}\nPublished: Monday | August 5, 2024\n{byline}\n{giver}\n{caption}\n" + _TIGHT_BODY
    article = parse_text(text)
    assert lead_image(text) == (caption, giver)
    assert article.byline is not None and article.byline.text == byline


def test_a_place_under_the_byline_stays_the_bylines() -> None:
    # one capitalised word that is no giver's: where the reporter is based, as before
    text = (
        "Sound man vows to fight noise summons after police shut down dance\n"
        "Published: Monday | August 5, 2024\nBy Jane Roe\nKingston\n" + _TIGHT_BODY
    )
    article = parse_text(text)
    assert article.byline is not None and article.byline.text == "By Jane Roe\nKingston"
