"""The page top's lines that a whole page copied as text carries (fictional pages, several styles and
languages): an agency named alone as the byline (``Autor: Hina``, ``By Press Trust of India``), a date line's
English label over copy in another language (``Publish Date:``), the site's crumbs before the date on one
line over the headline, an agency before a bar on a date line, a byline glued to the time's AM, a time glued
to the year, a broadcaster's programme note and picture button, a kicker with its year, a contributor's
outlet line under her name, and a labelled summary box with its note and the lead picture under it."""

from __future__ import annotations

from archivist.parse import parse_text
from archivist.parse.agencies import is_agency
from archivist.parse.blocks import Block, split_blocks
from archivist.parse.bylineblock import read_byline_block
from archivist.parse.bylinedate import agency_beside_date
from archivist.parse.bylinestyle import is_title
from archivist.parse.dates import search_dates
from archivist.parse.frontlabels import label_shape, labels_beside_date
from archivist.parse.furniture import is_furniture

_BODY = (
    "The council voted on Tuesday to extend the late-night service on the harbour line by two hours, a "
    "change that will take effect from the first week of next month.\n"
    "Officials said the extra trains would cost about 1.2 million a year and would be paid for from the "
    "transport levy.\n"
    '"People working late shifts have asked for this for years," the transport chief, Mira Holt, said.\n'
    "The operator said it would hire twelve more drivers before the change.\n"
    "Passenger groups welcomed the decision but asked for more weekend trains too.\n"
)


def _authors(text: str) -> list[str]:
    return [person.name for person in parse_text(text).authors]


# --- an agency alone as the byline


def test_agencies_named_in_full_or_in_mixed_case() -> None:
    for name in ("Press Trust of India", "Hina", "HINA", "पीटीआई-भाषा"):
        assert is_agency(name)
    assert not is_agency("Hina Patel")


def test_author_label_over_agency_names_no_one() -> None:
    line = "Autor: Hina"
    found = read_byline_block(line, 0, len(line), bare_ok=True)
    assert found is not None and found.byline.authors == ()
    line = "Hina Rabbani"  # a person's name beginning so stays one
    found = read_byline_block(line, 0, len(line), bare_ok=True)
    assert found is not None and [p.name for p in found.byline.authors] == ["Hina Rabbani"]


def test_hindi_portal_agency_byline_over_english_date_labels() -> None:
    text = (
        "होम\nराज्य\nभोपाल\n"
        "भोपाल में नई बस सेवा शुरू, दस नए मार्गों पर चलेंगी इलेक्ट्रिक बसें\n"
        "नगर निगम की बैठक में फैसला लिया गया। किराया पहले जैसा रहेगा।\n"
        "By पीटीआई-भाषा\n"
        "Publish Date: Tue, 12 May 2026 04:10 PM (IST)\n"
        "Updated Date: Tue, 12 May 2026 05:02 PM (IST)\n"
        "भोपाल, 12 मई (भाषा) नगर निगम ने मंगलवार को दस नए मार्गों पर इलेक्ट्रिक बसें चलाने का फैसला किया। "
        "अधिकारियों ने बताया कि बसें अगले महीने से चलेंगी।\n"
        "महापौर ने कहा कि किराया पहले जैसा ही रहेगा और छात्रों को छूट मिलती रहेगी।\n"
        "अधिकारियों के अनुसार, नए मार्गों पर चालीस बसें चलेंगी।\n"
    )
    article = parse_text(text)
    assert article.byline is not None and article.byline.text == "By पीटीआई-भाषा"
    assert article.authors == ()
    assert article.published is not None and article.published.date.value == "2026-05-12"


# --- the site's crumbs before the date line, over the headline


def _block(line: str) -> Block:
    return split_blocks(line)[0]


def test_labels_beside_date_read() -> None:
    for line, value in (
        ("Innlent | mbl | 15.3.2025 | 9:12 | Uppfært 10:05", "2025-03-15"),
        ("Sport · ANSA · 3 marzo 2026 14:05", "2026-03-03"),
        ("Kotimaa | 4.11.2026 klo 8.15", "2026-11-04"),
    ):
        found = labels_beside_date(line, _block(line))
        assert found is not None and found.dates[0].date.value == value, line


def test_labels_beside_date_not_a_headline_with_a_date() -> None:
    for line in (
        "Crash | 3 dead on 15.3.2025",  # after the bar, a sentence with a date
        "15.3.2025 | 9:12",  # no labels: the date line reader's
        "Borhola | Hengill",  # no date
        "One Two Three Four | 15.3.2025",  # a part longer than a label
    ):
        assert labels_beside_date(line, _block(line)) is None, line


def test_icelandic_crumbs_and_date_over_headline() -> None:
    text = (
        "Innlent | mbl | 2.4.2026 | 7:45 | Uppfært 8:10\n\n"
        "Ný brú yfir Ölfusá opnuð fyrir umferð í sumar\n\n"
        "Anna Björk Jónsdóttir\nannabj@mbl.is\n\n"
        "Framkvæmdir við nýja brú yfir Ölfusá eru á áætlun og verður hún opnuð fyrir umferð í júlí.\n\n"
        "Brúin verður um 330 metra löng og leysir af hólmi gömlu brúna á Selfossi.\n\n"
        "„Þetta hefur gengið vel,“ segir verkefnisstjóri hjá Vegagerðinni.\n\n"
        "Kostnaður nemur um átta milljörðum króna.\n"
    )
    article = parse_text(text)
    assert article.headline is not None
    assert article.headline.text == "Ný brú yfir Ölfusá opnuð fyrir umferð í sumar"
    assert article.published is not None and article.published.date.value == "2026-04-02"
    assert [p.name for p in article.authors] == ["Anna Björk Jónsdóttir"]


# --- an agency before the bar on a date line


def test_agency_beside_date() -> None:
    for line, agency in (
        ("Press Trust of India | Updated: October 04, 2026 5:42 pm IST", "Press Trust of India"),
        ("Reuters - March 3, 2026", "Reuters"),
    ):
        found = agency_beside_date(line, 0, len(line))
        assert found is not None and found.text.text == agency and found.authors == ()
    for line in ("Jane Doe | March 3, 2026", "Local | 30 October 2026", "Reuters | Business"):
        assert agency_beside_date(line, 0, len(line)) is None, line


def test_agency_date_line_between_label_and_headline() -> None:
    text = (
        "World News\n"
        "Press Trust of India | Updated: May 04, 2026 6:15 pm IST\n"
        "Two Snow Leopards Spotted On Camera Traps In Ladakh Valley, Officials Say\n"
        "Leh, May 4 (PTI) Two snow leopards have been caught on camera traps in a valley in Ladakh, "
        "wildlife officials said on Monday.\n"
        "The cameras were set up last winter near a herders' trail, an official said.\n"
        "Officials said the animals appeared healthy.\n"
        "The region has seen more sightings in recent years.\n"
    )
    article = parse_text(text)
    assert article.headline is not None and article.headline.text.startswith("Two Snow Leopards")
    assert article.byline is not None and article.byline.text == "Press Trust of India"
    assert article.authors == ()
    assert article.published is not None and article.published.date.value == "2026-05-04"


# --- a byline glued to the time's AM, a time glued to the year


def test_byline_glued_to_time() -> None:
    text = (
        "News\n"
        "Harbour line to run later at night from next month\n"
        "Published:Tuesday | May 5, 2026 | 9:30 AMJanelle Brown-Reid/Staff Reporter\n" + _BODY
    )
    article = parse_text(text)
    assert article.byline is not None and article.byline.text == "Janelle Brown-Reid/Staff Reporter"
    assert _authors(text) == ["Janelle Brown-Reid"]
    assert article.published is not None and article.published.date.value == "2026-05-05"


def test_time_glued_to_year() -> None:
    found = search_dates("March 3, 20265:00 AM ET")
    assert [date.value[:10] for date in found] == ["2026-03-03"]
    found = search_dates("Nov. 9, 202611:45 p.m.")
    assert [date.value[:10] for date in found] == ["2026-11-09"]
    # a year followed by other digits is no year: a number, a code
    assert search_dates("March 3, 20265") == []
    assert search_dates("Order 2026512 shipped March 3") == []


def test_broadcaster_programme_note_and_picture_button() -> None:
    assert is_furniture("Heard on Morning Edition")
    assert is_furniture("Heard on All Things Considered")
    assert is_furniture("Enlarge this image")
    assert not is_furniture("Heard on the street, the rumour spread fast")


def test_public_radio_page_front() -> None:
    text = (
        "Climate\n"
        "Harbour towns bet on seawalls. This winter tested them\n"
        "March 3, 20264:00 AM ET\n"
        "Heard on Weekend Edition\n"
        "Lena Markovic\n"
        "4-Minute Listen\n"
        "Playlist\n"
        "Enlarge this image\n\n"
        "A new seawall protects the harbour road in Stonington, Maine, in January.\n"
        "Lena Markovic/Maine Public\n"
        "hide caption\n\n"
        "toggle caption\n"
        "Lena Markovic/Maine Public\n" + _BODY
    )
    article = parse_text(text)
    assert article.summary is None
    assert article.byline is not None and article.byline.text == "Lena Markovic"
    assert article.published is not None and article.published.date.value == "2026-03-03"


# --- a kicker with its year, a contributor's outlet line


def test_kicker_with_its_year_is_a_label() -> None:
    assert label_shape("VENDIMIA 2025")[0]
    assert label_shape("Elecciones 2027")[0]
    assert not label_shape("2027")[0]
    assert not label_shape("Budget 2027 cuts 400 jobs at the port")[0]


def test_contributor_outlet_line_is_a_title() -> None:
    for line in ("PARA LA NACION", "Para El Diario", "For The Harbour Times", "Special to the Courier"):
        assert is_title(line), line
    for line in ("For years", "Para que sirve", "Mariana Quiroga"):
        assert not is_title(line), line


def test_spanish_name_over_contributor_line() -> None:
    text = (
        "Economía\n"
        "COSECHA 2026\n"
        "Cae el precio del olivo en San Juan y los productores piden ayuda\n"
        "Los olivicultores dicen que el kilo no cubre los costos de la cosecha\n"
        "Escuchar nota\n"
        "Trabajadores en un olivar de Pocito, al sur de la provincia.Julio Pérez\n"
        "Laura Benítez\n"
        "PARA EL DIARIO\n"
        "9 de abril de 2026 • 08:30\n"
        "Compartir\n"
        "SAN JUAN.- Los productores de aceitunas de la provincia advierten que el precio del kilo quedó "
        "por debajo de los costos de producción.\n"
        "Según la cámara del sector, la cosecha será un 15% mayor que la del año pasado.\n"
        "“Así no se puede seguir”, dijo un productor de Pocito.\n"
        "El gobierno provincial anunció créditos para la compra de aceituna.\n"
    )
    article = parse_text(text)
    assert article.headline is not None and article.headline.text.startswith("Cae el precio")
    assert article.byline is not None and article.byline.text == "Laura Benítez\nPARA EL DIARIO"
    assert _authors(text) == ["Laura Benítez"]


# --- a labelled summary box, its note and the picture under it


def test_quick_read_box_without_note_and_picture() -> None:
    text = (
        "India News\n"
        "Harbour Line Trains To Run Two Hours Later From Next Month, Council Says\n"
        "Read Time: 2 mins\n"
        "Quick Read\n"
        "Summary is AI generated, newsroom reviewed\n"
        "Late-night trains on the harbour line will run two hours longer.\n"
        "The change will cost about 1.2 million a year.\n"
        "Twelve more drivers will be hired.\n"
        "A harbour line train at the central station.\n"
        "Photo Credit: Harbour Rail\n" + _BODY
    )
    article = parse_text(text)
    assert article.summary is not None
    assert article.summary.text == (
        "Late-night trains on the harbour line will run two hours longer.\n"
        "The change will cost about 1.2 million a year.\n"
        "Twelve more drivers will be hired."
    )
    assert article.image is not None and article.image.caption is not None
    assert article.image.caption.text == "A harbour line train at the central station."


def test_key_points_box_items_closing_no_sentence_keep_the_first() -> None:
    text = (
        "Harbour line trains to run later at night\n\n"
        "Key points\n"
        "Trains run two hours later\n"
        "Twelve drivers to be hired\n"
        "Cost met from the transport levy\n\n" + _BODY
    )
    article = parse_text(text)
    assert article.summary is not None
    assert article.summary.text.startswith("Trains run two hours later")
