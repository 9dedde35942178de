"""Pages in languages and scripts the reader had not met (Gujarati, Punjabi, Telugu, Kannada, Malayalam,
Pashto, Sorani, Tigrinya, Kyrgyz, Yoruba, Zulu, Kinyarwanda, Malagasy, Irish, Haitian Creole): the classes
they showed, each tested on several languages, with what each rule must leave alone. The articles are
written for these tests (fictional); the whole pages are in tests/articles (``wide18-*``)."""

from __future__ import annotations

import pytest

from archivist.parse import parse_text
from archivist.parse.blocks import split_blocks
from archivist.parse.byline import find_byline
from archivist.parse.dateline import find_dateline
from archivist.parse.dates import match_date
from archivist.parse.frontline import is_prose
from archivist.parse.furniture import counter_alone, is_furniture
from archivist.parse.language import detect_language
from archivist.parse.names import script_name
from archivist.parse.related import is_related_label


def _dateline(text: str, opening: str):
    start = text.index(opening)
    end = text.find("\n", start)
    return find_dateline(text, start, len(text) if end < 0 else end)


# A place of a script with no capitals before a colon: named in the headline or a label above it is enough.
@pytest.mark.parametrize(
    ("text", "opening", "place"),
    [
        (
            "અમદાવાદ\n\nચંડોળા તળાવમાંથી કાંપ કાઢવાનું કામ શરૂ\n\n"
            "અમદાવાદ: શહેરના દક્ષિણ ભાગમાં આવેલા તળાવમાંથી કાંપ કાઢવાનું કામ બુધવારે સવારથી શરૂ થયું છે.\n",
            "અમદાવાદ:",
            "અમદાવાદ",
        ),
        (
            "ಬಂಡೀಪುರದಲ್ಲಿ ಹುಲಿಗಳ ಸಂಖ್ಯೆ ಏರಿಕೆ\n\nಮೈಸೂರು, ಡಿಸೆಂಬರ್ 2, 2026\n\n"
            "ಮೈಸೂರು: ಬಂಡೀಪುರ ಹುಲಿ ಸಂರಕ್ಷಿತ ಪ್ರದೇಶದಲ್ಲಿ ಹುಲಿಗಳ ಸಂಖ್ಯೆ ಕಳೆದ ನಾಲ್ಕು ವರ್ಷಗಳಲ್ಲಿ ಏರಿದೆ.\n",
            "ಮೈಸೂರು:",
            "ಮೈಸೂರು",
        ),
        (
            "హైదరాబాద్ మెట్రో రెండో దశలో ట్రయల్ రన్ విజయవంతం\n\n"
            "హైదరాబాద్: నగరంలోని రాయదుర్గం నుంచి విమానాశ్రయం వరకు నిర్మించిన మార్గంలో ట్రయల్ రన్ జరిగింది.\n",
            "హైదరాబాద్:",
            "హైదరాబాద్",
        ),
    ],
)
def test_caseless_colon_place_named_above(text: str, opening: str, place: str) -> None:
    found = _dateline(text, opening)
    assert found is not None and found.place is not None and found.place.text == place


def test_caseless_colon_label_named_nowhere_is_no_dateline() -> None:
    text = "शीर्षक यहाँ है\n\nनोट: यह लेख पहली बार पिछले सप्ताह प्रकाशित हुआ था और अब अद्यतन किया गया है।\n"
    assert _dateline(text, "नोट:") is None


# A place of a script with no capitals before a spaced dash: a long dash, or the place named elsewhere.
@pytest.mark.parametrize(
    ("text", "opening", "place"),
    [
        (
            "په کابل کې د اوړو بیه بیا لوړه شوه\n\n"
            "کابل – د کابل په بازارونو کې د اوړو د یوې بوجۍ بیه په تېره یوه اونۍ کې لوړه شوې ده.\n",
            "کابل –",
            "کابل",
        ),
        (
            "بازاڕی قەیسەری هەولێر بۆ سێ ڕۆژ بێ کارەبا دەبێت\n\n"
            "هەولێر - بەڕێوەبەرایەتی کارەبای هەولێر ڕایگەیاند کە بازاڕەکە بۆ ماوەی سێ ڕۆژ کارەبای نابێت.\n",
            "هەولێر -",
            "هەولێر",
        ),
        (
            "ግድብ ጎልጎል ማይ ክህብ ጀሚሩ\n\nኣስመራ — ኣብ ዞባ ማእከል ዝተሰርሐ ሓድሽ ግድብ ንኣስታት 20 ዓድታት ናይ መስተ ማይ ክህብ ጀሚሩ።\n",
            "ኣስመራ —",
            "ኣስመራ",
        ),
        (
            "ഹൗസ്ബോട്ടുകൾക്ക് പുതിയ സുരക്ഷാ ചട്ടങ്ങൾ\n\n"
            "ആലപ്പുഴ ∙ സംസ്ഥാനത്തെ എല്ലാ ഹൗസ്ബോട്ടുകളിലും ലൈഫ് ജാക്കറ്റുകൾ ഉണ്ടായിരിക്കണമെന്ന് ഉത്തരവിറക്കി.\n",
            "ആലപ്പുഴ ∙",
            "ആലപ്പുഴ",
        ),
    ],
)
def test_caseless_dash_place(text: str, opening: str, place: str) -> None:
    found = _dateline(text, opening)
    assert found is not None and found.place is not None and found.place.text == place


def test_caseless_word_before_hyphen_named_nowhere_is_no_dateline() -> None:
    # "عاجل - …" ("urgent"): a label before a hyphen, no place; named nowhere else in the text
    text = (
        "عنوان الخبر هنا\n\nعاجل - أعلنت وزارة الصحة اليوم عن إجراءات جديدة لمواجهة انتشار المرض في المدن.\n"
    )
    assert _dateline(text, "عاجل -") is None


def test_kyrgyz_agency_dateline_with_hyphenated_day() -> None:
    text = (
        "Баткен, 1-декабрь /Кабар/. Баткен облусунда быйыл 120 миң тонна өрүк жыйналды, "
        "бул өткөн жылдан көп.\n"
    )
    found = _dateline(text, "Баткен,")
    assert found is not None
    assert found.place is not None and found.place.text == "Баткен"
    assert found.agency is not None and found.agency.text == "Кабар"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("1-декабрь, 2026-жыл", "2026-12-01"),  # Kyrgyz
        ("15-mart 2026-yil", "2026-03-15"),  # Uzbek
        ("30-Nov-2005", "2005-11-30"),
    ],
)
def test_day_hyphen_month(text: str, value: str) -> None:
    found = match_date(text, 0, len(text))
    assert found is not None and found.value == value


def test_day_range_is_no_hyphenated_date() -> None:
    assert match_date("2-3 March 2026", 0, 14) is None


# Names in the other Indic scripts and with Kurdish letters; no name holds a digit or a danda.
@pytest.mark.parametrize(
    "name", ["ਗੁਰਪ੍ਰੀਤ ਸਿੰਘ ਬਰਾੜ", "નિરવ પંડ્યા", "వెంకట రమణారెడ్డి", "ആനി വർഗീസ്", "ಕೆಂಪಯ್ಯ ಗೌಡ", "ئاراس عومەر"]
)
def test_script_names(name: str) -> None:
    assert script_name(name) == (0, len(name))


@pytest.mark.parametrize("piece", ["ਪਿੰਡ 12 ਕਿਸਾਨ", "ਪਾਣੀ।", "નિરવ"])
def test_script_name_negatives(piece: str) -> None:
    assert script_name(piece) is None


_FRONT = "{headline}\n\n{byline}\n\n{date}\n\n{lede}\n\n{second}\n\n{third}\n"


@pytest.mark.parametrize(
    ("byline", "authors", "language_text"),
    [
        ("Láti ọwọ́ Adébáyọ̀ Ọláwálé", ["Adébáyọ̀ Ọláwálé"], "yo"),
        ("le Seán Ó Murchú", ["Seán Ó Murchú"], "ga"),
        ("نووسینی: ئاراس عومەر", ["ئاراس عومەر"], "ckb"),
        ("ਗੁਰਪ੍ਰੀਤ ਸਿੰਘ ਬਰਾੜ", ["ਗੁਰਪ੍ਰੀਤ ਸਿੰਘ ਬਰਾੜ"], "pa"),
    ],
)
def test_bylines_of_unseen_languages(byline: str, authors: list[str], language_text: str) -> None:
    bodies = {
        "yo": (
            "Iná jó ṣọ́ọ̀bù ní ọjà Ògbómọ̀ṣọ́",
            "30 Oṣù Kọkànlá 2026",
            "Iná ńlá kan jó ṣọ́ọ̀bù méjìlélọ́gọ́rin ní ọjà Ọjà-Ọba ní ìlú Ògbómọ̀ṣọ́ ní òru ọjọ́ Àìkú.",
            "Àwọn oníṣòwò sọ pé iná náà bẹ̀rẹ̀ ní nǹkan bí agogo méjì òru, kò sì sí ẹni tí ó farapa.",
            "Àwọn oníṣòwò ń bẹ ìjọba láti ràn wọ́n lọ́wọ́ kí wọ́n lè tún ṣọ́ọ̀bù wọn kọ́ ní kíákíá.",
        ),
        "ga": (
            "Seirbhís nua farantóireachta le tosú go hInis Meáin",
            "3 Nollaig 2026",
            "Tá conradh nua sínithe ag an Roinn le comhlacht áitiúil agus beidh trí thuras sa lá ann.",
            "Tá bád nua ceannaithe ag an gcomhlacht, agus beidh áit ann d'earraí agus do rothair.",
            "Ní bheidh aon athrú ar phraghas na dticéad don chéad bhliain, a dúirt an Roinn leis an nuacht.",
        ),
        "ckb": (
            "بازاڕی قەیسەری بۆ سێ ڕۆژ بێ کارەبا دەبێت",
            "2026/12/02",
            "بەڕێوەبەرایەتی کارەبا ڕایگەیاند کە بازاڕی قەیسەری بۆ ماوەی سێ ڕۆژ کارەبای نابێت.",
            "کارەکە لە ڕۆژی شەممەوە دەست پێدەکات و تا ڕۆژی دووشەممە بەردەوام دەبێت.",
            "دوکاندارەکان داوایان کردووە کارەکە لە ڕۆژانی هەینیدا بکرێت، چونکە بازاڕ ئەو ڕۆژە چۆڵترە.",
        ),
        "pa": (
            "ਸਰਹਿੰਦ ਨਹਿਰ ਵਿੱਚ ਪਾੜ, ਤਿੰਨ ਪਿੰਡਾਂ ਦੀ ਫ਼ਸਲ ਡੁੱਬੀ",
            "02 ਦਸੰਬਰ 2026",
            "ਸਰਹਿੰਦ ਨਹਿਰ ਦੇ ਕਿਨਾਰੇ ਵਿੱਚ ਮੰਗਲਵਾਰ ਦੇਰ ਰਾਤ ਪਏ ਪਾੜ ਕਾਰਨ ਚਾਰ ਸੌ ਏਕੜ ਕਣਕ ਪਾਣੀ ਵਿੱਚ ਡੁੱਬ ਗਈ।",
            "ਕਿਸਾਨਾਂ ਨੇ ਦੱਸਿਆ ਕਿ ਪਾਣੀ ਰਾਤ ਦੋ ਵਜੇ ਖੇਤਾਂ ਵਿੱਚ ਵੜਨਾ ਸ਼ੁਰੂ ਹੋਇਆ ਅਤੇ ਸਵੇਰ ਤੱਕ ਘਰਾਂ ਤੱਕ ਪਹੁੰਚ ਗਿਆ।",
            "ਡਿਪਟੀ ਕਮਿਸ਼ਨਰ ਨੇ ਮਾਲ ਵਿਭਾਗ ਨੂੰ ਨੁਕਸਾਨ ਦੀ ਗਿਰਦਾਵਰੀ ਇੱਕ ਹਫ਼ਤੇ ਵਿੱਚ ਪੂਰੀ ਕਰਨ ਦੇ ਹੁਕਮ ਦਿੱਤੇ ਹਨ।",
        ),
    }
    headline, date, lede, second, third = bodies[language_text]
    article = parse_text(
        _FRONT.format(headline=headline, byline=byline, date=date, lede=lede, second=second, third=third)
    )
    assert article.byline is not None and article.byline.text == byline
    assert [person.name for person in article.authors] == authors


def test_irish_le_is_no_byline_word_in_french() -> None:
    # (French "le" opens the line as a word of its own: the Irish by-word is read only in an Irish article)
    text = (
        "Le maire annonce un nouveau marché\n\nle Jean Dupont\n\n3 décembre 2026\n\n"
        "Le maire de la commune a annoncé mardi la création d'un marché couvert dans le centre.\n\n"
        "Les travaux commenceront au printemps et dureront huit mois, selon la mairie.\n"
    )
    article = parse_text(text)
    assert article.language == "fr"
    assert [person.name for person in article.authors] != ["Jean Dupont"]


@pytest.mark.parametrize(
    ("desk", "language_text"),
    [("ഓൺലൈൻ ഡെസ്ക്", "ml"), ("ಪ್ರಜಾವಾಣಿ ವಾರ್ತೆ", "kn"), ("নিজস্ব প্রতিবেদক", "bn")],
)
def test_indian_newsroom_bylines_name_no_one(desk: str, language_text: str) -> None:
    found = find_byline(desk, 0, len(desk))
    assert found is None or found.authors == ()


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "INHLANGANO yabanikazi bamatekisi imemezele ukuthi imali izokhuphuka kusukela ngoMsombuluko. "
            "Umkhulumeli uthe ukwenyuka kwentengo kaphethiloli kubaphoqa ukuthi benze lesi sinqumo. "
            "Abagibeli abaningi bathi lokhu kuzobenza bangakwazi ukufika emsebenzini "
            "futhi kodwa uma kunjalo.",
            "zu",
        ),
        (
            "Koperative y'abahinzi ba kawa yatangaje ko uyu mwaka yungutse miliyoni 300. Iyi nyungu ikubye "
            "kabiri kubera ko igiciro cyazamutse. Perezida yavuze ko amafaranga azakoreshwa "
            "mu kubaka uruganda "
            "kandi ariko abanyamuryango bazabona akazi hafi y'iwabo nyuma y'uko uruganda rwuzuye.",
            "rw",
        ),
        (
            "Nidina ny vidin'ny vary eny an-tsena eto Antananarivo. Ny vary gasy no tena nidina, satria efa "
            "tonga ny vokatra avy any Marovoay sy Alaotra. Nilaza ny minisitera fa hanao fanaraha-maso izy "
            "mba hisorohana ny fiakaran'ny vidiny ary koa ho an'ireo mpanjifa.",
            "mg",
        ),
        (
            "Yon nouvo klinik louvri pòt li nan Site Solèy pou trete moun ki malad. Direktè klinik la di "
            "klinik la ap resevwa pasyan 24 sou 24. Moun nan zòn nan pa t gen kote pou yo ale lè yo malad, "
            "e anpil nan yo pa gen aksè ak dlo pwòp kounye a.",
            "ht",
        ),
        (
            "Warga desa iki wis suwe ngenteni dalan anyar. Kepala desa ngendika yen dalan kang rusak bakal "
            "didandani taun ngarep. Wong-wong saka desa liya uga melu nyumbang tenaga lan dana kanggo "
            "pambangunan iki, ora mung saka pamarentah.",
            "jv",
        ),
        (
            "Ang mga mag-uuma sa lungsod nagreklamo nga dili na sila makabaligya sa ilang mga utanon. "
            "Matod pa sa mayor, adunay bag-ong merkado nga ablihan sa sunod bulan ug kini makatabang "
            "kanila. Niini nga semana, gikan sa probinsya ang mga trak.",
            "ceb",
        ),
    ],
)
def test_more_latin_script_languages_told(text: str, language: str) -> None:
    assert detect_language(text) == language


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Namanganda 40 ta elektrobus yo'lga chiqdi. Yo'l haqi qancha bo'ladi, bu haqda shahar hokimligi "
            "ma'lum qildi. Yangi avtobuslar bilan yo'lovchilar uchun qulay sharoit yaratiladi, deb aytdi "
            "rasmiy. Yo'nalishlar soni ham oshadi, lekin narx o'zgarmaydi.",
            "uz",
        ),
        (
            "Ang mga residente ay nagtipon sa plaza upang humingi ng tulong. Hindi pa rin naibabalik ang "
            "kuryente sa kanilang lugar, ayon sa kapitan. Kung hindi ito maaayos, sinabi niya na lalapit "
            "sila sa gobernador ng lalawigan.",
            "tl",
        ),
    ],
)
def test_close_languages_keep_their_reading(text: str, language: str) -> None:
    assert detect_language(text) == language


@pytest.mark.parametrize("line", ["Kwamamaza", "Piblisite", "ڕیکلام", "Dokam-barotra", "ବିଜ୍ଞାପନ", "Reklamm"])
def test_advertisement_slots(line: str) -> None:
    assert is_furniture(line)


@pytest.mark.parametrize(
    "line", ["Soma nanone:", "Li tou:", "هەروەها بخوێنەوە", "Ẹ tún ka:", "Vakio koa:", "Waca uga:", "Lês ek"]
)
def test_read_also_labels(line: str) -> None:
    assert is_related_label(line)


@pytest.mark.parametrize("line", ["Kòmantè (2)", "Ibitekerezo (4)", "Comments (14)", "వ్యాఖ్యలు (12)"])
def test_counters(line: str) -> None:
    # the page's counter alone on its line, also where it stands over a box closing the page
    assert counter_alone(line)
    assert is_furniture(line)


@pytest.mark.parametrize("line", ["Li tou sa yo te di nan reyinyon an.", "Kòmantè yo te anpil"])
def test_sentences_are_no_furniture(line: str) -> None:
    assert not is_furniture(line)


def test_tight_caseless_page_splits_at_closed_lines() -> None:
    # a Sorani page copied whole, no blank line, its paragraphs shorter than a wrap: each line is one block
    text = (
        "بازاڕی قەیسەری هەولێر بۆ سێ ڕۆژ بێ کارەبا دەبێت\n"
        "هەولێر - بەڕێوەبەرایەتی کارەبای هەولێر ڕایگەیاند کە بازاڕەکە سێ ڕۆژ کارەبای نابێت.\n"
        "کارەکە لە ڕۆژی شەممەوە دەست پێدەکات و تا ڕۆژی دووشەممە بەردەوام دەبێت.\n"
        "دوکاندارەکان داوایان کردووە کارەکە لە ڕۆژانی هەینیدا بکرێت.\n"
        "هەروەها بخوێنەوە\n"
        "نرخی زێڕ لە بازاڕەکانی هەولێر دابەزی\n"
        "بازاڕی قەیسەری یەکێکە لە کۆنترین بازاڕەکانی شارەکە و هەزار دوکانی تێدایە.\n"
    )
    assert [block.text for block in split_blocks(text)] == text.splitlines()


def test_wrapped_caseless_text_stays_joined() -> None:
    # an Arabic text wrapped mid-sentence: its lines carry one sentence on, none closed but the last
    text = (
        "أعلنت وزارة الصحة اليوم عن إجراءات جديدة لمواجهة انتشار المرض في\n"
        "المدن الكبرى، وقالت إن الفرق الطبية ستعمل في المستشفيات والمراكز\n"
        "الصحية على مدار الساعة خلال الأسابيع المقبلة حتى تنخفض أعداد\n"
        "الإصابات إلى المستوى الذي كانت عليه في بداية العام.\n"
    )
    assert len(split_blocks(text)) == 1


def test_caseless_deck_is_prose() -> None:
    assert is_prose("ఎయిర్‌పోర్ట్ మార్గంలో జనవరి నుంచి ప్రయాణికుల సేవలు")
    assert is_prose("د اوړو د یوې بوجۍ بیه په یوه اونۍ کې زیاته شوې ده")
    assert not is_prose("ਗੁਰਪ੍ਰੀਤ ਸਿੰਘ ਬਰਾੜ")  # a name: too few words
    assert not is_prose("Jane Doe Reports From The Harbour Today")  # capitalised words: no prose
