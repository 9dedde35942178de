"""A site's name written in lower case (or its web address) first on the page, its section after a bar or
an arrow (``ynet | מדע וסביבה``, ``stuff | National``, ``index.hu | Belföld``): the masthead and the section,
left out as front labels over the headline, not the headline. Pages written for the test,
in several languages, with lines the rule must leave as they were."""

from __future__ import annotations

import pytest

from archivist.parse import parse_text
from parse_helpers import rule

_PAGES = {
    "en": (
        "Harbour ferry timetable cut for the winter months",
        "The operator blames a shortage of crew and the cost of fuel.",
        "Jane Doe\nPublished: 23.09.25, 14:20",
        "The ferry between the two islands will sail once a day from next month, the operator said on "
        "Monday after a meeting with the harbour board.\n\n"
        "Islanders said the change would make it harder to reach the hospital on the mainland in winter, "
        "when the road bridge is often closed by the wind.\n\n"
        "The harbour board will review the timetable in March, when two more crew members finish training.",
    ),
    "he": (
        "אלמוגי המפרץ שרדו את גל החום של הקיץ",
        "מחקר חדש מצא כי האלמוגים עמדו בטמפרטורות גבוהות במיוחד.",
        "נועה כהן\nפורסם: 23.09.25, 14:20",
        "החוקרים עקבו במשך שנה וחצי אחר יותר מאלף מושבות אלמוגים בשמונה אתרים לאורך החוף, ומצאו כי רק "
        "מעט מהן הלבינו.\n\n"
        "לדבריהם, הממצאים מעידים על עמידות נדירה, אך אין בהם כדי להבטיח את עתיד השונית בשנים הבאות.\n\n"
        "המחקר פורסם השבוע בכתב עת מדעי, והחוקרים קוראים להמשיך ולנטר את המפרץ.",
    ),
    "hu": (
        "Felújítják a Tisza-hidat, hónapokig lezárják a forgalom elől",
        "A munkálatok tavasszal kezdődnek, és egy évig tartanak.",
        "Kovács Anna\n2025. szeptember 23. 14:20",
        "A híd felújítását kedden hagyta jóvá a közgyűlés, miután a szakértők súlyos károkat találtak a "
        "pilléreken a tavaszi árvíz után.\n\n"
        "A gyalogosok a felújítás alatt is átkelhetnek a hídon, a teherautóknak azonban kerülőutat kell "
        "használniuk.\n\n"
        "A város szerint a munkálatok egy évig tartanak, és a költségeket uniós forrásból fedezik.",
    ),
}


def _page(top: str, language: str) -> str:
    headline, standfirst, front, body = _PAGES[language]
    return f"{top}\n\n{headline}\n{standfirst}\n\n{front}\n\n{body}\n"


@pytest.mark.parametrize(
    ("top", "language"),
    [
        ("ynet  |  מדע וסביבה", "he"),
        ("mako › חדשות", "he"),
        ("stuff | National", "en"),
        ("ledger.com / Science", "en"),
        ("index.hu | Belföld", "hu"),
        ("nu.nl › Binnenland", "en"),
    ],
)
def test_lower_case_masthead_over_the_headline(top: str, language: str) -> None:
    article = parse_text(_page(top, language))
    assert article.headline is not None and article.headline.text == _PAGES[language][0]
    assert article.summary is not None and article.summary.text == _PAGES[language][1]
    assert rule(article, "headline") == "headline-under-front-labels"


@pytest.mark.parametrize(
    "top",
    [
        # a headline that opens in lower case, with no bar: still the headline
        "iPhone sales fall for the third quarter in a row",
        # a lower-case word before a bar that ends a sentence: no label
        "update | the ferry will sail again from Monday.",
    ],
)
def test_lines_left_as_they_were(top: str) -> None:
    page = f"{top}\n\n" + "\n\n".join(_PAGES["en"][2:]) + "\n"
    article = parse_text(page)
    assert article.headline is not None and article.headline.text == top
