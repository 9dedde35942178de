"""The general rules round 18 added to the reading of the lead image's caption and credit and of the byline,
on page copies written here in several house styles and languages, each with the case it must leave alone:
a bare name (or ``di``/``Par`` + name) set right over the date line under the standfirst is the byline, not
the credit of the line above it."""

from __future__ import annotations

import pytest

from archivist.parse import parse_text

_BODY = (
    "The ferry between the two islands will sail once a day from next month, the operator said on Monday.\n\n"
    "The operator blamed a shortage of crew and the rising cost of fuel for the cut to the timetable.\n\n"
    "Islanders said the change would make it harder to reach the hospital on the mainland in winter.\n"
)


def _page(*lines: str, body: str = _BODY) -> str:
    """A page copied whole: the front's lines set tight, one blank line before the story."""
    return "\n".join(lines) + "\n\n" + body


def _image(article: object) -> tuple[str | None, str | None]:
    image = article.image  # type: ignore[attr-defined]
    if image is None:
        return None, None
    return (
        image.caption.text if image.caption else None,
        image.credit.text if image.credit else None,
    )


def _names(article: object) -> list[str]:
    return [person.name for person in article.authors]  # type: ignore[attr-defined]


# --------------------------------------------------------------------- a bare name over the date line


@pytest.mark.parametrize(
    ("standfirst", "name", "date", "caption_line", "caption", "credit"),
    [
        (
            "Islanders fear they will be cut off from the hospital on the mainland.",
            "Maren Holt",
            "14 March 2025",
            "The ferry leaves the northern pier at dawn. Photo: Ola Brekke",
            "The ferry leaves the northern pier at dawn.",
            "Ola Brekke",
        ),
        (
            "Die Fähre fährt im Winter nur noch einmal am Tag, die Insulaner sind empört",
            "Jana Hoffer",
            "14. März 2025, 08:15 Uhr",
            "Die Fähre am Nordanleger im Morgengrauen. Foto: Peter Lindt",
            "Die Fähre am Nordanleger im Morgengrauen.",
            "Peter Lindt",
        ),
        (
            "Il traghetto partirà una sola volta al giorno da aprile. I sindaci: una scelta sbagliata",
            "di Lucia Ferri",
            "14 marzo 2025",
            "Il traghetto al molo nord all'alba (Ansa)",
            "Il traghetto al molo nord all'alba",
            "Ansa",
        ),
    ],
)
def test_bare_name_over_date_line_is_the_byline(
    standfirst: str, name: str, date: str, caption_line: str, caption: str, credit: str
) -> None:
    article = parse_text(
        _page("Harbour ferry timetable cut for the winter", standfirst, name, date, caption_line)
    )
    assert article.byline is not None and article.byline.text == name
    assert _names(article) == [name.removeprefix("di ")]
    assert _image(article) == (caption, credit)


def test_name_under_caption_without_date_stays_its_credit() -> None:
    # no date line under the name: the name set tight under a caption is its photographer
    article = parse_text(
        _page(
            "Harbour ferry timetable cut for the winter",
            "By Maren Holt",
            "14 March 2025",
            "",
            "The ferry leaves the northern pier at dawn on Monday",
            "Ola Brekke",
        )
    )
    assert _image(article) == ("The ferry leaves the northern pier at dawn on Monday", "Ola Brekke")
    assert _names(article) == ["Maren Holt"]


# ----------------------------------------------------- a caption opening like a dateline, a dash credit


@pytest.mark.parametrize("kicker", ["Close-up", "Stranded", "Queue"])
def test_caption_with_kicker_and_dash_credit_is_no_dateline(kicker: str) -> None:
    article = parse_text(
        _page(
            "Harbour ferry timetable cut for the winter",
            "By Maren Holt",
            "Tuesday, 4 Mar 2025",
            f"{kicker}: Passengers board the evening ferry at the pier. — OLA BREKKE/The Islander",
            "KIRKWALL: The ferry between the two islands will sail once a day from next month, the operator "
            "of the route said on Monday.",
        )
    )
    assert _image(article) == (
        f"{kicker}: Passengers board the evening ferry at the pier.",
        "OLA BREKKE/The Islander",
    )
    assert article.dateline is not None and article.dateline.text.startswith("KIRKWALL")


def test_dateline_paragraph_ending_in_a_dash_and_a_slash_stays_the_dateline() -> None:
    # the words after the dash are no credit ("a fare of RM2/trip" is lower case): the story starts there
    article = parse_text(
        _page(
            "Harbour ferry timetable cut for the winter",
            "By Maren Holt",
            "Tuesday, 4 Mar 2025",
            "KIRKWALL: The ferry will sail once a day at a higher fare — up to 12 pounds/trip",
        )
    )
    assert article.dateline is not None and article.dateline.text.startswith("KIRKWALL")
    assert article.image is None


# ------------------------------------------------------------- a page's section crumbs, no caption


@pytest.mark.parametrize(
    ("crumbs", "caption_line", "caption", "credit"),
    [
        (
            ("Startseite", "Hamburg", "Hafen"),
            "Die Fähre am Nordanleger im Morgengrauen. (Foto: Peter Lindt)",
            "Die Fähre am Nordanleger im Morgengrauen.",
            "Peter Lindt",
        ),
        (
            ("Accueil", "Actualité", "Société"),
            "Le bac au quai nord, à l'aube, le 3 mars 2025. JEAN DUPRÉ / AFP",
            "Le bac au quai nord, à l'aube, le 3 mars 2025.",
            "JEAN DUPRÉ / AFP",
        ),
        (
            ("España", "Galicia", "TRANSPORTE"),
            "El transbordador en el muelle norte, el pasado lunes.\nANA VIDAL",
            "El transbordador en el muelle norte, el pasado lunes.",
            "ANA VIDAL",
        ),
    ],
)
def test_crumbs_over_the_headline_are_no_caption(
    crumbs: tuple[str, ...], caption_line: str, caption: str, credit: str
) -> None:
    article = parse_text(
        _page(
            *crumbs,
            "Harbour ferry timetable cut for the winter",
            "By Maren Holt",
            "14 March 2025",
            caption_line,
        )
    )
    assert _image(article) == (caption, credit)


def test_one_word_caption_over_labelled_credit_stays_the_image() -> None:
    # "Photo:" tells the line under the word is a credit: a portrait captioned with a name alone
    article = parse_text(
        _page(
            "Harbour ferry timetable cut for the winter",
            "By Maren Holt",
            "14 March 2025",
            "",
            "Brekke",
            "Photo: Ola Lind",
        )
    )
    assert _image(article) == ("Brekke", "Ola Lind")


# ------------------------------------------------- a publisher with its article run onto the last name


@pytest.mark.parametrize(
    ("byline", "name"),
    [
        ("By Maren Holt The Canadian Press", "Maren Holt"),
        ("By Ola Brekke The Island Post", "Ola Brekke"),
    ],
)
def test_publisher_with_article_run_onto_the_name(byline: str, name: str) -> None:
    article = parse_text(_page("Harbour ferry timetable cut for the winter", byline, "Thu., Feb. 6, 2025"))
    assert _names(article) == [name]


def test_name_ending_in_a_publisher_word_without_article_keeps_its_words() -> None:
    # "The" is the publisher's only before its words: a two-word name stays whole
    article = parse_text(
        _page("Harbour ferry timetable cut for the winter", "By Maren Holt", "Thu., Feb. 6, 2025")
    )
    assert _names(article) == ["Maren Holt"]


# ------------------------------------------------ a photographer's name run onto her agency, no mark


@pytest.mark.parametrize(
    ("credit", "caption"),
    [
        ("Ola Brekke The Canadian Press", "The ferry leaves the northern pier at dawn on Monday."),
        ("Maren Tove Holt Reuters", "Passengers wait on the quay for the last crossing of the day."),
    ],
)
def test_name_run_onto_agency_under_caption_is_its_credit(credit: str, caption: str) -> None:
    article = parse_text(
        _page(
            "Harbour ferry timetable cut for the winter",
            "By Maren Holt",
            "Thu., Feb. 6, 2025",
            "",
            caption,
            credit,
        )
    )
    assert _image(article) == (caption, credit)


def test_name_run_onto_a_place_is_no_credit() -> None:
    # "Ola Brekke Harbour Road" names no agency or paper: no credit, so no caption over it
    article = parse_text(
        _page(
            "Harbour ferry timetable cut for the winter",
            "By Maren Holt",
            "Thu., Feb. 6, 2025",
            "",
            "The ferry leaves the northern pier at dawn on Monday.",
            "Ola Brekke Harbour Road Kirkwall",
        )
    )
    assert _image(article) == (None, None)


# ------------------------------------------------ a labelled desk byline: the paper with the agency


@pytest.mark.parametrize(
    "byline",
    ["Par Le Courrier du Lac avec AFP", "By The Island Post with Reuters", "Von Der Inselbote mit dpa"],
)
def test_labelled_paper_with_agency_is_a_byline_naming_no_one(byline: str) -> None:
    article = parse_text(
        "Harbour ferry timetable cut for the winter\n\n" + byline + "\n\n14 March 2025\n\n" + _BODY
    )
    assert article.byline is not None and article.byline.text == byline
    assert _names(article) == []


def test_labelled_writer_with_agency_keeps_the_writer() -> None:
    article = parse_text(
        "Harbour ferry timetable cut for the winter\n\nPar Claire Morel avec AFP\n\n14 March 2025\n\n" + _BODY
    )
    assert _names(article) == ["Claire Morel"]


# ------------------------------------------ a labelled byline set tight under the headline's long line


_LONG_BODY = (
    "The ferry between the two islands will sail only once a day from next month, the operator of the route "
    "said on Monday.\n\n"
    "The operator blamed a shortage of crew and the rising cost of fuel for the cut to the timetable this "
    "winter.\n"
)


@pytest.mark.parametrize(
    ("byline", "names"),
    [
        ("By MAREN HOLT and OLA BREKKE", ["Maren Holt", "Ola Brekke"]),
        ("Par Le Courrier du Lac avec AFP", []),
        ("Von Jana Hoffer", ["Jana Hoffer"]),
    ],
)
def test_byline_tight_under_the_longest_front_line_is_its_own_block(byline: str, names: list[str]) -> None:
    # the headline is the page's longest short line: the wrap reading would join the byline to it
    article = parse_text(
        "Islands\nHarbour ferry timetable cut for the winter as the crew shortage bites on the islands\n"
        + byline
        + "\n14 March 2025\n\n"
        + _LONG_BODY
    )
    assert article.byline is not None and article.byline.text == byline
    assert _names(article) == names


def test_wrapped_sentence_going_on_with_by_in_lower_case_stays_one_paragraph() -> None:
    text = (
        "Harbour ferry timetable cut for the winter\n\n14 March 2025\n\n"
        "The ferry timetable for the winter months was drawn up\n"
        "by Maren Holt and the crew of the island's boat last year.\n\n" + _BODY
    )
    article = parse_text(text)
    assert article.byline is None
    assert _names(article) == []


# ------------------------------------------------ the section's label again under the byline, no place


def test_section_label_repeated_under_the_byline_is_not_her_place() -> None:
    article = parse_text(
        "Islands\n\nHarbour ferry timetable cut for the winter\n\nBy Maren Holt\nIslands\n\n14 March 2025\n\n"
        + _BODY
    )
    assert article.byline is not None and article.byline.text == "By Maren Holt"


def test_place_under_the_byline_not_printed_above_stays_hers() -> None:
    article = parse_text(
        "Islands\n\nHarbour ferry timetable cut for the winter\n\nBy Maren Holt\nKirkwall\n\n"
        + "14 March 2025\n\n"
        + _BODY
    )
    assert article.byline is not None and article.byline.text == "By Maren Holt\nKirkwall"


# ------------------------------------------------ a desk byline: the paper's initials and a role


@pytest.mark.parametrize(
    "byline", ["By IP Correspondent, Kirkwall", "By IP Correspondent", "By ISP Staff Reporter, Stromness"]
)
def test_initials_and_role_are_a_desk_byline_naming_no_one(byline: str) -> None:
    article = parse_text(
        "Harbour ferry timetable cut for the winter\n\n" + byline + "\n\n14 March 2025\n\n" + _BODY
    )
    assert article.byline is not None and article.byline.text == byline
    assert _names(article) == []


def test_name_and_place_after_comma_keeps_the_name() -> None:
    article = parse_text(
        "Harbour ferry timetable cut for the winter\n\nBy Maren Holt, Kirkwall\n\n14 March 2025\n\n" + _BODY
    )
    assert _names(article) == ["Maren Holt"]


# ------------------------------------------------ a name and her desk's title on one line


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("Maren Holt Transport correspondent", "Maren Holt"),
        ("Ola Brekke Senior Reporter", "Ola Brekke"),
    ],
)
def test_name_and_title_on_one_line_over_the_date(line: str, name: str) -> None:
    article = parse_text(
        _page("Harbour ferry timetable cut for the winter", line, "Wed 16 Apr 2025 14.32 BST")
    )
    assert article.byline is not None and article.byline.text == line
    assert _names(article) == [name]


def test_name_and_beat_in_lower_case_after_a_third_word_is_not_told() -> None:
    # "Scotland reporter" or a third name and "reporter": no reading rather than a wrong name
    article = parse_text(
        _page(
            "Harbour ferry timetable cut for the winter",
            "Ola Brekke Orkney reporter",
            "Wed 16 Apr 2025 14.32 BST",
        )
    )
    assert "Ola Brekke Orkney" not in _names(article)


# ------------------------------------------------ a broadcaster's studio after the name


@pytest.mark.parametrize(
    "byline", ["Von Jana Hoffer, NDR-Studio Kopenhagen", "Von Jana Hoffer, Korrespondentenbüro Wien"]
)
def test_studio_after_the_name_is_her_unit_not_a_second_author(byline: str) -> None:
    article = parse_text(
        "Harbour ferry timetable cut for the winter\n\n" + byline + "\n\n14. März 2025\n\n" + _BODY
    )
    assert _names(article) == ["Jana Hoffer"]


def test_second_name_after_the_comma_stays_an_author() -> None:
    article = parse_text(
        "Harbour ferry timetable cut for the winter\n\nVon Jana Hoffer, Peter Lindt\n\n14. März 2025\n\n"
        + _BODY
    )
    assert _names(article) == ["Jana Hoffer", "Peter Lindt"]


# ------------------------------------------------ lines under the date line carry no byline on


def test_lines_under_the_date_line_are_no_second_author() -> None:
    article = parse_text(
        _page(
            "Harbour ferry timetable cut for the winter",
            "Islanders fear they will be cut off from the hospital on the mainland",
            "Maren Holt",
            "Mar 20, 2025",
            "Listen In English",
            "Listen In Arabic",
            "The ferry leaves the northern pier at dawn. Ola Brekke / The Islander",
        )
    )
    assert article.byline is not None and article.byline.text == "Maren Holt"
    assert _names(article) == ["Maren Holt"]
    assert _image(article) == ("The ferry leaves the northern pier at dawn.", "Ola Brekke / The Islander")


def test_title_set_tight_under_the_name_still_carries_the_byline_on() -> None:
    article = parse_text(
        _page(
            "Harbour ferry timetable cut for the winter",
            "Maren Holt",
            "Transport correspondent",
            "Mar 20, 2025",
        )
    )
    assert article.byline is not None and article.byline.text == "Maren Holt\nTransport correspondent"


def test_portuguese_listen_and_gift_buttons_leave_the_caption_and_credit_under_them() -> None:
    article = parse_text(
        _page(
            "ILHAS",
            "Ferry entre as ilhas passa a navegar uma vez por dia no Inverno",
            "A tripulação não chega para manter o horário. Os ilhéus pedem alternativas.",
            "Marta Lopes Vieira",
            "3 de Junho de 2025, 7:15",
            "Ouça este artigo",
            "00:00",
            "05:31",
            "Oferecer artigo",
            "Partilhar",
            "O ferry no cais norte, ao amanhecer",
            "Rui Costa Neves",
        )
    )
    assert _image(article) == ("O ferry no cais norte, ao amanhecer", "Rui Costa Neves")
    assert _names(article) == ["Marta Lopes Vieira"]


# ------------------------------------------------ a credit read alone, then a whole caption below


def test_whole_caption_under_a_source_line_takes_the_image() -> None:
    article = parse_text(
        "Harbour ferry timetable cut for the winter\n\nSource: Islands Agency\n\nEditor: jdoe\n\n"
        "2025-05-06 19:42:15\n\n"
        "This photo taken on May 4, 2025 shows the ferry at the northern pier. "
        "(Islands Agency/Ola Brekke)\n\n" + _BODY
    )
    assert _image(article) == (
        "This photo taken on May 4, 2025 shows the ferry at the northern pier.",
        "Islands Agency/Ola Brekke",
    )


def test_line_without_credit_under_a_credit_alone_leaves_it() -> None:
    # a credit alone, then a paragraph with no credit of its own: the credit stays the image's
    article = parse_text(
        "Harbour ferry timetable cut for the winter\n\nBy Maren Holt\n\n14 March 2025\n\n"
        "(c) ISLANDPIX/Wire\n\n" + _BODY
    )
    assert _image(article) == (None, "ISLANDPIX/Wire")


# ------------------------------------------------ a newsroom's line over the labelled byline


@pytest.mark.parametrize("desk", ["Orkney News", "Reuters"])
def test_labelled_byline_under_a_newsroom_line_names_the_authors(desk: str) -> None:
    article = parse_text(
        "Harbour ferry timetable cut for the winter\n\n"
        + desk
        + "\nBy Maren Holt and Ola Brekke\n\nPosted Sun 2 Mar 2025 at 5:12am\n\n"
        + _BODY
    )
    assert article.byline is not None and article.byline.text == "By Maren Holt and Ola Brekke"
    assert _names(article) == ["Maren Holt", "Ola Brekke"]


def test_newsroom_line_alone_stays_the_byline_naming_no_one() -> None:
    article = parse_text(
        "Harbour ferry timetable cut for the winter\n\nOrkney News\n\nPosted Sun 2 Mar 2025 at 5:12am\n\n"
        + _BODY
    )
    assert article.byline is not None and article.byline.text == "Orkney News"
    assert _names(article) == []


# ------------------------------------------------ where she is based and her role, in brackets


@pytest.mark.parametrize(
    ("byline", "name"),
    [
        ("Par Claire Morel (Brest, correspondante)", "Claire Morel"),
        ("By Maren Holt (Kirkwall, correspondent)", "Maren Holt"),
        ("Von Jana Hoffer (Korrespondentin)", "Jana Hoffer"),
    ],
)
def test_place_and_role_in_brackets_after_the_name(byline: str, name: str) -> None:
    article = parse_text(
        _page(
            "Islands",
            "Harbour ferry timetable cut for the winter",
            "Islanders fear they will be cut off from the hospital on the mainland.",
            byline,
            "Publié le 11 février 2025 à 05h30",
        )
    )
    assert article.byline is not None and article.byline.text == byline
    assert _names(article) == [name]


def test_bracket_without_role_after_the_name_is_not_read_here() -> None:
    # "(Kirkwall)" alone gives no role: this rule leaves it to the others
    article = parse_text(
        "Harbour ferry timetable cut for the winter\n\nBy Maren Holt (Kirkwall)\n\n14 March 2025\n\n" + _BODY
    )
    assert "Kirkwall" not in " ".join(_names(article))


# ------------------------------------------------ the page's short link is no credit


def test_short_link_under_the_headline_is_no_credit() -> None:
    article = parse_text(
        _page(
            "Islands",
            "Harbour ferry timetable cut for the winter as the crew shortage bites",
            "Short Url",
            "https://islandpost.example/x7k2p",
            "Updated 15 March 2025",
            "The ferry leaves the northern pier at dawn on Monday. (IPA)",
        )
    )
    assert _image(article) == ("The ferry leaves the northern pier at dawn on Monday.", "IPA")


def test_handle_under_a_caption_stays_its_credit() -> None:
    article = parse_text(
        _page(
            "Harbour ferry timetable cut for the winter",
            "By Maren Holt",
            "14 March 2025",
            "",
            "The ferry leaves the northern pier at dawn on Monday",
            "@olabrekke",
        )
    )
    assert _image(article) == ("The ferry leaves the northern pier at dawn on Monday", "@olabrekke")


# ------------------------------------------ a bare name over the date line, joined to a caption's line


def test_bare_name_joined_under_a_caption_line_is_the_byline_over_the_date() -> None:
    article = parse_text(
        "Kotimaa\n"
        "Lauttaliikenne saarten välillä harvenee talveksi – saarelaiset pelkäävät jäävänsä eristyksiin "
        "pahimpina viikkoina\n"
        "Lautta pohjoisella laiturilla aamulla ennen ensimmäistä vuoroa. Kuva: Ola Brekke / Saaristo\n"
        "Maren Holt\n"
        "12.11.2025 09:32\n\n" + _LONG_BODY
    )
    assert _names(article) == ["Maren Holt"]
    assert _image(article) == (
        "Lautta pohjoisella laiturilla aamulla ennen ensimmäistä vuoroa.",
        "Ola Brekke / Saaristo",
    )


def test_bare_name_under_an_open_line_is_not_split_off() -> None:
    # the line above ends in no stop or credit: "Maren Holt" may carry its words on; no byline is made of it
    article = parse_text(
        "Kotimaa\n"
        "Lauttaliikenne saarten välillä harvenee talveksi – saarelaiset pelkäävät jäävänsä eristyksiin\n"
        "Lautta pohjoisella laiturilla aamulla kuvattuna kun laivaa odottivat\n"
        "Maren Holt\n"
        "12.11.2025 09:32\n\n" + _LONG_BODY
    )
    assert "Maren Holt" not in _names(article) or article.byline.text == "Maren Holt"


# ------------------------------------------ an editor's initials after the credit's last slash


def test_editor_initials_after_the_credit_keep_it_a_credit() -> None:
    article = parse_text(
        "Feri antarpulau dikurangi selama musim hujan\n\nSenin, 3 Maret 2025 16:45 WIB\n\n"
        "Arsip foto - Kapal feri bersandar di dermaga utara, Senin (20/1/2025). PULAU FOTO/Ola Brekke/nz\n\n"
        + _BODY
    )
    assert _image(article) == (
        "Arsip foto - Kapal feri bersandar di dermaga utara, Senin (20/1/2025).",
        "PULAU FOTO/Ola Brekke/nz",
    )


def test_lower_case_words_after_a_slash_in_a_sentence_are_no_initials() -> None:
    article = parse_text(
        "Harbour ferry timetable cut for the winter\n\n14 March 2025\n\n"
        "The fare rises to 12 pounds a trip. Tickets cost more on and/or after the holidays\n\n" + _BODY
    )
    assert article.image is None


# ------------------------------------------ the photographer among the story's people


@pytest.mark.parametrize("photographer_title", ["Fotograf", "Photographer", "Fotógrafo"])
def test_photographer_under_the_reporter_is_no_author(photographer_title: str) -> None:
    article = parse_text(
        _page(
            "Harbour ferry timetable cut for the winter",
            "Islanders fear they will be cut off from the hospital on the mainland.",
            "Maren Holt",
            "Reporter",
            "Ola Brekke",
            photographer_title,
            "Publicerad 2025-09-18 05:00",
            "The ferry leaves the northern pier at dawn on Monday. Foto: Ola Brekke",
        )
    )
    assert _names(article) == ["Maren Holt"]
    assert _image(article) == ("The ferry leaves the northern pier at dawn on Monday.", "Ola Brekke")


def test_two_reporters_over_their_titles_are_both_authors() -> None:
    article = parse_text(
        _page(
            "Harbour ferry timetable cut for the winter",
            "Islanders fear they will be cut off from the hospital on the mainland.",
            "Maren Holt",
            "Reporter",
            "Ola Brekke",
            "Reporter",
            "Publicerad 2025-09-18 05:00",
        )
    )
    assert _names(article) == ["Maren Holt", "Ola Brekke"]


# ------------------------------------------ a Japanese caption closed by the photographer's mark


_JA_BODY = (
    "　離島町と本土を結ぶフェリーを運航する「離島汽船」（離島町）は18日、乗組員不足を理由に、12月から３月まで"
    "の冬季の運航を１日２便から１便に減らすと発表した。島には病院がなく、住民の多くは本土の病院に通っている。\n\n"
    "　島民からは通院への影響を心配する声が上がっている。町は本土の病院への送迎バスを検討しており、"
    "来月にも補正予算案を議会に出す方針だ。\n\n"
    "　会社によると、乗組員の確保が難しく、夏のダイヤに戻す時期は決まっていないという。"
    "定年を迎えた船員の再雇用も進めているが、応募は少ない。\n\n"
    "　町長は「島の暮らしが成り立たなくなる」と話し、県に支援を求める考えを示した。"
    "県は近く会社と町の担当者を集めて協議する。\n"
)


def test_japanese_photographed_mark_gives_the_credit() -> None:
    article = parse_text(
        "離島フェリー、冬季は１日１便に減便へ\n\n2025/02/19 05:00\n\n"
        "北桟橋を出るフェリー（18日、離島町で）＝山田花子撮影\n\n"
        "　離島町と本土を結ぶフェリーを運航する会社は18日、"
        "乗組員不足を理由に、冬季の運航を１日１便に減らすと発表した。\n\n" + _JA_BODY
    )
    assert _image(article) == ("北桟橋を出るフェリー（18日、離島町で）", "山田花子")


def test_sentence_ending_in_the_word_without_the_mark_is_no_caption() -> None:
    article = parse_text(
        "離島フェリー、冬季は１日１便に減便へ\n\n2025/02/19 05:00\n\n"
        "　会社は新しい船の写真を撮影\n\n" + _JA_BODY
    )
    assert article.image is None
