"""The article's language told by its script (archivist.parse.language, issue 11): a script one language
writes gives it; a script several write (Cyrillic, Arabic, Devanagari, Ethiopic) gives the one whose own
letters or function words the text holds; and the Latin-script languages added with it. Every text here was
written for this test (a short local story); the negatives: a Latin text quoting a name of another script
keeps its language, and a text too short to tell is ``und``."""

from __future__ import annotations

import pytest

from archivist.parse.language import detect_language

ONE_SCRIPT = {
    "el": "Το δημοτικό συμβούλιο αποφάσισε την Πέμπτη ότι η γέφυρα πάνω από το ποτάμι θα επισκευαστεί. "
    "Οι εργασίες θα αρχίσουν την άνοιξη και τα λεωφορεία θα κάνουν παράκαμψη.",
    "he": "מועצת העיר החליטה ביום חמישי כי הגשר מעל הנהר ישופץ. העבודות יתחילו באביב והאוטובוסים ייסעו "
    "בדרך עוקפת, אמרו בעירייה.",
    "hy": "Քաղաքային խորհուրդը հինգշաբթի որոշեց, որ գետի վրայի կամուրջը կվերանորոգվի։ Աշխատանքները "
    "կսկսվեն գարնանը։",
    "ka": "ქალაქის საბჭომ ხუთშაბათს გადაწყვიტა, რომ მდინარეზე ხიდი შეკეთდება. სამუშაოები გაზაფხულზე "
    "დაიწყება.",
    "th": "สภาเมืองมีมติเมื่อวันพฤหัสบดีว่าจะซ่อมแซมสะพานข้ามแม่น้ำ งานจะเริ่มในฤดูใบไม้ผลิ",
    "ko": "시의회는 목요일 강을 가로지르는 다리를 보수하기로 결정했다. 공사는 봄에 시작되며 버스는 우회한다.",
    "ja": "市議会は木曜日、川に架かる橋を修理することを決めた。工事は春に始まり、バスは迂回する。",
    "zh": "市议会周四决定修复横跨河流的桥梁。工程将于春季开始，公交车将绕行。居民表示已经等待多年。",
    "bn": "পৌরসভা বৃহস্পতিবার সিদ্ধান্ত নিয়েছে যে নদীর উপরের সেতুটি মেরামত করা হবে। কাজ বসন্তে শুরু হবে।",
    "ta": "நகர சபை வியாழக்கிழமை ஆற்றின் மேல் உள்ள பாலத்தை பழுதுபார்க்க முடிவு செய்தது. பணிகள் வசந்த காலத்தில் தொடங்கும்.",
    "km": "ក្រុមប្រឹក្សាក្រុងបានសម្រេចកាលពីថ្ងៃព្រហស្បតិ៍ថានឹងជួសជុលស្ពានឆ្លងទន្លេ។",
    "si": "නගර සභාව බ්‍රහස්පතින්දා ගඟ හරහා ඇති පාලම අලුත්වැඩියා කිරීමට තීරණය කළේය.",
}

SHARED_SCRIPT = {
    "ru": "Городской совет в четверг решил, что мост через реку будет отремонтирован. Работы начнутся "
    "весной, а автобусы будут ездить в объезд. Жители говорят, что это было давно нужно.",
    "uk": "Міська рада в четвер вирішила, що міст через річку буде відремонтовано. Роботи почнуться "
    "навесні, а автобуси їздитимуть в об'їзд. Мешканці кажуть, що чекали на це багато років і вже не "
    "вірили в обіцянки, які їм давали.",
    "bg": "Общинският съвет реши в четвъртък, че мостът над реката ще бъде ремонтиран. Работите ще "
    "започнат през пролетта, а автобусите ще минават по друг път. Хората казват, че са чакали това с "
    "години и че не са вярвали на обещанията, които им дават.",
    "sr": "Градско веће је у четвртак одлучило да ће мост преко реке бити обновљен. Радови ће почети на "
    "пролеће, а аутобуси ће ићи обилазницом. Становници кажу да су чекали годинама.",
    "mk": "Советот на градот одлучи во четвртокот дека мостот преку реката ќе биде обновен. Работите ќе "
    "почнат на пролет, а автобусите ќе одат по друг пат. Жителите велат дека чекале со години.",
    "kk": "Қалалық кеңес бейсенбі күні өзен үстіндегі көпірді жөндеуге шешім қабылдады. Жұмыстар "
    "көктемде басталады, ал автобустар айналма жолмен жүреді.",
    "mn": "Хотын зөвлөл пүрэв гарагт голын дээгүүрх гүүрийг засварлахаар шийдвэрлэсэн байна. Ажил "
    "хавар эхэлнэ гэж мэдээлсэн байгаа юм.",
    "ar": "قرر المجلس البلدي يوم الخميس إصلاح الجسر الذي يعبر النهر. وستبدأ الأعمال في الربيع، وستسلك "
    "الحافلات طريقا بديلا، حسب ما قال مسؤول في البلدية.",
    "fa": "شورای شهر روز پنجشنبه تصمیم گرفت که پل روی رودخانه تعمیر شود. کارها در بهار آغاز می‌شود و "
    "اتوبوس‌ها از مسیر دیگری می‌گذرند.",
    "ur": "سٹی کونسل نے جمعرات کو فیصلہ کیا کہ دریا پر بنے پل کی مرمت کی جائے گی۔ کام بہار میں شروع "
    "ہوگا اور بسیں دوسرے راستے سے چلیں گی۔",
    "hi": "नगर परिषद ने गुरुवार को फैसला किया कि नदी पर बने पुल की मरम्मत की जाएगी। काम वसंत में शुरू "
    "होगा और बसें दूसरे रास्ते से चलेंगी। लोगों ने कहा कि यह काम बहुत पहले हो जाना चाहिए था।",
    "mr": "नगर परिषदेने गुरुवारी नदीवरील पुलाची दुरुस्ती करण्याचा निर्णय घेतला आहे. काम वसंत ऋतूत सुरू "
    "होईल आणि बस दुसऱ्या मार्गाने जातील. या कामासाठी लोक खूप वर्षे वाट पाहत होते, असे त्यांनी सांगितले.",
    "ne": "नगरपालिकाले बिहीबार खोलामाथिको पुल मर्मत गर्ने निर्णय गरेको छ। काम वसन्तमा सुरु हुनेछ र बसहरू "
    "अर्को बाटो हुँदै चल्नेछन्। स्थानीयले पनि यो काम धेरै पहिले हुनुपर्ने थियो भनेका छन्।",
    "am": "የከተማው ምክር ቤት ሐሙስ ዕለት በወንዙ ላይ ያለውን ድልድይ ለመጠገን ወስኗል። ሥራው በፀደይ ይጀምራል።",
}

LATIN = {
    "az": "Şəhər şurası cümə axşamı çay üzərindəki körpünün təmir olunmasına qərar verib. İşlər yazda "
    "başlayacaq və avtobuslar başqa yolla hərəkət edəcək. Sakinlər bildirib ki, bu qərarı çoxdan "
    "gözləyirdilər.",
    "ca": "L'ajuntament va decidir dijous que el pont sobre el riu es reformarà. Les obres començaran a la "
    "primavera i els autobusos faran un desviament. Els veïns diuen que ho esperaven des de fa anys i que "
    "ja no creien en les promeses, però també que és una bona notícia per al barri.",
    "gl": "O concello decidiu o xoves que a ponte sobre o río será reparada. As obras comezarán na "
    "primavera e os autobuses farán un desvío. Os veciños din que levaban anos agardando e que xa non "
    "crían nas promesas, pero tamén que é unha boa nova para a vila.",
    "eu": "Udalak ostegunean erabaki zuen ibaiaren gaineko zubia konponduko dela. Lanak udaberrian hasiko "
    "dira eta autobusek beste bide bat egingo dute. Bizilagunek diote urteak daramatzatela zain eta ez "
    "zutela promesetan sinesten, baina orain egin behar dela.",
    "et": "Linnavalitsus otsustas neljapäeval, et jõe sild remonditakse. Tööd algavad kevadel ning bussid "
    "sõidavad seni teist teed mööda. Elanikud ütlevad, et see oli ammu vaja ja et nad ei uskunud enam "
    "lubadusi, aga nüüd on see siis ka tõsi.",
    "lt": "Miesto taryba ketvirtadienį nusprendė, kad tiltas per upę bus suremontuotas. Darbai prasidės "
    "pavasarį, o autobusai važiuos aplinkkeliu. Gyventojai sako, kad jie to laukė jau daug metų ir kad "
    "tai buvo seniai reikalinga, nes tiltas yra labai senas.",
    "lv": "Pilsētas dome ceturtdien nolēma, ka tilts pār upi tiks remontēts. Darbi sāksies pavasarī, un "
    "autobusi brauks pa apvedceļu. Iedzīvotāji saka, ka viņi to ir gaidījuši gadiem un ka tas bija "
    "vajadzīgs jau sen, bet nauda tika atrasta tikai tagad.",
    "sq": "Këshilli bashkiak vendosi të enjten që ura mbi lumë të riparohet. Punimet do të fillojnë në "
    "pranverë dhe autobusët do të kalojnë nga një rrugë tjetër. Banorët thonë se kanë pritur për vite "
    "dhe se kjo është një lajm i mirë për qytetin.",
    "is": "Bæjarstjórn ákvað á fimmtudag að gert yrði við brúna yfir ána. Framkvæmdir hefjast í vor og "
    "strætó mun aka aðra leið. Íbúar segja að þeir hafi beðið eftir þessu í mörg ár og að það sé gott "
    "að það sé loksins komið að því.",
    "ms": "Majlis bandaran memutuskan pada hari Khamis bahawa jambatan di atas sungai itu akan dibaiki. "
    "Kerja-kerja dijangka bermula selepas musim hujan dan bas akan menggunakan jalan lain. Penduduk "
    "berkata mereka telah lama menunggu kerana jambatan itu boleh runtuh, dan beliau berkata kerajaan "
    "negeri juga akan membantu.",
    "id": "Dewan kota memutuskan pada hari Kamis bahwa jembatan di atas sungai itu akan diperbaiki. "
    "Pekerjaan dijadwalkan dimulai setelah musim hujan dan bus akan melewati jalan lain. Warga mengatakan "
    "mereka sudah lama menunggu karena jembatan tersebut bisa runtuh, dan pemerintah provinsi juga akan "
    "membantu.",
}


@pytest.mark.parametrize("language", sorted(ONE_SCRIPT))
def test_a_script_one_language_writes_tells_it(language: str) -> None:
    assert detect_language(ONE_SCRIPT[language]) == language


@pytest.mark.parametrize("language", sorted(SHARED_SCRIPT))
def test_a_script_several_write_tells_the_one_whose_letters_or_words_the_text_holds(language: str) -> None:
    assert detect_language(SHARED_SCRIPT[language]) == language


@pytest.mark.parametrize("language", sorted(LATIN))
def test_more_latin_script_languages_by_their_words(language: str) -> None:
    assert detect_language(LATIN[language]) == language


def test_a_latin_text_quoting_a_name_of_another_script_keeps_its_language() -> None:
    english = (
        "The mayor of the town, Ivan Petrov (Иван Петров), said on Tuesday that the bridge would be "
        "repaired by the end of the year, and that the work was paid for by the region."
    )
    assert detect_language(english) == "en"
    taiwan = (
        "Deputy Health Minister Lin (林明賢) said the drill was the first of its kind and that it will be "
        "held every year from now on, with all the hospitals of the island taking part in it."
    )
    assert detect_language(taiwan) == "en"
    # A Russian text naming Kyiv in Ukrainian once is Russian still: one letter of Ukraine's is no share.
    assert detect_language(SHARED_SCRIPT["ru"] + " Мэр Киева (Київ) был там.") == "ru"


def test_a_japanese_text_is_told_by_its_kana_among_the_kanji() -> None:
    assert detect_language("東京都は月曜日、新しい条例を発表した。") == "ja"
    assert detect_language("東京都政府週一發表新條例，市民表示歡迎。") == "zh"  # traditional Han: zh


def test_a_text_too_short_or_unsure_is_und() -> None:
    assert detect_language("Мост") == "und"  # one Cyrillic word: which language?
    assert detect_language("OK") == "und"
    assert detect_language("Ivan Petrov — Иван Петров") == "und"
