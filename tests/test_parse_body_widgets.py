"""Widgets and notes a web page sets in and under the story, read on pages written for these tests (fictional
stories, several languages and house styles), with negatives: a reader poll, an embedded social post, a
key-facts box of ``Label: value`` lines, a Korean call for tips, the house's disclaimer on its contributors,
an audio player's prime-marked clock, a clip's bracketed length under ``Video``, a prompt over a player, a
capitals label subhead, a stopless pull quote repeating a sentence above, correction notes in many languages
(and one under a sign-off), a sign-off address after a dash, India's ``(Inputs: …)`` agency line."""

from __future__ import annotations

import pytest

from archivist.parse import parse_text
from archivist.parse.blocks import split_blocks
from archivist.parse.bodywidgets import (
    disclaimer_lines,
    embedded_posts,
    fact_lines,
    poll_box,
    tips_lines,
)
from archivist.parse.headings import is_subhead_like
from archivist.parse.signoff import CORRECTION_NOTE, closing_note, desk_credits

_P1 = "The council approved the new water tariff on Monday after a long debate over the cost of bulk supply."
_P2 = "Residents have until the end of the month to lodge objections at any of the city's service centres."
_P3 = "The utility said it would publish a schedule of the new charges on its website later this week."


def _body(article) -> list[str]:
    return [paragraph.text for section in article.sections for paragraph in section.paragraphs]


def _subheads(article) -> list[str]:
    return [section.heading.text for section in article.sections if section.heading is not None]


def _page(*middle: str, tail: str = "", glued: bool = True) -> str:
    """A page copied whole with no blank lines (``glued``), or clean with a blank line between blocks."""
    joint = "\n" if glued else "\n\n"
    lines = ["Water bills to rise from July", "By Jane Doe", "3 March 2026", _P1, *middle, _P2, _P3]
    return joint.join(lines) + (joint + tail if tail else "") + "\n"


# --- a reader poll ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "poll",
    [
        ["POLL", "Can you afford a 12% increase?", "Yes", "No", "Vote"],
        ["Umfrage", "Sollen die Gebühren steigen?", "Ja", "Nein", "Weiß nicht"],
        ["Опрос", "Поддерживаете ли вы повышение тарифов?", "Да", "Нет", "Голосовать"],
        ["Sondage", "Faut-il augmenter le tarif ?", "Oui", "Non"],
    ],
)
def test_a_reader_poll_is_no_paragraph_or_subhead(poll: list[str]) -> None:
    article = parse_text(_page(*poll))
    assert _body(article) == [_P1, _P2, _P3]
    assert _subheads(article) == []


def test_a_question_over_paragraphs_or_one_answer_is_no_poll() -> None:
    blocks = ["Headline", "Who decided it?", _P1, "Is it fair?", "Yes", _P2]
    assert poll_box(blocks) == set()


# --- an embedded social post -----------------------------------------------------------------------


def test_a_tweet_and_its_attribution_line_are_no_paragraphs() -> None:
    tweet = "Traffic on the N1 north is backed up from Zambezi Drive. Avoid it. pic.twitter.com/x8Lk2abQ"
    article = parse_text(_page(tweet, "— Metro Police (@MetroPolice) March 3, 2026"))
    assert _body(article) == [_P1, _P2, _P3]


@pytest.mark.parametrize(
    ("over", "under"),
    [
        ("Ver esta publicación en Instagram", "Una publicación compartida de Lucía Ramos (@luciaramos)"),
        ("Diesen Beitrag auf Instagram ansehen", "Ein Beitrag geteilt von Jonas Weber (@jonasweber)"),
        ("View this post on Instagram", "A post shared by Ama Mensah (@amamensah)"),
    ],
)
def test_an_instagram_posts_lines_are_no_paragraphs(over: str, under: str) -> None:
    assert embedded_posts(["Headline", _P1, over, under, _P2]) == {2, 3}


def test_a_handle_in_a_sentence_is_no_post() -> None:
    line = "The police wrote on X (@MetroPolice) on 3 March 2026 that the road was closed."
    assert embedded_posts(["Headline", _P1, line, _P2]) == set()


# --- a key-facts box -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "box",
    [
        ["Quick facts", "Opened: January 1, 2024", "Runway: 2,500 metres", "Cost: $216 million"],
        ["Fakten", "Eröffnung: 2024", "Länge: 2,5 Kilometer"],
        ["Справка", "Длина линии: 24 км", "Остановок: 17", "Стоимость: 31 млрд рублей"],
    ],
)
def test_a_key_facts_box_set_tight_is_no_paragraph(box: list[str]) -> None:
    article = parse_text(_page(*box))
    assert _body(article) == [_P1, _P2, _P3]


def test_a_facts_head_over_a_paragraph_or_label_lines_alone_stay() -> None:
    assert fact_lines(["Headline", "Facts", _P1, _P2]) == set()
    front = ["Headline", "Jane Doe", "Published at : March 4, 2026", "Updated at : 07:45", _P1]
    assert fact_lines(front) == set()


# --- a Korean call for tips, a contributors' disclaimer --------------------------------------------


def test_a_korean_call_for_tips_is_furniture() -> None:
    assert tips_lines(["제목", "본문입니다.", "제보는 카카오톡 okjebo", "▶ 제보는 카톡 okjebo"]) == {2, 3}
    assert tips_lines(["제목", "제보를 받은 경찰은 현장에 출동했다."]) == set()


@pytest.mark.parametrize(
    "line",
    [
        "Ghanaweb is not responsible for the reportage or opinions of contributors published on the website.",
        "The views expressed in this article are the author's own and do not necessarily reflect our policy.",
        "Las opiniones expresadas en esta columna son responsabilidad exclusiva de su autor.",
        "Les opinions exprimées dans cette tribune n'engagent que leur auteur.",
    ],
)
def test_a_disclaimer_on_contributors_is_furniture(line: str) -> None:
    assert disclaimer_lines(["Headline", _P1, line]) == {2}


def test_a_sentence_saying_someone_is_not_responsible_stays() -> None:
    line = "The council is not responsible for the comments made by the mayor, Smith said on Tuesday."
    assert disclaimer_lines(["Headline", _P1, line]) == set()


# --- players ---------------------------------------------------------------------------------------


def test_an_audio_players_prime_marked_clock_is_no_subhead() -> None:
    article = parse_text(_page("Audio", "Duration 3′ 41″"))
    assert _subheads(article) == [] and _body(article) == [_P1, _P2, _P3]


def test_a_clips_title_with_its_bracketed_length_under_video_is_no_subhead() -> None:
    article = parse_text(_page("Video", "Bekijk hier de beelden van de scheuren in de dijk (1:48)"))
    assert _subheads(article) == [] and _body(article) == [_P1, _P2, _P3]


def test_a_prompt_over_a_player_is_no_paragraph() -> None:
    article = parse_text(_page("Watch the latest episode of The Lowdown below:", "Video: 12:04"))
    assert _body(article) == [_P1, _P2, _P3]


def test_video_over_a_paragraph_stays_a_subhead() -> None:
    said = "The council streamed the whole debate on its channel, officials said."
    article = parse_text(_page("Video", said, glued=False))
    assert "Video" in _subheads(article)


# --- a capitals label subhead ----------------------------------------------------------------------


@pytest.mark.parametrize("line", ["WHAT WE KNOW SO FAR:", "ΤΙ ΕΙΠΕ Ο ΥΠΟΥΡΓΟΣ:", "ЧТО ИЗВЕСТНО:"])
def test_a_capitals_label_is_subhead_like(line: str) -> None:
    assert is_subhead_like(split_blocks(line)[0])


@pytest.mark.parametrize("line", ["He told reporters:", "THE MINISTER SAID ON TUESDAY EVENING IN ATHENS:"])
def test_a_speakers_lead_in_or_a_long_capitals_line_is_not(line: str) -> None:
    assert not is_subhead_like(split_blocks(line)[0])


# --- a stopless pull quote -------------------------------------------------------------------------


def test_a_stopless_pull_quote_repeating_a_sentence_above_is_no_paragraph() -> None:
    said = "“We know this lands hard on islanders who commute,” said Harjit Sandhu, the vice-president."
    pull = "“We know this lands hard on islanders who commute”"
    article = parse_text(_page(said, "Who decided it?", _P2, pull))
    assert "“We know this lands hard on islanders who commute”" not in _body(article)


def test_a_quoted_line_said_only_below_is_kept() -> None:
    # (words said only below are a quoted subhead's: the pull-quote rule leaves them to the section reader)
    said = "“We cannot sail a ship we cannot crew,” said Harjit Sandhu, the vice-president, on Tuesday."
    article = parse_text(_page("“We cannot sail a ship we cannot crew”", said, glued=False))
    assert "“We cannot sail a ship we cannot crew”" in _subheads(article) + _body(article)


# --- correction notes, sign-offs -------------------------------------------------------------------


@pytest.mark.parametrize(
    "note",
    [
        "Dit artikel is aangepast: in een eerdere versie stond dat het om negen woningen ging.",
        "Berichtigung: In einer früheren Version hieß es, die Brücke sei gesperrt.",
        "Fe de erratas: una versión anterior de esta noticia daba una fecha equivocada.",
        "Исправление: в первоначальной версии статьи была указана неверная дата.",
        "訂正：当初の記事で開業日を誤って記載していました。",
    ],
)
def test_a_correction_note_in_many_languages_is_a_closing_note(note: str) -> None:
    assert closing_note(note) == CORRECTION_NOTE


def test_a_sentence_opening_with_a_correction_word_is_no_note() -> None:
    assert closing_note("Correctional officers said the inmate had escaped on Tuesday night.") is None
    assert closing_note("Oprava silnice potrvá do konce května, uvedla správa silnic.") is None


def test_a_correction_under_the_signoff_is_left_out_of_it() -> None:
    note = "Correction: An earlier version of this article said the increase would apply from April."
    article = parse_text(_page(tail="– jdoe@example.com.na\n\n" + note, glued=False))
    assert article.signoff is not None and article.signoff.text == "– jdoe@example.com.na"
    assert _body(article) == [_P1, _P2, _P3]


@pytest.mark.parametrize("line", ["– ndapewa@example.com.na", "— jdoe@example.com"])
def test_a_writers_address_after_a_dash_is_a_signoff_line(line: str) -> None:
    assert desk_credits(line)


def test_a_dash_before_a_sentence_is_no_signoff_line() -> None:
    assert not desk_credits("– Write to the council before Friday, residents were told.")


@pytest.mark.parametrize("line", ["(इनपुट: भाषा)", "(Inputs: PTI)", "(ইনপুট: এজেন্সি)", "(एजेंसी इनपुट के साथ)"])
def test_indias_agency_inputs_line_is_a_signoff_line(line: str) -> None:
    assert desk_credits(line)


def test_a_bracketed_sentence_about_input_costs_is_not() -> None:
    assert not desk_credits("(Input costs rose by a fifth over the year, the ministry said.)")
