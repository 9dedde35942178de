"""The screen-reader labels a public broadcaster's page copies with its lead picture (``Image source,`` /
``Image caption,``), in the languages its services write them: Welsh ``Ffynhonnell y llun,`` / ``Disgrifiad
o'r llun,``, Persian, Chinese (with its full-width comma), Korean, Somali, Serbian, Thai, Amharic (with the
Ethiopic comma). All articles and lines here are written for these tests."""

from __future__ import annotations

import pytest

from archivist.parse import parse_text
from archivist.parse.spoken import opens_with_spoken_label

_LABELS = [
    # (credit's label, caption's label, credit, caption)
    (
        "Ffynhonnell y llun, ",
        "Disgrifiad o'r llun, ",
        "Siân Owen",
        "Mae 24 o blant yn yr ysgol ar hyn o bryd",
    ),
    ("منبع تصویر، ", "توضیح تصویر، ", "Getty Images", "بازار تهران پس از آتش‌سوزی"),
    ("图像来源，", "图像加注文字，", "Getty Images", "上海外滩的游客"),
    ("사진 출처, ", "사진 설명, ", "Getty Images", "서울 광화문 광장의 시민들"),
    ("Xigashada sawirka, ", "Qoraalka sawirka, ", "Getty Images", "Suuqa Bakaaraha ee Muqdisho"),
    ("Autor fotografije, ", "Potpis ispod fotografije, ", "Getty Images", "Novi most na Savi u Beogradu"),
    ("ที่มาของภาพ, ", "คำบรรยายภาพ, ", "Getty Images", "ตลาดน้ำในกรุงเทพฯ"),
    ("የፎቶው ባለመብት፣ ", "የምስሉ መግለጫ፣ ", "Getty Images", "በአዲስ አበባ የሚገኘው ገበያ"),
]


@pytest.mark.parametrize(("source", "label", "credit", "caption"), _LABELS)
def test_the_broadcasters_labels_in_more_languages(
    source: str, label: str, credit: str, caption: str
) -> None:
    headline = {
        "Ffynhonnell y llun, ": "Rhieni'n brwydro i achub ysgol fach y pentref",
    }.get(source, "Headline of the story set over its picture")
    text = (
        f"{headline}\n12 Mehefin 2025\n{source}{credit}\n{label}{caption}\n"
        "The first paragraph of the story runs on here for a good while, as a story's lede does.\n"
        "The second paragraph follows it with more of what happened and who said what about it.\n"
    )
    image = parse_text(text).image
    assert image is not None and image.caption is not None and image.credit is not None
    assert (image.caption.text, image.credit.text) == (caption, credit)


@pytest.mark.parametrize(
    "line",
    [
        # the words in prose, with no comma after them: a sentence, no label
        "Disgrifiad o'r llun yw hwn a gafodd ei dynnu ddoe",
        "Ffynhonnell y llun oedd yr archif leol yn Aberystwyth",
        "Qoraalka sawirka waxaa qoray wariye",
    ],
)
def test_the_words_in_prose_are_no_label(line: str) -> None:
    assert not opens_with_spoken_label(line)
