"""The page's box on the story's author under it, in its copy's shapes (``archivist.parse.structure``): the
byline's name alone over her post (``Kate Merrick`` over ``Agriculture reporter``), a paywall's lines under
them; the page's tags set between the story and a note on its author; a related box's label alone closing
the page under such a note. None is a subhead, a paragraph or the sign-off."""

from __future__ import annotations

import pytest

from archivist.parse import parse_text

STORIES = {
    "en": (
        "Growers around the district have started harvesting canola up to three weeks earlier than usual, "
        "with "
        "warm weather bringing crops forward.",
        "The early start has created some headaches, however, with contract harvesting crews still finishing "
        "jobs up north.",
        "A decent crop in the bin is what people need after the last couple of years, one grower said.",
        "The main receival site is expected to open to deliveries on Monday, a week ahead of schedule.",
    ),
    "fr": (
        "Les maraîchers de la vallée ont commencé la récolte des tomates avec trois semaines d'avance.",
        "La chaleur du mois de juin a fait mûrir les fruits plus tôt que prévu, selon la chambre "
        "d'agriculture.",
        "Les prix devraient rester stables jusqu'à la fin de l'été, estime le président de la coopérative.",
        "La coopérative prévoit d'embaucher une vingtaine de saisonniers de plus que l'an dernier.",
    ),
    "es": (
        "Los productores de café de la zona norte comenzaron la cosecha dos semanas antes de lo habitual.",
        "La falta de recolectores preocupa a las cooperativas, que piden ayuda al ministerio de Trabajo.",
        "El precio del quintal se mantiene estable por ahora, según la cámara de productores del cantón.",
        "La cámara pidió una reunión con el ministerio para revisar los permisos de trabajo temporales.",
    ),
}
BOXES = {
    "en": ("By Kate Merrick", "Kate Merrick", "Agriculture reporter"),
    "fr": ("Par Claire Vasseur", "Claire Vasseur", "Journaliste"),
    "es": ("Por Andrea Vargas Solano", "Andrea Vargas Solano", "Periodista de agronegocios"),
}
PAYWALL = ("Subscribe now for unlimited access.", "$0/", "(min cost $0)")


@pytest.mark.parametrize("language", sorted(STORIES))
@pytest.mark.parametrize("under", [(), PAYWALL])
def test_name_over_post_under_the_story(language: str, under: tuple[str, ...]) -> None:
    byline, name, post = BOXES[language]
    lines = ["Headline of the harvest story", byline, "March 3, 2026", *STORIES[language], name, post, *under]
    article = parse_text("\n".join(lines) + "\n")
    assert [section.heading for section in article.sections] == [None], language
    assert [p.text for s in article.sections for p in s.paragraphs] == list(STORIES[language])
    assert article.signoff is None
    if under:  # (the box closing the page is left out with the page's foot: its lines close no sentence)
        assert dict(article.evidence)["author-box"].rule == "author-name-over-title-left-out"


def test_name_over_a_long_paragraph_is_no_box() -> None:
    """The byline's name alone over a short line, then a paragraph as long as the story's: the story goes on
    (a list of its people), nothing is left out by this rule."""
    story = STORIES["en"]
    long = "She said the harvest would run until the end of November, and that prices " * 3
    lines = [
        "Headline of the harvest story",
        "By Kate Merrick",
        "March 3, 2026",
        *story,
        "Kate Merrick",
        "Farmer",
        long.strip(),
    ]
    article = parse_text("\n".join(lines) + "\n")
    assert "author-box" not in dict(article.evidence)


def test_other_name_over_post_is_no_box() -> None:
    story = STORIES["en"]
    lines = [
        "Headline of the harvest story",
        "By Kate Merrick",
        "March 3, 2026",
        *story,
        "Tom Vearing",
        "Association president",
    ]
    article = parse_text("\n".join(lines) + "\n")
    assert "author-box" not in dict(article.evidence)


LEAD_PICTURE = ("Grain grower Phil Haddon inspects a canola crop on his property.", "Picture by Les Smith")


def test_tags_over_the_note_on_the_author() -> None:
    """``Heatwave`` / ``Metro Trains`` between the story's last sentence and ``Jane Doe is a transport
    reporter …``: the page's tags, no paragraphs."""
    story = STORIES["en"]
    lines = [
        "Headline of the harvest story",
        "By Lachlan Dreyer",
        "March 3, 2026",
        *LEAD_PICTURE,
        *story,
        "Heatwave",
        "Metro Trains",
        "Lachlan Dreyer is a transport reporter for the paper.Connect via X or email.",
        "Most Viewed in National",
    ]
    article = parse_text("\n".join(lines) + "\n")
    assert [p.text for s in article.sections for p in s.paragraphs] == list(story)


@pytest.mark.parametrize("label", ["More From UAE", "Related stories", "Lire aussi"])
def test_label_alone_closing_the_page_under_the_note(label: str) -> None:
    story = STORIES["en"]
    lines = [
        "Headline of the harvest story",
        "Nadia Al Suwaidi, Senior Reporter",
        "March 3, 2026",
        *story,
        "Nadia Al Suwaidi is a Senior Reporter covering farming in the region.",
        label,
    ]
    article = parse_text("\n".join(lines) + "\n")
    assert [p.text for s in article.sections for p in s.paragraphs] == list(story)
