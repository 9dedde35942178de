"""The page's furniture words in many languages and scripts (an advertisement's slot, a teaser's label, the
foot's tags and comments, the share and donate buttons), the full stops of scripts with their own, and the
subheads of Georgian (a script without capitals) and of a speaker's quoted phrase. Articles written for
the tests."""

from __future__ import annotations

import pytest

from archivist.parse import parse_text
from archivist.parse.blocks import Block, split_blocks
from archivist.parse.furniture import is_furniture, is_tail_label
from archivist.parse.headings import is_subhead_like
from archivist.parse.related import is_related_label


@pytest.mark.parametrize(
    "line",
    [
        "Werbung",
        "Publicidade",
        "Hysbyseb",
        "Reklam",
        "Жарнама",
        "Сурталчилгаа",
        "რეკლამა",
        "Գովազդ",
        "ማስታወቂያ",
        "ពាណិជ្ជកម្ម",
        "ໂຄສະນາ",
        "Quảng cáo",
        "விளம்பரம்",
        "ప్రకటన",
        "اشتہار",
        "Tangazo",
        "Xayeysiis",
    ],
)
def test_an_advertisements_slot_in_many_languages_is_furniture(line: str) -> None:
    assert is_furniture(line)


@pytest.mark.parametrize(
    "line",
    [
        "Бөлісу",
        "გაზიარება",
        "አጋራ",
        "ចែករំលែក",
        "Paylaş",
        "Partekatu",
        "Donate",
        "Jetzt spenden",
        "Play Live Radio",
    ],
)
def test_share_and_donate_buttons_in_many_languages_are_furniture(line: str) -> None:
    assert is_furniture(line)


@pytest.mark.parametrize(
    "line",
    [
        "Werbung für Zigaretten wird ab Juli in allen Bahnhöfen verboten.",
        "Reklam panoları belediyenin kararıyla söküldü.",
        "Жарнама нарығы биыл 12 пайызға өсті.",
    ],
)
def test_a_sentence_opening_with_the_word_is_no_furniture(line: str) -> None:
    assert not is_furniture(line)


@pytest.mark.parametrize(
    "line",
    [
        "Oxu: Masallıda yeni körpü istifadəyə verilib",
        "Le tamén",
        "Толығырақ оқыңыз: Қалада жаңа саябақ ашылды",
        "ასევე წაიკითხეთ: ბათუმში ახალი ხიდი გაიხსნა",
        "ተዛማጅ ዜና፦ በባሕር ዳር አዲስ ድልድይ ተከፈተ",
        "អានបន្ត៖ ផ្លូវថ្មីនៅខេត្តកំពត",
        "इसे भी पढ़ें: शहर में नया पुल खुला",
        "Darllenwch hefyd: Pont newydd yn agor",
        "Taip pat skaitykite: Vilniuje atidarytas naujas tiltas",
    ],
)
def test_a_teasers_label_in_many_languages_opens_a_related_box(line: str) -> None:
    assert is_related_label(line)


@pytest.mark.parametrize(
    "line",
    [
        "Oxu zalında yeni kitablar sərgisi açılıb və ziyarətçilər çoxdur",
        "Le tamén o alcalde, que dixo que a obra remataría en xuño",
    ],
)
def test_a_sentence_opening_with_a_label_word_is_no_related_box(line: str) -> None:
    assert not is_related_label(line)


@pytest.mark.parametrize(
    "line",
    ["Teqlər:", "Тегтер:", "መለያዎች፦ ሐዋሳ ልማት", "კომენტარები (3)", "Réagir (12)", "Máis lidas", "ស្លាក៖ ទឹក"],
)
def test_the_foots_labels_in_many_languages_open_the_foot(line: str) -> None:
    assert is_tail_label(line)


def test_a_sentence_opening_with_a_foot_word_is_no_foot_label() -> None:
    assert not is_tail_label("Şərhlər çoxdur, amma heç kim cavab vermir.")
    assert not is_tail_label("Комментарии эксперты давать отказались, сообщил источник.")


AZ_PAGE = "\n".join(
    (
        "Ana səhifə",
        "Regionlar",
        "Şəkidə köhnə karvansarayın bərpası başa çatıb",
        "Nigar Əliyeva",
        "12 May 2025 10:05",
        "Paylaş",
        "",
        "Şəkidəki tarixi karvansarayın iki il davam edən bərpa işləri başa çatıb və bina "
        "yenidən ziyarətçilərin üzünə açılıb.",
        "Mədəniyyət idarəsinin məlumatına görə, bərpa zamanı damın örtüyü tamamilə "
        "dəyişdirilib və həyətdəki hovuz təmizlənib.",
        "Reklam",
        "Ziyarətçilər nə deyir?",
        "Bakıdan gələn turist Leyla Hüseynova binanın əvvəlki görkəminə qaytarıldığını deyir "
        "və bərpadan çox razı qaldığını bildirir.",
        "Oxu: Qəbələdə yeni turizm marşrutu açılıb",
        "",
        "İdarə növbəti il şəhərdəki digər iki tarixi binanın da bərpasına başlamağı "
        "planlaşdırır və layihə üçün vəsait ayrılıb.",
        "Teqlər:",
        "#Şəki",
        "#mədəniyyət",
        "Oxşar xəbərlər",
        "Qubada yeni muzey açılıb",
        "Ən çox oxunanlar",
        "",
    )
)


def test_an_azerbaijani_page_keeps_its_story_and_subhead_only() -> None:
    article = parse_text(AZ_PAGE)
    assert [section.heading.text if section.heading else None for section in article.sections] == [
        None,
        "Ziyarətçilər nə deyir?",
    ]
    assert sum(len(section.paragraphs) for section in article.sections) == 4
    assert [box.heading.text for box in article.related if box.heading] == ["Oxu"]


# Ethiopic: sentences closed by "።", a teaser's label closed by "፦", no blank line anywhere.
AM_PAGE = "\n".join(
    (
        "ዜና",
        "ክልሎች",
        "በአዳማ ከተማ አዲስ የህዝብ ቤተ መጻሕፍት ተመረቀ",
        "አጋራ",
        "አዳማ፣ ሚያዝያ 10/2017 (ዜና)፦ በአዳማ ከተማ የተገነባው አዲሱ የህዝብ ቤተ መጻሕፍት ዛሬ በከተማው ከንቲባና በርካታ ነዋሪዎች "
        "በተገኙበት ሥነ ሥርዓት ተመርቆ ለአገልግሎት ክፍት ሆኗል።",
        "ቤተ መጻሕፍቱ ከሃምሳ ሺህ በላይ መጻሕፍትን የያዘ ሲሆን፣ ለተማሪዎችና ለተመራማሪዎች የሚያገለግሉ ሰፋፊ የንባብ ክፍሎችንና የኮምፒውተር "
        "ማዕከልንም በውስጡ በማካተት ለአገልግሎት ዝግጁ ሆኗል።",
        "የከተማው ከንቲባ ቤተ መጻሕፍቱ ለወጣቶች ትልቅ ዕድል እንደሚፈጥርና የንባብ ባህልን እንደሚያሳድግ በምረቃው ሥነ ሥርዓት ላይ ለተገኙት "
        "እንግዶችና ለጋዜጠኞች በሰጡት መግለጫ ተናግረዋል።",
        "የግንባታ ወጪ",
        "ለግንባታው ከ80 ሚሊዮን ብር በላይ ወጪ መደረጉን የከተማው አስተዳደር ገልጿል።",
        "ተዛማጅ ዜና፦ በሐረር ከተማ አዲስ ትምህርት ቤት ተከፈተ",
        "ቤተ መጻሕፍቱ በሳምንት ሰባት ቀናት ከጠዋት እስከ ምሽት ክፍት እንደሚሆንና አገልግሎቱም ለሁሉም ነዋሪዎች በነፃ እንደሚሰጥ የቤተ "
        "መጻሕፍቱ ኃላፊ ለጋዜጠኞች በሰጡት መግለጫ ገልጸዋል።",
        "ነዋሪዎች አዲሱን ቤተ መጻሕፍት በደስታ እንደተቀበሉት ተናግረዋል።",
        "መለያዎች፦ አዳማ ቤተ መጻሕፍት",
        "ተዛማጅ ዜናዎች",
        "በጅማ የወጣቶች ማዕከል ተከፈተ",
        "",
    )
)


def test_an_ethiopic_page_keeps_the_paragraphs_under_its_teaser_line() -> None:
    article = parse_text(AM_PAGE)
    paragraphs = [paragraph.text for section in article.sections for paragraph in section.paragraphs]
    assert len(paragraphs) == 6
    assert paragraphs[-1].startswith("ነዋሪዎች")
    assert [section.heading.text for section in article.sections if section.heading] == ["የግንባታ ወጪ"]
    assert article.signoff is None


# Khmer: sentences closed by "។", a teaser's label closed by "៖".
KM_PAGE = "\n".join(
    (
        "ព័ត៌មានជាតិ",
        "ស្ពានថ្មីនៅខេត្តកំពង់ចាម បើកឱ្យប្រើប្រាស់ជាផ្លូវការ",
        "ចែករំលែក",
        "",
        "កំពង់ចាម៖ ស្ពានថ្មីឆ្លងកាត់ទន្លេមេគង្គ "
        "ត្រូវបានបើកឱ្យប្រើប្រាស់ជាផ្លូវការកាលពីព្រឹកថ្ងៃច័ន្ទ "
        "ដោយមានការចូលរួមពីប្រជាពលរដ្ឋរាប់ពាន់នាក់។",
        "ស្ពាននេះមានប្រវែងជាងមួយគីឡូម៉ែត្រ ហើយនឹងជួយកាត់បន្ថយពេលវេលាធ្វើដំណើររបស់អ្នកភូមិ។",
        "ពាណិជ្ជកម្ម",
        "តម្លៃគម្រោង",
        "គម្រោងនេះចំណាយថវិកាប្រមាណ ៨០ លានដុល្លារ ដែលជាជំនួយពីដៃគូអភិវឌ្ឍន៍។",
        "អានបន្ត៖ ផ្លូវថ្មីនៅខេត្តកំពត",
        "អាជ្ញាធរខេត្តបានឱ្យដឹងថា ស្ពាននេះនឹងបើកចំហរយៈពេល ២៤ ម៉ោង។",
        "ស្លាក៖ កំពង់ចាម ស្ពាន",
        "",
    )
)


def test_a_khmer_page_leaves_out_its_ad_slot_and_teaser() -> None:
    article = parse_text(KM_PAGE)
    paragraphs = [paragraph.text for section in article.sections for paragraph in section.paragraphs]
    assert "ពាណិជ្ជកម្ម" not in paragraphs
    assert not any(paragraph.startswith("អានបន្ត") for paragraph in paragraphs)
    assert paragraphs[-1].startswith("អាជ្ញាធរខេត្ត")
    assert [section.heading.text for section in article.sections if section.heading] == ["តម្លៃគម្រោង"]


def _block(line: str) -> Block:
    return split_blocks(line)[0]


@pytest.mark.parametrize(
    "line",
    [
        "Council 'working to find a solution'",
        "Minister “open to talks” on fares",
        "Le maire promet « pas de fermeture »",
        "Anwohner: „Wir wurden nicht gefragt“",
        "რა ღირს პროექტი",
        "მერიის პასუხი",
    ],
)
def test_a_subhead_quoting_a_phrase_or_in_georgian_is_subhead_like(line: str) -> None:
    assert is_subhead_like(_block(line))


@pytest.mark.parametrize(
    "line",
    [
        "He said: 'We will go.'",
        "and then the council said 'no'",
        "She told reporters “it is over, and we lost.”",
    ],
)
def test_a_quotation_closing_a_sentence_is_no_subhead(line: str) -> None:
    assert not is_subhead_like(_block(line))


GB_PAGE = "\n".join(
    (
        "Harbour dredging delayed until the autumn",
        "",
        "By Jane Roe",
        "",
        "Fishermen in the town say their boats sit in the mud for hours every day after the "
        "dredging of the harbour was pushed back to the autumn.",
        "The council had planned to remove the silt this month, but the contractor pulled out "
        "in January, citing rising costs.",
        "Advertisement",
        "Harbour users said they had been left in the dark about the delay and learnt of it "
        "from a notice on a door.",
        "Council 'working to find a solution'",
        "A council spokesperson said officers were looking at whether some smaller-scale "
        "dredging could be carried out in the spring.",
        "The issue is due to be discussed at a committee meeting next month.",
        "",
    )
)


def test_a_speakers_quoted_phrase_heads_its_section() -> None:
    article = parse_text(GB_PAGE)
    assert [section.heading.text for section in article.sections if section.heading] == [
        "Council 'working to find a solution'"
    ]
    assert sum(len(section.paragraphs) for section in article.sections) == 5


KA_PAGE = "\n".join(
    (
        "ბათუმში ახალი საბავშვო ბაღი გაიხსნა",
        "",
        "ავტორი: ნინო კაპანაძე",
        "",
        "ბათუმში, ხიმშიაშვილის ქუჩაზე, ახალი საბავშვო ბაღი გაიხსნა, რომელიც ორას ბავშვს "
        "მიიღებს და თანამედროვე აღჭურვილობით არის მოწყობილი.",
        "",
        "მერიის ინფორმაციით, ბაღის მშენებლობა ერთ წელზე მეტხანს გაგრძელდა და მასზე ოთხი "
        "მილიონი ლარი დაიხარჯა.",
        "",
        "რას ამბობენ მშობლები",
        "",
        "მშობლები ამბობენ, რომ ახალი ბაღი მათ ოჯახებს დიდ შვებას მოუტანს, რადგან ძველი ბაღები გადატვირთულია.",
        "",
        "რეკლამა",
        "",
        "ასევე წაიკითხეთ: ქობულეთში ახალი სკოლა აშენდება",
        "",
        "მერიაში აცხადებენ, რომ მომავალ წელს ქალაქში კიდევ ორი ბაღი გაიხსნება.",
        "",
    )
)


def test_a_georgian_subhead_heads_its_section_and_the_furniture_is_left_out() -> None:
    article = parse_text(KA_PAGE)
    assert [section.heading.text for section in article.sections if section.heading] == [
        "რას ამბობენ მშობლები"
    ]
    paragraphs = [paragraph.text for section in article.sections for paragraph in section.paragraphs]
    assert len(paragraphs) == 4
    assert "რეკლამა" not in paragraphs
