"""The top of the page learnt from round 20's misses (``archivist.parse.frontlabels``,
``archivist.parse.front``, ``archivist.parse.frontsummary``), on articles written here: a section's two
words joined by a particle over the headline, a Japanese menu item joining two with a middle dot, a
relative-time notice of the page's age over the headline, the lead image's caption printed twice, the
headline printed again over its standfirst. Each rule has the cases it must leave alone."""

from __future__ import annotations

import pytest

from archivist.parse import parse_text
from archivist.parse.agencies import is_publication
from archivist.parse.frontlabels import label_shape
from archivist.parse.frontline import relative_time_notice
from archivist.parse.frontsummary import _button_sized
from parse_helpers import BRIDGE_BODY, BRIDGE_HEADLINE
from parse_helpers import note as _note
from parse_helpers import rule as _rule

# ------------------------------------------------------ a section's two words joined by a particle


@pytest.mark.parametrize(
    ("label", "headline", "standfirst", "date_line"),
    [
        (
            "Kultur og samfunn",
            "Biblioteket i sentrum holder åpent til midnatt fra neste måned",
            "Kommunen bruker fire millioner kroner på lengre åpningstider. Forsøket varer i ett år.",
            "Publisert: 04.02.2026 08:15",
        ),
        (
            "Litoral e interior",
            "Ponte sobre o rio Pardo será reformada a partir de junho, diz governo",
            "A travessia está fechada para caminhões desde as chuvas de janeiro.",
            "04/02/2026 08h15",
        ),
        (
            "Politique et société",
            "La mairie prolonge les horaires de la médiathèque jusqu'à minuit",
            "L'essai durera un an et coûtera quatre cent mille euros à la ville.",
            "Publié le 04/02/2026 à 08h15",
        ),
    ],
)
def test_two_words_joined_by_a_particle_over_the_front_are_a_label(
    label: str, headline: str, standfirst: str, date_line: str
) -> None:
    text = f"{label}\n\n{headline}\n\n{standfirst}\n\nJane Doe\n\n{date_line}\n\n{BRIDGE_BODY}"
    article = parse_text(text)
    assert article.headline is not None and article.headline.text == headline
    assert _note(article, "headline") == label
    assert article.summary is not None and article.summary.text == standfirst


def test_a_short_headline_with_a_particle_over_its_standfirst_stays_the_headline() -> None:
    headline = "Rain and wind"
    standfirst = "Forecasters expect gusts of up to 90 km/h on the coast tonight."
    article = parse_text(f"{headline}\n\n{standfirst}\n\nBy Jane Doe\n\n{BRIDGE_BODY}")
    assert article.headline is not None and article.headline.text == headline
    assert article.summary is not None and article.summary.text == standfirst


def test_the_joined_label_shape_is_weak() -> None:
    assert label_shape("Børs og finans") == (3, False)
    assert label_shape("Campinas e região") == (3, False)
    assert label_shape("Rise of the robots") == (0, False)  # two particles
    assert label_shape("kultur og samfunn") == (0, False)  # no capital opening it


# ---------------------------------------------------------------- a Japanese menu item with a middle dot


def test_a_menu_item_joined_by_a_middle_dot_is_a_label() -> None:
    assert label_shape("速報・新着")[0]
    # a name written with the middle dot opening a headline is no label
    assert label_shape("ジョン・スミス氏が来日し首相と会談へ") == (0, False)


def test_a_japanese_menu_over_the_headline_is_left_out() -> None:
    menu = ["ホーム", "地域", "速報・新着", "特集", "地域"]
    headline = "市内の図書館が夜間開館を延長　来月から午後10時まで"
    body = "　市は4日、中央図書館の開館時間を来月から延長すると発表した。\n　利用者の要望が多かったという。\n"
    article = parse_text("\n".join(menu) + "\n" + headline + "\n2026年2月4日 18時30分\n" + body)
    assert article.headline is not None and article.headline.text == headline
    assert _rule(article, "headline") == "headline-under-front-labels"


# -------------------------------------------------------------- a notice of the page's age over the headline


@pytest.mark.parametrize(
    "line",
    ["This was published 4 hours ago", "Published 2 days ago", "Article updated 35 minutes ago"],
)
def test_relative_time_notices(line: str) -> None:
    assert relative_time_notice(line)


@pytest.mark.parametrize(
    "line",
    [
        "Storm that hit 3 days ago leaves thousands without power",  # the time closes no line
        "Two years ago",  # no number
        "What the council promised 4 years ago and what it has delivered since then, street by street",
    ],
)
def test_no_relative_time_notice(line: str) -> None:
    assert not relative_time_notice(line)


def test_a_relative_time_notice_over_the_headline_is_no_headline() -> None:
    headline = "Buckled rails strand evening commuters as heat hits the network"
    text = (
        f"Transport\nRail\nThis was published 4 hours ago\n{headline}\nBy Jane Doe\nMarch 6, 2026 — 5.30am\n"
        + BRIDGE_BODY
    )
    article = parse_text(text)
    assert article.headline is not None and article.headline.text == headline
    assert article.summary is None


# ------------------------------------------------------------------- the lead image's caption printed twice


def test_a_caption_printed_over_itself_is_no_standfirst() -> None:
    caption = "Workers inspect the damaged pier of the bridge on Monday."
    text = (
        f"Bridge over the river to be repaired next year\nBy Jane Doe\nMarch 6, 2026 — 5.30am\n"
        f"{caption}\n{caption}Credit: John Roe\n{BRIDGE_BODY}"
    )
    article = parse_text(text)
    assert article.summary is None
    assert article.image is not None and article.image.caption is not None
    assert article.image.caption.text == caption
    assert _rule(article, "front") == "front-image-alt-text-left-out"


def test_a_standfirst_over_a_different_caption_stays() -> None:
    standfirst = "The crossing has been closed to lorries since the spring floods damaged two of its piers."
    caption = "Workers inspect the damaged pier of the bridge on Monday."
    text = (
        f"Bridge over the river to be repaired next year\n\n{standfirst}\n\nBy Jane Doe\n\n"
        f"March 6, 2026\n\n{caption} Photo: John Roe\n\n{BRIDGE_BODY}"
    )
    article = parse_text(text)
    assert article.summary is not None and article.summary.text == standfirst


# ------------------------------------------------------------ the headline printed again over its standfirst


def test_the_headline_printed_again_over_its_standfirst_is_no_part_of_it() -> None:
    headline = "Club's floodlit pitch plan draws objections from neighbours"
    standfirst = "Residents say lights until 10pm will 'turn the valley into a stadium'"
    text = (
        "Skip to content\nNews\nSport\nCommunity\n"
        f"{headline}\nMembers of the club at the site of the proposed pitch. Photo: John Roe\n"
        f"{headline}\n{standfirst}\nJane Doe\nThu 5 Mar 2026 at 11:30\n{BRIDGE_BODY}"
    )
    article = parse_text(text)
    assert article.headline is not None and article.headline.text == headline
    assert article.summary is not None and article.summary.text == standfirst
    assert _rule(article, "front") == "front-headline-again-left-out"


def test_a_standfirst_opening_like_the_headline_is_kept_whole() -> None:
    headline = "Bridge over the river to be repaired next year"
    standfirst = "Bridge over the river to be repaired next year, the council says.\nWork starts in spring."
    text = f"{headline}\n\n{standfirst}\n\nBy Jane Doe\n\nMarch 6, 2026\n\n{BRIDGE_BODY}"
    article = parse_text(text)
    assert article.summary is not None and article.summary.text == standfirst


# ------------------------------------------------ a label in a script without capitals over a tight headline


def test_an_uncased_section_and_desk_over_a_tight_headline_is_a_label() -> None:
    label = "경제 경제 일반"
    headline = "시내버스 요금 다음 달부터 200원 인상… 8년 만에 조정"
    text = (
        f"{label}\n{headline}\n김민수 기자\n정하나 기자\n입력 2026.02.04. 08:15\n"
        "시는 4일 시내버스 기본요금을 다음 달부터 200원 인상한다고 밝혔다. "
        "요금 인상은 2018년 이후 8년 만으로, 시는 연료비와 인건비가 크게 오르면서 "
        "운송 적자가 해마다 늘어 더는 미룰 수 없었다고 설명했다.\n"
        '시 관계자는 "노선 개편과 배차 간격 단축을 함께 추진해 시민들의 불편을 줄이겠다"며 '
        '"청소년과 어르신 요금은 지금처럼 유지하고 환승 할인도 그대로 적용한다"고 말했다.\n'
        "시민단체는 요금 인상에 앞서 서비스 개선 계획을 먼저 내놓아야 한다며 공청회를 다시 열 것을 요구했다. "
        "시는 다음 주 시의회에 인상안을 보고할 예정이다.\n"
    )
    article = parse_text(text)
    assert article.headline is not None and article.headline.text == headline
    assert _note(article, "headline") == label
    assert article.byline is not None and article.byline.text == "김민수 기자\n정하나 기자"
    assert [person.name for person in article.authors] == ["김민수", "정하나"]


def test_a_title_case_headline_of_three_words_over_a_tight_deck_stays_the_headline() -> None:
    headline = "City Backs Stadium"
    deck = "Voters will decide in May whether the club gets its new ground"
    article = parse_text(f"{headline}\n{deck}\n\nBy Jane Doe\n\n{BRIDGE_BODY}")
    assert article.headline is not None and article.headline.text == headline


def test_a_line_over_one_name_over_the_date_line_is_no_second_author() -> None:
    text = (
        f"{BRIDGE_HEADLINE}\n\nThe works will close the crossing for a year\nJane Doe\nMarch 6, 2026\n\n"
        + BRIDGE_BODY
    )
    article = parse_text(text)
    assert [person.name for person in article.authors] == ["Jane Doe"]


# ------------------------------------------------------ a masthead in a script without capitals over a menu

_JAPANESE_BODY = (
    "　市は4日、中央図書館の開館時間を来月から延長すると発表した。平日は午後10時まで開け、"
    "土日も午後8時まで利用できるようにする。\n"
    "　利用者アンケートで夜間の開館を望む声が多かったという。市は年間約3千万円の費用を見込んでいる。\n"
    "　館長は「仕事帰りの人にも気軽に立ち寄ってほしい」と話した。\n"
)


def test_a_masthead_over_the_site_menu_is_a_label() -> None:
    headline = "中央図書館が夜間開館を延長　来月から平日は午後10時まで"
    text = f"東西新聞デジタル\nニュース\n地域\n{headline}\n2026年2月4日 18時30分\n{_JAPANESE_BODY}"
    article = parse_text(text)
    assert article.headline is not None and article.headline.text == headline
    assert _note(article, "headline") == "東西新聞デジタル; ニュース; 地域"


def test_a_short_headline_over_its_byline_stays_the_headline() -> None:
    headline = "市長が辞任を表明"
    for byline in ("田中健一", "社会部　田中健一"):
        article = parse_text(f"{headline}\n{byline}\n2026年2月4日 18時30分\n{_JAPANESE_BODY}")
        assert article.headline is not None and article.headline.text == headline


# ------------------------------------------------- a paper named by its first word after the author's name


@pytest.mark.parametrize(
    "outlet", ["Diário do Vale Paulista", "Jornal da Serra", "Corriere della Valle", "Gazeta do Litoral"]
)
def test_a_paper_named_by_its_first_word_is_a_publication(outlet: str) -> None:
    assert is_publication(outlet)


@pytest.mark.parametrize("name", ["Maria do Carmo", "Vale do Paraíba", "Ana de Souza", "Diário"])
def test_a_name_with_a_particle_is_no_publication(name: str) -> None:
    assert not is_publication(name)


def test_a_byline_naming_the_paper_after_the_author() -> None:
    headline = "Ponte sobre o rio Pardo será reformada a partir de junho, diz governo"
    standfirst = "Obra de 300 metros deve durar um ano; travessia fica fechada para caminhões"
    byline = "Por Ana Ribeiro, Jornal da Serra — Franca"
    text = f"{headline}\n\n{standfirst}\n\n{byline}\n\n04/02/2026 08h15\n\n{BRIDGE_BODY}"
    article = parse_text(text)
    assert article.summary is not None and article.summary.text == standfirst
    assert article.byline is not None and article.byline.text == byline
    assert [(person.name, person.affiliation) for person in article.authors] == [
        ("Ana Ribeiro", "Jornal da Serra")
    ]


# ------------------------------------------- a standfirst opening with the paper's initials over the picture

_LEDE = "Từ ngày 1-3, thành phố sẽ thí điểm làn đường dành riêng cho xe buýt trên đường Hai Bà Trưng dài 4km."
_CAPTION = "Xe buýt lưu thông trên đường Hai Bà Trưng vào giờ cao điểm sáng 11-2 - Ảnh: TRẦN AN"
_VI_BODY = (
    "Sáng 12-2, Sở Xây dựng cho biết đã có văn bản hướng dẫn phương án thí điểm làn xe buýt riêng.\n"
    "Theo phương án, làn sát dải phân cách sẽ được sơn màu đỏ và chỉ dành cho xe buýt vào giờ cao điểm.\n"
    "Ngoài khung giờ này, các phương tiện khác vẫn được đi vào làn nhưng phải nhường đường cho xe buýt.\n"
)


def test_a_standfirst_opening_with_the_papers_initials_over_the_picture() -> None:
    headline = "Thành phố thí điểm làn xe buýt riêng trên đường Hai Bà Trưng từ ngày 1-3"
    text = (
        f"Báo Sáng Online\nThời sự\n12/02/2026 09:15 GMT+7\n{headline}\n"
        f"Nghe đọc bài\nTheo dõi Báo Sáng trên Google News\nBSO - {_LEDE}\n{_CAPTION}\n{_VI_BODY}"
    )
    article = parse_text(text)
    assert article.headline is not None and article.headline.text == headline
    assert article.summary is not None and article.summary.text == f"BSO - {_LEDE}"


def test_a_wire_lede_with_its_place_over_the_picture_stays_the_story() -> None:
    headline = "Bridge over the river to be repaired next year"
    lede = (
        "LONDON (Reuters) - The council approved the plan on Tuesday after a two-hour debate in the chamber."
    )
    caption = "Workers inspect the damaged pier of the bridge on Monday. REUTERS/John Roe"
    article = parse_text(f"{headline}\n\n{lede}\n\n{caption}\n\n{BRIDGE_BODY}")
    assert article.summary is None
    assert article.dateline is not None and article.dateline.agency is not None


# ---------------------------------------------------------------- a button's label between front and picture


@pytest.mark.parametrize("button", ["Del artiklen", "Follow on", "Jaa artikkeli", "記事を共有"])
def test_a_button_over_the_picture_is_no_standfirst(button: str) -> None:
    text = (
        f"{BRIDGE_HEADLINE}\n\nBy Jane Doe\n\nMarch 6, 2026\n\n{button}\n\n"
        f"Workers inspect the damaged pier of the bridge on Monday. Photo: John Roe\n\n{BRIDGE_BODY}"
    )
    article = parse_text(text)
    assert article.summary is None


@pytest.mark.parametrize(
    ("passage", "button"),
    [
        ("Share", True),
        ("Follow on", True),
        ("Prices fall.", False),  # a sentence, however short
        ("Markets slump again", False),  # three words: a deck's phrase
        ("市が夜間開館を延長へ", False),  # five words' worth of characters
    ],
)
def test_button_sized(passage: str, button: bool) -> None:
    assert _button_sized(passage) is button
