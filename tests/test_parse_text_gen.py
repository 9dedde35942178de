"""Edges of the rules added for house styles the reader had not seen (issue 11; ``tests/articles/gen-*``).

Each rule is pinned on short texts written for the test, with lines that must NOT match it next to the ones
that must.
"""

from __future__ import annotations

import pytest

from archivist.parse import parse_text
from archivist.parse.blocks import split_blocks
from archivist.parse.byline import find_byline
from archivist.parse.bylineblock import read_byline_block
from archivist.parse.credit import read_caption_block
from archivist.parse.dateblock import read_date_block
from archivist.parse.dateline import find_dateline
from archivist.parse.furniture import is_furniture
from archivist.parse.sections import read_sections
from archivist.parse.signoff import desk_credits

_FRONT = "A headline for the test\n\nBy Jane Doe\n\n30 November 2026\n\n"

# --------------------------------------------------------------------------- the desk's credits


@pytest.mark.parametrize(
    "line",
    [
        "Reporting by Jane Doe; Editing by John Roe",
        "Reporting by Jane Doe and John Roe in London; Additional reporting by Li Sun; Editing by Ann Ek",
        "— Additional reporting by Jane Doe in Paris",
        "(Writing by Jane Doe, editing by John Roe)",
        "Editing by Jane Doe.",
    ],
)
def test_desk_credits(line: str) -> None:
    assert desk_credits(line)


@pytest.mark.parametrize(
    "line",
    [
        "Reporting by the BBC has shown the scale of the problem.",
        "Editing by Jane Doe shows how much the paper cared.",
        "Reporting by",
        "She was praised for reporting by Jane Doe.",
    ],
)
def test_sentences_about_reporting_are_no_credits(line: str) -> None:
    assert not desk_credits(line)


def test_credits_over_a_copyright_at_the_end_are_the_signoff() -> None:
    text = (
        _FRONT + "The first paragraph says what happened.\n\nThe second paragraph says more.\n\n"
        "Additional reporting by Noel Hart\n\n(c) 2026 Westland News Agency\n"
    )
    article = parse_text(text)
    assert article.signoff is not None
    assert article.signoff.text == "Additional reporting by Noel Hart"  # the copyright is the page's
    assert [p.text for s in article.sections for p in s.paragraphs][-1] == "The second paragraph says more."


def test_a_last_paragraph_about_reporting_stays_body() -> None:
    text = _FRONT + "The first paragraph.\n\nReporting by the BBC has shown the scale of the problem.\n"
    article = parse_text(text)
    assert article.signoff is None
    assert len([p for s in article.sections for p in s.paragraphs]) == 2


# --------------------------------------------------------------------------- bylines


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        ("From Peter Vance in Lisbon", [("Peter Vance", None)]),
        ("By Staff Reporter", []),
        ("Redacción / Agencias", []),
        ("Rédaction", []),
        ("Le Quotidien du Sud avec AFP", []),
        ("Jane Doe with AP", [("Jane Doe", "AP")]),
        ("Priya Nair, Education Correspondent", [("Priya Nair", None)]),
        ("Helen Marsh, Reuters correspondent", [("Helen Marsh", "Reuters")]),
        ("di Marco Rossi", [("Marco Rossi", None)]),
    ],
)
def test_bylines(line: str, authors: list[tuple[str, str | None]]) -> None:
    found = find_byline(line, 0, len(line))
    if found is None:  # bare-name shapes are read by the byline block reader
        read = read_byline_block(line, 0, len(line), bare_ok=True)
        assert read is not None
        found = read.byline
    assert [(p.name, p.affiliation) for p in found.authors] == authors


@pytest.mark.parametrize(
    "line",
    [
        "From Monday, buses will run later.",
        "From the archive",
        "The Harbour Times with photographs",
        "Reporting by the BBC has shown the scale of the problem.",
    ],
)
def test_lines_that_are_no_bylines(line: str) -> None:
    assert find_byline(line, 0, len(line)) is None


def test_agency_after_a_bar_is_the_affiliation_a_site_name_is_not() -> None:
    agency = read_byline_block("Oliver Grant | Reuters", 0, 22, bare_ok=True)
    site = read_byline_block("Jane Doe | Planet News", 0, 22, bare_ok=True)
    assert agency is not None and [(p.name, p.affiliation) for p in agency.byline.authors] == [
        ("Oliver Grant", "Reuters")
    ]
    assert site is not None and [(p.name, p.affiliation) for p in site.byline.authors] == [("Jane Doe", None)]


# --------------------------------------------------------------------------- captions and date lines


@pytest.mark.parametrize(
    ("block", "caption", "credit"),
    [
        (
            "I banchi del mercato il giorno della riapertura (foto Ansa)",
            "I banchi del mercato il giorno della riapertura",
            "Ansa",
        ),
        (
            "A tram climbs the hill. PHOTO: Marta Silva / Lusa",
            "A tram climbs the hill.",
            "Marta Silva / Lusa",
        ),
        (
            "Cyclists wait at the lights. (Photo: Sam Oduya, Metro Images)",
            "Cyclists wait at the lights.",
            "Sam Oduya, Metro Images",
        ),
    ],
)
def test_caption_credit_styles(block: str, caption: str, credit: str) -> None:
    found = read_caption_block(block, 0, len(block), credit_only_ok=False)
    assert found is not None and found.image.caption is not None and found.image.credit is not None
    assert (found.image.caption.text, found.image.credit.text) == (caption, credit)


def test_a_bracketed_word_after_photo_is_no_credit() -> None:
    block = "The museum opens a new room on Monday (Photo Gallery)"
    assert read_caption_block(block, 0, len(block), credit_only_ok=False) is None


@pytest.mark.parametrize(
    ("line", "value"), [("30.11.2026, 14:05 Uhr", "2026-11-30"), ("Nov 30 2026", "2026-11-30")]
)
def test_date_lines(line: str, value: str) -> None:
    found = read_date_block(line, 0, len(line))
    assert found is not None and [d.date.value for d in found.dates] == [value]


def test_unstopped_line_under_the_standfirst_is_the_caption() -> None:
    text = (
        _FRONT + "A deck that sums the story up without a closing stop\n\n"
        "A woman with the objects she collected for the kiosk\n\n"
        "The first paragraph ends with its stop.\n\nThe second does too.\n"
    )
    article = parse_text(text)
    assert article.summary is not None and article.summary.text.startswith("A deck")
    assert article.image is not None and article.image.caption is not None
    assert article.image.caption.text == "A woman with the objects she collected for the kiosk"
    assert article.image.credit is None


def test_a_stopped_line_under_the_standfirst_is_the_first_paragraph() -> None:
    text = (
        _FRONT + "A deck that sums the story up without a closing stop\n\n"
        "The council met on Monday and agreed the plan.\n\nThe second paragraph says more.\n"
    )
    article = parse_text(text)
    assert article.image is None
    assert len([p for s in article.sections for p in s.paragraphs]) == 2


def test_unlabelled_bullets_under_the_date_are_the_standfirst_but_not_in_the_body() -> None:
    bullets = "- The rate stays at 3.75%\n\n- Two members voted for a cut"
    text = _FRONT + bullets + "\n\nThe bank held its rate on Monday.\n\nMarkets barely moved.\n"
    article = parse_text(text)
    assert article.summary is not None and article.summary.text == bullets
    assert dict(article.evidence)["summary"].rule == "standfirst-bullets"
    body = "The first paragraph.\n\n- one item of a list\n\n- another item\n\nThe last paragraph.\n"
    later = parse_text(_FRONT + body)
    assert later.summary is None


# --------------------------------------------------------------------------- subheads


def _headings(body: str) -> list[str | None]:
    sections, _ = read_sections(split_blocks(body))
    return [s.heading.text if s.heading else None for s in sections]


_PARAGRAPH = "A paragraph long enough to be one, which ends as a sentence does."


@pytest.mark.parametrize(
    "line",
    [
        "I kid you not",
        "EXCUSE ME, WHAT",
        "Oh, and one more thing",
        "Can you believe that?",
        "Where were you, and why didn't you call?",
        "I wonder how the tenants feel about that?",
    ],
)
def test_the_writers_voice_is_no_subhead(line: str) -> None:
    body = f"{_PARAGRAPH}\n\n{line}\n\n{_PARAGRAPH}\n\n{_PARAGRAPH}"
    assert _headings(body) == [None]


@pytest.mark.parametrize(
    "line",
    [
        "Can I get a refund?",
        "Will my train still run?",
        "What does it mean for me?",
        "How do I claim?",
        "What the cold does to your pipes",
        "Part I: The early years",
        "‘I was told I paid for it’",
        "Help, I've only got five minutes: Pinball Illusions (1995)",
        "WHY NOW?",
    ],
)
def test_subheads_that_only_sound_personal(line: str) -> None:
    body = f"{_PARAGRAPH}\n\n{line}\n\n{_PARAGRAPH}\n\n{_PARAGRAPH}"
    assert _headings(body) == [None, line]


def test_once_the_writer_talks_in_short_lines_the_other_short_questions_are_asides() -> None:
    body = "\n\n".join(
        [
            _PARAGRAPH,
            "I kid you not",
            _PARAGRAPH,
            "Who knew the meters had a ceasefire?",
            _PARAGRAPH,
            "Can you believe that?",
            _PARAGRAPH,
        ]
    )
    assert _headings(body) == [None]
    plain = "\n\n".join([_PARAGRAPH, "Who will buy the cinema?", _PARAGRAPH, _PARAGRAPH])
    assert _headings(plain) == [None, "Who will buy the cinema?"]


def test_a_heading_over_a_subhead_heads_a_section_of_its_own() -> None:
    body = "\n\n".join(
        [_PARAGRAPH, "Where the heat goes", "Draughty doors", _PARAGRAPH, "Single glazing", _PARAGRAPH]
    )
    sections, rules = read_sections(split_blocks(body))
    assert [s.heading.text if s.heading else None for s in sections] == [
        None,
        "Where the heat goes",
        "Draughty doors",
        "Single glazing",
    ]
    assert [len(s.paragraphs) for s in sections] == [1, 0, 1, 1]
    assert "subhead-over-subhead" in rules


def test_two_short_lines_over_a_list_are_no_heading_pair() -> None:
    body = "\n\n".join([_PARAGRAPH, "Ingredients", "- 2 eggs", "- 1 cup flour", _PARAGRAPH])
    headings = _headings(body)
    assert "- 2 eggs" not in headings


# --------------------------------------------------------------------------- datelines on a line of their own


def test_a_dateline_alone_on_its_line_opens_the_story_without_being_a_paragraph() -> None:
    text = "A headline\n\nMADRID, 30 Nov. (EUROPA PRESS) -\n\nThe first paragraph.\n\nThe second.\n"
    article = parse_text(text)
    assert article.dateline is not None and article.dateline.place is not None
    assert (article.dateline.place.text, article.dateline.date and article.dateline.date.value) == (
        "MADRID",
        "XXXX-11-30",
    )
    assert [p.text for s in article.sections for p in s.paragraphs] == ["The first paragraph.", "The second."]


@pytest.mark.parametrize("line", ["LONDON -", "Cape Town –"])
def test_a_place_and_a_dash_alone_is_no_dateline(line: str) -> None:
    assert find_dateline(line, 0, len(line)) is None


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        ("Opinion by Miriam Castell, special to The Valley Courier", [("Miriam Castell", None)]),
        ("Analysis by Tobias Lind, Reuters", [("Tobias Lind", "Reuters")]),
        ("By Mara Quinlan @maraquinlan", [("Mara Quinlan", None)]),
    ],
)
def test_more_byline_words(line: str, authors: list[tuple[str, str | None]]) -> None:
    found = find_byline(line, 0, len(line))
    assert found is not None and [(p.name, p.affiliation) for p in found.authors] == authors


@pytest.mark.parametrize(
    "line",
    [
        "The Associated Press contributed to this report.",
        "(Avec AFP)",
        "Mit Material von dpa und AFP",
        "Con información de EFE y Europa Press",
        "With reporting from Reuters",
    ],
)
def test_agency_credits_close_the_story(line: str) -> None:
    assert desk_credits(line)


@pytest.mark.parametrize(
    "line",
    [
        "With prices rising, Reuters said the market would fall.",
        "The mayor contributed to this report's findings.",
        "Avec les agences de voyage, le tourisme reprend.",
    ],
)
def test_sentences_naming_agencies_are_no_credits(line: str) -> None:
    assert not desk_credits(line)


@pytest.mark.parametrize(
    "line", ["Listen to this article", "Listen to this article · 4 min", "Share", "Partager", "Teilen"]
)
def test_page_buttons_are_furniture(line: str) -> None:
    assert is_furniture(line)


@pytest.mark.parametrize("line", ["Share prices fell.", "Save the date", "Print editions will end in May."])
def test_sentences_starting_like_buttons_are_no_furniture(line: str) -> None:
    assert not is_furniture(line)


def test_agency_before_the_place_opens_a_dateline() -> None:
    paragraph = "(ANSA) - ROMA, 30 NOV - Il governo ha approvato il piano."
    found = find_dateline(paragraph, 0, len(paragraph))
    assert found is not None and found.place is not None and found.agency is not None
    assert (found.place.text, found.agency.text, found.date and found.date.value) == (
        "ROMA",
        "ANSA",
        "XXXX-11-30",
    )
    assert found.text == "(ANSA) - ROMA, 30 NOV -"


@pytest.mark.parametrize(
    "paragraph", ["(Photo) - The man walked home.", "(Reuters) - Jane Doe said it was over."]
)
def test_a_bracket_and_a_dash_before_a_sentence_is_no_dateline(paragraph: str) -> None:
    found = find_dateline(paragraph, 0, len(paragraph))
    assert found is None or found.place is None


def test_a_genre_kicker_above_the_headline_is_left_out() -> None:
    article = parse_text(
        "EXCLUSIVE\n\nThe real headline\n\nBy Jane Doe\n\nThe first paragraph.\n\nThe second.\n"
    )
    assert article.headline is not None and article.headline.text == "The real headline"
    short = parse_text("Breaking\n\nThe only paragraph of a two-block text.\n")
    assert short.headline is not None and short.headline.text == "Breaking"


def test_spanish_time_with_spaced_meridiem() -> None:
    line = "30 de noviembre de 2026 - 10:15 a. m."
    found = read_date_block(line, 0, len(line))
    assert found is not None and [d.date.value for d in found.dates] == ["2026-11-30"]


def test_a_separator_between_caption_and_trailing_credit_belongs_to_neither() -> None:
    block = "Le pont Anne-de-Bretagne, à Nantes. | ARCHIVES LOIRE MATIN"
    found = read_caption_block(block, 0, len(block), credit_only_ok=False)
    assert found is not None and found.image.credit is not None and found.image.caption is not None
    assert (found.image.caption.text, found.image.credit.text) == (
        "Le pont Anne-de-Bretagne, à Nantes.",
        "ARCHIVES LOIRE MATIN",
    )


@pytest.mark.parametrize("line", ["By Weather Desk", "By The Metro Team", "By Business Staff"])
def test_a_desk_is_no_author(line: str) -> None:
    found = find_byline(line, 0, len(line))
    assert found is not None and found.authors == ()


def test_a_reviewer_line_under_the_byline_is_front_matter_not_a_caption() -> None:
    text = (
        "A headline\n\nBy Jane Doe\n\nMedically reviewed by Dr. Samuel Okoye\n\n30 November 2026\n\n"
        "People who walk about 7,000 steps a day live longer, a review found.\n\n"
        "The researchers pooled 57 studies.\n\nBenefits rose up to about 7,000 steps and then levelled off.\n"
    )
    article = parse_text(text)
    assert article.image is None and article.summary is None
    assert [a.name for a in article.authors] == ["Jane Doe"]
    assert len([p for s in article.sections for p in s.paragraphs]) == 3
    assert "Medically reviewed" in (dict(article.evidence)["byline"].note or "")


def test_a_place_in_mixed_case_may_open_a_date_line() -> None:
    line = "Chennai, November 30, 2026"
    found = read_date_block(line, 0, len(line))
    assert found is not None and found.place is not None
    assert (found.place.text, [d.date.value for d in found.dates]) == ("Chennai", ["2026-11-30"])
    sentence = "Chennai, the city said, will open it."
    assert read_date_block(sentence, 0, len(sentence)) is None


@pytest.mark.parametrize(
    ("block", "credit"),
    [
        ("The depot at night. (Express photo)", "Express photo"),
        ("The depot at night. Staff photo", "Staff photo"),
    ],
)
def test_a_papers_own_photo_credit(block: str, credit: str) -> None:
    found = read_caption_block(block, 0, len(block), credit_only_ok=False)
    assert found is not None and found.image.credit is not None and found.image.credit.text == credit
