"""The words of the page's foot and furniture around the story, in many languages: the comment box's prompt
and the poll on the story opening the foot, the tags' label, a counter alone, the read-aloud button, a
related box's label in the middle of the story (its list ending at the story's subhead), a newsletter's or
membership's box over its button, and a national wire's initials signing the story. Articles written for
the tests."""

from __future__ import annotations

import pytest

from archivist.parse import parse_text
from archivist.parse.furniture import donation_box, is_furniture, is_tail_label
from archivist.parse.related import is_related_label
from parse_helpers import HARBOUR_STORY, paragraph_texts, subhead_texts

STORY = HARBOUR_STORY

MORE_STORY = (
    "Fuel costs rose by a third over the year, the board said, and the older of the two ferries needs a new "
    "engine before the spring.",
    "A petition against the cuts has gathered more than 2,000 signatures on the islands since it was started "
    "in January.",
    "The board will meet again in April to hear from the islanders' council and the hospital trust.",
)


@pytest.mark.parametrize(
    "foot",
    [
        ("Share or comment on this article:", "Add comment", "Newest", "Oldest", "Best rated", "View all"),
        ("Do you like the content of this article?", "COMMENT (4)"),
        ("Laisser un commentaire", "Votre nom", "Envoyer"),
        ("Deja un comentario", "Nombre", "Enviar"),
        ("Onderwerpe:", "Droogte", "Landbou", "Wes-Kaap", "Deel hierdie artikel", "E-pos"),
        ("टॅग्स :", "नाशिक", "पाणीकपात", "प्रतिक्रिया (३)"),
        ("Pynciau cysylltiedig", "Addysg", "Cyngor Gwynedd"),
        ("Hot Stories", "Taxi man and conductor in bust-up over fare", "Comments"),
        ("Faallo ka bixi", "Magaca", "Iimaylka", "Dir"),
    ],
)
def test_the_page_foot_opened_by_its_label_is_no_paragraph_or_subhead(foot: tuple[str, ...]) -> None:
    text = "\n".join(("Ferry timetable cut for the winter", *STORY, *foot))
    assert paragraph_texts(text) == list(STORY)
    assert subhead_texts(text) == []


@pytest.mark.parametrize(
    "label",
    ["Leave a comment", "Kommentar schreiben", "Lascia un commento", "Deixe um comentário", "Yorum yap",
     "Оставить комментарий", "أضف تعليقا", "टिप्पणी करें", "Kommentaar", "Mga komento", "댓글 쓰기"],
)  # fmt: skip
def test_a_comment_prompt_opens_the_foot(label: str) -> None:
    assert is_tail_label(label)


def test_a_sentence_about_comments_opens_no_foot() -> None:
    assert not is_tail_label("Leave a comment on the council's website before Friday, the clerk said.")
    assert not is_tail_label("Comment is free")


@pytest.mark.parametrize(
    "line",
    [
        "Kommentaar (23)",
        "View(s): 1,482",
        "212 shares",
        "Comments 47",
        "Reacties (4)",
        "1.204 vues",
        "좋아요 12",
        "いいね 4",
        "讚 30",
    ],
)
def test_a_counter_alone_is_furniture(line: str) -> None:
    assert is_furniture(line)


@pytest.mark.parametrize("line", ["In 2023 he read 12 comments.", "Chapter 4", "Platform 9"])
def test_a_line_with_a_number_is_no_counter(line: str) -> None:
    assert not is_furniture(line)


@pytest.mark.parametrize(
    "line", ["Luister na hierdie artikel", "Gwrandewch ar yr erthygl", "बातमी ऐका", "Dhageyso", "Lalela"]
)
def test_the_read_aloud_button_in_more_languages_is_furniture(line: str) -> None:
    assert is_furniture(line)


@pytest.mark.parametrize(
    ("label", "headlines", "subhead", "under"),
    [
        (
            "Hefyd o ddiddordeb:",
            ("Cynllun i uno tair ysgol yn Llŷn yn 'gam yn ôl'", "Nifer y disgyblion yn gostwng eto eleni"),
            "Costau'n codi",
            "Dywedodd y cyngor nad oes penderfyniad eto.",
        ),
        (
            "Also of interest:",
            ("Island school to close after a century of lessons", "Ferry fares rise for the third year"),
            "Rising costs",
            "The board said no decision had been made.",
        ),
    ],
)
def test_a_related_box_in_the_story_ends_at_the_subhead_over_a_short_sentence(
    label: str, headlines: tuple[str, str], subhead: str, under: str
) -> None:
    tail = (subhead, under)
    text = "\n".join(
        ("Ferry timetable cut for the winter", STORY[0], STORY[1], label, *headlines, *tail, STORY[2])
    )
    article = parse_text(text)
    assert [section.heading.text for section in article.sections if section.heading] == [subhead]
    assert paragraph_texts(text) == [STORY[0], STORY[1], under, STORY[2]]
    assert article.related and article.related[0].text is not None
    assert article.related[0].text.text.splitlines() == list(headlines)


@pytest.mark.parametrize(
    "box",
    [
        ("Sign up for the Harbour Week newsletter. Everything you need to know, every Friday.", "Sign Up"),
        (
            "Keep going!",
            "The Gazette is free to read because readers chip in. Become a member today.",
            "Join now",
        ),
        ("Recevez notre infolettre chaque matin dans votre boîte.", "Inscrivez-vous"),
        ("Suscríbete al boletín y recibe las noticias cada mañana.", "Suscríbete"),
    ],
)
def test_a_newsletter_or_membership_box_is_no_paragraph(box: tuple[str, ...]) -> None:
    text = "\n".join(("Ferry timetable cut for the winter", STORY[0], STORY[1], *box, STORY[2]))
    assert paragraph_texts(text) == list(STORY)


def test_a_story_line_over_a_sign_up_button_stays() -> None:
    blocks = ["Headline", STORY[0], "The board said it would support the plan.", "Subscribe"]
    assert donation_box(blocks) == set()
    blocks = ["Menu", "Search", "Subscribe", "Headline"]
    assert donation_box(blocks) == set()
    # the story's closing credit over the newsletter's offer stays the story's
    blocks = [
        "Headline",
        STORY[0],
        "With a report from Reuters",
        "Sign up for our newsletter. Daily.",
        "Sign up",
    ]
    assert donation_box(blocks) == {3, 4}


@pytest.mark.parametrize("mark", ["GNS", "KNA", "ANGOP", "SONNA"])
def test_a_national_wire_initials_alone_under_the_story_sign_it_off(mark: str) -> None:
    text = "\n\n".join(("Ferry timetable cut for the winter", *STORY, mark))
    article = parse_text(text)
    assert article.signoff is not None and article.signoff.text == mark
    assert paragraph_texts(text) == list(STORY)


@pytest.mark.parametrize(
    "label", ["ဆက်စပ်သတင်း", "Wararka la xiriira", "Hefyd o ddiddordeb", "Also of interest"]
)
def test_more_related_labels(label: str) -> None:
    assert is_related_label(label)


@pytest.mark.parametrize(
    ("byline", "name", "note"),
    [
        (
            "Por Andrea Vargas",
            "Andrea Vargas",
            "Periodista de economía. Escríbale a avargas@example.cr",
        ),
        (
            "By Ann Lee",
            "Ann Lee",
            "Transport reporter covering the islands. Write to her at alee@example.com",
        ),
        ("Par Claire Vasseur", "Claire Vasseur", "Journaliste au service économie depuis 2019."),
        ("Von Jonas Becker", "Jonas Becker", "Redakteur im Ressort Wirtschaft. Er schreibt über Häfen."),
    ],
)
def test_the_author_s_name_over_a_note_on_her_under_the_story_is_no_paragraph(
    byline: str, name: str, note: str
) -> None:
    story = (*STORY, *MORE_STORY)
    text = "\n\n".join(("Ferry timetable cut for the winter", byline, *story, name, note, "Tags", "Ferries"))
    article = parse_text(text)
    assert paragraph_texts(text) == list(story)
    assert subhead_texts(text) == []
    assert article.signoff is None
    assert dict(article.evidence)["author-box"].rule == "author-name-over-note-left-out"


def test_a_name_over_a_sentence_that_is_no_author_s_stays() -> None:
    # the last paragraph's speaker is no byline's author: both lines stay the story's
    last = "Mary Rowe, who runs the island shop, said she would wait and see."
    text = "\n\n".join(("Ferry timetable cut for the winter", "By Ann Lee", *STORY, "John Smith", last))
    assert paragraph_texts(text)[-1] == last


@pytest.mark.parametrize("line", ["동영상 영역 시작", "동영상 영역 끝", "기사 구독"])
def test_a_korean_player_s_bounds_and_subscribe_button_are_furniture(line: str) -> None:
    assert is_furniture(line)
