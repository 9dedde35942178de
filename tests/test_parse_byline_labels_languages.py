"""Byline role labels before a colon in the languages added to ``parse.labelwords`` (Georgian, Kazakh,
Azerbaijani, Russian...): fictional articles, and a prose line
opening with the same word that must not be taken."""

from __future__ import annotations

import pytest

from archivist.parse import parse_text

_BODY = "{p1}\n\n{p2}\n\n{p3}\n"


def _article(headline: str, byline: str, date: str, paragraphs: tuple[str, str, str]) -> str:
    p1, p2, p3 = paragraphs
    return f"{headline}\n\n{byline}\n\n{date}\n\n" + _BODY.format(p1=p1, p2=p2, p3=p3)


_CASES = [
    (
        "ka",
        "ბათუმში ახალი ბიბლიოთეკა გაიხსნა",
        "ავტორი: თამარ გელაშვილი",
        "12.05.2025 10:30",
        (
            "ბათუმში ახალი საქალაქო ბიბლიოთეკა გაიხსნა, რომელშიც ათი ათასზე მეტი წიგნია განთავსებული.",
            "ბიბლიოთეკა ყოველდღე იმუშავებს, დილის ცხრიდან საღამოს რვა საათამდე, შაბათის ჩათვლით.",
            "მერიის ცნობით, მშენებლობა ორი წლის განმავლობაში მიმდინარეობდა და ბიუჯეტიდან დაფინანსდა.",
        ),
        "თამარ გელაშვილი",
    ),
    (
        "kk",
        "Ақтөбеде жаңа саябақ ашылды",
        "Автор: Динара Серікқызы",
        "14 маусым 2025, 09:15",
        (
            "Ақтөбе қаласында ауданы бес гектар болатын жаңа саябақ тұрғындарға есігін ашты.",
            "Саябақта балалар алаңы, велосипед жолы және шағын көл бар екені хабарланды.",
            "Қала әкімдігінің мәліметінше, құрылысқа жергілікті бюджеттен қаржы бөлінген.",
        ),
        "Динара Серікқызы",
    ),
    (
        "az",
        "Şəkidə yeni muzey açılıb",
        "Müəllif: Nigar Əliyeva",
        "05 İyun 2025 14:20",
        (
            "Şəki şəhərində ipəkçilik tarixinə həsr olunmuş yeni muzey ziyarətçilərin üzünə açılıb.",
            "Muzeydə iki yüzdən çox eksponat nümayiş olunur, onların çoxu sakinlər tərəfindən bağışlanıb.",
            "Muzey həftənin altı günü səhər saat doqquzdan axşam altıya qədər fəaliyyət göstərəcək.",
        ),
        "Nigar Əliyeva",
    ),
    (
        "ru",
        "В Казани открылся новый мост",
        "Автор: Ольга Миронова",
        "3 июня 2025, 12:00",
        (
            "В Казани после двух лет строительства открыли новый пешеходный мост через реку Казанку.",
            "Длина моста составляет почти четыреста метров, на нём установлены скамейки и освещение.",
            "По словам мэрии, ежедневно по мосту будут проходить до десяти тысяч человек.",
        ),
        "Ольга Миронова",
    ),
]


@pytest.mark.parametrize(("language", "headline", "byline", "date", "paragraphs", "author"), _CASES)
def test_role_label_before_colon(
    language: str, headline: str, byline: str, date: str, paragraphs: tuple[str, str, str], author: str
) -> None:
    article = parse_text(_article(headline, byline, date, paragraphs))
    assert [person.name for person in article.authors] == [author], language


def test_prose_opening_with_the_label_word_is_no_byline() -> None:
    # Russian "Автор" opening a sentence, no colon after it: no byline
    text = _article(
        "В Казани открылся новый мост",
        "Автор проекта моста рассказал журналистам о его истории и о планах города.",
        "3 июня 2025, 12:00",
        _CASES[3][4],
    )
    assert parse_text(text).authors == ()
