"""A web page's last-modified date (the record's ``published.updated``), for the page reader in
``parse/html/__init__.py``: the date the page itself states it was last changed, when that is after the
publication date already chosen (``published``), which it never alters.

Candidates, in precedence order (the first one that is an update, and can be located, wins):

1. JSON-LD ``dateModified`` of the article node (the node whose ``datePublished`` and ``headline`` the
   reader uses);
2. microdata ``dateModified`` in the article's scope;
3. the last-modified metas: ``article:modified_time``, ``og:updated_time``, ``dcterms.modified``,
   ``dc.date.modified``;
4. a date the article's header shows labelled or marked as an update (``Updated Dec. 23, 2023``,
   ``<time class="updated">``, read by ``published.seen_dates``), located where it stands.

Why structured data first (the opposite of the publication date): a visible "Updated" label is most
often a day in words, and structured data gives the same change to the second with its zone; a header's
update date is also what the publication reader falls back on when the header shows nothing else, so it
is often the publication date itself.

A candidate is no update, and is passed over (the next one is tried), when it is:

* **earlier** than the publication date: a local time written with a UTC zone (11:53 EST as ``11:53+00:00``)
  or a date left from an earlier page the article was copied from;
* **the same moment** as the publication date, or as any publication date the page's structured data
  states (``dateModified`` = ``datePublished`` until a page is edited, whatever date the header shows):
  within a minute, since a system saves a page a few seconds after it publishes it;
* **the same day** when either date gives only a day (a day cannot say which came first), as the
  publication date or as a structured publication date (a ``dateModified`` written without its zone
  keeps only its day, and ``12/20/2023 17:14:15`` is the day of a ``datePublished`` of that day).

Where the chosen publication date gives only a day, the time of a structured publication date on that
same day stands in for it. When no candidate is an update, ``published.updated`` is left out and, if
the page stated one, the evidence (``published.updated``) names the first candidate and why it was
left out; when one is taken, the evidence names it and, in its note, the first source passed over or
disagreeing.
"""

from __future__ import annotations

import dataclasses
import datetime

from archivist.parse.html.dates import to_edtf
from archivist.parse.html.precedence import ranked
from archivist.parse.html.published import DateCandidate, SeenDate
from archivist.parse.html.reader_state import PageReaderState
from archivist.parse.html.structured import Claim
from archivist.record.model import DateValue, Evidence, Published

__all__ = ["MODIFIED_ORDER", "UpdateFields", "why_not_an_update"]

MODIFIED_ORDER = ("json-ld", "microdata", "opengraph", "meta")
# A content system saves a page again within seconds of publishing it: no reader saw another version.
SAME_MOMENT = datetime.timedelta(seconds=60)


class UpdateFields(PageReaderState):
    def _updated(self, published: Published, seen: list[SeenDate]) -> Published:
        """``published`` with ``updated`` filled by the module docstring's rules (evidence recorded)."""
        stated = [value for value in (to_edtf(c.value) for c in self.structured.published) if value]
        passed_over: list[tuple[DateCandidate, str]] = []
        candidates = _candidates(self.structured.modified, seen)
        for index, candidate in enumerate(candidates):
            value = to_edtf(candidate.value)
            if value is None:
                continue
            why = why_not_an_update(value, published.date.value, stated)
            if why is not None:
                passed_over.append((candidate, why))
                continue
            span = self.date_span(candidate)
            if span is None:
                continue
            self.evidence["published.updated"] = Evidence(
                candidate.origin, candidate.rule, _note(value, passed_over, candidates[index + 1 :])
            )
            return dataclasses.replace(published, updated=DateValue(value, candidate.value, span))
        if passed_over:
            candidate, why = passed_over[0]
            self.evidence["published.updated"] = Evidence(
                candidate.origin, candidate.rule, f"{candidate.value[:60]!r} left out: {why}"
            )
        return published


def why_not_an_update(update: str, published: str, stated: list[str]) -> str | None:
    """None when ``update`` (EDTF) is a change after the publication date ``published`` (EDTF), else why
    it is not; ``stated`` are the page's structured publication dates (EDTF), see the module docstring."""
    moment = _moment(update)
    for other in stated:
        at = _moment(other)
        if moment is not None and at is not None and abs(moment - at) <= SAME_MOMENT:
            return f"the same moment as a stated publication date ({other})"
        if moment is None and update[:10] == other[:10]:  # a day cannot be told from a moment that day
            return f"the same day as a stated publication date ({other})"
    reference = published
    if _moment(published) is None:
        # A day only: the time structured data gives that same day stands in for it.
        reference = next(
            (s for s in stated if _moment(s) is not None and s[:10] == published[:10]), published
        )
    at = _moment(reference)
    if moment is not None and at is not None:
        if abs(moment - at) <= SAME_MOMENT:
            return f"the same moment as the publication date ({reference})"
        return f"earlier than the publication date ({reference})" if moment < at else None
    day, published_day = _day(update), _day(reference)
    if day is None or published_day is None:
        return f"cannot be compared with the publication date ({reference})"
    if day < published_day:
        return f"earlier than the publication date ({reference})"
    if day == published_day:
        return f"the same day as the publication date ({reference})"
    return None


def _candidates(modified: list[Claim], seen: list[SeenDate]) -> list[DateCandidate]:
    structured = [
        DateCandidate(c.value, c.origin, c.rule, "structured-data") for c in ranked(modified, MODIFIED_ORDER)
    ]
    shown = [_seen_update(s) for s in seen if s.updated]
    return structured + shown


def _seen_update(seen: SeenDate) -> DateCandidate:
    rule = ("time[datetime]" if seen.machine else "date-text") + " labelled update"
    kind = "time-element" if seen.machine else "date-line"
    return DateCandidate(seen.value, "html", rule, kind, seen.element)


def _note(value: str, passed_over: list[tuple[DateCandidate, str]], rest: list[DateCandidate]) -> str | None:
    if passed_over:
        candidate, why = passed_over[0]
        return f"{candidate.origin} {candidate.rule} says {candidate.value[:60]!r}: {why}"
    for candidate in rest:
        other = to_edtf(candidate.value)
        if other is not None and other[:10] != value[:10]:
            return f"{candidate.origin} {candidate.rule} says {candidate.value[:60]!r}"
    return None


def _moment(value: str) -> datetime.datetime | None:
    """An EDTF date-time with its zone as an aware datetime; None for a day."""
    if "T" not in value:
        return None
    try:
        moment = datetime.datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
    return moment if moment.tzinfo is not None else None


def _day(value: str) -> datetime.date | None:
    try:
        return datetime.date.fromisoformat(value[:10])
    except ValueError:
        return None
