"""The parser against the hand-written article corpus in tests/articles/.

Every ``tests/articles/NAME.txt`` is parsed with ``archivist.parse.parse_file`` and checked against
``NAME.expect.json`` (only the keys present are checked; tests/articles/README.md describes them).
Every article, whatever its expectations, must also give a well-formed record: each element's span
lies inside the text and slices to the element's text, paragraphs stand in source order without
overlapping, related boxes, headline, image, byline and sign-off stay out of the body, and the record
validates against the schema.

``test_expectations_match_text`` checks the corpus itself (no parser needed): every string an
expectation quotes occurs in its article, in the order given.
"""

from __future__ import annotations

import itertools
import json
import re
from pathlib import Path
from typing import Any

import pytest

ARTICLES = Path(__file__).resolve().parent / "articles"
TEXT_FILES = sorted(ARTICLES.glob("*.txt"))
NAMES = [p.stem for p in TEXT_FILES]

ALLOWED_KEYS = {
    "headline",
    "summary",
    "image",
    "byline",
    "authors",
    "dateline",
    "published",
    "published_origin",
    "updated",
    "section_headings",
    "paragraph_count",
    "paragraphs_start",
    "quotes",
    "not_quotes",
    "related",
    "signoff",
    "language",
    "evidence",
}
ORIGINS = {"dateline", "date-line", "published-line"}
EDTF = re.compile(r"^(\d{4}|XXXX)(-(\d{2}|XX)(-(\d{2}|XX))?)?(T\d{2}:\d{2}(:\d{2})?(Z|[+-]\d{2}:\d{2}))?$")

# Marks a quotation may open or close with (English curly and straight, German low-high, guillemets).
OPENING_MARKS = set("\"'\u201c\u2018\u201e\u201a\u00ab\u00bb\u2039\u203a")
CLOSING_MARKS = set("\"'\u201d\u2019\u201c\u2018\u00bb\u00ab\u203a\u2039\u201f")  # (\u201f: Yiddish type)
TRAILING_PUNCT = " \t\n.,;:!?\u2026"


# --------------------------------------------------------------------------- helpers


def read_text(path: Path) -> str:
    """The article text as the parser must see it: UTF-8, line endings untouched."""
    return path.read_bytes().decode("utf-8")


def load_expect(name: str) -> dict[str, Any]:
    return json.loads((ARTICLES / f"{name}.expect.json").read_text(encoding="utf-8"))


def squash(s: str) -> str:
    """Whitespace collapsed to single spaces, ends stripped (quotation text joins parts with one space)."""
    return " ".join(s.split())


def strip_trailing_punct(s: str) -> str:
    return squash(s).rstrip(TRAILING_PUNCT)


def norm_heading(s: str | None) -> str | None:
    """Related-box headings are compared without a trailing colon ("Related:" == "Related")."""
    return None if s is None else squash(s).rstrip(":").strip()


def text_of(node: Any) -> str | None:
    return None if node is None else node.text


def overlaps(a: Any, b: Any) -> bool:
    """Half-open spans overlap when they share at least one character (an empty span overlaps nothing)."""
    return a.start < a.end and b.start < b.end and a.start < b.end and b.start < a.end


def find_in_order(haystack: str, needles: list[str]) -> list[str]:
    """The needles not found in ``haystack`` in the given order (each searched after the previous)."""
    missing: list[str] = []
    pos = 0
    for needle in needles:
        index = haystack.find(needle, pos)
        if index < 0:
            missing.append(needle)
        else:
            pos = index + 1
    return missing


# --------------------------------------------------------------------------- corpus sanity (no parser)


def test_corpus_is_complete() -> None:
    assert len(TEXT_FILES) >= 24, f"tests/articles holds {len(TEXT_FILES)} articles, expected at least 24"
    for path in TEXT_FILES:
        assert (ARTICLES / f"{path.stem}.expect.json").is_file(), f"{path.name}: no {path.stem}.expect.json"
    for path in ARTICLES.glob("*.expect.json"):
        stem = path.name[: -len(".expect.json")]
        assert (ARTICLES / f"{stem}.txt").is_file(), f"{path.name}: no article {stem}.txt"


@pytest.mark.parametrize("name", NAMES)
def test_expectations_match_text(name: str) -> None:
    """Each expectation is consistent with its article: every quoted string occurs in the text, in order."""
    check_expectations_match_text(name, (ARTICLES / f"{name}.txt").read_bytes(), load_expect(name))


def check_expectations_match_text(name: str, raw: bytes, exp: dict[str, Any]) -> None:
    """The corpus's own checks of one article and its expectation (no parser): LF line endings, 80-600
    words, known keys, every quoted string in the text and in order.

    Raises AssertionError naming the article at the first problem. A function of its own so that
    bench/heldout/choose.py can put a staged article through the same checks before it joins the corpus."""
    text = raw.decode("utf-8")
    assert b"\r" not in raw, f"{name}: corpus articles use LF line endings"
    words = len(text.split())
    assert 80 <= words <= 600, f"{name}: {words} words"
    unknown = set(exp) - ALLOWED_KEYS
    assert not unknown, f"{name}: unknown expect keys {sorted(unknown)}"

    def occurs(field: str, value: str | None) -> None:
        if value is not None:
            assert value in text, f"{name}: expected {field} {value!r} does not occur in the article"

    lines = [line.strip() for line in text.split("\n")]
    if exp.get("headline") is not None:
        assert exp["headline"] in lines, f"{name}: expected headline is not a whole line of the article"
    for heading in exp.get("section_headings", []):
        assert heading is None or heading in lines, f"{name}: section heading {heading!r} is not a whole line"
    if "updated" in exp:
        assert exp.get("published") is not None, f"{name}: updated without published"
    occurs("summary", exp.get("summary"))
    occurs("byline", exp.get("byline"))
    occurs("signoff", exp.get("signoff"))
    if exp.get("image"):
        for key in ("caption", "credit", "url"):
            occurs(f"image.{key}", exp["image"].get(key))
    if exp.get("dateline"):
        occurs("dateline.place", exp["dateline"].get("place"))
        occurs("dateline.agency", exp["dateline"].get("agency"))
        if exp["dateline"].get("date") is not None:
            assert EDTF.match(exp["dateline"]["date"]), f"{name}: dateline.date not EDTF"
    for author in exp.get("authors", []):
        assert set(author) == {"name", "affiliation"}, f"{name}: author keys {sorted(author)}"
        assert author["name"].casefold() in text.casefold(), f"{name}: author {author['name']!r} not in text"
        occurs("authors.affiliation", author["affiliation"])
    for key in ("published", "updated"):
        if exp.get(key) is not None:
            assert EDTF.match(exp[key]), f"{name}: {key} {exp[key]!r} is not EDTF"
    if "published_origin" in exp:
        assert exp["published_origin"] in ORIGINS, f"{name}: published_origin {exp['published_origin']!r}"
    for heading in exp.get("section_headings", []):
        occurs("section heading", heading)
    if "paragraphs_start" in exp:
        missing = find_in_order(text, exp["paragraphs_start"])
        assert not missing, f"{name}: paragraphs_start not found in order: {missing}"
        if "paragraph_count" in exp:
            assert len(exp["paragraphs_start"]) == exp["paragraph_count"], (
                f"{name}: {len(exp['paragraphs_start'])} paragraphs_start but paragraph_count "
                f"{exp['paragraph_count']}"
            )
    if "section_headings" in exp and "paragraphs_start" in exp:
        assert len(exp["section_headings"]) <= len(exp["paragraphs_start"]), (
            f"{name}: more sections than paras"
        )
    flat = squash(text)
    for i, quote in enumerate(exp.get("quotes", [])):
        assert set(quote) == {"speaker", "starts", "ends"}, f"{name}: quotes[{i}] keys {sorted(quote)}"
        assert squash(quote["starts"]) in flat, f"{name}: quotes[{i}].starts {quote['starts']!r} not in text"
        assert squash(quote["ends"]) in flat, f"{name}: quotes[{i}].ends {quote['ends']!r} not in text"
        if quote["speaker"] is not None:
            assert quote["speaker"] in text, f"{name}: quotes[{i}].speaker {quote['speaker']!r} not in text"
    missing = find_in_order(flat, [squash(q["starts"]) for q in exp.get("quotes", [])])
    assert not missing, f"{name}: quotes not in source order: {missing}"
    for i, quote in enumerate(exp.get("quotes", [])):
        start = flat.find(squash(quote["starts"]))
        assert flat.find(squash(quote["ends"]), start) >= 0, f"{name}: quotes[{i}] ends before it starts"
    for s in exp.get("not_quotes", []):
        assert re.search("[" + "".join(OPENING_MARKS) + "]\u00a0?" + re.escape(s), text), (
            f"{name}: not_quotes {s!r} does not stand in quotation marks in the article"
        )
    for i, box in enumerate(exp.get("related", [])):
        assert set(box) == {"heading", "text_starts"}, f"{name}: related[{i}] keys {sorted(box)}"
        occurs(f"related[{i}].heading", box["heading"])
        occurs(f"related[{i}].text_starts", box["text_starts"])
    if "language" in exp:
        assert re.match(r"^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$", exp["language"]), f"{name}: language"


def test_helpers() -> None:
    assert find_in_order("a b c a", ["a", "c", "a"]) == []
    assert find_in_order("a b c", ["c", "a"]) == ["a"]
    assert squash(" a \n\n b  ") == "a b"
    assert strip_trailing_punct("Iraq.\u201d") == "Iraq.\u201d"
    assert strip_trailing_punct("to Iraq, ") == "to Iraq"
    assert norm_heading("Related:") == "Related" and norm_heading(None) is None

    class S:
        def __init__(self, start: int, end: int) -> None:
            self.start, self.end = start, end

    assert overlaps(S(0, 5), S(4, 6)) and not overlaps(S(0, 5), S(5, 6)) and not overlaps(S(3, 3), S(0, 9))


# --------------------------------------------------------------------------- the parser


@pytest.fixture(scope="module")
def parsed() -> dict[str, Any]:
    """Each article parsed once per module run; a parse error is stored and re-raised by its test."""
    from archivist.parse import parse_file

    out: dict[str, Any] = {}
    for path in TEXT_FILES:
        try:
            out[path.stem] = parse_file(path)
        except Exception as exc:  # re-raised per article below
            out[path.stem] = exc
    return out


def article_for(parsed: dict[str, Any], name: str) -> Any:
    result = parsed[name]
    if isinstance(result, Exception):
        raise AssertionError(f"{name}: parse_file raised {type(result).__name__}: {result}") from result
    return result


def check_well_formed(name: str, article: Any, text: str) -> None:
    """Spans, order and separation of body from everything else; the record validates.

    Raises AssertionError naming the article and the field at the first problem."""
    from archivist.record import dump_record

    for path, span in article.spans():
        assert 0 <= span.start <= span.end <= len(text), (
            f"{name}: {path} span [{span.start}, {span.end}) outside the text (length {len(text)})"
        )
    for path, node in article.text_elements():
        assert text[node.span.start : node.span.end] == node.text, (
            f"{name}: {path}.text {node.text!r} != source slice {text[node.span.start : node.span.end]!r}"
        )
    for i, person in enumerate(article.authors):
        slice_ = text[person.span.start : person.span.end]
        assert squash(slice_).casefold() == squash(person.name).casefold(), (
            f"{name}: authors[{i}] name {person.name!r} but its span holds {slice_!r}"
        )

    # Paragraphs: source order, no overlap; headings precede their section's paragraphs.
    blocks: list[tuple[str, Any]] = []
    for i, section in enumerate(article.sections):
        if section.heading is not None:
            blocks.append((f"sections[{i}].heading", section.heading.span))
        for j, para in enumerate(section.paragraphs):
            assert para.text.strip(), f"{name}: sections[{i}].paragraphs[{j}] is blank"
            blocks.append((f"sections[{i}].paragraphs[{j}]", para.span))
    for (path_a, a), (path_b, b) in itertools.pairwise(blocks):
        assert a.end <= b.start, (
            f"{name}: {path_b} [{b.start},{b.end}) does not follow {path_a} [{a.start},{a.end})"
        )

    # Nothing outside the body is inside it.
    body_spans = [span for _, span in blocks]
    outside: list[tuple[str, Any]] = []
    for field in ("headline", "summary", "byline", "signoff"):
        node = getattr(article, field)
        if node is not None:
            outside.append((field, node.span))
    if article.image is not None:
        outside.append(("image", article.image.span))
    for i, box in enumerate(article.related):
        outside.append((f"related[{i}]", box.span))
    for path, span in outside:
        for body_span in body_spans:
            assert not overlaps(span, body_span), (
                f"{name}: {path} [{span.start},{span.end}) overlaps the body "
                f"[{body_span.start},{body_span.end})"
            )
    body = article.body_text
    for i, box in enumerate(article.related):
        if box.text is not None:
            assert squash(box.text.text) not in squash(body), f"{name}: related[{i}] text appears in the body"

    # Quotations: parts inside the span, which runs from an opening to a closing mark.
    for i, quote in enumerate(article.quotes):
        assert quote.parts, f"{name}: quotes[{i}] has no parts"
        assert quote.span.end - quote.span.start >= 2, f"{name}: quotes[{i}] span too short for its marks"
        assert text[quote.span.start] in OPENING_MARKS, (
            f"{name}: quotes[{i}] span starts at {text[quote.span.start]!r}, not an opening quotation mark"
        )
        assert text[quote.span.end - 1] in CLOSING_MARKS, (
            f"{name}: quotes[{i}] span ends at {text[quote.span.end - 1]!r}, not a closing quotation mark"
        )
        for j, part in enumerate(quote.parts):
            assert quote.span.start < part.span.start and part.span.end < quote.span.end, (
                f"{name}: quotes[{i}].parts[{j}] lies outside the quotation's span"
            )
        for j, (a, b) in enumerate(itertools.pairwise(quote.parts)):
            assert a.span.end <= b.span.start, f"{name}: quotes[{i}].parts[{j + 1}] out of order"
        assert quote.text == " ".join(p.text for p in quote.parts), (
            f"{name}: quotes[{i}].text is not its parts joined with one space"
        )
    for i, (a, b) in enumerate(itertools.pairwise(article.quotes)):
        assert a.span.end <= b.span.start, f"{name}: quotes[{i + 1}] overlaps or precedes quotes[{i}]"

    try:
        dump_record(article)
    except Exception as exc:
        problems = getattr(exc, "problems", "")
        raise AssertionError(f"{name}: record does not validate: {exc} {problems}") from exc


def expected_field_failures(article: Any, exp: dict[str, Any]) -> list[str]:
    """Every way ``article`` differs from the expectation ``exp`` (only the keys present are checked)."""
    failures: list[str] = []

    def check(field: str, got: Any, want: Any) -> None:
        if got != want:
            failures.append(f"{field}: got {got!r}, expected {want!r}")

    for field in ("headline", "summary", "byline", "signoff"):
        if field in exp:
            check(field, text_of(getattr(article, field)), exp[field])

    if "language" in exp:
        check("language", article.language, exp["language"])

    if "evidence" in exp:  # {field: rule}: how the reader says it found each field named
        got_rules = {field: found.rule for field, found in article.evidence}
        for field, rule in exp["evidence"].items():
            check(f"evidence.{field}", got_rules.get(field), rule)

    if "image" in exp:
        want = exp["image"]
        if want is None:
            check("image", article.image, None)
        elif article.image is None:
            failures.append(f"image: got None, expected {want!r}")
        else:
            for key in ("caption", "credit"):
                if key in want:
                    check(f"image.{key}", text_of(getattr(article.image, key)), want[key])
            if "url" in want:
                check("image.url", article.image.url, want["url"])

    if "authors" in exp:
        got = [{"name": p.name, "affiliation": p.affiliation} for p in article.authors]
        check("authors", got, exp["authors"])

    if "dateline" in exp:
        want = exp["dateline"]
        dl = article.dateline
        if want is None:
            check("dateline", None if dl is None else dl.text, None)
        elif dl is None:
            failures.append(f"dateline: got None, expected {want!r}")
        else:
            if "place" in want:
                check("dateline.place", text_of(dl.place), want["place"])
            if "date" in want:
                check("dateline.date", None if dl.date is None else dl.date.value, want["date"])
            if "agency" in want:
                check("dateline.agency", text_of(dl.agency), want["agency"])

    pub = article.published
    if "published" in exp:
        check("published", None if pub is None else pub.date.value, exp["published"])
    if "published_origin" in exp:
        check("published.origin", None if pub is None else pub.origin, exp["published_origin"])
    if "updated" in exp:
        got_updated = None if pub is None or pub.updated is None else pub.updated.value
        check("published.updated", got_updated, exp["updated"])

    if "section_headings" in exp:
        check("section headings", [text_of(s.heading) for s in article.sections], exp["section_headings"])

    paragraphs = article.paragraphs
    if "paragraph_count" in exp:
        check("paragraph count", len(paragraphs), exp["paragraph_count"])
    if "paragraphs_start" in exp:
        want_starts = exp["paragraphs_start"]
        if len(paragraphs) != len(want_starts):
            failures.append(
                f"paragraphs: got {len(paragraphs)} ({[squash(p.text)[:40] for p in paragraphs]}), "
                f"expected {len(want_starts)}"
            )
        for i, (para, prefix) in enumerate(zip(paragraphs, want_starts, strict=False)):
            if not squash(para.text).startswith(squash(prefix)):
                failures.append(f"paragraphs[{i}]: starts {squash(para.text)[:60]!r}, expected {prefix!r}")

    if "quotes" in exp:
        want_quotes = exp["quotes"]
        got_quotes = article.quotes
        if len(got_quotes) != len(want_quotes):
            failures.append(
                f"quotes: got {len(got_quotes)} ({[squash(q.text)[:30] for q in got_quotes]}), "
                f"expected {len(want_quotes)} ({[q['starts'] for q in want_quotes]})"
            )
        for i, (quote, want) in enumerate(zip(got_quotes, want_quotes, strict=False)):
            got_text = squash(quote.text)
            if not got_text.startswith(squash(want["starts"])):
                failures.append(f"quotes[{i}]: text starts {got_text[:50]!r}, expected {want['starts']!r}")
            if not strip_trailing_punct(got_text).endswith(strip_trailing_punct(want["ends"])):
                failures.append(f"quotes[{i}]: text ends {got_text[-50:]!r}, expected {want['ends']!r}")
            check(f"quotes[{i}].speaker", quote.speaker, want["speaker"])

    for title in exp.get("not_quotes", []):
        for i, quote in enumerate(article.quotes):
            if strip_trailing_punct(quote.text) == strip_trailing_punct(title):
                failures.append(f"quotes[{i}]: {title!r} is not a quotation (a title or name in quotes)")

    if "related" in exp:
        want_boxes = exp["related"]
        got_boxes = article.related
        if len(got_boxes) != len(want_boxes):
            failures.append(f"related: got {len(got_boxes)} boxes, expected {len(want_boxes)}")
        for i, (box, want) in enumerate(zip(got_boxes, want_boxes, strict=False)):
            check(f"related[{i}].heading", norm_heading(text_of(box.heading)), norm_heading(want["heading"]))
            got_text = squash(text_of(box.text) or "")
            if not got_text.startswith(squash(want["text_starts"])):
                failures.append(
                    f"related[{i}].text starts {got_text[:50]!r}, expected {want['text_starts']!r}"
                )
        body = squash(article.body_text)
        for want in want_boxes:
            if squash(want["text_starts"]) in body:
                failures.append(f"related text {want['text_starts']!r} is in the body")

    return failures


@pytest.mark.parametrize("name", NAMES)
def test_record_is_well_formed(parsed: dict[str, Any], name: str) -> None:
    """Every article gives a well-formed, valid record whose spans match the source."""
    check_well_formed(name, article_for(parsed, name), read_text(ARTICLES / f"{name}.txt"))


@pytest.mark.parametrize("name", NAMES)
def test_expected_fields(parsed: dict[str, Any], name: str) -> None:
    """The fields a careful reader records for this article (NAME.expect.json)."""
    failures = expected_field_failures(article_for(parsed, name), load_expect(name))
    assert not failures, f"{name}:\n  " + "\n  ".join(failures)


# --------------------------------------------------------------------------- the harness itself (no parser)

FULL_EXPECT: dict[str, Any] = {
    "language": "en",
    "headline": "Mayor Opens New River Bridge",
    "summary": None,
    "image": {"caption": "The new bridge at dusk.", "credit": "AP Photo/Jane Roe", "url": None},
    "byline": "By JOHN DOE and MARY MAJOR, Associated Press",
    "authors": [
        {"name": "John Doe", "affiliation": "Associated Press"},
        {"name": "Mary Major", "affiliation": "Associated Press"},
    ],
    "dateline": {"place": "SPRINGFIELD, Ill.", "date": "2021-03-03", "agency": "AP"},
    "published": "2021-03-03",
    "published_origin": "dateline",
    "section_headings": [None, "Traffic"],
    "paragraph_count": 3,
    "paragraphs_start": [
        "SPRINGFIELD, Ill., March 3, 2021 (AP) — The city",
        "“This bridge joins",
        "Commuters said",
    ],
    "quotes": [
        {"speaker": "Ann Lee", "starts": "This bridge joins two halves", "ends": "It took ten years."}
    ],
    "not_quotes": ["Mayor Opens"],
    "related": [{"heading": "Related", "text_starts": "Council approves budget"}],
    "signoff": "(END)",
}


def test_harness_accepts_a_correct_article(full_article: Any) -> None:
    """The checks pass on the hand-built article of tests/conftest.py and its true expectation."""
    from conftest import ARTICLE_TEXT

    check_well_formed("conftest-full", full_article, ARTICLE_TEXT)
    assert expected_field_failures(full_article, FULL_EXPECT) == []
    assert expected_field_failures(full_article, {}) == []


def test_harness_rejects_wrong_expectations(full_article: Any) -> None:
    wrong = {
        "headline": "Mayor Opens Bridge",
        "authors": [{"name": "John Doe", "affiliation": None}],
        "dateline": {"place": "SPRINGFIELD", "date": "XXXX-03-03", "agency": "AP"},
        "updated": "2021-03-04",
        "section_headings": [None],
        "paragraphs_start": ["SPRINGFIELD", "Commuters said", "“This bridge joins"],
        "quotes": [{"speaker": "Lee", "starts": "This bridge", "ends": "two halves of one town"}],
        "not_quotes": ["This bridge joins two halves of one town, It took ten years."],
        "related": [],
        "signoff": None,
    }
    failures = expected_field_failures(full_article, wrong)
    for field in (
        "headline",
        "authors",
        "dateline.place",
        "dateline.date",
        "published.updated",
        "section headings",
        "paragraphs[1]",
        "paragraphs[2]",
        "quotes[0]: text ends",
        "quotes[0].speaker",
        "is not a quotation",
        "related: got 1",
        "signoff",
    ):
        assert any(field in f for f in failures), f"no failure reported for {field}: {failures}"


def test_harness_rejects_broken_records(full_article: Any) -> None:
    """Each kind of malformed record is caught, with the article and field named."""
    from dataclasses import replace

    from archivist.record.model import Span, Text
    from conftest import ARTICLE_TEXT

    def broken(article: Any, needle: str) -> None:
        with pytest.raises(AssertionError, match=needle):
            check_well_formed("conftest-full", article, ARTICLE_TEXT)

    headline = full_article.headline
    broken(
        replace(full_article, headline=Text(headline.text, Span(1, 1 + len(headline.text)))), "headline.text"
    )
    broken(replace(full_article, headline=Text("x", Span(0, len(ARTICLE_TEXT) + 5))), "outside the text")
    first, second = full_article.sections
    swapped = (replace(first, paragraphs=first.paragraphs[::-1]), second)
    broken(replace(full_article, sections=swapped), "does not follow")
    # the related box's text pushed into the body
    box = full_article.related[0]
    with_box = (first, replace(second, paragraphs=(*second.paragraphs, box.text)))
    broken(replace(full_article, sections=with_box), "overlaps the body")
    quote = full_article.quotes[0]
    shifted = replace(quote, span=Span(quote.span.start + 1, quote.span.end))
    broken(replace(full_article, quotes=(shifted,)), "not an opening quotation mark")
    joined = replace(quote, text=quote.text.replace(" It", "  It"))
    broken(replace(full_article, quotes=(joined,)), "joined with one space")
    person = full_article.authors[0]
    broken(replace(full_article, authors=(replace(person, span=Span(0, 5)),)), "authors\\[0\\]")
    broken(replace(full_article, language="not a tag"), "does not validate")
