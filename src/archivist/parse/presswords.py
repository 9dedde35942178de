"""More languages' words for the tables of ``archivist.parse.labelwords``: the press of languages the
tables had no row for, or a row missing a column (issue 11: a word missed in one language is missed in
every language its table lacks, so a page of a publisher never seen misses it too).

Each table here is merged into the ``labelwords`` table of the same name when that module loads (a word
added to a language's row, a row added where there was none), so every reader of those tables knows
them. The languages: Breton, Occitan, Corsican, Yiddish, Northern Sami, Sesotho and Setswana, Shona,
Tok Pisin, Cebuano, Tetum, Papiamento, Māori, Fijian, Tatar, Bashkir, Assamese, Odia, Sindhi,
Uyghur, Oromo, Tigrinya, Luganda, Lingala, Wolof, Twi (Akan), Guarani, Quechua, Sundanese, Turkmen.

Words that are common in prose or names are left out (Occitan and Catalan "Per", Sesotho and Setswana
"Ka", Lingala "Na", Sundanese "Ku" before a writer's name: each is a name or a word of another language
opening a line of names), and so are picture labels opening with a letter no other label opens with
("Tā", "Ekifaananyi"): the labels' first letters gate every line's search for a credit.
"""

from __future__ import annotations

# language: (by, author, photo, published, updated), as ``labelwords.LABELS``: words parted by "|".
# Breton "Gant Soazig Le Gall" ("by"), "Embannet" / "Hizivaet" ("published" / "updated"); Yiddish "פֿון"
# ("from", "by": with and without its diacritic), "פֿאָטאָ"; Northern Sami "Čálli" ("writer"), "Govva"
# ("picture"); Tok Pisin "Stori na piksa:" ("story and pictures:"), "Piksa"; Sesotho "Setšoantšo",
# Setswana "Setshwantsho" ("picture"); Occitan "Fòto", "Publicat" / "Mes a jorn".
LABELS: dict[str, tuple[str, str, str, str, str]] = {
    "br": (
        "Gant",
        "Skrivet gant|Testenn",
        "Luc'h|Luc’h|Luc'hskeudenn|Luc’hskeudenn|Skeudenn",
        "Embannet",
        "Hizivaet|Nevesaet",
    ),
    "oc": ("", "Autor|Autora|Tèxte", "Fòto|Fotografia|Imatge", "Publicat|Publicada", "Mes a jorn|Actualizat"),
    "co": ("", "Autore|Testu", "Fotò|Ritrattu", "Publicatu", "Aghjurnatu"),
    "yi": (
        "פֿון|פון",
        "מחבר|רעדאַקטאָר",
        "פֿאָטאָ|פאטא|פֿאָטאָגראַפֿיע|בילד",
        "פֿאַרעפֿנטלעכט|ארויסגעגעבן",
        "דערהײַנטיקט|אַפּדייטעד",
    ),
    "se": ("", "Čálli|Čállit", "Govva|Gova|Govvideaddji", "Almmuhuvvon", "Ođastuvvon"),
    "st": ("", "", "Setšoantšo|Setshwantsho|Senepe", "", ""),
    "tn": ("", "Mokwadi", "Setshwantsho|Setshwantso|Senepe", "", ""),
    "tpi": ("", "Stori na piksa|Stori", "Piksa|Poto", "", ""),
    "ceb": ("Ni", "Magsusulat|Tigsulat", "Hulagway|Litrato|Kuha ni", "Gipatik", "Gi-update"),
    "tet": ("", "Hakerek-na'in|Autór", "Foto|Imajen", "Publika", "Atualiza"),
    "pap": ("", "Outor|Skirbidó", "Potrèt|Foto|Portret", "Publiká", "Aktualisá"),
    "fj": ("", "Dauvolavola", "", "", ""),
    "tt": ("", "Автор|Хәбәрче|Текст", "Фото|Рәсем", "Басылды|Бастырылды", "Яңартылды"),
    "ba": ("", "Автор|Мөхбир", "Фото|Һүрәт", "Баҫылды", "Яңыртылды"),
    "as": ("", "লেখক|প্ৰতিবেদক|সংবাদদাতা", "ফটো|ছবি|আলোকচিত্ৰ", "প্ৰকাশিত|প্ৰকাশ", "আপডেট"),
    "or": ("", "", "ଚିତ୍ର|ଫୋଟୋ", "ପ୍ରକାଶିତ|ପ୍ରକାଶ", "ଅପଡେଟ|ଅପଡେଟ୍|ଅଦ୍ୟତନ"),
    "sd": ("", "ليکڪ|رپورٽر", "تصوير|فوٽو", "شايع ٿيل", "اپڊيٽ"),
    "ug": ("", "", "", "ئېلان قىلىنغان ۋاقىت|ئېلان قىلىندى", "يېڭىلانغان"),
    "om": ("", "Barreessaa|Gabaasaa|Gabaasaan", "Suuraa|Suura|Fakkii", "Maxxanfame", "Haaromfame"),
    "ti": ("", "", "", "ዝተሓተመ|ተሓቲሙ", "ዝተሓደሰ"),
    "lg": ("", "Omuwandiisi", "", "", ""),
    "ln": ("", "Mokomi", "Foto", "", ""),
    "wo": ("", "Bindkat", "Nataal", "", ""),
    "ak": ("", "Kyerɛwfo", "Mfonini", "", ""),
    "gn": ("", "Haihára", "", "", ""),
    "qu": ("", "Qillqaq", "Rikch'ay|Siq'i", "", ""),
    "su": ("", "Panulis", "Poto|Gambar", "", ""),
    "sn": ("", "", "Mufananidzo|Pikicha", "", ""),
    "tk": ("", "", "Surat|Suratlar", "", ""),
}

# A page's buttons (share, listen, print), as ``labelwords.BUTTONS``: Breton "Rannañ", Occitan "Partejar",
# Yiddish "טיילן", Sesotho "Arolelana", Setswana "Abelana", Tok Pisin "Serim", Tatar "Бүлешергә", Tajik
# "Мубодила", Turkmen "Paýlaş", Shona "Govera", Māori "Tiri", Tetum "Fahe", Luganda "Gabana"…
BUTTONS: dict[str, str] = {
    "br": "Rannañ|Moullañ|Selaou",
    "oc": "Partejar|Partatjar|Imprimir|Escotar",
    "co": "Sparte|Stampà",
    "yi": "טיילן|טײַלן|דרוקן|הערן",
    "se": "Juoge",
    "st": "Arolelana|Abelana",
    "tn": "Abelana",
    "tpi": "Serim|Prinim",
    "ceb": "Ipaambit|I-share",
    "tet": "Fahe|Imprime",
    "pap": "Kompartí|Primi",
    "mi": "Tiri|Tohatoha",
    "sn": "Govera|Goverana",
    "tt": "Бүлешергә|Бүлешү|Бастыру",
    "ba": "Бүлешергә|Уртаклашыу",
    "tg": "Мубодила|Мубодила кардан|Чоп кардан",
    "tk": "Paýlaş|Paýlaşmak|Çap et",
    "ky": "Бөлүшүү",
    "as": "শ্বেয়াৰ কৰক|শ্বেয়াৰ",
    "or": "ସେୟାର କରନ୍ତୁ|ସେୟାର",
    "sd": "شيئر ڪريو|شيئر",
    "ug": "ھەمبەھىرلەش",
    "om": "Qoodi|Qooddadhu",
    "ti": "ኣካፍል",
    "lg": "Gabana",
    "ln": "Kabola",
    "su": "Bagikeun",
}

# An advertisement's slot, alone on its line, as ``labelwords.PAGE_NOTICES``: Breton "Bruderezh", Occitan
# "Publicitat", Yiddish "רעקלאַמע", Sesotho "Papatso", Setswana "Papatso", Tok Pisin "Advertaismen",
# Tatar and Bashkir "Реклама", Assamese "বিজ্ঞাপন", Māori "Pānui hokohoko", Tetum "Anúnsiu".
PAGE_NOTICES: dict[str, str] = {
    "br": "Bruderezh",
    "oc": "Publicitat|Reclama",
    "co": "Publicità",
    "yi": "רעקלאַמע|רעקלאמע|אַנאָנס",
    "se": "Reklámma|Reklama",
    "st": "Papatso|Phatlalatso",
    "tn": "Papatso|Kitsiso",
    "tpi": "Advertaismen",
    "tet": "Anúnsiu|Publisidade",
    "pap": "Anunsio",
    "mi": "Pānui hokohoko|Panui hokohoko",
    "tt": "Реклама",
    "ba": "Реклама",
    "as": "বিজ্ঞাপন",
    "ug": "ئېلان",
    "ln": "Piblisite",
    "su": "Iklan|Pariwara",
}

# A teaser label over a link to another story, as ``labelwords.RELATED``: "Read also" in Breton ("Lenn
# ivez"), Occitan ("Legir tanben"), Yiddish ("לייענט אויך"), Sesotho ("Bala hape"), Setswana ("Bala
# gape"), Tok Pisin ("Ritim moa"), Tatar ("Укыгыз шулай ук"), Tajik ("Инчунин хонед"), Māori ("Pānuitia
# anō"), Northern Sami ("Loga maiddái")…
RELATED: dict[str, str] = {
    "br": "Lenn ivez|Lennit ivez|Da lenn ivez",
    "oc": "Legir tanben|Legissètz tanben|De legir tanben",
    "co": "Leghjite dinù|Da leghje dinù",
    "yi": "לייענט אויך|לייענט אױך|לייען אויך|פֿאַרבונדענע אַרטיקלען",
    "se": "Loga maiddái|Loga eanet",
    "st": "Bala hape|Bala le tsona|Litaba tse amanang",
    "tn": "Bala gape|Dikgang tse di amanang",
    "tpi": "Ritim moa|Ritim tu|Ol narapela stori",
    "tet": "Lee mós|Le mós",
    "pap": "Lesa tambe|Lesa també",
    "mi": "Pānuitia anō|Panuitia ano|Pānui anō",
    "tt": "Укыгыз шулай ук|Шулай ук укыгыз|Шулай ук укы|Бу темага башка яңалыклар",
    "ba": "Шулай уҡ уҡығыҙ",
    "tg": "Инчунин хонед|Инчунин бихонед|Хонед инчунин",
    "ky": "Ошондой эле окуңуз|Дагы окуңуз",
    "ug": "مۇناسىۋەتلىك خەۋەرلەر",
    "lg": "Soma ne",
    "ln": "Tanga lisusu",
    "ak": "Kenkan bio",
    "gn": "Emoñe'ẽ avei|Emoñe’ẽ avei",
    "su": "Baca deui",
    "bo": "ད་དུང་ཀློག",
}

# The word before a time of day on a date line, as ``labelwords.CLOCK``: Breton "da 10e15" ("at").
CLOCK: dict[str, str] = {"br": "da"}

# The labels opening the page's foot, as ``labelwords.TAIL_LABELS``: the comments ("Teswirler",
# "Фикерләр", "Evezhiadennoù", "באַמערקונגען", "Maikutlo"), the prompt to write one, the most read, the
# other stories on the subject, the tags' label.
TAIL_LABELS: dict[str, str] = {
    "tk": "Teswirler|Teswir ýazmak üçin giriň|Teswir ýazyň|Köp okalanlar|Meňzeş habarlar|Bellikler",
    "tt": "Фикерләр|Фикер калдыру өчен керегез|Фикер калдырыгыз|Күп укылганнар|Бу темага башка яңалыклар"
    "|Теглар",
    "ba": "Фекерҙәр|Иң күп уҡылғандар",
    "tg": "Шарҳҳо|Назарҳо|Шарҳ гузоред|Бештар хондашуда|Хабарҳои марбут",
    "br": "Evezhiadennoù|Skrivañ un evezhiadenn|Keleier all|Gerioù-alc'hwez|Gerioù-alc’hwez",
    "oc": "Comentaris|Daissar un comentari|Mots claus|Los mai legits",
    "co": "Cummenti|Lascià un cummentu",
    "yi": "באַמערקונגען|קאָמענטאַרן|שלאָגווערטער|מער פֿון|לאָזט איבער אַ קאָמענטאַר",
    "se": "Kommentárat",
    "st": "Maikutlo|Ngola maikutlo a hao|Litaba tse amanang|Litlhaloso",
    "tn": "Dikakgelo|Kwala kakgelo",
    "tpi": "Ol narapela stori|Tingting bilong yu",
    "ceb": "Mga komento|Pagbilin og komento",
    "or": "ମନ୍ତବ୍ୟ|ସମ୍ବନ୍ଧିତ ଖବର",
    "as": "মন্তব্য|সম্পৰ্কিত খবৰ",
    "sd": "تبصرا|لاڳاپيل خبرون",
    "ug": "ئىنكاسلار|ئىنكاس يېزىڭ",
}

# The tags' label closing the page, as ``labelwords.TAGS``.
TAGS: dict[str, str] = {
    "tk": "Bellikler|Tegler",
    "tt": "Теглар|Тэглар",
    "tg": "Калидвожаҳо|Барчаспҳо",
    "br": "Gerioù-alc'hwez|Gerioù-alc’hwez|Tikedennoù",
    "oc": "Mots claus|Etiquetas",
    "yi": "שלאָגווערטער|טעמעס",
    "st": "Litlhaloso|Lihlooho",
    "ceb": "Mga tag",
}
