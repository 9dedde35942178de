"""The article body of a web page (archivist.parse.html.body): one page per markup shape under
tests/pages/body-*.html, written for these tests. Each test checks the paragraphs and subheads found, what
is left out, and that every body element can be found again in the original page: its span (offsets into
the decoded page) resolves to its text, and its element's XPath resolves to an element holding that text."""

from __future__ import annotations

import html
import re
from pathlib import Path

import pytest
from lxml import html as lxml_html

from archivist.parse import parse_source
from archivist.parse.html.body import find_body
from archivist.parse.html.boilerplate import Boilerplate
from archivist.parse.html.document import drop_raw_text, parse_page_tree
from archivist.parse.html.loose import has_paragraph_breaks, runs
from archivist.parse.html.visible import find_headline
from archivist.record.model import Article, Span
from archivist.source import decode_source

PAGES = Path(__file__).parent / "pages"

# (heading or None, [paragraphs]) per section, in order.
EXPECTED: dict[str, list[tuple[str | None, list[str]]]] = {
    "body-inline-divs.html": [
        (
            None,
            [
                "The blue ferry that links the two halves of Saltmere harbour went back into service on "
                "Monday after four months in dry dock."
            ],
        ),
        (
            "New engines, same timetable",
            [
                "Engineers replaced both diesel engines with quieter units and refitted the passenger deck "
                "with heated benches.",
                "The crossing still takes eleven minutes, and the first boat leaves the north quay at half "
                "past six each morning.",
                "We missed it more than we expected, and so did the gulls.",
                "Regular passengers queued on the slipway before dawn to be on the first crossing of "
                "the season.",
                "The harbour board said the refit came in slightly under its budget of two hundred thousand "
                "pounds.",
            ],
        ),
    ],
    "body-affiliate-list.html": [
        (
            None,
            [
                "Garden centres and online shops have started their spring sales early this year, and some "
                "of the discounts are generous.",
                "We picked the offers that our testers would buy themselves, from hand tools to a cordless "
                "mower.",
                "30 per cent off the stainless steel hand trowel, now £9",
                "Half price on the expanding garden hose, 30 metres",
                "£80 off the cordless push mower with two batteries",
                "Prices were checked on Friday morning and may change over the weekend as stock runs out.",
                "Buy the tools you will use every week before the ones you will use once a year — our head "
                "tester",
            ],
        )
    ],
    "body-br-paragraphs.html": [
        (
            None,
            [
                "Volunteers spent Saturday planting apple and pear trees on the old railway land behind the "
                "school.",
                "The trees are heritage varieties grafted by the county orchard group over the past "
                "two winters.",
                "The land was handed to the community trust last year after a long campaign by residents.",
                "Each tree has been adopted by a family, who will water it through its first dry summer.",
                "The first fruit is expected in three or four years, weather allowing, organisers said.",
            ],
        )
    ],
    "body-infinite-scroll.html": [
        (
            None,
            [
                "The central library will open until eight in the evening on Saturdays and Sundays from next "
                "month.",
                "Staff said the change follows a survey in which most readers asked for later weekend hours.",
                "The reading room and the children's floor will both stay open for the extra hours, and the "
                "café on the ground floor will serve until half past seven.",
                "The library will hire four part-time assistants to cover the evenings, paid for from the "
                "savings of the new heating system installed last autumn.",
            ],
        )
    ],
    "body-split-chunks.html": [
        (
            None,
            [
                "Rowing coach Dana Holt has been named the Marsh club's coach of the year after her "
                "crews won "
                "four regional titles.",
                "Holt joined the club five seasons ago, when it had fewer than twenty members and one "
                "boat fit "
                "to race.",
                "She now trains more than ninety rowers, from juniors to veterans, on the river every "
                "weekend.",
                "I only ever asked them to turn up and try.",
                "The club will hold a dinner in her honour at the boathouse at the end of the month.",
            ],
        ),
        (
            "Past winners",
            [
                "2022: Sam Ortiz",
                "2021: Priya Nair",
                "2020: Luke Brand",
                "The award is voted on by members, and the ballot closes a week before the annual meeting in "
                "the spring.",
                "Nominations for next year open in September, the club secretary said.",
            ],
        ),
    ],
    "body-boxes-in-story.html": [
        (
            None,
            [
                "More than two hundred narrowboats moored three deep in the town basin on Saturday for the "
                "first canal festival since the lock gates were replaced.",
                "Crews came from as far as the northern coalfield canals, some travelling for a fortnight to "
                "arrive in time for the opening parade.",
                "The festival committee said the new gates had halved the time boats waited at the bottom "
                "lock, which once caused queues stretching past the gasworks.",
            ],
        ),
        (
            "Why the old player piano came back to the basin",  # kept though its id says "player"
            [
                "A restored player piano on the committee boat played music-hall songs each evening, paid "
                "for by a raffle held over the winter.",
            ],
        ),
        (
            "The Wharf Tearoom",  # a list item under its heading, picture or not: prose
            [
                "Scones served on the deck of an old coal barge, with a view of the lock flight.",
                # an offer beside its picture
                "A hand-made rope fender costs £18 at the chandlery, buy it here.",
                "Next year's festival will run over the same weekend, organisers said, once the towpath "
                "repairs near the aqueduct are finished.",
            ],
        ),
    ],
    "body-story-endings.html": [
        (
            None,
            [
                "Mary Quill, who has kept the seven locks of the Basin flight since 1984, worked her last "
                "shift on Sunday and handed her windlass to her deputy.",
                "Boaters queued at the top lock to thank her, and the canal trust presented her with a "
                "painting of the cottage where she lived for most of those years.",
                "Quill said the job had taught her to wait. “Every boat that comes through the lock is a "
                "small miracle of patience, and I have seen about a hundred thousand of them,” she said.",
                "Her deputy, Tom Fay, will keep the flight alone until the trust appoints a second keeper in "
                "the spring.",
            ],
        )
    ],
    "body-grid-chunks.html": [
        (
            None,
            [
                "Behind a green door on Mill Lane, Ada Price has mended valve radios for thirty-one years, "
                "and her waiting list now runs to the end of the summer.",
                "Most of the sets brought to her were bought by grandparents, and most of their owners want "
                "them to sound exactly as they did then.",
                "Price learned the trade from her father, who opened the shop in 1952 and kept a ledger of "
                "every set he repaired in a neat copperplate hand.",
                "The ledger runs to nine volumes, and she still looks up a set's first repair before she "
                "opens its case, in case her father left a note about it.",
                "She says the hardest part of the job is finding valves, which now come from collectors "
                "abroad and can cost more than the radio itself.",
            ],
        )
    ],
    "body-notices-teasers.html": [
        (
            None,
            [
                "The night market is back at the old tram depot, with sixty stalls selling food, plants and "
                "secondhand books every Friday.",
                "Organisers said the market would run until the end of October, with live music on the first "
                "Friday of each month.",
                "Stallholders pay a small fee that goes towards repairing the depot's glass roof, "
                "which leaked "
                "badly last winter.",
            ],
        )
    ],
}

# Text on each page that is not the story, and why.
LEFT_OUT: dict[str, list[str]] = {
    # links to other stories are left out where affiliate offers (rel=sponsored) are kept
    "body-affiliate-list.html": ["More from the garden desk", "Seed swap", "plant out tomatoes"],
    "body-inline-divs.html": [
        "Advertisement",
        "Lighthouse keeper",  # a teaser card: the block is one link
        "£4.50",  # a block without a letter
    ],
    "body-br-paragraphs.html": ["Cider festival", "Also read", "How to prune", "© 2024"],
    "body-infinite-scroll.html": ["cycle lane", "ring road"],  # the next story, longer than the page's own
    "body-split-chunks.html": ["Most read", "Bridge closed", "New bakery"],  # a box between two paragraphs
    "body-boxes-in-story.html": [
        "moored three deep in the basin",  # a caption marked imageCaption
        "swing bridge",  # ...imageEmbedCaption
        "Rita Vance",  # ...imageEmbedCredit
        "Lock keepers vote",  # a factbox of other stories
        "tiller pin",  # product callouts
        "Rope fender",
        "FESTIVAL AWARDS",  # a row of links set apart by bars
        "invalid file format",  # a video player's messages
        "browser that can play",
        "Lockside Brass Band",  # a long caption repeating its picture's alt text, in a box of its own
        "heron waits",  # a caption beside the empty placeholder of a lazy-loaded picture
    ],
    "body-story-endings.html": [
        "— Mary Quill",  # a pull quote's attribution (the pull quote repeats the story's own words)
        "Image via",
        "contributed to this report",
        "edited for length",
        "Rivers and Canals Reporter",  # the writer's title and bio
        "For more information",
        "Listen to the podcast",  # a label introducing nothing
        "Canal Wire",  # a sign-off
    ],
    "body-grid-chunks.html": ["Sponsored", "bakery"],  # a promo cell between chunks; a chunk outside
    "body-notices-teasers.html": [
        "Support local news",  # hidden by a utility class
        "a small gift",
        "Sign up",
        "Advertisement",
        "Correction, 4 April",
        "Follow the Depot Quarter",
        "originally appeared",
        "All rights reserved",
        "RELATED CONTENT",
        "Food",
        "Tram museum",  # teasers beside the story's <article>
        "Depot roof appeal",
    ],
}


def read(name: str) -> tuple[str, Article]:
    data = (PAGES / name).read_bytes()
    return data.decode("utf-8"), parse_source(decode_source(data, filename=name))


def resolve(page: str, span: Span) -> str:
    """The text a span stands for (the record's span contract, written independently of the reader):
    markup with comments, script/style elements and tags removed, references decoded, white space
    collapsed."""
    markup = page[span.start : span.end]
    markup = re.sub(r"<!--.*?-->|<(script|style)\b.*?</\1\s*>|<[^>]*>", "", markup, flags=re.S | re.I)
    return " ".join(html.unescape(markup).split())


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_body_paragraphs_and_subheads(name: str) -> None:
    _page, article = read(name)
    found = [
        (s.heading.text if s.heading else None, [p.text for p in s.paragraphs]) for s in article.sections
    ]
    assert found == EXPECTED[name]


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_what_is_not_the_story_stays_out(name: str) -> None:
    _page, article = read(name)
    body = article.body_text
    for text in LEFT_OUT[name]:
        assert text not in body, text


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_every_body_element_resolves_back_to_its_text(name: str) -> None:
    page, article = read(name)
    elements = [s.heading for s in article.sections if s.heading] + [
        p for s in article.sections for p in s.paragraphs
    ]
    assert elements
    for element in elements:
        assert 0 <= element.span.start < element.span.end <= len(page)
        assert resolve(page, element.span) == element.text
    starts = [p.span.start for s in article.sections for p in s.paragraphs]
    assert starts == sorted(starts)  # reading order is page order


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_every_body_block_has_an_xpath_to_an_element_holding_its_text(name: str) -> None:
    tree = parse_page_tree((PAGES / name).read_text(encoding="utf-8"), where=name)
    drop_raw_text(tree)
    _container, blocks = find_body(tree, find_headline(tree, []))
    document = tree.getroottree()
    assert blocks
    for block in blocks:
        path = document.getpath(block.element)
        (element,) = tree.xpath(path)
        assert element is block.element
        assert block.text in " ".join(element.text_content().split())


def test_runs_cut_at_double_breaks_and_blocks_but_not_single_breaks() -> None:
    element = lxml_html.fragment_fromstring(
        "<div>First <b>part</b><br>same paragraph<br> <br>Second part<p>inside</p>Third part</div>"
    )
    assert [run.text for run in runs(element)] == ["First part same paragraph", "Second part", "Third part"]
    assert has_paragraph_breaks(element)
    single = lxml_html.fragment_fromstring("<p>One line<br>next line</p>")
    assert not has_paragraph_breaks(single)


@pytest.mark.parametrize(
    ("classes", "hidden"),
    [("hidden", True), ("box d-none", True), ("hidden md:block", False), ("d-none d-lg-block", False)],
)
def test_a_utility_class_hides_only_when_no_screen_shows_it(classes: str, hidden: bool) -> None:
    element = lxml_html.fragment_fromstring(f'<div class="{classes}">Some words here</div>')
    assert Boilerplate().is_boilerplate(element) is hidden


@pytest.mark.parametrize(
    ("classes", "boilerplate"),
    [
        ("ConsentBannerTitle-lx1", True),  # a component name: its words are read
        ("MixedMediaCarouselItem", True),
        ("caas-body enableAdSlots disableReadMore", False),  # lower-case camel names are flags, not parts
        ("StoryBodyText", False),
        ("read-more-container theme-news", True),  # "read more" as two words: a box of other stories
        ("article-body read_more", True),
    ],
)
def test_component_class_names_are_read_word_by_word(classes: str, boilerplate: bool) -> None:
    element = lxml_html.fragment_fromstring(f'<div class="{classes}">Some words here</div>')
    assert Boilerplate().is_boilerplate(element) is boilerplate
