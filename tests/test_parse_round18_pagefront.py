"""Round 18's page fronts (``archivist.parse.frontlabels``, ``archivist.parse.front``), on lines written here
in several languages and house styles: pages copied whole, often without blank lines between the front's
lines, with section labels, kickers and breadcrumbs over the headline. Each rule has the case it must leave
alone."""

from __future__ import annotations

import pytest

from archivist.parse import parse_text
from archivist.parse.frontlabels import label_shape
from archivist.parse.furniture import is_furniture
from parse_helpers import note as _note
from parse_helpers import rule as _rule

_BODY = (
    "The council approved the plan on Tuesday after a two-hour debate in the chamber.\n\n"
    "Work is due to start in the spring and will take about a year to finish, officials said.\n\n"
    "The old crossing will stay open to walkers until the new one is ready next winter.\n"
)


# --------------------------------------------------------------------------- a front set without blank lines


@pytest.mark.parametrize(
    ("labels", "headline", "deck"),
    [
        (
            ["Inland"],
            "Gemeinderat stoppt den Bau der neuen Umgehungsstraße vorerst",
            "Die Kosten seien um ein Drittel gestiegen, sagt der Bürgermeister.",
        ),
        (
            ["Metro News"],
            "Harbour bridge to close for three weekends while cables are replaced",
            "Buses will replace the trams between the two terminals.",
        ),
        (
            ["Accueil", "Régions", "Occitanie"],
            "Sécheresse : les communes du Gard limitent l’arrosage des jardins",
            "Les restrictions entrent en vigueur lundi pour un mois.",
        ),
        (
            ["Etusivu", "Kotimaa", "Liikenne"],
            "Raitiotien rakentaminen viivästyy vuodella",
            "Kaupunki kertoo, että urakoitsija ei ole saanut kiskoja ajoissa.",
        ),
    ],
)
def test_labels_over_a_headline_set_tight(labels: list[str], headline: str, deck: str) -> None:
    text = "\n".join([*labels, headline, deck]) + "\n\nBy Jane Doe\n12.03.2026 08:15\n\n" + _BODY
    article = parse_text(text)
    assert article.headline is not None and article.headline.text == headline
    assert _rule(article, "headline") == "headline-under-front-labels"
    assert _note(article, "front") == "; ".join(labels)
    assert article.summary is not None and article.summary.text == deck
    assert len(article.paragraphs) == 3


def test_labels_over_a_headline_over_its_date_line_set_tight() -> None:
    text = (
        "Startseite\nWirtschaft\nEnergie\nStadtwerke senken den Gaspreis zum Frühjahr\n"
        "Stand: 04.02.2026 10:12 Uhr\n\n" + _BODY
    )
    article = parse_text(text)
    assert article.headline is not None
    assert article.headline.text == "Stadtwerke senken den Gaspreis zum Frühjahr"
    assert article.published is not None and article.published.date.value.startswith("2026-02-04")


@pytest.mark.parametrize(
    "text",
    [
        # a short headline over its deck set tight, a blank line under the deck: the headline stays
        "Storm Warning\nForecasters expect gusts of up to 120 km/h along the coast\n\nBy Jane Doe\n\n",
        # three capitalised words over a tight deck and a tight byline: a headline, not a label
        "Board Backs Ferry\nPassengers will have the last word on the new timetable\nBy Jane Doe\n\n",
        # a label ending in lower case over a tight line: no evidence it is a label
        "Storm warning\nForecasters expect gusts of up to 120 km/h along the coast tonight\nBy Jane Doe\n\n",
    ],
)
def test_a_short_headline_over_a_tight_deck_stays(text: str) -> None:
    article = parse_text(text + _BODY)
    assert article.headline is not None and article.headline.text == text.split("\n", 1)[0]


# ------------------------------------------------------------------------- the caption's credit, a byline


def test_a_name_under_a_caption_with_its_credit_line_is_the_byline() -> None:
    text = (
        "Nacional\nEl puerto amplía el horario de carga por la campaña de la fruta\n"
        "Camiones esperan en la entrada norte del puerto, el pasado lunes.\nJUAN PÉREZ\n"
        "Ana Ruiz\nValencia - 3 mar 2026 - 07:20 CET\n\n" + _BODY
    )
    article = parse_text(text)
    assert article.image is not None and article.image.credit is not None
    assert article.image.credit.text == "JUAN PÉREZ"
    assert article.byline is not None and article.byline.text == "Ana Ruiz"


def test_a_credit_line_under_a_caption_with_a_credit_run_in_stays_the_credit() -> None:
    """The caption runs its own credit in its line: the credit line under it is still the image's."""
    text = (
        "Ferry Fares To Rise In April\n\nBy Jane Doe\n\n"
        "Passengers board the morning ferry at Pier 4. (Photo: John Roe)\nHarbour Daily/John Roe\n\n" + _BODY
    )
    article = parse_text(text)
    assert article.image is not None and article.image.credit is not None
    assert article.image.credit.text == "Harbour Daily/John Roe"


# --------------------------------------------------------------------------- deck, byline, date set tight


@pytest.mark.parametrize(
    ("deck", "names", "date"),
    [
        ("Fares will rise by a tenth from April, the operator says.", ["By Jane Doe"], "March 3, 2026"),
        ("Die Kosten seien um ein Drittel gestiegen, sagt er", ["Anna Weber"], "03.03.2026 08:15"),
        (
            "Kommunen må spare 40 millioner kroner. – Det blir trangt, sier rådmannen.",
            ["Kari Nordmann", "Ola Hansen"],
            "Publisert: 03.03.2026 21:14",
        ),
        ("Il decreto sposta al 2027 le prime assegnazioni", ["di Maria Rossi"], "3 marzo 2026"),
    ],
)
def test_a_name_over_the_date_under_the_deck_is_the_byline(deck: str, names: list[str], date: str) -> None:
    headline = "Ferry operator to raise fares on the island routes"
    article = parse_text("\n".join(["Transport", headline, deck, *names, date]) + "\n\n" + _BODY)
    assert article.headline is not None and article.headline.text == headline
    assert article.summary is not None and article.summary.text == deck
    assert article.byline is not None and article.byline.text == "\n".join(names)
    assert article.image is None


def test_a_credit_line_with_no_date_under_it_stays_the_caption_credit() -> None:
    text = (
        "Ferry Fares To Rise In April\n\nMarch 3, 2026\n\n"
        "Passengers board the morning ferry at Pier 4.\nJane Doe\n\n" + _BODY
    )
    article = parse_text(text)
    assert article.image is not None and article.image.credit is not None
    assert article.image.credit.text == "Jane Doe"
    assert article.byline is None


# --------------------------------------------------------------------------- labels' shapes


@pytest.mark.parametrize(
    ("line", "words"),
    [
        ("U.S.", 1),  # initials with their stops: no sentence's stop
        ("World / U.K.", 1),
        ("Sport.", 0),  # a word and a stop: a sentence's end, as before
        ("He left the U.S.", 0),
    ],
)
def test_label_shape_closing_with_initials(line: str, words: int) -> None:
    assert label_shape(line)[0] == words


def test_a_masthead_and_a_section_in_initials_over_the_headline() -> None:
    headline = "Heat warning issued for six states as temperatures climb"
    article = parse_text(f"Channel Nine News\n\nU.S.\n\n{headline}\n\nBy Jane Doe\n\n" + _BODY)
    assert article.headline is not None and article.headline.text == headline
    assert article.summary is None


@pytest.mark.parametrize(
    ("line", "words"),
    [
        ("ホーム > 経済 > 金融", 1),  # a breadcrumb in a script without capitals
        ("사회 일반", 2),
        ("首页", 1),
        ("市議会が新しい図書館の建設を承認", 0),  # a headline without spaces: no label's word
    ],
)
def test_label_shape_in_scripts_without_capitals(line: str, words: int) -> None:
    assert label_shape(line)[0] == words


def test_a_breadcrumb_without_capitals_over_a_headline_without_spaces() -> None:
    headline = "市営バス、運転手不足で三路線を廃止へ　住民「通院できない」"
    article = parse_text(f"ホーム > 社会 > 地域\n\n{headline}\n\n2026/03/03 05:00\n\n" + _BODY)
    assert article.headline is not None and article.headline.text == headline
    assert _note(article, "front") == "ホーム > 社会 > 地域"


def test_a_short_headline_without_spaces_over_its_deck_stays() -> None:
    """A headline of several characters without spaces is no label's word: the line under it is its deck."""
    first = "関東で大雨警報"
    article = parse_text(f"{first}\n\n気象庁は三日、関東地方に大雨警報を出した\n\n" + _BODY)
    assert article.headline is not None and article.headline.text == first


# --------------------------------------------------------------------------- a headline joined to its byline


@pytest.mark.parametrize(
    ("headline", "byline", "authors"),
    [
        (
            "Grève des aiguilleurs : deux trains sur trois supprimés mardi dans toute la région",
            "Par Le Quotidien avec AFP",
            [],
        ),
        (
            "Measles cases rise for a third week as health ministry urges parents to vaccinate",
            "By JANE DOE and JOHN ROE",
            ["Jane Doe", "John Roe"],
        ),
    ],
)
def test_a_headline_as_long_as_the_longest_line_over_its_byline(
    headline: str, byline: str, authors: list[str]
) -> None:
    """The headline's line is the page's longest short line, so the byline under it looked hard-wrapped
    onto it: the byline is a line of its own."""
    text = f"Nation\n{headline}\n{byline}\nMarch 3, 2026\n\n" + _BODY
    article = parse_text(text)
    assert article.headline is not None and article.headline.text == headline
    assert article.byline is not None and article.byline.text == byline
    assert [person.name for person in article.authors] == authors


def test_a_headline_wrapped_over_two_lines_stays_whole() -> None:
    """A typewriter copy wrapped at one width: the headline's second line, opening with "by" but naming no
    one, carries the headline on."""
    headline = "Council votes to close three libraries and\nby the end of the year two swimming pools"
    body = (
        "The council approved the plan on\nTuesday after a two-hour debate.\n\n"
        "Work is due to start in the spring\nand will take about a year, officials said.\n"
    )
    article = parse_text(f"{headline}\n\nBy Jane Doe\n\n{body}")
    assert article.headline is not None and article.headline.text == headline


@pytest.mark.parametrize(
    ("line", "words"),
    [
        ("Home | Nation | World | Business | Science | Culture | Sport | Photos | Video", 1),  # a site's menu
        ("Inicio · España · Internacional · Economía · Sociedad · Cultura · Deportes", 1),
        ("Fire in the old mill | Police | Town | Court | Sport | Weather", 0),  # a part no label
        ("Home / Away: a family divided", 0),
    ],
)
def test_label_shape_of_a_menu(line: str, words: int) -> None:
    assert label_shape(line)[0] == words


def test_a_menu_over_the_headline() -> None:
    menu = "Home | Nation | World | Business | Science | Culture | Sport | Photos | Video"
    headline = "Survey finds glaciers in the western ranges shrank by a sixth in a decade"
    article = parse_text(f"{menu}\n\n{headline}\n\nSource: Wire News\n\n" + _BODY)
    assert article.headline is not None and article.headline.text == headline
    assert _note(article, "front") == menu


# ------------------------------------------------------------------------- a headline of two sentences


def test_a_headline_of_sentences_under_a_stack_of_labels() -> None:
    headline = "The pool closed in May. Swimmers raised the money to reopen it."
    deck = (
        "A club of pensioners held bake sales for a year, and the council has now matched what they raised."
    )
    article = parse_text(f"NEWS\nLocal\n\n{headline}\n\n{deck}\n\nBy Jane Doe\n\n" + _BODY)
    assert article.headline is not None and article.headline.text == headline
    assert article.summary is not None and article.summary.text == deck


@pytest.mark.parametrize(
    "labels",
    [
        "NEWS",  # one label over it: a short headline over its standfirst, as before
        "News\nLibrary Opens Sundays",  # a label of three words under a kicker: the headline
    ],
)
def test_a_sentence_under_a_short_headline_is_no_headline(labels: str) -> None:
    sentence = "The council voted on Tuesday to keep every branch open on Sundays."
    article = parse_text(f"{labels}\n\n{sentence}\n\n" + _BODY)
    assert article.headline is not None and article.headline.text != sentence


# ------------------------------------------------------------------------- a crumb ending in the headline


@pytest.mark.parametrize(
    "crumbs",
    ["News / City News / Leeds News", "Home › Regions › Bretagne", "Inicio | Local"],
)
def test_a_breadcrumb_ending_in_the_headline(crumbs: str) -> None:
    headline = "Council to fine landlords who leave homes empty for more than a year"
    article = parse_text(f"{crumbs} / {headline}\n\n{headline}\n\nBy Jane Doe\n\n" + _BODY)
    assert article.headline is not None and article.headline.text == headline
    assert article.summary is None


def test_a_crumb_ending_in_other_words_stays_the_headline() -> None:
    """The crumb's last part is printed nowhere under it: the line is no breadcrumb of this page."""
    first = "News / Council to fine landlords who leave homes empty"
    article = parse_text(
        f"{first}\n\nTenants' groups say the fines are too small to change anything\n\n" + _BODY
    )
    assert article.headline is not None and article.headline.text == first


# --------------------------------------------------------------------------- the page's notices and buttons


def test_a_subscribers_notice_among_the_labels() -> None:
    headline = "Dans le Jura, les communes se disputent l’eau des sources"
    deck = "Trois villages contestent le nouveau captage décidé par le syndicat des eaux."
    front = ["Planète", "Climat", "Article réservé aux abonnés", headline, deck, "Par Jeanne Martin"]
    text = "\n".join([*front, "Publié le 3 mars 2026"]) + "\n\n" + _BODY
    article = parse_text(text)
    assert article.headline is not None and article.headline.text == headline
    assert article.summary is not None and article.summary.text == deck


@pytest.mark.parametrize(
    "button",
    [
        "Lien copié",
        "Ouvir o texto",
        "Listen in Arabic",
        "Follow",
        "Short URL",
        "Why you can trust The Ledger",
    ],
)
def test_the_page_buttons_are_furniture(button: str) -> None:
    assert is_furniture(button)


def test_a_notice_first_on_the_page_is_no_label() -> None:
    """The notice counts among labels only under one: alone over the headline it is left as before."""
    headline = "Dans le Jura, les communes se disputent l’eau des sources"
    article = parse_text(f"Follow\n\n{headline}\n\nPar Jeanne Martin\n\n" + _BODY)
    assert article.headline is not None and article.headline.text == headline


def test_a_button_joined_under_the_headline_is_left_out() -> None:
    headline = "Heritage agency registers 140 new rock art sites in the southern mountains"
    text = f"Culture\n{headline}\nShort URL\nMarch 3, 2026 21:40\n\n" + _BODY
    article = parse_text(text)
    assert article.headline is not None and article.headline.text == headline
    assert article.byline is None


# --------------------------------------------------------------------------- a masthead with its particle


@pytest.mark.parametrize(
    ("line", "words", "strict"),
    [
        ("Gazeta de São Bento", 4, True),  # the particle not counted: three words
        ("Gazeta Nova de São Bento", 0, False),  # four words besides the particle: longer than a label's part
        ("RNT - Rádio Nacional de Timor", 4, True),  # a masthead's letters, a spaced dash, its name
        ("Jornal de Lisboa", 3, True),
        ("Arts and Culture", 3, True),
        ("Corriere della Sera", 3, True),
        ("Social affairs", 2, False),  # ending in lower case, as before
        ("the Mill Town", 0, False),  # opening in lower case
    ],
)
def test_label_shape_with_a_particle(line: str, words: int, strict: bool) -> None:
    assert label_shape(line) == (words, strict)


def test_a_masthead_with_a_particle_over_the_section_and_the_headline() -> None:
    headline = "Escolas municipais terão aulas de natação a partir de abril"
    deck = "Prefeitura diz que meta é atender 20 mil alunos; pais precisam assinar autorização"
    front = ["Jornal de Lisboa", "Cidades", "Ouvir o texto", headline, deck, "Ana Souza\n3 de março de 2026"]
    text = "\n\n".join(front) + "\n\n" + _BODY
    article = parse_text(text)
    assert article.headline is not None and article.headline.text == headline
    assert article.summary is not None and article.summary.text == deck


def test_a_standards_link_under_a_standfirst_of_two_lines() -> None:
    headline = "Island ferry fares to rise by up to a tenth from April"
    deck = (
        "The operator cites fuel and staff costs for the rise\nResidents say it comes on top of last year's"
    )
    front = ["Transport", headline, deck, "Why you can trust The Ledger", "Jane Doe", "Published: 3 Mar 2026"]
    article = parse_text("\n\n".join(front) + "\n\n" + _BODY)
    assert article.summary is not None and article.summary.text == deck


def test_a_sentence_on_trust_is_no_furniture() -> None:
    assert not is_furniture("Why you can trust the polls, and why you should not.")


def test_follow_us_between_the_headline_and_the_story_is_no_standfirst() -> None:
    headline = "City to fine landlords who leave homes empty for a year"
    text = (
        f"News / City\n\n{headline}\n\nJane Doe / Updated: Mar 3, 2026, 08:14 IST\n\nShare\n\nFollow us\n\n"
    )
    article = parse_text(text + _BODY)
    assert article.headline is not None and article.headline.text == headline
    assert article.summary is None


@pytest.mark.parametrize(
    ("line", "words"), [("kotaNews", 1), ("iPolitik / Berita", 1), ("news", 0), ("eh", 0)]
)
def test_label_shape_of_a_masthead_in_camel_case(line: str, words: int) -> None:
    assert label_shape(line)[0] == words


def test_a_masthead_in_camel_case_over_the_headline() -> None:
    headline = "Banjir Rob Rendam Tiga Kelurahan, 900 Warga Mengungsi"
    article = parse_text(
        f"kotaNews\nBerita\n\n{headline}\n\nSiti Rahma - kotaNews\n3 Mar 2026 14:05 WIB\n\n" + _BODY
    )
    assert article.headline is not None and article.headline.text == headline
    assert article.summary is None


def test_a_masthead_with_its_letters_over_the_section_and_the_headline() -> None:
    headline = "Gobierno rehabilita 120 escuelas en Sucre antes del cierre del año escolar"
    text = f"RNT - Radio Nacional de Tinaco\n\nNacionales\n\n{headline}\n\nPor: Ana Pérez\n\nMar 7, 2026\n\n"
    article = parse_text(text + _BODY)
    assert article.headline is not None and article.headline.text == headline
    assert article.summary is None
