"""Round 19: stories in Chinese and Japanese, whose paragraphs set no spaces between words
(``archivist.parse.words.word_count``, ``archivist.parse.frontline``). Counted by their spaces, a paragraph
was one word and a short sentence front matter; counted two characters a word, it is prose. Korean sets its
words apart and reads as before; a short label over the headline (``社会``, ``ニュース``) stays a label."""

from __future__ import annotations

import pytest

from archivist.parse import parse_text
from archivist.parse.frontline import front_shaped, is_prose
from archivist.parse.words import word_count

_JA_HEADLINE = "東京で新しい図書館が開館、市民に無料で本を貸し出し"
_JA_PARAGRAPHS = [
    "東京都内で四日、新しい市立図書館が開館した。館内には約二十万冊の本がそろい、市民は無料で借りることができる。"
    "開館式には多くの家族連れが集まった。",
    "図書館は駅から徒歩五分の場所にある。建物は三階建てで、子ども向けの読書室や学習スペースも設けられた。"
    "設計には地元の大学が協力した。",
    "市の担当者は「誰もが気軽に立ち寄れる場所にしたい」と話した。今後は講演会や読み聞かせの催しも定期的に開く予定だという。",
    "開館初日には千人を超える人が訪れた。近くに住む会社員の女性は「仕事帰りに寄れるのでうれしい」と笑顔を見せた。",
    "図書館は毎週月曜日が休館日で、平日は午後九時まで開いている。詳しい情報は市のホームページで確認できる。",
]
_ZH_HEADLINE = "上海新建公园正式对外开放，市民周末踊跃参观"
_ZH_PARAGRAPHS = [
    "上海市一座新建的城市公园于四日正式对外开放。公园占地约三十公顷，园内种植了数千棵树木。开放首日吸引了大批市民前来参观。",
    "公园位于市中心以东，交通十分便利。园内设有儿童游乐区、健身步道和一个小型湖泊。设计方表示，公园的建设充分考虑了环保因素。",
    "市政府负责人说：“我们希望为市民提供一个休闲放松的好去处。”今后公园还将定期举办音乐会和展览等活动。",
    "开放当天，许多家庭带着孩子来到公园游玩。一位退休教师说，这里环境优美，空气清新，他以后会经常来散步。",
    "公园每天早上六点开放，晚上十点关闭。市民可以免费入园，无需提前预约。",
]
_DATE_LINE = "2026年3月4日 10:00"


def _page(label: str | None, headline: str, paragraphs: list[str], *, sentence_lines: bool) -> str:
    """The story as a page prints it: the label, the headline, the date line, the paragraphs (each
    sentence on a line of its own if ``sentence_lines``, as a page copied from a narrow column)."""
    if sentence_lines:
        paragraphs = [paragraph.replace("。", "。\n").rstrip("\n") for paragraph in paragraphs]
    front = ([label] if label else []) + [headline, _DATE_LINE]
    return "\n\n".join(front + paragraphs) + "\n"


def _body(text: str) -> str:
    article = parse_text(text)
    return "".join(paragraph.text for section in article.sections for paragraph in section.paragraphs)


@pytest.mark.parametrize(
    ("headline", "paragraphs"), [(_JA_HEADLINE, _JA_PARAGRAPHS), (_ZH_HEADLINE, _ZH_PARAGRAPHS)]
)
@pytest.mark.parametrize("label", [None, "社会", "ニュース", "新闻"])
@pytest.mark.parametrize("sentence_lines", [False, True])
def test_every_paragraph_is_body(
    headline: str, paragraphs: list[str], label: str | None, *, sentence_lines: bool
) -> None:
    text = _page(label, headline, paragraphs, sentence_lines=sentence_lines)
    article = parse_text(text)
    assert article.headline is not None
    assert article.headline.text == headline  # the label over it stays a label
    assert article.summary is None
    assert _body(text).replace("\n", "") == "".join(paragraphs)


@pytest.mark.parametrize(
    "sentence",
    [
        "開館式には多くの家族連れが集まった。",  # 18 characters: a short sentence, no front line
        "設計には地元の大学が協力した。",
        "公园每天早上六点开放，晚上十点关闭。",
        "他说：“这里环境优美。”",
    ],
)
def test_short_sentence_is_prose(sentence: str) -> None:
    assert is_prose(sentence)
    assert not front_shaped(sentence)


@pytest.mark.parametrize("label", ["社会", "ニュース", "新闻", "国际", "経済・政治", "사회"])
def test_label_is_no_prose(label: str) -> None:
    assert not is_prose(label)
    assert front_shaped(label)


def test_word_count() -> None:
    assert word_count("社会") == 1
    assert word_count("ニュース") == 2
    assert word_count("設計には地元の大学が協力した。") == 8  # 14 characters, and the stop a word of its own
    assert word_count("The plan was approved on Tuesday.") == 6
    assert word_count("서울 시내에 새로운 시립 도서관이") == 5  # Hangul: its spaces
    assert word_count("Tokyo 東京 Osaka") == 3


def test_latin_passage_with_a_chinese_word_stays_latin() -> None:
    # one word of Chinese in an English sentence: the sentence's words and cases decide, as before
    assert is_prose("The word 漢字 means Chinese characters in the local language.")
    assert not is_prose("Tokyo 東京 Osaka Kyoto Nara Kobe")


def test_korean_reads_by_its_spaces() -> None:
    paragraphs = [
        "서울 시내에 새로운 시립 도서관이 4일 문을 열었다. "
        "도서관에는 약 20만 권의 책이 있으며 시민 누구나 무료로 빌릴 수 있다.",
        "도서관은 역에서 걸어서 5분 거리에 있다. 건물은 3층 규모로 어린이 열람실과 학습 공간도 갖췄다.",
        "개관 첫날에는 천 명이 넘는 시민이 도서관을 찾았다.",
    ]
    headline = "서울에 새 도서관 문 열어… 시민 누구나 무료 이용"
    text = "\n\n".join(["사회", headline, "2026년 3월 4일 10:00", *paragraphs]) + "\n"
    article = parse_text(text)
    assert article.headline is not None
    assert article.headline.text == headline
    assert _body(text) == "".join(paragraphs)
