"""The general rules round 18 added to the body of a page copied whole, on lines written here in several
house styles and languages, each with the case it must leave alone: a page with no blank line anywhere
(each line one of the page's elements, none a wrapped piece); the page's foot under the story (tags, topics,
comments, most read, reuse and correction notes) in every language, left out from its first label on; the
page's notices, buttons and offers around the story (a subscriber's notice, a copied link, a labelled
reading time, the house's standards link, push alerts, a podcast, a newsletter, a comment window); a teaser
label run straight into its headline ("À lire aussi Grève : …") and Rioplatense "Mirá también"; the house's
"More from X Y" box; notes on each of the byline's authors stacked under the story, each perhaps under its
author's name, read as the sign-off (the corpus's convention for one note) and no paragraph; a key-points
box the front left at the top of the body ("What you need to know:" over its lines, "What's next?" over its
line under a box); a related box closing the page read apart, so the sign-off over it is read; where the
story ran in print in the story's language (the sign-off, as the English tagline is); the foot's links set
off by bars; the page's date line said again under the story, two dates on it; a fact box set apart
("Fakta. Title" over its lines); state media's "T/ … F/ …" credit lines as the sign-off."""

from __future__ import annotations

import pytest

from archivist.parse import parse_text
from archivist.parse.blocks import split_blocks
from archivist.parse.furniture import is_tail_label
from parse_helpers import FERRY_HEADLINE, FERRY_STORY, paragraph_texts

_HEADLINE = FERRY_HEADLINE
_LONG = FERRY_STORY[:3]


# --------------------------------------------------------------------------- a page with no blank lines


def test_a_page_without_blank_lines_has_no_wrapped_lines() -> None:
    closing = ["The board meets again on Friday.", "Tags"]
    text = "\n".join([_HEADLINE, "By Ann Lee", "March 3, 2026", *_LONG, *closing])
    blocks = [block.text for block in split_blocks(text)]
    assert "The board meets again on Friday." in blocks  # not run into "Tags" as one wrapped paragraph
    assert "Tags" in blocks
    assert all(block.is_single_line for block in split_blocks(text))


def test_a_page_in_another_language_without_blank_lines() -> None:
    lines = [
        "Fähre fährt im Winter nur noch einmal am Tag",
        "Von Anna Berg",
        "Die Fähre zwischen den beiden Inseln fährt ab dem kommenden Monat nur noch einmal am Tag, teilte "
        "die Reederei am Montag mit.",
        "Die Reederei nannte den Mangel an Personal und die gestiegenen Kosten für Treibstoff als Gründe "
        "für den neuen Fahrplan.",
        "Die Inselbewohner fürchten, dass der Weg ins Krankenhaus auf dem Festland im Winter schwerer wird, "
        "wenn die Brücke gesperrt ist.",
        "Der Rat tagt am Freitag.",
        "Schlagwörter",
    ]
    blocks = split_blocks("\n".join(lines) + "\n")
    assert [block.text for block in blocks] == lines


def test_a_hard_wrapped_text_without_blank_lines_keeps_its_paragraphs_whole() -> None:
    # Wrapped at 60 columns, no line longer than the wrap: the lines are pieces of paragraphs.
    text = (
        "The ferry between the two islands will sail once a day from\n"
        "next month, the operator said on Monday after a meeting\n"
        "with the harbour board.\n"
    )
    assert len(split_blocks(text)) == 1


def test_a_page_with_blank_lines_keeps_its_wrapped_paragraph_whole() -> None:
    # Blank lines between the paragraphs: a wrapped paragraph's lines stay one block beside long lines.
    wrapped = "The board meets again on Friday, when the islanders will\nbe heard on the timetable."
    text = "\n\n".join([_HEADLINE, "By Ann Lee", *_LONG, wrapped]) + "\n"
    assert wrapped in [block.text for block in split_blocks(text)]
    assert len(paragraph_texts(text)) == 4


# --------------------------------------------------------------------------- the page's foot


def _with_foot(*foot: str, front: tuple[str, ...] = ("By Ann Lee", "March 3, 2026")) -> str:
    return "\n\n".join([_HEADLINE, *front, *_LONG, "The board meets again on Friday.", *foot]) + "\n"


@pytest.mark.parametrize(
    "foot",
    [
        ("Tags", "ferries", "islands", "winter"),
        (
            "Explore more on these topics",
            "Ferries\nIslands\nWinter",
            "Share",
            "Reuse this content",
            "Most viewed",
        ),
        ("Topics :", "ferries  islands  winter", "Join the discussions"),
        ("Tags: ferries | islands | winter", "Most read", "Harbour fees to rise in spring"),
        ("Join the conversation\nComments are the readers' own and follow our community rules.", "ABOUT US"),
        ("Kindly share this story:", "Download e-Copy", "Latest News"),
        ("Archivado En", "Transporte", "Islas"),
        ("Sujets", "Transports", "Commentaires (48)"),
        ("Lesen Sie mehr zum Thema", "Fähren", "Inseln"),
        ("Tópicos", "Transportes"),
        ("Aiheesta muualla", "Lautat"),
        ("Komentarze (12)",),
        ("많이 본 뉴스", "항구 요금 인상"),
        ("How does this make you feel?", "Loading", "Add a comment"),
    ],
)
def test_the_pages_foot_is_no_paragraph(foot: tuple[str, ...]) -> None:
    paragraphs = paragraph_texts(_with_foot(*foot))
    assert len(paragraphs) == 4
    assert paragraphs[-1] == "The board meets again on Friday."


def test_a_sign_off_over_the_foot_is_read_as_the_sign_off() -> None:
    text = _with_foot(
        "This report by Harbour Press was first published March 3, 2026.", "Join the conversation"
    )
    article = parse_text(text)
    assert article.signoff is not None
    assert article.signoff.text == "This report by Harbour Press was first published March 3, 2026."
    assert len(article.paragraphs) == 4


def test_a_label_over_the_story_is_no_foot() -> None:
    # "Kindly share this story:" printed over the story as well as under it: the story is read whole (the
    # label over it is the page's share button).
    paragraphs = paragraph_texts(
        _with_foot("Kindly share this story:", front=("By Ann Lee", "Kindly share this story:"))
    )
    assert len(paragraphs) == 4


def test_a_label_with_a_paragraph_under_it_is_no_foot() -> None:
    # A "Comments" line inside the story, a long paragraph after it: nothing is left out.
    long = (
        "Comments from the islanders at the meeting on Friday were mostly about the hospital, the school "
        "run and the weekly market, which all depend on the ferry's morning sailing; the board said it "
        "would publish a summary of every comment it received before the timetable is fixed, and that the "
        "operator would answer each of them in writing before the winter season begins next month."
    )
    paragraphs = paragraph_texts(_with_foot("Comments", long))
    assert paragraphs[-1] == long


@pytest.mark.parametrize(
    ("line", "label"),
    [
        ("Tags", True),
        ("TOPICS", True),
        ("Commentaires (48)", True),
        ("Tags / Keywords: ferries , islands", True),
        ("Report it to us .", True),
        ("Dieses Thema im Programm: Das Erste, 18:00 Uhr", True),
        ("Tags are sold at the harbour office.", False),
        ("Comments by the minister drew criticism from islanders", False),
        ("Topics: what the board will ask the islanders?", False),
    ],
)
def test_tail_labels(line: str, label: bool) -> None:
    assert is_tail_label(line) is label


# --------------------------------------------------------------------------- notices, buttons and offers


@pytest.mark.parametrize(
    "furniture",
    [
        "Estimated 4 minutes",
        "Leestijd 2 minuten",
        "Lecture 6 min.",
        "Lesezeit: 3 Min.",
        "Why you can trust Harbour TV",
        "Listen In French",
        "Lien copié",
        "Article réservé aux abonnés",
        "Ir a los comentarios",
        "Oferecer artigo",
        "assine ou faça login",
        "Deel dit artikel",
        "Chia sẻ",
        "Small",
        "Large",
        "Offrir l’article",
        "Find Harbour News on WhatsApp and stay up to date",
        "Síguenos en Google News",
        "Google News'te Takip Et",
        "Add Harbour News on Google",
        "Share\nText size\nPrint",
        "Sign up for push alerts and get the island's news first on your phone",
        "Listen to our Harbour Hour podcast for the week's news from the islands",
        "Get Latest Updates on Island News along with the Top Headlines from the coast.",
        "Receba no seu email as notícias das ilhas",
        "Suscríbete aquí para recibir nuestro boletín de las islas",
        'Iscriviti alla newsletter "Isole". Per non perdere le notizie dal porto.',
        "Mitä ajatuksia aihe herättää? Voit osallistua keskusteluun maanantaihin asti.",
    ],
)
def test_the_pages_notices_and_offers_are_no_paragraph(furniture: str) -> None:
    text = "\n\n".join([_HEADLINE, "By Ann Lee", "March 3, 2026", _LONG[0], furniture, *_LONG[1:]]) + "\n"
    paragraphs = paragraph_texts(text)
    assert paragraphs == list(_LONG)


@pytest.mark.parametrize(
    "paragraph",
    [
        "Lecture halls at the college will close for the winter.",
        "Why you can trust the timetable is a question islanders keep asking.",
        "Get the ferry early, the harbour master said, because the afternoon sailing is gone.",
        "Listen to the islanders and you hear one word: hospital.",
        "Premium fares will rise by a tenth from January, the operator said.",
        "Follow us on Google News, the operator told its passengers in a notice on Monday.",
    ],
)
def test_a_paragraph_opening_like_a_notice_is_kept(paragraph: str) -> None:
    text = "\n\n".join([_HEADLINE, "By Ann Lee", "March 3, 2026", _LONG[0], paragraph, *_LONG[1:]]) + "\n"
    assert paragraph in paragraph_texts(text)


# --------------------------------------------------------------------------- teasers run into their headline


def _with_line(line: str) -> str:
    return "\n\n".join([_HEADLINE, "By Ann Lee", "March 3, 2026", _LONG[0], line, *_LONG[1:]]) + "\n"


@pytest.mark.parametrize(
    ("line", "label"),
    [
        ("À lire aussi Grève des marins : ce que prévoit le service minimum", "À lire aussi"),
        ("À LIRE AUSSI « Une traversée de plus » : sur le quai, la colère des abonnés", "À LIRE AUSSI"),
        ("Read more Ferry fares to rise by a tenth in spring", "Read more"),
        ("Lee también Las islas piden un segundo barco", "Lee también"),
        ("Czytaj także Promy pływają rzadziej", "Czytaj także"),
    ],
)
def test_a_teaser_label_run_into_its_headline_is_no_paragraph(line: str, label: str) -> None:
    article = parse_text(_with_line(line))
    assert [paragraph.text for paragraph in article.paragraphs] == list(_LONG)
    assert [box.heading.text for box in article.related if box.heading] == [label]


@pytest.mark.parametrize(
    "paragraph",
    [
        "Read more Ferry Board minutes online, the council told islanders at the meeting.",
        "Mira Lindqvist, who runs the harbour cafe, said trade would fall by half",
        "See also the timetable on page 4, which lists every sailing.",
    ],
)
def test_a_paragraph_opening_with_a_teasers_words_is_kept(paragraph: str) -> None:
    assert paragraph in paragraph_texts(_with_line(paragraph))


def test_a_rioplatense_teaser_label_over_its_headline() -> None:
    text = _with_line("Mirá también\n\nLos ferris suben sus tarifas en primavera")
    article = parse_text(text)
    assert [paragraph.text for paragraph in article.paragraphs] == list(_LONG)
    assert not any(section.heading for section in article.sections)


# --------------------------------------------------------------------------- notes on the authors, boxes


def test_notes_on_each_author_under_the_story_are_left_out() -> None:
    # (the page's boxes on its authors, no way to reach them given: no sign-off, as rounds 17-20 read them)
    text = _with_foot(
        "Ann Lee joined the Harbour Post in 2021 and covers transport.",
        "Tom Hale is a reporter covering the islands.",
        front=("By Ann Lee and Tom Hale", "March 3, 2026"),
    )
    article = parse_text(text)
    assert len(article.paragraphs) == 4
    assert article.signoff is None


def test_a_note_giving_its_authors_address_is_the_sign_off() -> None:
    text = _with_foot(
        "Ann Lee joined the Harbour Post in 2021 and covers transport.",
        "Tom Hale is a reporter covering the islands. Reach him at thale@example.com.",
        front=("By Ann Lee and Tom Hale", "March 3, 2026"),
    )
    article = parse_text(text)
    assert len(article.paragraphs) == 4
    assert article.signoff is not None
    assert article.signoff.text.startswith("Tom Hale is")
    assert article.signoff.text.endswith("thale@example.com.")


def test_a_note_under_its_authors_name_over_the_copyright_is_no_sign_off() -> None:
    text = _with_foot(
        "Ann Lee\nAnn Lee is a reporter for Harbour TV based in Portree.",
        "© 2026 Harbour TV. All Rights Reserved.",
        front=("By Ann Lee", "March 3, 2026"),
    )
    article = parse_text(text)
    assert [paragraph.text for paragraph in article.paragraphs][-1] == "The board meets again on Friday."
    # (the note under the name is the page's box on her, left out; the copyright under it closes the page)
    assert article.signoff is None or not article.signoff.text.startswith("Ann Lee")


def test_a_paragraph_about_someone_else_is_kept() -> None:
    # The last paragraph names a person who is not the byline's: the story's, no note on its author.
    last = "Tom Hale joined the ferry's crew in 2021 and says the cut will cost him his job."
    article = parse_text(_with_foot(last, front=("By Ann Lee", "March 3, 2026")))
    assert [paragraph.text for paragraph in article.paragraphs][-1] == last
    assert article.signoff is None


def test_more_from_the_house_in_several_words_is_a_box() -> None:
    box = "More from Harbour News\n\nFerry fares to rise in spring\nIslanders ask for a second boat"
    article = parse_text(_with_foot(box))
    assert len(article.paragraphs) == 4
    assert [related.heading.text for related in article.related if related.heading] == [
        "More from Harbour News"
    ]


# --------------------------------------------------------------------------- key points left in the body


def test_a_key_points_box_under_a_caption_is_no_paragraph() -> None:
    text = (
        "\n\n".join(
            [
                _HEADLINE,
                "By Ann Lee",
                "March 3, 2026",
                "The ferry at the pier on Monday.",
                "Photo credit: File | Harbour Post",
                "What you need to know:\nThe ferry will sail once a day.\nThe cut starts next month.",
                *_LONG,
            ]
        )
        + "\n"
    )
    assert paragraph_texts(text) == list(_LONG)


def test_whats_next_under_a_key_points_box_is_part_of_it() -> None:
    text = (
        "\n\n".join(
            [
                _HEADLINE,
                "By Ann Lee",
                "March 3, 2026",
                "In short:\nThe ferry will sail once a day.\nThe cut starts next month.",
                "What's next?\nThe harbour board meets on Friday.",
                *_LONG,
            ]
        )
        + "\n"
    )
    assert paragraph_texts(text) == list(_LONG)


def test_whats_next_as_a_subhead_in_the_story_is_kept() -> None:
    # No box above it: "What's next?" heads the story's last section, its paragraph kept.
    last = "The harbour board meets on Friday and will hear the islanders before it decides."
    text = "\n\n".join([_HEADLINE, "By Ann Lee", "March 3, 2026", *_LONG, "What's next?", last]) + "\n"
    article = parse_text(text)
    assert len(article.paragraphs) == 4
    assert [section.heading.text for section in article.sections if section.heading] == ["What's next?"]


# --------------------------------------------------------------------------- a related box closing the page


@pytest.mark.parametrize(
    ("signoff", "box"),
    [
        (
            "Enditem/JL",
            "Related News\n\nMarch 2 Harbour fees to rise in spring\nMarch 1 Islanders ask for a boat",
        ),
        ("lam/mgt", "Noticias relacionadas\n\nLas islas piden un segundo barco\n\nHarbour Press"),
    ],
)
def test_the_sign_off_over_a_related_box_closing_the_page(signoff: str, box: str) -> None:
    article = parse_text(_with_foot(signoff, box))
    assert article.signoff is not None and article.signoff.text == signoff
    assert len(article.paragraphs) == 4
    assert article.related


def test_a_related_box_with_a_paragraph_under_it_is_read_as_before() -> None:
    # A sentence under the box's list: the box stands inside the story, which goes on under it.
    last = "The board meets again on Monday."
    article = parse_text(_with_foot("Related News\n\nHarbour fees to rise in spring", last))
    assert [paragraph.text for paragraph in article.paragraphs][-1] == last


# --------------------------------------------------------------------------- print notes, the foot's links


@pytest.mark.parametrize(
    "note",
    [
        "Een versie van dit artikel verscheen ook in de krant van 13 maart 2026.",
        "Dieser Artikel erschien zuerst in der gedruckten Ausgabe vom 3. März 2026.",
        "Cet article est paru dans l'édition du 3 mars 2026.",
        "Este artículo se publicó en la edición impresa del 3 de marzo de 2026.",
    ],
)
def test_a_print_note_in_the_storys_language_is_the_sign_off(note: str) -> None:
    article = parse_text(_with_foot(note))
    assert article.signoff is not None and article.signoff.text == note
    assert len(article.paragraphs) == 4


def test_the_foots_links_set_off_by_bars_are_noparagraph_texts() -> None:
    text = _with_foot(
        "Our Standards and Practices|About Harbour News", "Corrections and clarifications|Report error"
    )
    assert paragraph_texts(text)[-1] == "The board meets again on Friday."
    assert len(paragraph_texts(text)) == 4


def test_a_line_with_bars_and_no_foot_label_is_left_out_by_its_shape() -> None:
    # No foot label, so no page's foot by its words; but a line of items set off by bars ending with no stop
    # under the story is the page's furniture by its shape (round 19: archivist.parse.bodyshape).
    line = "Ferries|Buses|Trains"
    article = parse_text(_with_foot(line))
    assert line not in [paragraph.text for paragraph in article.paragraphs]
    assert line in dict(article.evidence)["furniture-shape"].note


@pytest.mark.parametrize(
    "line",
    [
        "Posted 3 Mar 2026, updated 3 Mar 2026",
        "3 marzo 2026 (modifica il 3 marzo 2026 | 08:15)",
    ],
)
def test_the_date_line_said_again_under_the_story_is_no_paragraph(line: str) -> None:
    article = parse_text(_with_foot(line))
    assert len(article.paragraphs) == 4
    assert article.published is not None and article.published.date.value == "2026-03-03"


def test_a_paragraph_with_a_date_is_kept() -> None:
    line = "The timetable was posted on 3 Mar 2026 and updated two days later."
    assert line in paragraph_texts(_with_foot(line))


# --------------------------------------------------------------------------- fact boxes


@pytest.mark.parametrize(
    "box",
    [
        "Fakta. Färjorna i skärgården\nTvå färjor trafikerar öarna.\nTidtabellen beslutas av regionen.",
        "Factbox: The island ferries\nTwo ferries serve the islands.\nThe board sets the timetable.",
        "FAKTEN\nZwei Fähren fahren zu den Inseln.",
    ],
)
def test_a_fact_box_set_apart_is_no_paragraph(box: str) -> None:
    assert paragraph_texts(_with_foot(box)) == [*_LONG, "The board meets again on Friday."]


def test_a_fact_label_alone_over_a_blank_line_is_left_to_the_sections() -> None:
    # "Fakta" alone, a blank line under it: a heading over the story's next paragraph, which is kept.
    text = (
        "\n\n".join([_HEADLINE, "By Ann Lee", "March 3, 2026", *_LONG, "Fakta", _LONG[0][:60] + "."]) + "\n"
    )
    assert _LONG[0][:60] + "." in paragraph_texts(text)


def test_text_and_photo_credit_lines_are_the_sign_off() -> None:
    article = parse_text(_with_foot("T/ Ana Pérez\nF/ Prensa Ministerio"))
    assert article.signoff is not None and article.signoff.text == "T/ Ana Pérez\nF/ Prensa Ministerio"
    assert len(article.paragraphs) == 4


def test_a_paragraph_opening_with_a_letter_and_slash_is_kept() -> None:
    line = "A/ B testing of the new timetable starts on Monday, the operator said."
    assert line in paragraph_texts(_with_foot(line))
