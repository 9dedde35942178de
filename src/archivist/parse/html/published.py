"""A web page's publication date: the date the article's header shows its readers, else what structured
data states, else a date in the page's address.

Candidates, in precedence order (the first that can be located in the page wins):

1. **A date the header shows**, not labelled as an update. The *header* runs from just above the
   ``<h1>`` (40 elements: rubric, kicker and date blocks sit there) to the body's first block; dates
   below the headline come first, then those above it, nearest first. In order:
   a. a ``<time datetime>`` marked as the publication time (``pubdate``, ``itemprop=datePublished``, its
      own or its parent's class, or a label, saying publish/pub-time/created), wherever it stands outside
      related-content lists and comments; when several are marked, the first whose day agrees with
      JSON-LD or meta dates (a page of stacked articles marks them all; microdata is read from those very
      elements, so it cannot vouch for one);
   b. an unmarked ``<time datetime>`` in the header;
   c. a date written in words (``Sunday 17 December 2023 17:23``) in a date-like element (class saying
      date/time/publish/meta/byline) or in a short line (≤ 100 characters); just past the body's first
      block (a standfirst the body reader took for a paragraph), a date alone in its element.
   When the first ``<time>`` and the first date in words are a day apart, they are one moment read in
   two time zones (``datetime`` in UTC, the words in the newsroom's zone): the words win,
   since the day a reader saw is the day the article carries. When words win and a ``<time>`` or
   structured value says the same day, that value is kept instead (it carries the time and zone).
2. **The header's update date** (``Updated …``, ``class=modified``), when the header shows no other: it
   beats structured data, because on rewritten pages structured ``datePublished`` is the first version's
   and the page dates the article by its update.
3. **Structured data**: JSON-LD ``datePublished`` (``dateCreated``) › microdata ``datePublished`` ›
   ``article:published_time`` › the date metas (``parsely-pub-date``, ``dc.date.issued``, ``date`` …).
   Without an ``<h1>`` there is no header to bound: dates in words then come after structured data (a
   masthead shows today's date).
4. **The page's address**: ``/2023/12/12/`` or ``/2023-12-12-`` in the canonical URL (publishers file
   articles under their day), when nothing else gives a date.

Why the visible date first: structured dates are often the first-publication or indexing time of a page
since rewritten, and in UTC where the page shows local time. On the development pages, where the page's
header and its structured data disagree, the curated date follows the header on all but pages whose
curated date the page does not show at all (``bench/bench_html.py``). Every choice is written to the
record's ``evidence`` (``from``/``rule``; the note names the first source that disagrees).
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass

from lxml import html as lxml_html

from archivist.parse.dates import search_dates
from archivist.parse.html.dates import to_edtf
from archivist.parse.html.document import Order, marks, text_of, text_up_to

# Rubric, kicker and date blocks stand just above the <h1>: this many elements before it count as header.
_ABOVE_HEADLINE = 40
_SHORT_DATE_LINE = 100
_PAST_BODY_START = 25
_LONGEST_DATE_LINE = 300  # characters: a longer element is a block of the page, not a line with a date
_NOT_DATE_LINES = frozenset({"script", "style", "figure", "figcaption", "h1", "blockquote"})
_UPDATED = re.compile(r"updat|modif|mod-?time|revis|edited")
# No \b: text_content() runs a byline into its label ("Senior EditorUpdated Dec. 23").
_UPDATED_LABEL = re.compile(r"(?:updated|modified|revised|edited|last\s+update)", re.IGNORECASE)
_PUBLISHED = re.compile(r"publish|pub-?time|pub-?date|\bpub\b|created")
_DATE_MARK = re.compile(r"date|time|publish|posted|updated|meta|byline|dateline|info")
_ASIDE = re.compile(r"related|\bcomments?\b|recommend|promo")  # not "commentary", a kind of article
_URL_DATE = re.compile(r"/((?:19|20)\d\d)([/-])(0?[1-9]|1[0-2])\2(0?[1-9]|[12]\d|3[01])(?:/|[-_.]|$)")


@dataclass(frozen=True)
class SeenDate:
    """A date the page shows: ``value`` is a ``<time>``'s ``datetime`` (``machine``) or the words of a date
    written out; ``updated`` when labelled or marked as an update, ``marked`` when marked as the
    publication date."""

    value: str
    element: lxml_html.HtmlElement
    machine: bool
    updated: bool = False
    marked: bool = False


def seen_dates(
    tree: lxml_html.HtmlElement,
    headline: lxml_html.HtmlElement | None,
    body_start: lxml_html.HtmlElement | None,
    order: Order,
) -> list[SeenDate]:
    """Every date the article's header shows, best first (rule 1 and 3 of the module docstring)."""
    low = order.get(headline, 0) - _ABOVE_HEADLINE if headline is not None else -1
    high = order.get(body_start, len(order)) if body_start is not None else len(order)

    def in_header(element: lxml_html.HtmlElement) -> bool:
        return low < order.get(element, -1) < high

    times = [t for t in tree.iter("time") if _trustworthy(t) and not _in_aside(t)]
    marked_times = [SeenDate(_datetime(t), t, True, marked=True) for t in times if _marked_published(t)]
    header_times = [
        SeenDate(_datetime(t), t, True, updated=bool(_UPDATED.search(_context(t))))
        for t in times
        if in_header(t) and not any(s.element is t for s in marked_times)
    ]
    written = _written_dates(tree, low, high, order, headline is not None)
    if headline is not None:  # below the headline first, then above it, nearest first
        top = order.get(headline, 0)
        header_times = _nearest_first(header_times, top, order)
        written = _nearest_first(written, top, order)
    unlabelled = [s for s in header_times + written if not s.updated]
    updates = [s for s in header_times + written if s.updated]
    machine = marked_times + [s for s in unlabelled if s.machine]
    words = [s for s in unlabelled if not s.machine]
    return machine + words + updates


def best_seen(seen: list[SeenDate], structured_days: set[str]) -> list[SeenDate]:
    """``seen`` reordered by the rules between a ``<time>`` and words (see the module docstring)."""
    if not seen:
        return []
    marked = [s for s in seen if s.marked]
    if len(marked) > 1:
        agreeing = next((s for s in marked if _day(s.value) in structured_days), None)
        if agreeing is not None:
            seen = [agreeing] + [s for s in seen if s is not agreeing]
    first = seen[0]
    if first.machine and not first.updated:
        words = next((s for s in seen if not s.machine and not s.updated), None)
        if words is not None and days_apart(first.value, words.value) == 1:
            seen = [words] + [s for s in seen if s is not words]
    return seen


def url_date(url: str | None) -> tuple[str, str] | None:
    """``(2023/12/12, 2023-12-12)``: the day a page's address files it under, or None."""
    found = _URL_DATE.search(url or "")
    if not found:
        return None
    year, _sep, month, day = found.groups()
    value = f"{year}-{int(month):02d}-{int(day):02d}"
    try:
        datetime.date.fromisoformat(value)
    except ValueError:
        return None
    return found.group(0).strip("/-_."), value


def days_apart(first: str, second: str) -> int | None:
    a, b = _day(first), _day(second)
    if len(a) < 10 or len(b) < 10:
        return None
    try:
        return abs((datetime.date.fromisoformat(a) - datetime.date.fromisoformat(b)).days)
    except ValueError:
        return None


def _same_moment_local(utc_value: str, other: str) -> bool:
    """``other`` is the moment ``utc_value`` (a UTC time) gives, written with a non-UTC offset that puts
    it on another day."""
    first, second = _moment(utc_value), _moment(other)
    if first is None or second is None or first.utcoffset() != datetime.timedelta(0):
        return False
    offset = second.utcoffset()
    return (
        offset is not None
        and offset != datetime.timedelta(0)
        and abs((first - second).total_seconds()) <= 60
        and first.date() != second.date()
    )


def _moment(value: str) -> datetime.datetime | None:
    try:
        moment = datetime.datetime.fromisoformat(value.strip())
    except ValueError:
        return None
    return moment if moment.tzinfo is not None else None


def _day(value: str) -> str:
    return (to_edtf(value) or "")[:10]


def _datetime(time: lxml_html.HtmlElement) -> str:
    return " ".join(time.get("datetime", "").split())


def _nearest_first(dates: list[SeenDate], top: int, order: Order) -> list[SeenDate]:
    below = [s for s in dates if order.get(s.element, -1) > top]
    return below + [s for s in reversed(dates) if order.get(s.element, -1) <= top]


def _written_dates(
    tree: lxml_html.HtmlElement, low: int, high: int, order: Order, headline: bool
) -> list[SeenDate]:
    """Full dates (with a year) written in the header: in a date-like element, or alone in a short line.

    Short unmarked lines count only when a headline bounds the header (else a masthead's "today" would
    do). Just past the body's first block (a standfirst the body reader took for a paragraph), a date
    standing alone in its element still counts."""
    found: list[SeenDate] = []
    met: set[tuple[str, str]] = set()
    containers: set[lxml_html.HtmlElement] = set()
    end = high + _PAST_BODY_START if headline else high
    for element in tree.iter():
        position = order.get(element, -1)
        if position <= low or not isinstance(element.tag, str):
            continue
        if position >= end:
            break
        if position == high:  # the body's ancestors hold the whole article: never a date line
            containers = set(element.iterancestors())
        if element in containers or element.tag in _NOT_DATE_LINES:
            continue
        text = text_up_to(element, _LONGEST_DATE_LINE)
        if text is None:
            continue
        words = marks(element)
        short = headline and len(text) <= _SHORT_DATE_LINE
        if not (short or (_DATE_MARK.search(words) and len(text) <= _LONGEST_DATE_LINE)):
            continue
        dates = search_dates(text)
        if not dates or _in_aside(element):  # (the ancestor walk only for the few elements with a date)
            continue
        label_start = 0
        for date in dates:
            if not (date.value[:4].isdigit() and len(date.value) >= 10):
                continue
            if position >= high and (element.tag in ("p", "li") or len(text) > date.end - date.start + 15):
                continue
            # The words a date follows label it ("Updated Dec. 23, 2023 / Published Dec. 22, 2023").
            label, label_start = text[label_start : date.start][-30:], date.end
            # The same words are met again in each ancestor's and child's text: keep their first reading.
            key = (text[date.start : date.end], date.value)
            if key in met:
                continue
            met.add(key)
            updated = bool(_UPDATED_LABEL.search(label) or _UPDATED.search(words))
            found.append(SeenDate(text[date.start : date.end], element, False, updated))
    return found


def _marked_published(time: lxml_html.HtmlElement) -> bool:
    """Marked as the publication time by an attribute, its own or its parent's class, or a label, and
    not by its own class or label as an update."""
    if time.get("pubdate") is not None or "datepublished" in (time.get("itemprop") or "").lower():
        return True
    parent = time.getparent()
    own = marks(time) + " " + _label_before(time)
    if _UPDATED.search(own):
        return False
    return bool(_PUBLISHED.search(own) or (parent is not None and _PUBLISHED.search(marks(parent))))


def _trustworthy(time: lxml_html.HtmlElement) -> bool:
    """A datetime that the element's own words do not contradict (templates leave placeholder values
    such as ``2019-09-03`` beside the real date written out)."""
    value = to_edtf(_datetime(time))
    if value is None:
        return False
    written = [d.value for d in search_dates(text_of(time)) if d.value[:4].isdigit() and len(d.value) >= 10]
    if not written:
        return True
    return (days_apart(written[0], value) or 0) <= 1


def _label_before(element: lxml_html.HtmlElement) -> str:
    parent = element.getparent()
    before = (parent.text or "") if parent is not None else ""
    previous = element.getprevious()
    if previous is not None:
        before += text_of(previous) + (previous.tail or "")
    return (before[-20:] + text_of(element)[:20]).lower()


def _context(time: lxml_html.HtmlElement) -> str:
    """The words that say what a time is: its own and its parent's marks, and the text just before it."""
    parent = time.getparent()
    return " ".join((marks(time), marks(parent) if parent is not None else "", _label_before(time)))


def _in_aside(element: lxml_html.HtmlElement) -> bool:
    node = element.getparent()
    while node is not None:
        if node.tag in ("aside", "nav", "footer") or _ASIDE.search(marks(node)):
            return True
        node = node.getparent()
    return False


@dataclass(frozen=True)
class DateCandidate:
    """One reading of the publication date, in precedence order: ``origin``/``rule`` for the evidence,
    ``kind`` for ``Published.origin``, ``element`` where the page shows it (None for structured data)."""

    value: str
    origin: str
    rule: str
    kind: str
    element: lxml_html.HtmlElement | None = None
    edtf: str | None = None  # when ``value`` is not itself a date (a URL)


def date_candidates(
    seen: list[SeenDate], structured: list[tuple[str, str, str]], url: str | None, has_headline: bool = True
) -> list[DateCandidate]:
    """Every reading in the module docstring's order; ``structured`` is ``(value, origin, rule)`` ranked."""
    # Microdata is read from the very elements in question, so it cannot vouch for one of them.
    days = {_day(value) for value, origin, _rule in structured if origin != "microdata"}
    ordered = best_seen(seen, days)
    shown = [_seen_candidate(s) for s in ordered if not s.updated]
    updates = [_seen_candidate(s) for s in ordered if s.updated]
    stated = [DateCandidate(v, o, r, "structured-data") for v, o, r in structured]
    if not has_headline:  # no header to read: words may be a masthead's "today", so they come last
        words = [c for c in shown + updates if c.kind == "date-line"]
        shown = [c for c in shown if c.kind != "date-line"]
        updates = [c for c in updates if c.kind != "date-line"]
        stated += words
    ranked = shown + updates + stated
    if ranked and ranked[0].kind == "date-line":
        # Words fix the day; a machine-readable value of the same day carries its time and zone too.
        same = next(
            (c for c in ranked[1:] if c.kind != "date-line" and _day(c.value) == _day(ranked[0].value)), None
        )
        if same is not None:
            ranked.remove(same)
            ranked.insert(0, same)
    if ranked and ranked[0].kind == "time-element":
        # A ``datetime`` in UTC and a structured value of the same moment in the newsroom's zone: the day
        # the article carries is the local one (the UTC day is a conversion, as with words above).
        local = next((c for c in stated if _same_moment_local(ranked[0].value, c.value)), None)
        if local is not None:
            ranked.remove(local)
            ranked.insert(0, local)
    found = url_date(url)
    filed = (
        [DateCandidate(url or "", "html", f"url-path {found[0]}", "url-path", edtf=found[1])] if found else []
    )
    return ranked + filed


def _seen_candidate(seen: SeenDate) -> DateCandidate:
    rule = "time[datetime]" if seen.machine else "date-text"
    if seen.marked:
        rule += " marked published"
    if seen.updated:
        rule += " labelled update"
    return DateCandidate(
        seen.value, "html", rule, "time-element" if seen.machine else "date-line", seen.element
    )
