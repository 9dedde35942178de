"""The general rules round 9 added, on articles written here in several house styles, each with the case it
must leave alone: notes about the article under it read by their shape (a label ending in "by"/"from", an
editor's initials after a slash, a copyright naming its holder, a block whose every line is a note, a bio
whose address is the named person's); a byline printed under the story; page furniture in the front (a
reading time, a label announcing the next line, a line continued in lower case); a unit's line under a
name; a newsroom signing as "<Paper> report"; a place line between byline and date named again in the
story; credit-first captions, a photographer "special to" a paper, a photo credit carrying its date, a
caption opening with a dateline's shape; a mixed-case place before a colon; an unlisted agency's acronym
closing a dateline; a zone's offset beside a date."""

from __future__ import annotations

import pytest

from archivist.parse import parse_text

_BODY = (
    "The council approved the plan on Tuesday after a two-hour debate in the chamber.\n\n"
    "Work is due to start in the spring and will take about a year to finish, officials said.\n\n"
    "The old crossing will stay open to walkers until the new one is ready next winter.\n"
)
_HEADLINE = "Bridge over the river to be repaired next year"


def _front(*lines: str, body: str = _BODY, headline: str = _HEADLINE) -> str:
    return headline + "\n\n" + "\n\n".join(lines) + "\n\n" + body


def _authors(article: object) -> list[tuple[str, str | None]]:
    return [(person.name, person.affiliation) for person in article.authors]  # type: ignore[attr-defined]


# --------------------------------------------------------------------------- notes under the story


@pytest.mark.parametrize(
    "closing",
    [
        "Information from: The Valley Times",  # a wire's member exchange
        "Edited by: Tobias Roe",  # a broadcaster's site
        "Graphics and maps by: Jana Roe",  # any short label ending in "by"/"from" and a colon
        "Source: Harbour Ledger",  # any short label and names alone: where the story came from
        "Sources: AFP, Reuters",
        "/cb",  # a broadsheet desk editor's initials
        "Enditem/ka",  # an agency's end mark with the editor's initials
        # (a copyright line under the story, alone or under a note, is the page's: test_parse_rights_notice)
        "Published by Harbour Ledger, business news - harbourledger.com - on March 3, 2026.",
        "Write to Ann Lee at alee@harbourledger.com\nEdited by Tom Hale",
        # a bio whose address's mailbox holds the reporter's name (its domain spells no name of the block)
        "Tom Hale covers city hall for the Valley Education Desk. Contact him at thale@vedesk.org.",
    ],
)
def test_notes_about_the_article_close_it(closing: str) -> None:
    article = parse_text(_front("By Ann Lee", "March 3, 2026", body=_BODY + "\n" + closing + "\n"))
    assert article.signoff is not None and article.signoff.text == closing
    assert len(article.paragraphs) == 3


@pytest.mark.parametrize(
    "closing",
    [
        "The bill was signed by Governor Tom Hale.",
        "Detective Tom Hale asked witnesses to email thale@harbourpolice.org with any footage.",
        "Copyright law changed in 2019, when the council last met on the matter.",
        "Residents can send comments to the council until March 20.",
        "Tickets: $20 at the door, free for children under 12.",  # a label whose value is no name
    ],
)
def test_a_last_paragraph_of_the_story_stays_in_it(closing: str) -> None:
    article = parse_text(_front("By Ann Lee", "March 3, 2026", body=_BODY + "\n" + closing + "\n"))
    assert article.signoff is None
    assert article.paragraphs[-1].text == closing
    assert len(article.paragraphs) == 4


@pytest.mark.parametrize(
    ("closing", "byline", "authors", "signoff"),
    [
        (
            "(By Ann Lee and Tom Hale)\n\nEnditem/ka",
            "By Ann Lee and Tom Hale",
            [("Ann Lee", None), ("Tom Hale", None)],
            "Enditem/ka",
        ),
        ("By Ann Lee", "By Ann Lee", [("Ann Lee", None)], None),
        ("Marie-Claire Lebrun", "Marie-Claire Lebrun", [("Marie-Claire Lebrun", None)], None),
    ],
)
def test_a_byline_printed_under_the_story(
    closing: str, byline: str, authors: list[tuple[str, None]], signoff: str | None
) -> None:
    article = parse_text(_front("March 3, 2026", body=_BODY + "\n" + closing + "\n"))
    assert article.byline is not None and article.byline.text == byline
    assert _authors(article) == authors
    assert (article.signoff.text if article.signoff else None) == signoff
    assert len(article.paragraphs) == 3


def test_a_name_under_the_story_is_a_paragraph_when_a_byline_is_above() -> None:
    article = parse_text(_front("By Ann Lee", "March 3, 2026", body=_BODY + "\nTom Hale\n"))
    assert _authors(article) == [("Ann Lee", None)]
    assert article.paragraphs[-1].text == "Tom Hale"


# --------------------------------------------------------------------------- front furniture


@pytest.mark.parametrize(
    "front",
    [
        ("by Ann Lee", "March 3, 2026 10:14 AM", "2 min read"),
        ("By Ann Lee", "March 3, 2026", "Reading time: 4 minutes"),
        ("By: Ann Lee", "Posted at 5:42 PM, Mar 03, 2026\nand last updated 6:10 PM, Mar 03, 2026"),
    ],
)
def test_page_furniture_in_the_front_is_no_summary(front: tuple[str, ...]) -> None:
    article = parse_text(_front(*front))
    assert article.summary is None
    assert article.published is not None and article.published.date.value.startswith("2026-03-03")
    assert len(article.paragraphs) == 3


@pytest.mark.parametrize(
    ("front", "byline"),
    [
        (("Jane Doe · 5 min read", "March 3, 2026"), "Jane Doe"),
        (("3 min read | Mar 3, 2026", "By Jane Doe"), "By Jane Doe"),
        (("By Jane Doe | 4 min read | Updated 3 March 2026",), "By Jane Doe"),
    ],
)
def test_a_reading_time_set_off_in_a_front_line_belongs_to_no_field(
    front: tuple[str, ...], byline: str
) -> None:
    article = parse_text(_front(*front))
    assert article.byline is not None and article.byline.text == byline
    assert _authors(article) == [("Jane Doe", None)]
    assert article.published is not None and article.published.date.value == "2026-03-03"
    assert article.summary is None and len(article.paragraphs) == 3


def test_a_reading_time_beside_the_byline_is_no_part_of_it() -> None:
    article = parse_text(_front("Work starts in spring", "3 March 2026 | By Tom Ashby | 3 min read"))
    assert article.byline is not None and article.byline.text == "By Tom Ashby"
    assert article.summary is not None and article.summary.text == "Work starts in spring"


def test_a_label_ending_in_a_colon_is_no_summary() -> None:
    deck = "The project was supposed to start next spring"
    article = parse_text(_front(deck, "Author of the article:", "Dana Roe", "Published Mar 03, 2026"))
    assert article.summary is not None and article.summary.text == deck
    assert _authors(article) == [("Dana Roe", None)]
    assert len(article.paragraphs) == 3


def test_a_standfirst_is_one_run_of_blocks() -> None:
    deck = "The operator says it cannot staff the service. Passengers called the move a setback."
    article = parse_text(
        _front(deck, "Night trains are popular\nImage: Felix Roe/dpa", "Lena Roe with dpa, AFP", "03/03/2026")
    )
    assert article.summary is not None and article.summary.text == deck
    assert _authors(article) == [("Lena Roe", None)]  # several agencies: none is her employer
    image = article.image
    assert image is not None and image.credit is not None and image.credit.text == "Felix Roe/dpa"


# --------------------------------------------------------------------------- bylines


@pytest.mark.parametrize(
    ("front", "authors"),
    [
        (
            ("By Ann Lee\nUniversity Communications", "March 3, 2026"),
            [("Ann Lee", "University Communications")],
        ),
        (("By Ann Lee\nOffice of Research", "March 3, 2026"), [("Ann Lee", "Office of Research")]),
        (("Ann Lee, Local Democracy Editor", "6:05 am on 3 March 2026"), [("Ann Lee", None)]),
        (("Ann Lee\nTom Hale", "March 3, 2026"), [("Ann Lee", None), ("Tom Hale", None)]),
    ],
)
def test_a_unit_under_a_name_is_no_second_author(front: tuple[str, ...], authors: list) -> None:
    article = parse_text(_front(*front))
    assert _authors(article) == authors
    assert article.summary is None and len(article.paragraphs) == 3


@pytest.mark.parametrize("signature", ["Harbour Gazette report", "Valley Times staff"])
def test_a_paper_signing_its_own_report(signature: str) -> None:
    article = parse_text(_front(signature, "March 3, 2026"))
    assert article.byline is not None and article.byline.text == signature
    assert article.authors == () and article.summary is None


@pytest.mark.parametrize(
    ("front", "byline", "authors"),
    [
        (
            ("By: Ann Lee - Correspondent / @annleeHT", "Harbour Daily Ledger / 05:08 AM March 3, 2026"),
            "By: Ann Lee - Correspondent / @annleeHT",
            [("Ann Lee", None)],
        ),
        (("Source: Ama Boateng", "3 March 2026 3:21pm"), "Source: Ama Boateng", [("Ama Boateng", None)]),
    ],
)
def test_bylines_and_date_lines_of_round_nine(front: tuple[str, ...], byline: str, authors: list) -> None:
    article = parse_text(_front(*front))
    assert article.byline is not None and article.byline.text == byline
    assert _authors(article) == authors
    assert article.published is not None and article.published.date.value.startswith("2026-03-03")
    assert article.summary is None and article.image is None


def test_a_pictures_label_over_the_date_line_names_no_author() -> None:
    article = parse_text(_front("Pic: Ama Boateng", "3 March 2026"))
    assert article.authors == ()
    assert article.image is not None and article.image.credit is not None


# --------------------------------------------------------------------------- a place beside the front lines


_MARBELLA_BODY = (
    "Marbella town hall approved the lane on Monday with a budget of 1.9 million euros.\n\n"
    "Work is due to start in February and should be finished before the summer.\n"
)


def test_a_place_line_between_byline_and_date_is_the_dateline() -> None:
    front = ("Ann Lee", "Marbella", "Tuesday, 3 March 2026, 12:46")
    article = parse_text(_front(*front, body=_MARBELLA_BODY, headline="New bus lane"))
    assert _authors(article) == [("Ann Lee", None)]
    assert article.dateline is not None and article.dateline.text == "Marbella"
    assert len(article.paragraphs) == 2


@pytest.mark.parametrize(
    "front", [("By Ann Lee", "Obituaries\nMarch 3, 2026"), ("By Ann Lee", "Local | 3 March 2026")]
)
def test_a_sections_label_by_the_date_is_no_dateline(front: tuple[str, ...]) -> None:
    article = parse_text(_front(*front))
    assert article.dateline is None
    assert article.published is not None and article.published.date.value == "2026-03-03"


# --------------------------------------------------------------------------- captions


@pytest.mark.parametrize(
    ("caption_line", "caption", "credit"),
    [
        (
            "Photo: Ann Lee. The old bridge over the river in winter.",
            "The old bridge over the river in winter.",
            "Ann Lee",
        ),
        ("Foto: Ann Lee. Die alte Brücke im Winter.", "Die alte Brücke im Winter.", "Ann Lee"),
        (
            "Diners wait for a table at the counter. (Lena Park / Special to the Courier)",
            "Diners wait for a table at the counter.",
            "Lena Park / Special to the Courier",
        ),
        (
            "HARBOUR CITY: Workers repair the bridge on Tuesday. — Photo by Ann Lee",
            "HARBOUR CITY: Workers repair the bridge on Tuesday.",
            "Ann Lee",
        ),
        (
            "The minister (center) inspects the new concourse on Thursday. CNA photo Nov. 26, 2026",
            "The minister (center) inspects the new concourse on Thursday.",
            "CNA photo Nov. 26, 2026",
        ),
        (
            "Crews clear the road near the pass on Sunday. Harbour Agency photo 2026-03-01",
            "Crews clear the road near the pass on Sunday.",
            "Harbour Agency photo 2026-03-01",
        ),
    ],
)
def test_captions_of_round_nine(caption_line: str, caption: str, credit: str) -> None:
    article = parse_text(_front("By Ann Lee", "March 3, 2026", caption_line))
    image = article.image
    assert image is not None and image.caption is not None and image.credit is not None
    assert (image.caption.text, image.credit.text) == (caption, credit)
    assert article.dateline is None and len(article.paragraphs) == 3


def test_a_photo_source_label_in_the_body_is_taken_off() -> None:
    more = (
        "Engineers found rust in two of the five piers during an inspection last autumn.\n\n"
        "Traffic will be sent over the ring road while the deck is replaced, the mayor's office said.\n\n"
        "The last repair of this size, in 1998, took eighteen months and ran over its budget.\n"
    )
    body = _BODY + "\n" + more + "\n(Photo source: Harbour Photos/Ann Lee)\n"
    article = parse_text(_front("Ann Lee", "3 March 2026", body=body))
    assert article.image is not None and article.image.credit is not None
    assert article.image.credit.text == "Harbour Photos/Ann Lee"
    assert len(article.paragraphs) == 6


def test_a_dateline_paragraph_is_no_caption() -> None:
    lede = "HARBOUR CITY: Workers repaired the bridge on Tuesday, officials said, after a month of delays."
    article = parse_text(_front("By Ann Lee", "March 3, 2026", body=lede + "\n\n" + _BODY))
    assert article.image is None
    assert article.dateline is not None and article.dateline.text == "HARBOUR CITY:"


# --------------------------------------------------------------------------- datelines and dates


def test_a_proper_name_before_a_colon_opening_the_story_is_its_dateline() -> None:
    lede = "Mumbai: Cold-storage operators in the onion belt are running close to full for the first time."
    article = parse_text(_front("Rohan Roe, MT Bureau", "Nov 27, 2026", body=lede + "\n\n" + _BODY))
    assert article.dateline is not None and article.dateline.place is not None
    assert article.dateline.place.text == "Mumbai"
    assert _authors(article) == [("Rohan Roe", "MT Bureau")]


@pytest.mark.parametrize(
    "body",
    [
        # a speaker's name opening each answer of an interview
        "Hale: We started the shop with two chairs and a kettle, and it grew from there.\n\n"
        "Hale: The street was busier then, and the rent was a third of what it is now.\n",
        # a label the story writes in lower case too
        "Update: The council will vote again next week after the first ballot was tied.\n\n"
        "The update was posted on the council's site on Tuesday evening.\n",
    ],
)
def test_a_speaker_or_label_before_a_colon_is_no_dateline(body: str) -> None:
    article = parse_text(_front("By Ann Lee", "March 3, 2026", body=body))
    assert article.dateline is None


@pytest.mark.parametrize(
    ("lede", "agency"),
    [
        ("Taipei, Nov. 26 (CNA) The north concourse of the airport will open to passengers in March.", "CNA"),
        ("Hanoi, March 3 (VNA) The city will add forty electric buses to its fleet this year.", "VNA"),
    ],
)
def test_an_acronym_in_brackets_after_place_and_date_ends_the_dateline(lede: str, agency: str) -> None:
    article = parse_text(_front("March 3, 2026", body=lede + "\n\n" + _BODY))
    assert article.dateline is not None and article.dateline.agency is not None
    assert article.dateline.agency.text == agency


def test_a_bracket_after_a_place_without_a_date_is_no_dateline() -> None:
    lede = "Taipei (UPDATED) The north concourse of the airport will open to passengers in March."
    article = parse_text(_front("March 3, 2026", body=lede + "\n\n" + _BODY))
    assert article.dateline is None


@pytest.mark.parametrize("line", ["Nov 27, 2026 (Gmt+09:00)", "27 November 2026 GMT+7"])
def test_a_zones_offset_beside_a_date(line: str) -> None:
    article = parse_text(_front("By Ann Lee", line))
    assert article.published is not None and article.published.date.value == "2026-11-27"
    assert article.summary is None


# --------------------------------------------------------------------------- what the wider rules leave alone


def test_a_pictures_credit_alone_under_the_story_is_no_sign_off() -> None:
    article = parse_text(_front("By Ann Lee", "March 3, 2026", body=_BODY + "\nPhoto: Tom Hale\n"))
    assert article.signoff is None
    assert article.image is not None and article.image.credit is not None
    assert article.image.credit.text == "Tom Hale"


def test_an_explainers_label_before_a_colon_is_no_dateline() -> None:
    lede = "Background: The council first proposed the repair in 2019 after an inspection found rust."
    article = parse_text(_front("By Ann Lee", "March 3, 2026", body=lede + "\n\n" + _BODY))
    assert article.dateline is None


def test_an_editors_label_at_the_bylines_place_names_no_author() -> None:
    article = parse_text(_front("Editor: Tom Hale", "March 3, 2026"))
    assert article.authors == ()


@pytest.mark.parametrize(
    "closing",
    [
        "Ann Lee covers transport for the Ledger. She previously reported from Lagos and Accra.",
        "Ann Lee is the paper's courts reporter. She joined in 2019. Follow her on social media.",
    ],
)
def test_a_note_about_the_bylines_author_under_the_story_is_left_out(closing: str) -> None:
    # (the page's box on its author, giving no way to reach her: no sign-off, as rounds 17-20 read it, and
    # no paragraph)
    article = parse_text(_front("By Ann Lee", "March 3, 2026", body=_BODY + "\n" + closing + "\n"))
    assert article.signoff is None
    assert len(article.paragraphs) == 3


def test_a_note_about_the_bylines_author_with_her_address_is_the_sign_off() -> None:
    closing = "Ann Lee covers transport for the Ledger. Reach her at alee@example.com."
    article = parse_text(_front("By Ann Lee", "March 3, 2026", body=_BODY + "\n" + closing + "\n"))
    assert article.signoff is not None and article.signoff.text == closing
    assert len(article.paragraphs) == 3


def test_the_bylines_author_quoted_under_the_story_stays_in_it() -> None:
    closing = "Ann Lee says the bridge will reopen next winter, though the council has not confirmed it."
    article = parse_text(_front("By Ann Lee", "March 3, 2026", body=_BODY + "\n" + closing + "\n"))
    assert article.signoff is None and len(article.paragraphs) == 4
