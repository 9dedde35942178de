"""More of the page's furniture a copy to text carries along, on pages written here: an advertisement's slot
labelled in more languages, the story's age over its headline, the text-size buttons one a line, a count
alone, a video player's controls, the house's app and offers closed by their button, a box on the author
(mid-story or under it), a paywall's notice, a rights notice with its terms of reuse, a house's mailbox,
a related label in more shapes; each with the line of a story it must leave alone."""

from __future__ import annotations

import pytest

from archivist.parse import parse_text
from archivist.parse.blocks import Block, split_blocks
from archivist.parse.furniture import author_box, is_furniture, page_tail, player_controls
from archivist.parse.headings import is_subhead_like
from archivist.parse.related import is_related_label, opens_with_label
from parse_helpers import FERRY_HEADLINE, FERRY_STORY, paragraph_texts
from parse_helpers import ferry_page as _page

_HEADLINE = FERRY_HEADLINE
_LONG = FERRY_STORY


def block_of(line: str) -> Block:
    return split_blocks(line + "\n")[0]


def _headings(text: str) -> list[str]:
    return [section.heading.text for section in parse_text(text).sections if section.heading is not None]


@pytest.mark.parametrize(
    "label",
    ["PUBLICITATE", "Reclamă", "إعلان", "廣告", "广告", "広告", "광고", "Hirdetés", "ANNONCE", "Annonse"],
)
def test_an_advertisement_slot_in_more_languages_is_no_subhead(label: str) -> None:
    text = _page(label)
    assert paragraph_texts(text) == list(_LONG)
    assert _headings(text) == []


@pytest.mark.parametrize(
    "line",
    [
        "This was published 4 hours ago",
        "This article is more than 5 years old",
        "Normal text size",
        "Larger text size",
        "Very large text size",
        "412",
        "1,204",
        "3.2K",
        "Del artiklen",
        "Follow on",
        "License this article",
        "Share or comment on this article:",
        "Download The Example Daily News App for Latest City News",
        "Subscribe Start Your Daily Mornings with The Example Daily! Order Now",
        "Log in, register or subscribe to save articles for later.",
        "Start the day with a summary of the day's stories. Sign up for our Morning Edition newsletter.",
    ],
)
def test_the_page_s_notes_and_buttons_are_furniture(line: str) -> None:
    assert is_furniture(line)


@pytest.mark.parametrize(
    "line",
    [
        "2019",  # a year alone heads a timeline's section
        "This was published 40 years ago, when the mill closed.",
        "Why voters should register now",
        "Voters can register now, the council said.",
        "Download speeds doubled after the upgrade",
        "Text size matters to older readers, the survey found.",
        "Publicitatea electorală a fost interzisă.",
        "Follow the money",
        "The council told residents to sign up for its flood alerts newsletter.",
    ],
)
def test_a_story_s_line_is_no_furniture(line: str) -> None:
    assert not is_furniture(line)


def test_a_share_box_with_its_count_is_left_out() -> None:
    text = _page("Share or comment on this article:", "e-mail", "412", "View comments")
    assert paragraph_texts(text) == list(_LONG)
    assert _headings(text) == []


def test_a_video_player_s_controls_around_its_clock() -> None:
    blocks = [_HEADLINE, _LONG[0], "Video", "WATCH: Crews clear the quay", "Play", "Duration 2:14", _LONG[1]]
    assert player_controls(blocks) == {2, 4, 5}
    text = _page("Video", "WATCH: Crews clear the quay", "Play", "Duration 2:14")
    assert paragraph_texts(text) == list(_LONG)
    assert _headings(text) == []


def test_play_or_a_time_with_no_player_stays() -> None:
    assert player_controls([_HEADLINE, "Play", _LONG[0]]) == set()
    assert player_controls([_HEADLINE, _LONG[0], "18:30", _LONG[1]]) == set()


def test_an_author_box_in_the_middle_of_the_story() -> None:
    box = ["この記事を書いた人", "田中一郎", "金沢総局", "専門・関心分野", "災害、地域医療"]
    blocks = [_HEADLINE, _LONG[0], *box, _LONG[1]]
    assert author_box(blocks) == {2, 3, 4, 5, 6}
    assert paragraph_texts(_page(*box)) == list(_LONG)


def test_an_author_box_s_label_over_a_sentence_takes_only_the_label() -> None:
    blocks = [_HEADLINE, _LONG[0], "About the author", "The harbour board met on Monday.", _LONG[1]]
    assert author_box(blocks) == {2}
    assert author_box([_HEADLINE, "Written by", "Ann Lee", _LONG[0]]) == set()  # a byline's label


def test_a_note_on_the_author_is_no_sign_off_unless_it_gives_her_address() -> None:
    note = "Ann Lee is a transport reporter for the Harbour Courier."
    article = parse_text(_page(foot=(note,)))
    assert article.signoff is None
    assert [paragraph.text for paragraph in article.paragraphs] == list(_LONG)
    reach = "Ann Lee covers transport. Reach her at alee@example.com."
    assert parse_text(_page(foot=(reach,))).signoff.text == reach


def test_a_note_naming_the_author_by_two_of_her_three_names() -> None:
    text = "\n".join(
        [_HEADLINE, "Peter Lam Ka-wai", "March 3, 2026", *_LONG, "Peter Lam is a reporter covering ports."]
    )
    article = parse_text(text + "\n")
    assert article.signoff is None
    assert [paragraph.text for paragraph in article.paragraphs] == list(_LONG)


def test_the_page_s_rights_notice_and_its_house_mailbox_under_the_share_label() -> None:
    rights = (
        "All rights reserved. This material, and other digital content on this website, may not be"
        " reproduced,"
        " published, broadcast, rewritten or redistributed in whole or in part without prior express written"
        " permission."
    )
    text = _page(foot=("Kindly share this story:", "Facebook", rights, "Contact: theeditor@example.com"))
    article = parse_text(text)
    assert article.signoff is None
    assert [paragraph.text for paragraph in article.paragraphs] == list(_LONG)


def test_a_paywall_notice_opens_the_page_s_foot() -> None:
    blocks = [*_LONG, "この記事は有料記事です。残り1128文字", "有料会員になると続きをお読みいただけます。"]
    assert page_tail(blocks) == 4
    assert page_tail([*_LONG, "Subscribe to continue reading", "Already a subscriber? Log in"]) == 4
    # "残りの3人は…": "the other three", a sentence of the story
    assert page_tail([*_LONG, "残りの3人は翌朝に救助された。"]) is None


@pytest.mark.parametrize(
    "line", ["Más en Andina:", "▸延伸閱讀：高鐵加開班次", "Kapcsolódó", "► Read more: The new quay"]
)
def test_related_labels_in_more_shapes(line: str) -> None:
    assert opens_with_label(line)


@pytest.mark.parametrize(
    "line", ["Plus de contrôles", "Más de 300 personas murieron en el incendio.", "Más en riesgo"]
)
def test_a_subhead_or_sentence_opening_with_more_is_no_label(line: str) -> None:
    assert not is_related_label(line)


def test_a_short_phrase_quoted_whole_with_a_comma_is_a_subhead() -> None:
    assert is_subhead_like(block_of("'A patchwork, not a network'"))
    assert not is_subhead_like(block_of("'We will fight, we will win, and we will stay until the end'"))


def test_a_square_set_tight_marks_a_subhead() -> None:
    assert is_subhead_like(block_of("■「監視」への不安も"))
    assert not is_subhead_like(block_of("■ 제보하기"))


@pytest.mark.parametrize("mark", ["/ritzau/", "(FIN) JRC/MAO"])
def test_a_wire_s_mark_alone_under_the_story_is_the_sign_off(mark: str) -> None:
    article = parse_text(_page(foot=(mark,)))
    assert article.signoff is not None and article.signoff.text == mark


def test_a_desks_initials_run_on_after_the_last_sentence_are_the_sign_off() -> None:
    text = _page().rstrip("\n") + " /cb\n"
    article = parse_text(text)
    assert article.signoff is not None and article.signoff.text == "/cb"
    assert article.paragraphs[-1].text == _LONG[3]


def test_a_path_in_a_sentence_is_no_sign_off() -> None:
    text = _page().rstrip("\n") + " The timetable is at example.com/ferry\n"
    assert parse_text(text).signoff is None
