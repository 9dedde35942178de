"""The plain-text reader's web-copy patterns, one rule at a time, each with lines that must NOT match it.

Whole articles for the same patterns are in tests/articles (``web-qa-*``, ``web-byline-*``, …); these tests
pin each rule's edges on short texts written for the test.
"""

from __future__ import annotations

import pytest

from archivist.parse import parse_text
from archivist.parse.blocks import split_blocks
from archivist.parse.bylineblock import read_byline_block
from archivist.parse.credit import read_caption_block
from archivist.parse.dateline import find_dateline
from archivist.parse.furniture import is_furniture
from archivist.parse.sections import read_sections

# --------------------------------------------------------------------------- datelines in mixed case


@pytest.mark.parametrize(
    ("paragraph", "place"),
    [
        ("United Nations – Aid agencies asked donors for more.", "United Nations"),
        ("Cape Town — Water levels in the dams rose again.", "Cape Town"),
    ],
)
def test_mixed_case_place_before_a_spaced_dash_is_a_dateline(paragraph: str, place: str) -> None:
    found = find_dateline(paragraph, 0, len(paragraph))
    assert found is not None and found.place is not None
    assert found.place.text == place
    assert found.agency is None and found.date is None


@pytest.mark.parametrize(
    "paragraph",
    [
        "Joe Bloggs — who ran the shop for forty years — retired on Friday.",  # a name in apposition
        "But – and this matters – Nobody asked the tenants.",  # a sentence's opener
        "The Council – Which met on Monday – agreed.",  # a determiner opens it
        "Harbour Street - The road closed.",  # a hyphen, not a dash
        "Mr Okafor – Chair of the board – resigned.",  # a title opens it
    ],
)
def test_mixed_case_openers_that_are_not_datelines(paragraph: str) -> None:
    assert find_dateline(paragraph, 0, len(paragraph)) is None


# --------------------------------------------------------------------------- bylines without "By"


@pytest.mark.parametrize(
    ("block", "authors", "rule"),
    [
        ("by Jane Doe , Example.org", [("Jane Doe", "Example.org")], "byline-by"),
        ("By Jane Doe, The Harbour Times", [("Jane Doe", "The Harbour Times")], "byline-by"),
        ("Jane Doe\nHarbour Ledger Staff", [("Jane Doe", None)], "byline-name-over-title"),
        (
            "Jane Doe\nThe Valley Gazette",
            [("Jane Doe", "The Valley Gazette")],
            "byline-name-over-publication",
        ),
        ("Jane Doe\nLi Sun", [("Jane Doe", None), ("Li Sun", None)], "byline-two-lines"),
        ("Jane Doe\nJohn Roe, Staff Writer", [("Jane Doe", None), ("John Roe", None)], "byline-two-lines"),
        ("JANE DOE AND JOHN ROE", [("Jane Doe", None), ("John Roe", None)], "byline-bare-name"),
        ("BY JANE DOE AND JOHN ROE", [("Jane Doe", None), ("John Roe", None)], "byline-by"),
        ("JANE DOE\nTHE HARBOUR TIMES", [("Jane Doe", "THE HARBOUR TIMES")], "byline-name-over-publication"),
        ("JANE DOE\nLI SUN", [("Jane Doe", None), ("Li Sun", None)], "byline-two-lines"),
        ("Jane Doe, Bureau Chief", [("Jane Doe", None)], "byline-bare-name"),
        (
            "Posted by Jane Doe - The Valley Gazette",
            [("Jane Doe", None)],
            "byline-with-publication-after-bar",
        ),
        ("Jane Doe · Planet News", [("Jane Doe", None)], "byline-with-publication-after-bar"),
    ],
)
def test_byline_blocks(block: str, authors: list[tuple[str, str | None]], rule: str) -> None:
    found = read_byline_block(block, 0, len(block), bare_ok=True)
    assert found is not None
    assert [(p.name, p.affiliation) for p in found.byline.authors] == authors
    assert found.rule == rule
    for person in found.byline.authors:
        assert block[person.span.start : person.span.end].casefold() == person.name.casefold()


@pytest.mark.parametrize(
    "block",
    [
        "Jane Doe - Smith and the harbour",  # a dash before no publication or title
        "The Harbour Times",  # a publication alone is no one's byline
        "Posted on the board",
    ],
)
def test_lines_that_are_not_bylines(block: str) -> None:
    assert read_byline_block(block, 0, len(block), bare_ok=True) is None


# --------------------------------------------------------------------------- credits run on without a stop


@pytest.mark.parametrize(
    ("line", "caption", "credit"),
    [
        (
            "From left: Anna Reyes and Sunniva Dahl Karl J Berger/Getty; Lea Moss/Getty",
            "From left: Anna Reyes and Sunniva Dahl",
            "Karl J Berger/Getty; Lea Moss/Getty",
        ),
        (
            "Crowds outside the court in Rome REUTERS/Remo Bianchi",
            "Crowds outside the court in Rome",
            "REUTERS/Remo Bianchi",
        ),
        (
            "Fans at the ground in Leeds Jane Doe / PA Images",
            "Fans at the ground in Leeds",
            "Jane Doe / PA Images",
        ),
    ],
)
def test_credit_run_on_without_a_stop(line: str, caption: str, credit: str) -> None:
    found = read_caption_block(line, 0, len(line), credit_only_ok=False)
    assert found is not None and found.rule == "caption-run-on-credit"
    assert found.image.caption is not None and found.image.caption.text == caption
    assert found.image.credit is not None and found.image.credit.text == credit


@pytest.mark.parametrize(
    "line",
    [
        "The help desk now answers calls 24/7 for Harbour Water customers",  # a slash, no photo credit
        "Ticket prices and/or Parking Fees",  # no agency or photo word after the slash
        "Smith/Getty",  # no caption before the credit
    ],
)
def test_lines_without_a_run_on_credit(line: str) -> None:
    found = read_caption_block(line, 0, len(line), credit_only_ok=False)
    assert found is None or found.rule != "caption-run-on-credit"


# --------------------------------------------------------------------------- standfirst or lede

_FRONT = "Council keeps the night buses\n\nBy Ida Berg\n\nMarch 7, 2024\n\n"


def test_one_sentence_restated_below_is_the_standfirst() -> None:
    article = parse_text(
        _FRONT + "The city's new mayor took her case to the depot on Wednesday.\n\n"
        "Mayor Ruth Greaves said she would block any cut to the night buses.\n\n"
        "The city's new mayor spoke to drivers at the main depot before the board met.\n\n"
        "The board votes at the end of the month.\n"
    )
    assert article.summary is not None and article.summary.text.startswith("The city's new mayor took")
    assert dict(article.evidence)["summary"].rule == "standfirst-restated-below"
    assert len(article.paragraphs) == 3


def test_one_sentence_lede_continued_below_is_body() -> None:
    article = parse_text(
        _FRONT + "The city's new mayor said on Wednesday she would block any cut to the night buses.\n\n"
        "Drivers at the main depot cheered when she arrived.\n\n"
        "The board votes on the plan at the end of the month.\n"
    )
    assert article.summary is None
    assert len(article.paragraphs) == 3


# --------------------------------------------------------------------------- subheads and look-alikes


def _headings(body: str) -> list[str | None]:
    sections, _ = read_sections(split_blocks(body))
    return [section.heading.text if section.heading else None for section in sections]


def test_quoted_subhead_taken_from_inside_a_paragraph_stays_a_subhead() -> None:
    body = (
        "Drivers say the feature never worked.\n\n"
        "‘I was told it drove itself’\n\n"
        "One owner said: “When I bought it I was told it drove itself. It never did.”\n"
    )
    assert _headings(body) == [None, "‘I was told it drove itself’"]


def test_pull_quote_opening_the_next_paragraph_is_a_paragraph() -> None:
    body = (
        "The cottages stood empty for years.\n\n"
        "The rent is low on one condition\n\n"
        "The rent is low on one condition: tenants help on the coastal path.\n"
    )
    sections, _ = read_sections(split_blocks(body))
    assert _headings(body) == [None]
    assert len(sections[0].paragraphs) == 3


def test_two_questions_with_long_answers_are_subheads_not_an_interview() -> None:
    long = "The operator said the notice went up in November on the board at the quay, and leaflets followed."
    blocks = [long, "Why did it change?", long, long, long, "Will it change back?", long, long]
    body = "\n\n".join(blocks) + "\n"
    assert _headings(body) == [None, "Why did it change?", "Will it change back?"]


def test_a_year_opening_a_subhead_is_no_list_quantity() -> None:
    long = "Analysts expect the new model in the spring, though the maker has said nothing about a date yet."
    body = "\n\n".join([long, "2024 tablet sizes: will there be a larger model?", long, long]) + "\n"
    assert _headings(body) == [None, "2024 tablet sizes: will there be a larger model?"]


@pytest.mark.parametrize(
    "question",
    [
        "Can you tell us a little more about what might change between now and the spring?",  # to "you"
        "As for the fifth person involved in the crash? The driver of the van, Jones?",  # a sentence inside
    ],
)
def test_long_questions_that_head_no_section(question: str) -> None:
    long = "The forecaster said the pattern would hold for at least another fortnight across the region."
    body = "\n\n".join([long, question, long, long]) + "\n"
    assert _headings(body) == [None]


def test_a_short_label_over_a_list_heads_it_a_long_line_does_not() -> None:
    items = ["2 eggs", "1 cup milk", "3 tbsp sugar"]
    long = "Whisk everything together and leave the batter to rest for half an hour before you cook it."
    assert _headings("\n\n".join([long, "You will need", *items, long]) + "\n") == [None, "You will need"]
    offer = "Up to 40 per cent off shoes, handbags and wallets in the store"
    assert _headings("\n\n".join([long, offer, *items, long]) + "\n") == [None]


# --------------------------------------------------------------------------- more credit shapes


@pytest.mark.parametrize(
    ("line", "caption", "credit"),
    [
        ("A man walks past the shop. getty", "A man walks past the shop.", "getty"),
        ("A man walks past the shop. iStock", "A man walks past the shop.", "iStock"),
        ("A man walks past the shop. Source: Reuters", "A man walks past the shop.", "Reuters"),
        ("The quay at dawn. Photographer: Jane Doe/Bloomberg", "The quay at dawn.", "Jane Doe/Bloomberg"),
        (
            "Crowds wait for the doors to open. Jane Doe for The Valley Gazette",
            "Crowds wait for the doors to open.",
            "Jane Doe for The Valley Gazette",
        ),
    ],
)
def test_more_credit_shapes(line: str, caption: str, credit: str) -> None:
    found = read_caption_block(line, 0, len(line), credit_only_ok=False)
    assert found is not None
    assert found.image.caption is not None and found.image.caption.text == caption
    assert found.image.credit is not None and found.image.credit.text == credit


@pytest.mark.parametrize(
    "line",
    [
        "The council met on Tuesday. Residents asked for more time",  # an ordinary second sentence
        "The council met on Tuesday. Jane Doe for the council",  # "for" no publication
    ],
)
def test_second_sentences_that_are_no_credit(line: str) -> None:
    assert read_caption_block(line, 0, len(line), credit_only_ok=False) is None


def test_bullets_marked_under_a_box_label_are_the_standfirst() -> None:
    article = parse_text(
        _FRONT + "At a Glance\n\n• The board votes this month.\n\n• Six routes could close.\n\n"
        "The transit board will vote at the end of the month on a plan to end six night routes.\n\n"
        "Drivers say the routes carry hospital and hotel workers home.\n"
    )
    assert article.summary is not None
    assert article.summary.text == "• The board votes this month.\n\n• Six routes could close."
    assert len(article.paragraphs) == 2


def test_a_box_label_word_inside_a_paragraph_is_no_box() -> None:
    article = parse_text(
        _FRONT + "Highlights of the plan were shown to drivers on Tuesday at the main depot.\n\n"
        "The transit board will vote at the end of the month on a plan to end six night routes.\n\n"
        "Drivers say the routes carry hospital and hotel workers home.\n"
    )
    assert article.summary is None
    assert len(article.paragraphs) == 3


# --------------------------------------------------------------------------- page furniture


@pytest.mark.parametrize(
    "line",
    ["Advertisement", "ADVERTISEMENT", "Story continues below advertisement", "Sign up for our newsletter"],
)
def test_page_furniture(line: str) -> None:
    assert is_furniture(line)


@pytest.mark.parametrize(
    "line",
    [
        "Advertising rules tighten for betting firms",
        "Ad hoc committee meets",
        "Continue reading the report aloud",
    ],
)
def test_lines_that_only_start_like_furniture(line: str) -> None:
    assert not is_furniture(line)


def test_a_one_word_headline_that_names_furniture_stays_the_headline() -> None:
    article = parse_text(
        "Advertising\n\nBy Ida Berg\n\nMarch 7, 2024\n\n"
        "Spending on billboards rose for the third year running, the industry body said on Tuesday.\n\n"
        "Digital formats took most of the growth.\n"
    )
    assert article.headline is not None and article.headline.text == "Advertising"


def test_impersonal_questions_each_over_an_answer_are_a_faq_with_subheads() -> None:
    answer = "The fee is paid once, when the contract is signed, and it covers training and the opening."
    questions = ["What is a franchise fee?", "What are royalty payments?", "Who pays for the equipment?"]
    body = "\n\n".join([answer, *[part for q in questions for part in (q, answer)]]) + "\n"
    assert _headings(body) == [None, *questions]


def test_questions_put_to_you_each_over_an_answer_are_an_interview() -> None:
    answer = "I started in my mother's kitchen when I was nine, and I never really stopped after that."
    questions = ["When did you start baking?", "What do you bake most?", "Who taught you?"]
    body = "\n\n".join([answer, *[part for q in questions for part in (q, answer)]]) + "\n"
    assert _headings(body) == [None]


# --------------------------------------------------------------------------- a byline and a date on one line


@pytest.mark.parametrize(
    ("line", "byline", "published"),
    [
        ("By Jane Doe, May 2, 2024", "By Jane Doe", "2024-05-02"),
        ("Jane Doe — May 2, 2024", "Jane Doe", "2024-05-02"),
        ("By Jane Doe on May 2, 2024", "By Jane Doe", "2024-05-02"),
        ("Posted on May 2, 2024 by Jane Doe", "by Jane Doe", "2024-05-02"),
        ("May 2, 2024 | Jane Doe", "Jane Doe", "2024-05-02"),
    ],
)
def test_byline_beside_a_date_on_one_line(line: str, byline: str, published: str) -> None:
    article = parse_text(
        f"Council keeps the night buses\n\n{line}\n\n"
        "The transit board will vote at the end of the month on a plan to end six night routes.\n\n"
        "Drivers say the routes carry hospital and hotel workers home.\n"
    )
    assert article.byline is not None and article.byline.text == byline
    assert [p.name for p in article.authors] == ["Jane Doe"]
    assert article.published is not None and article.published.date.value == published
    assert article.dateline is None
    assert dict(article.evidence)["authors"].rule == "byline-beside-date-line"
    assert len(article.paragraphs) == 2


def test_a_place_and_a_date_after_a_dash_is_no_mixed_case_dateline() -> None:
    paragraph = "Jane Doe — May 2, 2024"
    assert find_dateline(paragraph, 0, len(paragraph)) is None


@pytest.mark.parametrize(
    ("line", "caption", "credit"),
    [
        (
            "FILE PHOTO: A man walks past the shop in London, May 2, 2024. REUTERS/Jane Doe/File Photo",
            "FILE PHOTO: A man walks past the shop in London, May 2, 2024.",
            "REUTERS/Jane Doe/File Photo",
        ),
        (
            "A man walks past the shop in London.  Getty Images/iStockphoto",
            "A man walks past the shop in London.",
            "Getty Images/iStockphoto",
        ),
    ],
)
def test_a_label_or_credit_never_swallows_the_caption_sentence(line: str, caption: str, credit: str) -> None:
    found = read_caption_block(line, 0, len(line), credit_only_ok=True)
    assert found is not None
    assert found.image.caption is not None and found.image.caption.text == caption
    assert found.image.credit is not None and found.image.credit.text == credit


@pytest.mark.parametrize(
    "paragraph", ["FILE PHOTO: A man walks past the shop.", "WATCH: The mayor speaks at the depot."]
)
def test_labels_before_a_colon_are_no_datelines(paragraph: str) -> None:
    assert find_dateline(paragraph, 0, len(paragraph)) is None


def test_a_place_in_capitals_before_a_colon_is_still_a_dateline() -> None:
    paragraph = "NEW DELHI: The monsoon reached the capital two days early this year."
    found = find_dateline(paragraph, 0, len(paragraph))
    assert found is not None and found.place is not None and found.place.text == "NEW DELHI"
