"""The web reader's lead image: which picture is the lead one, and its caption split from its credit.

Each page in tests/pages/caption-*.html was written for these tests (made-up stories on `.example` sites)
and imitates one markup shape met on news sites; the fragments below are made up too. The alt text read
with the picture is carried into the NewsML-G2 picture item and the ninjs picture association.
"""

from __future__ import annotations

import json
from datetime import datetime, timezone
from pathlib import Path

import pytest
from lxml import html as lxml_html

from archivist.parse import parse_file, parse_source
from archivist.parse.html.caption import read_caption, split_caption_text
from archivist.record.model import Article
from archivist.render import render_documents
from archivist.render.context import RenderContext
from archivist.render.newsml import ALT_TEXT_ROLE
from archivist.source import decode_source, read_source
from archivist.validate.newsml import NAMESPACES, newsml_problems
from archivist.validate.ninjs import ninjs_problems
from archivist.validate.xmlsafe import parse_xml
from test_parse_html import resolve

PAGES = Path(__file__).parent / "pages"

# page → (url, caption, credit, alt) of the lead image
EXPECTED = {
    # A caption <div> and, beside it, a <figcaption> that is the credit line.
    "caption-credit-beside.html": (
        "https://img.tidewater.example/lanterns-800.jpg",
        "Children carry paper lanterns along the quay during the autumn parade in Port Wenlow.",
        "Rosa Delgado/Tidewater Courier",
        "Paper lanterns over dark water",
    ),
    # A picture loaded by script (an empty placeholder), its caption the body's first block, a credit
    # line beside the caption and the caption repeating the credit in brackets.
    "caption-script-loaded.html": (
        None,
        "A customer leaves a Crumb & Co bakery in Ashby on Friday.",
        "Leo Brandt | Northern Pictures | Wire Images",
        None,
    ),
    # A video player with a caption above the body, then a photo: the photo is the lead image.
    "caption-video-then-photo.html": (
        "https://media.ferrynews.example/photos/pier-repair.jpg",
        "Workers finish the new deck of Kelvik pier on Sunday.",
        "Ingrid Sol/Ferry News",
        "Workers on a rebuilt pier",
    ),
    # The picture and its caption inside the header that holds the headline; a WordPress wp-caption
    # inside the block that holds the body is not the lead.
    "caption-header-picture.html": (
        "https://choirnews.example/uploads/2025/05/ellwood-choir.jpg",
        "The Ellwood Village Choir sings in the final round in Leeds, May 10, 2025.",
        "AP Photo/Nadia Kerr",
        "A choir on a stage",
    ),
    # A hero figure showing a credit only, in a header whose class says "single-author".
    "caption-credit-shapes.html": (
        "https://pics.railway.example/night-train.jpg",
        None,
        "Alpine Rail/handout",
        "A sleeper train at a mountain station",
    ),
    # Caption and credit as two inline parts with nothing between them, no class naming the credit.
    "caption-inline-parts.html": (
        "https://science.example/img/kelp.jpg",
        "Divers counted kelp plants along a transect off Cape Mora.",
        "Lena Ortiz/Coastal Survey",
        "Kelp under water",
    ),
    # The figure's own class says it is the primary image, beside a layout word ("side-rail__offset")
    # that would leave a teaser out; its caption is a labelled credit alone.
    "caption-primary-image.html": (
        "https://recipes.example/img/chilli.jpg",
        None,
        "Ines Moreau",
        "A pot of chilli with bowls of rice",
    ),
    # A caption that is only a name: the alt text says the same, so it describes the picture.
    "caption-ambiguous.html": ("https://estuary.example/img/sea-wren.jpg", "Sea Wren", None, "Sea Wren"),
    # The lead figure has no caption; a teaser's screen-reader-only caption is not one: og:image only.
    "caption-teaser-only.html": ("https://library.example/img/share-card.jpg", None, None, None),
}


@pytest.fixture(scope="module")
def parsed() -> dict[str, Article]:
    return {name: parse_file(PAGES / name) for name in EXPECTED}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_lead_image(name: str, parsed: dict[str, Article]) -> None:
    image = parsed[name].image
    assert image is not None
    got = (
        image.url,
        image.caption.text if image.caption else None,
        image.credit.text if image.credit else None,
        image.alt.text if image.alt else None,
    )
    assert got == EXPECTED[name]


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_image_spans_resolve_to_their_text(name: str, parsed: dict[str, Article]) -> None:
    image = parsed[name].image
    assert image is not None
    page = read_source(PAGES / name).text
    for part in (image.caption, image.credit, image.alt):
        if part is not None:
            assert resolve(page, part.span) == part.text


def test_the_lead_caption_is_not_a_paragraph(parsed: dict[str, Article]) -> None:
    article = parsed["caption-script-loaded.html"]
    assert [p.text[:20] for p in article.paragraphs] == [
        "The bakery chain Cru",
        "About ninety staff w",
        "The chain opened its",
    ]
    evidence = dict(article.evidence)["image"]
    assert (evidence.rule, evidence.note) == ("lead-figure", "credit: credit-element-beside")


def test_a_lazy_picture_placeholder_is_not_its_address() -> None:
    page = (
        '<html><body><h1>Dam repairs finish early</h1><div class="body"><figure>'
        '<picture><source srcset="https://dams.example/img/dam-1200.webp" type="image/webp">'
        '<img class="lazyload" srcset="/assets/pixel.gif" alt="A dam"></picture>'
        "<figcaption>The dam seen from the valley floor. (Photo: Hal Brook)</figcaption></figure>"
        "<p>Repairs to the Lowmoor dam finished two months early, the water company said on Tuesday.</p>"
        "<p>The reservoir will be refilled over the winter and reopen to sailing boats in the spring.</p>"
        "</div></body></html>"
    )
    article = parse_source(decode_source(page.encode(), filename="dam.html"))
    assert article.image is not None
    assert article.image.url == "https://dams.example/img/dam-1200.webp"
    caption, credit = article.image.caption, article.image.credit
    assert caption is not None and caption.text == "The dam seen from the valley floor."
    assert credit is not None and credit.text == "Hal Brook"


@pytest.mark.parametrize(
    ("text", "caption", "credit"),
    [
        # A bracketed credit whose agency name holds a word that is also a label ("Images").
        (
            "Divers at the wreck on Monday. (Jo Marsh/Getty Images North America/TNS)",
            "Divers at the wreck on Monday.",
            "Jo Marsh/Getty Images North America/TNS",
        ),
        # A credit alone, with an initial that looks like the end of a sentence.
        ("AP Photo/J. Q. Sample", None, "AP Photo/J. Q. Sample"),
        ("Pat Rowe | Coast Images", None, "Pat Rowe | Coast Images"),
        # Labels.
        ("A fox in the snow. Picture: Ann Lee/Wild Pics", "A fox in the snow.", "Ann Lee/Wild Pics"),
        ("Enlarge / The bridge at dawn. Photograph: Kai Moss", "The bridge at dawn.", "Kai Moss"),
        # "images" inside the caption's own words is not a credit label.
        (
            "The singer shared images to her page on Friday in which she walks on the beach",
            "The singer shared images to her page on Friday in which she walks on the beach",
            None,
        ),
        # A short caption of ordinary words stays a caption.
        ("Crowds at the opening", "Crowds at the opening", None),
    ],
)
def test_split_caption_text(text: str, caption: str | None, credit: str | None) -> None:
    assert split_caption_text(text) == (caption, credit)


def _figure(markup: str) -> lxml_html.HtmlElement:
    return lxml_html.fragment_fromstring(markup)


def test_a_credit_element_wins_over_the_caption_repeating_it() -> None:
    box = _figure(
        '<figure><img src="a.jpg"><figcaption><p>Walkers on the ridge. (Photo courtesy of Hill Club)</p>'
        '<span class="image-credit">Hill Club</span></figcaption></figure>'
    )
    reading = read_caption(box, box.find("figcaption"))
    assert (reading.caption, reading.credit) == ("Walkers on the ridge.", "Hill Club")
    assert reading.rule == "credit-element"
    assert reading.credit_element is not None and reading.credit_element.get("class") == "image-credit"


def test_a_byline_beside_the_caption_is_not_its_credit() -> None:
    box = _figure(
        '<div><img src="a.jpg"><div class="meta"><span class="author">Sam Writer</span></div>'
        '<p class="caption">Snow on the pass road.</p></div>'
    )
    assert read_caption(box, box.find_class("caption")[0]) == ("Snow on the pass road.", None, None, None)


def test_a_name_alone_is_a_credit_unless_the_alt_says_it() -> None:
    box = _figure(
        '<figure><img src="a.jpg" alt="Harbour at night"><figcaption>Odile Marchetti</figcaption></figure>'
    )
    assert read_caption(box, box.find("figcaption"), "Harbour at night")[:2] == (None, "Odile Marchetti")
    assert read_caption(box, box.find("figcaption"), "Odile Marchetti")[:2] == ("Odile Marchetti", None)


# --- the alt text in the published documents ------------------------------------------------------------


def test_alt_text_reaches_newsml_g2_and_ninjs(parsed: dict[str, Article]) -> None:
    article = parsed["caption-credit-beside.html"]
    context = RenderContext(ingest_time=datetime(2025, 1, 1, tzinfo=timezone.utc))
    documents = render_documents(article, context)  # each validated against its official schema first
    picture = documents["newsml-picture.xml"]
    assert [p for p in newsml_problems(picture, file="newsml-picture.xml") if p.severity == "error"] == []
    root = parse_xml(picture).getroot()
    described = [
        (d.get("role"), d.get("roleuri"), d.text)
        for d in root.xpath("nar:contentMeta/nar:description", namespaces=NAMESPACES)
    ]
    assert described == [
        ("drol:caption", None, EXPECTED["caption-credit-beside.html"][1]),
        (None, ALT_TEXT_ROLE, "Paper lanterns over dark water"),
    ]
    ninjs = documents["ninjs.json"]
    assert [p for p in ninjs_problems(ninjs, file="ninjs.json") if p.severity == "error"] == []
    (association,) = json.loads(ninjs)["associations"]
    assert association["descriptions"][1] == {
        "role": "alt",
        "contentType": "text/plain",
        "value": "Paper lanterns over dark water",
    }


def test_no_alt_text_no_alt_description(parsed: dict[str, Article]) -> None:

    documents = render_documents(parsed["caption-script-loaded.html"])
    (association,) = json.loads(documents["ninjs.json"])["associations"]
    assert [d["role"] for d in association["descriptions"]] == ["caption"]
    assert b"attr-img-alt" not in documents["newsml-picture.xml"]


def test_a_credit_line_right_after_the_figure_is_its_credit() -> None:
    wrapper = _figure(
        '<div><figure><img src="a.jpg"><figcaption><p>The new tablet in blue.</p></figcaption></figure>'
        '<p class="imageCredit">Gadget Lab</p><p class="byline">Kim Writer</p></div>'
    )
    box = wrapper.find("figure")
    reading = read_caption(box, box.find("figcaption"))
    assert (reading.caption, reading.credit) == ("The new tablet in blue.", "Gadget Lab")
    assert reading.credit_element is not None and reading.credit_element.get("class") == "imageCredit"
    assert reading.rule == "credit-element-beside"


def test_the_captions_own_brackets_are_kept_beside_a_credit_element() -> None:
    box = _figure(
        '<figure><img src="a.jpg"><figcaption>The mayor at her desk (file photo) '
        '<span class="credit">(City Hall Press)</span></figcaption></figure>'
    )
    reading = read_caption(box, box.find("figcaption"))
    assert (reading.caption, reading.credit) == ("The mayor at her desk (file photo)", "City Hall Press")
