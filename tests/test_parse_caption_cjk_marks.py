"""A Chinese or Japanese lead picture's caption with no credit, told by its own marks: the day and place in
brackets closing a Japanese caption (``…（3日、東京都港区）``, ``…＝3日午後、大阪市北区``), the "pictured is"
opening a Chinese one (``图为…``, ``圖為…``). Texts written for the test (fictional people and stories)."""

from __future__ import annotations

import pytest

from archivist.parse import parse_text
from archivist.parse.blocks import split_blocks
from archivist.parse.frontcaption import cjk_marked_caption

_JA_BODY = (
    "電機大手のみどり電機は3日、北海道に新工場を建設すると発表した。投資額は約800億円となる。\n\n"
    "山本社長は記者会見で「国内の生産を強化したい」と述べた。\n\n"
    "新工場は2028年の稼働を目指し、約300人を雇用する計画だ。\n"
)
_ZH_BODY = (
    "本报讯 市交通局3日宣布，全市首条无人驾驶公交线路将于下月开通运营。\n\n"
    "据介绍，该线路全长12公里，沿途设置18个站点。\n\n"
    "市民李先生表示：“希望能早日坐上无人驾驶公交。”\n"
)


@pytest.mark.parametrize(
    ("text", "caption"),
    [
        (
            "みどり電機、北海道に新工場\n2026年3月3日 10:15\n\n"
            "記者会見する山本健太社長（3日、東京都港区）\n\n" + _JA_BODY,
            "記者会見する山本健太社長（3日、東京都港区）",
        ),
        (
            "みどり電機、北海道に新工場\n2026年3月3日 10:15\n\n"
            "新工場の建設予定地＝3日午後、北海道苫小牧市\n\n" + _JA_BODY,
            "新工場の建設予定地＝3日午後、北海道苫小牧市",
        ),
        (
            "首条无人驾驶公交线路下月开通\n2026-03-03 09:30\n\n图为正在测试的无人驾驶公交车\n\n" + _ZH_BODY,
            "图为正在测试的无人驾驶公交车",
        ),
    ],
)
def test_marked_caption_is_the_lead_pictures(text: str, caption: str) -> None:
    article = parse_text(text)
    assert article.image is not None and article.image.caption is not None
    assert article.image.caption.text == caption
    assert article.image.credit is None
    assert caption not in " ".join(paragraph.text for paragraph in article.paragraphs)


@pytest.mark.parametrize(
    "line",
    [
        "首相、来週にも訪米へ（共同）",  # a headline with its agency, no day and place
        "首相官邸（東京都千代田区）",  # a place with no day
        "同社は3日に記者会見を開いた（東京都港区）。",  # a sentence with its stop
        "Mayor opens the new bridge (3 March, Leeds)",  # no CJK caption at all
    ],
)
def test_lines_without_the_marks_are_no_caption(line: str) -> None:
    (block,) = split_blocks(line + "\n")
    assert cjk_marked_caption(block) is None
