"""A held-out round's gold, written as the test corpus's expectations.

    gold_to_expect.py SRC_DIR... --out DIR [--only NAME...] [--flags flags.json]

Every ``NAME.gold.json`` under a SRC_DIR (searched recursively; ``NAME.txt`` beside it) becomes
``DIR/NAME.expect.json``, and ``NAME.txt`` is copied beside it byte for byte. The gold is the held-out
format (bench/heldout/README.md); the expectation is the corpus's (tests/articles/README.md).

The expectation comes from the gold alone: the reader (``archivist.parse``) is never imported. The article's
text is only looked at to check the gold against it (every quoted string must occur, a headline or subhead
must be a whole line) and to find where a gold string stands (is the date on a line of its own, is the first
subhead above or below the first paragraph).

Where the gold cannot be written in the corpus's terms safely, the key is left out (the corpus harness checks
only the keys present) and a flag names the article, the key and why: a gold field missing or not found in
the text, or a convention the corpus README decides and the gold does not say (whether a byline's other
words are an affiliation, the EDTF date of a dateline, a time the corpus keeps and the gold drops, which
origin a labelled date line has). The flags are printed, and written as JSON with ``--flags``.

Mapping (gold -> expect): headline, summary, byline, signoff as they are; image {caption, credit} ->
{caption, credit, url: null}; authors [names] -> [{name, affiliation: null}] when the byline says nothing but
the names and byline words; dateline {place, raw} -> {place, date, agency} when ``raw`` is the place, an
agency in brackets or slashes and punctuation; date -> published (EDTF, ``Z`` for UTC); the line holding
date_in_text -> published_origin (a bare date line is ``date-line``, a ``Published``-type label
``published-line``); subheads -> section_headings (``null`` first when the first paragraph stands above
the first subhead); n_paragraphs -> paragraph_count; language.
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import sys
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

# The order the corpus's translated rounds write their keys in (tests/articles/r15*.expect.json).
KEY_ORDER = (
    "headline",
    "summary",
    "byline",
    "signoff",
    "image",
    "authors",
    "dateline",
    "published",
    "published_origin",
    "section_headings",
    "paragraph_count",
    "language",
)

# Words a byline may hold besides the names without naming anyone or anything (README: "`by`, `Von`, `Par`
# are byline words"), in the languages of the rounds: "by" and "and".
BYLINE_WORDS = frozenset(
    {
        "by",
        "by:",
        "from",
        "von",
        "par",
        "por",
        "di",
        "da",
        "de",
        "af",
        "av",
        "na",
        "oleh",
        "ni",
        "door",
        "från",
        "and",
        "und",
        "et",
        "e",
        "y",
        "og",
        "och",
        "ja",
        "i",
        "a",
        "ve",
        "és",
        "и",
    }
)

# Labels of a date line that the corpus README reads as `published-line` ("`Published`, `Posted`,
# `Publicerad`, `Publisert`, `Publié le`, `Publikacja:`, `Nailathala` or `Giriş:` line").
PUBLISHED_LABELS = frozenset(
    {
        "published",
        "published on",
        "first published",
        "posted",
        "posted on",
        "posted at",
        "publicerad",
        "publisert",
        "publié le",
        "publié",
        "publikacja",
        "nailathala",
        "giriş",
        "publicado",
        "publicado el",
        "publicado em",
        "veröffentlicht",
        "veröffentlicht am",
        "pubblicato",
        "pubblicato il",
        "gepubliceerd",
        "julkaistu",
    }
)

# Zones that do not fix an offset: a time beside them gives the date only (README, blind3 and round 15:
# "not with `ET`, `UK`, `IST` or none").
NON_FIXING_ZONES = frozenset({"ET", "PT", "CT", "MT", "AT", "UK", "IST"})

# Capital words of two to five letters that are not zones.
NOT_ZONES = frozenset(
    {
        "AM",
        "PM",
        "A.M",
        "P.M",
        "JAN",
        "FEB",
        "MAR",
        "APR",
        "MAY",
        "JUN",
        "JUL",
        "AUG",
        "SEP",
        "SEPT",
        "OCT",
        "NOV",
        "DEC",
        "MARCH",
        "APRIL",
        "JUNE",
        "JULY",
        "MON",
        "TUE",
        "TUES",
        "WED",
        "THU",
        "THUR",
        "THURS",
        "FRI",
        "SAT",
        "SUN",
    }
)

YEAR = re.compile(r"\b(?:19|20)\d\d\b")
NUMERIC_DATE = re.compile(r"\b\d{1,4}[./-]\d{1,2}[./-]\d{1,4}\b")
TIME = re.compile(r"\b\d{1,2}\s*[:.h]\s*\d{2}\b|\b\d{1,2}\s*(?:[ap]\.?\s?m\b\.?)", re.IGNORECASE)
ZONE = re.compile(r"\b(?:GMT|UTC)\s*[+-]\s*\d{1,2}(?::?\d{2})?\b|\b[A-Z]{2,5}\b")
GOLD_DATE = re.compile(r"(\d{4}-\d{2}-\d{2})(?:T(\d{2}:\d{2})(?::(\d{2}))?(Z|[+-]\d{2}:?\d{2})?)?")
DASHES = r"\s,.:;\-\u2013\u2014"  # a regex class: the punctuation around a dateline's parts
PUNCTUATION = " \t\n,.:;-\u2013\u2014"
IMAGE_URL = re.compile(r"https?://\S+\.(?:jpe?g|png|gif|webp|avif)\b", re.IGNORECASE)
CREDIT_LABEL = re.compile(
    r"^(?:[(\[\u00a9]|\w+(?:\s\w+)?\s*:\s|(?:photo|foto|picture|image|photograph|kuva|bild|billede)\s+"
    r"(?:by|di|de|por|von|af|av|par)\b)",
    re.IGNORECASE,
)
LANGUAGE = re.compile(r"^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$")


class Missing:
    """A key left out of the expectation."""


MISSING = Missing()


@dataclass(frozen=True)
class Flag:
    """One thing the converter did not write as the gold has it: the key was left out, or changed."""

    article: str
    key: str
    reason: str
    action: str = "left out"

    def __str__(self) -> str:
        return f"{self.article}: {self.key} {self.action}: {self.reason}"


class _Converter:
    """One article's gold and text, and the flags raised while converting it."""

    def __init__(self, name: str, gold: dict[str, Any], text: str) -> None:
        self.name, self.gold, self.text = name, gold, text
        self.lines = [line.strip() for line in text.split("\n")]
        self.flags: list[Flag] = []

    def flag(self, key: str, reason: str, action: str = "left out") -> Missing:
        self.flags.append(Flag(self.name, key, reason, action))
        return MISSING

    def field(self, key: str) -> Any:
        """The gold's value, or MISSING (flagged) when the gold has no such key."""
        if key not in self.gold:
            return self.flag(key, f"the gold has no {key!r}")
        return self.gold[key]

    def string(self, key: str, value: Any, *, nullable: bool = True) -> Any:
        """A gold string that must occur in the text as it is (or null)."""
        if value is MISSING:
            return MISSING  # flagged already
        if value is None and nullable:
            return None
        if not isinstance(value, str):
            return self.flag(key, f"the gold's value {value!r} is not a string")
        if value not in self.text:
            return self.flag(key, f"{value!r} does not occur in the article")
        return value

    # ------------------------------------------------------------------ fields

    def headline(self) -> Any:
        value = self.string("headline", self.field("headline"), nullable=False)
        if isinstance(value, str) and value not in self.lines:  # as the harness checks it
            return self.flag("headline", f"{value!r} is not a whole line (the corpus wants one)")
        return value

    def image(self) -> Any:
        gold = self.field("image")
        if gold is None or gold is MISSING:
            return gold
        if not isinstance(gold, dict):
            return self.flag("image", f"the gold's image {gold!r} is not an object")
        out: dict[str, Any] = {}
        for key in ("caption", "credit"):
            if key not in gold:
                self.flag(f"image.{key}", "the gold's image has no such key")
                continue
            value = self.string(f"image.{key}", gold[key])
            if value is not MISSING:
                out[key] = value
        credit, caption = out.get("credit"), out.get("caption")
        if isinstance(credit, str) and CREDIT_LABEL.match(credit):
            del out["credit"]
            self.flag(
                "image.credit",
                f"{credit!r} opens with a label or wrapper, which the corpus leaves out of the credit",
            )
        if isinstance(credit, str) and isinstance(caption, str) and caption.rstrip(" .)]").endswith(credit):
            del out["caption"]
            self.flag("image.caption", f"{caption!r} holds the credit; the corpus's caption is without it")
        url = IMAGE_URL.search(self.text)
        if url:
            self.flag("image.url", f"the text gives an image URL ({url.group(0)}) the gold does not name")
        else:
            out["url"] = None
        return out

    def authors(self) -> Any:
        names = self.field("authors")
        if names is MISSING:
            return names
        if not isinstance(names, list):
            return self.flag("authors", f"the gold's authors {names!r} are not a list")
        if not names:
            return []
        byline = self.gold.get("byline")
        if "affiliations" in self.gold and all(isinstance(n, str) for n in names):
            people = _beside(names, self.gold["affiliations"])
            if people is None:
                return self.flag(
                    "authors",
                    f"the gold's affiliations {self.gold['affiliations']!r} do not pair with its names",
                )
            return self._authors_with_affiliations(people, byline)
        if all(isinstance(n, dict) for n in names):
            return self._authors_with_affiliations(names, byline)
        if not all(isinstance(n, str) for n in names):
            return self.flag("authors", f"the gold's authors {names!r} mix names and objects")
        for n in names:
            if n.casefold() not in self.text.casefold():
                return self.flag("authors", f"{n!r} does not occur in the article")
        if not isinstance(byline, str):
            return self.flag("authors", "people are named but there is no byline to tell their affiliations")
        found = _names_in(byline, names)
        if found is None:
            return self.flag("authors", f"the names are not found in order in the byline {byline!r}")
        leftover = _leftover(byline, found)
        if leftover:
            return self.flag(
                "authors",
                f"the byline also says {leftover!r}: an affiliation or not is the README's call (an outlet "
                "after or under the name is one; a desk title, a town, the site's name after a separator "
                "not), and the gold gives names only",
            )
        return [{"name": n, "affiliation": None} for n in names]

    def _authors_with_affiliations(self, people: list[dict[str, Any]], byline: Any) -> Any:
        """Gold authors written as {name, affiliation}: a null affiliation is taken as the gold says; an
        affiliation only where the corpus reads one (after the names behind a comma, or on the line under)."""
        out = []
        for person in people:
            name, affiliation = person.get("name"), person.get("affiliation")
            if not isinstance(name, str) or name.casefold() not in self.text.casefold():
                return self.flag("authors", f"author {person!r} has no name found in the article")
            if affiliation is not None and (
                not isinstance(byline, str) or not _affiliation_after_names(byline, name, affiliation)
            ):
                return self.flag(
                    "authors",
                    f"affiliation {affiliation!r} of {name!r} does not stand after the names behind a "
                    "comma or on the line under, where the corpus reads one",
                )
            out.append({"name": name, "affiliation": affiliation})
        return out

    def dateline(self) -> Any:
        gold = self.field("dateline")
        if gold is None or gold is MISSING:
            return gold
        if not isinstance(gold, dict):
            return self.flag("dateline", f"the gold's dateline {gold!r} is not an object")
        place = self.string("dateline.place", gold.get("place"), nullable=False)
        if place is MISSING:
            return self.flag("dateline", "no place to write")
        out: dict[str, Any] = {"place": place}
        if "raw" not in gold:
            if "agency" in gold:
                agency = self.string("dateline.agency", gold["agency"])
                if agency is not MISSING:
                    out["agency"] = agency
            else:
                self.flag("dateline.agency", "the gold gives neither the agency nor the dateline's text")
            if self._dateline_without_date(place, out.get("agency")):
                out["date"] = None
            else:
                self.flag(
                    "dateline.date",
                    "the gold does not give the dateline's text, and no line opens with the place, the "
                    "agency and a dash or colon alone",
                )
            return {k: out[k] for k in ("place", "date", "agency") if k in out}
        raw = self.string("dateline.raw", gold["raw"], nullable=False)
        if raw is MISSING or not raw.startswith(place):
            self.flag("dateline.agency", f"the dateline's text {gold['raw']!r} does not start with the place")
            self.flag("dateline.date", "as for the agency")
            return out
        rest = raw[len(place) :]
        if re.fullmatch(f"[{DASHES}]*", rest):
            out.update(date=None, agency=None)
            return out
        bracket = re.search(rf"[(\[]([^()\[\]\d]+)[)\]][{DASHES}]*$|/([^/\d]+)/[{DASHES}]*$", rest)
        if bracket:
            out["agency"] = (bracket.group(1) or bracket.group(2)).strip()
            rest = rest[: bracket.start()]
        else:
            self.flag(
                "dateline.agency", f"the dateline's text after the place ({rest!r}) has no agency's shape"
            )
        if re.fullmatch(f"[{DASHES}]*", rest):
            out["date"] = None
        else:
            self.flag(
                "dateline.date",
                f"the dateline carries {rest.strip(PUNCTUATION)!r}; the corpus writes its date in EDTF "
                "(the year taken from the date line), which the gold does not give",
            )
        return {k: out[k] for k in ("place", "date", "agency") if k in out}

    def _dateline_without_date(self, place: str, agency: str | None) -> bool:
        """True when a line of the text opens with the place, then at most the agency in brackets or
        slashes, then a dash, colon or stop and the story: a dateline with no date (`OTTAWA (Reuters) -`)."""
        bracketed = "" if agency is None else rf"(?:[(\[/]\s*{re.escape(agency)}\s*[)\]/])?"
        shape = re.compile(rf"\s*,?\s*{bracketed}\s*[-\u2013\u2014:.]+\s+\w")
        return any(line.startswith(place) and shape.match(line[len(place) :]) for line in self.lines)

    def published(self) -> Any:
        date = self.field("date")
        if date is MISSING:
            return date
        shown = self.gold.get("date_in_text")
        if date is None:
            if shown is not None:
                return self.flag("published", f"the gold gives no date but date_in_text {shown!r}")
            return None
        match = GOLD_DATE.fullmatch(date) if isinstance(date, str) else None
        if match is None:
            return self.flag("published", f"the gold's date {date!r} is not YYYY-MM-DD[THH:MM[:SS]±HH:MM]")
        if not isinstance(shown, str):
            return self.flag("published", "the gold gives a date but not the text that carries it")
        if shown not in self.text:
            return self.flag("published", f"date_in_text {shown!r} does not occur in the article")
        if date[:4] not in YEAR.findall(shown) and not NUMERIC_DATE.search(shown):
            return self.flag(
                "published",
                f"date_in_text {shown!r} does not show the year {date[:4]} (the corpus writes XXXX)",
            )
        day, clock, seconds, offset = match.groups()
        zones = _zones(shown, self._rest_of_line(shown))
        if clock is not None:
            if offset is None:
                return self.flag("published", f"the gold's time in {date!r} has no offset")
            if not [z for z in zones if z not in NON_FIXING_ZONES]:
                return self.flag(
                    "published",
                    f"the gold gives a time ({date}) but {shown!r} names no zone that fixes the offset; the "
                    "corpus keeps a time only with one",
                )
            if offset in ("Z", "+00:00", "-00:00", "+0000", "-0000"):
                offset = "Z"
            elif ":" not in offset:
                offset = f"{offset[:3]}:{offset[3:]}"
            return f"{day}T{clock}:{seconds or '00'}{offset}"
        if TIME.search(NUMERIC_DATE.sub(" ", shown)):
            fixing = [z for z in zones if z not in NON_FIXING_ZONES]
            if fixing:
                return self.flag(
                    "published",
                    f"{shown!r} gives a time with the zone {fixing[0]!r}; the corpus keeps that time "
                    "(when the zone fixes the offset) and the gold gives the date only",
                )
        return day

    def _rest_of_line(self, shown: str) -> str:
        """What follows ``shown`` on its line, up to a separator (a zone may stand there: `(GMT+7)`)."""
        start = self.text.find(shown) + len(shown)
        end = self.text.find("\n", start)
        rest = self.text[start : None if end < 0 else end]
        return re.split(r"[|\u00b7\u2022]", rest, maxsplit=1)[0]

    def published_origin(self, published: Any) -> Any:
        if not isinstance(published, str):
            return MISSING  # no date, or none written: nothing to say where it came from
        shown = self.gold["date_in_text"]
        at = self.text.find(shown)
        first = self.gold.get("first_paragraph_starts")
        body = self.text.find(first) if isinstance(first, str) and first else -1
        if body < 0 and self.text.count(shown) > 1:
            return self.flag(
                "published_origin",
                f"date_in_text {shown!r} occurs more than once and the first paragraph is not found",
            )
        if 0 <= body <= at:
            return self.flag("published_origin", f"date_in_text {shown!r} stands in the body, not above it")
        start = self.text.rfind("\n", 0, at) + 1
        end = self.text.find("\n", at)
        line = self.text[start : None if end < 0 else end].strip()
        before = self.text[start:at].strip()
        after = self.text[at + len(shown) : None if end < 0 else end].strip()
        if before.rstrip(":").strip().casefold() in PUBLISHED_LABELS:
            return "published-line"  # whatever follows (`| Updated …`): the label decides
        if before:
            note = " (a line labelled only `Updated` has no origin)" if "updat" in before.casefold() else ""
            return self.flag("published_origin", f"the date line {line!r} opens with {before!r}{note}")
        if after:
            return self.flag("published_origin", f"the date line {line!r} goes on after the date")
        return "date-line"

    def section_headings(self) -> Any:
        subheads = self.field("subheads")
        if subheads is MISSING:
            return subheads
        if not isinstance(subheads, list) or not all(isinstance(s, str) for s in subheads):
            return self.flag(
                "section_headings", f"the gold's subheads {subheads!r} are not a list of strings"
            )
        if self.gold.get("n_paragraphs") == 0:
            return self.flag("section_headings", "the gold counts no paragraph")
        if not subheads:
            return [None]
        first = self.gold.get("first_paragraph_starts")
        where = self.text.find(first) if isinstance(first, str) and first else -1
        if where < 0:
            return self.flag(
                "section_headings",
                "the first paragraph's start is not given or not found, so whether a section without "
                "heading comes first is not known",
            )
        offsets = _line_offsets(self.text)
        picked: list[int] = []
        for subhead in subheads:
            at = [o for o, line in offsets if line.strip() == subhead.strip()]
            if not at:
                return self.flag(
                    "section_headings", f"subhead {subhead!r} is not a whole line of the article"
                )
            later = [o for o in at if not picked or o > picked[-1]]
            if not later:
                return self.flag("section_headings", f"subhead {subhead!r} does not follow the one before")
            if not picked and min(at) < where < max(at):
                return self.flag(
                    "section_headings", f"subhead {subhead!r} stands both above and below the first paragraph"
                )
            picked.append(later[0])
        return ([None] if picked[0] > where else []) + list(subheads)

    def paragraph_count(self) -> Any:
        count = self.field("n_paragraphs")
        if count is MISSING:
            return count
        if not isinstance(count, int) or isinstance(count, bool) or count < 0:
            return self.flag("paragraph_count", f"the gold's n_paragraphs {count!r} is not a count")
        return count

    def language(self) -> Any:
        tag = self.field("language")
        if tag is MISSING:
            return tag
        if not isinstance(tag, str) or not LANGUAGE.match(tag):
            return self.flag("language", f"the gold's language {tag!r} is not a BCP 47 tag")
        if "-" in tag:
            primary = tag.split("-")[0].lower()
            self.flag(
                "language",
                f"{tag!r} written {primary!r}: the corpus tags the language, not the region",
                action="changed",
            )
            return primary
        return tag

    def article(self) -> None:
        """The corpus's own limits on an article (tests/test_parse_corpus.py): flagged, never changed."""
        words = len(self.text.split())
        if not 80 <= words <= 600:
            self.flag("article", f"{words} words, outside the corpus's 80-600", action="kept")
        if "\r" in self.text:
            self.flag("article", "CR line endings; the corpus's articles use LF", action="kept")

    def convert(self) -> dict[str, Any]:
        simple: dict[str, Callable[[], Any]] = {
            "summary": lambda: self.string("summary", self.field("summary")),
            "byline": lambda: self.string("byline", self.field("byline")),
            "signoff": lambda: self.string("signoff", self.field("signoff")),
        }
        out: dict[str, Any] = {"headline": self.headline()}
        out.update({key: make() for key, make in simple.items()})
        out["image"] = self.image()
        out["authors"] = self.authors()
        out["dateline"] = self.dateline()
        out["published"] = self.published()
        out["published_origin"] = self.published_origin(out["published"])
        out["section_headings"] = self.section_headings()
        out["paragraph_count"] = self.paragraph_count()
        out["language"] = self.language()
        self.article()
        return {key: out[key] for key in KEY_ORDER if out.get(key, MISSING) is not MISSING}


# ---------------------------------------------------------------------------------------- helpers


def _names_in(byline: str, names: list[str]) -> list[tuple[int, int]] | None:
    """The spans of ``names`` in ``byline`` in order (case and spacing ignored), or None."""
    spans: list[tuple[int, int]] = []
    pos = 0
    for name in names:
        pattern = r"\s+".join(re.escape(part) for part in name.split())
        match = re.compile(rf"(?<!\w){pattern}(?!\w)", re.IGNORECASE).search(byline, pos)
        if match is None:
            return None
        spans.append(match.span())
        pos = match.end()
    return spans


def _leftover(byline: str, spans: list[tuple[int, int]]) -> str:
    """The byline's words outside the names that are not byline words ("By", "and", commas)."""
    pieces, pos = [], 0
    for start, end in spans:
        pieces.append(byline[pos:start])
        pos = end
    pieces.append(byline[pos:])
    words = re.split(r"[\s,;&]+", " ".join(pieces))
    return " ".join(w for w in words if w and w.casefold() not in BYLINE_WORDS)


def _affiliation_after_names(byline: str, name: str, affiliation: str) -> bool:
    """True when ``affiliation`` follows ``name`` in the byline with only other names, byline words and a
    comma or line break between (`By A and B, Associated Press`; `Name ⏎ The Canadian Press`)."""
    spans = _names_in(byline, [name])
    if spans is None:
        return False
    at = byline.find(affiliation, spans[0][1])
    if at < 0 or byline[at + len(affiliation) :].strip(" .") != "":
        return False
    between = byline[spans[0][1] : at]
    tail = re.search(r"(,\s*|\s*\n\s*)$", between)
    return bool(tail) and not re.search(r"[|\u00b7\u2022/]|\s[-\u2013\u2014]\s", between)


def _beside(names: list[str], affiliations: Any) -> list[dict[str, Any]] | None:
    """Names with the gold's ``affiliations`` beside them (a list in the names' order, or {name: affiliation})
    as {name, affiliation}; None when they do not pair."""
    if isinstance(affiliations, dict) and set(affiliations) == set(names):
        affiliations = [affiliations[n] for n in names]
    if not isinstance(affiliations, list) or len(affiliations) != len(names):
        return None
    if not all(a is None or isinstance(a, str) for a in affiliations):
        return None
    return [{"name": n, "affiliation": a} for n, a in zip(names, affiliations, strict=True)]


def _zones(shown: str, rest: str) -> list[str]:
    """Capital words that may be time zones in a date's text (and what follows it on its line)."""
    found = []
    for match in ZONE.finditer(f"{shown} {rest}"):
        token = match.group(0)
        if token.rstrip(".") not in NOT_ZONES:
            found.append(re.sub(r"\s+", "", token))
    return found


def _line_offsets(text: str) -> list[tuple[int, str]]:
    out, pos = [], 0
    for line in text.split("\n"):
        out.append((pos, line))
        pos += len(line) + 1
    return out


def convert(name: str, gold: dict[str, Any], text: str) -> tuple[dict[str, Any], list[Flag]]:
    """The corpus expectation for one article's gold, and the flags raised (keys left out or changed)."""
    converter = _Converter(name, gold, text)
    expect = converter.convert()
    return expect, converter.flags


def find_gold(sources: list[Path]) -> dict[str, Path]:
    """NAME -> its gold file, over all source directories (a name twice is an error)."""
    found: dict[str, Path] = {}
    for source in sources:
        for path in sorted(source.rglob("*.gold.json")):
            name = path.name[: -len(".gold.json")]
            if name in found:
                raise SystemExit(f"gold_to_expect: {name} is in {found[name].parent} and {path.parent}")
            found[name] = path
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.strip().splitlines()[0])
    parser.add_argument(
        "sources", nargs="+", type=Path, metavar="SRC_DIR", help="folders of NAME.txt + NAME.gold.json"
    )
    parser.add_argument("--out", type=Path, required=True, help="write NAME.txt + NAME.expect.json here")
    parser.add_argument("--only", nargs="+", metavar="NAME", help="convert these articles only")
    parser.add_argument("--flags", type=Path, help="also write the flags here as JSON {NAME: [flag, ...]}")
    args = parser.parse_args(argv)
    for source in args.sources:
        if not source.is_dir():
            print(f"gold_to_expect: no such folder: {source}", file=sys.stderr)
            return 2
    gold_files = find_gold(args.sources)
    names = sorted(gold_files)
    if args.only:
        unknown = sorted(set(args.only) - set(gold_files))
        if unknown:
            print(f"gold_to_expect: no gold for {', '.join(unknown)}", file=sys.stderr)
            return 2
        names = sorted(set(args.only))
    if not names:
        print("gold_to_expect: no *.gold.json found", file=sys.stderr)
        return 2
    args.out.mkdir(parents=True, exist_ok=True)
    all_flags: dict[str, list[dict[str, str]]] = {}
    for name in names:
        gold_path = gold_files[name]
        text_path = gold_path.with_name(f"{name}.txt")
        if not text_path.is_file():
            print(f"gold_to_expect: {name}: no {text_path.name} beside the gold", file=sys.stderr)
            return 2
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        expect, flags = convert(name, gold, text_path.read_bytes().decode("utf-8"))
        shutil.copyfile(text_path, args.out / f"{name}.txt")
        (args.out / f"{name}.expect.json").write_text(
            json.dumps(expect, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
        )
        for flag in flags:
            print(flag)
        if flags:
            all_flags[name] = [{k: v for k, v in asdict(f).items() if k != "article"} for f in flags]
    flagged = sum(len(v) for v in all_flags.values())
    print(f"{len(names)} articles written to {args.out}; {flagged} flags on {len(all_flags)} articles")
    if args.flags:
        args.flags.write_text(json.dumps(all_flags, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
