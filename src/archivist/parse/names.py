"""Personal names in running text: capitalised runs stripped of titles, places and sentence openers.

Used to tell people from organisations in bylines and to resolve a quotation's speaker
(``McCormack`` → ``Sean McCormack``; ``he`` → the last person named).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from archivist.parse.labelwords import reporter_words
from archivist.parse.words import words

# A run of capitalised words (initials, hyphenated and Mc/O' names included), allowing lower-case
# particles inside ("Ludwig van Beethoven"); bounded so that a long capitalised line stays linear. Two
# words at least: a lone capitalised word is never a full name, and most runs in a text are one word.
_CAPITAL = r"[A-ZÀ-ÖØ-Þ]"
_TOKEN_REST = r"(?:[\w'’-]*[\w])?\.?"
_TOKEN = rf"(?:{_CAPITAL}{_TOKEN_REST})"
_PARTICLE = r"(?:van|von|de|der|den|da|di|du|del|la|le|bin|ibn|al)"
# Names may wrap onto the next line of a hard-wrapped paragraph ("said John\nSmith").
_GAP = r"(?:[ \t]+|[ \t]*(?:\r\n|\r|\n)[ \t]*)"
# The run's first capital comes before the check that no word character precedes it (the same test, made
# one character later): a pattern that opens with a character class is searched for by scanning for that
# class, one that opens with a lookbehind is tried at every position (about twice as slow over a paragraph).
NAME_RUN = re.compile(
    rf"{_CAPITAL}(?<![\w'’-]{_CAPITAL}){_TOKEN_REST}(?:{_GAP}(?:{_PARTICLE}{_GAP})?{_TOKEN}){{1,5}}"
)

_NON_SPACE = re.compile(r"\S+")
_LOWER_COMPOUND = re.compile(r"-[a-z]")

# Words that start a capitalised run without being part of a name.
TITLES = words(
    "mr mr. mrs mrs. ms ms. dr dr. prof prof. professor sir dame lord lady gen gen. general "
    "col col. colonel maj maj. major capt capt. captain lt lt. lieutenant sgt sgt. sen sen. "
    "senator rep rep. representative gov gov. governor pres pres. president vice prime "
    "minister ministers secretary ambassador spokesman spokeswoman spokesperson deputy "
    "chancellor chairman chairwoman chair director judge justice mayor king queen prince "
    "princess pope cardinal bishop father rev rev. rabbi imam sheikh ayatollah chief commander "
    "admiral officer analyst professor correspondent reporter editor envoy commissioner "
    "councillor councilor cllr insp inspector supt superintendent det detective constable pc "
    "sheriff deputy alderman trustee chairperson ceo cfo coach manager undersecretary "
    "assistant acting former foreign interior defense defence finance state justice herr frau "
    "monsieur madame señor señora signor signora"
)
STOPWORDS = words(
    "the a an and but or so yet for nor on in at to of by from with as if it its he she they "
    "we i you this that these those there here then when while where after before since "
    "despite although though because meanwhile however also asked according earlier later last "
    "next new some many most other such both each all any no not one two three his her their "
    "our my your what who whom which why how monday tuesday wednesday thursday friday saturday "
    "sunday january february march april may june july august september october november "
    "december u.s. u.s u.n. u.k. eu nato un us uk united states kingdom nations union european "
    "republic islamic department ministry office house senate congress parliament council "
    "committee court party government army police university institute agency news press times "
    "post daily journal magazine radio television tv company corporation group bank embassy "
    "revolution national international federal central north south east west northern southern "
    "eastern western street avenue square city county province region affairs world war "
    "securities corp inc ltd plc llc co capital partners holdings research associates "
    "institute foundation fund trust insurance investments markets economics school college "
    "hospital church airport station club league association society service services force "
    "forces le les der die das el il lo het een"
)


@dataclass(frozen=True)
class NameMention:
    """A personal name as it stands in the text."""

    name: str
    start: int
    end: int

    @property
    def surname(self) -> str:
        return self.name.split()[-1]


def person_mentions(text: str, start: int = 0, end: int | None = None) -> list[NameMention]:
    """Every full personal name (two words or more) in ``text[start:end]``, in order."""
    end = len(text) if end is None else end
    mentions: list[NameMention] = []
    for run in NAME_RUN.finditer(text, start, end):
        mention = _name_in_run(text, run.start(), run.end())
        if mention is not None:
            mentions.append(mention)
    return mentions


def _name_in_run(text: str, start: int, end: int) -> NameMention | None:
    tokens = [m.span() for m in _NON_SPACE.finditer(text, start, end)]
    # Cut everything up to the last title or non-name word: "U.S. Ambassador Zalmay Khalilzad".
    cut = 0
    for index, (a, b) in enumerate(tokens):
        word = text[a:b]
        folded = word.casefold()
        if folded in TITLES or folded in STOPWORDS or _ends_phrase(word, index, len(tokens)):
            cut = index + 1
    if tokens and text[tokens[-1][1] - 2 : tokens[-1][1]] in ("'s", "’s"):
        tokens[-1] = (tokens[-1][0], tokens[-1][1] - 2)
    if cut == 0 and _after_determiner(text, start):
        return None  # "the Air Force", "die Deutsche Bahn": a thing, not a person
    tokens = tokens[cut:]
    # Three names or more at a sentence start or after a preposition: the first is a role or a
    # place ("Millwright Carla Esposito", "to Iraq Zalmay Khalilzad"), not a given name.
    if cut == 0 and len(tokens) >= 3 and _after_sentence_end_or_preposition(text, start):
        tokens = tokens[1:] if _after_preposition(text, start) else tokens[-2:]
    if not 2 <= len(tokens) <= 4:
        return None
    if _is_initial(text, *tokens[-1]):
        return None
    name_start, name_end = tokens[0][0], tokens[-1][1]
    written = text[name_start:name_end].rstrip(".,")
    name_end = name_start + len(written)
    name = " ".join(written.split())
    if any(map(str.isdigit, name)) or name.isupper():
        return None
    return NameMention(name, name_start, name_end)


def _ends_phrase(word: str, index: int, count: int) -> bool:
    """A word after which no name continues: a sentence end, a possessive, a lower-case compound."""
    if index < count - 1 and (word.endswith(("'s", "’s")) or (word.endswith(".") and len(word) > 3)):
        return True
    return "-" in word and _LOWER_COMPOUND.search(word) is not None  # (most words hold no hyphen)


def _is_initial(text: str, start: int, end: int) -> bool:
    return (end - start <= 2 and text[start:end].endswith(".")) or end - start == 1


def _after_sentence_end_or_preposition(text: str, start: int) -> bool:
    before = text[max(0, start - 8) : start].rstrip(" \t“\"‘'„«")
    if not before or before.endswith(("\n", "\r", ".", "!", "?", ":")):
        return True
    return _after_preposition(text, start)


def _after_preposition(text: str, start: int) -> bool:
    words = text[max(0, start - 8) : start].split()
    return bool(words) and words[-1] in ("to", "of", "in", "for", "from", "at", "des", "der", "du")


def _after_determiner(text: str, start: int) -> bool:
    before = text[max(0, start - 5) : start].split()
    return bool(before) and before[-1].casefold() in _DETERMINERS and text[start - 1 : start].isspace()


_DETERMINERS = words("the a an der die das le la les el il lo het een")


def display_name(name: str) -> str:
    """``JANE DOE`` → ``Jane Doe``; names already in mixed case are kept as written."""
    if not name.isupper():
        return name
    return " ".join(_capitalise(word) for word in name.split())


_NAME_JOINS = re.compile(r"([-'’])")  # kept by the split: "o'brien" → "o", "'", "brien"


def _capitalise(word: str) -> str:
    parts = _NAME_JOINS.split(word.lower())
    out = "".join(part[:1].upper() + part[1:] if part not in "-'’" else part for part in parts)
    if out.startswith("Mc") and len(out) > 2:
        out = "Mc" + out[2].upper() + out[3:]
    return out


# The head nouns that end an organisation's or a unit's name ("University Communications", "MT Bureau",
# "Office of the Mayor", "Metro Desk"), and the endings of abstract nouns no personal name has
# ("-tions", "-ment", "-ness", "-ogy"): words of an institution, not of a person. ("City", "County" and
# "State" are left out: "Kansas City" under a name is where the reporter writes from.)
_ORGANISATION_NOUNS = words(
    "communications office department desk bureau services service unit university college school institute"
    " centre center council ministry agency group relations affairs network foundation society association"
    " trust authority commission company corporation hospital laboratory library museum police government"
    # a broadcaster's studio or bureau in a city ("ARD-Studio Brüssel", "Korrespondentenbüro Wien")
    " studio hauptstadtstudio büro korrespondentenbüro"
)
_ORDINAL = re.compile(r"\d{1,3}(?:st|nd|rd|th)")
_ABSTRACT_ENDING = re.compile(r"[a-z]{3,}(?:tions?|sions?|ments?|ness|ogy|ics|ship)", re.IGNORECASE)


def organisation_unit(line: str) -> bool:
    """``University Communications``, ``Office of Research``: a line set under a name that names where the
    reporter works, no second person: one of its words is an institution's head noun or an abstract noun."""
    pieces = [word.strip(",.()") for word in line.split()]
    # "5th Bomb Wing Public Affairs": a numbered unit opens with its ordinal
    if not 1 <= len(pieces) <= 6 or not (pieces[0][:1].isupper() or _ORDINAL.fullmatch(pieces[0])):
        return False
    return any(
        word.casefold() in _ORGANISATION_NOUNS
        or _ABSTRACT_ENDING.fullmatch(word) is not None
        # "ARD-Studio": the head noun after the broadcaster's initials and a hyphen
        or ("-" in word and word.rsplit("-", 1)[1].casefold() in _ORGANISATION_NOUNS)
        for word in pieces
    )


# The nouns that head an institution's name in the languages of the press ("Secretaría de Medio Ambiente",
# "Ministry of Health", "Kementerian Kesehatan", "Prefeitura de Recife"): a line opening with one names the
# body issuing a release, no person (no given name is one of these words).
INSTITUTION_HEADS = words(
    "ministry department secretariat commission presidency government embassy"
    " secretaría secretaria subsecretaría ministerio comisión gobierno presidencia procuraduría fiscalía"
    " embajada ayuntamiento municipalidad alcaldía intendencia ministério comissão governo presidência"
    " prefeitura ministère gouvernement présidence préfecture ministero governo presidenza commissione"
    " prefettura ministerium bundesministerium landesregierung bundesregierung ministerie ministerstwo"
    " kementerian kementrian pemerintah jabatan"
)


def names_organisation(line: str) -> bool:
    """``Kent Fire and Rescue Service``, ``Ministry of Transport``: one of the line's words is an
    institution's head noun (an abstract noun, ``Topics``, is not enough)."""
    return any(
        word.strip(",.()").casefold() in _ORGANISATION_NOUNS
        or word.strip(",.()").casefold() in INSTITUTION_HEADS
        for word in line.split()
    )


# A name written in a script without Latin letters, alone where a byline stands (``Оксана Кравчук``,
# ``נועה בן-שושן``, ``سلمى الحمادي``) or with the reporter's title after it (``박지현 기자``): each word the
# letters of one script, a hyphen or apostrophe inside. Scripts with capitals want each word capitalised;
# scripts without spaces (Chinese, Japanese, Korean) want the reporter's title, for a bare run of two to four
# characters is as often a section's name (``사회``, ``社会``) as a person's.
_SCRIPT_WORDS: dict[str, re.Pattern[str]] = {
    "cased": re.compile(r"[\u0400-\u042f\u0386-\u038f\u0391-\u03ab][\u0400-\u04ff\u0370-\u03ff]*"
                        r"(?:[-'’][\u0400-\u042f\u0391-\u03ab][\u0400-\u04ff\u0370-\u03ff]*)*"),
    # (Yiddish writes its vowels as points under the letters and has letters of its own, "װ", "ײ": "שׂרה
    # גאָלדבערג", "ייִדיש"; a point is no letter to ``\w``, so the word's class holds them)
    "hebrew": re.compile(r"[\u05d0-\u05ea\u05f0-\u05f2][\u05b0-\u05bd\u05bf\u05c1\u05c2\u05c7\u05d0-\u05ea"
                         r"\u05f0-\u05f4\ufb1d-\ufb4f'’-]*[\u05d0-\u05ea\u05f0-\u05f2\ufb1d-\ufb4f]"
                         r"[\u05b0-\u05bd\u05bf\u05c1\u05c2\u05c7]*"),
    # (and "ە", the Kurdish vowel letter: "ئاراس عومەر")
    "arabic": re.compile(r"[\u0621-\u064a\u0671-\u06d5][\u0621-\u0652\u0670-\u06d5]*"
                         r"[\u0621-\u064a\u0671-\u06d5]"),
    "unspaced": re.compile(r"[\uac00-\ud7a3]{2,4}|[\u4e00-\u9fff]{2,4}|[\u4e00-\u9fff\u3040-\u30ff]{2,6}"),
    # Bengali and Devanagari: a letter, then letters, vowel signs, the virama and the joiners (no digit, no
    # danda): "কল্যাণ বন্দ্যোপাধ্যায়", "प्रिया शर्मा"
    "bengali": re.compile(r"[\u0985-\u09b9\u09ce\u09dc-\u09df\u09f0\u09f1]"
                          r"[\u0981-\u09e3\u09f0\u09f1\u200c\u200d]*"),
    "devanagari": re.compile(r"[\u0904-\u0939\u0958-\u0961\u0972-\u097f]"
                             r"[\u0900-\u0963\u0971-\u097f\u200c\u200d]*"),
    # The other Indic scripts, Gurmukhi, Gujarati, Odia, Tamil, Telugu, Kannada, Malayalam, the same way (no
    # digit, no danda): "ਗੁਰਪ੍ਰੀਤ ਸਿੰਘ ਬਰਾੜ", "નિરવ પંડ્યા", "വെങ്കട രമണ"
    "indic": re.compile(r"[\u0a05-\u0a39\u0a59-\u0a5e\u0a85-\u0ab9\u0b05-\u0b39\u0b5c-\u0b61\u0b85-\u0bb9"
                        r"\u0c05-\u0c39\u0c58-\u0c61\u0c85-\u0cb9\u0cde-\u0ce1\u0d05-\u0d3a\u0d5f-\u0d61"
                        r"\u0d7a-\u0d7f]"
                        r"[\u0a00-\u0a65\u0a70-\u0a7f\u0a80-\u0ae5\u0af0-\u0b65\u0b70-\u0be5\u0bf0-\u0c65"
                        r"\u0c70-\u0ce5\u0cf0-\u0d65\u0d7a-\u0d7f\u200c\u200d]*"),
    # Armenian (capitals, "Աննա Գրիգորյան"); Georgian, Khmer, Sinhala and Ethiopic, without capitals:
    # "ნინო ბერიძე", "សុខ វិចិត្រ", "සුනිල් ප්‍රේමරත්න", "ሰላማዊት ዳዊት" (a letter, then letters and signs)
    "armenian": re.compile(r"[\u0531-\u0556][\u0561-\u0587]+(?:-[\u0531-\u0556][\u0561-\u0587]+)?"),
    "georgian": re.compile(r"[\u10d0-\u10fa]{2,}"),
    "khmer": re.compile(r"[\u1780-\u17b3][\u1780-\u17d3\u200c\u200d]*"),
    "sinhala": re.compile(r"[\u0d85-\u0dc6][\u0d80-\u0df3\u200c\u200d]*"),
    "ethiopic": re.compile(r"[\u1200-\u135a]{2,}"),
    # Thai and Lao (a consonant or a vowel written before it opens the word: "สมชาย ใจดี", "ບົວສອນ ພົມມະຈັນ")
    "thai": re.compile(r"[\u0e01-\u0e2e\u0e40-\u0e44][\u0e01-\u0e4e]*"),
    "lao": re.compile(r"[\u0e81-\u0eae\u0ec0-\u0ec4\u0edc-\u0edf][\u0e81-\u0ecd\u0edc-\u0edf]*"),
}  # fmt: skip
# A Latin letter, a digit or a sentence's mark: no name in these scripts holds one (the cheap test first).
_NOT_SCRIPT_NAME = re.compile(r"[A-Za-z0-9.,;:!?()\[\]«»\"“”„|/@#،؛؟。、，：！？（）「」]")


_REPORTER_WORDS = reporter_words()


# "記者林佳蓉／台北報導", "中央社記者陳雅婷", "文／記者王大明": Chinese sets the reporter's title before the
# name (the agency or paper maybe before it), and the place she reports from after a slash, with 報導
# ("reports").
_HAN_TITLED_NAME = re.compile(
    r"(?:[\u4e00-\u9fff]{1,5}?[／/]?)?(?:記者|记者|特派員|特派员)(?P<name>[\u4e00-\u9fff]{2,4})"
    r"(?:\s*[／/]\s*[\u4e00-\u9fff]{2,8}?(?:報導|报道|報道|電|电))?"
)
_HAN_TITLE_OPENERS = ("記者", "记者", "特派")


# "Б.Сарантуяа", "Г. Батжаргал": Mongolian (and at times Kazakh, Kyrgyz, Buryat) pages write a person by the
# initial of the father's name glued to the given name, one word that is the whole name.
_CYRILLIC_INITIALLED = re.compile(
    r"[\u0400-\u042f\u04a0-\u04ff]\.\s?[\u0400-\u042f\u04a0-\u04ff][\u0430-\u04ff-]{2,}"
)


def script_name(piece: str) -> tuple[int, int] | None:
    """The span in ``piece`` of a personal name written in a non-Latin script, the reporter's title after it
    left out (``박지현 기자`` → the first three letters), or None when ``piece`` is no such name."""
    if piece.isascii():
        return None
    initialled = _CYRILLIC_INITIALLED.fullmatch(piece.strip()) if "." in piece else None
    if (
        initialled is not None
        and piece[piece.index(".") + 1 :].strip()[0].isupper()
        and piece.strip()[0].isupper()
    ):
        start = len(piece) - len(piece.lstrip())
        return start, start + len(piece.strip())
    if any(opener in piece for opener in _HAN_TITLE_OPENERS):
        titled_before = _HAN_TITLED_NAME.fullmatch(piece)
        if titled_before is not None:
            return titled_before.span("name")
    if _NOT_SCRIPT_NAME.search(piece) is not None:
        return None
    tokens = list(_NON_SPACE.finditer(piece))
    titled = len(tokens) > 1 and tokens[-1].group(0) in _REPORTER_WORDS
    if titled:
        tokens = tokens[:-1]
    elif len(tokens) == 1:
        # "陳雅婷記者": the title set tight after a name in a script written without spaces
        word = tokens[0].group(0)
        title = next((t for t in _REPORTER_WORDS if word.endswith(t) and len(word) > len(t)), None)
        if title is not None and _SCRIPT_WORDS["unspaced"].fullmatch(word[: -len(title)]):
            return tokens[0].start(), tokens[0].end() - len(title)
    if not tokens:
        return None
    for script, pattern in _SCRIPT_WORDS.items():
        if not all(pattern.fullmatch(token.group(0)) for token in tokens):
            continue
        if script == "unspaced":
            if not titled or len(tokens) > 2:
                return None
        elif not 2 <= len(tokens) <= (4 if script == "arabic" else 3):
            return None
        return tokens[0].start(), tokens[-1].end()
    return None


# The scripts without capitals whose names ``script_name`` reads word by word (no name's case to tell it).
_CASELESS_SCRIPTS = (
    "hebrew",
    "arabic",
    "bengali",
    "devanagari",
    "indic",
    "georgian",
    "khmer",
    "sinhala",
    "ethiopic",
)


def script_place(piece: str) -> bool:
    """``সাতক্ষীরা``, ``دبي``: one word of a script without capitals, as the place a byline names after its
    writer's name and a comma (``কল্যাণ বন্দ্যোপাধ্যায়, সাতক্ষীরা``)."""
    word = piece.strip()
    if not word or word.isascii() or " " in word or _NOT_SCRIPT_NAME.search(word) is not None:
        return False
    return any(_SCRIPT_WORDS[script].fullmatch(word) for script in _CASELESS_SCRIPTS)
