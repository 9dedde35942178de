"""Round 16, parse cost: shortcuts that must leave every outcome as it was.

``dates.match_date`` tries at a position only the patterns what opens there (a weekday's name, a month's
name, a digit) can open. Each test here compares it with the plain reading (every pattern tried, the longest
date kept) on lines written for the purpose: names of every language opening a date, in every case, digits of
other scripts, and characters no date opens with.
"""

from __future__ import annotations

import pytest

from archivist.parse import dates
from archivist.parse.calendar import AMBIGUOUS_MONTHS, MONTH_NUMBERS, WEEKDAY_NAMES


def _every_pattern(text: str, start: int = 0, end: int | None = None) -> dates.DateMatch | None:
    """``match_date`` as it read before the shortcut: every pattern tried."""
    end = len(text) if end is None else end
    best = None
    for pattern in dates._PATTERNS:
        found = pattern.match(text, start, end)
        if found is None:
            continue
        date = dates._to_date(found)
        if date is not None and (best is None or date.end > best.end):
            best = date
    return best


_TAILS = (
    " 30 November 2005",
    ", 30. November 2005, 14:05 CET",
    " 2005-11-30",
    " 30/11/2005",
    " 30, 2005 5 p.m. EST",
    " 2005",
    " 3",
)


def test_every_month_and_weekday_name_opens_its_patterns() -> None:
    for name in sorted({*WEEKDAY_NAMES, *MONTH_NUMBERS, *AMBIGUOUS_MONTHS}):
        for spelling in (name, name.upper(), name.capitalize(), name.title()):
            for tail in _TAILS:
                line = f"{spelling}{tail}"
                assert dates.match_date(line) == _every_pattern(line), line


@pytest.mark.parametrize(
    "line",
    [
        "2005-11-30T14:05:00Z",
        "2005.11.30 14:05",
        "30 de noviembre de 2005",
        "29.nov.2005",
        "Nov. 30 2005, 10:00 a.m. EDT",
        "30.11.2005",
        "11/30/2005",
        "12/11/2026",
        "2005. november 30. 10:00",
        "November 2005",
        "Dienstag, 3. März 2026",
        "zo 29 nov 2026",
        "Tues., Nov. 3",
        "٣ November 2005",  # a day in Arabic-Indic digits: ``\d`` reads it
        "３/11/2005",  # a fullwidth digit
        "ſeptember 2005",  # the long s: IGNORECASE matches it with "s"
        "İyun 2005",
        "\u212awiecień 2005",  # the Kelvin sign: IGNORECASE matches it with "k" (Polish "kwiecień")
        "— 30 November 2005",
        " 30 November 2005",
        "",
        "x",
        "By Ana Ruiz, 30 November 2005",
    ],
)
def test_dates_read_as_every_pattern_reads_them(line: str) -> None:
    for start in range(-1, len(line) + 2):
        assert dates.match_date(line, start) == _every_pattern(line, start), (line, start)
        for end in (start, start + 1, start + 12, len(line) - 1):
            assert dates.match_date(line, start, end) == _every_pattern(line, start, end), (line, start, end)


def _language_word_by_word(text: str) -> str:
    """``language.detect_language`` as it read before the shortcut: each distinct word as found, lowered
    and looked up one by one."""
    from collections import Counter

    from archivist.parse import language

    counts = dict.fromkeys(language._STOPWORDS, 0)
    seen = Counter(language._WORD.findall(text, 0, min(len(text), language._SAMPLE_CHARS)))
    for word, times in seen.items():
        for found in language._LANGUAGES_OF.get(word.lower(), ()):
            counts[found] += times
    ranked = sorted(counts.items(), key=lambda item: item[1], reverse=True)
    (best, best_count), (second, second_count) = ranked[0], ranked[1]
    family = next((group for group in language._CLOSE if best in group and second in group), None)
    if family is not None:
        second_count = next((count for found, count in ranked if found not in family), 0)
        own = dict.fromkeys(family, 0)
        for word, times in seen.items():
            users = [found for found in language._LANGUAGES_OF.get(word.lower(), ()) if found in family]
            if len(users) == 1:
                own[users[0]] += times
        ranked_own = sorted(own.items(), key=lambda item: item[1], reverse=True)
        (best, own_count), (_, own_second) = ranked_own[0], ranked_own[1]
        if own_count < language._MIN_HITS or own_count < own_second * language._MARGIN:
            # (issue 11) a short text: one language's own word and none of the others' tells it
            best = best if own_count and not own_second else "und"
    if best == "und" or best_count < language._MIN_HITS or best_count < second_count * language._MARGIN:
        return "und"
    return best


@pytest.mark.parametrize(
    "text",
    [
        "The council said it would vote on the plan at its next meeting, and that the work was done.",
        "Der Rat hat die Pläne nicht gebilligt, sagte er am Montag in der Stadt, und es wird dauern.",
        "Le conseil a dit que la ville et les habitants sont pour le projet, selon une source.",
        "Rådet sa att det inte var klart och att beslutet kommer på måndag, men det är inte säkert.",
        "Rådet sagde, at det ikke var klart, og at beslutningen af byen kommer nu, men det er ikke sikkert.",
        "Rada powiedziała, że nie jest to jeszcze pewne, ale już jest plan i może być przyjęty.",
        "Rada uviedla, že to nie je isté, ale plán je pripravený a bol by prijatý aj podľa nich.",
        "Rada uvedla, že to není jisté, ale plán je připravený a byl by přijatý také podle nich.",
        "THE COUNCIL SAID IT WOULD VOTE ON THE PLAN AT ITS NEXT MEETING, AND THAT THE WORK WAS DONE.",
        "İN DER İST DİE STADT, und es Wird Die Zeit: ΟΔΟΣ’Α, ſo die Straße DIE DER DAS",
        "De raad zei dat het plan niet klaar is en dat het van de stad is, maar het werd uitgesteld.",
        "Die raad het gesê dat die plan nie klaar is nie en dat dit van die stad is, maar hy sal wag.",
        "Short line.",
        "",
    ],
)
def test_language_read_as_word_by_word(text: str) -> None:
    from archivist.parse.language import detect_language

    for variant in (text, text.upper(), text.lower(), text.title()):
        assert detect_language(variant) == _language_word_by_word(variant), variant
