"""Who said a quotation: the attribution clause next to it and the person it names.

``"...," McCormack said.`` / ``said fund director Michael Okafor`` / ``he said`` /
``sagte der Vorsitzende des Mieterbundes, Rainer Kolbe`` / ``a-t-il assuré``. A surname resolves to
the full name mentioned earlier; a pronoun to the last person named before the quotation.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass

from archivist.parse.names import STOPWORDS, TITLES, NameMention, person_mentions
from archivist.parse.words import alternation

# The verbs of saying, one alternative each between the bars (a space in one is that one space).
_SAY_WORD_LIST = (
    "said|says|say|told|tells|added|adds|asked|asks|explained|explains|noted|notes|continued|stressed|"
    "insisted|argued|argues|warned|warns|declared|replied|answered|wrote|writes|recalled|concluded|"
    "observed|remarked|announced|stated|states|suggested|acknowledged|admitted|conceded|claimed|claims|"
    "maintained|emphasised|emphasized|commented|quipped|joked|lamented|complained|predicted|cautioned|urged|"
    "pointed out|went on|according to|"
    "sagte|sagt|erklärte|erklärt|betonte|meinte|fügte hinzu|warnte|kritisierte|so|"
    "a déclaré|a dit|a confié|a assuré|a expliqué|a affirmé|a souligné|a ajouté|a estimé|a indiqué|"
    "déclare|selon|"
    "dijo|afirmó|explicó|señaló|aseguró|añadió|indicó|declaró|según|"
    "ha detto|ha dichiarato|ha spiegato|ha affermato|ha aggiunto|secondo|"
    "zei|zegt|aldus|verklaarde|disse|afirmou|declarou|explicou|segundo"
)
_SAY_WORDS = _SAY_WORD_LIST.split("|")
# Written as a tree of shared beginnings (``words.alternation``), with the French inverted form after it: the
# pattern is searched across clauses, and side by side its hundred words were each tried at every word of
# them (a search of a 200-character clause cost ≈ 90 µs). The same matches: no two of the alternatives match
# at one place, each followed by what ``SAY_VERB``'s close allows (none is another's beginning followed by a
# space), so the tree's longest first takes what the list's first did (tests/test_parse_say_verbs.py).
SAY_VERBS = rf"(?:{alternation(_SAY_WORDS, one_space=True)}|a-t-(?:il|elle) (?:\w+é))"
SAY_VERB = re.compile(rf"(?<![\w-]){SAY_VERBS}(?![\w-])", re.IGNORECASE)
_PRONOUN = re.compile(
    r"(?<![\w-])(?:he|she|il|elle|er|sie|él|ella|lui|lei|hij|zij|ele|ela)(?![\w-])", re.IGNORECASE
)
_INVERTED_PRONOUN = re.compile(r"-t-(?:il|elle)\b")
_CAPITALISED = re.compile(r"[A-ZÀ-ÖØ-Þ][\w'’-]+")
_CLAUSE_END = re.compile(r"[.!?;](?=\s|$)|[“”\"„«»]")
# A full stop after these does not end the clause: "Mrs. Boyd said", "Lt. Gen. Robert Keane".
_ABBREVIATION = re.compile(
    r"(?:[A-Z]|Mr|Mrs|Ms|Dr|St|Sen|Gen|Rep|Gov|Lt|Col|Capt|Sgt|Prof|Jr|Sr|Maj|Adm|Insp|Supt|Det|U\.S|U\.N|U\.K|No|Nr|Hon|Rev|Fr)$"
)
_SENTENCE_BOUNDARY = re.compile(r"[.!?;:](?=\s)|[“”\"„«»]")
_PREPOSITIONS = frozenset(
    ["at", "of", "in", "from", "for", "des", "der", "du", "von", "bei", "chez", "del", "della"]
)
_PLACE_PREPOSITIONS = frozenset(
    ["in", "at", "near", "along", "across", "around", "outside", "inside", "into", "through", "between"]
)
_NAME_AHEAD = re.compile(r"[A-ZÀ-ÖØ-Þ][\w'’.-]*(?:[ \t]+[A-ZÀ-ÖØ-Þ][\w'’.-]*){0,4}")
_INNER_SENTENCE_END = re.compile(r"[.!?](?=\s)")
_WINDOW = 200
_MAX_WORDS_AFTER_VERB = 3
# The verb must come early in a clause after the quotation: "..., said X" or "..., X, a Y, told Z".
_MAX_VERB_OFFSET = 90


@dataclass(frozen=True)
class Speaker:
    name: str
    start: int
    end: int


@dataclass(frozen=True)
class Clause:
    """An attribution: the clause's extent and its verb's."""

    start: int
    end: int
    verb_start: int
    verb_end: int


def attribution_after(text: str, position: int, limit: int) -> Clause | None:
    """The attribution clause right after a closing mark at ``position`` (``, McCormack said.``)."""
    end = min(limit, position + _WINDOW)
    clause_end = end
    for boundary in _CLAUSE_END.finditer(text, position, end):
        if boundary.group() == "." and _ABBREVIATION.search(
            text, max(position, boundary.start() - 4), boundary.start()
        ):
            continue
        clause_end = boundary.start()
        break
    verb = SAY_VERB.search(text, position, clause_end)
    if verb is None or verb.start() - position > _MAX_VERB_OFFSET:
        return None
    return Clause(position, clause_end, verb.start(), verb.end())


def attribution_before(text: str, start: int, position: int) -> Clause | None:
    """The clause introducing a quotation that opens at ``position`` (``Zibakalam said: "...``)."""
    window_start = max(start, position - _WINDOW)
    clause_start = window_start
    for boundary in _SENTENCE_BOUNDARY.finditer(text, window_start, position):
        if boundary.group() != ":" or boundary.end() < position - 2:
            clause_start = boundary.end()
    verbs = list(SAY_VERB.finditer(text, clause_start, position))
    # The verb introduces the quotation: 'he said: "', 'told reporters "', not 'he said the plan "was"'.
    if not verbs or len(text[verbs[-1].end() : position].split()) > _MAX_WORDS_AFTER_VERB:
        return None
    return Clause(clause_start, position, verbs[-1].start(), verbs[-1].end())


def is_attribution(gap: str) -> bool:
    """Whether the text between two quoted fragments only says who spoke (``McCormack said.``)."""
    stripped = gap.strip(" \t\r\n,.;:—–-")
    words = stripped.split()
    no_marks = not any(mark in gap for mark in '“”"„«»')
    # One clause only: "he said. John Smith and Jane Roe." is an attribution and then other text.
    one_clause = all(
        _ABBREVIATION.search(stripped, max(0, end.start() - 4), end.start())
        for end in _INNER_SENTENCE_END.finditer(stripped)
    )
    return 0 < len(words) <= 16 and SAY_VERB.search(stripped) is not None and no_marks and one_clause


def surname_positions(text: str, start: int, end: int, surnames: set[str]) -> list[tuple[int, str]]:
    r"""Where one of ``surnames`` stands as a word of its own in ``text[start:end]``: what
    ``re.compile(r"(?<![\w'’-])(?:longest|…|shortest)(?![\w-])").finditer(text, start, end)`` finds
    (leftmost first, the longest name at a position, never overlapping), as (position, surname).

    Why not that pattern: it was compiled per article, from the article's own names, ≈ 0.3 ms each time
    (issue 14); ``str.find`` per name and one sweep give the same matches."""
    if "" in surnames:  # an empty name matches everywhere: leave that to the regex's own rules
        alternation = "|".join(re.escape(name) for name in sorted(surnames, key=len, reverse=True))
        pattern = re.compile(rf"(?<![\w'’-])(?:{alternation})(?![\w-])")
        return [(found.start(), found.group(0)) for found in pattern.finditer(text, start, end)]
    end = min(end, len(text))  # finditer's endpos past the text is the text's end
    candidates = []
    for name in surnames:
        at = text.find(name, start, end)
        while at != -1:
            before = text[at - 1] if at > 0 else ""  # a lookbehind sees before ``start`` too
            after = at + len(name)
            if not (before and (before.isalnum() or before in "_'’-")) and (
                after >= end or not (text[after].isalnum() or text[after] in "_-")
            ):
                candidates.append((at, -len(name), name))
            at = text.find(name, at + 1, end)
    found: list[tuple[int, str]] = []
    reached = start
    for at, negative_length, name in sorted(candidates):
        if at >= reached:
            found.append((at, name))
            reached = at - negative_length
    return found


class SpeakerResolver:
    """Resolves attributions against the people named in the article body, in reading order."""

    def __init__(self, text: str, spans: list[tuple[int, int]]) -> None:
        self._text = text
        mentions: list[NameMention] = []
        for start, end in spans:
            mentions.extend(person_mentions(text, start, end))
        self._mentions = mentions
        self._mention_starts = [m.start for m in mentions]
        # Each person once, at their first full mention, grouped by surname (a handful per article).
        self._by_surname: dict[str, list[NameMention]] = {}
        seen: set[str] = set()
        for mention in mentions:
            if mention.name not in seen:
                seen.add(mention.name)
                self._by_surname.setdefault(mention.surname.casefold(), []).append(mention)
        # Every place a known person is named, by full name or surname alone, resolved to the first
        # full mention of that person: "he said" refers to the latest of them.
        named: dict[int, NameMention] = {m.start: self._first(m.surname) for m in mentions}
        if mentions:
            surnames = {m.surname for m in mentions}
            for start, end in spans:
                for position, surname in surname_positions(text, start, end, surnames):
                    named.setdefault(position, self._first(surname))
        self._named_at = sorted(named)
        self._named = [named[position] for position in self._named_at]

    def _first(self, surname: str) -> NameMention:
        return self._by_surname[surname.casefold()][0]

    def resolve(self, clause: Clause | None, quote_start: int) -> Speaker | None:
        if clause is None:
            return None
        text = self._text
        candidates = [
            m
            for m in self._mentions_in(clause.start, clause.end)
            if not _after_preposition(text, m.start) and m.start != clause.verb_start
        ]
        before = [m for m in candidates if m.end <= clause.verb_start]
        after = [m for m in candidates if m.start >= clause.verb_end]
        chosen = before[-1] if before else (after[0] if after else None)
        if chosen is not None:
            return self._full(chosen.name, chosen.start, chosen.end)
        surname = self._surname_next_to_verb(clause)
        if surname is not None:
            return self._full(*surname)
        if self._pronoun_subject(clause):
            index = bisect_left(self._named_at, quote_start) - 1
            # A name in a place phrase ("in Jelutong and Sungai Pinang") is a place: not whom "he" means.
            while index >= 0 and _in_place_phrase(text, self._named_at[index]):
                index -= 1
            if index >= 0:
                person = self._named[index]
                return Speaker(person.name, person.start, person.end)
        return None

    def _pronoun_subject(self, clause: Clause) -> bool:
        """``he said``, ``said she``, ``a-t-il assuré``: a pronoun beside the verb or inside it."""
        text = self._text
        if _INVERTED_PRONOUN.search(text, clause.verb_start, clause.verb_end):
            return True
        before = text[max(clause.start, clause.verb_start - 8) : clause.verb_start].split()
        after = text[clause.verb_end : min(clause.end, clause.verb_end + 8)].split()
        return any(_PRONOUN.fullmatch(word) for word in before[-1:] + after[:1])

    def _mentions_in(self, start: int, end: int) -> list[NameMention]:
        index = bisect_left(self._mention_starts, start)
        found: list[NameMention] = []
        while index < len(self._mentions) and self._mentions[index].start < end:
            if self._mentions[index].end <= end:
                found.append(self._mentions[index])
            index += 1
        return found

    def _surname_next_to_verb(self, clause: Clause) -> tuple[str, int, int] | None:
        """A single capitalised word just before or after the verb: ``Kiprop said``, ``said Lorenz``."""
        text = self._text
        words = [m for m in _CAPITALISED.finditer(text, clause.start, clause.end)]
        near = [
            m for m in words if m.end() <= clause.verb_start and not text[m.end() : clause.verb_start].strip()
        ]
        near += [
            m for m in words if m.start() >= clause.verb_end and not text[clause.verb_end : m.start()].strip()
        ]
        for word in near:
            value = word.group().removesuffix("'s").removesuffix("’s")
            if value.casefold() not in STOPWORDS and value.casefold() not in TITLES:
                return value, word.start(), word.start() + len(value)
        return None

    def _full(self, name: str, start: int, end: int) -> Speaker:
        """The earliest full mention of the person called ``name`` (``McCormack`` → ``Sean McCormack``)."""
        words = name.split()
        known = self._by_surname.get(words[-1].casefold(), [])
        matching = [m for m in known if len(words) == 1 or m.name.split()[-len(words) :] == words]
        if matching:
            return Speaker(matching[0].name, matching[0].start, matching[0].end)
        return Speaker(name, start, end)


def _in_place_phrase(text: str, start: int) -> bool:
    """Whether the name at ``start`` follows a preposition of place, alone or after one more name and
    ``and``/``or`` (``in Jelutong and Sungai Pinang``); a possessive (``into Jane Doe's kitchen``) is a
    person's."""
    run = _NAME_AHEAD.match(text, start)
    if run is not None and run.group().endswith(("'s", "’s")):
        return False
    before = text[max(0, start - 80) : start].split()
    joined = False
    for word in reversed(before[-8:]):
        if word in _PLACE_PREPOSITIONS:
            return True
        if word in ("and", "or") and not joined:
            joined = True
        elif not word[:1].isupper() or word[-1:] in '.!?:;,"”':
            return False
    return False


def _after_preposition(text: str, start: int) -> bool:
    before = text[max(0, start - 6) : start].split()
    return bool(before) and before[-1] in _PREPOSITIONS
