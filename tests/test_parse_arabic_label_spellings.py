"""A related label in the Arabic script spelt as pages spell it, not only as the table lists it: the hamza
on the alef written or not (``اقرأ``/``إقرأ``/``اقرا``), the tanween before or after the alef or left out
(``أيضاً``/``أيضًا``/``أيضا``), a kashida, Persian's and Arabic's yeh and kaf exchanged (``بيشتر بخوانيد``):
all read folded to one spelling (``archivist.parse.related``)."""

from __future__ import annotations

import pytest

from archivist.parse import parse_text
from archivist.parse.related import is_related_label, opens_with_label

STORY = (
    "وافق مجلس المدينة يوم الثلاثاء على بناء جسر جديد فوق النهر "
    "بتكلفة أربعين مليون جنيه، حسبما أعلن المحافظ.",
    "ومن المقرر أن تبدأ الأعمال في الربيع وتنتهي قبل نهاية العام المقبل، وفقا لما قاله رئيس المدينة.",
    "وينتظر السكان منذ أكثر من عشرين عاما معبرا جديدا، إذ أغلق الجسر القديم منذ فترة طويلة.",
)
LINKS = ("عودة خط العبارات بين الجزر في يناير", "شركة الحافلات تضيف خطوطا ليلية إلى المطار")
SUBHEAD = "ارتياح بين التجار"
AFTER = (
    "وقال أصحاب المحلات إن الجسر سيعيد الزبائن الذين يذهبون الآن إلى المدينة المجاورة كل أسبوع.",
    "ورحبت الغرفة التجارية بالتصويت وطالبت ببدء العمل في أقرب وقت ممكن، مؤكدة أن التأخير يضر بالتجار.",
)


@pytest.mark.parametrize("label", ["شاهد أيضاً:", "شاهـد أيضًا", "طالع ايضاً", "إقرأ ايضاً..", "اقرا أيضًا…"])
def test_label_spelt_otherwise_over_its_links(label: str) -> None:
    page = "\n\n".join(
        ["مجلس المدينة يوافق على جسر جديد", *STORY, "\n".join([label, *LINKS]) + "\n" + SUBHEAD, *AFTER]
    )
    article = parse_text(page + "\n")
    assert [p.text for p in article.paragraphs] == [*STORY, *AFTER]
    assert [s.heading.text if s.heading else None for s in article.sections] == [None, SUBHEAD]
    assert len(article.related) == 1
    heading = article.related[0].heading
    assert heading is not None and heading.text.rstrip(":.…") == label.rstrip(":.…")


@pytest.mark.parametrize(
    "line",
    ["شاهد أيضاً:", "طالع ايضاً", "بيشتر بخوانيد:", "مطالب مرتبط", "اقرأ كمان: عنوان الخبر", "مزيد پڑھیں"],
)
def test_folded_label(line: str) -> None:
    assert is_related_label(line)


@pytest.mark.parametrize(
    "line",
    [
        "اقرأ أيضا المزيد من الأخبار عن النهر في الصفحة الثانية",  # (no colon or end after the label)
        "وقال المدير إن العمل سيستمر حتى نهاية العام",
        "شاهدت أيضاً الحشود على الضفة",
    ],
)
def test_no_label(line: str) -> None:
    assert not is_related_label(line)
    assert not opens_with_label(line) or line.startswith("اقرأ")
