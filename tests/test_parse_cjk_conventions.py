"""Pages in Korean, Chinese and Japanese: their own conventions for the byline, the date line, the wire's
dateline, the picture's credit and the desk's sign-off (round 20's lessons; the test articles
``tests/articles/cjk-*`` carry them whole). Each reading with what it must not take."""

from __future__ import annotations

import pytest

from archivist.parse import parse_text
from archivist.parse.bylineblock import read_byline_block
from archivist.parse.bylinedate import han_name_signed_again
from archivist.parse.credit import read_caption_block
from archivist.parse.dateblockcache import read_date_block
from archivist.parse.dateline import find_dateline, wire_reporters
from archivist.parse.furniture import is_furniture
from archivist.parse.related import is_related_label
from archivist.parse.signoff import desk_credits


@pytest.mark.parametrize(
    ("line", "value"),
    [
        ("송고시간2026-06-02 14:05", "2026-06-02"),  # the wire's label set tight against the date
        ("송고 2026.06.02. 14:05", "2026-06-02"),
        ("기사입력 2026-06-02 14:05", "2026-06-02"),
        ("입력2026.06.02", "2026-06-02"),
    ],
)
def test_korean_date_labels(line: str, value: str) -> None:
    found = read_date_block(line, 0, len(line))
    assert found is not None and [d.date.value for d in found.dates] == [value]


def test_a_label_run_on_to_a_word_is_no_date_label() -> None:
    line = "송고시간표 2026-06-02"  # "…표": another word, not the label
    assert read_date_block(line, 0, len(line)) is None


@pytest.mark.parametrize(
    ("paragraph", "place", "agency", "dateline"),
    [
        (
            "(부산=연합뉴스) 이서연 기자 = 부산항만공사는 …",
            "부산",
            "연합뉴스",
            "(부산=연합뉴스) 이서연 기자 =",
        ),
        ("【세종=뉴시스】이서연 기자 = 정부는 …", "세종", "뉴시스", "【세종=뉴시스】이서연 기자 ="),
        (
            "(워싱턴=연합뉴스) 이서연 특파원 = 미국 …",
            "워싱턴",
            "연합뉴스",
            "(워싱턴=연합뉴스) 이서연 특파원 =",
        ),
        ("(대전=뉴스1) 이서연 박준호 기자 = 시는 …", "대전", "뉴스1", "(대전=뉴스1) 이서연 박준호 기자 ="),
    ],
)
def test_korean_wire_dateline(paragraph: str, place: str, agency: str, dateline: str) -> None:
    found = find_dateline(paragraph, 0, len(paragraph))
    assert found is not None and found.place is not None and found.agency is not None
    assert (found.place.text, found.agency.text, found.text) == (place, agency, dateline)


@pytest.mark.parametrize(
    "paragraph",
    [
        # a picture's credit in the same bracket: no "=" after it
        "(사진=뉴스1) 부산항만공사는 주차장을 늘린다.",
        "(부산=연합뉴스) 부산항만공사는 주차장을 늘린다.",  # no closing "=" before the story
        "(서울) 시는 주차장을 늘린다.",
    ],
)
def test_no_korean_wire_dateline(paragraph: str) -> None:
    found = find_dateline(paragraph, 0, len(paragraph))
    assert found is None or found.agency is None or found.agency.text != "뉴스1"
    assert found is None or "=" not in found.text


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("記者張文彥／台中報導", "張文彥"),  # the title before the name, the place after the slash
        ("中央社記者黃美玲", "黃美玲"),
        ("文／記者張文彥", "張文彥"),
        ("이서연 기자", "이서연"),
    ],
)
def test_titled_names_in_cjk(line: str, name: str) -> None:
    found = read_byline_block(line, 0, len(line), bare_ok=True)
    assert found is not None and [p.name for p in found.byline.authors] == [name]
    assert found.byline.text.text == line


@pytest.mark.parametrize("line", ["記者會", "記者會上表示反對", "社会", "國際"])
def test_no_titled_name(line: str) -> None:
    found = read_byline_block(line, 0, len(line), bare_ok=True)
    assert found is None or not found.byline.authors


def test_han_name_signed_again_below() -> None:
    text = "見出し\n小林真由美\n2026年1月20日\n本文。\nこの記事を書いた人\n小林真由美\n新潟総局\n"
    start = text.index("小林")
    found = han_name_signed_again(text, start, start + 5)
    assert found is not None and [p.name for p in found.authors] == ["小林真由美"]


@pytest.mark.parametrize(
    "text",
    [
        "見出し\n小林真由美\n2026年1月20日\n本文。\n",  # named nowhere else: a section's name as well
        "見出し\n小林真由美\n2026年1月20日\n小林真由美さんは話した。\n",  # again, but inside a sentence
        "見出し\n社会\n2026年1月20日\n本文。\n社会\n",  # two characters: a section's name
    ],
)
def test_han_name_not_signed_again(text: str) -> None:
    start = text.index("\n") + 1
    end = text.index("\n", start)
    assert han_name_signed_again(text, start, end) is None


@pytest.mark.parametrize(
    ("line", "caption", "credit"),
    [
        ("부산항 국제여객터미널 전경 [부산항만공사 제공]", "부산항 국제여객터미널 전경", "부산항만공사 제공"),
        ("9호선 열차 [연합뉴스 자료사진]", "9호선 열차", "연합뉴스 자료사진"),
        ("시위 현장 [AP=연합뉴스]", "시위 현장", "AP=연합뉴스"),
        ("台中市西區的自行車道。（圖／資料照）", "台中市西區的自行車道。", "資料照"),
        (
            "雪に埋もれたバス停＝19日午後、新潟県十日町市、小林真由美撮影",
            "雪に埋もれたバス停＝19日午後、新潟県十日町市",
            "小林真由美撮影",
        ),
        (
            "雪に埋もれたバス停（19日、十日町市で）＝小林真由美撮影",
            "雪に埋もれたバス停（19日、十日町市で）",
            "小林真由美",
        ),
    ],
)
def test_cjk_captions_and_credits(line: str, caption: str, credit: str) -> None:
    found = read_caption_block(line, 0, len(line), credit_only_ok=False)
    assert found is not None and found.image.caption is not None and found.image.credit is not None
    assert (found.image.caption.text, found.image.credit.text) == (caption, credit)


@pytest.mark.parametrize(
    "line",
    [
        "시는 주차장을 늘린다 [단독]",  # a bracketed kicker, no picture's word
        "市府表示將分段施工（交通局）",  # a bracket naming who said it, no "圖／"
    ],
)
def test_brackets_without_picture_words_are_no_cjk_credit(line: str) -> None:
    found = read_caption_block(line, 0, len(line), credit_only_ok=False)
    assert found is None or found.rule != "caption-cjk-bracket-credit"


@pytest.mark.parametrize(
    "line",
    [
        "（編輯：黃美玲）",
        "（編輯：黃美玲）1150602",
        "（责任编辑：王小明）",
        "촬영기자:박준호/영상편집:최은비",
    ],
)
def test_cjk_desk_credits(line: str) -> None:
    assert desk_credits(line)


@pytest.mark.parametrize("line", ["編輯部", "编辑：这是一个很长的句子，说明了很多事情。", "편집국"])
def test_no_cjk_desk_credits(line: str) -> None:
    assert not desk_credits(line)


@pytest.mark.parametrize("line", ["有料記事", "写真・図版", "[PR]", "複製連結", "링크 복사"])
def test_cjk_page_furniture(line: str) -> None:
    assert is_furniture(line)


# Whole pages in Chinese and Japanese (the corpus counts words by spaces, which these scripts do not set).
_TW_TV_PAGE = (
    "首頁\n即時\n生活\n社會\n生活\n"
    "台中市區自行車道再延長15公里　明年6月全線通車\n"
    "記者張文彥／台中報導\n"
    "2026年06月02日 11:40\n"
    "字級\n小\n中\n大\n分享\n複製連結\n"
    "台中市西區的自行車道假日湧入騎乘民眾。（圖／資料照）\n"
    "台中市政府2日宣布，將投入約新台幣3億元，在市區新增15公里自行車道，"
    "串連既有的綠園道與河濱路線，預計明年6月全線通車。\n"
    "交通局長李明哲表示，市區自行車道使用人次逐年增加，去年已突破200萬人次，"
    "「把斷點接起來，民眾才會願意騎車通勤」。\n"
    "根據規劃，新路線將沿柳川與綠川兩側興建，部分路段需縮減汽車道寬度，"
    "交通局將在施工前公告替代道路。\n"
    "不過，沿線店家擔心施工影響生意。西區一名早餐店老闆說，希望市府分段施工，不要整條路同時封閉。\n"
    "對此，交通局回應，將分成四個區段施工，每段工期約三個月，並在夜間進行噪音較大的作業。\n"
    "（編輯：黃美玲）\n"
    "更多新聞\n"
    "台中捷運藍線環評通過　最快2027年動工\n"
    "#自行車道\n#台中\n"
)
_JP_DAILY_PAGE = (
    "社会\n"
    "新潟県、豪雪で路線バス3割運休　高齢者の通院に影響\n"
    "有料記事\n"
    "小林真由美\n"
    "2026年1月20日 17時15分\n"
    "写真・図版\n"
    "雪に埋もれたバス停で運行再開を待つ住民＝2026年1月19日午後、新潟県十日町市、小林真由美撮影\n"
    "　新潟県は20日、記録的な大雪の影響で、県内の路線バスの約3割が運休していると発表した。"
    "除雪が追いつかず、狭い道を通る山間部の路線を中心に運行できない状態が続いている。\n"
    "　県によると、運休は少なくとも42路線。通院や買い物にバスを使う高齢者が多く、"
    "市町村が臨時のタクシー利用券を配る動きも出ている。\n"
    "　十日町市の女性（78）は「病院の予約を2回取り直した。早く元に戻ってほしい」と話した。\n"
    "　県は国に除雪費の追加支援を求める方針だ。\n"
    "この記事を書いた人\n"
    "小林真由美\n"
    "新潟総局\n"
)


@pytest.mark.parametrize(
    ("text", "byline", "authors", "published", "image", "paragraphs", "signoff"),
    [
        (
            _TW_TV_PAGE,
            "記者張文彥／台中報導",
            ["張文彥"],
            "2026-06-02",
            ("台中市西區的自行車道假日湧入騎乘民眾。", "資料照"),
            5,
            "（編輯：黃美玲）",
        ),
        (
            _JP_DAILY_PAGE,
            "小林真由美",
            ["小林真由美"],
            "2026-01-20",
            ("雪に埋もれたバス停で運行再開を待つ住民＝2026年1月19日午後、新潟県十日町市", "小林真由美撮影"),
            4,
            None,
        ),
    ],
)
def test_whole_cjk_pages(
    text: str,
    byline: str,
    authors: list[str],
    published: str,
    image: tuple[str, str],
    paragraphs: int,
    signoff: str | None,
) -> None:
    article = parse_text(text)
    assert (
        article.headline is not None
        and article.headline.text == text.splitlines()[5 if text is _TW_TV_PAGE else 1]
    )
    assert article.summary is None
    assert article.byline is not None and article.byline.text == byline
    assert [person.name for person in article.authors] == authors
    assert article.published is not None and article.published.date.value == published
    assert (
        article.image is not None and article.image.caption is not None and article.image.credit is not None
    )
    assert (article.image.caption.text, article.image.credit.text) == image
    assert sum(len(section.paragraphs) for section in article.sections) == paragraphs
    assert (article.signoff.text if article.signoff is not None else None) == signoff


@pytest.mark.parametrize(
    ("paragraph", "byline", "names"),
    [
        ("（中央社記者黃美玲台中2日電）台中市政府今天宣布新增自行車道。", "中央社記者黃美玲", ["黃美玲"]),
        (
            "（中央社記者黃美玲、張文彥台中2日電）台中市政府今天宣布。",
            "中央社記者黃美玲、張文彥",
            ["黃美玲", "張文彥"],
        ),
        ("(부산=연합뉴스) 이서연 기자 = 부산항만공사는 2일 밝혔다.", "이서연 기자", ["이서연"]),
        ("(대전=뉴스1) 이서연 박준호 기자 = 시는 2일 밝혔다.", "이서연 박준호 기자", ["이서연", "박준호"]),
    ],
)
def test_reporters_in_the_wire_dateline(paragraph: str, byline: str, names: list[str]) -> None:
    dateline = find_dateline(paragraph, 0, len(paragraph))
    assert dateline is not None
    found = wire_reporters(paragraph, dateline)
    assert found is not None and found.text.text == byline
    assert [person.name for person in found.authors] == names
    assert {person.affiliation for person in found.authors} == {
        dateline.agency.text if dateline.agency else None
    }


@pytest.mark.parametrize(
    "paragraph",
    ["（中央社台中2日電）台中市政府今天宣布新增自行車道。", "(부산=연합뉴스) = 부산항만공사는 2일 밝혔다."],
)
def test_wire_dateline_naming_no_reporter(paragraph: str) -> None:
    dateline = find_dateline(paragraph, 0, len(paragraph))
    assert dateline is None or wire_reporters(paragraph, dateline) is None


_CNA_PAGE = (
    "中央通訊社\n首頁\n生活\n"
    "台中自行車道延長15公里　明年6月通車\n"
    "2026/6/2 11:40\n"
    "（中央社記者黃美玲台中2日電）台中市政府今天宣布，將投入約新台幣3億元，在市區新增15公里自行車道，"
    "串連既有的綠園道與河濱路線。\n"
    "交通局長李明哲表示，市區自行車道使用人次逐年增加，去年已突破200萬人次，"
    "把既有路線的斷點接起來，民眾才會願意騎車通勤，也能減少市區的汽機車流量。\n"
    "根據規劃，新路線將沿柳川與綠川兩側興建，部分路段需縮減汽車道寬度，"
    "交通局將在施工前公告替代道路，並請民眾多加利用大眾運輸工具通行。\n"
    "對此，交通局回應，將分成四個區段施工，每段工期約三個月。\n"
    "不過，沿線店家擔心施工影響生意，希望市府分段施工，不要整條路同時封閉。\n"
    "交通局表示，將在施工前舉辦說明會，並在夜間進行噪音較大的作業。\n"
    "（編輯：張文彥）1150602\n"
    "延伸閱讀\n"
    "台中捷運藍線環評通過\n"
    "國道連假高乘載管制\n"
    "高鐵旅運量創新高\n"
    "本網站之文字、圖片及影音，非經授權，不得轉載、公開播送或公開傳輸及利用。\n"
)


def test_wire_page_with_its_reporter_in_the_dateline_and_a_box_over_the_rights_notice() -> None:
    article = parse_text(_CNA_PAGE)
    assert article.byline is not None and article.byline.text == "中央社記者黃美玲"
    assert [(person.name, person.affiliation) for person in article.authors] == [("黃美玲", "中央社")]
    assert article.signoff is not None and article.signoff.text == "（編輯：張文彥）1150602"
    assert sum(len(section.paragraphs) for section in article.sections) == 6
    assert [box.heading.text for box in article.related if box.heading is not None] == ["延伸閱讀"]
    assert all("不得轉載" not in paragraph.text for paragraph in article.paragraphs)


def test_related_label_with_its_arrow_and_a_full_width_colon() -> None:
    assert is_related_label("▸延伸閱讀：台中捷運藍線環評通過　最快2027年動工")


@pytest.mark.parametrize("line", ["延伸閱讀活動今天在台中舉行，吸引許多民眾參加。", "▸台中捷運藍線環評通過"])
def test_no_related_label(line: str) -> None:
    assert not is_related_label(line)
