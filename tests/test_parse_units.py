"""The parser's parts, each on small texts written for the test, and whole articles in several styles."""

from __future__ import annotations

import pytest

from archivist.errors import InputError
from archivist.parse import parse_source, parse_text
from archivist.parse.blocks import split_blocks
from archivist.parse.byline import find_byline
from archivist.parse.dateline import find_dateline
from archivist.parse.dates import full_date, search_dates
from archivist.parse.identity import headline_slug, record_id
from archivist.parse.image import find_caption
from archivist.parse.language import detect_language
from archivist.parse.signoff import whole_block_signoff
from archivist.record import dump_record
from archivist.record.model import Article
from archivist.source import decode_source

# --------------------------------------------------------------------------- dates


@pytest.mark.parametrize(
    ("words", "value"),
    [
        ("30 November 2005", "2005-11-30"),
        ("November 30, 2005", "2005-11-30"),
        ("Wednesday, November 30, 2005", "2005-11-30"),
        ("Nov. 30, 2005", "2005-11-30"),
        ("30 Nov 2005 14:05 GMT", "2005-11-30T14:05:00Z"),
        ("Nov. 30, 2005 2:05 p.m. EST", "2005-11-30T14:05:00-05:00"),
        ("30 Nov 2005 14:05", "2005-11-30"),  # no zone: EDTF needs one, so the time is not kept
        ("2005-11-30T14:05:00+01:00", "2005-11-30T14:05:00+01:00"),
        ("March 3", "XXXX-03-03"),
        ("3. März 2005", "2005-03-03"),
        ("30 de noviembre de 2005", "2005-11-30"),
        ("30.11.2005", "2005-11-30"),
        ("11/30/2005", "2005-11-30"),
        ("05/06/2005", "2005"),  # day and month cannot be told apart: only the year is certain
        ("November 2005", "2005-11"),
    ],
)
def test_dates_become_edtf(words: str, value: str) -> None:
    date = full_date(words)
    assert date is not None
    assert date.value == value
    assert (date.start, date.end) == (0, len(words))


@pytest.mark.parametrize("words", ["February 30, 2005", "Tuesday", "13/13/2005", "the 5th"])
def test_non_dates_are_refused(words: str) -> None:
    assert full_date(words) is None


def test_search_dates_finds_dates_with_years_in_order() -> None:
    text = "It began on March 3, 2004 and ended 1 June 2005; in 2006 nothing."
    assert [d.value for d in search_dates(text)] == ["2004-03-03", "2005-06-01"]


# --------------------------------------------------------------------------- datelines


@pytest.mark.parametrize(
    ("paragraph", "place", "date", "agency", "dateline"),
    [
        (
            "Prague, 30 November 2005 (RFE/RL) -- U.S. envoys",
            "Prague",
            "2005-11-30",
            "RFE/RL",
            "Prague, 30 November 2005 (RFE/RL) --",
        ),
        ("WASHINGTON, March 3 - The Senate", "WASHINGTON", "XXXX-03-03", None, "WASHINGTON, March 3 -"),
        (
            "RAFAH, Gaza Strip (AP) \u2014 Egypt",
            "RAFAH, Gaza Strip",
            None,
            "AP",
            "RAFAH, Gaza Strip (AP) \u2014",
        ),
        ("LONDON (Reuters) - Oil prices", "LONDON", None, "Reuters", "LONDON (Reuters) -"),
        (
            "MOSCOW, Nov. 30, 2005 /Xinhua/ -- Russia",
            "MOSCOW",
            "2005-11-30",
            "Xinhua",
            "MOSCOW, Nov. 30, 2005 /Xinhua/ --",
        ),
        (
            "BERLIN, 3. M\u00e4rz (dpa) - Die Mieten",
            "BERLIN",
            "XXXX-03-03",
            "dpa",
            "BERLIN, 3. M\u00e4rz (dpa) -",
        ),
        ("SPRINGFIELD, Ill. \u2014 A fire", "SPRINGFIELD, Ill.", None, None, "SPRINGFIELD, Ill. \u2014"),
    ],
)
def test_wire_datelines(
    paragraph: str, place: str, date: str | None, agency: str | None, dateline: str
) -> None:
    found = find_dateline(paragraph, 0, len(paragraph))
    assert found is not None
    assert found.text == dateline
    assert found.place is not None and found.place.text == place
    assert (found.date.value if found.date else None) == date
    assert (found.agency.text if found.agency else None) == agency
    for element in (found.place, found.date, found.agency):
        if element is not None:
            assert paragraph[element.span.start : element.span.end] == element.text


@pytest.mark.parametrize(
    "paragraph",
    [
        "But State Department officials were - quick to add",
        "Ambassador Khalilzad (file photo) (RFE/RL) The United States",
        "He said: the talks will go on.",
    ],
)
def test_ordinary_sentences_are_not_datelines(paragraph: str) -> None:
    assert find_dateline(paragraph, 0, len(paragraph)) is None


# --------------------------------------------------------------------------- bylines


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        ("By Jane Doe", [("Jane Doe", None)]),
        ("By Jane Doe and John Roe", [("Jane Doe", None), ("John Roe", None)]),
        ("By JANE DOE, Associated Press", [("Jane Doe", "Associated Press")]),
        (
            "By JANE DOE and JOHN ROE, Associated Press Writers",
            [("Jane Doe", "Associated Press"), ("John Roe", "Associated Press")],
        ),
        ("Jane Doe, Reuters", [("Jane Doe", "Reuters")]),
        ("RFE/RL correspondent Jane Doe", [("Jane Doe", "RFE/RL")]),
        ("By Jane Doe in Washington", [("Jane Doe", None)]),
        ("By Reuters", []),
        ("From staff reports", []),
    ],
)
def test_bylines_name_people_and_keep_agencies_as_affiliations(
    line: str, authors: list[tuple[str, str | None]]
) -> None:
    byline = find_byline(line, 0, len(line))
    assert byline is not None
    assert byline.text.text == line
    assert [(p.name, p.affiliation) for p in byline.authors] == authors
    for person in byline.authors:
        assert line[person.span.start : person.span.end].casefold() == person.name.casefold()


@pytest.mark.parametrize("line", ["Meet The Newsmaker", "By the way, nothing changed", "Only Iraq"])
def test_other_lines_are_not_bylines(line: str) -> None:
    assert find_byline(line, 0, len(line)) is None


# --------------------------------------------------------------------------- image captions


@pytest.mark.parametrize(
    ("block", "caption", "credit", "rest"),
    [
        (
            "Ambassador Khalilzad (file photo) (RFE/RL) The United States has",
            "Ambassador Khalilzad (file photo)",
            "RFE/RL",
            "The United States has",
        ),
        ("A house in Rafah. (AP Photo/Jane Doe)", "A house in Rafah.", "AP Photo/Jane Doe", None),
        ("Protesters march in Paris. Photo: Reuters", "Protesters march in Paris.", "Reuters", None),
        ("Smoke over the city (Reuters/Jane Doe)", "Smoke over the city", "Reuters/Jane Doe", None),
        ("Credit: Jane Doe/AFP", None, "Jane Doe/AFP", None),
    ],
)
def test_captions_and_credits(block: str, caption: str | None, credit: str, rest: str | None) -> None:
    found = find_caption(block, 0, len(block), allow_agency_credit=True)
    assert found is not None
    assert (found.image.caption.text if found.image.caption else None) == caption
    assert found.image.credit is not None and found.image.credit.text == credit
    assert (block[found.rest_start :] if found.rest_start is not None else None) == rest


def test_image_file_line_gives_the_url() -> None:
    block = "Image: https://example.org/p/bridge.jpg\nThe bridge at dusk. Photo: Jane Doe"
    found = find_caption(block, 0, len(block), allow_agency_credit=False)
    assert found is not None
    assert found.image.url == "https://example.org/p/bridge.jpg"
    assert found.image.caption is not None and found.image.caption.text == "The bridge at dusk."
    assert found.image.credit is not None and found.image.credit.text == "Jane Doe"


# --------------------------------------------------------------------------- blocks, sign-offs, language, id


@pytest.mark.parametrize("newline", ["\n", "\r\n", "\r"])
def test_blocks_keep_spans_in_the_original_text(newline: str) -> None:
    text = newline.join(["Headline", "", "First paragraph", "runs on.", "", "", "Second."]) + newline
    blocks = split_blocks(text)
    assert [b.text for b in blocks] == ["Headline", f"First paragraph{newline}runs on.", "Second."]
    for block in blocks:
        assert text[block.start : block.end] == block.text


def test_hard_wrapped_lines_join_and_short_lines_split() -> None:
    text = (
        "A headline\n"
        "The first paragraph was wrapped by a typewriter-style formatter at a\n"
        "fixed width, so its lines belong together.\n"
        "Short line.\n"
    )
    assert [b.text.split("\n")[0] for b in split_blocks(text)] == [
        "A headline",
        "The first paragraph was wrapped by a typewriter-style formatter at a",
        "Short line.",
    ]


@pytest.mark.parametrize("line", ["Reuter", "(END)", "-- ends --", "###", "-30-"])
def test_wire_signoffs(line: str) -> None:
    assert whole_block_signoff(line)


def test_sentences_are_not_signoffs() -> None:
    assert not whole_block_signoff("The end of the war was near.")


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The minister said that the talks with the union would go on and that it was not over.", "en"),
        (
            "Die Mieten in der Stadt sind im vergangenen Jahr stark gestiegen, sagte der Sprecher "
            "und es ist nicht das erste Mal.",
            "de",
        ),
        (
            "Le ministre a déclaré que les négociations avec le syndicat sont dans une impasse "
            "pour la semaine.",
            "fr",
        ),
        ("El ministro dijo que las negociaciones con los sindicatos no son fáciles para el gobierno.", "es"),
        (
            "Il ministro ha detto che la trattativa con i sindacati non è facile per il governo della città.",
            "it",
        ),
        (
            "De minister zei dat het overleg met de bonden niet makkelijk is voor het kabinet en de stad.",
            "nl",
        ),
        (
            "O ministro disse que as negociações com os sindicatos não são fáceis para o governo da cidade.",
            "pt",
        ),
        ("12 34 56", "und"),
    ],
)
def test_language_detection(text: str, language: str) -> None:
    assert detect_language(text) == language


def test_headline_slug_is_ascii_and_bounded() -> None:
    assert headline_slug("U.S.: Washington Willing To Discuss Iraq With Iran") == (
        "u-s-washington-willing-to-discuss-iraq-with-iran"
    )
    assert (
        headline_slug("Grève à Paris : « Nous n'avons pas le choix »")
        == "greve-a-paris-nous-n-avons-pas-le-choix"
    )
    long = headline_slug("word " * 40)
    assert len(long) <= 60 and not long.endswith("-")


def test_record_id_follows_bytes() -> None:
    first = parse_text("Headline\n\nWASHINGTON, March 3, 2005 - Body text here.\n")
    again = parse_text("Headline\n\nWASHINGTON, March 3, 2005 - Body text here.\n")
    other = parse_text("Headline\n\nWASHINGTON, March 3, 2005 - Body text here!\n")
    assert first.id == again.id
    assert first.id != other.id
    assert first.id == f"2005-03-03-headline-{first.source.sha256[:12]}"
    assert record_id("ab" * 32, None, None) == "undated-" + "ab" * 6


# --------------------------------------------------------------------------- whole articles


WIRE = (
    "Oil Prices Climb on Supply Fears\n"
    "\n"
    "By JANE DOE, Associated Press\n"
    "\n"
    "Published: March 4, 2005\n"
    "Updated: March 5, 2005 09:30 GMT\n"
    "\n"
    "LONDON, March 3 (AP) \u2014 Oil prices rose sharply on Thursday as traders worried about supplies.\n"
    "\n"
    "Analyst Peter Hall of the Energy Group said the rise was expected.\n"
    "\n"
    '"Markets were nervous all week," Hall said. "Nobody wanted to be caught short."\n'
    "\n"
    "What Comes Next\n"
    "\n"
    "Traders expect calmer markets next week, when new supply figures arrive.\n"
    "\n"
    "\u201cWe will see,\u201d he said.\n"
    "\n"
    "Related: Gas prices hit record\n"
    "\n"
    "(END)\n"
)


@pytest.fixture(scope="module")
def wire() -> Article:
    return parse_text(WIRE, filename="wire.txt")


def test_wire_article_front_matter(wire: Article) -> None:
    assert wire.headline is not None and wire.headline.text == "Oil Prices Climb on Supply Fears"
    assert wire.byline is not None and wire.byline.text == "By JANE DOE, Associated Press"
    assert [(a.name, a.affiliation) for a in wire.authors] == [("Jane Doe", "Associated Press")]
    assert wire.dateline is not None and wire.dateline.agency is not None
    assert wire.dateline.agency.text == "AP"
    # The year comes from the published line, not a guess.
    assert wire.dateline.date is not None and wire.dateline.date.value == "2005-03-03"
    assert wire.published is not None
    assert (wire.published.date.value, wire.published.origin) == ("2005-03-04", "published-line")
    assert wire.published.updated is not None
    assert wire.published.updated.value == "2005-03-05T09:30:00Z"


def test_wire_article_body_quotes_related_signoff(wire: Article) -> None:
    assert [s.heading.text if s.heading else None for s in wire.sections] == [None, "What Comes Next"]
    assert len(wire.paragraphs) == 5
    assert [(q.speaker, len(q.parts)) for q in wire.quotes] == [("Peter Hall", 2), ("Peter Hall", 1)]
    assert wire.quotes[0].text == "Markets were nervous all week, Nobody wanted to be caught short."
    assert len(wire.related) == 1 and wire.related[0].text is not None
    assert wire.related[0].text.text == "Gas prices hit record"
    assert wire.signoff is not None and wire.signoff.text == "(END)"
    assert "(END)" not in wire.body_text and "Gas prices" not in wire.body_text
    assert wire.language == "en"
    dump_record(wire)  # validates against the schema or raises


@pytest.mark.parametrize("newline", ["\r\n", "\r"])
def test_crlf_and_cr_articles_give_exact_spans(newline: str) -> None:
    text = WIRE.replace("\n", newline)
    article = parse_source(decode_source(text.encode("utf-8"), filename="wire.txt"))
    lf = parse_text(WIRE)
    assert len(article.paragraphs) == len(lf.paragraphs)
    assert [q.speaker for q in article.quotes] == [q.speaker for q in lf.quotes]
    elements = [article.headline, article.byline, article.signoff, *article.paragraphs]
    elements += [part for quote in article.quotes for part in quote.parts]
    for element in elements:
        assert element is not None
        assert text[element.span.start : element.span.end] == element.text


def test_one_paragraph_brief_without_any_date() -> None:
    article = parse_text(
        "Library Extends Hours\n\nThe library will open on Sundays from next month, the board said.\n"
    )
    assert article.headline is not None and article.headline.text == "Library Extends Hours"
    assert len(article.paragraphs) == 1
    assert article.published is None and article.dateline is None
    assert article.id.startswith("undated-library-extends-hours-")


def test_dateline_without_year_stays_unknown() -> None:
    article = parse_text(
        "Storm Hits Coast\n\nMIAMI, Sept. 4 - A storm hit the coast on Sunday, officials said.\n"
    )
    assert article.published is not None
    assert (article.published.date.value, article.published.origin) == ("XXXX-09-04", "dateline")
    assert article.id.startswith("undated-storm-hits-coast-")


def test_publication_titles_and_scare_quotes_are_not_quotations() -> None:
    article = parse_text(
        "Papers Split\n\n"
        'The daily \u201cEtemad,\u201d said talks were off. The weekly "The Iran News" disagreed and '
        'called for "active public uses" of the site.\n\n'
        '"We will not negotiate under pressure from anyone at all," the minister said.\n'
    )
    assert [q.text for q in article.quotes] == ["We will not negotiate under pressure from anyone at all,"]


@pytest.mark.parametrize(
    ("opening", "closing"),
    [
        ("»", "«"),
        ("»", "»"),
        ("«", "»"),
        ("„", "“"),
    ],  # German and Danish, Swedish and Finnish, French, German
)
def test_quotation_in_each_languages_marks(opening: str, closing: str) -> None:
    article = parse_text(
        "Streik bei der Bahn\n\n"
        f"{opening}Wir haben kein Angebot bekommen, über das man ernsthaft reden kann{closing}, "
        "sagte er in Berlin.\n\n"
        f"Die Bahn nannte den Streik {opening}völlig unverhältnismäßig{closing}. "
        "Eine Sprecherin kündigte einen Notfahrplan an.\n"
    )
    assert [q.text for q in article.quotes] == [
        "Wir haben kein Angebot bekommen, über das man ernsthaft reden kann",
    ]


def test_quotation_running_over_paragraphs_is_one_quotation() -> None:
    article = parse_text(
        "Mayor Speaks\n\n"
        "Mayor Ann Lee spoke at length on Monday.\n\n"
        "\u201cWe have waited ten years for this bridge. It will change the town.\n\n"
        "\u201cAnd it was built on time and on budget,\u201d she said.\n"
    )
    assert len(article.quotes) == 1
    quote = article.quotes[0]
    assert len(quote.parts) == 2 and quote.speaker == "Ann Lee"
    assert quote.text.endswith("on time and on budget,")


def test_teaser_with_more_is_related_not_body() -> None:
    article = parse_text(
        "Bridge Opens\n\nThe bridge opened on Monday after ten years of work on the river crossing.\n\n"
        "Meet The Builders\n\nThe engineers who built it tell their story....(more)\n"
    )
    assert len(article.paragraphs) == 1
    assert len(article.related) == 1
    assert article.related[0].heading is not None and article.related[0].heading.text == "Meet The Builders"


def test_headline_only_is_refused() -> None:
    with pytest.raises(InputError, match="no article body"):
        parse_text("Only A Headline\n", filename="h.txt")


def test_large_single_line_input_parses() -> None:
    sentence = 'The council met again on Tuesday and said "the plan will go ahead as agreed." '
    text = sentence * (1_000_000 // len(sentence))
    article = parse_text(text)
    assert article.headline is None
    assert len(article.paragraphs) == 1
    assert len(article.quotes) == text.count("the plan will go ahead")


def test_byline_and_dates_on_one_line_and_a_short_reply() -> None:
    article = parse_text(
        "City Backs Stadium\n"
        "Voters will have the final say\n"
        "By Jane Doe and John Roe | March 3, 2005 | Updated March 4, 2005\n\n"
        "SPRINGFIELD \u2014 The city council voted 7-2 on Tuesday to back a new stadium.\n\n"
        '"Yes," Mayor Ann Lee said when asked whether she would sign.\n'
    )
    assert article.summary is not None and article.summary.text == "Voters will have the final say"
    assert [a.name for a in article.authors] == ["Jane Doe", "John Roe"]
    assert article.published is not None and article.published.updated is not None
    assert (article.published.date.value, article.published.updated.value) == ("2005-03-03", "2005-03-04")
    assert [(q.text, q.speaker) for q in article.quotes] == [("Yes,", "Ann Lee")]


def test_affiliation_on_the_line_under_the_byline_and_copyright_no_signoff() -> None:
    article = parse_text(
        "Quake Rattles Tokyo\n\nBy MARI YAMAGUCHI\nAssociated Press Writer\n\n"
        "TOKYO (AP) -- A strong earthquake shook Tokyo on Wednesday, officials said.\n\n"
        "Copyright 2005 The Associated Press. All rights reserved.\n"
    )
    assert [(a.name, a.affiliation) for a in article.authors] == [("Mari Yamaguchi", "Associated Press")]
    assert article.byline is not None and article.byline.text.endswith("Associated Press Writer")
    assert article.signoff is None  # the page's copyright under the story is no sign-off
    assert len(article.paragraphs) == 1


def test_time_first_update_line_and_wrapped_speaker_name() -> None:
    article = parse_text(
        "Floods Hit Towns\n\nPublished: 14:05 GMT, Wednesday, 30 November 2005\n\n"
        "Heavy rain flooded several towns across the north on Wednesday, with\n"
        "hundreds of homes evacuated by the emergency services overnight.\n\n"
        '"We have never seen the water this high in the old town centre," said John\nSmith, the fire chief.\n'
    )
    assert article.published is not None
    assert article.published.date.value == "2005-11-30T14:05:00Z"
    assert article.published.date.text == "14:05 GMT, Wednesday, 30 November 2005"
    assert [q.speaker for q in article.quotes] == ["John Smith"]


def test_a_label_and_its_value_name_no_publication() -> None:
    from archivist.parse.agencies import is_publication

    assert is_publication("Kanava News") and is_publication("The Harbour Times")
    assert not is_publication("NEWSPAPER SECTION: News") and not is_publication("Section: Local News")
