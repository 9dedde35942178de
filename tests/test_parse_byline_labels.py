"""Bylines in shapes the reader did not know (held-out round 19's misses, written anew): Greek's article
before the name's genitive (``Της``) and author label (``Συντάκτης:``), an author's label at the story's
foot (``Pewarta:``) in the sign-off's block or under a related box, a name with its agency in brackets near
the page's end, and a site's brand name after the comma."""

from __future__ import annotations

from archivist.parse import parse_text
from archivist.parse.byline import find_byline
from archivist.parse.bylineblock import read_byline_block


def _authors(text: str) -> list[tuple[str, str | None]]:
    article = parse_text(text)
    return [(person.name, person.affiliation) for person in article.authors]


def test_greek_article_before_the_name_is_a_by_word() -> None:
    line = "Του Νίκου Αντωνίου"
    found = read_byline_block(line, 0, len(line), bare_ok=True)
    assert found is not None
    assert [person.name for person in found.byline.authors] == ["Νίκου Αντωνίου"]


def test_greek_author_label() -> None:
    line = "Συντάκτης: Μαρία Κωνσταντίνου"
    found = read_byline_block(line, 0, len(line), bare_ok=True)
    assert found is not None
    assert [person.name for person in found.byline.authors] == ["Μαρία Κωνσταντίνου"]


def test_greek_sentence_opening_with_the_article_is_no_byline() -> None:
    line = "Της χρονιάς που πέρασε δεν έμεινε τίποτα"
    assert read_byline_block(line, 0, len(line), bare_ok=False) is None


_FOOT = (
    "Pemkot tambah armada bus listrik di Surabaya\n"
    "\n"
    "Senin, 30 November 2026 10:15 WIB\n"
    "\n"
    "Surabaya (ANTARA) - Pemerintah Kota Surabaya menambah 20 unit bus listrik untuk melayani "
    "rute baru di kawasan timur kota mulai bulan depan.\n"
    "\n"
    '"Bus ini akan melayani warga yang selama ini sulit menjangkau angkutan umum," kata Kepala '
    "Dinas Perhubungan Surabaya Arif Wibowo di Surabaya, Senin.\n"
    "\n"
    "Menurut dia, tarif bus listrik tetap sama dengan bus kota lainnya, yakni Rp5.000 sekali "
    "jalan.\n"
    "\n"
    "Pemkot juga menyiapkan empat halte baru di sepanjang rute tersebut.\n"
    "\n"
    "{foot}\n"
)


def test_author_label_opening_the_foot_block_is_the_byline() -> None:
    text = _FOOT.format(foot="Pewarta: Dian Puspita Sari\nEditor: Hendra Gunawan\nCOPYRIGHT © ANTARA 2026")
    article = parse_text(text)
    assert article.byline is not None and article.byline.text == "Pewarta: Dian Puspita Sari"
    assert _authors(text) == [("Dian Puspita Sari", None)]
    assert dict(article.evidence)["byline"].rule.startswith("byline-labelled")


def test_author_label_under_a_related_box_is_the_byline() -> None:
    foot = (
        "Baca juga: Dishub uji coba rute bus baru di Surabaya timur\n\n"
        "Pewarta: Dian Puspita Sari\nEditor: Hendra Gunawan\nCOPYRIGHT © ANTARA 2026"
    )
    text = _FOOT.format(foot=foot)
    assert _authors(text) == [("Dian Puspita Sari", None)]


def test_editor_label_alone_is_no_byline() -> None:
    text = _FOOT.format(foot="Editor: Hendra Gunawan\nCOPYRIGHT © ANTARA 2026")
    assert parse_text(text).byline is None


_AGENCY_FOOT = (
    "Kraków. Tramwaje wrócą na ulicę Krakowską po remoncie torowiska\n"
    "30.11.2026, 12:10\n"
    "Kraków (PAP) – Tramwaje wrócą na ulicę Krakowską w poniedziałek po trzech miesiącach "
    "remontu torowiska, poinformował we wtorek rzecznik miejskiego przewoźnika.\n"
    "Remont kosztował 24 mln zł i objął wymianę torów oraz przebudowę dwóch przystanków.\n"
    '"Prace zakończyły się zgodnie z harmonogramem" – powiedział PAP rzecznik.\n'
    "{name}\n"
    "jow/ mal/\n"
    "Tagi\n"
    "Kraków\n"
    "tramwaje\n"
    "Więcej z kategorii Kraj\n"
    "Kraków: nowe rondo przy Nowohuckiej otwarte dla kierowców\n"
    "Wieliczka: miasto podnosi opłaty za parkowanie\n"
)


def test_name_with_agency_in_brackets_near_the_end_is_the_byline() -> None:
    text = _AGENCY_FOOT.format(name="Joanna Wiśniewska (PAP)")
    article = parse_text(text)
    assert article.byline is not None and article.byline.text == "Joanna Wiśniewska (PAP)"
    assert _authors(text) == [("Joanna Wiśniewska", "PAP")]
    paragraphs = [p.text for section in article.sections for p in section.paragraphs]
    assert "Joanna Wiśniewska (PAP)" not in paragraphs


def test_name_with_a_place_in_brackets_is_no_byline() -> None:
    text = _AGENCY_FOOT.format(name="Joanna Wiśniewska (Kraków)")
    assert parse_text(text).byline is None


def test_brand_name_after_the_comma_is_the_outlet() -> None:
    line = "Por Beatriz Andrade Lopes, InfoVale Taubaté"
    found = find_byline(line, 0, len(line))
    assert found is not None
    assert [(p.name, p.affiliation) for p in found.authors] == [("Beatriz Andrade Lopes", "InfoVale Taubaté")]


def test_name_with_a_short_prefix_capital_stays_an_author() -> None:
    line = "By Jane Doe, John MacArthur"
    found = find_byline(line, 0, len(line))
    assert found is not None
    assert [p.name for p in found.authors] == ["Jane Doe", "John MacArthur"]


def test_author_label_without_colon_where_a_byline_stands() -> None:
    line = "Penulis Dewi Kartika Sari"
    found = read_byline_block(line, 0, len(line), bare_ok=True)
    assert found is not None
    assert [person.name for person in found.byline.authors] == ["Dewi Kartika Sari"]


def test_author_label_without_colon_is_not_read_outside_a_byline_place() -> None:
    line = "Penulis Dewi Kartika Sari"
    assert read_byline_block(line, 0, len(line), bare_ok=False) is None


_METADATA = (
    "Port authority approves Rs2bn dredging plan for Gwadar harbour\n"
    "{line}\n"
    "Facebook\n"
    "Twitter\n"
    "GWADAR: The port authority on Monday approved a Rs2 billion plan to dredge the harbour's main "
    "channel, officials said.\n"
    "The work is expected to take eight months.\n"
    "A contractor will be chosen through open bidding, the authority said.\n"
)


def test_date_label_run_on_after_the_name_is_no_part_of_it() -> None:
    article = parse_text(_METADATA.format(line="Saima Khan Baloch Published November 30, 2026"))
    assert article.byline is not None and article.byline.text == "Saima Khan Baloch"
    assert [person.name for person in article.authors] == ["Saima Khan Baloch"]
    assert article.published is not None and article.published.date.value == "2026-11-30"


def test_name_with_no_label_before_the_date_stays_whole() -> None:
    article = parse_text(_METADATA.format(line="Saima Khan Baloch | November 30, 2026"))
    assert article.byline is not None and article.byline.text == "Saima Khan Baloch"


_OUTLET_OVER_BY = (
    "Orchardists count the cost of a spring frost\n"
    "\n"
    "{outlet}\n"
    "\n"
    "By Tessa Marlow and Ravi Hendricks\n"
    "\n"
    "Posted Mon 30 Nov 2026 at 6:10am\n"
    "\n"
    "Apple growers in the Huon Valley say a late frost on Saturday has cut this season's crop by half.\n"
    "\n"
    '"We have never seen it this late," grower Alan Pike said.\n'
    "\n"
    "The state government said it would meet growers this week.\n"
)


def test_by_line_under_an_outlet_read_as_the_byline_names_the_authors() -> None:
    article = parse_text(_OUTLET_OVER_BY.format(outlet="ABC Southern Tasmania"))
    assert article.byline is not None and article.byline.text == "By Tessa Marlow and Ravi Hendricks"
    assert [person.name for person in article.authors] == ["Tessa Marlow", "Ravi Hendricks"]


def test_by_line_does_not_replace_a_byline_naming_someone() -> None:
    article = parse_text(_OUTLET_OVER_BY.format(outlet="By Jane Roe"))
    assert [person.name for person in article.authors] == ["Jane Roe"]


_SPOKEN = (
    "Harbour bridge to close for three nights of repairs\n"
    "\n"
    "{label}\n"
    "Mariam Okoro\n"
    "\n"
    "30 Nov 2026 6:30 PM\n"
    "\n"
    "The harbour bridge will close to traffic for three nights next week while crews replace worn "
    "expansion joints, the city council said on Monday after a meeting of its works committee.\n"
    "\n"
    "Detours will be posted on both approaches, and buses will use the inner ring road.\n"
    "\n"
    "The work was delayed from the summer because of a parts shortage.\n"
)


def test_spoken_author_label_over_the_name_is_left_out_of_the_byline() -> None:
    article = parse_text(_SPOKEN.format(label="Author of the article:"))
    assert article.byline is not None and article.byline.text == "Mariam Okoro"
    assert [person.name for person in article.authors] == ["Mariam Okoro"]
    assert dict(article.evidence)["byline"].rule == "byline-under-spoken-label"


def test_short_author_label_over_the_name_stays_in_the_byline() -> None:
    article = parse_text(_SPOKEN.format(label="Reporter:"))
    assert article.byline is not None and article.byline.text == "Reporter:\nMariam Okoro"


def test_labelled_name_under_an_outlet_read_as_the_byline_names_the_author() -> None:
    text = _SPOKEN.replace("{label}", "Harbour Weekly News\n\nAuthor of the article:")
    article = parse_text(text)
    assert [person.name for person in article.authors] == ["Mariam Okoro"]


def test_newsroom_after_the_by_word_and_its_article_with_an_agency() -> None:
    line = "Par la rédaction avec AFP"
    found = find_byline(line, 0, len(line))
    assert found is not None and found.authors == ()
    line = "Von der Redaktion"
    found = find_byline(line, 0, len(line))
    assert found is not None and found.authors == ()


def test_by_word_and_article_before_other_words_is_no_newsroom() -> None:
    line = "Par la suite avec AFP"
    assert find_byline(line, 0, len(line)) is None
