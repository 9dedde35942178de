"""Lead-image captions the reader missed in held-out rounds 17-20, written anew: a caption printed twice
among the body's paragraphs with no credit, a picture's label in Arabic, a date line no reader could read
kept out of the standfirst, ``File`` before a labelled credit, a caption alone with no credit, and a
subscription's offer that is no caption."""

from __future__ import annotations

from archivist.parse.credit import caption_said_twice, read_caption_block, uncredited_caption
from archivist.parse.frontsummary import page_notice
from archivist.parse.furniture import is_furniture


def _twice(first: str, second: str) -> tuple[str | None, str | None] | None:
    text = f"{first}\n{second}"
    found = caption_said_twice(text, (0, len(first)), (len(first) + 1, len(text)))
    if found is None:
        return None
    return (found.caption.text if found.caption else None, found.credit.text if found.credit else None)


def test_a_line_said_twice_is_the_caption() -> None:
    line = "Jane Roe, 61, outside the library she has kept open for thirty years"
    assert _twice(line, line) == (line, None)


def test_a_line_said_twice_keeps_its_credit_apart() -> None:
    line = "The flooded underpass on Tuesday morning (Photo: John Doe/Agency)"
    assert _twice(line, line) == ("The flooded underpass on Tuesday morning", "John Doe/Agency")


def test_two_different_lines_are_no_caption() -> None:
    assert _twice("The council met on Monday.", "The council met on Tuesday.") is None


def test_a_long_paragraph_said_twice_or_a_line_opening_a_list_stays_body() -> None:
    long = " ".join(["The council said the work would take many more months than it had planned."] * 4)
    assert _twice(long, long) is None
    assert _twice("The council listed three reasons:", "The council listed three reasons:") is None


def test_arabic_picture_label_in_brackets() -> None:
    line = "جانب من السوق الشعبي في وسط المدينة. (تصوير: سامر الحديدي)"
    found = read_caption_block(line, 0, len(line), credit_only_ok=False)
    assert found is not None and found.image.caption is not None and found.image.credit is not None
    assert found.image.caption.text == "جانب من السوق الشعبي في وسط المدينة."
    assert found.image.credit.text == "سامر الحديدي"


def test_a_labelled_date_line_is_a_notice_not_a_standfirst() -> None:
    assert page_notice("آخر تحديث: الأحد 9 آذار 2025 - 12:30 م")
    assert page_notice("Updated: 9/3 12:30")
    # a standfirst naming when something was published, with no label opening it, stays one
    assert not page_notice("The report published in 2024 found the river had shrunk")
    assert not page_notice("Updated guidance for parents")


def test_a_stopped_sentence_said_twice_with_no_credit_stays_body() -> None:
    line = "The bridge reopens in March, the council said."
    assert _twice(line, line) is None


def test_file_before_a_labelled_credit_stays_the_captions() -> None:
    line = "A tram at the depot on the ring road. File | Photo Credit: J. Roe"
    found = read_caption_block(line, 0, len(line), credit_only_ok=False)
    assert found is not None and found.image.caption is not None and found.image.credit is not None
    assert found.image.caption.text == "A tram at the depot on the ring road. File"
    assert found.image.credit.text == "J. Roe"
    # "File:" alone still labels the credit
    line = "A tram at the depot on the ring road. File: Jane Roe/Agency"
    found = read_caption_block(line, 0, len(line), credit_only_ok=False)
    assert found is not None and found.image.credit is not None
    assert found.image.credit.text == "Jane Roe/Agency"


def test_an_uncredited_caption_is_a_few_words_and_no_label() -> None:
    line = "A carved cedar door on a lane near the old harbour"
    found = uncredited_caption(line, 0, len(line))
    assert found is not None and found.caption is not None and found.caption.text == line
    for other in (
        "Kindly share this story:",
        "Dubai: Jane Roe",
        "Read more",  # too few words to describe a picture
        " ".join(["The scheme will remove parking spaces and add lanes to the station and hospital."] * 2),
    ):
        assert uncredited_caption(other, 0, len(other)) is None


def test_a_subscription_offer_saying_now_is_furniture() -> None:
    assert is_furniture("Abonnez-vous dès maintenant et profitez de tous nos articles.")
    assert is_furniture("Abonnez-vous à notre newsletter")
    assert not is_furniture("Abonnez-vous à la piscine municipale, disent les parents.")


def test_two_sentences_are_no_uncredited_caption() -> None:
    line = "Anglers say the pier is the only place left. Officials say it is falling apart."
    assert uncredited_caption(line, 0, len(line)) is None


def test_a_short_heading_said_twice_is_no_caption() -> None:
    assert _twice("Related Stories", "Related Stories") is None
