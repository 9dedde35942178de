"""A "read also" line set between a story's paragraphs (a label, a colon, another story's headline) is a
related link, never a subhead: the labels of ``labelwords.RELATED`` in many languages (Faroese, Yoruba,
Scottish Gaelic, Zulu, Pashto, Czech, Romanian, Hebrew…), a label closed by two dots over its headlines, and
a label in capitals before a headline in small letters in any language (``archivist.parse.related``)."""

from __future__ import annotations

import pytest

from archivist.parse import parse_text
from archivist.parse.related import _capitals_label, is_related_label

# (language, first two paragraphs, the read-also line, a subhead, the next paragraph)
PAGES = [
    (
        "fo",
        "Bygdaráðið samtykti í gjár at byggja ein nýggjan skúla við havnina fyri 40 milliónir krónur.",
        "Arbeiðið byrjar í vár, og skúlin skal vera liðugur til skúlaárið 2027, sigur borgarstjórin.",
        "Les eisini: Nýggj ferjuleið millum oyggjarnar frá januar",
        "Foreldur fegin",
        "Foreldrini í bygdini hava leingi biðið um ein nýggjan skúla, tí tann gamli er ov lítil.",
    ),
    (
        "yo",
        "Ìjọba ìpínlẹ̀ náà ti kéde pé àwọn máa kọ́ ilé-ìwé tuntun mẹ́ta sí ìlú náà kí ọdún yìí tó parí.",
        "Kọmíṣọ́nà fún ètò ẹ̀kọ́ sọ pé iṣẹ́ máa bẹ̀rẹ̀ lóṣù tó ń bọ̀, tí owó sì ti wà nílẹ̀.",
        "Ẹ KA ÌRÒYÌN MÌÍRÀN: Àwọn olùkọ́ dá iṣẹ́ sílẹ̀ nílùú Ìbàdàn",
        "Ohun tí àwọn òbí sọ",
        "Àwọn òbí sọ pé inú àwọn dùn gan-an, nítorí pé àwọn ọmọ wọn ti ń rìn jìnnà lọ sí ilé-ìwé.",
    ),
    (
        "gd",
        "Thuirt a' chomhairle an-dè gun tèid drochaid ùr a thogail thairis air an abhainn ann an "
        "Steòrnabhagh.",
        "Tha dùil gun tòisich an obair as t-earrach agus gun tèid a crìochnachadh ann am bliadhna.",
        "Leugh cuideachd: Aiseag ùr eadar na h-eileanan bhon Fhaoilleach",
        "Fàilte bho na h-eileanaich",
        "Thuirt muinntir an àite gu bheil iad air a bhith a' feitheamh ri drochaid ùr airson iomadh "
        "bliadhna.",
    ),
    (
        "zu",
        "UMasipala uthe uzokwakha umtholampilo omusha edolobheni ngaphambi kokuphela konyaka.",
        "Abaphathi bathe umsebenzi uzoqala ngenyanga ezayo futhi imali isivele ikhona.",
        "Funda nalokhu: Abahlengikazi bateleka esibhedlela saseThekwini",
        "Abahlali bayajabula",
        "Abahlali bathe bajabule kakhulu ngoba kade behamba ibanga elide beya emtholampilo.",
    ),
    (
        "cs",
        "Radnice ve čtvrtek schválila stavbu nového mostu přes řeku, práce začnou na jaře.",
        "Most bude stát 180 milionů korun a hotový má být do konce příštího roku, uvedl starosta.",
        "Čtěte též: Kraj chystá novou autobusovou linku do nemocnice",
        "Obyvatelé jsou rádi",
        "Obyvatelé obce na nový most čekali více než dvacet let, protože starý je už léta uzavřený.",
    ),
    (
        "ro",
        "Consiliul local a aprobat joi construcția unui pod nou peste râu, iar lucrările încep la primăvară.",
        "Podul va costa 40 de milioane de lei și ar trebui să fie gata până la sfârșitul anului viitor.",
        "Vezi și: Primăria anunță o nouă linie de autobuz spre spital",
        "Locuitorii sunt mulțumiți",
        "Locuitorii așteaptă noul pod de peste douăzeci de ani, pentru că vechiul este închis de mult.",
    ),
    (
        "he",
        "העירייה אישרה ביום חמישי את בניית הגשר החדש מעל הנחל, והעבודות יחלו באביב.",
        "הגשר יעלה כ-40 מיליון שקל ואמור להיות מוכן עד סוף השנה הבאה, אמר ראש העיר.",
        "קראו גם: קו אוטובוס חדש לבית החולים ייפתח בחודש הבא",
        "התושבים מרוצים",
        "התושבים חיכו לגשר החדש יותר מעשרים שנה, מפני שהגשר הישן סגור כבר שנים רבות.",
    ),
]


def _page(first: str, second: str, link: str, subhead: str, last: str) -> str:
    return "\n".join(["Headline of the story", "By Jane Doe", first, second, link, subhead, last]) + "\n"


@pytest.mark.parametrize(("language", "first", "second", "link", "subhead", "last"), PAGES)
def test_read_also_line_is_a_link_not_a_subhead(
    language: str, first: str, second: str, link: str, subhead: str, last: str
) -> None:
    article = parse_text(_page(first, second, link, subhead, last))
    headings = [section.heading.text for section in article.sections if section.heading is not None]
    assert headings == [subhead], language
    assert [p.text for s in article.sections for p in s.paragraphs] == [first, second, last], language
    assert any(box.text is not None and link.endswith(box.text.text) for box in article.related), language


def test_label_closed_by_two_dots_over_its_headlines() -> None:
    """ "اقرأ أيضا.." over two headlines, then the story goes on: the box, no subheads."""
    first = "بدأت المحافظة اليوم تشغيل خط جديد للحافلات بين وسط المدينة والمطار، بسعر تذكرة مخفض للطلاب."
    second = "وقال المسؤول إن الخط يضم عشر حافلات مكيفة، وإن الرحلة تستغرق نحو نصف ساعة فقط."
    last = "وأضاف أن المحافظة ستدرس إضافة خطوط جديدة خلال الأشهر المقبلة بحسب إقبال المواطنين."
    text = "\n".join(
        [
            "عنوان الخبر",
            first,
            second,
            "اقرأ أيضا..",
            "افتتاح محطة جديدة للقطارات",
            "ارتفاع أسعار الوقود",
            last,
        ]
    )
    article = parse_text(text + "\n")
    assert [section.heading for section in article.sections] == [None]
    assert [p.text for s in article.sections for p in s.paragraphs] == [first, second, last]
    assert is_related_label("اقرأ أيضا..")
    assert is_related_label("Lee también..")


@pytest.mark.parametrize(
    ("line", "label"),
    [
        ("ALSO READ: Saleyards upgrade on track for February", "ALSO READ"),
        ("PRZECZYTAJ RÓWNIEŻ: Nowy most na Wiśle otwarty w przyszłym roku", "PRZECZYTAJ RÓWNIEŻ"),
        ("LOE VEEL: Tallinna trammiliin pikeneb järgmisel aastal", "LOE VEEL"),
        ("WATCH: Moment the old bridge came down in Hull", "WATCH"),
        ("Ẹ KA ÌRÒYÌN MÌÍRÀN: Ọlọ́pàá mú afurasí méjì", "Ẹ KA ÌRÒYÌN MÌÍRÀN"),
    ],
)
def test_label_in_capitals_before_a_headline(line: str, label: str) -> None:
    colon = _capitals_label(line)
    assert line[:colon] == label


@pytest.mark.parametrize(
    "line",
    [
        "Stanari: Parkiraju nam ljudi koji idu na posao u centar",  # a subhead quoting who spoke
        "THE VERDICT: WHAT NEXT FOR THE CLUB",  # a subhead in capitals throughout
        "NAIROBI: Kenya's treasury said on Monday it would raise the fuel levy.",  # a dateline's paragraph
        "Q: What happens to the old bridge now",  # an interview's question
        "UK: Two more towns",  # a label of two letters
        "Step 1: Turn the heating off",  # a numbered step
        "ANALYSIS: Budget",  # too few words after the label for a headline
    ],
)
def test_no_capitals_label(line: str) -> None:
    assert _capitals_label(line) == 0


def test_subhead_with_a_colon_stays_a_subhead() -> None:
    first = "Residents of the estate say commuters fill their street every morning before the offices open."
    second = "The council said it would look at permits for residents after a meeting next month."
    last = "One resident said she had stopped using her car on weekdays because she could not park again."
    text = "\n\n".join(
        ["Parking row on the estate", first, second, "Residents: People park here and take the tram", last]
    )
    article = parse_text(text + "\n")
    headings = [section.heading.text for section in article.sections if section.heading is not None]
    assert headings == ["Residents: People park here and take the tram"]
    assert article.related == ()
