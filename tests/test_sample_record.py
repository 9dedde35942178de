"""The bundled sample (examples/rferl-2005-11-30-washington-iraq-iran.txt) and its committed record."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from archivist.cli import main
from archivist.parse import parse_file
from archivist.record import dump_record
from archivist.record.model import Article

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "examples" / "rferl-2005-11-30-washington-iraq-iran.txt"
RECORD = ROOT / "records" / "rferl-2005-11-30-washington-iraq-iran" / "record.json"


@pytest.fixture(scope="module")
def article() -> Article:
    return parse_file(SAMPLE)


def test_parsing_reproduces_the_committed_record_byte_for_byte(article: Article) -> None:
    assert dump_record(article) == RECORD.read_bytes()


def test_cli_reproduces_the_committed_record(tmp_path: Path) -> None:
    output = tmp_path / "record.json"
    result = CliRunner().invoke(main, ["parse", str(SAMPLE), "-o", str(output)])
    assert result.exit_code == 0, result.stderr
    assert output.read_bytes() == RECORD.read_bytes()


def test_front_matter(article: Article) -> None:
    assert article.headline is not None
    assert article.headline.text == "U.S.: Washington Willing To Discuss Iraq With Iran"
    assert article.image is not None and article.image.caption and article.image.credit
    assert article.image.caption.text == "Ambassador Khalilzad (file photo)"
    assert article.image.credit.text == "RFE/RL"
    assert article.summary is not None
    assert article.summary.text.startswith("The United States has confirmed plans")
    assert article.summary.text.endswith("agenda of the Islamic Republic.")
    assert article.byline is None and article.authors == ()
    assert article.language == "en"


def test_dateline_and_publication(article: Article) -> None:
    dateline = article.dateline
    assert dateline is not None and dateline.place and dateline.date and dateline.agency
    assert (dateline.place.text, dateline.date.value, dateline.agency.text) == (
        "Prague",
        "2005-11-30",
        "RFE/RL",
    )
    assert article.published is not None
    assert (article.published.date.value, article.published.origin) == ("2005-11-30", "dateline")


def test_body_sections_and_related(article: Article) -> None:
    headings = [s.heading.text if s.heading else None for s in article.sections]
    assert headings == [None, "Only Iraq", "Tehran's View", "The New Tactic"]
    assert len(article.paragraphs) == 14
    assert article.paragraphs[0].text.startswith("Prague, 30 November 2005 (RFE/RL) --")
    assert "confimred" in article.body_text  # the source's typos are kept
    assert "Meet The Newsmaker" not in article.body_text
    assert len(article.related) == 1
    box = article.related[0]
    assert box.heading is not None and box.heading.text == "Meet The Newsmaker"
    assert box.text is not None and box.text.text.endswith("(more)")


def test_quotations(article: Article) -> None:
    assert [q.speaker for q in article.quotes] == ["Sean McCormack", "Sadegh Zibakalam", "Sean McCormack"]
    first, second, third = article.quotes
    assert first.text.startswith("It's a very narrow mandate") and first.text.endswith(
        "this kind of engagement."
    )
    assert len(first.parts) == 2
    assert second.text.endswith("related only to Iraq.")
    assert third.text.startswith("I think that we") and third.text.endswith("with respect to Iraq.")
    quoted = " ".join(q.text for q in article.quotes)
    for title in ("Newsweek", "The Iran News", "Etemad"):
        assert all(q.text.rstrip(",") != title for q in article.quotes)
        assert title not in quoted


def test_every_span_slices_to_its_text(article: Article) -> None:
    text = SAMPLE.read_bytes().decode("utf-8")
    for section in article.sections:
        for paragraph in section.paragraphs:
            assert text[paragraph.span.start : paragraph.span.end] == paragraph.text
    for quote in article.quotes:
        for part in quote.parts:
            assert text[part.span.start : part.span.end] == part.text
        assert quote.speaker_span is not None
        assert text[quote.speaker_span.start : quote.speaker_span.end] == quote.speaker
