"""The words of presses the label tables had no row for (``archivist.parse.presswords``: Breton, Occitan,
Yiddish, Sesotho, Tok Pisin, Tatar, Odia…), their months (``archivist.parse.calendar``), Yiddish names
written with their vowel points. Articles written for the tests; fictional
people."""

from __future__ import annotations

import pytest

from archivist.parse import parse_text
from archivist.parse.calendar import month_number
from archivist.parse.labelwords import BUTTONS, LABELS, PAGE_NOTICES, RELATED, label_words
from archivist.parse.names import script_name
from parse_helpers import paragraph_texts, subhead_texts

# ---- the tables: each new language's words reach the tables every reader reads


@pytest.mark.parametrize(
    ("concept", "word"),
    [
        ("by", "Gant"),  # Breton
        ("by", "פֿון"),  # Yiddish
        ("author", "Stori na piksa"),  # Tok Pisin
        ("photo", "Setšoantšo"),  # Sesotho
        ("photo", "Fòto"),  # Occitan
        ("photo", "Govva"),  # Northern Sami
        ("published", "Embannet"),  # Breton
        ("published", "ପ୍ରକାଶିତ"),  # Odia
        ("updated", "Hizivaet"),  # Breton
    ],
)
def test_label_words_of_small_presses(concept: str, word: str) -> None:
    assert word in label_words(concept)


def test_rows_merged_keep_the_old_words() -> None:
    # Odia's row had its author and photo words: the published word joins them, none is lost
    assert "ଲେଖକ" in LABELS["or"][1] and "ଫଟୋ" in LABELS["or"][2] and "ପ୍ରକାଶିତ" in LABELS["or"][3]
    assert "Mahabat" in PAGE_NOTICES["tk"] and "Paýlaş" in BUTTONS["tk"]
    assert "Şeýle hem okaň" in RELATED["tk"]


def test_common_words_stay_out_of_the_by_column() -> None:
    # "Per" (a Nordic name, Catalan and Occitan "by"), "Ka" (Sesotho "by", a name elsewhere): never a label
    # before any line of names
    assert "Per" not in label_words("by") and "Ka" not in label_words("by")


# ---- months and weekdays


@pytest.mark.parametrize(
    ("name", "number"),
    [
        ("genièr", 1),  # Occitan
        ("julhet", 7),
        ("Pulungoana", 11),  # Sesotho
        ("Phupu", 7),
        ("נאָוועמבער", 11),  # Yiddish, pointed
        ("נאוועמבער", 11),  # and without points
        ("Novemba", 11),  # Tok Pisin (and Swahili's own)
        ("Ogas", 8),
        ("Novembru", 11),  # Tetum
        ("a viz Du", 11),  # Breton, "of the month of"
        ("a viz Gouere", 7),
    ],
)
def test_months_of_small_presses(name: str, number: int) -> None:
    assert month_number(name) == number


@pytest.mark.parametrize("word", ["du", "me", "viz"])
def test_breton_months_alone_are_no_months(word: str) -> None:
    # "du" (French "of the"), "me" (Tok Pisin's May, English "me"): a short name is read only with the words
    # before it ("a viz Du")
    assert month_number(word) is None


STORY_BR = (
    "Ar c'huzul-kêr en deus votet ar c'hinnig d'ar Meurzh, gant 31 vouezh a-du ha 4 a-enep, goude ur "
    "breutadeg hir.",
    "Betek-henn e oa strizh-tre ar plas er skol hag e veze lakaet bugale war ur roll-gortoz.",
    "Al labourioù a grogo e miz Genver hag a gousto tost da 1,2 milion a euroioù.",
)


def test_breton_byline_and_labelled_date_line() -> None:
    text = "\n\n".join(
        (
            "Ur skol nevez e Kemper a zigoro d'an distro-skol",
            "Gant Maiwenn Kerhervé",
            "Embannet d'ar Yaou 9 a viz Here 2025 da 18e40",
            *STORY_BR,
        )
    )
    article = parse_text(text)
    assert article.byline is not None and article.byline.text == "Gant Maiwenn Kerhervé"
    assert [author.name for author in article.authors] == ["Maiwenn Kerhervé"]
    assert article.published is not None and article.published.date.value == "2025-10-09"


def test_occitan_date_line_and_credit_line() -> None:
    text = "\n\n".join(
        (
            "Montpelhièr: la linha 5 del tramvai dobrirà en junh",
            "dijòus 3 de julhet de 2025",
            "Lo tramvai nòu a la plaça de la Comèdia, dimars.",
            "Fòto: Miquèl Roqueta",
            "La linha 5 del tramvai de Montpelhièr serà dobèrta al public a la fin de junh, segon la "
            "metropòli.",
            "Los trabalhs an costat 480 milions d'èuros e an durat cinc ans.",
            "Los comerçants de la carrièra de Lodèva esperan mai de passatge.",
        )
    )
    article = parse_text(text)
    assert article.published is not None and article.published.date.value == "2025-07-03"
    assert article.image is not None and article.image.credit is not None
    assert article.image.credit.text == "Miquèl Roqueta"


# ---- Yiddish names with their points


@pytest.mark.parametrize(
    "name", ["שׂרה גאָלדבערג", "חיים װײַנשטיין", "מרים ראָזענבערג", "נועה בן-שושן", "דוד לוי"]
)
def test_hebrew_script_names_with_points(name: str) -> None:
    assert script_name(name) == (0, len(name))


def test_hebrew_script_name_refuses_a_sentence() -> None:
    assert script_name("די ביבליאָטעק איז אָפֿן.") is None


def test_yiddish_byline_and_date() -> None:
    text = "\n".join(
        (
            "קולטור",
            "אַ נײַער ייִדישער טעאַטער עפֿנט זיך אין בוענאָס־אײַרעס",
            "פֿון חיים װײַנשטיין",
            "אָקטאָבער 3, 2025",
            "טיילן",
            "אין בוענאָס־אײַרעס האָט מען די וואָך געעפֿנט אַ נײַעם ייִדישן טעאַטער מיט צוויי הונדערט ערטער.",
            "דער טעאַטער געפֿינט זיך אין אַ געבײַדע וואָס איז אַ מאָל געווען אַ קינאָ.",
            "רעקלאַמע",
            "די ערשטע פֿאָרשטעלונג איז געווען אַ קלאַסישע פּיעסע, געשפּילט פֿון יונגע אַקטיאָרן.",
        )
    )
    article = parse_text(text)
    assert article.byline is not None and article.byline.text == "פֿון חיים װײַנשטיין"
    assert [author.name for author in article.authors] == ["חיים װײַנשטיין"]
    assert article.published is not None and article.published.date.value == "2025-10-03"
    assert "רעקלאַמע" not in paragraph_texts(text) and "טיילן" not in paragraph_texts(text)


# ---- furniture words in the body: share, ad slot, "read also"

SESOTHO = (
    "Lihoai tsa Berea li qala ho lema pele ho nako",
    "Ka Palesa Mohapi",
    "Labone, 2 Mphalane 2025",
    "Arolelana",
    "BEREA – Lihoai tse ngata tsa setereke sena li qalile ho lema bekeng ena kaha pula e nele kapele.",
    "Ntate Motlatsi Sello o itse o lemme masimo a mabeli ka Mantaha.",
    "Papatso",
    '"Re thabile haholo, pula e tlile ka nako," ho boletse Ntate Sello.',
    "Bala hape: Mmuso o aba manyolo Leribe",
    "Ofisiri ea temo e itse lihoai li lokela ho lema peo e mamellang komello.",
)

TOK_PISIN = (
    "Ol pipol long Madang i kisim nupela wara tenk",
    "Stori na piksa: John Wapi",
    "Mande, Oktoba 6, 2025",
    "Serim",
    "Ol famili i kisim wara long nupela tenk long Sarere. Piksa: John Wapi",
    "Planti famili long Madang i kisim nupela wara tenk long wik i go pinis.",
    "Ol tenk i kam long wanpela projek bilong provins gavman.",
    "Advertaismen",
    '"Nau mipela i no ken wokabaut longwe long kisim wara," wanpela mama i tok.',
    "Ritim moa: Gavman i tok bai em i wokim nupela rot",
    "Projek bai go het long ol narapela vilij long yia 2026.",
)

TATAR = (
    "Яшел Үзәндә яңа поликлиника ачылды",
    "Автор: Илдар Сафин",
    "6 октябрь 2025, 09:15",
    "Бүлешергә",
    "Яшел Үзәндә 500 кешегә исәпләнгән яңа поликлиника ачылды.",
    "Поликлиникада балалар бүлеге һәм лаборатория эшләячәк.",
    "Реклама",
    "«Без моны күптән көттек», – диде шәһәр башлыгы.",
    "Укыгыз шулай ук: Казанда яңа мәктәп ачылды",
    "Поликлиника дүшәмбедән пациентлар кабул итә башлый.",
)


@pytest.mark.parametrize(
    ("lines", "furniture", "n_paragraphs"),
    [
        (SESOTHO, ("Arolelana", "Papatso", "Bala hape: Mmuso o aba manyolo Leribe"), 4),
        (TOK_PISIN, ("Serim", "Advertaismen", "Ritim moa: Gavman i tok bai em i wokim nupela rot"), 4),
        (TATAR, ("Бүлешергә", "Реклама", "Укыгыз шулай ук: Казанда яңа мәктәп ачылды"), 4),
    ],
)
def test_furniture_words_of_small_presses(
    lines: tuple[str, ...], furniture: tuple[str, ...], n_paragraphs: int
) -> None:
    text = "\n".join(lines)
    paragraphs = paragraph_texts(text)
    assert len(paragraphs) == n_paragraphs
    assert not any(word in paragraph for word in furniture for paragraph in paragraphs)
    assert subhead_texts(text) == []


def test_tok_pisin_byline_label() -> None:
    article = parse_text("\n".join(TOK_PISIN))
    assert article.byline is not None and article.byline.text == "Stori na piksa: John Wapi"
    assert [author.name for author in article.authors] == ["John Wapi"]


# ---- a by-word read only in its own language: Sesotho and Setswana "Ka", Shona "Na" (also set tight)

SHONA_STORY = (
    "Vagari vekuChipinge vanowana mvura yakachena kubva pachibhorani chitsva chakavakwa nekambani yemuno.",
    "Vakuru vemunharaunda vakati chibhorani ichi chichabatsira mhuri dzinopfuura mazana mashanu.",
    '"Takamirira nguva refu asi zvino tava nemvura," vakadaro Mai Rutendo Sithole.',
    "Kambani iyi yakati ichavaka zvimwe zvibhorani zvitatu gore rinouya.",
)
SESOTHO_STORY = (
    "Baithuti ba sekolo se seholo sa Maseru ba qalile ho ithuta ka likhomphutha tse ncha tse fuoeng ke "
    "mmuso.",
    "Mosuoe-hlooho o itse likhomphutha tsena li tla thusa baithuti ho ithuta ka potlako ho feta pele.",
    '"Re thabile haholo hore bana ba rona ba fumane monyetla ona," ho boletse motsoali e mong.',
    "Mmuso o re o tla fana ka likhomphutha tse ling ho likolo tse leshome selemong se tlang.",
)
SETSWANA_STORY = (
    "Barutwana ba sekolo se segolwane sa Molepolole ba simolotse go ithuta ka dikhomputara tse dintšha "
    "gompieno.",
    "Mogokgo wa sekolo o rile dikhomputara tseno di tla thusa barutwana go ithuta ka bonako.",
    '"Re itumetse thata gore bana ba rona ba bone tšhono eno," ga bua motsadi mongwe.',
    "Puso ya re e tla aba dikhomputara tse dingwe mo dikolong tse di lesome ngwaga o o tlang.",
)


@pytest.mark.parametrize(
    ("headline", "byline", "story", "author"),
    [
        ("Mvura yakachena yasvika kuChipinge", "NaTendai Moyo", SHONA_STORY, "Tendai Moyo"),
        ("Mvura yakachena yasvika kuChipinge", "Na Tendai Moyo", SHONA_STORY, "Tendai Moyo"),
        ("Likhomphutha tse ncha Maseru", "Ka Palesa Mohapi", SESOTHO_STORY, "Palesa Mohapi"),
        ("Dikhomputara tse dintšha kwa Molepolole", "Ka Kabo Mothibi", SETSWANA_STORY, "Kabo Mothibi"),
    ],
)
def test_own_language_by_words(headline: str, byline: str, story: tuple[str, ...], author: str) -> None:
    article = parse_text("\n\n".join((headline, byline, "15 Mbudzi 2025", *story)))
    assert article.byline is not None and article.byline.text == byline
    assert [found.name for found in article.authors] == [author]


@pytest.mark.parametrize(
    ("story", "language"), [(SESOTHO_STORY, "st"), (SETSWANA_STORY, "tn"), (SHONA_STORY, "sn")]
)
def test_southern_bantu_languages_told(story: tuple[str, ...], language: str) -> None:
    assert parse_text("\n\n".join(("Headline of the story here", *story))).language == language


@pytest.mark.parametrize("name", ["NaTasha Reid", "Ka Wai Chan", "KaShawn Miller"])
def test_by_words_of_other_languages_keep_an_english_name_whole(name: str) -> None:
    story = (
        "The council voted on Tuesday to close the old library on the high street and move its books to the "
        "community centre.",
        "The library has been open since 1962 and lends about 40,000 books a year, the council said.",
        "A petition against the move has gathered more than 3,000 signatures since it started in January.",
        "The council will hear from residents at a meeting next month before the move goes ahead.",
    )
    article = parse_text(
        "\n\n".join(("Council votes to move the old library", name, "November 14, 2025", *story))
    )
    assert [found.name for found in article.authors] == [name]


# ---- languages told: Yiddish beside Hebrew, Tatar beside Kazakh, Breton, Māori, Tok Pisin


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "דער טעאַטער איז געעפֿנט געוואָרן אין אָקטאָבער און האָט זיך באַלד אָנגעפֿילט מיט עולם. די"
            " אַקטיאָרן זײַנען יונג, און זיי שפּילן אויך פֿאַר קינדער. מע האָט ניט געמיינט אַז עס וועט"
            " זײַן אַזוי פֿיל מענטשן, האָט געזאָגט דער דירעקטאָר פֿון טעאַטער.",
            "yi",
        ),
        (
            "התיאטרון נפתח באוקטובר והתמלא במהרה בקהל. השחקנים צעירים, והם מופיעים גם בפני ילדים. לא"
            " חשבנו שיגיעו כל כך הרבה אנשים, אמר מנהל התיאטרון של העיר.",
            "he",
        ),
        (
            "Яңа мәктәп бинасы ике ел эчендә төзелгән. Анда спорт залы һәм бассейн бар, диде директор."
            " Укучыларның яртысы татар телен өйрәнәчәк һәм мәктәп бик зур.",
            "tt",
        ),
        (
            "Жаңа мектеп ғимараты екі жыл ішінде салынды. Онда спорт залы мен бассейн бар, деді директор."
            " Оқушылардың жартысы қазақ тілін тереңдетіп оқиды және мектеп өте үлкен.",
            "kk",
        ),
        (
            "Ar c'huzul-kêr en deus votet ar c'hinnig, hag ar skol a vo digoret d'an distro-skol. Ne vo ket"
            " echu al labourioù a-raok miz Genver, met ar gerent a zo laouen evit ar vugale.",
            "br",
        ),
        (
            "I tae mai ngā kaumātua ki te whakatuwhera i te kura hou. Ka tīmata ngā akoranga ā te tau hou,"
            " ā, kua whakauru kē ngā tamariki e 60 ki te kura nei.",
            "mi",
        ),
        (
            "Ol papamama long Lae i wari long skul fi bilong ol pikinini. Mipela i no save long wanem hap bai"
            " mipela painim mani, em i tok. Gavman i no tok klia yet long dispela samting.",
            "tpi",
        ),
    ],
)
def test_languages_of_small_presses_told(text: str, language: str) -> None:
    from archivist.parse.language import detect_language

    assert detect_language(text) == language


def test_yiddish_quotation_closed_by_the_reversed_mark() -> None:
    text = "\n\n".join(
        (
            "אַ נײַער טעאַטער אין בוענאָס־אײַרעס",
            "דער טעאַטער איז געעפֿנט געוואָרן אין אָקטאָבער און האָט זיך באַלד אָנגעפֿילט מיט עולם.",
            "„מיר האָבן ניט געמיינט אַז עס וועט קומען אַזוי פֿיל מענטשן‟, האָט געזאָגט דער דירעקטאָר.",
            "די אַקטיאָרן זײַנען יונג, און זיי שפּילן אויך פֿאַר קינדער.",
        )
    )
    article = parse_text(text)
    assert len(article.quotes) == 1
    assert text[article.quotes[0].span.end - 1] == "‟"
