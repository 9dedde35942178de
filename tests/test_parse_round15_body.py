"""The general rules round 15 added to the body's reading, on lines written here in several house styles, each
with the case it must leave alone: the page's buttons in every language (share, save, listen, a player's
clock, the text-size letters, a network's name, a link announcing a new tab) and its offers (follow us,
newsletter, a summary elsewhere); teaser boxes labelled in every language, a house's "Read more from X:",
a list of headlines in one block, the story's paragraph after the list; captions with an archive label
("File pic:", "[File: …]"), every language's "photo by" ("Picha na"), a credit's label after a semicolon,
a credit set off by a bar, a link run on after the credit; a related list and a byline's role line that are
no caption; sign-offs in lower-case initials, an intern's starred note, a rights notice in the story's
language, a desk's initials with the newsroom, a contributor's note saying where, a print-edition note."""

from __future__ import annotations

import pytest

from archivist.parse import parse_text

_HEADLINE = "Harbour ferry timetable cut for the winter"
_BODY = (
    "The ferry between the two islands will sail once a day from next month, the operator said on Monday.\n\n"
    "The operator blamed a shortage of crew and the rising cost of fuel for the cut to the timetable.\n\n"
    "Islanders said the change would make it harder to reach the hospital on the mainland in winter.\n"
)


def _article(*front: str, body: str = _BODY, closing: str = "") -> str:
    parts = [_HEADLINE, *front, body.rstrip("\n")]
    if closing:
        parts.append(closing)
    return "\n\n".join(parts) + "\n"


def _count(article: object) -> int:
    return len(article.paragraphs)  # type: ignore[attr-defined]


# --------------------------------------------------------------------------- the page's buttons and offers


@pytest.mark.parametrize(
    "furniture",
    [
        "Del artikel",
        "Læs op",
        "Deel artikel:",
        "Compartir en Whatsapp",
        "Copiar enlace",
        "Écouter",
        "Ascolta l'articolo",
        "Bagikan",
        "Share full article",
        "Share Via",
        "Click here to share on social media",
        "share2",
        "whatsapp",
        "X",
        "Bookmark",
        "Listen to this article · 5:48 min Learn more",
        "4 min",
        "00:00 / 03:12",
        "- A A +",
        "A",
        "NEW",
        "___",
        "Our Principles: The House Trust Rules., opens new tab",
        "Follow Harbour News on:",
        "Follow island news on Harbour Radio, Facebook and X.",
        "Get more island news by signing up for our free Morning Tide email newsletter.",
        "Read a summary of this article on BRIEF.",
    ],
)
def test_the_pages_buttons_and_offers_are_no_paragraph(furniture: str) -> None:
    body = _BODY.replace("\n\nIslanders", f"\n\n{furniture}\n\nIslanders")
    article = parse_text(_article("By Ann Lee", "March 3, 2026", body=body))
    assert _count(article) == 3
    assert furniture not in [paragraph.text for paragraph in article.paragraphs]
    assert all(section.heading is None for section in article.sections)


@pytest.mark.parametrize(
    "paragraph",
    [
        "Del Monte said it would keep its cannery on the island open.",
        "Follow the money, the councillor said.",
        "Listen carefully to the crew, the captain told passengers.",
        "Residents said they would sign up for the newsletter the operator promised, but nobody had seen it.",
    ],
)
def test_a_paragraph_opening_with_a_buttons_word_stays(paragraph: str) -> None:
    body = _BODY.replace("\n\nIslanders", f"\n\n{paragraph}\n\nIslanders")
    article = parse_text(_article("By Ann Lee", "March 3, 2026", body=body))
    assert paragraph in [p.text for p in article.paragraphs]
    assert _count(article) == 4


def test_a_duration_set_off_in_a_front_line_leaves_the_line_whole() -> None:
    article = parse_text(_article("By Ann Lee", "ISLANDS | FERRIES | 4 MIN"))
    assert article.image is None
    assert _count(article) == 3


# --------------------------------------------------------------------------- teaser boxes


@pytest.mark.parametrize(
    "box",
    [
        "Read more from Harbour News:\n\nFerry fares to rise in March\n\nWhy are sailings cancelled?",
        "Czytaj więcej\n\nTransport\n\nNowy prom wypłynie w maju. Miasto zapłaci mniej",
        "Baca juga: Kapal Feri Baru Tiba Bulan Depan",
        "TE PUEDE INTERESAR\n\nNuevo horario del ferry por las fiestas\nEl puerto amplía su terminal\n"
        "¿Cuánto cuesta el billete del ferry?",
        "Lire aussi : Le ferry de l'île a transporté 100 000 passagers cet été",
    ],
)
def test_a_teaser_box_in_the_body_is_related_not_paragraphs(box: str) -> None:
    body = _BODY.replace("\n\nIslanders", f"\n\n{box}\n\nIslanders")
    article = parse_text(_article("By Ann Lee", "March 3, 2026", body=body))
    assert _count(article) == 3
    assert len(article.related) == 1
    assert all(section.heading is None for section in article.sections)


def test_the_storys_paragraph_after_a_boxs_headlines_stays_in_the_story() -> None:
    quote = '"We have no choice this winter," the operator said.'
    body = _BODY.replace(
        "\n\nIslanders",
        f"\n\nRead more from Harbour News:\n\nFerry fares to rise\n\nNew pier opens\n\n{quote}\n\nIslanders",
    )
    article = parse_text(_article("By Ann Lee", "March 3, 2026", body=body))
    assert quote in [paragraph.text for paragraph in article.paragraphs]
    assert _count(article) == 4


def test_a_word_opening_like_a_label_is_no_box() -> None:
    paragraph = "Mirador Point will get a new pier next year, the council said."
    body = _BODY.replace("\n\nIslanders", f"\n\n{paragraph}\n\nIslanders")
    article = parse_text(_article("By Ann Lee", "March 3, 2026", body=body))
    assert article.related == ()
    assert _count(article) == 4


def test_the_last_name_of_a_related_topics_list_is_no_byline() -> None:
    closing = "Related topics\nFerries\nHarbour District Council"
    article = parse_text(_article("March 3, 2026", closing=closing))
    assert article.byline is None
    assert _count(article) == 3


# --------------------------------------------------------------------------- captions


@pytest.mark.parametrize(
    ("line", "caption", "credit"),
    [
        ("The ferry at the old pier in 2023. File pic: PA", "The ferry at the old pier in 2023.", "PA"),
        ("A crew member ties up the ferry [File: Jane Roe/Reuters]", "A crew member ties up the ferry",
         "Jane Roe/Reuters"),
        ("Abiria wakisubiri feri katika bandari jana. Picha na Asha Mwinyi",
         "Abiria wakisubiri feri katika bandari jana.", "Asha Mwinyi"),
        ("Illustration only; Source: Harbour Ferries", "Illustration only", "Harbour Ferries"),
        ("Des passagers attendent le ferry sur le quai. | PORT-MATIN",
         "Des passagers attendent le ferry sur le quai.", "PORT-MATIN"),
        ("A ferry leaves the harbour on March 2, 2026. HOUSE/Jane Roe/File Photo Buy Rights, opens new tab",
         "A ferry leaves the harbour on March 2, 2026.", "HOUSE/Jane Roe/File Photo"),
    ],
)  # fmt: skip
def test_caption_credits_in_more_house_styles(line: str, caption: str, credit: str) -> None:
    article = parse_text(_article("By Ann Lee", "March 3, 2026", line))
    assert article.image is not None
    assert article.image.caption is not None and article.image.caption.text == caption
    assert article.image.credit is not None and article.image.credit.text == credit
    assert _count(article) == 3


def test_a_sentence_with_a_bar_after_its_stop_and_words_is_no_caption() -> None:
    line = "Passengers waited for an hour on the pier. | read the full timetable below"
    article = parse_text(_article("By Ann Lee", "March 3, 2026", line))
    credit = article.image.credit if article.image is not None else None
    assert credit is None or "timetable" not in credit.text


def test_a_related_topics_list_over_the_caption_is_no_caption() -> None:
    article = parse_text(
        _article(
            "By Ann Lee",
            "March 3, 2026",
            "Related Topics\nFerries, Island life, Harbour Board",
            "The ferry at the old pier Credit: Jane Roe/PA",
        )
    )
    assert article.image is not None and article.image.credit is not None
    assert article.image.credit.text == "Jane Roe/PA"
    assert article.image.caption is not None and article.image.caption.text == "The ferry at the old pier"


def test_a_name_over_its_role_is_no_caption_over_a_credit() -> None:
    text = _article(
        "Ann Lee\nJournalist\nTom Hale\nJournalist",
        "March 3, 2026",
        "The ferry at the pier on Monday. Nobody was hurt.\nFoto: Tom Hale / Harbour TV",
    )
    article = parse_text(text)
    assert article.image is not None and article.image.caption is not None
    assert article.image.caption.text == "The ferry at the pier on Monday. Nobody was hurt."
    assert article.image.credit is not None and article.image.credit.text == "Tom Hale / Harbour TV"


def test_a_caption_with_a_credits_label_is_no_part_of_the_byline_above() -> None:
    article = parse_text(_article("March 3, 2026\nby Ann Lee", "Illustration only; Source: Harbour Ferries"))
    assert article.byline is not None and article.byline.text == "by Ann Lee"
    assert article.image is not None and article.image.credit is not None
    assert article.image.credit.text == "Harbour Ferries"


# --------------------------------------------------------------------------- sign-offs


@pytest.mark.parametrize(
    "closing",
    [
        "kol mha",
        "(fas/imk)",
        "—VBL, Harbour Integrated News",
        # (the rights notices "© RIPRODUZIONE RISERVATA", "Alle Rechte vorbehalten." are the page's:
        # test_parse_rights_notice)
        "*Estagiária sob supervisão de Ana Lima",
        "Tom Hale contributed reporting from Wellington.",
        "Lee reported from Nelson. Harbour Press writer Tom Hale in Picton contributed to this report.",
        "A version of this article appears in print on March 4, 2026, Section B, Page 3 of the Island "
        "edition with the headline: Ferry Timetable Cut.",
    ],
)
def test_notes_under_the_story_are_the_signoff(closing: str) -> None:
    article = parse_text(_article("By Ann Lee", "March 3, 2026", closing=closing))
    assert article.signoff is not None and article.signoff.text == closing
    assert _count(article) == 3


def test_a_rule_over_a_contributors_note_is_left_out_of_the_signoff() -> None:
    note = "Lee reported from Nelson. Harbour Press writer Tom Hale contributed to this report."
    article = parse_text(_article("By Ann Lee", "March 3, 2026", closing="___\n\n" + note))
    assert article.signoff is not None and article.signoff.text == note
    assert _count(article) == 3


@pytest.mark.parametrize(
    "closing",
    [
        "All rights reserved, the operator said in a statement on its website.",
        "* The timetable is published on the harbour board's website every Friday.",
        "Tom Hale reported the fault to the harbour master before the ferry left the pier.",
        "and so it goes on, an islander said with a shrug as the ferry left without him.",
    ],
)
def test_a_last_paragraph_shaped_like_a_note_stays_in_the_story(closing: str) -> None:
    article = parse_text(_article("By Ann Lee", "March 3, 2026", closing=closing))
    assert article.signoff is None
    assert article.paragraphs[-1].text == closing
    assert _count(article) == 4


def test_a_label_on_its_blocks_first_line_over_its_list_is_a_box() -> None:
    box = "Related coverage\nFerry fares to rise in March\nNew pier opens in Picton"
    body = _BODY.replace("\n\nIslanders", f"\n\n{box}\n\nIslanders")
    article = parse_text(_article("By Ann Lee", "March 3, 2026", body=body))
    assert len(article.related) == 1
    assert _count(article) == 3


def test_a_label_word_opening_a_blocks_sentence_is_no_box() -> None:
    block = "Watch the skies, the forecaster said\nRain is due on Friday"
    body = _BODY.replace("\n\nIslanders", f"\n\n{block}\n\nIslanders")
    article = parse_text(_article("By Ann Lee", "March 3, 2026", body=body))
    assert article.related == ()
