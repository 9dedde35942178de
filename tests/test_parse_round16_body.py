"""The general rules round 16 added to the body's reading, on lines written here in several house styles, each
with the case it must leave alone: more of the page's buttons in every language (comments, read later, the
subscribers' badge, the text size, follow us), the page's link to its policies and a release's number."""

from __future__ import annotations

import pytest

from archivist.parse import parse_text

_HEADLINE = "Harbour ferry timetable cut for the winter"
_BODY = (
    "The ferry between the two islands will sail once a day from next month, the operator said on Monday.\n\n"
    "The operator blamed a shortage of crew and the rising cost of fuel for the cut to the timetable.\n\n"
    "Islanders said the change would make it harder to reach the hospital on the mainland in winter.\n"
)

_MORE = "The council said it would ask the government for money to keep a second sailing in the summer."
# Paragraphs enough that a caption under them is the body's, past where the front is searched.
_LONG_BODY = _BODY + "".join(
    f"\nThe ferry's {count} crew members will work on other boats in the winter.\n" for count in (4, 5, 6)
)


def _article(*front: str, body: str = _BODY, closing: str = "") -> str:
    parts = [_HEADLINE, *front, body.rstrip("\n")]
    if closing:
        parts.append(closing)
    return "\n\n".join(parts) + "\n"


def _texts(article: object) -> list[str]:
    return [paragraph.text for paragraph in article.paragraphs]  # type: ignore[attr-defined]


# --------------------------------------------------------------------------- the page's buttons


@pytest.mark.parametrize(
    "furniture",
    [
        "Leave your comment",
        "For Subscribers",
        "Text Size",
        "AA",
        "Follow us",
        "Advertise with us",
        "Lire plus tard",
        "Article réservé aux abonnés",
        "Réutiliser ce contenu",
        "Ir a los comentarios",
        "Visitar sitio",
        "Später lesen",
        "Leggi più tardi",
        "Kommentarer",
        "Tulis komentar",
        "Bình luận",
        "Our Standards: The Harbour Trust Principles.",
        "Comunicado No. 87/26",
        "Press release No. 45",
    ],
)
def test_more_of_the_pages_buttons_are_no_paragraph(furniture: str) -> None:
    body = _BODY.replace("\n\nIslanders", f"\n\n{furniture}\n\nIslanders")
    article = parse_text(_article("By Ann Lee", "March 3, 2026", body=body))
    assert len(_texts(article)) == 3
    assert furniture not in _texts(article)
    assert all(section.heading is None for section in article.sections)


@pytest.mark.parametrize(
    "furniture", ["For Subscribers", "Text Size", "Leave your comment", "Comunicado No. 87/26"]
)
def test_a_button_between_the_front_and_the_caption_is_no_credit(furniture: str) -> None:
    caption = "The ferry at the old pier. (Jane Roe/Harbour Photos)"
    article = parse_text(_article("By Ann Lee", "March 3, 2026", furniture, caption))
    assert article.image is not None and article.image.credit is not None
    assert article.image.credit.text == "Jane Roe/Harbour Photos"
    assert len(_texts(article)) == 3


@pytest.mark.parametrize(
    "paragraph",
    [
        "Comments from the harbour master were not available on Monday.",
        "Follow us to the pier, the ferry's captain told the reporters on board.",
        "Our standards have not slipped, the operator said: the crew is as large as ever.",
        "The press release No. 45 said the timetable would change in March.",
    ],
)
def test_a_paragraph_opening_with_a_buttons_words_stays(paragraph: str) -> None:
    body = _BODY.replace("\n\nIslanders", f"\n\n{paragraph}\n\nIslanders")
    article = parse_text(_article("By Ann Lee", "March 3, 2026", body=body))
    assert paragraph in _texts(article)
    assert len(_texts(article)) == 4


# --------------------------------------------------------------------------- sign-offs


@pytest.mark.parametrize("closing", ["AAP", "Reuters", "(kbr)", "(ap)", "--oo0oo--", "-oOo-", "~ooo~"])
def test_a_lone_mark_under_the_story_is_the_signoff(closing: str) -> None:
    article = parse_text(_article("By Ann Lee", "March 3, 2026", closing=closing))
    assert article.signoff is not None and article.signoff.text == closing
    assert len(_texts(article)) == 3


@pytest.mark.parametrize("closing", ["Ferries", "(sic) the captain said.", "ooo", "Oslo"])
def test_a_word_under_the_story_is_no_signoff(closing: str) -> None:
    article = parse_text(_article("By Ann Lee", "March 3, 2026", closing=closing))
    assert article.signoff is None


def test_agency_initials_after_the_last_stop_are_the_signoff_and_the_paragraph_stays() -> None:
    body = _BODY.rstrip("\n") + " (HNA)\n"
    article = parse_text(_article("By Ann Lee", "March 3, 2026", body=body))
    assert article.signoff is not None and article.signoff.text == "(HNA)"
    assert _texts(article)[-1].endswith("in winter.")
    assert len(_texts(article)) == 3


def test_initials_inside_the_last_sentence_are_no_signoff() -> None:
    body = _BODY.rstrip("\n").replace("in winter.", "in winter, said the Harbour Nursing Association (HNA).")
    article = parse_text(_article("By Ann Lee", "March 3, 2026", body=body))
    assert article.signoff is None


@pytest.mark.parametrize(
    "box",
    [
        "Mehr zum Thema\nNeue Fähre: Reederei testet Nachtfahrten",
        "Read more:\n\nFerry fares to rise in March",
        "Baca juga: Kapal Feri Baru Tiba Bulan Depan",
    ],
)
def test_a_signoff_over_a_closing_related_box(box: str) -> None:
    article = parse_text(_article("By Ann Lee", "March 3, 2026", closing=f"(kbr)\n\n{box}"))
    assert article.signoff is not None and article.signoff.text == "(kbr)"
    assert len(article.related) == 1
    assert len(_texts(article)) == 3


def test_a_closing_related_box_with_no_signoff_over_it_stays_a_box() -> None:
    article = parse_text(_article("By Ann Lee", "March 3, 2026", closing="Read more:\n\nFerry fares to rise"))
    assert article.signoff is None
    assert len(article.related) == 1
    assert len(_texts(article)) == 3


# --------------------------------------------------------------------------- the page's tags


@pytest.mark.parametrize(
    "tags",
    [
        "Archivado En\nPuertos\nTransporte marítimo\nIslas",
        "Tags: ferries, islands, Harbour Board",
        "Schlagwörter:\n\nFähren\n\nInseln",
        "Mots-clés\nFerry | Îles",
        "TOPIK\nKapal feri\nPelabuhan",
    ],
)
def test_the_pages_tags_closing_it_are_no_paragraphs(tags: str) -> None:
    article = parse_text(_article("By Ann Lee", "March 3, 2026", closing=tags))
    assert len(_texts(article)) == 3
    assert article.signoff is None
    assert all(section.heading is None for section in article.sections)


@pytest.mark.parametrize(
    "closing",
    [
        "Topics\n\nThe council will discuss the ferry on Monday. Islanders may attend.",
        "Tags on the old ferry's lifejackets show they expired in 2019.",
        "Temas\nEl puerto perderá dinero este invierno, dijo el alcalde.",
    ],
)
def test_a_tag_word_over_a_sentence_leaves_the_paragraphs(closing: str) -> None:
    article = parse_text(_article("By Ann Lee", "March 3, 2026", closing=closing))
    sentence = closing.splitlines()[-1]
    assert any(sentence in paragraph for paragraph in _texts(article))
    assert len(_texts(article)) >= 4


# --------------------------------------------------------------------------- a press release's contacts


@pytest.mark.parametrize(
    "contacts",
    [
        "Kontakt für weitere Auskünfte\nHafenamt\nTelefon: +49 40 555 0142\nwww.example.de/kontakt",
        "Contact presse\nJeanne Roux\n+33 1 55 55 01 42",
        "Contacto de prensa\n\nOficina del Puerto\n\nprensa@example.es",
        "Yhteystiedot\nSatamavirasto\n+358 9 555 0142",
    ],
)
def test_a_contacts_label_in_other_languages_opens_the_signoff(contacts: str) -> None:
    article = parse_text(_article("By Ann Lee", "March 3, 2026", closing=contacts))
    assert article.signoff is not None and article.signoff.text.startswith(contacts.split("\n")[0])
    assert len(_texts(article)) == 3
    assert all(section.heading is None for section in article.sections)


def test_a_contacts_label_over_prose_is_no_signoff() -> None:
    closing = "Kontakt\n\nDer Hafen bleibt im Winter geöffnet, sagte die Sprecherin am Montag."
    article = parse_text(_article("By Ann Lee", "March 3, 2026", closing=closing))
    assert article.signoff is None


# --------------------------------------------------------------------------- teaser labels in more languages


@pytest.mark.parametrize(
    ("box", "closing"),
    [
        ("Go deeper: Island ferry fares to rise in March", False),
        ("Weitere Informationen:\n\nDie Fahrpläne stehen auf der Seite des Hafenamts.", True),
        ("Pour aller plus loin\n\nLe ferry a battu son record\n\nLa gare maritime rénovée", False),
        ("Xem thêm: Phà mới ra mắt vào tháng tới", False),
        ("Citește și: Feribotul nou sosește luna viitoare", False),
    ],
)
def test_teaser_labels_in_more_languages_make_a_box(box: str, closing: bool) -> None:
    body = _BODY if closing else _BODY.replace("\n\nIslanders", f"\n\n{box}\n\nIslanders")
    article = parse_text(_article("By Ann Lee", "March 3, 2026", body=body, closing=box if closing else ""))
    assert len(_texts(article)) == 3
    assert len(article.related) == 1
    assert all(section.heading is None for section in article.sections)


@pytest.mark.parametrize(
    "paragraph",
    [
        "Go deeper into the harbour and the water turns cold, the divers said.",
        "Weitere Informationen will das Hafenamt am Montag veröffentlichen.",
    ],
)
def test_a_sentence_opening_with_a_teasers_words_stays(paragraph: str) -> None:
    body = _BODY.replace("\n\nIslanders", f"\n\n{paragraph}\n\nIslanders")
    article = parse_text(_article("By Ann Lee", "March 3, 2026", body=body))
    assert paragraph in _texts(article)
    assert article.related == ()


# --------------------------------------------------------------------------- captions


def _caption_of(line: str) -> tuple[str | None, str | None]:
    article = parse_text(_article("By Ann Lee", "March 3, 2026", line))
    assert len(_texts(article)) == 3
    image = article.image
    assert image is not None
    return (image.caption.text if image.caption else None, image.credit.text if image.credit else None)


@pytest.mark.parametrize(
    ("line", "caption", "credit"),
    [
        ("Abiria wakisubiri feri katika bandari ya Mombasa. PICHA | ASHA MWINYI",
         "Abiria wakisubiri feri katika bandari ya Mombasa.", "ASHA MWINYI"),
        ("Passagiere warten am Anleger auf die Fähre. FOTO | JAN MEYER",
         "Passagiere warten am Anleger auf die Fähre.", "JAN MEYER"),
        ("Passengers wait for the ferry on the pier. Photo | Jane Roe",
         "Passengers wait for the ferry on the pier.", "Jane Roe"),
    ],
)  # fmt: skip
def test_a_picture_label_then_a_bar_then_the_name(line: str, caption: str, credit: str) -> None:
    assert _caption_of(line) == (caption, credit)


@pytest.mark.parametrize(
    ("line", "caption", "credit"),
    [
        ("Foto: Kapal feri di Pelabuhan Merak, Banten, Senin (2/3/2026). (Jane Roe/Harbour)",
         "Kapal feri di Pelabuhan Merak, Banten, Senin (2/3/2026).", "Jane Roe/Harbour"),
        ("Kuva: Lautta satamassa maanantaina. (Jane Roe/Harbour)",
         "Lautta satamassa maanantaina.", "Jane Roe/Harbour"),
    ],
)  # fmt: skip
def test_a_picture_label_opening_the_caption_is_no_part_of_it(line: str, caption: str, credit: str) -> None:
    assert _caption_of(line) == (caption, credit)


def test_a_label_opening_the_credit_itself_stays_the_credits() -> None:
    assert _caption_of("Foto: Jane Roe/Harbour") == (None, "Jane Roe/Harbour")


@pytest.mark.parametrize(
    ("line", "caption", "credit"),
    [
        ("Pasajeros esperan el ferry en el muelle de Cádiz, este lunes.Jane Roe",
         "Pasajeros esperan el ferry en el muelle de Cádiz, este lunes.", "Jane Roe"),
        ("Passengers wait for the ferry at the old pier on March 2.JANE ROE/THE HARBOUR TIMES",
         "Passengers wait for the ferry at the old pier on March 2.", "JANE ROE/THE HARBOUR TIMES"),
    ],
)  # fmt: skip
def test_a_credit_run_on_tightly_after_the_captions_stop(line: str, caption: str, credit: str) -> None:
    assert _caption_of(line) == (caption, credit)


@pytest.mark.parametrize(
    "paragraph",
    [
        "The ferry sails from the old pier in the U.S.Virgin Islands.",
        "Passengers wait for the ferry at the old pier.Then they board it in the rain and sail away.",
    ],
)
def test_a_tight_stop_before_prose_is_no_credit(paragraph: str) -> None:
    article = parse_text(_article("By Ann Lee", "March 3, 2026", paragraph))
    assert article.image is None or article.image.credit is None


@pytest.mark.parametrize(
    ("line", "caption", "credit"),
    [
        ("Passagers au port de Brest, le 2 mars 2026. JEANNE ROUX / MER POUR « LE PORT »",
         "Passagers au port de Brest, le 2 mars 2026.", "JEANNE ROUX / MER POUR « LE PORT »"),
        ("Passagiere warten auf die Fähre in Kiel, am 2. März. JAN MEYER | HAFEN-BILD FÜR DAS BLATT",
         "Passagiere warten auf die Fähre in Kiel, am 2. März.", "JAN MEYER | HAFEN-BILD FÜR DAS BLATT"),
    ],
)  # fmt: skip
def test_a_credit_in_capitals_after_the_captions_stop(line: str, caption: str, credit: str) -> None:
    assert _caption_of(line) == (caption, credit)


def test_a_shouted_sentence_after_a_stop_is_no_credit() -> None:
    line = "Passengers wait for the ferry at the old pier. THE FERRY WILL NOT SAIL ON MONDAY AND TUESDAY"
    article = parse_text(_article("By Ann Lee", "March 3, 2026", line))
    assert article.image is None or article.image.credit is None


@pytest.mark.parametrize(
    ("line", "caption", "credit"),
    [
        ("Pasajeros esperan el ferry en el muelle de Valparaíso | Jane Roe | Agencia Sur",
         "Pasajeros esperan el ferry en el muelle de Valparaíso", "Jane Roe | Agencia Sur"),
        ("Passengers wait for the ferry at the old pier | Jane Roe/Harbour Photos",
         "Passengers wait for the ferry at the old pier", "Jane Roe/Harbour Photos"),
    ],
)  # fmt: skip
def test_a_caption_then_a_bar_then_a_credit_of_two_parts(line: str, caption: str, credit: str) -> None:
    assert _caption_of(line) == (caption, credit)


def test_a_title_and_one_name_after_its_bar_is_no_caption() -> None:
    line = "Ferry timetable to be cut for the winter months | The Harbour Times"
    article = parse_text(_article("By Ann Lee", "March 3, 2026", line))
    assert article.image is None


@pytest.mark.parametrize(
    ("caption_line", "caption", "credit"),
    [
        ("Phà cập bến Cần Thơ sáng 2/3. Ảnh: Jane Roe", "Phà cập bến Cần Thơ sáng 2/3.", "Jane Roe"),
        ("Lautta saapuu satamaan tänään. Kuva: Jane Roe", "Lautta saapuu satamaan tänään.", "Jane Roe"),
    ],
)
def test_a_labelled_caption_among_the_bodys_paragraphs(caption_line: str, caption: str, credit: str) -> None:
    body = _LONG_BODY + f"\n{caption_line}\n\n{_MORE}\n"
    article = parse_text(_article("By Ann Lee", "March 3, 2026", body=body))
    assert article.image is not None
    assert article.image.caption is not None and article.image.caption.text == caption
    assert article.image.credit is not None and article.image.credit.text == credit
    assert len(_texts(article)) == 7


def test_a_sources_label_ending_a_paragraph_is_no_caption() -> None:
    line = "Ferry passenger numbers fell by a third last year, the board's data show. Source: Harbour Board"
    body = _LONG_BODY + f"\n{line}\n\n{_MORE}\n"
    article = parse_text(_article("By Ann Lee", "March 3, 2026", body=body))
    assert article.image is None
    assert len(_texts(article)) == 8
