"""A page's authors, for the page reader in ``parse/html/__init__.py``: the byline seen and the structured
data's authors reconciled in ``precedence.AUTHOR_ORDER``, publishers and agencies set apart, people
credited for other work left out, each author located in the page."""

from __future__ import annotations

from archivist.parse.agencies import is_agency
from archivist.parse.html.document import absolute
from archivist.parse.html.locations import collapse
from archivist.parse.html.people import NamedPerson, people_in
from archivist.parse.html.precedence import AUTHOR_ORDER, byline_names_more, names_site
from archivist.parse.html.reader_state import PageReaderState
from archivist.parse.html.structured import Claim
from archivist.parse.html.visible import Byline, SeenPerson
from archivist.record.model import Evidence, Person, Span, Text


class AuthorFields(PageReaderState):
    def _authors(self, byline: Byline | None) -> tuple[tuple[Person, ...], Text | None]:
        seen = byline.people if byline is not None else ()
        byline_text = None
        after = 0
        if byline is not None:
            span = self.locate(byline.text, byline.element)
            if span is not None:
                byline_text = Text(byline.text, span)
                after = span.start
        sources = dict(self.structured.authors)
        if seen:
            sources["html"] = [Claim(p.name, "html", "byline", url=p.url) for p in seen]
        agencies = list(byline.agencies) if byline is not None else []
        contributors = byline.contributors if byline is not None else ()
        not_authors = {n.casefold() for n in contributors}
        notes = [f"credited for other work: {', '.join(contributors)}"] if contributors else []
        for origin in AUTHOR_ORDER:
            named: list[tuple[NamedPerson, Claim]] = []
            for claim in sources.get(origin, []):
                if claim.organization or names_site(claim.value, self.structured.site_name):  # a publisher
                    agencies += [claim.value] if is_agency(claim.value) else []
                    continue
                people, claim_agencies = people_in(claim.value)
                agencies += claim_agencies
                named += [
                    (p, claim)
                    for p in people
                    if p.name not in {n.name for n, _ in named} and p.name.casefold() not in not_authors
                ]
            if origin != "html" and byline_names_more([n.name for n, _ in named], [p.name for p in seen]):
                # structured data naming only the first of a byline's authors
                fewer = ", ".join(n.name for n, _ in named)
                notes.append(f"{origin} {named[0][1].rule} names fewer: {fewer}")
                continue
            found = tuple(p for p in (self._person(n, c, seen, after) for n, c in named) if p is not None)
            if found:
                apart = [f"agencies apart: {', '.join(dict.fromkeys(agencies))}"] if agencies else []
                note = "; ".join(apart + notes) or None
                self.evidence["authors"] = Evidence(origin, named[0][1].rule, note)
                return found, byline_text
        if agencies:
            note = "; ".join([f"agencies: {', '.join(dict.fromkeys(agencies))}", *notes])
            self.evidence["authors"] = Evidence("html", "agency-byline", note)
        return (), byline_text

    def _person(
        self, named: NamedPerson, claim: Claim, seen: tuple[SeenPerson, ...], after: int
    ) -> Person | None:
        url, affiliation = claim.url, named.affiliation
        for person in seen:
            if collapse(person.name).casefold() == named.name.casefold():
                url, affiliation = url or person.url, affiliation or person.affiliation
        for claims in self.structured.authors.values():  # a byline name's page, from structured data
            for other in claims:
                if url is None and other.url and collapse(other.value).casefold() == named.name.casefold():
                    url = other.url
        span = self.locate(named.name, after=after)
        if span is None:
            whole = self.locate_claim(claim)
            inner = self.src.text.find(named.name, whole.start, whole.end) if whole is not None else -1
            span = Span(inner, inner + len(named.name)) if inner >= 0 else None
        if span is None:
            return None
        return Person(named.name, span, affiliation, absolute(url, self.base))
