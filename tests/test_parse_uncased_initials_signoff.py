"""The reporter's and the editor's initials under a story in a script without capitals (Arabic's, Persian's,
Pashto's, Urdu's, Hebrew's), each a letter alone, joined by a slash (``ن ش / م ز``): the sign-off, as Latin
capitals' ``AB/CD`` is (``archivist.parse.signoff``); words joined by a slash are none."""

from __future__ import annotations

import pytest

from archivist.parse import parse_text
from archivist.parse.signoff import whole_block_signoff

PAGES = {
    "ps": (
        "د ننګرهار د کرنې ریاست وايي چې د کاما ولسوالۍ لوی کانال بیا جوړ شوی او بزګرانو ته اوبه رسېږي.",
        "د ریاست مشر وویل چې کانال اوس له کانکریټو جوړ شوی او د سېلابونو پر وړاندې به ټینګ پاتې شي.",
        "بزګرانو وویل چې سږ کال به یې ټوله ځمکه کرلې وي، خو د کانال وروستۍ برخې ته لا هم اوبه کمې رسېږي.",
    ),
    "ar": (
        "أعلنت مديرية الزراعة اليوم الانتهاء من إعادة تأهيل القناة الرئيسية في المنطقة بتكلفة مليوني دولار.",
        "وقال مدير المديرية إن القناة ستروي نحو خمسة آلاف هكتار من الأراضي الزراعية خلال الموسم المقبل.",
        "وأضاف أن العمل سيستمر في تنظيف القنوات الفرعية حتى نهاية العام الجاري بمشاركة المزارعين.",
    ),
    "he": (
        "משרד החקלאות הודיע היום על סיום שיקום התעלה הראשית באזור בעלות של שני מיליון שקלים.",
        "מנהל המחוז אמר כי התעלה תשקה כחמשת אלפים דונם של שטחים חקלאיים בעונה הקרובה.",
        "לדבריו, העבודות לניקוי התעלות הצדדיות יימשכו עד סוף השנה בשיתוף החקלאים.",
    ),
}
SLUGS = {"ps": "ن ش / م ز", "ar": "ع.ح/م.ر", "he": "ע.ל / ד.כ"}


@pytest.mark.parametrize("language", sorted(PAGES))
def test_initials_slug_signs_the_story(language: str) -> None:
    story = PAGES[language]
    article = parse_text("\n\n".join(["Headline", *story, SLUGS[language]]) + "\n")
    assert article.signoff is not None and article.signoff.text == SLUGS[language]
    assert [p.text for s in article.sections for p in s.paragraphs] == list(story)


@pytest.mark.parametrize("line", ["ن ش / م ز", "ن.ش/م.ز", "ع ح // م ر", "ע.ל / ד.כ", "AB/CD"])
def test_initials_slug(line: str) -> None:
    assert whole_block_signoff(line)


@pytest.mark.parametrize("line", ["از / به", "ابو / علی", "کابل / ننګرهار", "שלום / עולם"])
def test_words_joined_by_a_slash_are_no_slug(line: str) -> None:
    assert not whole_block_signoff(line)
