"""The article's language (BCP 47) from the most frequent function words; ``und`` when unsure."""

from __future__ import annotations

import re
from collections import Counter

from archivist.parse.words import words

_STOPWORDS: dict[str, frozenset[str]] = {
    "en": words(
        "the and of to in is that for it was on with as by at from he said has have are were be "
        "this which not but an they will would their its"
    ),
    "de": words(
        "der die das und ist nicht ein eine mit den dem des sich auf für von zu im auch es wird "
        "wurde sie er sagte bei nach aus wie oder einer"
    ),
    "fr": words(
        "le la les et des est une un du dans pour que qui pas sur au avec il elle sont ont par ce "
        "cette aux été mais selon à l d qu ses leur sera était"
    ),
    "es": words(
        "el la los las y del es una un en que por para con se no su al lo como más pero fue según ha sus"
    ),
    "it": words(
        "il lo la gli le e di del della che è per una un in con non si sono dei nel alla anche ha ma"
    ),
    "nl": words(
        "de het een en van is dat op te in voor niet met zijn er ook aan bij door maar werd heeft deze"
    ),
    "pt": words(
        "o a os as e do da dos das em que para com uma um não se por no na mais foi ao pelo pela são"
    ),
    # Indonesian (Malay shares most of these words; a Malay text is read as Indonesian)
    "id": words(
        "yang dan di ke dari untuk dengan ini itu pada tidak akan dalam adalah juga oleh telah kata bisa "
        "ada atau karena mereka sudah masih kami tersebut menjadi"
    ),
}
_WORD = re.compile(r"[^\W\d_]+")
_MIN_HITS = 3
_MARGIN = 1.3
# Enough text to decide; reading more only costs time on very long inputs.
_SAMPLE_CHARS = 20_000


# Each function word with the languages it belongs to: one lookup per word of the text, not one per language.
_LANGUAGES_OF: dict[str, tuple[str, ...]] = {
    word: tuple(language for language, function_words in _STOPWORDS.items() if word in function_words)
    for word in frozenset().union(*_STOPWORDS.values())
}


def detect_language(text: str) -> str:
    """``en``, ``de``, ``fr``, ``es``, ``it``, ``nl``, ``pt``, ``id`` or ``und``."""
    counts = dict.fromkeys(_STOPWORDS, 0)
    # Each distinct word once (Counter counts in C): most words of a text are repeats.
    for word, times in Counter(_WORD.findall(text, 0, min(len(text), _SAMPLE_CHARS))).items():
        for language in _LANGUAGES_OF.get(word.lower(), ()):
            counts[language] += times
    ranked = sorted(counts.items(), key=lambda item: item[1], reverse=True)
    (best, best_count), (_, second_count) = ranked[0], ranked[1]
    if best_count < _MIN_HITS or best_count < second_count * _MARGIN:
        return "und"
    return best
