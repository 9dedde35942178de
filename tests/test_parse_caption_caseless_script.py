"""A caption in a script written without case (Georgian, whose letters Unicode files as lower case) set
tight under the front's lines: the lead picture's caption, no front line carried on in lower case; a Latin
line opening in lower case still carries the line above on. All articles here are written for these tests."""

from __future__ import annotations

import pytest

from archivist.parse import parse_text

_GEORGIAN_BODY = (
    "ბათუმის საკრებულომ ოთხშაბათს ახალი ნავსადგურის მშენებლობის პროექტი დაამტკიცა. "
    "გადაწყვეტილებას 30 დეპუტატიდან 19-მა დაუჭირა მხარი.\n"
    "პროექტის მიხედვით, მშენებლობა 2026 წლის გაზაფხულზე დაიწყება და ორ წელიწადს გაგრძელდება.\n"
)


@pytest.mark.parametrize(
    ("caption", "credit"),
    [
        ("ბათუმის ძველი ნავსადგური, სადაც ახალი ნავმისადგომი აშენდება", "ლევან ჯაფარიძე"),
        ("ნავსადგურის ტერიტორია ზღვიდან", "ნინო ბერიძე"),
    ],
)
def test_a_georgian_caption_under_the_date_line_is_the_pictures(caption: str, credit: str) -> None:
    text = (
        "მთავარი\nრეგიონები\nბათუმში ახალი ნავსადგურის პროექტი დაამტკიცეს\nავტორი: თამარ გელაშვილი\n"
        f"17.04.2025 14:32\n{caption}\nფოტო: {credit}\n" + _GEORGIAN_BODY
    )
    image = parse_text(text).image
    assert image is not None and image.caption is not None and image.credit is not None
    assert (image.caption.text, image.credit.text) == (caption, credit)


def test_a_latin_line_in_lower_case_still_carries_the_date_line_on() -> None:
    text = (
        "Council approves the new harbour at last\nBy Jane Roe\nPosted at 5:42 PM\nand last updated 6:10 PM\n"
        "The council approved the plan for a new harbour on Wednesday after a long debate in the chamber.\n"
        "Work is to start next spring and will take about two years, the council's engineer said.\n"
    )
    article = parse_text(text)
    paragraphs = [p.text for section in article.sections for p in section.paragraphs]
    assert "and last updated 6:10 PM" not in paragraphs
    assert article.image is None
