"""The story's foot. The sign-off is the closing tag line: a wire's end mark (the agency's name
alone, between dashes or brackets, with its desk's initials; the operators' slugs), how to reach the writer
(``can be reached at``, ``Feedback:`` and an address, the address alone), who helped (``With a report
from``, in several languages), where the story ran in print; what the page prints under a wire's end mark
(its disclaimer, its promotions, the desk's slugs) and a note on the author under a tag line are no part of
it, nor is a copyright line closing the page under its furniture. Articles written here; each rule with the
near-misses it must leave alone."""

from __future__ import annotations

import pytest

from archivist.parse import parse_text
from archivist.parse.blocks import split_blocks
from archivist.parse.signoff import closing_note, desk_credits, ends_wire_copy, wire_end_mark
from archivist.parse.structure import _post_line_back
from parse_helpers import paragraph_texts

_HEADLINE = "Ferry crossing to resume after harbour wall repairs"
_STORY = (
    "The ferry crossing between the two towns will resume on Monday after engineers finished repairs to "
    "the harbour wall, the port authority said on Friday.",
    "The wall was damaged in a storm last month, when waves pushed a moored barge against it and opened a "
    "crack several metres long near the ferry ramp.",
    "Traders on both sides of the river said the closure had cost them a month of business at the busiest "
    "time of the year for visitors.",
)
_LAST = "The authority said a second inspection would follow in the spring."


def _page(*foot: str, last: str = _LAST, byline: str = "By Ann Lee") -> str:
    return "\n\n".join([_HEADLINE, byline, "March 3, 2026", *_STORY, last, *foot]) + "\n"


def _signoff(text: str) -> str | None:
    found = parse_text(text).signoff
    return None if found is None else found.text


# ------------------------------------------------------------------------------------ wire end marks


@pytest.mark.parametrize(
    "mark",
    [
        "EFE abc/xyz",  # the agency, then its operators' initials in lower case
        "kwr/ dlm/",  # the operators' slugs, each closed by a slash
        "(ANSA).",  # the agency in brackets with a stop
        "BSS/KLM/RTD/1745 hrs",  # the agency and its desk in capitals, then the hour filed
        "GNA",  # a national wire's name alone
    ],
)
def test_a_wire_end_mark_alone_under_the_story_is_the_signoff(mark: str) -> None:
    text = _page(mark)
    assert _signoff(text) == mark
    assert paragraph_texts(text)[-1] == _LAST
    assert wire_end_mark(mark)


@pytest.mark.parametrize("line", ["Jane Doe", "The end.", "Back to top", "Water, roads and ferries"])
def test_a_short_line_naming_no_wire_is_no_end_mark(line: str) -> None:
    assert not wire_end_mark(line)
    assert not ends_wire_copy(line)


def test_agency_and_desk_initials_run_on_after_the_last_sentence_are_the_signoff() -> None:
    text = _page(last=_LAST + " PTI KLM RT")
    assert _signoff(text) == "PTI KLM RT"
    assert paragraph_texts(text)[-1] == _LAST


@pytest.mark.parametrize(
    "last",
    [
        "The board will meet the PTI representatives on Monday.",  # the agency named inside a sentence
        "The ferry was built in the U.S. AP",  # (after an abbreviation's stop: no sentence ended there)
    ],
)
def test_a_last_sentence_naming_an_agency_keeps_its_words(last: str) -> None:
    assert not ends_wire_copy(last)


def test_the_writer_and_the_day_in_brackets_after_the_last_sentence_are_the_signoff() -> None:
    text = _page(last=_LAST + " (Ann Lee, 3.3.2026)")
    assert _signoff(text) == "(Ann Lee, 3.3.2026)"
    assert paragraph_texts(text)[-1] == _LAST


def test_the_pages_notes_under_a_run_on_wire_mark_are_left_out() -> None:
    text = _page(
        "(This story has not been edited by Example Daily staff and is auto-generated from a feed.)",
        "Catch all the latest city news and updates at Example Daily.",
        last=_LAST + " PTI KLM RT",
    )
    assert _signoff(text) == "PTI KLM RT"
    assert paragraph_texts(text) == [*_STORY, _LAST]
    shape = dict(parse_text(text).evidence)["furniture-shape"]
    assert shape.note is not None and "under-end-mark" in shape.note


def test_slugs_and_a_disclaimer_under_the_agencys_end_mark_are_no_part_of_the_signoff() -> None:
    text = _page(
        "--IANS",
        "abc/xyz",
        "Disclaimer: This story is auto-generated from a syndicated news agency feed and has not been edited "
        "by our staff.",
    )
    assert _signoff(text) == "--IANS"
    assert paragraph_texts(text)[-1] == _LAST


def test_promotions_under_an_end_mark_are_left_out_to_the_copyright() -> None:
    text = _page(
        "-- BERNAMA",
        "BERNAMA provides verified and comprehensive news through its news service, television and radio.",
        "Follow us on social media :",
        "Facebook : @exampleagency",
        "© 2026 BERNAMA. All rights reserved.",
    )
    assert _signoff(text) == "-- BERNAMA"
    assert paragraph_texts(text)[-1] == _LAST


# ------------------------------------------------------------------------------------ copyright lines


def test_a_copyright_line_under_the_pages_furniture_is_no_signoff() -> None:
    text = _page("Related topics", "Ferries", "Harbours", "© 2026 Example Herald. All rights reserved.")
    assert _signoff(text) is None
    assert paragraph_texts(text)[-1] == _LAST


def test_a_copyright_line_right_under_the_story_is_no_signoff_either() -> None:
    text = _page("© 2026 Example Herald. All rights reserved.")
    assert _signoff(text) is None
    assert paragraph_texts(text)[-1] == _LAST


# ------------------------------------------------------------------------------------ reaching the writer


@pytest.mark.parametrize(
    "line",
    [
        "Ann Lee can be reached at alee@exampleherald.com or 555-0142.",
        "Ann Lee may be contacted at 555-0142.",
        "Ann Lee est joignable au 01 23 45 67 89.",
        "Feedback: ann.lee@exampleherald.com",
        "Email: alee@exampleherald.com",
        "E-Mail: alee@example.de",
    ],
)
def test_how_to_reach_the_writer_is_the_signoff(line: str) -> None:
    text = _page(line)
    assert _signoff(text) == line
    assert paragraph_texts(text)[-1] == _LAST
    assert desk_credits(line)


@pytest.mark.parametrize(
    "line",
    [
        "Residents can be reached at the shelter until Friday.",  # no address, no number
        "Contact: editor@exampleherald.com",  # the house's mailbox, not the writer's
    ],
)
def test_a_line_saying_how_to_reach_no_writer_is_no_signoff(line: str) -> None:
    assert not desk_credits(line)


def test_the_writers_address_tight_under_the_last_sentence_is_the_signoff() -> None:
    text = _page(last=_LAST + "\nalee@exampleherald.co.ke")
    assert _signoff(text) == "alee@exampleherald.co.ke"
    assert paragraph_texts(text)[-1] == _LAST


# ------------------------------------------------------------------------------------ who helped


@pytest.mark.parametrize(
    "line",
    [
        "—WITH A REPORT FROM JOHN ROE",
        "With inputs from John Roe",
        "Con información de Juan Pérez",
        "Avec la collaboration de Jean Dupont",
        "Mit Material von Hans Müller",
    ],
)
def test_with_a_report_from_is_the_signoff(line: str) -> None:
    text = _page(line)
    assert _signoff(text) == line
    assert paragraph_texts(text)[-1] == _LAST


def test_a_sentence_opening_with_a_report_from_stays_the_story() -> None:
    assert not desk_credits("With a report from the council due next week, the mayor said nothing.")


# ------------------------------------------------------------------------------------ print notes and bios


@pytest.mark.parametrize(
    "note",
    [
        "This article appears in the March 2026 print edition with the headline “The Wall.”",
        "This article was published in the print edition of March 4, 2026.",
        "Dieser Artikel ist in der Printausgabe vom 4. März 2026 erschienen.",
        "Erschienen in der Printausgabe vom 4. März 2026.",
        "Este artigo foi publicado na edição impressa de 4 de março.",
        "Paru dans l’édition du 4 mars 2026.",
    ],
)
def test_a_print_note_is_the_newsrooms_tag_line(note: str) -> None:
    assert desk_credits(note)


def test_a_note_on_the_author_under_a_tag_line_is_no_part_of_the_signoff() -> None:
    note = "This article appears in the March 2026 print edition with the headline “The Wall.”"
    text = _page(note, "Ann Lee is a contributing writer at the Example Herald. She lives in Dover.")
    assert _signoff(text) == note
    assert paragraph_texts(text)[-1] == _LAST


def test_a_note_on_the_author_under_a_contributor_line_is_left_out() -> None:
    text = _page(
        "Contributing: John Roe, Example Network",
        "Ann Lee covers transport for the Example Herald. Reach her at alee@exampleherald.com.",
    )
    assert _signoff(text) == "Contributing: John Roe, Example Network"
    assert paragraph_texts(text)[-1] == _LAST


def test_a_note_on_the_author_alone_under_the_story_is_left_out() -> None:
    bio = "Ann Lee is a contributing writer at the Example Herald."
    assert _signoff(_page(bio)) is None
    assert bio not in paragraph_texts(_page(bio))
    reach = "Ann Lee is a contributing writer at the Example Herald. Email: alee@example.com"
    assert _signoff(_page(reach)) == reach


# ------------------------------------------------------------------------------------ the newsroom's notes


@pytest.mark.parametrize(
    ("note", "says"),
    [
        ("This story was produced by Example Report, a nonprofit newsroom.", "who produced the story"),
        (
            "Published by Example Content Services with permission from The Example Times.",
            "who produced the story",
        ),
        ("This article was translated from Spanish by Example staff.", "how the story was made"),
        ("(This story has not been edited by Example TV staff.)", "how the story was made"),
        ("Disclaimer: This story is auto-generated from a syndicated feed.", "how the story was made"),
    ],
)
def test_the_newsrooms_notes_on_the_story_say_what_they_are(note: str, says: str) -> None:
    found = closing_note(note)
    assert found is not None and found.startswith(says)


def test_a_sentence_about_a_story_is_no_note() -> None:
    assert closing_note("This story was told to me by my grandmother, she said.") is None


# ------------------------------------------------------------------------------------ the author's post


def test_the_author_with_her_post_closing_the_page_is_the_signoff_not_furniture() -> None:
    text = _page("Ann Lee (Dover, correspondante)")
    assert _signoff(text) == "Ann Lee (Dover, correspondante)"
    assert paragraph_texts(text)[-1] == _LAST


def test_the_authors_post_line_left_out_as_furniture_is_set_back_under_the_story() -> None:
    blocks = split_blocks("The last paragraph of the story.\n\nAnn Lee (Dover, correspondante)\n\nShare\n")
    shaped = [("unstopped-lines-under-story", blocks[1:])]
    story = blocks[:1]
    _post_line_back(story, ["Ann Lee"], shaped)
    assert [block.text for block in story] == [
        "The last paragraph of the story.",
        "Ann Lee (Dover, correspondante)",
    ]
    assert [block.text for block in shaped[0][1]] == ["Share"]
    other = [("unstopped-lines-under-story", blocks[1:])]
    _post_line_back(blocks[:1], ["John Roe"], other)  # not the byline's author: the page's line
    assert len(other[0][1]) == 2


def test_another_name_with_a_post_closing_the_page_is_no_signoff() -> None:
    # (not the byline's author: the page's line, whatever else reads it)
    assert _signoff(_page("John Roe (Dover, correspondant)")) is None


def _unsigned_page(last_line: str) -> str:
    """No byline over the story: the page's last line is where a name alone would be its byline."""
    return "\n\n".join([_HEADLINE, "March 3, 2026", *_STORY, _LAST, last_line]) + "\n"


@pytest.mark.parametrize("label", ["RELATED STORIES", "MORE STORIES", "Related Articles"])
def test_a_related_label_closing_the_page_is_no_byline(label: str) -> None:
    # the box's label copied without its links, as the page's last line: shaped like a name in capitals
    article = parse_text(_unsigned_page(label))
    assert article.byline is None
    assert label not in [paragraph.text for paragraph in article.paragraphs]


def test_a_name_alone_closing_the_page_is_still_the_byline() -> None:
    article = parse_text(_unsigned_page("Leah Okafor"))
    assert article.byline is not None and article.byline.text == "Leah Okafor"
