"""Front shapes of houses the reader had not seen (self-written pages, several languages each): the writer's
label before a colon in the scripts whose "by" column is empty, a lower-case masthead over the headline,
two outlets joined after the names' comma, a Korean deck with no stop, the danda closing a Hindi dateline,
and a caption set under a "Save" button with its credit under it."""

from __future__ import annotations

import pytest

from archivist.parse import parse_text

_BODY_EN = (
    "The council voted on Tuesday to close the old market hall for repairs after an engineer's report.\n\n"
    "Traders will move to a car park on the edge of town for at least six months, the council said.\n\n"
    "The repairs are expected to cost about four million and to start in the new year.\n"
)


@pytest.mark.parametrize(
    ("headline", "byline", "name", "body"),
    [
        (
            "صید ماهی خاویار در دریای خزر برای پنج سال دیگر ممنوع شد",
            "نویسنده: مریم احمدی",
            "مریم احمدی",
            "کشورهای حاشیه دریای خزر ممنوعیت صید تجاری ماهیان خاویاری را تا سال ۲۰۳۱ تمدید کردند.\n\n"
            "به گفته کارشناسان، جمعیت این ماهیان در سه دهه گذشته بیش از ۹۰ درصد کاهش یافته است.\n\n"
            "ماهیگیران در سواحل گیلان و مازندران از نبود درآمد جایگزین گله دارند.\n",
        ),
        (
            "ارتفاع أسعار القمح في مصر إلى أعلى مستوى منذ عامين",
            "كتب: محمد عبد الله",
            "محمد عبد الله",
            "ارتفعت أسعار القمح في الأسواق المصرية خلال الأسبوع الماضي بنسبة عشرة في المئة.\n\n"
            "وقال التجار إن الارتفاع يعود إلى تراجع الواردات من البحر الأسود خلال الشهرين الماضيين.\n\n"
            "وتتوقع الحكومة أن تستقر الأسعار مع وصول شحنات جديدة الشهر المقبل.\n",
        ),
        (
            "गंगा घाट पर नई नाव सेवा शुरू, पहले दिन सैकड़ों यात्री",
            "रिपोर्ट: सुनील वर्मा",
            "सुनील वर्मा",
            "गंगा नदी पर बुधवार से नई नाव सेवा शुरू हो गई और पहले ही दिन सैकड़ों यात्रियों ने इसका लाभ उठाया।\n\n"
            "यह सेवा दशाश्वमेध घाट से अस्सी घाट तक चलेगी और एक ओर का किराया सौ रुपये रखा गया है।\n\n"
            "विभाग ने बताया कि नावों पर जीवन रक्षक जैकेट पहनना अनिवार्य होगा।\n",
        ),
        (
            "لاہور میں نئی بس سروس کا آغاز، پہلے دن ہزاروں مسافر",
            "تحریر: عائشہ خان",
            "عائشہ خان",
            "لاہور میں بدھ کے روز نئی بس سروس کا آغاز ہو گیا اور پہلے ہی دن ہزاروں مسافروں نے سفر کیا۔\n\n"
            "حکام کے مطابق یہ سروس شہر کے دس بڑے راستوں پر چلائی جائے گی اور کرایہ پچاس روپے ہو گا۔\n\n"
            "شہریوں نے اس سروس کا خیر مقدم کیا ہے۔\n",
        ),
    ],
)
def test_writer_label_before_colon_in_scripts_without_a_by_word(headline, byline, name, body):
    article = parse_text(f"{headline}\n\n{byline}\n\n{body}")
    assert article.byline is not None and article.byline.text == byline
    assert [person.name for person in article.authors] == [name]


def test_writer_label_word_in_the_story_is_no_byline():
    # "كتب" (wrote) inside a sentence, with no colon after it at a line's opening, names no writer
    text = (
        "ارتفاع أسعار القمح في مصر إلى أعلى مستوى منذ عامين\n\n"
        "كتب الوزير رسالة إلى التجار يطلب فيها خفض الأسعار خلال الشهر المقبل بعد ارتفاعها الكبير.\n\n"
        "وقال التجار إن الارتفاع يعود إلى تراجع الواردات من البحر الأسود خلال الشهرين الماضيين.\n\n"
        "وتتوقع الحكومة أن تستقر الأسعار مع وصول شحنات جديدة الشهر المقبل.\n"
    )
    article = parse_text(text)
    assert article.byline is None


@pytest.mark.parametrize(
    ("masthead", "crumb", "headline", "deck", "byline"),
    [
        (
            "g1",
            "RS",
            "Chuva volta a alagar bairros de Porto Alegre; Defesa Civil emite alerta",
            "Mais de 300 pessoas deixaram suas casas na Zona Norte. O rio deve subir nesta quinta.",
            "Por Ana Souza, g1 RS",
        ),
        (
            "n-tv",
            "Politik",
            "Bundestag streitet über neue Regeln für Mietpreise in Großstädten",
            "Die Koalition will die Mietpreisbremse verlängern. Die Opposition hält das für zu wenig.",
            "Von Jana Berger",
        ),
        (
            "index.hr",
            "Vijesti",
            "Zagreb od siječnja uvodi nove cijene javnog prijevoza za umirovljenike",
            "Gradska skupština izglasala je odluku. Umirovljenici će plaćati upola manje.",
            "Autor: Ivana Horvat",
        ),
    ],
)
def test_lower_case_masthead_over_the_headline_is_a_label(masthead, crumb, headline, deck, byline):
    text = f"{masthead}\n{crumb}\n{headline}\n{deck}\n\n{byline}\n02/12/2026 14h35\n\n{_BODY_EN}"
    article = parse_text(text)
    assert article.headline is not None and article.headline.text == headline
    assert dict(article.evidence)["front"].note == f"{masthead}; {crumb}"


def test_lower_case_word_over_a_deck_stays_the_headline():
    # a headline of one lower-case word with no digit, hyphen or domain is no masthead
    text = "storm\n\nA storm closed the ferry for two days this week\n\nBy Jane Doe\n\n" + _BODY_EN
    article = parse_text(text)
    assert article.headline is not None and article.headline.text == "storm"


@pytest.mark.parametrize(
    ("byline", "names"),
    [
        ("Por Ana Souza e Pedro Lima, g1 RS e RBS TV", ["Ana Souza", "Pedro Lima"]),
        ("Por Ana Souza, g1 SP e TV Globo", ["Ana Souza"]),
        ("By Jane Doe and John Roe, NBC News and CNN Business", ["Jane Doe", "John Roe"]),
    ],
)
def test_two_outlets_joined_after_the_names_comma(byline, names):
    text = (
        "Rain floods the low streets of the city again on Wednesday\n\n"
        "More than 300 people left their homes in the north of the city.\n\n"
        f"{byline}\n\n02/12/2026 14h35\n\n{_BODY_EN}"
    )
    article = parse_text(text)
    assert article.byline is not None and article.byline.text == byline
    assert [person.name for person in article.authors] == names


def test_a_date_after_the_names_comma_is_no_outlet():
    text = f"Council keeps the night buses\n\nBy Jane Doe, May 2, 2024\n\n{_BODY_EN}"
    article = parse_text(text)
    assert article.byline is not None and article.byline.text == "By Jane Doe"


_KO_BODY = (
    "서울 지하철 기본요금이 내년 3월부터 1500원에서 1650원으로 150원 오른다.\n\n"
    "서울시는 2일 물가대책위원회를 열어 이 같은 내용의 요금 인상안을 확정했다고 밝혔다.\n\n"
    "시는 서울교통공사의 누적 적자가 18조원을 넘어서면서 요금 조정이 불가피했다고 설명했다.\n\n"
    "청소년과 어린이 요금은 현행대로 유지된다.\n"
)


def test_korean_deck_without_stop_over_the_date_line_and_name():
    deck = "시, 적자 누적에 150원 인상 확정…청소년·어린이 요금은 동결"
    text = (
        "사회\n\n서울 지하철 기본요금 내년 3월부터 1650원으로 오른다\n\n"
        f"{deck}\n\n입력 2026.12.02 14:35\n수정 2026.12.02 16:10\n\n김민준 기자\n\n{_KO_BODY}"
    )
    article = parse_text(text)
    assert article.summary is not None and article.summary.text == deck
    assert article.byline is not None and article.byline.text == "김민준 기자"


def test_korean_name_line_is_no_deck():
    headline = "서울 지하철 기본요금 내년 3월부터 1650원으로 오른다"
    text = f"{headline}\n\n김민준 기자\n\n2026.12.02 14:35\n\n{_KO_BODY}"
    article = parse_text(text)
    assert article.summary is None
    assert article.byline is not None and article.byline.text == "김민준 기자"


@pytest.mark.parametrize(
    ("byline", "opening", "place", "agency"),
    [
        (
            "अमित शर्मा, आगरा",
            "आगरा। यमुना नदी पर बुधवार से नई नाव सेवा शुरू हो गई और पहले दिन सैकड़ों यात्री आए।",
            "आगरा",
            None,
        ),
        (
            "हमारे संवाददाता, नई दिल्ली",
            "नई दिल्ली। राजधानी में बुधवार को न्यूनतम तापमान सात डिग्री दर्ज किया गया जो इस मौसम में सबसे कम है।",
            "नई दिल्ली",
            None,
        ),
        (
            "संवाददाता, काठमाडौं",
            "काठमाडौं। उपत्यकामा बुधबार बिहानदेखि चिसो बढेको छ र न्यूनतम तापक्रम दुई डिग्री पुगेको छ।",
            "काठमाडौं",
            None,
        ),
        (
            "प्रतिनिधी, पुणे",
            "पुणे। शहरात बुधवारी सकाळपासून जोरदार पाऊस सुरू झाला आणि अनेक रस्त्यांवर पाणी साचले होते।",
            "पुणे",
            None,
        ),
    ],
)
def test_danda_closes_the_dateline(byline, opening, place, agency):
    text = (
        f"मौसम की खबर में आज का मुख्य समाचार और शहर का हाल\n\n{byline}\n\n{opening}\n\n"
        "मौसम विभाग ने बताया कि अगले दो दिनों तक हल्की बारिश होने की संभावना है।\n\n"
        "प्रशासन ने लोगों से सावधानी बरतने की अपील की है और नियंत्रण कक्ष बनाया है।\n"
    )
    article = parse_text(text)
    assert article.dateline is not None and article.dateline.place is not None
    assert article.dateline.place.text == place
    assert (article.dateline.agency.text if article.dateline.agency else None) == agency


def test_a_short_sentence_closed_by_the_danda_is_no_dateline():
    # two words closed by the danda, named nowhere else: a short sentence, not a place
    text = (
        "मौसम की खबर में आज का मुख्य समाचार और शहर का हाल\n\n"
        "ठंड बढ़ी। राजधानी में बुधवार को न्यूनतम तापमान सात डिग्री दर्ज किया गया जो इस मौसम में सबसे कम है।\n\n"
        "मौसम विभाग ने बताया कि अगले दो दिनों तक हल्की बारिश होने की संभावना है।\n\n"
        "प्रशासन ने लोगों से सावधानी बरतने की अपील की है।\n"
    )
    assert parse_text(text).dateline is None


_FRONT = (
    "Home\nNews\nLocal\nTaxi rank to close for six months as rebuild begins\n"
    "Thandeka Mokoena\n02 Dec 2026\nShare\nSave\n"
)
_STORY = (
    "Johannesburg's busiest taxi rank will close for six months from January while the city rebuilds it.\n"
    "The rank handles about 40 000 commuters a day, most of them travelling to Soweto and the West Rand.\n"
    "The department said marshals and police would be posted at each site for the first month.\n"
)


def test_caption_under_a_save_button_with_its_credit_under_it():
    text = _FRONT + "Commuters at the Bree Street taxi rank on Monday.\nGallo Images/Luba Lesolle\n" + _STORY
    article = parse_text(text)
    assert article.image is not None and article.image.caption is not None
    assert article.image.caption.text == "Commuters at the Bree Street taxi rank on Monday."
    assert article.image.credit is not None and article.image.credit.text == "Gallo Images/Luba Lesolle"


def test_prompt_under_a_save_button_without_a_credit_stays_furniture():
    text = _FRONT + "Log in, register or subscribe to save articles for later.\n" + _STORY
    article = parse_text(text)
    assert article.image is None
    first = article.sections[0].paragraphs[0].text
    assert first.startswith("Johannesburg's busiest")


_HE_BODY = (
    "מתקן ההתפלה החדש בעמק חפר יחל לפעול בקיץ הבא, כך הודיעה היום רשות המים.\n\n"
    "המתקן, שעלותו מוערכת בכ-2 מיליארד שקל, יספק כ-150 מיליון קוב מים בשנה.\n\n"
    "לדברי מנהל הרשות, המתקן יאפשר להפחית את השאיבה מהכנרת.\n"
)


@pytest.mark.parametrize(
    ("line", "value"),
    [
        ("2 בדצמבר 2026", "2026-12-02"),
        ("יום רביעי, 2 בדצמבר 2026, 14:35", "2026-12-02"),
        ("פורסם: 14 במאי 2026 בשעה 09:10", "2026-05-14"),
        ("3 באוגוסט 2025", "2025-08-03"),
    ],
)
def test_hebrew_month_with_its_preposition(line, value):
    article = parse_text(f"מתקן ההתפלה החדש בעמק חפר יחל לפעול בקיץ הבא\n\nדנה לוי\n\n{line}\n\n{_HE_BODY}")
    assert article.published is not None and article.published.date.value == value


@pytest.mark.parametrize(
    ("headline", "byline", "names", "body"),
    [
        (
            "Экспорт пшеницы из России упал до минимума за пять лет",
            "Автор: Ирина Соколова и Дмитрий Власов",
            ["Ирина Соколова", "Дмитрий Власов"],
            "Экспорт пшеницы из России в ноябре снизился до 2,9 млн тонн, следует из данных центра.\n\n"
            "Годом ранее за ноябрь было вывезено 4,6 млн тонн пшеницы.\n\n"
            "Минсельхоз ожидает, что экспорт восстановится весной.\n",
        ),
        (
            "صید ماهی خاویار در دریای خزر برای پنج سال دیگر ممنوع شد",
            "نویسنده: مریم احمدی و علی رضایی",
            ["مریم احمدی", "علی رضایی"],
            "کشورهای حاشیه دریای خزر ممنوعیت صید تجاری ماهیان خاویاری را تا سال ۲۰۳۱ تمدید کردند.\n\n"
            "به گفته کارشناسان، جمعیت این ماهیان در سه دهه گذشته بیش از ۹۰ درصد کاهش یافته است.\n\n"
            "ماهیگیران در سواحل گیلان و مازندران از نبود درآمد جایگزین گله دارند.\n",
        ),
        (
            "यमुना पर नई नाव सेवा शुरू, पहले दिन 2000 यात्री",
            "लेखक: अमित शर्मा और सुनील वर्मा",
            ["अमित शर्मा", "सुनील वर्मा"],
            "यमुना नदी पर बुधवार से नई नाव सेवा शुरू हो गई और पहले ही दिन करीब 2000 यात्रियों ने लाभ उठाया।\n\n"
            "यह सेवा मेहताब बाग घाट से दशहरा घाट तक चलेगी।\n\n"
            "विभाग ने बताया कि नावों पर जीवन रक्षक जैकेट पहनना अनिवार्य होगा।\n",
        ),
    ],
)
def test_two_names_joined_by_the_word_for_and_in_other_scripts(headline, byline, names, body):
    article = parse_text(f"{headline}\n\n{byline}\n\n2 декабря 2026\n\n{body}")
    assert article.byline is not None and article.byline.text == byline
    assert [person.name for person in article.authors] == names


def test_a_section_label_joined_by_and_is_no_byline():
    text = (
        "Экономика и бизнес\n\nЭкспорт пшеницы из России упал до минимума за пять лет\n\n2 декабря 2026\n\n"
        "Экспорт пшеницы из России в ноябре снизился до 2,9 млн тонн, следует из данных центра.\n\n"
        "Годом ранее за ноябрь было вывезено 4,6 млн тонн пшеницы.\n\n"
        "Минсельхоз ожидает, что экспорт восстановится весной.\n"
    )
    article = parse_text(text)
    assert article.byline is None
