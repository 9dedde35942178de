"""The front rules learnt from round 17's misses (``archivist.parse.frontlabels``, ``archivist.parse.front``),
on articles written here in several languages and house styles: a menu bar copied as items set apart by
runs of spaces, section labels in scripts that set their words apart without capitals, a subhead opening
with a place and a colon. Each rule has the cases it must leave alone."""

from __future__ import annotations

import pytest

from archivist.parse import parse_text
from archivist.parse.dateline import find_dateline
from archivist.parse.front import _spaced_button_row
from archivist.parse.frontlabels import label_shape
from parse_helpers import BRIDGE_BODY
from parse_helpers import note as _note
from parse_helpers import rule as _rule

# --------------------------------------------------------------------------- a menu bar set apart by spaces


@pytest.mark.parametrize(
    ("labels", "headline", "standfirst"),
    [
        (
            ["The Harbour Post", "News   Business   Sport   Opinion   Weather"],
            "Ferry operator adds a night crossing to the islands from June",
            "The new service leaves the mainland at 11pm on Fridays and Saturdays.",
        ),
        (
            ["Dnevni list", "Vijesti  Sport  Magazin  Auto"],
            "Grad od ožujka uvodi naplatu parkiranja u još trideset ulica",
            "Sat parkiranja stajat će 0,70 eura, a dnevna karta pet eura.",
        ),
        (
            ["Вечірній Київ", "Головне   Новини   Колонки   Відео"],
            "Місто відкриває нову лінію тролейбуса до Троєщини",
            "Перші машини вийдуть на маршрут у понеділок зранку.",
        ),
        (
            ["Labarai   Wasanni   Bidiyo   Sauti"],
            "Gwamnati ta kaddamar da sabon asibiti a birnin Kano",
            "Asibitin zai dauki marasa lafiya dari biyu a kowace rana.",
        ),
    ],
)
def test_a_menu_bar_of_spaced_items_over_the_headline_is_left_out(
    labels: list[str], headline: str, standfirst: str
) -> None:
    text = "\n".join(labels) + "\n\n" + headline + "\n\n" + standfirst + "\n\nBy Jane Doe\n\n" + BRIDGE_BODY
    article = parse_text(text)
    assert article.headline is not None and article.headline.text == headline
    assert _rule(article, "headline") == "headline-under-front-labels"
    assert _note(article, "front") == "; ".join(labels)
    assert article.summary is not None and article.summary.text == standfirst


@pytest.mark.parametrize(
    "line",
    [
        "Council approves  new budget for the harbour",  # one double space in a headline: no menu
        "Council  approves  the budget",  # two gaps: fewer than a menu's items
        "Residents  say  the  new  timetable  ignores  them  completely",  # a sentence, its words spaced
    ],
)
def test_spaces_in_a_headline_make_no_menu(line: str) -> None:
    assert label_shape(line) == (0, False)


def test_a_spaced_headline_stays_the_headline() -> None:
    headline = "Council approves  new budget for the harbour"
    article = parse_text(headline + "\n\nBy Jane Doe\n\n" + BRIDGE_BODY)
    assert article.headline is not None and article.headline.text == headline
    assert _rule(article, "headline") == "first-block-headline-shaped"


# ---------------------------------------------------------- labels in scripts without capitals, words spaced


@pytest.mark.parametrize(
    ("labels", "headline"),
    [
        (
            ["الخليج", "الرئيسية  ›  الإمارات  ›  صحة"],
            "هيئة الصحة تطلق خدمة جديدة للتطعيم في المنازل لكبار السن",
        ),
        (["होम › देश › दिल्ली"], "दिल्ली मेट्रो की नई लाइन पर अगले महीने से शुरू होगा परीक्षण"),
        (["חדשות  |  מדע וסביבה"], "חוקרים מצאו שהאלמוגים במפרץ שרדו את גל החום של הקיץ"),
    ],
)
def test_section_labels_in_spaced_uncased_scripts_are_left_out(labels: list[str], headline: str) -> None:
    standfirst = "Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor."
    text = "\n".join(labels) + "\n\n" + headline + "\n\n" + standfirst + "\n\n" + BRIDGE_BODY
    article = parse_text(text)
    assert article.headline is not None and article.headline.text == headline
    assert _note(article, "front") == "; ".join(labels)


@pytest.mark.parametrize(
    ("line", "size"),
    [
        ("الخليج", 1),  # a masthead of one word of six letters
        ("होम › देश › दिल्ली", 1),  # Devanagari's vowel signs belong to the word
        ("社会", 1),  # a Chinese label of two characters still a label
    ],
)
def test_uncased_label_words(line: str, size: int) -> None:
    assert label_shape(line)[0] == size


@pytest.mark.parametrize(
    "line",
    [
        "名古屋市水道料金過大請求",  # Chinese characters run together: a headline, no label word
        "المستشفياتالحكوميةالجديدة",  # one run of letters longer than any word
    ],
)
def test_long_uncased_runs_are_no_labels(line: str) -> None:
    assert label_shape(line)[0] == 0


# ----------------------------------------------------------------- a subhead opening with a place and a colon


@pytest.mark.parametrize(
    "subhead",
    [
        "Stanari: Parkiraju nam ljudi koji idu na posao u centar",
        "Anwohner: Wir finden abends keinen Parkplatz mehr",
        "Residents: We cannot park near our own homes any more",
    ],
)
def test_a_subhead_with_a_kicker_is_no_dateline(subhead: str) -> None:
    body = (
        "The city will charge for parking in thirty more streets from March, officials said on Tuesday.\n\n"
        "An hour will cost 70 cents and a day ticket five euros, the transport office said.\n\n"
        "Officials said the aim was to free spaces for people who live in the area.\n\n"
        + subhead
        + "\n\nPeople who live there say commuters take every space by eight in the morning.\n"
    )
    article = parse_text("City extends paid parking to thirty more streets\n\nBy Jane Doe\n\n" + body)
    assert article.dateline is None
    assert article.summary is None
    assert [section.heading.text for section in article.sections if section.heading] == [subhead]


@pytest.mark.parametrize(
    ("opening", "place"),
    [
        (
            "Kuala Lumpur: The state will add ten trains to the line by next year, the operator said.",
            "Kuala Lumpur",
        ),
        ("Dubai: The health authority opened a home vaccination service for older residents.", "Dubai"),
    ],
)
def test_a_paragraph_opening_with_its_place_keeps_the_dateline(opening: str, place: str) -> None:
    article = parse_text("Trains to be added to the line\n\nBy Jane Doe\n\n" + opening + "\n\n" + BRIDGE_BODY)
    assert article.dateline is not None and article.dateline.place is not None
    assert article.dateline.place.text == place


# ------------------------------------------------- a headline joined to the line under it by the wrap reading

# The story's paragraphs are longer than any wrap: the headline, the page's longest short line, looks wrapped
# to the reader, which joins the line under it to it.
_LONG_BODY = (
    "The council approved the plan on Tuesday after a two-hour debate in the chamber, with nine votes in "
    "favour and two against.\n\n"
    "Work is due to start in the spring and will take about a year to finish, officials said, and the road "
    "will stay open throughout.\n\n"
    "The old crossing will stay open to walkers until the new one is ready next winter, the city's engineer "
    "said at the meeting.\n"
)
_LONG_HEADLINE = (
    "Rural hospitals keep closing their maternity wards, and in one small town midwives fill the gap"
)


@pytest.mark.parametrize(
    ("date_line", "value"),
    [
        ("March 3, 2026 · 5:00 AM ET", "2026-03-03"),
        ("3. März 2026, 05:00 Uhr", "2026-03-03"),
        ("03/03/2026 17:05", "2026-03-03"),
    ],
)
def test_a_date_line_joined_under_the_headline_is_the_date_line(date_line: str, value: str) -> None:
    article = parse_text(_LONG_HEADLINE + "\n" + date_line + "\n\n" + _LONG_BODY)
    assert article.headline is not None and article.headline.text == _LONG_HEADLINE
    assert article.published is not None and article.published.date.value.startswith(value)
    assert len(article.paragraphs) == 3


@pytest.mark.parametrize("rule_line", ["*" * 40, "=" * 60, "-" * 30])
def test_an_underline_under_the_headline_is_left_out(rule_line: str) -> None:
    article = parse_text(_LONG_HEADLINE + "\n" + rule_line + "\n\n" + _LONG_BODY)
    assert article.headline is not None and article.headline.text == _LONG_HEADLINE


@pytest.mark.parametrize(
    "second",
    [
        "as the county's last birth centre closes",  # the headline's own second line
        "in March 2026",  # a headline's words naming a month: no date line alone
        "--more--",  # two dashes around a word: no rule
    ],
)
def test_a_headline_of_two_lines_stays_whole(second: str) -> None:
    article = parse_text(_LONG_HEADLINE + "\n" + second + "\n\n" + _LONG_BODY)
    assert article.headline is not None and article.headline.text == _LONG_HEADLINE + "\n" + second


# -------------------------------------------------- a one-word label over a tight headline and its standfirst


@pytest.mark.parametrize(
    ("label", "headline", "standfirst"),
    [
        (
            "Pakistan",
            "Punjab growers threaten protest as wheat rates slide below cost",
            "Farmers say they are selling at a loss for the second season running.",
        ),
        (
            "Wirtschaft",
            "Stahlwerk streicht 400 Stellen in der Region bis Ende des Jahres",
            "Die Gewerkschaft kündigt Widerstand an und fordert einen Sozialplan.",
        ),
        (
            "Économie",
            "La raffinerie de l’estuaire fermera deux unités d’ici l’été prochain",
            "Les syndicats dénoncent une décision prise sans concertation avec les salariés.",
        ),
    ],
)
def test_a_one_word_label_over_a_tight_headline_over_its_standfirst(
    label: str, headline: str, standfirst: str
) -> None:
    text = label + "\n" + headline + "\n\n" + standfirst + "\n" + "Jane Doe | John Roe\n\n" + BRIDGE_BODY
    article = parse_text(text)
    assert article.headline is not None and article.headline.text == headline
    assert _note(article, "front") == label


@pytest.mark.parametrize(
    "text",
    [
        # two capitalised words over a tight deck: a short headline, the prose under it the story's lede
        "Storm Warning\nForecasters expect gusts of up to 120 km/h along the coast\n\n"
        "The weather service said the gusts would peak overnight near the harbour.\n\n",
        # a one-word line over a sentence closing with its stop: no headline under a label
        "Advertising\nThe industry is bracing for a lean year.\n\n"
        "Agencies expect budgets to fall by a tenth, a survey of members found this week.\n\n",
    ],
)
def test_a_short_headline_over_its_deck_and_lede_stays(text: str) -> None:
    article = parse_text(text + BRIDGE_BODY)
    assert article.headline is not None and article.headline.text == text.split("\n", 1)[0]


# --------------------------------------------------------------------- two bare names on two lines, set tight


def _two_names_page(upper: str, lower: str) -> str:
    return (
        "Singapore\n\n"
        "Tengah to get hawker centre and polyclinic by 2028\n\n"
        "The integrated hub will sit next to the future station on the new line.\n\n"
        "An artist's impression of the hub. PHOTO: HDB\n\n"
        f"{upper}\n{lower}\n\n"
        "Updated\nMay 20, 2025, 06:15 PM\n\n" + BRIDGE_BODY
    )


@pytest.mark.parametrize(
    ("upper", "lower"),
    [
        ("Lim Jia Hui", "Marcus Teo"),
        ("Jana Weber", "Tobias Krüger"),
        ("Nguyễn Minh Anh", "Trần Quốc Bảo"),
    ],
)
def test_two_bare_names_set_tight_over_the_date_are_both_authors(upper: str, lower: str) -> None:
    article = parse_text(_two_names_page(upper, lower))
    assert article.byline is not None and article.byline.text == f"{upper}\n{lower}"
    assert [person.name for person in article.authors] == [upper, lower]
    assert _note(article, "byline") == "two bare names on two lines, set tight"


@pytest.mark.parametrize("upper", ["toggle caption", "Share this article", "Listen 4 min"])
def test_a_line_over_the_name_that_is_no_name_stays_out_of_the_byline(upper: str) -> None:
    article = parse_text(_two_names_page(upper, "Marcus Teo"))
    assert article.byline is not None and article.byline.text == "Marcus Teo"
    assert [person.name for person in article.authors] == ["Marcus Teo"]


# ----------------------------------------------------------------- a dateline's weekday after its date; wires


@pytest.mark.parametrize(
    ("opening", "place", "value", "agency"),
    [
        (
            "Szeged, 2025. november 18., kedd (MTI) - Elkészült a gát új szakasza.",
            "Szeged",
            "2025-11-18",
            "MTI",
        ),
        (
            "Debrecen, 2026. március 3., hétfő (MTI) - A város új buszokat vásárol.",
            "Debrecen",
            "2026-03-03",
            "MTI",
        ),
        ("RAMALLAH, 16 November 2026, Monday (WAFA) - The ministry said.", "RAMALLAH", "2026-11-16", "WAFA"),
    ],
)
def test_a_weekday_after_the_dateline_date_is_read_with_it(
    opening: str, place: str, value: str, agency: str
) -> None:
    found = find_dateline(opening, 0, len(opening))
    assert found is not None and found.place is not None and found.place.text == place
    assert found.date is not None and found.date.value == value
    assert found.agency is not None and found.agency.text == agency


@pytest.mark.parametrize(
    ("opening", "place"),
    [
        (
            "Cienfuegos, Cuba, 5 mar (Prensa Latina) Los centrales superaron el plan de molienda.",
            "Cienfuegos, Cuba",
        ),
        ("Ciudad de México, 12 feb (Notimex) El gobierno anunció un nuevo plan.", "Ciudad de México"),
    ],
)
def test_a_latin_american_wire_bracket_closes_the_dateline(opening: str, place: str) -> None:
    found = find_dateline(opening, 0, len(opening))
    assert found is not None and found.place is not None and found.place.text == place
    assert found.agency is not None and found.date is not None


@pytest.mark.parametrize(
    "opening",
    [
        "Szeged, Algyő, Mindszent (MTI) - a three-town list with no date is read as before.",
        "Smith, Jones, Monday and the rest went home early.",  # a weekday among names, no dateline date
    ],
)
def test_no_weekday_no_date_no_new_dateline(opening: str) -> None:
    found = find_dateline(opening, 0, len(opening))
    assert found is None or found.date is None


# --------------------------------------------------------------- a row of buttons set apart by runs of spaces


@pytest.mark.parametrize(
    "buttons",
    [
        "Teilen   Merken   Drucken",
        "Share   Bookmark   Save   Comments (58)",
        "Facebook   X   Viber   Email",
        "Bewaar artikel   Deel   Reageer",
    ],
)
def test_a_spaced_button_row_under_the_standfirst_is_left_out(buttons: str) -> None:
    text = (
        "Schlichtungsstelle kippt Lagezuschlag in 300 Fällen\n\n"
        "Die Schlichtungsstelle hat sich mit einer Serie von Anträgen befasst. Mieter bekommen Geld.\n\n"
        "Lukas Hainzl\n20. Jänner 2026, 06:00\n412 Postings\n\n"
        f"{buttons}\n\n"
        "Ein Altbau in Margareten, wo die Mieten strittig sind.\nFoto: APA / Karin Wimmer\n\n"
        "Wien – Für rund 300 Haushalte könnte sich der Jahresbeginn finanziell lohnen, sagte die Stadt.\n\n"
        + BRIDGE_BODY
    )
    article = parse_text(text)
    assert article.dateline is not None and article.dateline.place is not None
    assert article.dateline.place.text == "Wien"
    assert article.summary is not None and article.summary.text.startswith("Die Schlichtungsstelle")
    # left out by the front's shape rule, or before it by the page furniture's known buttons
    assert buttons in (_note(article, "front") or "") + (_note(article, "body") or "")
    assert len(article.paragraphs) == 4


@pytest.mark.parametrize(
    "line",
    [
        "Residents  say  the  new  timetable  ignores  them.",  # a sentence, its words spaced
        "Jane Doe   Transport Correspondent",  # two items: a name and her title
        "The council voted on Tuesday   after a debate that ran for two hours",  # long items
    ],
)
def test_spaced_text_that_is_no_button_row(line: str) -> None:
    assert not _spaced_button_row(line)


# --------------------------------------------------- a separator on a line of its own between name and date


@pytest.mark.parametrize(
    ("name", "separator", "date_line"),
    [
        ("Nurul Ain Azmi", "-", "21 Jun 2025, 10:30 AM"),
        ("Jana Weber", "|", "12.03.2026, 08:15 Uhr"),
        ("Ana Souza", "·", "21 de junho de 2025"),
    ],
)
def test_a_name_over_a_separator_line_over_the_date_is_the_byline(
    name: str, separator: str, date_line: str
) -> None:
    text = (
        "Rapid KL to add ten new train sets to the line by 2026\n\n"
        "The operator says the first of the new sets will arrive in March, easing crowding at peak hours.\n\n"
        f"{name}\n{separator}\n{date_line}\n\n" + BRIDGE_BODY
    )
    article = parse_text(text)
    assert article.byline is not None and article.byline.text == name
    assert article.published is not None
    assert len(article.paragraphs) == 3


def test_a_name_over_a_separator_over_text_is_no_byline() -> None:
    text = (
        "Rapid KL to add ten new train sets to the line by 2026\n\n"
        "The operator says the first of the new sets will arrive in March, easing crowding at peak hours.\n\n"
        "Kelana Jaya\n-\nThe line carries more riders than any other in the city, the operator said.\n\n"
        + BRIDGE_BODY
    )
    article = parse_text(text)
    assert article.byline is None


# ------------------------------------------------------------ a name and the place filed from, on one line


@pytest.mark.parametrize(
    ("line", "name", "place", "date_line"),
    [
        ("Marta Vidal - Girona", "Marta Vidal", "Girona", "Actualitzada 17/06/2025 a les 12:40"),
        ("Jana Weber — Leipzig", "Jana Weber", "Leipzig", "12.03.2026, 08:15 Uhr"),
        ("Tom Hale – Brighton", "Tom Hale", "Brighton", "3 March 2026"),
    ],
)
def test_a_name_beside_a_place_over_the_date_is_byline_and_dateline(
    line: str, name: str, place: str, date_line: str
) -> None:
    text = (
        "Cap de Creus to close the road to the lighthouse to cars from July\n\n"
        "Visitors will leave their cars in the town and ride a shuttle bus.\n\n"
        f"{line}\n{date_line}\n\n" + BRIDGE_BODY
    )
    article = parse_text(text)
    assert article.byline is not None and article.byline.text == name
    assert [person.name for person in article.authors] == [name]
    assert article.dateline is not None and article.dateline.place is not None
    assert article.dateline.place.text == place
    assert _rule(article, "dateline") == "place-beside-byline-over-date"


@pytest.mark.parametrize(
    "line",
    [
        "Zulfiqar Baloch - Amna Sheikh",  # two authors
        "Sonam Choden | Punakha",  # a bar parts the byline's own segments: one byline, no dateline
        "Jane Doe - Staff Reporter",  # a title
        "Jane Doe - Reuters",  # an agency
    ],
)
def test_a_name_beside_no_place_gives_no_dateline(line: str) -> None:
    text = (
        "Growers threaten protest as wheat rates slide below cost\n\n"
        "Farmers say they are selling at a loss for the second season running.\n\n"
        f"{line}\nPublished April 21, 2026\n\n" + BRIDGE_BODY
    )
    article = parse_text(text)
    assert article.dateline is None
    assert _rule(article, "byline") != "byline-name-beside-place"
