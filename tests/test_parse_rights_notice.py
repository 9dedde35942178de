"""The page's rights notice under a story (its copyright, "all rights reserved" in its language) is no
sign-off: it closes the page, not the story, and is left out of both the body and the sign-off (named in the
record's evidence). A real closing tag over it (the desk's credits, a wire's mark, a publisher's note) stays
the sign-off without it. A credits box set tight under an author's label at the foot (``Pewarta:`` over
``Editor:`` and the copyright) is the byline's box: no sign-off either."""

from __future__ import annotations

import pytest

from archivist.parse import parse_text
from archivist.parse.signoff import rights_line

_FRONT = "Ferry timetable cut for the winter\n\nBy Ann Lee\n\nMarch 3, 2026\n\n"
_STORY = (
    "The ferry between the two islands will run once a day from next month, the operator said on Monday "
    "after a meeting with the harbour board.",
    "The operator blamed a shortage of crew and the cost of fuel, which islanders had feared since the "
    "summer.",
    "The board will meet again on Friday to hear from residents of both islands.",
)
_LAST = _STORY[-1]


def _article(*closing: str, story: tuple[str, ...] = _STORY, front: str = _FRONT) -> str:
    return front + "\n\n".join(story) + "\n\n" + "\n\n".join(closing) + "\n"


_UNSIGNED_FRONT = "Ferry timetable cut for the winter\n\nMarch 3, 2026\n\n"  # the byline at the foot


def _paragraphs(text: str) -> list[str]:
    return [paragraph.text for paragraph in parse_text(text).paragraphs]


def _signoff(text: str) -> str | None:
    signoff = parse_text(text).signoff
    return None if signoff is None else signoff.text


# A story in another language, for the notices in theirs.
_STORY_IT = (
    "Il traghetto tra le due isole partirà una volta al giorno dal mese prossimo, ha detto lunedì "
    "l'operatore dopo una riunione con l'autorità portuale.",
    "L'operatore ha attribuito il taglio alla mancanza di personale e al costo del carburante.",
    "Il consiglio si riunirà di nuovo venerdì per ascoltare i residenti delle due isole.",
)


@pytest.mark.parametrize(
    "notice",
    [
        "Copyright 2026 KWTV. All rights reserved.",  # a US station's
        "© 2026 Harbour Herald. All rights reserved.",
        "(c) 2026 Westland News Agency",
        "COPYRIGHT © KANTOR BERITA 2026",  # in capitals, the agency before the year
        "© RIPRODUZIONE RISERVATA",  # an Italian daily's, no year
        "Alle Rechte vorbehalten.",  # no mark at all: the words alone
        "Všetky práva vyhradené.",
        "Portal.ba © 2026 Sva prava zadržana",  # the site's name before the mark
        "جميع الحقوق محفوظة © 2026 الميناء",  # Arabic: the words, then the mark and the year
        "© 2026 Đảo Mới. Bảo lưu mọi quyền.",
    ],
)
def test_a_rights_notice_right_under_the_story_is_no_signoff(notice: str) -> None:
    text = _article(notice)
    article = parse_text(text)
    assert article.signoff is None
    assert [paragraph.text for paragraph in article.paragraphs] == list(_STORY)
    # (left out as the rights notice under the story, or with the page's foot by its shape)
    assert dict(article.evidence).keys() & {"rights", "body", "furniture-shape"}


def test_an_italian_notice_under_an_italian_story_is_no_signoff() -> None:
    text = _article("© RIPRODUZIONE RISERVATA", story=_STORY_IT)
    assert _signoff(text) is None
    assert _paragraphs(text) == list(_STORY_IT)


@pytest.mark.parametrize(
    ("closing", "signoff"),
    [
        (("(Reporting by Jane Doe; Editing by John Roe)", "© 2026 Harbour Wire"), "(Reporting by Jane Doe;"),
        (("Additional reporting by Noel Hart", "(c) 2026 Westland News Agency"), "Additional reporting by"),
        (("-- BERNAMA", "© 2026 BERNAMA. Hak Cipta Terpelihara."), "-- BERNAMA"),
        (("Enditem", "Copyright © 2000-2026 Example Wire. All rights reserved."), "Enditem"),
    ],
)
def test_a_closing_tag_over_the_notice_is_the_signoff_alone(closing: tuple[str, str], signoff: str) -> None:
    found = _signoff(_article(*closing))
    assert found is not None and found.startswith(signoff) and found == closing[0]


@pytest.mark.parametrize(
    ("note", "notice"),
    [
        (
            "Published by Harbour Ledger, business news - harbourledger.com - on March 3, 2026.",
            "© Copyright of Harbour Media Ltd., 2026.",
        ),
        ("Editor: Sione Havili", "Copyright © Pacific Wire 2026"),
        ("Toimetaja: Mari Peegel", "© 2026 Eesti Raadio. Kõik õigused kaitstud."),
    ],
)
def test_a_note_with_the_notice_tight_under_it_is_the_signoff_alone(note: str, notice: str) -> None:
    text = _article(note + "\n" + notice)
    assert _signoff(text) == note
    assert _paragraphs(text)[-1] == _LAST


def test_a_wire_mark_ending_the_last_paragraph_over_the_notice_is_the_signoff() -> None:
    story = (*_STORY[:2], _LAST + " -- BERNAMA")
    text = _article("© 2026 BERNAMA. Hak Cipta Terpelihara.", story=story)
    assert _signoff(text) == "-- BERNAMA"
    assert _paragraphs(text)[-1] == _LAST


@pytest.mark.parametrize(
    "label",
    ["Pewarta: Dian Puspita Sari", "Penulis: Dian Puspita Sari", "Reporter: Dian Puspita Sari"],
)
def test_a_credits_box_tight_under_an_authors_label_at_the_foot_is_no_signoff(label: str) -> None:
    text = _article(label + "\nEditor: Hendra Gunawan\nCopyright © Kantor Berita 2026", front=_UNSIGNED_FRONT)
    article = parse_text(text)
    assert article.byline is not None and article.byline.text == label
    assert article.signoff is None
    assert [paragraph.text for paragraph in article.paragraphs] == list(_STORY)


def test_an_editors_line_set_apart_under_the_authors_label_stays_the_signoff() -> None:
    text = _article("Reporter: Malia Fonoti", "Editor: Sione Havili", front=_UNSIGNED_FRONT)
    assert _signoff(text) == "Editor: Sione Havili"


# --------------------------------------------------------------------------- what is no rights notice


@pytest.mark.parametrize(
    "line",
    [
        "Reuters",
        "(Reporting by Jane Doe; Editing by John Roe)",
        "Editor: Hendra Gunawan",
        "The court said the copyright belonged to the estate.",  # a sentence about one
        "Copy editing by Jane Doe",
        "",
    ],
)
def test_other_closing_lines_are_no_rights_notice(line: str) -> None:
    assert not rights_line(line)


def test_a_story_paragraph_about_copyright_stays_a_paragraph() -> None:
    last = "The court ruled on Friday that the copyright in the ferry company's 2016 logo was theirs."
    text = _article(story=(*_STORY[:2], last))
    assert _paragraphs(text)[-1] == last
    assert _signoff(text) is None


def test_a_pictures_copyright_credit_stays_the_credit() -> None:
    text = (
        "Ferry timetable cut for the winter\n\nBy Ann Lee\n\nMarch 3, 2026\n\n"
        "The ferry at the pier on Monday. © Tom Hale\n\n" + "\n\n".join(_STORY) + "\n"
    )
    article = parse_text(text)
    assert article.image is not None and article.image.credit is not None
    assert article.image.credit.text == "Tom Hale"
    assert article.signoff is None
