"""The boxes and prompts a page sets inside or under the story: a plea for the reader's money over its button,
an invitation to the page's channel on a messaging network, the site's bar of links, a video's label over its
clip's title; and a speaker's words quoted whole in capitals as a tabloid's subhead. Articles written for
the tests."""

from __future__ import annotations

import pytest

from archivist.parse import parse_text
from archivist.parse.blocks import split_blocks
from archivist.parse.furniture import (
    channel_prompt,
    donation_box,
    is_furniture,
    link_bar_line,
    player_controls,
)
from archivist.parse.headings import is_subhead_like
from parse_helpers import HARBOUR_STORY

STORY = HARBOUR_STORY


@pytest.mark.parametrize(
    ("title", "pitch", "button"),
    [
        (
            "Support the Gazette",
            "Help keep local news free for every reader by supporting our team",
            "Support us",
        ),
        (
            "Unterstützen Sie uns",
            "Damit unabhängiger Lokaljournalismus für alle frei bleibt",
            "Jetzt spenden",
        ),
        ("Soutenez la rédaction", "Pour que l'information locale reste gratuite pour tous", "Faire un don"),
    ],
)
def test_a_donation_box_inside_the_story_is_no_paragraph_or_subhead(
    title: str, pitch: str, button: str
) -> None:
    text = "\n".join(
        ("Ferry timetable cut for the winter", STORY[0], STORY[1], title, pitch, button, STORY[2])
    )
    article = parse_text(text)
    paragraphs = [paragraph.text for section in article.sections for paragraph in section.paragraphs]
    assert paragraphs == list(STORY)
    assert all(section.heading is None for section in article.sections)


def test_a_story_sentence_over_a_support_button_stays() -> None:
    blocks = ["Headline", STORY[0], "The board said it would support the plan.", "Support us"]
    assert donation_box(blocks) == set()


@pytest.mark.parametrize(
    "line",
    [
        "Click here to follow the Gazette WhatsApp channel",
        "WhatsApp kanalımıza abunə olun!",
        "Pratite nas i na Telegram kanalu",
        "Жаңалықтарды Telegram арнамыздан оқыңыз",
        "Suivez-nous sur notre chaîne WhatsApp",
        "Join our Telegram channel for the latest updates",
    ],
)
def test_an_invitation_to_the_pages_channel_is_furniture(line: str) -> None:
    assert channel_prompt(line)
    assert is_furniture(line)


@pytest.mark.parametrize(
    "line",
    [
        "The ministry launched a WhatsApp channel last week to answer parents' questions.",
        "Police said the group had used a Telegram channel to sell the tickets.",
    ],
)
def test_a_story_sentence_about_a_channel_is_no_furniture(line: str) -> None:
    assert not channel_prompt(line)


@pytest.mark.parametrize(
    "line",
    [
        "Support us | Policies & Ethics | Error/typo? | Contact Us | Newsletter | Apps",
        "Impressum | Datenschutz | Kontakt | Abo | Newsletter",
        "Qui sommes-nous | Mentions légales | Contact | Publicité",
    ],
)
def test_the_sites_bar_of_links_is_furniture(line: str) -> None:
    assert link_bar_line(line)
    assert is_furniture(line)


@pytest.mark.parametrize(
    "line",
    [
        "News | Politics | Europe",
        "Jane Doe | Reuters",
        "Prices rose. | Wages fell. | Rents climbed. | Savings shrank.",
    ],
)
def test_a_crumb_a_byline_or_sentences_set_off_by_bars_are_no_link_bar(line: str) -> None:
    assert not link_bar_line(line)


@pytest.mark.parametrize(
    "line",
    [
        "Video: Studenti o cenama kirija u Novom Sadu",
        "Wideo: Tak wygląda nowy most na Wiśle",
        "Видео: Как строят новый мост",
        "Vidéo : le nouveau pont ouvert aux cyclistes",
    ],
)
def test_a_videos_label_over_its_clips_title_is_the_players(line: str) -> None:
    assert player_controls(["Headline", STORY[0], line, STORY[1]]) == {2}


def test_a_player_word_opening_a_sentence_is_no_label() -> None:
    assert (
        player_controls(["Headline", "Video: the council will publish the recordings online.", STORY[0]])
        == set()
    )


@pytest.mark.parametrize(
    "line",
    [
        '"NISAM IH ZAKLJUČAO, MENJAO SAM BRAVU"',
        "„NISMO ZNALI KOME DA SE OBRATIMO“",
        "«МЫ НЕ ЗНАЛИ, КУДА ИДТИ ДАЛЬШЕ»",
    ],
)
def test_a_speakers_words_quoted_whole_in_capitals_are_subhead_like(line: str) -> None:
    assert is_subhead_like(split_blocks(line)[0])


def test_a_long_line_in_capitals_unquoted_is_still_a_teaser() -> None:
    assert not is_subhead_like(split_blocks("SUSPECT'S MOTIONS DENIED BY THE JUDGE ON FRIDAY")[0])


SR_PAGE = "\n".join(
    (
        "Stanodavac zaključao studente u stanu i isključio struju",
        "M. Petrović",
        "Tri studentkinje iz Novog Sada provele su noć bez struje i vode, nakon što je vlasnik stana "
        "promenio bravu i isključio osigurače, tvrde one.",
        "Devojke su stan iznajmile početkom jula za 350 evra mesečno, a vlasnik je, kako kažu, usred meseca "
        "tražio još 200 evra.",
        '"ZAKLJUČAO NAS JE KAO ŽIVOTINJE"',
        "Kada smo rekle da nećemo da platimo, počeo je da dolazi nenajavljeno, po dva-tri puta dnevno, "
        "kaže jedna od njih.",
        "Reklama",
        '"NISAM IH ZAKLJUČAO, MENJAO SAM BRAVU"',
        "Stanodavac je za naš portal tvrdio da je bravu menjao jer je stara bila pokvarena i da je struju "
        "isključio zbog kvara.",
        "Video: Studenti o cenama kirija u Novom Sadu",
        "00:00 / 01:42",
        "Advokat objašnjava da stanodavac nema pravo da samovoljno uskrati pristup stanu, čak ni ako "
        "podstanar kasni sa plaćanjem.",
    )
)


def test_a_tabloid_page_keeps_its_quoted_subheads_and_leaves_out_the_video() -> None:
    article = parse_text(SR_PAGE)
    assert [section.heading.text for section in article.sections if section.heading] == [
        '"ZAKLJUČAO NAS JE KAO ŽIVOTINJE"',
        '"NISAM IH ZAKLJUČAO, MENJAO SAM BRAVU"',
    ]
    assert sum(len(section.paragraphs) for section in article.sections) == 5


@pytest.mark.parametrize(
    ("label", "title", "clock", "description"),
    [
        (
            "WATCH | Residents line up for bottled water:",
            "Residents line up for bottled water after advisory",
            "Duration 1:58",
            "Stores were running low on bottled water on Tuesday after the advisory.",
        ),
        (
            "Vidéo | Les habitants font la queue pour de l'eau :",
            "Les habitants font la queue pour de l'eau en bouteille",
            "Durée 2:14",
            "Les magasins manquaient d'eau en bouteille mardi après l'avis de la ville.",
        ),
        (
            "Video: Los vecinos hacen cola para conseguir agua",
            "Los vecinos hacen cola para conseguir agua embotellada",
            "Duración 1:05",
            "Las tiendas se quedaron sin agua embotellada el martes tras el aviso.",
        ),
    ],
)
def test_a_video_card_with_its_title_clock_and_description_is_no_body(
    label: str, title: str, clock: str, description: str
) -> None:
    text = "\n".join(
        ("Ferry timetable cut for the winter", STORY[0], STORY[1], label, title, clock, description, STORY[2])
    )
    article = parse_text(text)
    paragraphs = [paragraph.text for section in article.sections for paragraph in section.paragraphs]
    assert paragraphs == list(STORY)
    assert all(section.heading is None for section in article.sections)


def test_the_storys_paragraph_under_a_video_cards_clock_stays() -> None:
    text = "\n".join(
        (
            "Ferry timetable cut for the winter",
            STORY[0],
            STORY[1],
            "WATCH | The ferry in a winter storm:",
            "The ferry crosses in a winter storm",
            "Duration 0:45",
            STORY[2] + " The board meets again in April.",
        )
    )
    article = parse_text(text)
    paragraphs = [paragraph.text for section in article.sections for paragraph in section.paragraphs]
    assert paragraphs[-1].startswith(STORY[2])
