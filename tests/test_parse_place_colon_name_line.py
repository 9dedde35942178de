"""``دبي: سلمى الحمادي`` alone over the story: the place the story was filed from, a colon, the writer's
name, as Gulf Arabic dailies print their byline; the place is the dateline when the story names it again,
the name the byline. Pages written for the test (Arabic, Persian, Hebrew), with lines the rule must not
take: a picture's label before the colon, a place the story never names, a sentence."""

from __future__ import annotations

import pytest

from archivist.parse import parse_text

_PAGES = {
    "ar": (
        "هيئة الصحة تطلق خدمة التطعيم المنزلي لكبار المواطنين\n\n"
        "29 أكتوبر 2025\n\n"
        "{line}\n\n"
        "أطلقت هيئة الصحة في {place} خدمة جديدة لتقديم التطعيمات في المنازل لكبار المواطنين، على أن تبدأ "
        "الخدمة فعلياً مطلع نوفمبر المقبل.\n\n"
        "وتشمل الخدمة لقاح الإنفلونزا الموسمية ولقاح الالتهاب الرئوي، إلى جانب فحوص سريعة لقياس ضغط الدم.\n\n"
        "وأضافت الهيئة أنها جهزت ستة فرق متنقلة تغطي مختلف مناطق الإمارة في المرحلة الأولى.\n"
    ),
    "fa": (
        "خط دوم متروی شهر تا پایان سال به بهره‌برداری می‌رسد\n\n"
        "۲۹ مهر ۱۴۰۴\n\n"
        "{line}\n\n"
        "مدیرعامل شرکت قطار شهری {place} گفت خط دوم مترو تا پایان سال جاری به بهره‌برداری خواهد رسید.\n\n"
        "او افزود که هفت ایستگاه نخست این خط در مرحله نخست افتتاح می‌شود و بقیه سال آینده آماده خواهند شد.\n\n"
        "به گفته او، اعتبار لازم برای خرید واگن‌های جدید از محل بودجه ملی تأمین شده است.\n"
    ),
}


@pytest.mark.parametrize(
    ("language", "place", "name"),
    [
        ("ar", "دبي", "سلمى الحمادي"),
        ("ar", "أبوظبي", "محمد عبدالله الكعبي"),
        ("fa", "تبریز", "مریم رضایی"),
    ],
)
def test_place_colon_name_is_dateline_and_byline(language: str, place: str, name: str) -> None:
    article = parse_text(_PAGES[language].format(line=f"{place}: {name}", place=place))
    assert article.byline is not None and article.byline.text == name
    assert [person.name for person in article.authors] == [name]
    assert article.dateline is not None and article.dateline.place is not None
    assert article.dateline.place.text == place


@pytest.mark.parametrize(
    ("line", "place"),
    [
        ("تصوير: محمد أحمد", "دبي"),  # the photographer's label before the colon: a credit, no place
        ("الشارقة: سلمى الحمادي", "دبي"),  # a place the story never names again
    ],
)
def test_other_lines_are_not_read(line: str, place: str) -> None:
    article = parse_text(_PAGES["ar"].format(line=line, place=place))
    taken = article.evidence and dict(article.evidence).get("byline")
    assert taken is None or taken.rule != "byline-after-place-and-colon"
    assert article.dateline is None
