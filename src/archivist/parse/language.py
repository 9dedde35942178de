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
    # Languages of news pages beyond these, so that their texts are not read as one of the above by the few
    # short words they share ("na", "do", "de"). Left out: words as common in the languages above ("de",
    # "la", "en", "to"), which would only blur them; one-letter words only where they are the language's
    # most frequent ("a" in Hungarian and Czech, "w" and "i" in Polish), which the lists above hold too.
    # Close languages share most of their function words (``_CLOSE``): between two of them, the words only
    # one uses decide.
    "pl": words(
        "w i z się nie na do że jest jak po co od za przez dla ale już tak są jego przy oraz także który "
        "która które tym ich może być został została"
    ),
    "cs": words(
        "a v se je že na do jako jsou ale pro od po který která které také jeho byl bylo jsme není při "
        "podle nebo jsem"
    ),
    "sk": words(
        "a v sa je že na do ako sú ale pre od po ktorý ktorá ktoré tiež jeho bol bolo nie pri podľa "
        "alebo som aj"
    ),
    "sl": words("v in je na da se za so pa ki bo tudi po ne kot pri od ali bil bila smo še tem"),
    "hr": words("u i je na da se za su od ne kao što koji koja koje iz bi će ali ili kako bio bila te prema"),
    "ro": words("și în cu pe nu că din care sunt mai au fost pentru fi ca dar sau această acest după"),
    "sv": words(
        "och att det som på är av för med till har inte ett sig från vid också hade mycket när eller"
    ),
    "da": words(
        "og det som på er af med til har ikke sig fra ved også havde blev nu meget noget hvad mellem "
        "været eller"
    ),
    "nb": words(
        "og det som på er av med til har ikke seg fra ved også hadde ble nå mye noe hva mellom vært "
        "etter eller"
    ),
    "fi": words(
        "ja on ei että se oli hän mutta kun myös tai joka ovat ole jo sen kuin mukaan vuonna niin sekä"
    ),
    "hu": words("a az és hogy nem egy meg van volt mint már csak azt még pedig szerint"),
    "tr": words("ve bir bu için ile olarak çok daha gibi ama olan sonra kadar değil ancak ise"),
    "tl": words("ang ng sa na mga ay si ni kay hindi ito siya rin din kung nang"),
    "vi": words("và của là có các được cho trong không những người đã này với một để từ khi đến theo"),
    "af": words("die en van is in het nie dat op te vir met wat ook word sal was hy sy aan deur maar"),
    # Swahili ("na" it shares with Polish and Tagalog: left out)
    "sw": words(
        "ya wa kwa ni za katika kuwa hiyo hii huo cha vya lakini pia zaidi baada wakati ambao ambayo "
        "alisema amesema hadi kutoka hivyo kwamba wakati"
    ),
    # Indonesian (Malay shares most of these words; a Malay text is read as Indonesian)
    "id": words(
        "yang dan di ke dari untuk dengan ini itu pada tidak akan dalam adalah juga oleh telah kata bisa "
        "ada atau karena mereka sudah masih kami tersebut menjadi"
    ),
}
_CLOSE = (
    frozenset({"da", "nb", "sv"}),
    frozenset({"cs", "sk"}),
    frozenset({"hr", "sl"}),
    frozenset({"nl", "af"}),
)
_WORD = re.compile(r"[^\W\d_]+")
# ``_WORD`` in an ASCII text lowered: its only letters are a-z, the others made spaces by one table in C where
# ``_WORD`` asks three classes of each character (tests/test_parse_fold_shortcuts.py checks the two agree).
_ASCII_NON_LETTER_TO_SPACE = str.maketrans({chr(code): " " for code in range(128) if not chr(code).islower()})
# A letter of ``_WORD`` beyond ASCII. A text without one (English with typographic quotes and dashes, most
# pages) has its words where its other characters, each made a question mark by the ASCII encoder, are
# separators still: read as an ASCII text. (The class tries its ASCII range before its categories: an ASCII
# character is told at once.)
_NON_ASCII_LETTER = re.compile(r"[^\W\d_\x00-\x7f]")
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
    """The language whose function words are the most frequent, by a margin (``_STOPWORDS``' keys), or
    ``und``."""
    counts = dict.fromkeys(_STOPWORDS, 0)
    # Each distinct word once, in lower case (lowered and counted in C): most words of a text are repeats,
    # and most are no function word (only those the two tables share are looked at).
    seen = _sample_words(text)
    for word in seen.keys() & _LANGUAGES_OF.keys():
        for language in _LANGUAGES_OF[word]:
            counts[language] += seen[word]
    ranked = sorted(counts.items(), key=lambda item: item[1], reverse=True)
    (best, best_count), (second, second_count) = ranked[0], ranked[1]
    family = next((group for group in _CLOSE if best in group and second in group), None)
    if family is not None:
        # Close languages: the best of them against the best of the others, then the words only one of
        # them uses tell which (``nie``/``niet``, ``af``/``av``).
        second_count = next((count for language, count in ranked if language not in family), 0)
        best = _within(family, seen)
    if best == "und" or best_count < _MIN_HITS or best_count < second_count * _MARGIN:
        return "und"
    return best


def _sample_words(text: str) -> Counter[str]:
    sample = text[:_SAMPLE_CHARS]
    lowered = sample.lower()
    if len(lowered) == len(sample):
        # Lowered whole, not word by word (issue 11): a character lowered to one character stays a letter or
        # no letter (tests/test_parse_fold_shortcuts.py), so the words are the same, but for a Greek final
        # sigma, lowered by its place in the text, in words no language here uses.
        return _lowered_words(lowered)
    return Counter(map(str.lower, _WORD.findall(sample)))


def _lowered_words(lowered: str) -> Counter[str]:
    """``Counter(_WORD.findall(lowered))``, in the same order, read without the pattern's scan of every
    character (issue 11): no white space is a letter (tests/test_parse_fold_shortcuts.py), so no word runs
    across a space, and a space-free token made of letters only is one word."""
    if lowered.isascii():
        # Every ASCII character but a-z made a space, in C: the words are the tokens left.
        return Counter(lowered.translate(_ASCII_NON_LETTER_TO_SPACE).split())
    if _NON_ASCII_LETTER.search(lowered) is None:
        ascii_only = lowered.encode("ascii", errors="replace").decode("ascii")
        return Counter(ascii_only.translate(_ASCII_NON_LETTER_TO_SPACE).split())
    seen: dict[str, int] = {}
    # Each distinct token read once, in the order of its first use, so each word comes at its first use.
    for token, times in Counter(lowered.split()).items():
        if token.isalpha():
            seen[token] = seen.get(token, 0) + times
        else:
            for word in _WORD.findall(token):
                seen[word] = seen.get(word, 0) + times
    return Counter(seen)


def _within(family: frozenset[str], seen: Counter[str]) -> str:
    own = dict.fromkeys(family, 0)
    for word, times in seen.items():
        users = [language for language in _LANGUAGES_OF.get(word, ()) if language in family]  # lowered
        if len(users) == 1:
            own[users[0]] += times
    ranked = sorted(own.items(), key=lambda item: item[1], reverse=True)
    (best, best_count), (_, second_count) = ranked[0], ranked[1]
    return best if best_count >= _MIN_HITS and best_count >= second_count * _MARGIN else "und"
