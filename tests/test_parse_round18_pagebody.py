"""The general rules round 18 added to the body of a page copied whole, on lines written here in several
house styles and languages, each with the case it must leave alone: a page with no blank line anywhere
(each line one of the page's elements, none a wrapped piece)."""

from __future__ import annotations

from archivist.parse import parse_text
from archivist.parse.blocks import split_blocks

_HEADLINE = "Harbour ferry timetable cut for the winter"
_LONG = (
    "The ferry between the two islands will sail once a day from next month, the operator said on Monday "
    "after a meeting with the harbour board.",
    "The operator blamed a shortage of crew and the rising cost of fuel for the cut to the timetable, which "
    "islanders had feared since the summer.",
    "Islanders said the change would make it harder to reach the hospital on the mainland in winter, when "
    "the road bridge is often closed by the wind.",
)


def _paragraphs(text: str) -> list[str]:
    return [paragraph.text for paragraph in parse_text(text).paragraphs]


# --------------------------------------------------------------------------- a page with no blank lines


def test_a_page_without_blank_lines_has_no_wrapped_lines() -> None:
    closing = ["The board meets again on Friday.", "Tags"]
    text = "\n".join([_HEADLINE, "By Ann Lee", "March 3, 2026", *_LONG, *closing])
    blocks = [block.text for block in split_blocks(text)]
    assert "The board meets again on Friday." in blocks  # not run into "Tags" as one wrapped paragraph
    assert "Tags" in blocks
    assert all(block.is_single_line for block in split_blocks(text))


def test_a_page_in_another_language_without_blank_lines() -> None:
    lines = [
        "Fähre fährt im Winter nur noch einmal am Tag",
        "Von Anna Berg",
        "Die Fähre zwischen den beiden Inseln fährt ab dem kommenden Monat nur noch einmal am Tag, teilte "
        "die Reederei am Montag mit.",
        "Die Reederei nannte den Mangel an Personal und die gestiegenen Kosten für Treibstoff als Gründe "
        "für den neuen Fahrplan.",
        "Die Inselbewohner fürchten, dass der Weg ins Krankenhaus auf dem Festland im Winter schwerer wird, "
        "wenn die Brücke gesperrt ist.",
        "Der Rat tagt am Freitag.",
        "Schlagwörter",
    ]
    blocks = split_blocks("\n".join(lines) + "\n")
    assert [block.text for block in blocks] == lines


def test_a_hard_wrapped_text_without_blank_lines_keeps_its_paragraphs_whole() -> None:
    # Wrapped at 60 columns, no line longer than the wrap: the lines are pieces of paragraphs.
    text = (
        "The ferry between the two islands will sail once a day from\n"
        "next month, the operator said on Monday after a meeting\n"
        "with the harbour board.\n"
    )
    assert len(split_blocks(text)) == 1


def test_a_page_with_blank_lines_keeps_its_wrapped_paragraph_whole() -> None:
    # Blank lines between the paragraphs: a wrapped paragraph's lines stay one block beside long lines.
    wrapped = "The board meets again on Friday, when the islanders will\nbe heard on the timetable."
    text = "\n\n".join([_HEADLINE, "By Ann Lee", *_LONG, wrapped]) + "\n"
    assert wrapped in [block.text for block in split_blocks(text)]
    assert len(_paragraphs(text)) == 4
