"""The lead picture's caption among the lines over and in the story: the headline's opening words again
over the story (the title of the page's share box) are no caption, so a caption the page prints twice
below is read; a credit line alone in the body (``Photo Credit: ANI``) set tight under a short line takes
that line for its caption, and only then. All articles here are written for these tests."""

from __future__ import annotations

from archivist.parse import parse_text

_TABLOID = """Home
News
Sport
Baker who banned cash from her shop says queues are SHORTER than ever - and customers 'love it'
Mary Tolland, 44, stopped taking notes and coins at her bakery in Leeds in March
Customers now pay by card or phone at the till
By JANE ROE FOR EXAMPLENEWS
PUBLISHED: 10:02 GMT, 4 May 2025 | UPDATED: 11:15 GMT, 4 May 2025
Share or comment on this article:
Baker who banned cash from her shop says queues are SHORTER than ever
e-mail
27
View comments
A baker who stopped taking cash says her queues are shorter than they have ever been.
Mary Tolland, 44, made the change at her bakery in Leeds in March after two break-ins in a year.
She told ExampleNews the card reader paid for itself within a month of going in.
Mary Tolland, 44, behind the counter of her bakery with the card reader by the till
Mary Tolland, 44, behind the counter of her bakery with the card reader by the till
'People said I would lose half my trade,' she said. 'I have lost none of it.'
Regulars say the queue moves faster now that nobody waits for change.
She plans to open a second shop in Harrogate next year.
"""


def test_the_headlines_opening_words_over_the_story_are_no_caption() -> None:
    article = parse_text(_TABLOID)
    assert article.image is not None and article.image.caption is not None
    caption = "Mary Tolland, 44, behind the counter of her bakery with the card reader by the till"
    assert article.image.caption.text == caption
    assert all(not p.text.startswith("Baker who banned cash") for p in article.paragraphs)


_WIRE = """Two Leopard Cubs Rescued From Sugarcane Field

By Asha Rao

May 4, 2025

Nashik, May 4 (ANI) Two leopard cubs were found in a sugarcane field by farmers harvesting the crop on \
Saturday, forest officials said.

The cubs were handed back to their mother after a night under watch.
{credit}

The cubs, about six weeks old, were kept in a crate near the field overnight so their mother could find them.

The mother returned before dawn and carried both cubs away, a forest guard said.

Farmers have been asked to harvest the remaining fields in daylight only.
"""


def test_a_labelled_credit_line_in_the_body_takes_the_short_line_over_it_for_its_caption() -> None:
    for credit, name in (("Photo Credit: ANI", "ANI"), ("Photo: Ravi Kumar", "Ravi Kumar")):
        article = parse_text(_WIRE.format(credit=credit))
        assert article.image is not None
        assert article.image.credit is not None and article.image.credit.text == name
        caption = "The cubs were handed back to their mother after a night under watch."
        assert article.image.caption is not None and article.image.caption.text == caption
        assert all(p.text != caption for p in article.paragraphs)


def test_a_credit_line_with_a_blank_line_over_it_takes_no_caption() -> None:
    article = parse_text(_WIRE.format(credit="\nPhoto Credit: ANI"))
    assert article.image is not None and article.image.caption is None
    assert article.image.credit is not None and article.image.credit.text == "ANI"
    assert any(p.text.startswith("The cubs were handed back") for p in article.paragraphs)
