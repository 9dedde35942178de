"""Whether the page says its piece is an interview: a label over the headline (``Interview``, ``Entrevista``,
``Wywiad``), the headline's own kicker (``INTERVIEW | …``) or the byline's (``Interview: Jane Doe``,
``Propos recueillis par Jean Dupont``, ``Das Gespräch führte …``), in the ~50 most-used news languages.

An interview's questions stand on lines of their own between the answers; they are its paragraphs, not
its subheads (``archivist.parse.sections``). Without this mark the sections reader knows an interview only
by questions put to "you" in English; with it, questions coming in turn between the answers are enough in
any language (the "Frau Aebischer, …?" of a German interview puts hers in the third person).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from archivist.parse.words import alternation

# The word a page prints over an interview or before its interviewer's name, by language.
INTERVIEW_WORDS: dict[str, str] = {
    "en": "Interview|The Interview|Q&A|Q & A|Interview by|Interviewed by",
    "de": "Interview|Das Interview|Im Interview|Gespräch|Im Gespräch|Das Gespräch führte|Das Gespräch führten"
    "|Interview von",
    "fr": "Entretien|Interview|Entrevue|Propos recueillis par|Entretien réalisé par",
    "es": "Entrevista|Entrevista de|Entrevista realizada por",
    "pt": "Entrevista|Entrevista de|Entrevista por",
    "it": "Intervista|L'intervista|Intervista di|Intervista a",
    "nl": "Interview|Vraaggesprek",
    "sv": "Intervju",
    "da": "Interview",
    "nb": "Intervju",
    "fi": "Haastattelu",
    "pl": "Wywiad|Rozmowa",
    "cs": "Rozhovor",
    "sk": "Rozhovor",
    "hu": "Interjú",
    "ro": "Interviu",
    "hr": "Intervju|Razgovor",
    "sr": "Intervju|Интервју",
    "sl": "Intervju",
    "bg": "Интервю",
    "ru": "Интервью",
    "uk": "Інтерв'ю|Інтерв’ю",
    "el": "Συνέντευξη",
    "tr": "Röportaj|Söyleşi",
    "lt": "Interviu",
    "lv": "Intervija",
    "et": "Intervjuu",
    "ca": "Entrevista",
    "id": "Wawancara",
    "ms": "Temu bual|Wawancara",
    "vi": "Phỏng vấn",
    "tl": "Panayam",
    "sw": "Mahojiano",
    "af": "Onderhoud",
    "ar": "مقابلة|حوار",
    "fa": "گفتگو|مصاحبه",
    "he": "ראיון",
    "ur": "انٹرویو",
    "hi": "साक्षात्कार|इंटरव्यू",
    "bn": "সাক্ষাৎকার",
    "ta": "நேர்காணல்",
    "te": "ఇంటర్వ్యూ",
    "mr": "मुलाखत",
    "th": "สัมภาษณ์",
    "zh": "专访|專訪|访谈|訪談",
    "ja": "インタビュー",
    "ko": "인터뷰",
}

_MAX_LINE = 90  # a label or a byline; a paragraph speaking of an interview is longer
_WORDS = alternation(word for words in INTERVIEW_WORDS.values() for word in words.split("|"))
_LABEL = re.compile(rf"(?i:{_WORDS})\s*:?")  # "Interview", "ENTREVISTA", "Wywiad:" alone over the headline
_KICKER = re.compile(rf"(?i:{_WORDS})\s*[:|–—-]\s*\S")  # "INTERVIEW | Jane Doe on …", "Entretien : …"
_BYLINE = re.compile(rf"(?i:{_WORDS})(?::\s*|\s+)\S")  # "Interview: Jane Doe", "Propos recueillis par …"


def interview_marked(labels: Iterable[str], headline: str | None, front: Iterable[str]) -> bool:
    """Whether the page marks its piece as an interview: a label over the headline that is only an
    interview word, the headline opening with one as its kicker, or a line of the front (the byline's)
    opening with one before a name."""
    if any(len(label) <= _MAX_LINE and _LABEL.fullmatch(label.strip()) for label in labels):
        return True
    if headline and _KICKER.match(headline) is not None:
        return True
    return any(len(line) <= _MAX_LINE and _BYLINE.match(line.strip()) is not None for line in front)
