"""Round 19: page furniture told by its shape (``archivist.parse.bodyshape``), on articles written here in
several house styles and languages, with words no table of ``archivist.parse.labelwords`` holds, so that
the shape alone decides. Under the story: short lines ending with no stop (buttons, a list of headlines,
items set off by bars or dots, a bare count, a label over its count), what follows a copyright line, notes
between a sign-off and the page's links, an author's note under the name alone; over the first paragraph:
the page's buttons; inside the story: a button printed twice, a fragment opening in lower case. And what
each must leave alone: a real short closing paragraph, a quotation closing the story, a one-word subhead,
a letter's closing and its bracketed name, a name printed under the story (the byline), a date line under
the story, a related box, a press release's contacts, a wire's company figures, a table's rows printed
twice, the headline said again over the first section, a paragraph whose first words the copy lost."""

from __future__ import annotations

import pytest

from archivist.parse import parse_text
from archivist.parse.blocks import Block, split_blocks
from archivist.parse.bodyshape import unstopped
from archivist.parse.structure import Layout, _shaped_body
from parse_helpers import FERRY_HEADLINE, FERRY_STORY

_HEADLINE = FERRY_HEADLINE
_STORY = FERRY_STORY[:3]
_LAST = "The board meets again on Friday."


def _article(*foot: str, last: str = _LAST, story: tuple[str, ...] = _STORY, front: tuple[str, ...] = ()):
    lines = [_HEADLINE, "By Ann Lee", "March 3, 2026", *front, *story, last, *foot]
    return parse_text("\n\n".join(lines) + "\n")


def _paragraphs(article) -> list[str]:  # type: ignore[no-untyped-def]
    return [paragraph.text for paragraph in article.paragraphs]


def _shape_note(article) -> str | None:  # type: ignore[no-untyped-def]
    found = dict(article.evidence).get("furniture-shape")
    return None if found is None else found.note


# --------------------------------------------------------------------------- under the story: left out


@pytest.mark.parametrize(
    "foot",
    [
        ("Send us your story", "Lighthouse Weekly", "About the Courier"),  # buttons and links, no stop
        ("Ferries · Buses · Trains",),  # items set off by dots
        ("Island life | Winter timetables | Harbour board",),  # and by bars
        ("248",),  # a bare count
        ("Reader notes (12)",),  # a label and its count
        ("YOU MIGHT HAVE MISSED", "Lighthouse keeper retires after forty years"),
        # a list of headlines, set tight under a label the reader does not know
        (
            "Elsewhere on the coast\n"
            "Lifeboat crew rescues two kayakers off the point\n"
            "New bakery opens on the quay\n"
            "School roof to be replaced over the summer",
        ),
        # a long offer ending with no stop
        (
            "Get the islands' news in your inbox every morning with the best of our reporting, analysis and "
            "photographs from the coast",
        ),
    ],
)
def test_short_lines_with_no_stop_under_the_story_are_furniture(foot: tuple[str, ...]) -> None:
    article = _article(*foot)
    assert _paragraphs(article)[-1] == _LAST
    assert len(article.paragraphs) == 4
    # (told by its shape, or by its words where the furniture's vocabulary knows it: the inbox's offer)
    notes = [_shape_note(article), _words_note(article)]
    assert any(note is not None and foot[0].split("\n")[0] in note for note in notes)


def _words_note(article) -> str | None:  # type: ignore[no-untyped-def]
    found = dict(article.evidence).get("body")
    return None if found is None else found.note


def test_what_follows_a_copyright_line_is_the_pages_whatever_its_stop() -> None:
    article = _article(
        "© 2026 Harbour Courier Ltd",
        "Sign in to keep reading our coverage of the islands. It takes a minute.",
        "Keep reading",
    )
    assert len(article.paragraphs) == 4
    assert article.signoff is None  # the page's copyright: no sign-off (test_parse_rights_notice)
    assert "under-copyright-line" in (_shape_note(article) or "")


def test_an_italian_copyright_notice_closes_the_story() -> None:
    story = (
        "Il traghetto tra le due isole partirà una volta al giorno dal mese prossimo, ha detto lunedì "
        "l'operatore dopo una riunione con l'autorità portuale.",
        "L'operatore ha attribuito il taglio alla mancanza di personale e al costo del carburante, che gli "
        "isolani temevano fin dall'estate.",
    )
    text = "\n".join(
        [
            "Traghetti, orario ridotto per l'inverno",
            *story,
            "Il consiglio si riunirà di nuovo venerdì.",
            "© RIPRODUZIONE RISERVATA",
            "Ricevi ogni mattina le notizie delle isole. Per non perdere nulla di ciò che accade in porto.",
        ]
    )
    article = parse_text(text + "\n")
    assert _paragraphs(article)[-1] == "Il consiglio si riunirà di nuovo venerdì."
    assert len(article.paragraphs) == 3


def test_notes_between_a_sign_off_and_the_pages_links_are_the_pages() -> None:
    article = _article(
        "(Reporting by Jane Doe; Editing by John Roe)",
        "Tell us what you think",
        "Notes from readers are read by the desk before they appear. The Courier does not endorse them.",
        "WRITE TO THE DESK",
        "OUR PRINCIPLES",
    )
    assert _paragraphs(article)[-1] == _LAST
    assert len(article.paragraphs) == 4
    assert article.signoff is not None and article.signoff.text.startswith("(Reporting by Jane Doe")


def test_an_authors_note_under_her_name_closing_the_page_is_no_paragraph() -> None:
    article = _article(
        "Sobre la autora\nLucía Ortega\nRedactora de la sección de Islas, especializada en transporte.",
    )
    assert _paragraphs(article)[-1] == _LAST
    assert len(article.paragraphs) == 4


def test_a_japanese_page_foot_of_listed_headlines_and_the_sites_name() -> None:
    # Paragraphs indented with an ideographic space, each closed by "。"; shorter in characters than an
    # English paragraph of as many sentences (so a CJK full stop counts a block as the story's).
    story = (
        "県内の離島航路を運航する「海辺フェリー」（港市）は２日、乗組員不足を理由に、12月から冬季の運航を"
        "１日１便に減らすと発表した。対象は港市と３つの島を結ぶ４航路で、うち１航路は運休となる。島の住民から"
        "は「病院に通えなくなる」と不安の声が上がっている。",
        "運航会社は乗組員の不足と燃料費の高騰を理由に挙げ、島の住民からは通院への影響を心配する声が上がっている。",
        "住民の一人は「冬の海は荒れることが多く、１日１便では不安だ」と話している。",
    )
    foot = ("・港の灯台守、40年の勤めを終える\n・救命艇が沖でカヤックの2人を救助", "海辺新聞オンライン")
    front = ("離島フェリー、冬は１日１便に", "2026/03/03 05:00")
    article = parse_text("\n\n".join([*front, *("\u3000" + line for line in story), *foot]) + "\n")
    assert _paragraphs(article) == list(story)
    assert "海辺新聞オンライン" in (_shape_note(article) or "")


def test_a_name_shaped_label_over_a_list_of_headlines_is_no_byline() -> None:
    # "Noticias Destacadas" has a name's shape (two capitalised words) but stands over a headline.
    article = _article(
        "Noticias Destacadas",
        "Alcaldía anuncia un horario especial para los ferris en Semana Santa",
        "El puerto aprueba las obras del nuevo muelle\nLa escuela del faro cambia de horario",
    )
    assert article.byline is not None and article.byline.text == "By Ann Lee"
    assert _paragraphs(article)[-1] == _LAST
    assert len(article.paragraphs) == 4


def test_a_german_page_foot_of_links_and_a_list() -> None:
    story = (
        "Die Fähre zwischen den beiden Inseln fährt ab dem kommenden Monat nur noch einmal am Tag, teilte "
        "die Reederei am Montag mit.",
        "Die Reederei nannte den Mangel an Personal und die gestiegenen Kosten für Treibstoff als Gründe für "
        "den neuen Fahrplan.",
        "Der Rat tagt am Freitag.",
    )
    foot = ("Weiteres von der Küste", "Leuchtturmwärter geht nach vierzig Jahren in Rente", "Zur Hafenseite")
    article = parse_text("\n\n".join(["Fähre fährt im Winter nur noch einmal am Tag", *story, *foot]) + "\n")
    assert _paragraphs(article) == list(story)


# --------------------------------------------------------------------------- over and inside the story


def test_buttons_over_the_first_paragraph_are_no_paragraphs() -> None:
    article = _article(front=("Hear this story", "Keep for later"))
    assert _paragraphs(article)[0] == _STORY[0]
    assert len(article.paragraphs) == 4
    assert "unstopped-lines-over-story" in (_shape_note(article) or "")


def test_a_button_printed_twice_and_a_lower_case_fragment_inside_the_story() -> None:
    story = (_STORY[0], "Pass this on", _STORY[1], "sign in or register", _STORY[2])
    article = _article("Pass this on", story=story)
    assert _paragraphs(article) == [*_STORY, _LAST]
    assert "repeated-or-lower-case-line-in-story" in (_shape_note(article) or "")


# --------------------------------------------------------------------------- left alone


@pytest.mark.parametrize(
    "last",
    [
        "It sails at noon.",  # a real short closing paragraph
        "“We will be back next spring,” she said.",  # a quotation closing the story
        "“We will be back next spring.”",
        "Was it worth it? Islanders think so!",
    ],
)
def test_a_short_closing_paragraph_with_its_stop_stays(last: str) -> None:
    article = _article("Pass this on", last=last)
    assert _paragraphs(article)[-1] == last
    assert len(article.paragraphs) == 4


@pytest.mark.parametrize(
    "last",
    [
        "He met the harbour master. — John Smith",  # the story's last sentence, signed
        "Fares rose by a fifth this year. Readers can compare them at Example.com",
    ],
)
def test_a_last_sentence_with_a_tag_after_its_stop_stays(last: str) -> None:
    article = _article("Pass this on", last=last)
    assert _paragraphs(article)[-1] == last
    assert len(article.paragraphs) == 4


def test_a_one_word_subhead_stays_a_subhead() -> None:
    story = (_STORY[0], _STORY[1], "Reaction", _STORY[2])
    article = _article(story=story)
    assert [section.heading.text for section in article.sections if section.heading] == ["Reaction"]
    assert len(article.paragraphs) == 4


def test_a_letters_closing_and_its_bracketed_name_stay() -> None:
    article = _article("With love,", "[Name]", "Pass this on")
    assert _paragraphs(article)[-3:] == [_LAST, "With love,", "[Name]"]


def test_a_name_alone_under_the_story_is_its_byline_not_furniture() -> None:
    text = "\n\n".join([_HEADLINE, *_STORY, _LAST, "Linh Tran", "Back to News", "Pass this on"]) + "\n"
    article = parse_text(text)
    assert article.byline is not None and article.byline.text == "Linh Tran"
    assert len(article.paragraphs) == 4


def test_a_date_line_under_the_story_is_read_for_its_date() -> None:
    article = _article("Updated: March 4, 2026, 10:05 AM", "Pass this on")
    assert article.published is not None and article.published.updated is not None
    assert article.published.updated.value.startswith("2026-03-04")
    assert len(article.paragraphs) == 4


def test_a_related_box_under_the_story_is_kept_for_its_reader() -> None:
    article = _article("Read more:", "Lighthouse keeper retires after forty years", "Pass this on")
    assert len(article.related) == 1
    assert len(article.paragraphs) == 4


def test_a_press_releases_contacts_stay_its_sign_off() -> None:
    article = _article("Media contact", "Harbour Board Press Office", "Telefon: +49 611 75 4711")
    assert article.signoff is not None and article.signoff.text.startswith("Media contact")
    assert len(article.paragraphs) == 4


def test_a_wires_company_figures_open_the_body() -> None:
    text = (
        "EXAMPLE CORP <EXC> YEAR NET\n\n"
        "PARIS, March 31 - Dividend 24 francs vs 30\n\n"
        "Net profit 115.7 mln francs vs 108.3 mln\n\n"
        "Turnover 11.16 billion francs vs 11.42 billion\n\n"
        "The company said the results were in line with its forecast of a slightly lower year after the "
        "strikes of the autumn.\n"
    )
    assert len(parse_text(text).paragraphs) == 4


def test_a_tables_rows_printed_twice_and_the_headline_said_again_stay() -> None:
    story = (_HEADLINE, _STORY[0], "Avg fare 12 euros vs 9 euros", _STORY[1], "Avg fare 12 euros vs 9 euros")
    article = _article(story=story)
    assert _paragraphs(article).count("Avg fare 12 euros vs 9 euros") == 2


def test_a_paragraph_whose_first_words_the_copy_lost_stays() -> None:
    fragment = "qualified fastest in the heats to lay down a challenge to the champion"
    story = (_STORY[0], fragment, _STORY[1], _STORY[2])
    assert fragment in _paragraphs(_article(story=story))


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("It sails at noon.", False),
        ("“We will be back.”", False),
        ("県は対策会議を開く方針だ。", False),
        ("Share", True),
        ("Commentaires (48)", True),
        ("Tags: ferries | islands", True),
    ],
)
def test_unstopped(line: str, expected: bool) -> None:
    assert unstopped(line) is expected


# ----------------------------------------------------------------- over the story: read, then left out


@pytest.mark.parametrize(
    ("date_line", "value"),
    [
        ("Published: 09:12 GMT, 3 March 2026 | Updated: 11:40 GMT, 3 March 2026", "2026-03-03T09:12:00Z"),
        ("Veröffentlicht: 04.03.2026, 07:55 Uhr", "2026-03-04"),
        ("3 March 2026", "2026-03-03"),
    ],
)
def test_a_byline_and_date_line_among_the_buttons_over_the_story_are_read_before_they_go(
    date_line: str, value: str
):
    # The front reads these lines when it reaches them; when it stopped above them (a page's menu or bullet
    # box it could not place), the body's first short lines with no stop are left out by their shape, and the
    # byline and date line among them are the page's only ones. Driven below the front for that reason.
    text = "\n\n".join(["By ROSA VANCE FOR HARBOURNEWS", date_line, "142", "shares", *_STORY, _LAST]) + "\n"
    blocks = split_blocks(text)
    layout = Layout()
    shaped: list[tuple[str, list[Block]]] = []
    _shaped_body(text, blocks, 0, 0, blocks, None, shaped, layout)
    assert [block.text for block in blocks] == [*_STORY, _LAST]
    assert layout.byline is not None and layout.byline.text.text == "By ROSA VANCE FOR HARBOURNEWS"
    assert [found.date.value for found in layout.dates][:1] == [value]
    assert shaped[0][0] == "unstopped-lines-over-story"
