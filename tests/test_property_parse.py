"""Property tests: any bytes in, a clean answer out (issue 7).

Whatever bytes ``archivist.source.decode_source`` + ``archivist.parse.parse_source`` are given — arbitrary
text, arbitrary bytes, or a real article from ``tests/articles/`` or ``examples/`` mutated by insertions,
deletions, duplicated lines, stray quotation marks, CR/CRLF line endings, byte-order marks, other
encodings and random bytes — the outcome is one of two:

* an ``Article`` whose record validates (``archivist.record.dump_record``), every span inside the decoded
  text, and ``text[span]`` equal to the element's text (for quotations: each part, and the quotation's
  text is its parts joined by one space);
* an ``ArchivistError`` whose message is one line.

Never another exception and never a hang: each example runs under a ``signal.alarm`` guard
(``PER_EXAMPLE_SECONDS``) and inputs are bounded in size (``MAX_INPUT_BYTES``).

Size knob: ``ARCHIVIST_FUZZ_EXAMPLES`` (examples per property; default 100). ``bench/fuzz_cli.py`` runs
longer campaigns.
"""

from __future__ import annotations

import codecs
import os

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from archivist.errors import ArchivistError
from archivist.parse import parse_source
from archivist.record import dump_record
from archivist.record.model import Article
from archivist.source import decode_source
from conftest import ROOT, Hang, time_guard

REAL_ARTICLES = sorted((ROOT / "tests" / "articles").glob("*.txt")) + sorted(
    (ROOT / "examples").glob("*.txt")
)
REAL_BYTES = [path.read_bytes() for path in REAL_ARTICLES]

EXAMPLES = int(os.environ.get("ARCHIVIST_FUZZ_EXAMPLES", "100"))
# Generous: the tests share two cores with other suites. A 64 KiB input of one-character lines (32,000
# paragraphs) takes about 5 s here, most of it in the record's JSON Schema validation.
PER_EXAMPLE_SECONDS = 20
LARGE_INPUT_SECONDS = 60
MAX_INPUT_BYTES = 64 * 1024

FUZZ = settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    database=None,
)

QUOTE_MARKS = "\"'\u201c\u201d\u2018\u2019\u201e\u201a\u00ab\u00bb\u2039\u203a"
# Characters that make up articles, plus the separators and marks the parser keys on.
ARTICLE_ALPHABET = st.sampled_from(
    list("abcdefghijklmnopqrstuvwxyz ABCDEFGHIJKLMNOPQRSTUVWXYZ 0123456789 .,;:!?-()/&")
    + list(QUOTE_MARKS)
    + [
        "\n",
        "\n\n",
        "\r\n",
        "\r",
        "\t",
        " \u2014 ",
        "\u2013",
        "\u00a0",
        "\u2026",
        "\u00e9",
        "\u00fc",
        "\u0416",
    ]
    + [
        "By ",
        "BY ",
        " and ",
        " said",
        "(AP)",
        "(Reuters) -",
        "Related:",
        "(END)",
        "Photo:",
        "PARIS, ",
        "WASHINGTON, Nov. 30 ",
        "March 3, 2021",
        "2005-11-30",
        "Published: ",
        "Updated: ",
        "http://x.org/a",
    ]
)


# --------------------------------------------------------------------------- the property


def well_formed_problems(article: Article, text: str) -> list[str]:
    """Why ``article`` is not a well-formed record of ``text`` (empty when it is)."""
    problems = []
    for path, span in article.spans():
        if not (isinstance(span.start, int) and isinstance(span.end, int)):
            problems.append(f"{path}: span offsets are not integers: {span}")
        elif not 0 <= span.start <= span.end <= len(text):
            problems.append(f"{path}: span [{span.start}, {span.end}) outside the text (length {len(text)})")
    for path, node in article.text_elements():
        got = text[node.span.start : node.span.end]
        if got != node.text:
            problems.append(f"{path}: text {node.text!r} but its span holds {got!r}")
    for i, quote in enumerate(article.quotes):
        if not quote.parts:
            problems.append(f"quotes[{i}]: no parts")
        elif quote.text != " ".join(part.text for part in quote.parts):
            problems.append(f"quotes[{i}]: text {quote.text!r} is not its parts joined by one space")
        for j, part in enumerate(quote.parts):
            if not quote.span.start <= part.span.start <= part.span.end <= quote.span.end:
                problems.append(f"quotes[{i}].parts[{j}] lies outside the quotation's span")
    if not problems:
        try:
            dump_record(article)
        except ArchivistError as exc:
            problems.append(f"record does not validate: {exc.line()}")
    return problems


def check_outcome(data: bytes, filename: str = "article.txt", *, seconds: int = PER_EXAMPLE_SECONDS) -> str:
    """Decode and parse ``data``; assert the property. Returns "record" or "refused" for statistics."""
    with time_guard(seconds):
        try:
            src = decode_source(data, filename=filename)
            article = parse_source(src)
        except ArchivistError as exc:
            line = exc.line()
            assert line and "\n" not in line and "\r" not in line, f"error is not one line: {line!r}"
            return "refused"
        problems = well_formed_problems(article, src.text)
    assert not problems, "\n".join(problems)
    return "record"


# --------------------------------------------------------------------------- mutations of real articles

LINE_ENDINGS = ["\n", "\r\n", "\r"]


def _to_endings(text: str, ending: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n").replace("\n", ending)


@st.composite
def mutated_article(draw: st.DrawFn) -> bytes:
    """A real article with a few random edits, then possibly re-encoded, given a BOM or new line endings."""
    text = draw(st.sampled_from(REAL_BYTES)).decode("utf-8")
    for _ in range(draw(st.integers(0, 6))):
        kind = draw(
            st.sampled_from(["insert", "delete", "dup_line", "quote", "swap_lines", "truncate", "blank"])
        )
        pos = draw(st.integers(0, len(text)))
        if kind == "insert":
            text = text[:pos] + draw(st.lists(ARTICLE_ALPHABET, max_size=8).map("".join)) + text[pos:]
        elif kind == "delete":
            text = text[:pos] + text[pos + draw(st.integers(1, 200)) :]
        elif kind == "quote":
            text = text[:pos] + draw(st.sampled_from(QUOTE_MARKS)) + text[pos:]
        elif kind == "truncate":
            text = text[:pos]
        elif kind == "blank":
            text = text[:pos] + draw(st.sampled_from(["\n", "\n\n", "\n\n\n", " \n ", "\t\n"])) + text[pos:]
        else:
            lines = text.split("\n")
            i = draw(st.integers(0, max(0, len(lines) - 1)))
            if kind == "dup_line":
                lines.insert(i, lines[i])
            else:
                j = draw(st.integers(0, max(0, len(lines) - 1)))
                lines[i], lines[j] = lines[j], lines[i]
            text = "\n".join(lines)
    ending = draw(st.sampled_from([None, *LINE_ENDINGS, "mixed"]))
    if ending == "mixed":
        text = "".join(
            line + draw(st.sampled_from(LINE_ENDINGS)) for line in _to_endings(text, "\n").split("\n")
        )
    elif ending is not None:
        text = _to_endings(text, ending)
    encoding = draw(
        st.sampled_from(["utf-8", "utf-8-bom", "utf-16-le-bom", "utf-16-be-bom", "cp1252", "latin-1"])
    )
    if encoding == "utf-8-bom":
        data = codecs.BOM_UTF8 + text.encode("utf-8")
    elif encoding == "utf-16-le-bom":
        data = codecs.BOM_UTF16_LE + text.encode("utf-16-le")
    elif encoding == "utf-16-be-bom":
        data = codecs.BOM_UTF16_BE + text.encode("utf-16-be")
    else:
        data = text.encode(encoding, errors="replace")
    for _ in range(draw(st.integers(0, 2))):  # random bytes overwritten or inserted
        if draw(st.booleans()) and data:
            pos = draw(st.integers(0, len(data) - 1))
            data = data[:pos] + draw(st.binary(min_size=1, max_size=4)) + data[pos + 1 :]
        else:
            pos = draw(st.integers(0, len(data)))
            data = data[:pos] + draw(st.binary(min_size=1, max_size=4)) + data[pos:]
    return data[:MAX_INPUT_BYTES]


# --------------------------------------------------------------------------- tests


def test_real_articles_give_well_formed_records() -> None:
    """The unmutated corpus is the baseline the mutations start from: each parses to a valid record."""
    assert REAL_BYTES, "no articles found under tests/articles or examples"
    outcomes = [check_outcome(data, path.name) for path, data in zip(REAL_ARTICLES, REAL_BYTES, strict=True)]
    assert outcomes == ["record"] * len(REAL_BYTES)


@FUZZ
@given(st.text(max_size=4000))
@example("")
@example("\ufeff")
@example("\n\n\n")
@example("\u201c")
@example("Headline\n\n\u201cQuote")
@example("A\r\rB\r\r\u201cx,\u201d he said. \u201cy\u201d")
def test_arbitrary_text(text: str) -> None:
    check_outcome(text.encode("utf-8"))


@FUZZ
@given(st.lists(ARTICLE_ALPHABET, max_size=400).map("".join))
def test_article_like_text(text: str) -> None:
    check_outcome(text.encode("utf-8"))


@FUZZ
@given(st.binary(max_size=4000))
@example(b"\xff\xfe")
@example(b"\xfe\xff\x00")
@example(b"\xef\xbb\xbf")
@example(b"\xef\xbb\xbf\xff")
@example(b"\x81\x8d text")
def test_arbitrary_bytes(data: bytes) -> None:
    check_outcome(data)


@FUZZ
@given(mutated_article())
def test_mutated_real_articles(data: bytes) -> None:
    check_outcome(data)


@FUZZ
@given(st.sampled_from(REAL_BYTES), st.sampled_from(["\n", "\r\n", "\r"]), st.booleans())
def test_line_endings_and_bom_move_spans_not_structure(data: bytes, ending: str, bom: bool) -> None:
    """Line endings and a BOM change offsets, never what is found: the same headline and paragraph count."""
    text = data.decode("utf-8")
    base = parse_source(decode_source(data, filename="a.txt"))
    variant = _to_endings(text, ending).encode("utf-8")
    if bom:
        variant = codecs.BOM_UTF8 + variant
    assert check_outcome(variant) == "record"
    other = parse_source(decode_source(variant, filename="a.txt"))
    assert (other.headline.text if other.headline else None) == (
        _to_endings(base.headline.text, ending) if base.headline else None
    )
    assert len(other.paragraphs) == len(base.paragraphs)


@pytest.mark.parametrize(
    ("unit", "size"),
    [
        ('The council met on Tuesday. \u201cWe will act,\u201d the mayor said, "soon."\n\n', MAX_INPUT_BYTES),
        ("x\n", MAX_INPUT_BYTES),  # every line a paragraph: the most elements per byte
        ("word \u201c", 1 << 20),  # one paragraph of 1 MiB full of unclosed quotation marks
        ("\u201ca,\u201d he said. ", 1 << 18),
    ],
    ids=["paragraphs-64k", "short-lines-64k", "one-paragraph-1m", "quotes-256k"],
)
def test_large_inputs_finish(unit: str, size: int) -> None:
    """Long inputs of the shapes that cost the parser most still end, under a (generous) time guard."""
    text = ("Long Story\n\n" + unit * (size // len(unit)))[:size]
    assert check_outcome(text.encode("utf-8"), seconds=LARGE_INPUT_SECONDS) in {"record", "refused"}


def test_the_guard_and_the_checker_can_fail() -> None:
    """The harness itself: a hang is caught, a wrong span is reported."""
    with pytest.raises(Hang), time_guard(1):
        while True:
            pass
    article = parse_source(decode_source(REAL_BYTES[0], filename="a.txt"))
    assert article.headline is not None
    from dataclasses import replace

    from archivist.record.model import Span, Text

    shifted = replace(article, headline=Text(article.headline.text, Span(1, 1 + len(article.headline.text))))
    assert any(
        p.startswith("headline:")
        for p in well_formed_problems(shifted, decode_source(REAL_BYTES[0], filename="a.txt").text)
    )
    outside = replace(article, headline=Text("x", Span(10**9, 10**9 + 1)))
    assert any("outside the text" in p for p in well_formed_problems(outside, "short"))


BLOG = ROOT / "tests" / "articles" / "blog-ferry-terminal.txt"
IMAGE_URL = b"https://harbourwatch.example.org/uploads/2011/11/ferry-terminal-dusk.jpg"


def _with_image_url(url: bytes) -> bytes:
    data = BLOG.read_bytes()
    assert IMAGE_URL in data
    return data.replace(IMAGE_URL, url)


@settings(FUZZ, max_examples=max(10, EXAMPLES // 4))
@given(mutated_article())
@example(_with_image_url("https://harbourwatch.example.org/upl\u00f6ads/ferry.jpg".encode()))  # an IRI
@example(_with_image_url(b"https://harbourwatch .example.org/uploads/ferry.jpg"))
def test_parsed_records_render(data: bytes) -> None:
    """What the parser accepts, the renderer can write: a record that parses must give valid documents
    (an odd image URL in the text must not make the whole article impossible to archive)."""
    from archivist.render import render_documents

    with time_guard(PER_EXAMPLE_SECONDS):
        try:
            article = parse_source(decode_source(data, filename="article.txt"))
        except ArchivistError:
            return
        try:
            render_documents(article)
        except ArchivistError as exc:
            pytest.fail(f"parsed, but cannot be rendered: {exc.line()[:400]}")
