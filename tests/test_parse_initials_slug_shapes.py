"""The reporter's and the editor's initials under a story in a script without capitals, in the shapes the
desks set them: joined by a slash or by a dash set apart (``ع.ح - م.ر``), in brackets (``(ع ح/م ر)``,
``(ن ش)``), a Hebrew acronym's gershayim (``ע"ל / ד"כ``), in Georgian (``ნ.ბ./მ.ზ.``), three desks
(``ع ر / ن ب / س ک``): the sign-off, never a paragraph (``archivist.parse.signoff``). Words joined so are
none."""

from __future__ import annotations

import pytest

from archivist.parse import parse_text
from archivist.parse.signoff import whole_block_signoff

STORIES = {
    "ar": (
        "وافق مجلس المدينة يوم الثلاثاء على بناء جسر جديد فوق النهر "
        "بتكلفة أربعين مليون جنيه، حسبما أعلن المحافظ.",
        "ومن المقرر أن تبدأ الأعمال في الربيع وتنتهي قبل نهاية العام المقبل، وفقا لما قاله رئيس المدينة.",
        "وينتظر السكان منذ أكثر من عشرين عاما معبرا جديدا، إذ أغلق الجسر القديم منذ فترة طويلة.",
    ),
    "ur": (
        "سٹی کونسل نے منگل کو دریا پر چالیس کروڑ روپے کی لاگت سے نئے پل کی تعمیر کی منظوری دے دی۔",
        "میئر نے کہا کہ پل اگلے سال کے آخر تک مکمل ہو جائے گا اور "
        "شہریوں کو طویل راستہ اختیار نہیں کرنا پڑے گا۔",
        "شہری بیس سال سے زیادہ عرصے سے نئے پل کا انتظار کر رہے تھے کیونکہ پرانا پل کافی عرصے سے بند ہے۔",
    ),
    "he": (
        "מועצת העיר אישרה ביום שלישי את בניית הגשר החדש מעל הנהר בעלות של ארבעים מיליון שקלים.",
        "העבודות צפויות להתחיל באביב ולהסתיים לפני סוף השנה הבאה, אמר ראש העיר בשיחה עם עיתונאים.",
        "התושבים מחכים יותר מעשרים שנה למעבר חדש, מאחר שהגשר הישן סגור כבר זמן רב.",
    ),
    "ka": (
        "საკრებულომ სამშაბათს დაამტკიცა მდინარეზე ახალი ხიდის "
        "მშენებლობა, რომლის ღირებულება ორმოცი მილიონი ლარია.",
        "სამუშაოები გაზაფხულზე დაიწყება და მომავალი წლის ბოლომდე დასრულდება, განაცხადა მერმა ჟურნალისტებთან.",
        "მოსახლეობა ახალ გადასასვლელს ოც წელზე მეტია ელოდება, რადგან ძველი ხიდი დიდი ხანია დაკეტილია.",
    ),
}
HEADLINES = {
    "ar": "المجلس يوافق على الجسر",
    "ur": "پل کی تعمیر منظور",
    "he": "העירייה תבנה גשר",
    "ka": "ქალაქი ახალ ხიდს ააშენებს",
}
SLUGS = [
    ("ar", "ع.ح - م.ر"),
    ("ar", "(ع ح/م ر)"),
    ("ar", "(ن ش)"),
    ("ur", "ع ر / ن ب / س ک"),
    ("he", 'ע"ל / ד"כ'),
    ("he", "ע״ל – ד״כ"),
    ("ka", "ნ.ბ./მ.ზ."),
]


@pytest.mark.parametrize(("language", "slug"), SLUGS)
def test_initials_slug_signs_the_story(language: str, slug: str) -> None:
    story = STORIES[language]
    article = parse_text("\n\n".join([HEADLINES[language], *story, slug]) + "\n")
    assert article.signoff is not None and article.signoff.text == slug
    assert [p.text for p in article.paragraphs] == list(story)


@pytest.mark.parametrize(
    "line",
    [
        "(و)",  # one letter in brackets: a list's mark
        "(از)",
        "(שלום)",
        "از - به",
        "تهران / کرج",
        "תל אביב - יפו",
        "ქალაქი / სოფელი",
        "ნ.ბ.",  # one writer's initials alone, no brackets
    ],
)
def test_words_are_no_slug(line: str) -> None:
    assert not whole_block_signoff(line)
