"""Front lines of scripts of their own: a Khmer page is read (its paragraphs end with "។", no capitals
anywhere), a byline and its date on one line parted by a bar in any script, datelines ended by the Khmer
and Ethiopic colons (with the Ethiopic comma inside), the clock's word between a date and its time in more
languages, Lao and Khmer dates opened by "the day", names written with a glued initial (Mongolian), a name
and the town after a spaced dash (Sinhala, Hindi), a page's counter line under a byline ("Comments (23)")
and under a date line ("1 245"), and the Swahili "NA" in capitals. Fictional articles; negatives where a
rule could take too much."""

from __future__ import annotations

import pytest

from archivist.parse import parse_text
from archivist.parse.dateblock import read_date_block
from archivist.parse.dates import full_date
from archivist.parse.frontsummary import set_summary
from archivist.parse.furniture import counter_alone
from archivist.parse.names import script_name
from archivist.parse.structure import Layout


def _evidence(article: object, field: str) -> str | None:
    found = dict(article.evidence).get(field)  # type: ignore[attr-defined]
    return None if found is None else found.rule


# --- Khmer: a page of paragraphs ended by "។", never refused -------------------------------------------

_KHMER = (
    "កសិករខេត្តតាកែវ ចាប់ផ្ដើមប្រមូលផលស្រូវប្រាំង\n\n"
    "{byline}\n\n"
    "តាកែវ៖ កសិករនៅខេត្តតាកែវ បានចាប់ផ្ដើមប្រមូលផលស្រូវប្រាំង ក្នុងអាកាសធាតុល្អ។\n\n"
    "លោក សុខ ចាន់ធី កសិករម្នាក់ បាននិយាយថា ទិន្នផលឆ្នាំនេះ ខ្ពស់ជាងឆ្នាំមុន។\n\n"
    "មន្ត្រីកសិកម្ម បានឱ្យដឹងថា តម្លៃស្រូវនៅទីផ្សារ នៅតែមានស្ថិរភាព។\n"
)


def test_a_khmer_page_is_read_with_its_byline_date_and_dateline() -> None:
    text = _KHMER.format(byline="ដោយ៖ ម៉ៅ សុខា | ថ្ងៃច័ន្ទ ទី៣ ខែមីនា ឆ្នាំ២០២៥ ម៉ោង ០៨:១៥")
    article = parse_text(text)
    assert article.byline is not None and article.byline.text == "ដោយ៖ ម៉ៅ សុខា"
    assert [person.name for person in article.authors] == ["ម៉ៅ សុខា"]
    assert article.published is not None and article.published.date.value == "2025-03-03"
    assert article.dateline is not None and article.dateline.place is not None
    assert article.dateline.place.text == "តាកែវ"
    assert len(article.sections[0].paragraphs) == 3


def test_a_khmer_page_without_a_byline_is_read() -> None:
    article = parse_text(_KHMER.format(byline="ថ្ងៃអង្គារ ទី២២ ខែមេសា ឆ្នាំ២០២៥"))
    assert article.published is not None and article.published.date.value == "2025-04-22"
    assert article.sections and len(article.sections[0].paragraphs) >= 2


@pytest.mark.parametrize(
    ("line", "byline", "value"),
    [
        ("By Jane Doe | Tuesday, April 22, 2025 09:45", "By Jane Doe", "2025-04-22"),
        ("Por Ana Souza | 22 de abril de 2025, 09:45", "Por Ana Souza", "2025-04-22"),
        ("Автор: Динара Серікқызы | 22 сәуір 2025, 09:45", "Автор: Динара Серікқызы", "2025-04-22"),
    ],
)
def test_a_byline_then_a_bar_then_a_date(line: str, byline: str, value: str) -> None:
    text = (
        "Harbour ferry returns after winter repairs\n\n" + line + "\n\n"
        "The harbour ferry returned to service on Monday after three months of repairs to its hull.\n\n"
        "Passengers said they were glad to see the boat back, and the operator kept the timetable.\n"
    )
    article = parse_text(text)
    assert article.byline is not None and article.byline.text == byline
    assert article.published is not None and article.published.date.value == value


# --- dates: "the day" before the day, the clock's word --------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("ទី៣ ខែមីនា ឆ្នាំ២០២៥", "2025-03-03"),
        ("ថ្ងៃច័ន្ទ ទី៣ ខែមីនា ឆ្នាំ២០២៥ ម៉ោង ០៨:១៥", "2025-03-03"),
        ("ວັນທີ 5 ມີນາ 2025", "2025-03-05"),
        ("12 мая 2025 в 10:15", "2025-05-12"),
        ("25 آذار 2025 الساعة 10:30", "2025-03-25"),
        ("6 мамыр 2025 сағат 10:17", "2025-05-06"),
        ("Megabit 5, 2017 E.C.", "2025-03-14"),
    ],
)
def test_dates_with_day_words_and_clock_words(text: str, value: str) -> None:
    found = full_date(text)
    assert found is not None and found.value == value, text


def test_a_transliterated_ethiopian_month_still_wants_its_era() -> None:
    assert full_date("Sene 5, 2017") is None  # no "E.C.": a word, or another calendar's month


# --- datelines -----------------------------------------------------------------------------------------

_AMHARIC = (
    "በአዳማ ከተማ አዲስ የአውቶቡስ መናኸሪያ ተመረቀ\n\n"
    "ማክሰኞ፣ ሚያዝያ 14 ቀን 2017 ዓ.ም\n\n"
    "{lede} በአዳማ ከተማ የተገነባው አዲስ የአውቶቡስ መናኸሪያ ዛሬ ተመርቆ ለአገልግሎት ክፍት ሆኗል። መናኸሪያው በቀን እስከ አምስት ሺህ "
    "መንገደኞችን ማስተናገድ ይችላል።\n\n"
    "የአዳማ ከተማ ከንቲባ በምረቃው ላይ እንደተናገሩት፣ ፕሮጀክቱ የከተማዋን የትራንስፖርት ችግር ይቀርፋል ብለዋል።\n\n"
    "ነዋሪዎች በበኩላቸው አዲሱ መናኸሪያ ለረጅም ጊዜ ሲጠብቁት የነበረ መሆኑን ገልጸዋል።\n"
)


def test_an_ethiopic_dateline_with_its_comma_agency_and_colon() -> None:
    article = parse_text(_AMHARIC.format(lede="አዳማ፣ ሚያዝያ 14/2017 (ኢዜአ)፦"))
    assert article.dateline is not None
    assert article.dateline.place is not None and article.dateline.place.text == "አዳማ"
    assert article.dateline.agency is not None and article.dateline.agency.text == "ኢዜአ"
    assert article.published is not None and article.published.date.value == "2025-04-22"


def test_an_ethiopic_place_with_its_colon_alone() -> None:
    article = parse_text(_AMHARIC.format(lede="አዳማ፦"))
    assert article.dateline is not None and article.dateline.place is not None
    assert article.dateline.place.text == "አዳማ"


def test_a_khmer_label_before_its_colon_is_no_place() -> None:
    # "អានបន្ត៖" ("Read more:") is named nowhere else in the story: no place
    text = _KHMER.format(byline="ដោយ៖ ម៉ៅ សុខា").replace("តាកែវ៖ ", "អានបន្ត៖ ")
    article = parse_text(text)
    assert article.dateline is None


# --- names: a glued initial, a town after a dash ---------------------------------------------------------


@pytest.mark.parametrize("name", ["Б.Сарантуяа", "Г. Батжаргал", "Д.Мөнхбат"])
def test_a_name_with_a_glued_initial(name: str) -> None:
    assert script_name(name) is not None


@pytest.mark.parametrize("piece", ["Б.с", "А.Б.", "б.Сарантуяа", "ТББ.Улаанбаатар"])
def test_no_name_with_a_glued_initial(piece: str) -> None:
    assert script_name(piece) is None


def test_a_mongolian_byline_of_a_glued_initial() -> None:
    text = (
        "Завхан аймагт өвс тэжээл хүргэнэ\n\n"
        "Б.Сарантуяа\n\n"
        "2025.02.18 11:42\n\n"
        "Завхан аймгийн зудтай сумдад өвс тэжээл хүргэх ажлыг энэ долоо хоногт эхлүүлнэ гэж мэдээллээ.\n\n"
        "Аймгийн Засаг даргын орлогч Ж.Энхтөр өвс тэжээлийн эхний ээлж ирэх долоо хоногт хүрнэ гэв.\n"
    )
    article = parse_text(text)
    assert article.byline is not None and article.byline.text == "Б.Сарантуяа"
    assert [person.name for person in article.authors] == ["Б.Сарантуяа"]


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("සුනිල් ප්‍රේමරත්න - අනුරාධපුර", "සුනිල් ප්‍රේමරත්න"),
        ("प्रिया शर्मा - जयपुर", "प्रिया शर्मा"),
    ],
)
def test_a_name_then_a_dash_then_the_town_in_a_script_without_capitals(line: str, name: str) -> None:
    text = (
        "Village tank restored before the season\n\n" + line + "\n\n13 March 2025\n\n"
        "The restored tank will supply water to farmers for the coming season, officials said on Monday.\n\n"
        "Farmers said the repairs had been needed for years and welcomed the work of the engineers.\n"
    )
    article = parse_text(text)
    assert article.byline is not None and article.byline.text == line
    assert [person.name for person in article.authors] == [name]


# --- counters --------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    ["Comments (23)", "23 comments", "Kommentare: 4", "Comentarios (2)", "Пікірлер (0)", "1 245 views"],
)
def test_a_counter_alone(line: str) -> None:
    assert counter_alone(line)


@pytest.mark.parametrize("line", ["Comments", "Read 23 comments from readers", "Sectors (3)", "2025"])
def test_no_counter_alone(line: str) -> None:
    assert not counter_alone(line)


@pytest.mark.parametrize("counter", ["Comments (23)", "Comentarios (4)", "Kommentare: 3"])
def test_a_counter_under_a_byline_is_no_part_of_it(counter: str) -> None:
    text = (
        "Traders resist move to the new market\n"
        "Source: Jane Mensah, Contributor\n"
        f"{counter}\n\n"
        "Hundreds of traders staged a demonstration on Tuesday against a directive to move market.\n\n"
        "The traders said the new market was too far from the town centre and lacked water and lighting.\n"
    )
    article = parse_text(text)
    assert article.byline is not None and article.byline.text == "Source: Jane Mensah, Contributor"


@pytest.mark.parametrize("under", ["1 245", "1 245 қаралым", "1,245 views"])
def test_a_view_count_under_a_date_line(under: str) -> None:
    text = f"6 мамыр 2025, 10:17\n{under}"
    block = read_date_block(text, 0, len(text))
    assert block is not None and block.dates[0].date.value == "2025-05-06"


def test_a_year_under_a_date_line_is_no_counter() -> None:
    text = "6 мамыр 2025, 10:17\n2025"
    assert read_date_block(text, 0, len(text)) is None


# --- Swahili "NA" in capitals ----------------------------------------------------------------------------


def test_the_swahili_by_word_in_capitals() -> None:
    text = (
        "Wavuvi wa Kisumu walia hasara\n\n"
        "NA RUTH ACHIENG\n\n"
        "Jumatano, Februari 12, 2025\n\n"
        "Wavuvi katika fuo za Ziwa Victoria wanakadiria hasara kubwa baada ya magugu maji kurejea.\n\n"
        "Kwa wiki tatu sasa, boti za wavuvi zimeshindwa kuingia ziwani kutokana na magugu hayo mengi.\n\n"
        "Mwenyekiti wa kitengo cha usimamizi wa ufuo alisema zaidi ya wavuvi mia sita wameathirika.\n"
    )
    article = parse_text(text)
    assert [person.name.casefold() for person in article.authors] == ["ruth achieng"]


# --- a wire's name in capitals of another script before the full stop ------------------------------------

_WIRE_STORY = "{lede} {rest}\n\n{second}\n\n{third}\n"


@pytest.mark.parametrize(
    ("lede", "rest", "place", "agency"),
    [
        (
            "ԳՅՈՒՄՐԻ, 3 ՀՈՒՆԻՍԻ, ԱՐՄԵՆՊՐԵՍ։",
            "Գյումրիում այսօր բացվել է նոր դպրոց, որտեղ կսովորի շուրջ վեց հարյուր աշակերտ։",
            "ԳՅՈՒՄՐԻ",
            "ԱՐՄԵՆՊՐԵՍ",
        ),
        (
            "АСТАНА, 5 мая, КАЗИНФОРМ.",
            "В столице открылась новая библиотека, в которой собрано более десяти тысяч книг.",
            "АСТАНА",
            "КАЗИНФОРМ",
        ),
        (
            "ΑΘΗΝΑ, 12 Μαΐου, ΑΠΕ.",
            "Νέα βιβλιοθήκη άνοιξε σήμερα στο κέντρο της πόλης με περισσότερα από δέκα χιλιάδες βιβλία.",
            "ΑΘΗΝΑ",
            "ΑΠΕ",
        ),
    ],
)
def test_a_stop_ended_dateline_in_other_capitals(lede: str, rest: str, place: str, agency: str) -> None:
    text = "Headline of the wire's story\n\n" + _WIRE_STORY.format(
        lede=lede,
        rest=rest,
        second="Second paragraph of the story, long enough to be read as the story's prose by the reader.",
        third="Third paragraph of the story, which closes it with one more sentence about the opening.",
    )
    article = parse_text(text)
    assert article.dateline is not None
    assert article.dateline.place is not None and article.dateline.place.text == place
    assert article.dateline.agency is not None and article.dateline.agency.text == agency


def test_a_short_armenian_sentence_is_no_dateline() -> None:
    text = (
        "Headline of the story\n\n"
        "Սա լավ օր էր։ Գյումրիում այսօր բացվել է նոր դպրոց, որտեղ կսովորի շուրջ վեց հարյուր աշակերտ։\n\n"
        "Second paragraph of the story, long enough to be read as the story's prose by the reader.\n"
    )
    assert parse_text(text).dateline is None


def test_an_armenian_caption_over_its_labelled_credit_is_no_standfirst() -> None:
    text = (
        "Գյումրիում նոր դպրոց է բացվել\n\n"
        "Նոր դպրոցի շենքը Գյումրիում\n"
        "Լուսանկարը՝ Արամ Պետրոսյանի\n\n"
        "ԳՅՈՒՄՐԻ, 3 ՀՈՒՆԻՍԻ, ԱՐՄԵՆՊՐԵՍ։ Գյումրիում այսօր բացվել է նոր դպրոց, որտեղ կսովորի վեց հարյուր "
        "աշակերտ։ Շենքը կառուցվել է երկու տարում։\n\n"
        "Դպրոցի տնօրենը նշել է, որ դասերը կսկսվեն սեպտեմբերի մեկից, և բոլոր դասասենյակները պատրաստ են։\n"
    )
    article = parse_text(text)
    assert article.summary is None
    assert article.image is not None and article.image.caption is not None
    assert article.image.caption.text == "Նոր դպրոցի շենքը Գյումրիում"
    assert article.image.credit is not None and article.image.credit.text == "Արամ Պետրոսյանի"
    assert article.dateline is not None and article.dateline.agency is not None


@pytest.mark.parametrize(
    ("closing", "stop"),
    [("2024 թվականին արտահանվել է շուրջ 28 հազար տոննա ծիրան", "։"), ("መንገዱ ለሁሉም ክፍት ነው", "።")],
)
def test_a_closing_paragraph_ended_by_its_scripts_stop_is_kept(closing: str, stop: str) -> None:
    text = (
        "Headline of the story\n\n"
        "First paragraph of the story, long enough to be read as the story's prose by the reader here.\n\n"
        "Second paragraph of the story, long enough to be read as the story's prose by the reader too.\n\n"
        f"{closing}{stop}\n"
    )
    paragraphs = [p.text for section in parse_text(text).sections for p in section.paragraphs]
    assert paragraphs[-1] == closing + stop


# --- a date line set tight under the standfirst ----------------------------------------------------------


@pytest.mark.parametrize(
    ("deck", "date", "value"),
    [
        (
            "Officials expect the new crossing to open to traffic by the end of June",
            "March 3, 2025 | 09:15",
            "2025-03-03",
        ),
        (
            "Los vecinos esperan que el nuevo puente abra antes del verano",
            "3 de marzo de 2025, 09:15",
            "2025-03-03",
        ),
        ("Жөндеуден кейін егістік жерге су жеткізу жақсарады", "6 мамыр 2025, 10:17", "2025-05-06"),
    ],
)
def test_a_date_line_set_tight_under_the_standfirst(deck: str, date: str, value: str) -> None:
    text = (
        "Bridge over the river to reopen after repairs\n\n"
        f"{deck}\n{date}\n\n"
        "The council approved the plan on Tuesday after a two-hour debate in the chamber, officials said.\n\n"
        "Work is due to start in the spring and will take about a year to finish, the engineers said.\n\n"
        "The old crossing will stay open to walkers until the new one is ready next winter, they added.\n"
    )
    article = parse_text(text)
    assert article.summary is not None and article.summary.text == deck
    assert article.published is not None and article.published.date.value == value


def test_a_standfirst_sentence_naming_a_date_keeps_it() -> None:
    deck = "Officials expect the crossing to open by the end of June"
    closing = "The council will vote on the plan on March 3, 2025, after the consultation."
    text = (
        "Bridge over the river to reopen after repairs\n\n"
        f"{deck}\n{closing}\n\n"
        "The council approved the plan on Tuesday after a two-hour debate in the chamber, officials said.\n\n"
        "Work is due to start in the spring and will take about a year to finish, the engineers said.\n"
    )
    article = parse_text(text)
    assert article.summary is None or article.summary.text.endswith(closing)


@pytest.mark.parametrize(
    ("deck", "date", "value"),
    [
        ("Жөндеуден кейін 4 мың гектар жерге су жеткізу жақсарады", "6 мамыр 2025, 10:17", "2025-05-06"),
        ("Officials expect the crossing to open by the end of June", "March 3, 2025 | 09:15", "2025-03-03"),
        (
            "Los vecinos esperan que el puente abra antes del verano",
            "3 de marzo de 2025, 09:15",
            "2025-03-03",
        ),
    ],
)
def test_the_standfirst_reader_leaves_a_date_line_set_tight_under_it(
    deck: str, date: str, value: str
) -> None:
    # (the block the page's copy set tight: the standfirst's lines, then the date line)
    text = f"{deck}\n{date}\n\nThe story's first paragraph.\n"
    layout = Layout()
    set_summary(text, layout, [(1, 0, len(deck) + 1 + len(date))], "standfirst-above-front-block")
    assert layout.summary is not None and layout.summary.text == deck
    assert [line.date.value for line in layout.dates] == [value]
    assert layout.evidence["published"].rule == "date-line-under-standfirst"


def test_the_standfirst_reader_keeps_a_sentence_naming_a_date() -> None:
    deck = "Officials expect the crossing to open by the end of June"
    closing = "The council will vote on the plan on March 3, 2025, after the consultation."
    text = f"{deck}\n{closing}\n\nThe story's first paragraph.\n"
    layout = Layout()
    set_summary(text, layout, [(1, 0, len(deck) + 1 + len(closing))], "standfirst-above-front-block")
    assert layout.summary is not None and layout.summary.text.endswith(closing)
    assert not layout.dates
