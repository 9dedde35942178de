"""A page copied "mostly without blank lines": its lines are never hard-wrapped even where it keeps one or
two blank lines (over the tags, around a box), so a short line under a paragraph (``Advertisement``,
``Support Us``, ``Tags``) is a block of its own; a text hard-wrapped at a column, blank lines between its
paragraphs, keeps its wrapped lines together. And a Thai page's paragraphs, which end with no stop, are no
furniture by their shape."""

from __future__ import annotations

from archivist.parse import parse_text
from archivist.parse.blocks import _unwrapped_page, split_blocks, split_lines

_LONG = (
    "The city council approved a loan of 180 million for the third line of the metro on Wednesday after a "
    "debate of nearly three hours in the chamber.",
    "The decision passed with 42 votes for, 12 against and 5 abstentions, the council's chairwoman said.",
    "The money will come from a European bank and will be repaid over 25 years with a grace period of five "
    "years, the deputy mayor for finance explained.",
    "The line will be 2.8 kilometres long with three new stations, and works are due to begin at the end of "
    "the year if the contract is signed in April.",
)


def test_a_short_line_under_a_paragraph_stands_apart_on_a_page_with_one_blank_line() -> None:
    text = "\n".join(
        ["Metro loan approved", "March 12, 2026", _LONG[0], _LONG[1], "Реклама", _LONG[2], "", _LONG[3]]
    )
    blocks = [block.text for block in split_blocks(text)]
    assert "Реклама" in blocks
    assert _LONG[1] in blocks
    assert [p.text for p in parse_text(text + "\n").paragraphs] == list(_LONG)


def test_a_hard_wrapped_text_keeps_its_lines_together() -> None:
    wrapped = (
        "The city council approved a loan of 180 million for the\n"
        "third line of the metro on Wednesday after a debate of\n"
        "nearly three hours.\n"
        "\n"
        "The decision passed with 42 votes for and 12 against, the\n"
        "chairwoman said.\n"
        "\n"
        "The money will come from a European bank and will be\n"
        "repaid over 25 years.\n"
    )
    blocks = [block.text for block in split_blocks(wrapped)]
    assert len(blocks) == 3
    assert blocks[1] == "The decision passed with 42 votes for and 12 against, the\nchairwoman said."


def test_a_page_setting_its_paragraphs_apart_is_read_for_its_wrap() -> None:
    # (one blank line for each paragraph: a page that sets its paragraphs apart, however long its lines)
    lines = split_lines("\n\n".join(_LONG))
    assert not _unwrapped_page(lines)
    assert _unwrapped_page(split_lines("\n".join(_LONG)))
    assert _unwrapped_page(split_lines("\n".join([*_LONG[:3], "", _LONG[3]])))


_THAI = (
    "เมื่อวันที่ 17 เม.ย. บรรยากาศที่จุดรับซื้อผลไม้ริมถนนในอำเภอเมืองคึกคักตั้งแต่เช้ามืด เกษตรกรทยอยขนผลผลิตมาขายให้ผู้รับซื้อหลายราย",
    "นายสมชาย ใจดี เจ้าของสวนผลไม้ เปิดเผยว่า ปีนี้ราคาผลไม้สูงกว่าปีที่แล้ว"
    " เพราะผลผลิตออกสู่ตลาดช้ากว่าปกติและความต้องการของตลาดต่างประเทศสูงขึ้น",
    "ด้านเจ้าหน้าที่เกษตรจังหวัด กล่าวว่า ได้ตั้งชุดเฉพาะกิจตรวจสอบคุณภาพผลไม้ประจำจุดรับซื้อทุกจุด เพื่อป้องกันการตัดผลไม้อ่อนออกขาย",
    "ขณะที่ผู้ประกอบการรายหนึ่งในอำเภอท่าใหม่ ซึ่งขอสงวนนาม ระบุว่า"
    " ผลผลิตเกือบทั้งหมดจะส่งออกไปยังต่างประเทศ ทั้งทางเรือผ่านท่าเรือน้ำลึก"
    " และทางรถไฟ ซึ่งช่วยลดเวลาขนส่งลงเหลือเพียงสามถึงสี่วัน",
    "สำหรับภาพรวมปีนี้"
    " สำนักงานเกษตรจังหวัดคาดการณ์ว่าผลผลิตของจังหวัดจะใกล้เคียงกับปีที่ผ่านมา"
    " โดยผลผลิตจะออกสู่ตลาดมากที่สุดในช่วงกลางเดือนพฤษภาคม",
)


def test_thai_paragraphs_under_a_box_are_the_storys() -> None:
    # Thai writes no full stop: the paragraphs under the read-also box end with none, and stay the story's
    # (a Thai paragraph of 150 characters or fewer under the box is still read as one of its links)
    text = "\n".join(
        [
            "ราคาผลไม้พุ่งต้นฤดู ชาวสวนยิ้มรับ",
            "April 18, 2025",
            "ชาวสวนขนผลผลิตมาขายที่จุดรับซื้อริมถนน",
            "ภาพ : สมชาย แก้วประเสริฐ",
            *_THAI[:3],
            "โฆษณา",
            "อ่านข่าวที่เกี่ยวข้อง",
            "ผู้ว่าฯ สั่งคุมเข้มจุดรับซื้อผลไม้",
            *_THAI[3:],
            "แท็กที่เกี่ยวข้อง",
            "ผลไม้",
            "ราคาผลไม้",
        ]
    )
    article = parse_text(text + "\n")
    paragraphs = [p.text for p in article.paragraphs]
    assert paragraphs[-2:] == list(_THAI[3:])  # under the box: no unstopped lines of the page's foot
    assert article.image is not None and article.image.credit is not None
    assert article.image.credit.text == "สมชาย แก้วประเสริฐ"  # "ภาพ :": the picture's label
