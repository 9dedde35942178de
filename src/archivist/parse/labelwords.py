"""The labels news pages put before a writer's name, a photographer's and a date, in every language the
reader knows: one table by language, each reader taking the concept it needs.

- ``by``: the word before the writer's name (``By``, ``Von``, ``Deur``), capitalised as a byline opens it;
  ``byline`` and ``frontline`` read it only before a line that is nothing but names, so a sentence opening
  with the same word (``Por la mañana…``, ``Von Montag an…``) is left alone.
- ``author``: a role label before a colon (``Autor: Petr Novák``, ``Journalist: Jane Doe``).
- ``photo``: a picture credit's label before a colon (``Foto:``, ``Kuva:``), or an abbreviation written
  with its stop (``Fot.``, ``Nuotr.``) that needs no colon; ``credit`` reads it at a caption's end or on
  the credit's own line, so ``Foto`` inside prose is no label.
- ``clock``: the word before a time of day (``kl.``, ``klo``, ``pukul``), a filler of date lines.
- ``published`` / ``updated``: a date line's label (``Publicerad 3 mars 2025``, ``Actualizat:``);
  ``dateblock`` reads a line as a date line only when nothing but dates and labels is left on it.

CLDR has no such words; they are the ones each language's press uses, written here once per language.
Some words are left out on purpose: a "by" that is a common name or particle (Romanian ``De``: ``De Vries``;
Catalan and Nordic ``Per``; Swahili and Polish ``Na``).
"""

from __future__ import annotations

from archivist.parse.words import alternation

# language: (by, author, photo, published, updated); words separated by "|", a label of several words
# written with single spaces.
LABELS: dict[str, tuple[str, str, str, str, str]] = {
    "en": (
        "By",
        "Author|Writer|Reporter|Journalist|Words|Text|Story|Released by",
        "Photo|Photograph|Picture|Image|Pic|Pix|Pics",
        "Published|Posted|First published",
        "Updated|Modified|Last updated|Edited",
    ),
    "de": (
        "Von",
        "Autor|Autorin|Text",
        "Foto|Bild|Fotos|Bildquelle|Bildnachweis|Fotoquelle",
        "Veröffentlicht|Publiziert|Erstellt",
        "Aktualisiert|Geändert",
    ),
    "fr": (
        "Par",
        "Auteur|Autrice|Texte|Journaliste",
        "Photo|Crédit photo|Illustration",
        "Publié|Mis en ligne",
        "Mis à jour|Modifié",
    ),
    "es": (
        "Por",
        "Autor|Autora|Texto|Redacción",
        "Foto|Fotografía|Imagen|Fuente de la imagen|Fuente de la foto|Crédito de la foto",
        "Publicado|Publicada",
        "Actualizado|Actualizada",
    ),
    "it": (
        "Di",
        "Autore|Autrice|Testo",
        "Foto|Immagine|Credito foto|Fonte foto",
        "Pubblicato|Pubblicata",
        "Aggiornato|Aggiornata|Modificato|Modificata|Modifica",
    ),
    "pt": (
        "Por",
        "Autor|Autora|Texto|Jornalista|Repórter",
        "Foto|Fotografia|Imagem|Crédito da foto|Fonte da imagem",
        "Publicado|Publicada",
        "Atualizado|Atualizada|Actualizado|Actualizada",
    ),
    "nl": (
        "Door",
        "Auteur|Tekst|Verslaggever",
        "Foto|Beeld|Fotocredit|Bron foto",
        "Gepubliceerd|Geplaatst",
        "Bijgewerkt|Gewijzigd",
    ),
    "da": ("Af", "Forfatter|Journalist|Tekst", "Foto|Billede", "Publiceret|Offentliggjort", "Opdateret"),
    "sv": ("Av", "Författare|Text|Reporter", "Foto|Bild", "Publicerad|Publicerat", "Uppdaterad|Uppdaterat"),
    "nb": ("Av", "Forfatter|Journalist|Tekst", "Foto|Bilde", "Publisert", "Oppdatert"),
    "fi": ("", "Kirjoittaja|Teksti|Toimittaja", "Kuva|Kuvaaja", "Julkaistu", "Päivitetty"),
    "is": ("Eftir", "Höfundur|Texti", "Mynd|Ljósmynd", "Birt", "Uppfært"),
    # Estonian: "Autor/allikas:" ("author/source") is the public broadcaster's label for a picture's credit
    "et": ("", "Autor|Tekst", "Foto|Pilt|Autor/allikas", "Avaldatud", "Uuendatud"),
    "lv": ("", "Autors|Teksts", "Foto|Attēls", "Publicēts", "Atjaunināts"),
    "lt": ("", "Autorius|Autorė|Tekstas", "Nuotr.|Nuotrauka|Foto", "Publikuota|Paskelbta", "Atnaujinta"),
    "pl": (
        "Przez",
        "Autor|Autorka|Tekst",
        "Fot.|Foto|Zdjęcie|Zdj.|Źródło zdjęcia",
        "Opublikowano|Publikacja",
        "Aktualizacja|Zaktualizowano",
    ),
    "cs": ("", "Autor|Autorka|Text", "Foto|Snímek", "Publikováno|Zveřejněno", "Aktualizováno|Aktualizace"),
    "sk": ("", "Autor|Autorka|Text", "Foto|Snímka", "Publikované|Zverejnené", "Aktualizované|Aktualizácia"),
    "sl": ("", "Avtor|Avtorica|Besedilo|Piše", "Foto|Fotografija", "Objavljeno", "Posodobljeno"),
    "hr": ("", "Autor|Autorica|Tekst|Piše", "Foto|Fotografija|Snimio|Snimila", "Objavljeno", "Ažurirano"),
    "sr": (
        "",
        "Autor|Autorka|Tekst|Аутор|Ауторка|Текст|Piše|Пише",
        "Foto|Fotografija",
        "Objavljeno",
        "Ažurirano",
    ),
    "hu": ("", "Szerző|Szöveg", "Fotó|Kép", "Közzétéve|Publikálva", "Frissítve|Frissítés"),
    "ro": ("", "Autor|Autoare|Text", "Foto|Fotografie", "Publicat", "Actualizat"),
    "sq": ("Nga", "Autor|Autore", "Foto", "Publikuar", "Përditësuar"),
    "tr": (
        "",
        "Yazar|Muhabir|Haber",
        "Fotoğraf|Foto|Fotoğraf kaynağı",
        "Yayınlanma|Yayınlandı|Yayın tarihi",
        "Güncelleme|Güncellendi",
    ),
    "id": (
        "Oleh",
        "Penulis|Pewarta|Wartawan|Reporter",
        "Foto|Sumber foto",
        "Diterbitkan|Dipublikasikan",
        "Diperbarui",
    ),
    "ms": ("Oleh", "Penulis|Wartawan", "Foto|Gambar", "Diterbitkan", "Dikemas kini"),
    "tl": ("Ni", "Manunulat|Sumulat", "Larawan|Kuha ni", "Inilathala", "Na-update"),
    "vi": ("", "Tác giả", "Ảnh|Nguồn ảnh", "Đăng", "Cập nhật"),
    "sw": ("", "Mwandishi", "Picha", "Imechapishwa", "Imesasishwa"),
    "af": ("Deur", "Skrywer|Joernalis|Verslaggewer", "Foto", "Gepubliseer", "Bygewerk|Opgedateer"),
    "ca": ("", "Autor|Autora|Text", "Foto|Fotografia", "Publicat", "Actualitzat"),
    # Greek: "Της Ελένης Παπαδάκη" (the article of the name's genitive, "by"), "ΦΩΤΟ:", "ΦΩΤ.:"
    "el": (
        "Του|Της|Των",
        "Συντάκτης|Συντάκτρια|Συντάκτες",
        "ΦΩΤΟ|ΦΩΤ.|Φωτογραφία|Φωτ.|Φωτο",
        "Δημοσίευση|Δημοσιεύθηκε",
        "Ενημερώθηκε|Τελευταία ενημέρωση",
    ),
    "he": ("מאת", "כתב|כתבת", "צילום|צילומים", "פורסם", "עודכן"),
    # Arabic: the picture's labels ("تصوير:" "photographing", "عدسة:" "lens", before the photographer's
    # name) and the date line's ("نشر في", "آخر تحديث:"); its "by" column stays empty (its bylines are read
    # elsewhere), but the writer's label before a colon is the author column ("بقلم:" "by the pen of",
    # "كتب:" / "كتبت:" "wrote", "إعداد:" "prepared by"), as it is for the rows below: Persian "نویسنده:"
    # ("writer"), Hindi and Nepali "लेखक:", Hindi "रिपोर्ट:", Urdu "تحریر:" ("writing"), Bengali "প্রতিবেদক:"
    # ("reporter"), Thai "ผู้เขียน:", Tamil "எழுதியவர்:", Odia "ଲେଖକ:"; read only before their colon.
    "ar": ("", "بقلم|كتب|كتبت|إعداد", "تصوير|عدسة|صورة|الصورة", "نشر|نشر في|تاريخ النشر", "آخر تحديث|تحديث"),
    # The picture's label (and, for Bengali, Persian and Thai, the date line's labels: "প্রকাশ: ১৪ মে ২০২৫",
    # "تاریخ انتشار: ۲۵ اسفند ۱۴۰۳") in languages whose bylines are read elsewhere (no "by" opens them), so
    # their "by" column stays empty: "Снимка:", "Фото:", "عکس:", "ছবি:", "फोटो-", "ภาพ :".
    "ru": ("", "Автор|Текст", "Фото|Фотография|Снимок|Источник фото", "Опубликовано", "Обновлено"),
    "uk": ("", "Автор|Авторка|Текст", "Фото|Світлина", "Опубліковано", "Оновлено"),
    "bg": ("", "Автор|Текст", "Снимка|Снимки|Фото", "Публикувано", "Обновено"),
    "fa": (
        "",
        "نویسنده|خبرنگار|گزارشگر",
        "عکس|عکاس",
        "تاریخ انتشار|منتشر شده",
        "به‌روزرسانی|بروزرسانی|آخرین به‌روزرسانی",
    ),
    "bn": ("", "লেখক|প্রতিবেদক|লিখেছেন", "ছবি", "প্রকাশ|প্রকাশিত", "আপডেট|হালনাগাদ"),
    "hi": ("", "लेखक|रिपोर्ट|रिपोर्टर", "फोटो|फ़ोटो|फोटो साभार|चित्र|तस्वीर", "", ""),
    "th": ("", "ผู้เขียน|เขียนโดย|ข่าวโดย", "ภาพ|ภาพประกอบ|ภาพถ่าย", "เผยแพร่|วันที่เผยแพร่", "อัปเดต|ปรับปรุงล่าสุด"),
    # Nepali "तस्बिर :", Urdu "فوٹو:" / "تصویر:", Tamil "படம்:" ("picture"): the picture's label; and the
    # date line's: Nepali "प्रकाशित मिति :" ("published date"), Urdu "شائع" / "اپ ڈیٹ" ("published",
    # "update"), Tamil "பதிவு செய்த நாள்:" / "புதுப்பித்த நாள்:" ("day filed", "day renewed")
    "ne": ("", "लेखक|संवाददाता|रिपोर्टर", "तस्बिर|तस्वीर|फोटो", "प्रकाशित मिति|प्रकाशित", "अपडेट|परिमार्जित मिति"),
    "ur": ("", "تحریر|رپورٹ|رپورٹر", "فوٹو|تصویر", "شائع|شائع شدہ", "اپ ڈیٹ|اپڈیٹ"),
    "ta": (
        "",
        "எழுதியவர்|செய்தியாளர்",
        "படம்|புகைப்படம்",
        "பதிவு செய்த நாள்|வெளியிடப்பட்டது",
        "புதுப்பித்த நாள்|புதுப்பிக்கப்பட்டது",
    ),
    # The languages of the Caucasus, Central and South-East Asia, South Asia, the Horn and the rest of Africa,
    # and Europe's smaller ones: the author's role label before a colon ("ავტორი: ნინო ბერიძე", "Автор:
    # Айгерім Нұрланқызы", "Müəllif:"; Khmer and Lao write "by" with a colon, "ដោយ៖ សុខ វិចិត្រ", so their
    # "by" sits in the author column, read only before its colon, being a common preposition in prose), the
    # picture's label (Armenian "Լուսանկարը՝" with its comma-like mark for the colon, Georgian "ფოტო:",
    # Kazakh "Сурет:", Mongolian "Гэрэл зураг:", Khmer "រូបថត៖", Amharic "ፎቶ፦", Somali "Sawirka:", Hausa
    # "Hoto:", Welsh "Llun:", Maltese "Ritratt:"…) and the date line's labels. Where the press opens a byline
    # with a word of its own, it is in the first column: Hausa "Daga" and Maltese "Minn" ("from"), Somali
    # "Waxaa qoray" ("written by"), Yoruba "Láti ọwọ́" ("from the hand of"), Igbo
    # "Site n'aka", Zulu and Xhosa "Ngu" / "NGU", Shona "Rakanyorwa na", Kinyarwanda "Yanditswe na"
    # ("written by"), Malagasy "Nosoratan'i", Haitian Creole "Pa", West Frisian "Troch", Javanese "Dening",
    # Samoan "Tusia e", Māori "Nā", Tigrinya "ብ", Uyghur "مۇخبىرىمىز" ("our reporter"), Welsh "Gan",
    # Luxembourgish "Vum"; Faroese "Skrivað hevur:" ("has written").
    "hy": (
        "",
        "Հեղինակ|Հեղինակը|Տեքստը",
        "Լուսանկարը|Լուսանկարներ|Լուսանկար|Լուս.",
        "Հրապարակվել է|Հրապարակված է",
        "Թարմացվել է|Թարմացված է",
    ),
    "ka": (
        "",
        "ავტორი|ტექსტი",
        "ფოტო|ფოტოები|ფოტოს ავტორი|სურათი",
        "გამოქვეყნდა|გამოქვეყნებულია",
        "განახლდა|განახლებულია",
    ),
    "az": (
        "",
        "Müəllif|Müxbir",
        "Foto|Şəkil|Fotoşəkil",
        "Dərc edilib|Dərc olunub|Yayımlanıb",
        "Yenilənib|Yeniləndi",
    ),
    "kk": (
        "",
        "Автор|Авторы|Тілші",
        "Фото|Сурет|Суретте|Фотосурет",
        "Жарияланды|Жарияланған",
        "Жаңартылды|Жаңартылған",
    ),
    "ky": ("", "Автор|Автору|Кабарчы", "Фото|Сүрөт", "Жарыяланды|Жарыяланган", "Жаңыланды|Жаңыртылды"),
    "uz": (
        "",
        "Muallif|Muxbir|Муаллиф|Мухбир",
        "Foto|Surat|Сурат",
        "Chop etildi|Eʼlon qilindi|E'lon qilindi",
        "Yangilandi",
    ),
    "tg": ("", "Муаллиф|Хабарнигор", "Акс|Сурат", "Нашр шуд|Интишор", "Навсозӣ"),
    "be": ("", "Аўтар|Аўтарка|Тэкст", "Фота|Фотаздымак|Здымак", "Апублікавана", "Абноўлена"),
    "mk": ("", "Автор|Авторка|Текст", "Фото|Фотографија", "Објавено", "Ажурирано"),
    "mn": (
        "",
        "Сурвалжлагч|Зохиогч|Нийтлэлч|Бичсэн",
        "Гэрэл зураг|Зураг|Фото",
        "Нийтэлсэн|Нийтлэгдсэн",
        "Шинэчилсэн|Шинэчлэгдсэн",
    ),
    "km": ("", "ដោយ|អ្នកយកព័ត៌មាន|អត្ថបទ", "រូបថត|រូបភាព", "ចុះផ្សាយ|ផ្សាយ|បានផ្សាយ", "កែប្រែ|ធ្វើបច្ចុប្បន្នភាព"),
    "lo": ("", "ໂດຍ|ຜູ້ຂຽນ|ນັກຂ່າວ", "ພາບ|ຮູບ|ພາບປະກອບ", "ເຜີຍແຜ່|ລົງວັນທີ", "ອັບເດດ|ປັບປຸງ"),
    "my": ("", "စာရေးသူ|သတင်းထောက်", "ဓာတ်ပုံ", "ထုတ်ဝေသည်", "ပြင်ဆင်သည်"),
    "si": ("", "ලේඛක|වාර්තාකරු|රචනය", "ඡායාරූපය|ඡායාරූප|පින්තූරය", "පළ කළේ|ප්‍රකාශිතයි", "යාවත්කාලීන කළේ"),
    "te": ("", "రచయిత|రిపోర్టర్", "ఫోటో|ఫొటో|చిత్రం", "ప్రచురించబడింది|ప్రచురణ", "నవీకరించబడింది|అప్‌డేట్"),
    "kn": ("", "ಲೇಖಕ|ವರದಿಗಾರ", "ಫೋಟೋ|ಫೋಟೊ|ಚಿತ್ರ", "ಪ್ರಕಟಿಸಲಾಗಿದೆ|ಪ್ರಕಟ", "ನವೀಕರಿಸಲಾಗಿದೆ|ಅಪ್‌ಡೇಟ್"),
    "ml": ("", "ലേഖകൻ|റിപ്പോർട്ടർ", "ഫോട്ടോ|ചിത്രം", "പ്രസിദ്ധീകരിച്ചത്|പ്രസിദ്ധീകരിച്ചു", "അപ്ഡേറ്റ് ചെയ്തത്|പുതുക്കിയത്"),
    "mr": ("", "लेखक|प्रतिनिधी", "छायाचित्र|फोटो|छाया", "प्रकाशित", "अपडेट"),
    "gu": ("", "લેખક|રિપોર્ટર", "તસવીર|ફોટો", "પ્રકાશિત", "અપડેટ"),
    "pa": ("", "ਲੇਖਕ|ਰਿਪੋਰਟਰ", "ਫੋਟੋ|ਫ਼ੋਟੋ|ਤਸਵੀਰ", "ਪ੍ਰਕਾਸ਼ਿਤ", "ਅੱਪਡੇਟ"),
    "or": ("", "ଲେଖକ|ସମ୍ବାଦଦାତା", "ଫଟୋ", "", ""),
    "am": ("", "ጸሐፊ|ዘጋቢ|አዘጋጅ", "ፎቶ|ምስል", "የታተመ|ታትሟል", "የተሻሻለ|ተሻሽሏል"),
    "ti": ("ብ", "ጸሓፊ", "ስእሊ|ፎቶ", "", ""),
    "so": ("Waxaa qoray", "Qoraa|Wariye|Qore", "Sawirka|Sawir", "La daabacay", "La cusboonaysiiyay"),
    "ha": ("Daga", "Marubuci|Wakili|Wakiliya", "Hoto", "An wallafa", "An sabunta"),
    "yo": ("Láti ọwọ́|Látọwọ́", "Akọ̀ròyìn", "Àwòrán|Fọ́tò", "Ọjọ́ àtẹ̀jáde", "Àtúnṣe"),
    "ig": (
        "Site n'aka|Site n’aka",
        "Onye nta akụkọ|Ode akụkọ",
        "Foto|Onyonyo",
        "Mbipụta|E bipụtara",
        "Emelitere",
    ),
    "zu": ("Ngu", "Umbhali|Intatheli", "Isithombe|Izithombe", "Kushicilelwe", "Kubuyekeziwe"),
    "xh": ("Ngu", "Umbhali", "Umfanekiso|Ifoto", "Ipapashwe", "Ihlaziywe"),
    "sn": ("Rakanyorwa na|Yakanyorwa na", "Munyori", "Mufananidzo", "", ""),
    "rw": ("Yanditswe na", "Umwanditsi", "Ifoto|Amafoto", "Byatangajwe", "Byavuguruwe"),
    "mg": ("Nosoratan'i|Nosoratan’i", "Mpanoratra", "Sary", "Navoaka", "Nohavaozina"),
    "ht": ("Pa", "Otè", "Foto", "Pibliye", "Mizajou"),
    "fy": ("Troch", "Auteur|Tekst", "Foto|Ofbylding|Byld", "Publisearre", "Fernijd|Bywurke"),
    "fo": ("", "Skrivað hevur|Tekstur", "Mynd|Myndir", "Útgivið", "Dagført"),
    "gd": ("", "Ùghdar", "Dealbh", "Foillsichte", "Ùraichte"),
    "jv": ("Dening", "Panulis|Wartawan", "Foto|Gambar", "", ""),
    "sm": ("Tusia e|Na tusia e", "Tusitala", "Ata", "", ""),
    "mi": ("Nā", "Kaituhi", "Whakaahua", "Whakaputaina", "Whakahōutia"),
    "ug": ("مۇخبىرىمىز", "مۇخبىر", "سۈرەت|رەسىم", "", ""),
    "dv": ("", "", "ފޮޓޯ", "", ""),
    "eu": (
        "",
        "Egilea|Idazlea|Testua",
        "Argazkia|Argazkiak|Irudia",
        "Argitaratua|Argitaratze data",
        "Eguneratua|Azken eguneratzea",
    ),
    "gl": (
        "",
        "Autor|Autora|Texto",
        "Foto|Fotografía|Imaxe",
        "Publicado|Publicada",
        "Actualizado|Actualizada",
    ),
    "cy": ("Gan", "Awdur|Gohebydd", "Llun|Lluniau", "Cyhoeddwyd", "Diweddarwyd"),
    "ga": ("", "Údar|Tuairisceoir", "Grianghraf|Pictiúr|Íomhá", "Foilsithe", "Nuashonraithe"),
    "mt": ("Minn", "Awtur|Kitba ta'", "Ritratt|Ritratti", "Ippubblikat", "Aġġornat"),
    "ku": ("", "Nivîskar|Nûçegihan", "Wêne|وێنە", "Hate weşandin", "Hate nûkirin"),
    "ps": ("", "لیکوال|خبریال", "انځور|عکس", "خپور شوی|خپرېدو نېټه", "تازه شوی"),
    # Turkmen, Luxembourgish, Bosnian, Sorani: the author's and the date line's labels (their picture labels
    # are the Latin "Foto" of other rows, or not yet known)
    "tk": ("", "Awtor|Habarçy", "", "Çap edildi|Neşir edildi", "Täzelendi"),
    "lb": ("Vum|Vun", "Auteur|Autorin|Text", "", "Publizéiert|Verëffentlecht", "Aktualiséiert"),
    "bs": ("", "Autor|Autorica|Piše|Tekst", "", "Objavljeno", "Ažurirano"),
    # (Sorani "نووسینی:", "the writing of:", and "ئامادەکردنی:", "prepared by:", before the name)
    "ckb": ("", "نووسەر|پەیامنێر|نووسینی|ئامادەکردنی", "", "بڵاوکرایەوە", "نوێکرایەوە"),
    # Chinese, Japanese and Korean: the writer's label before its colon (full width mostly: "撰文：陳嘉欣",
    # "文：山田太郎", "글: 김민수"); their picture and date labels are read by their own tables
    "zh": ("", "撰文|作者|記者|记者|文|撰稿|採訪|采访|報道|报道|採寫|采写", "", "", ""),
    "ja": ("", "文|執筆|筆者|取材|記者", "", "", ""),
    "ko": ("", "글|작성자|취재|기자", "", "", ""),
}
# A picture credit's label written after the photographer's name (``Dovydo Kalinausko nuotr.``, ``BNS
# nuotr.``: Lithuanian puts the name in the genitive, "photo of"), by language: read by
# ``archivist.parse.creditwords`` at a caption's end.
PHOTO_AFTER: dict[str, str] = {"lt": "nuotr.|nuotrauka"}
# The word before a time of day (``kl. 06.30``, ``klo 8.15``, ``godz. 14:00``, ``pukul 10.00``), per language.
CLOCK: dict[str, str] = {
    "en": "at", "de": "um", "fr": "à", "es": "a las", "it": "alle|ore", "pt": "às", "nl": "om",
    "da": "kl", "sv": "kl|klockan", "nb": "kl|klokken", "fi": "klo", "is": "kl", "et": "kell", "lv": "plkst",
    "lt": "val", "pl": "godz|o godz", "cs": "v", "sk": "o", "sl": "ob", "hr": "u", "sr": "u", "hu": "",
    "ro": "ora", "sq": "ora", "tr": "saat", "id": "pukul", "ms": "jam", "tl": "alas", "vi": "lúc",
    "sw": "saa", "af": "om", "ca": "a les",
    # (and the rest of the languages news is most read in: "12 мая 2025 в 10:15", "ថ្ងៃអង្គារ ទី២២ ខែមេសា
    # ឆ្នាំ២០២៥ ម៉ោង ០៩:៤៥", "25 آذار 2025 الساعة 10:30", "22 ապրիլի 2025 ժամը 10:15")
    "ru": "в", "uk": "о|об", "bg": "в|от", "be": "у|а", "mk": "во", "el": "στις|ώρα", "he": "בשעה",
    "ar": "الساعة", "fa": "ساعت", "ur": "بجے", "ps": "بجې", "hy": "ժամը", "ka": "საათზე", "az": "saat",
    "kk": "сағат", "ky": "саат", "uz": "soat", "tg": "соати", "tk": "sagat", "mn": "цаг",
    "km": "ម៉ោង", "lo": "ເວລາ", "my": "အချိန်", "th": "เวลา", "am": "ሰዓት", "eu": "ordua", "cy": "am",
    "ga": "ag", "gl": "ás", "mt": "fil-", "lb": "um", "so": "saacadda", "ha": "karfe", "zu": "ngo",
    "hi": "समय", "bn": "সময়", "ne": "बजे", "si": "වේලාව", "ta": "நேரம்",
}  # fmt: skip
# The word joining the last two names of a byline (``A og B``, ``A och B``, ``A dan B``), per language. Left
# out: Tagalog ``at`` and Slovene ``in``, English's words for where a reporter is (``Jane Doe at the
# Stadium``, ``Jane Doe in Kyiv``).
AND: dict[str, str] = {
    "en": "and", "de": "und", "fr": "et", "es": "y|e", "it": "e|ed", "pt": "e", "nl": "en", "da": "og",
    "sv": "och", "nb": "og", "fi": "ja", "is": "og", "et": "ja", "lv": "un", "lt": "ir", "pl": "i|oraz",
    "cs": "a", "sk": "a", "sl": "", "hr": "i", "sr": "i", "hu": "és", "ro": "și", "sq": "dhe", "tr": "ve",
    "id": "dan", "ms": "dan", "tl": "", "vi": "và", "sw": "na", "af": "en", "ca": "i",
    # (and in the other scripts, where the word is spaced: "Ирина Соколова и Дмитрий Власов", "Της Ελένης
    # Παπαδάκη και του Νίκου Γεωργίου", "مریم احمدی و علی رضایی", "अमित शर्मा और सुनील वर्मा"; Hebrew and
    # Arabic set their "and" tight to the next name, read elsewhere)
    "ru": "и", "uk": "і|та", "bg": "и", "be": "і", "mk": "и", "el": "και", "hy": "և|եւ", "ka": "და",
    "kk": "және", "ky": "жана", "mn": "ба", "az": "və", "uz": "va", "fa": "و", "ur": "اور", "hi": "और|एवं",
    "mr": "आणि", "ne": "र", "bn": "ও|এবং", "ta": "மற்றும்", "te": "మరియు", "th": "และ", "km": "និង",
}  # fmt: skip
# A "by" that is also a common word or name elsewhere (Swahili ``Na``, Polish ``na`` "on"): read as the
# byline's label only in an article of its own language.
# (Irish "le", "with, by": "le Seán Ó Murchú"; a common word of French, "le", elsewhere)
# (Sesotho and Setswana "ka", "by": "Ka Lineo Mokhehle"; a name elsewhere, "Ka Wai Chan"; Shona "na", set
# tight to the name as Shona writes it, "NaTendai Chikwanha", ``OWN_LANGUAGE_GLUED_BY``)
OWN_LANGUAGE_BY: dict[str, str] = {"sw": "Na", "ga": "Le", "st": "Ka", "tn": "Ka", "sn": "Na"}
# The languages whose by-word is written tight against the name it opens ("NaTendai Chikwanha"): read so only
# in an article of that language, before a capital.
OWN_LANGUAGE_GLUED_BY: frozenset[str] = frozenset({"sn"})
# The newsroom signing a story with no person's name (``Haber Merkezi``, ``Redaksi``), per language beyond
# those ``parse.byline`` names in its own pattern.
NEWSROOM: dict[str, str] = {
    "da": "Redaktionen", "sv": "Redaktionen", "nb": "Redaksjonen", "fi": "Toimitus", "is": "Ritstjórn",
    "pl": "Redakcja", "cs": "Redakce", "sk": "Redakcia", "sl": "Uredništvo", "hr": "Redakcija",
    "sr": "Redakcija", "hu": "Szerkesztőség", "ro": "Redacția|Redactia", "tr": "Haber Merkezi",
    "id": "Redaksi|Tim Redaksi", "ms": "Meja Berita", "sw": "Mwandishi Wetu", "ca": "Redacció",
    # Urdu "web desk", "news desk", "our correspondent", "staff reporter"; Tamil "our reporter", "our
    # correspondent"; Hindi and Nepali "web desk", "our correspondent", Hindi "bureau report"
    "ur": "ویب ڈیسک|نیوز ڈیسک|ہمارے نمائندے|سٹاف رپورٹر|اسٹاف رپورٹر",
    "ta": "நமது நிருபர்|நமது செய்தியாளர்",
    "hi": "वेब डेस्क|न्यूज डेस्क|हमारे संवाददाता|हमारे प्रतिनिधि|निज संवाददाता|ब्यूरो रिपोर्ट",
    "ne": "वेब डेस्क|हाम्रो संवाददाता",
    # the other Indian languages' and Bengali's "web desk", "online desk", "news desk", "our correspondent",
    # "own reporter" (Malayalam "സ്വന്തം ലേഖകൻ", Bengali "নিজস্ব প্রতিবেদক")
    "ml": "ഓൺലൈൻ ഡെസ്ക്|വെബ് ഡെസ്ക്|ന്യൂസ് ഡെസ്ക്|സ്വന്തം ലേഖകൻ|സ്വന്തം ലേഖിക",
    "kn": "ವೆಬ್ ಡೆಸ್ಕ್|ಆನ್‌ಲೈನ್ ಡೆಸ್ಕ್|ನಮ್ಮ ಪ್ರತಿನಿಧಿ|ನಮ್ಮ ವರದಿಗಾರ",
    "te": "వెబ్ డెస్క్|ఆన్‌లైన్ డెస్క్|మా ప్రతినిధి|న్యూస్ డెస్క్",
    "gu": "વેબ ડેસ્ક|ન્યૂઝ ડેસ્ક|ઓનલાઇન ડેસ્ક|અમારા પ્રતિનિધિ|અમારા સંવાદદાતા|બ્યુરો રિપોર્ટ",
    "pa": "ਵੈੱਬ ਡੈਸਕ|ਨਿਊਜ਼ ਡੈਸਕ|ਸਾਡੇ ਪ੍ਰਤੀਨਿਧ|ਸਾਡੇ ਪੱਤਰਕਾਰ|ਬਿਊਰੋ ਰਿਪੋਰਟ",
    "mr": "वेब टीम|ऑनलाइन टीम|प्रतिनिधी",
    "bn": "অনলাইন ডেস্ক|ডিজিটাল ডেস্ক|নিজস্ব প্রতিবেদক|স্টাফ রিপোর্টার|নিজস্ব সংবাদদাতা|আমাদের প্রতিনিধি",
    "or": "ଆମ ପ୍ରତିନିଧି|ନିଜସ୍ୱ ପ୍ରତିନିଧି",
}  # fmt: skip
# A reporter's title set right after her name where no "By" opens the byline (Korean ``박지현 기자``, Chinese
# ``陳雅婷 記者``, Russian ``Ольга Смирнова, корреспондент``): the name's own language puts the title after
# it, so the line is a byline by its last word (``archivist.parse.names.script_name``).
REPORTER: dict[str, str] = {
    "ko": "기자|특파원|선임기자|객원기자", "ja": "記者|特派員|編集委員",
    "zh": "記者|记者|特派員|特派员|特約記者",
    "ru": "корреспондент|репортер|репортёр|обозреватель", "uk": "кореспондент|репортер|журналіст|журналістка",
    "bg": "репортер|кореспондент", "ar": "مراسل|مراسلة", "he": "כתב|כתבת", "el": "ρεπόρτερ|ανταποκριτής",
    # the Indian, Bangladeshi and Pakistani press's correspondent and reporter ("కొండా శ్రీనివాస్, నల్గొండ
    # ప్రతినిధి": the name, then the district's correspondent, a desk's title naming no one)
    "hi": "संवाददाता|प्रतिनिधि|रिपोर्टर", "mr": "प्रतिनिधी|वार्ताहर|बातमीदार", "gu": "પ્રતિનિધિ|સંવાદદાતા|રિપોર્ટર",
    "te": "ప్రతినిధి|విలేకరి|రిపోర్టర్", "kn": "ಪ್ರತಿನಿಧಿ|ವರದಿಗಾರ", "ta": "செய்தியாளர்|நிருபர்",
    "ml": "ലേഖകൻ|ലേഖിക|റിപ്പോർട്ടർ", "bn": "প্রতিনিধি|সংবাদদাতা|প্রতিবেদক", "pa": "ਪ੍ਰਤੀਨਿਧ|ਪੱਤਰਕਾਰ",
    "or": "ପ୍ରତିନିଧି|ସମ୍ବାଦଦାତା", "ur": "نامہ نگار|نمائندہ", "ne": "संवाददाता|प्रतिनिधि",
}  # fmt: skip
# A reporter's role opening the line of her title set under her name, in the languages that put the role
# before what qualifies it (Welsh ``Gohebydd addysg BBC Cymru Fyw``, French ``Correspondante à Bruxelles``,
# Polish ``Dziennikarka działu gospodarczego``), by language (English's, role last, is read by
# ``parse.bylinestyle`` itself).
ROLE_FIRST: dict[str, str] = {
    "cy": "Gohebydd|Golygydd|Uwch-ohebydd|Newyddiadurwr|Newyddiadurwraig",
    "ga": "Tuairisceoir|Comhfhreagraí|Eagarthóir", "gd": "Neach-naidheachd|Neach-deasachaidh",
    "fr": "Journaliste|Correspondant|Correspondante|Rédacteur|Rédactrice|Envoyé spécial|Envoyée spéciale"
    "|Chroniqueur|Chroniqueuse",
    "es": "Periodista|Corresponsal|Redactor|Redactora|Enviado especial|Enviada especial|Columnista",
    "pt": "Jornalista|Correspondente|Repórter|Redator|Redatora|Colunista",
    "it": "Giornalista|Corrispondente|Inviato|Inviata|Redattore|Redattrice",
    "ca": "Periodista|Corresponsal|Redactor|Redactora",
    "gl": "Xornalista|Correspondente|Redactor|Redactora",
    "de": "Redakteur|Redakteurin|Korrespondent|Korrespondentin|Reporterin|Journalistin",
    "nl": "Verslaggever|Verslaggeefster|Correspondent|Redacteur",
    "sv": "Reporter|Korrespondent|Redaktör", "da": "Journalist|Korrespondent|Redaktør",
    "nb": "Journalist|Korrespondent|Redaktør", "fi": "Toimittaja|Kirjeenvaihtaja",
    "pl": "Dziennikarz|Dziennikarka|Korespondent|Korespondentka|Reporterka|Redaktor|Redaktorka",
    "cs": "Redaktor|Redaktorka|Zpravodaj|Zpravodajka|Reportér|Reportérka",
    "sk": "Redaktor|Redaktorka|Spravodajca|Spravodajkyňa|Reportér",
    "hr": "Novinar|Novinarka|Dopisnik|Dopisnica|Urednik|Urednica",
    "sl": "Novinar|Novinarka|Dopisnik|Dopisnica", "hu": "Újságíró|Tudósító|Riporter",
    "ro": "Jurnalist|Jurnalistă|Corespondent|Corespondentă|Reporter|Redactor",
    "tr": "Muhabir|Gazeteci|Editör", "id": "Wartawan|Jurnalis|Koresponden|Pewarta",
    "ms": "Wartawan|Pemberita|Koresponden", "tl": "Mamamahayag|Koresponsal",
    "sw": "Mwandishi|Mwandishi wa habari", "so": "Wariye|Weriye", "ha": "Wakilin|Wakiliyar",
    "el": "Δημοσιογράφος|Ανταποκριτής|Ανταποκρίτρια|Συντάκτης|Συντάκτρια",
    "ru": "Корреспондент|Журналист|Обозреватель",
    "uk": "Кореспондент|Кореспондентка|Журналіст|Журналістка|Оглядач",
    "bg": "Репортер|Кореспондент|Журналист", "ar": "مراسل|مراسلة|محرر|محررة|صحفي|صحفية", "he": "כתב|כתבת",
    "fa": "خبرنگار", "vi": "Phóng viên|Nhà báo", "th": "ผู้สื่อข่าว", "hi": "संवाददाता",
    "bn": "প্রতিবেদক|নিজস্ব প্রতিবেদক", "ur": "نمائندہ|رپورٹر",
}  # fmt: skip
# The labels a page writes for screen readers before the writer's name and her role, each with a comma
# (BBC's services: ``Author, Jane Doe`` / ``Role, BBC News``; Hausa ``Marubuci,`` / ``Aiki,``), by language.
SPOKEN_BYLINE: dict[str, tuple[str, str]] = {
    "en": ("Author", "Role"), "ha": ("Marubuci", "Aiki"), "es": ("Autor|Autora", "Título del autor|Cargo"),
    "pt": ("Autor|Autora", "Título do autor|Cargo"),
}  # fmt: skip
_CONCEPTS = ("by", "author", "photo", "published", "updated")


def label_words(concept: str) -> tuple[str, ...]:
    """Every language's labels for ``concept`` (one of ``by``, ``author``, ``photo``, ``published``,
    ``updated``, ``clock``), each once, longest first (so that an alternation tries ``Last updated`` before
    ``Updated``)."""
    if concept == "clock":
        found = {word for words in CLOCK.values() for word in words.split("|") if word}
    else:
        column = _CONCEPTS.index(concept)
        found = {word for labels in LABELS.values() for word in labels[column].split("|") if word}
        more = {"published": PUBLISHED_MORE, "updated": UPDATED_MORE}.get(concept, {})
        found |= {word for entry in more.values() for word in entry.split("|") if word}
    return tuple(sorted(found, key=lambda word: (-len(word), word)))


def reporter_words() -> frozenset[str]:
    """Every language's reporter's title set after a name (``REPORTER``)."""
    return frozenset(word for titles in REPORTER.values() for word in titles.split("|") if word)


def spoken_byline_alternation(column: int) -> str:
    """An alternation of every language's spoken byline label (``SPOKEN_BYLINE``): 0 the writer's, 1 the
    role's."""
    return alternation({word for labels in SPOKEN_BYLINE.values() for word in labels[column].split("|")})


def conjunction_alternation() -> str:
    """An alternation of every language's word joining two names (``AND``), each a whole word."""
    found = {word for joined in AND.values() for word in joined.split("|") if word}
    return r"\b(?:" + alternation(found) + r")\b"


def newsroom_alternation() -> str:
    """An alternation of every language's name for the newsroom signing a story (``NEWSROOM``)."""
    return alternation({word for names in NEWSROOM.values() for word in names.split("|") if word})


def own_language_words() -> str:
    """An alternation of every by-word read only in its own language (``OWN_LANGUAGE_BY``)."""
    return alternation(OWN_LANGUAGE_BY.values())


def own_language_by(language: str) -> str | None:
    """The by-word read only in an article of ``language`` (``OWN_LANGUAGE_BY``), or None."""
    return OWN_LANGUAGE_BY.get(language)


def abbreviated_labels(concept: str) -> str:
    """An alternation of ``concept``'s labels written abbreviated, with their stop (``Fot.``)."""
    return alternation(word for word in label_words(concept) if word.endswith("."))


def label_alternation(concept: str, *, capitalised: bool = False) -> str:
    """A regular expression alternation of ``concept``'s labels (a space inside one matching any white
    space). ``capitalised``: each label only as a line opens it and in capitals (``Deur``, ``DEUR``), for
    the case-sensitive byline readers."""
    spellings: list[str] = []
    for word in label_words(concept):
        spellings.extend((word, word.upper()) if capitalised else (word,))
    return alternation(spellings)


# The page's buttons a copy to text carries along, by language: share, save, print, copy the link, listen
# (read aloud). A block that is nothing but one of them (``Del artikel``, ``Compartir en Whatsapp``,
# ``Écouter``) is page furniture (``archivist.parse.furniture``).
BUTTONS: dict[str, str] = {
    "en": "Share|Share this|Share this story|Share this article|Share full article|Share via|Share article"
    "|Tweet|Save|Save article|Save story|Bookmark|Print|Copy link|Gift this article|Gift article|Listen"
    "|Listen to this article|Listen to this story|Click here to share on social media|Share on social media"
    "|Kindly share this story|Share or comment on this article|License this article|Licence this article"
    "|Reprint this article|Republish this article|Leave your feedback|Give feedback|Send feedback"
    "|Leave a comment|Play Live Radio|Listen Live|Listen live|Live Radio|Next Up|Up Next"
    "|Available On Air Stations|Share story|Share the story|Share this post|Share post|Share the article"
    "|Share news",
    "de": "Teilen|Artikel teilen|Merken|Drucken|Link kopieren|Artikel anhören|Vorlesen|Anhören|Feedback geben"
    "|Kommentar schreiben|Beitrag teilen|Teilen Sie diesen Artikel",
    "fr": "Partager|Enregistrer|Imprimer|Copier le lien|Écouter|Écouter cet article|Écouter l'article"
    "|Donnez votre avis|Laisser un commentaire|Réagir|Partager l'article|Partager cet article"
    "|Partager la publication",
    "es": "Compartir|Guardar|Imprimir|Copiar enlace|Copiar link|Escuchar|Escuchar noticia|Escucha la noticia"
    "|Escuchar este artículo|Escuchar artículo|Deja tu comentario|Dejar un comentario|Comentar"
    "|Compartir noticia|Compartir artículo|Comparte esta noticia|Compartir esta noticia",
    "it": "Condividi|Salva|Stampa|Copia link|Ascolta|Ascolta l'articolo|Ascolta articolo|Lascia un commento"
    "|Commenta|Condividi l'articolo|Condividi articolo|Condividi la notizia",
    "pt": "Compartilhar|Compartilhe|Partilhar|Partilhe|Salvar|Guardar|Imprimir|Copiar link|Ouvir"
    "|Ouvir notícia|Ouvir artigo|Deixe seu comentário|Deixe o seu comentário|Comentar|Compartilhar notícia"
    "|Compartilhe esta notícia|Partilhar artigo|Partilhe este artigo",
    "nl": "Delen|Deel|Deel artikel|Opslaan|Bewaren|Kopieer link|Luister|Voorlezen|Geef feedback|Reageer"
    "|Deel dit artikel|Deel dit bericht",
    "da": "Del|Del artikel|Del artiklen|Gem|Kopiér link|Læs op|Lyt|Lyt til artiklen|Del historien",
    "sv": "Dela|Dela artikeln|Spara|Kopiera länk|Lyssna|Lyssna på artikeln|Dela artikel|Dela nyheten",
    "nb": "Del|Del artikkel|Del artikkelen|Del saken|Lagre|Kopier lenke|Lytt|Lytt til artikkelen",
    "fi": "Jaa|Jaa artikkeli|Tallenna|Kopioi linkki|Kuuntele|Jaa juttu",
    "et": "Jaga|Jaga artiklit|Salvesta|Prindi|Kuula",
    "pl": "Udostępnij|Zapisz|Drukuj|Kopiuj link|Posłuchaj|Słuchaj|Posłuchaj artykułu|Udostępnij artykuł",
    "cs": "Sdílet|Uložit|Tisk|Kopírovat odkaz|Poslechnout|Poslechněte si článek|Sdílet článek",
    "id": "Bagikan|Simpan|Salin tautan|Dengarkan|Dengarkan berita|Bagikan artikel|Bagikan berita",
    "ms": "Kongsi|Simpan|Salin pautan|Dengar|Kongsi artikel|Kongsi berita",
    "tl": "Ibahagi|I-share|I-save",
    "sw": "Shiriki|Sikiliza|Hifadhi|Shiriki habari hii",
    "tr": "Paylaş|Kaydet|Yazdır|Bağlantıyı kopyala|Dinle|Haberi dinle|Haberi paylaş",
    "ar": "مشاركة|شارك|حفظ|طباعة|نسخ الرابط|استمع|شارك المقال|شارك الخبر",
    "hi": "शेयर|शेयर करें|साझा करें|सहेजें|प्रिंट",
    "he": "שתפו|שתף|שמור|הדפס|העתק קישור|תגובות|תגובה",
    "el": "Κοινοποίηση|Μοιραστείτε|Αποθήκευση|Εκτύπωση|Κοινοποίηση άρθρου",
    "uk": "Поділитися|Зберегти|Друк|Поділитися статтею|Поділитися новиною",
    "ru": "Поделиться|Сохранить|Печать|Поделиться статьей|Поделиться новостью",
    "sr": "Podeli|Podelite|Podijeli|Sačuvaj|Štampaj|Подели|Сачувај|Штампај",
    "sl": "Delite|Shrani|Natisni|Kopiraj povezavo",
    "sq": "Shpërndaj|Ndaj|Ruaj|Printo|Kopjo linkun",
    "mk": "Сподели|Зачувај|Печати|Копирај линк",
    "vi": "Chia sẻ|Lưu|In bài|Nghe đọc bài|Nghe bài viết|Sao chép liên kết|Chia sẻ bài viết",
    "zh": "分享|列印|打印|字級|字级|收藏|複製連結|复制链接|關閉|关闭|分享文章",
    "ja": "シェア|印刷|保存|リンクをコピー|ブックマーク|メール|閉じる|記事をシェア",
    "ko": "공유|공유하기|인쇄|스크랩|글자크기|링크 복사|링크복사|닫기|기사 공유",
    # Latvian: share, e-mail, copy the link, print
    "lv": "Dalīties|E-pasts|Kopēt saiti|Drukāt",
    # "Share" (and "print", "save" where the page sets them beside: Welsh "Cadw", Afrikaans "Stoor"): a
    # button's word a picture's credit line or a byline must not be taken for, in the languages of the
    # Caucasus, Central, South and South-East Asia, Africa, Europe's smaller ones
    "hu": "Megosztás|Megosztom|Nyomtatás|Mentés|Cikk megosztása",
    "ro": "Distribuie|Printează|Salvează|Distribuie articolul",
    "hr": "Podijeli|Podijelite|Ispis|Spremi|Podijeli članak",
    "sk": "Zdieľať|Uložiť|Tlačiť|Zdieľať|Zdieľať článok",
    "lt": "Dalintis|Pasidalinti|Spausdinti|Dalintis|Pasidalinti|Išsaugoti",
    "bg": "Сподели|Споделете|Принтирай|Сподели|Споделяне|Запази",
    "ca": "Comparteix|Compartir|Imprimeix|Desa|Guarda",
    "gl": "Compartir|Imprimir|Partillar|Gardar",
    "eu": "Partekatu|Inprimatu|Partekatu|Gorde",
    "is": "Deila|Prenta|Deila|Vista",
    "cy": "Rhannu|Argraffu|Rhannu|Cadw",
    "mt": "Aqsam|Ixxerja|Aqsam|Issejvja",
    "hy": "Կիսվել|Տպել|Կիսվել|Տարածել|Պահպանել",
    "ka": "გაზიარება|ბეჭდვა|გაზიარება|შენახვა",
    "az": "Paylaş|Çap et|Paylaş|Yadda saxla",
    "kk": "Бөлісу|Басып шығару|Бөлісу|Сақтау",
    "ky": "Бөлүшүү|Басып чыгаруу|Бөлүшүү|Сактоо",
    "uz": "Ulashish|Baham ko'rish|Улашиш|Ulashish|Ulashing|Улашиш|Saqlash",
    "mn": "Хуваалцах|Хэвлэх|Хуваалцах|Хадгалах",
    "be": "Падзяліцца|Друк|Падзяліцца|Захаваць",
    "fa": "اشتراک|اشتراک گذاری|چاپ|اشتراک‌گذاری|اشتراک گذاری|هم‌رسانی|ذخیره",
    "ur": "شیئر کریں|شیئر|پرنٹ|شیئر کریں|شیئر|محفوظ کریں",
    "bn": "শেয়ার|শেয়ার করুন|প্রিন্ট|শেয়ার করুন|শেয়ার|সংরক্ষণ",
    "ne": "सेयर|सेयर गर्नुहोस्|प्रिन्ट|सेयर गर्नुहोस्|सेयर|सेभ",
    "mr": "शेअर|शेअर करा|शेअर करा",
    "ta": "பகிர்|பகிருங்கள்|அச்சிடு|பகிர்|பகிர்க|சேமி",
    "si": "බෙදාගන්න|මුද්‍රණය|බෙදාගන්න",
    "th": "แชร์|พิมพ์|บันทึก",
    "km": "ចែករំលែក|បោះពុម្ព|ចែករំលែក|រក្សាទុក",
    "lo": "ແບ່ງປັນ|ພິມ|ແບ່ງປັນ|ບັນທຶກ",
    "my": "မျှဝေရန်|မျှဝေမည်|မျှဝေရန်|သိမ်းဆည်းရန်",
    "am": "አጋራ|አጋሩ|አትም|አጋራ|ያጋሩ",
    "so": "La wadaag|Wadaag|La wadaag|Wadaag|Kaydi",
    "ha": "Raba|Raba|Ajiye",
    "zu": "Yabelana|Abelana|Yabelana|Londoloza",
    "te": "షేర్ చేయండి",
    "kn": "ಹಂಚಿಕೊಳ್ಳಿ",
    "ml": "പങ്കിടുക",
    "gu": "શેર કરો",
    "pa": "ਸਾਂਝਾ ਕਰੋ",
    "ps": "شریکول",
    "bs": "Podijeli|Sačuvaj",
    "ga": "Roinn|Sábháil",
    "af": "Deel|Deel hierdie artikel|Deel artikel|Stoor|Druk|Kopieer skakel",
}
# The read-aloud button a page sets under its headline or standfirst (``Escuchar esta nota``, ``Слушать``,
# ``Artikel vorlesen``), by language: a block that is nothing but one is page furniture, never a line of the
# standfirst over it (``archivist.parse.furniture``).
LISTEN_BUTTONS: dict[str, str] = {
    "en": "Listen to this article|Listen to article|Listen to the article|Listen to this story"
    "|Listen to story|Listen to this|Listen now|Read aloud|Read this article aloud|Audio article",
    "es": "Escuchar esta nota|Escuchar la nota|Escuchar nota|Escuchar esta noticia|Escuchar la noticia"
    "|Escucha esta noticia|Escucha esta nota|Escuchar el artículo|Escuchar audio|Escucha el artículo",
    "pt": "Ouvir esta notícia|Ouça esta notícia|Ouça a notícia|Ouvir a notícia|Ouvir matéria|Ouça a matéria"
    "|Ouvir texto|Ouça o texto|Ouça|Escutar|Escute",
    "fr": "Écouter la lecture|Écouter ce contenu|Écouter cette actualité|Lire à voix haute|Écouter l’article",
    "it": "Ascolta questo articolo|Ascolta la notizia|Ascolta l'audio|Ascolta l’articolo",
    "de": "Artikel vorlesen|Diesen Artikel anhören|Artikel hören|Audio anhören|Vorlesen lassen|Hören",
    "nl": "Luister naar dit artikel|Beluister dit artikel|Beluisteren|Lees voor|Voorlezen",
    "ca": "Escolta|Escoltar|Escolta l'article|Escolta la notícia",
    "gl": "Escoitar|Escoita a nova|Escoitar a nova",
    "eu": "Entzun|Entzun albistea",
    "pl": "Posłuchaj tego artykułu|Odsłuchaj|Odsłuchaj artykuł|Czytaj na głos|Przeczytaj na głos",
    "cs": "Poslechnout článek|Přečíst nahlas|Poslouchat",
    "sk": "Vypočuť si článok|Vypočuť|Počúvať",
    "hu": "Meghallgatom|Cikk meghallgatása|Hallgasd meg|Felolvasás",
    "ro": "Ascultă articolul|Ascultă|Asculta articolul|Ascultă știrea",
    "bg": "Слушай|Чуй статията|Слушайте",
    "ru": "Слушать|Прослушать|Послушать|Слушать статью|Прослушать статью|Слушать новость",
    "uk": "Слухати|Прослухати|Слухати статтю|Прослухати новину",
    "kk": "Тыңдау|Мақаланы тыңдау",
    "sr": "Poslušaj|Poslušajte|Slušaj|Poslušaj članak|Poslušajte članak|Послушај|Слушај",
    "hr": "Poslušaj|Poslušajte|Poslušaj članak|Poslušajte članak",
    "sl": "Poslušaj|Poslušajte|Poslušajte članek",
    "el": "Ακούστε το άρθρο|Ακρόαση|Ακούστε",
    "tr": "Bu haberi dinle|Sesli dinle|Makaleyi dinle|Haberi sesli dinle",
    "az": "Dinlə|Xəbəri dinlə",
    "uz": "Tinglash|Maqolani tinglash",
    "ka": "მოსმენა|სტატიის მოსმენა",
    "hy": "Լսել|Լսել հոդվածը",
    "ar": "استمع إلى المقال|استمع للمقال|استمع إلى الخبر|استمع للخبر|استمع الآن",
    "fa": "بشنوید|شنیدن|گوش دهید|شنیدن خبر",
    "ur": "سنیں|خبر سنیں",
    "he": "האזינו לכתבה|האזן לכתבה|האזנה",
    "hi": "सुनें|खबर सुनें|लेख सुनें|ख़बर सुनें",
    "bn": "শুনুন|খবরটি শুনুন",
    "ta": "கேளுங்கள்|செய்தியைக் கேளுங்கள்",
    "id": "Dengarkan artikel ini|Dengarkan berita ini|Dengarkan artikel",
    "ms": "Dengar artikel|Dengar berita",
    "vi": "Nghe bài|Nghe|Nghe tin",
    "th": "ฟังข่าว|ฟังบทความ|ฟัง",
    "zh": "收听|收聽|朗读|朗讀|听新闻|聽新聞|语音播报|語音播報",
    "ja": "音声で聞く|読み上げ|記事を聞く",
    "ko": "기사 듣기|듣기|음성으로 듣기",
    "sw": "Sikiliza habari hii|Sikiliza makala hii",
    "fi": "Kuuntele artikkeli|Kuuntele juttu",
    "sv": "Lyssna på nyheten|Lyssna på texten",
    "da": "Lyt til nyheden|Læs højt",
    "nb": "Lytt til saken|Hør saken",
    "et": "Kuula artiklit|Kuula lugu",
    "lv": "Klausīties|Klausīties rakstu",
    "lt": "Klausyti|Klausytis straipsnio",
    "is": "Hlusta|Hlusta á fréttina",
    "ga": "Éist|Éist leis an alt",
    "af": "Luister na hierdie artikel|Luister na die artikel",
    "cy": "Gwrando|Gwrandewch ar yr erthygl",
    "mr": "ऐका|बातमी ऐका",
    "gu": "સાંભળો",
    "pa": "ਸੁਣੋ",
    "te": "వినండి",
    "kn": "ಆಲಿಸಿ",
    "ml": "കേൾക്കുക",
    "ne": "सुन्नुहोस्",
    "so": "Dhageyso|Dhegeyso",
    "ha": "Saurara",
    "zu": "Lalela",
    "tl": "Pakinggan",
    "my": "နားထောင်ရန်",
    "km": "ស្តាប់",
    "am": "ያዳምጡ",
}
# The teaser labels a page sets over links to its other stories inside or under the body, by language
# (``archivist.parse.related``).
RELATED: dict[str, str] = {
    "en": "Related|Related stories|Related articles|Related content|Related coverage|Related links"
    "|Related news|Related reading|Related topics|Related topic|Related tags|See also|Read more|Read also"
    "|Also read|More on this"
    "|More on this story|More on this topic|More stories|Further reading|Read next|Don't miss|Must read"
    "|You may also like|Recommended|Watch|Listen|Read|More news"
    "|Also see|Read also|Related article|Related story|Related Article|Watch also|Also watch"
    "|Also of interest|You might also be interested in",
    "de": "Lesen Sie auch|Mehr zum Thema|Auch interessant|Das könnte Sie auch interessieren|Weitere Artikel"
    "|Lies auch|Auch lesenswert|Mehr dazu|Siehe auch",
    "fr": "Voir aussi|Lire aussi|À lire aussi|Lire également|À lire également|Sur le même sujet"
    "|À lire|A lire aussi|A lire également|À voir aussi|Lire la suite|En lien",
    "es": "Ver también|Lee también|Lea también|Leer más|Te puede interesar|Le puede interesar|Mira"
    "|Mira también|Noticias relacionadas|Más información|Mirá también"
    "|Lea además|Leer también|Noticia relacionada|Relacionado|Relacionada|Lee además",
    "it": "Leggi anche|Leggi pure|Potrebbe interessarti|Articoli correlati"
    "|Leggi ancora|Correlato|Potrebbe interessarti anche",
    "pt": "Veja também|Leia também|Leia mais|Saiba mais|Relacionadas"
    "|Leia ainda|Veja ainda|Ler também|Ler mais|Notícias relacionadas|Relacionado",
    "nl": "Lees ook|Lees meer|Meer over dit onderwerp|Bekijk ook|Ook interessant|Lees verder",
    "da": "Læs også|Læs mere|Se også",
    "sv": "Läs också|Läs mer|Läs även|Se även",
    "nb": "Les også|Les mer|Se også",
    "fi": "Lue myös|Lue lisää|Katso myös",
    "pl": "Czytaj więcej|Czytaj też|Czytaj także|Zobacz też|Zobacz także|Przeczytaj też",
    "cs": "Čtěte také|Přečtěte si také|Související|Čtěte též|Čtěte více|Mohlo by vás zajímat",
    "id": "Baca juga|Baca selengkapnya|Berita terkait|Simak juga|Lihat juga|Baca pula",
    "ms": "Baca juga|Baca lagi|Berita berkaitan",
    "tl": "Basahin din|Basahin|Kaugnay na balita",
    "sw": "Soma pia|Soma zaidi|Habari zinazohusiana|Soma hii pia|Soma zaidi hapa",
    "tr": "İlgili haberler|Ayrıca okuyun"
    "|Bunu da okuyun|Bu haberi de okuyun|Ayrıca bakınız|İlgili haber|Benzer haberler|Okumaya devam et",
    "hr": "Pročitajte više|Pročitajte i|Pročitajte još|Vezane vijesti|Povezane vijesti|Povezano",
    "sr": "Pročitajte još|Pročitajte i|Povezane vesti|Vezane vesti"
    "|Прочитајте још|Прочитајте и|Повезане вести|Pročitajte takođe",
    "ro": "Citește și|Citeste si|Citește mai mult|Vezi și|Vezi si|Citiți și|Citiți mai mult",
    "hu": "Kapcsolódó cikkek|Ezt is ajánljuk|Olvasta már?|Ezt is olvassa el|Olvassa el ezt is|Kapcsolódó",
    "el": "Δείτε επίσης|Διαβάστε επίσης|Διαβάστε ακόμη|Σχετικά άρθρα|Διαβάστε ακόμα|Δείτε ακόμα|Δείτε ακόμη",
    "uk": "Читайте також|Читайте більше|Пов'язані новини|Пов’язані новини"
    "|Дивіться також|Читайте по темі|По темі|Також читайте",
    "ru": "Читайте также|Читайте ещё|Читайте еще|Похожие новости|Ещё по теме|Еще по теме"
    "|Читайте по теме|Читайте подробнее|По теме|Смотрите также|Также читайте",
    "ar": "اقرأ أيضا|اقرأ أيضاً|اقرأ المزيد|أخبار ذات صلة|مواضيع ذات صلة|اقرأ أيضًا|إقرأ أيضًا|اقرا ايضا"
    "|اقرا أيضا"
    "|مقالات ذات صلة|موضوعات ذات صلة|شاهد أيضًا|طالع أيضًا|اقرأ كمان"
    "|اقرأ ايضا|اقرأ ايضاً|إقرأ أيضا|إقرأ أيضاً|اقرأ كذلك|طالع أيضا|طالع أيضاً|شاهد أيضا|ذات صلة",
    "he": "לכתבות נוספות בנושא|כתבות נוספות|עוד בנושא|קראו עוד|לכתבה הקודמת|לכתבה הבאה|קראו גם|ראו גם",
    "hi": "यह भी पढ़ें|ये भी पढ़ें|और पढ़ें|इसे भी पढ़ें|संबंधित खबरें|संबंधित ख़बरें|यह भी देखें|ये भी देखें",
    "ha": "Labarai masu alaƙa|Karanta kuma|Karanta wannan",
    "vi": "Xem thêm|Đọc thêm|Tin liên quan|Xem tiếp|Tin cùng chuyên mục",
    "zh": "延伸閱讀|延伸阅读|相關新聞|相关新闻|推薦閱讀|推荐阅读"
    "|相关阅读|相關閱讀|相关报道|相關報導|延伸閱讀|相關文章|相关文章",
    "ja": "関連記事|関連ニュース|あわせて読みたい|こちらもおすすめ|関連リンク|あわせて読む",
    "ko": "관련기사|관련 기사|함께 읽기|관련뉴스|함께 보면 좋은 기사|관련 뉴스",
    # Estonian, Bulgarian, Slovak, Slovenian, Catalan, Thai, Bengali, Persian, Icelandic;
    # and above, a Hebrew site's links to its previous and next story ("לכתבה הקודמת: <headline>")
    "et": "Loe ka|Loe lisaks|Vaata ka|Seotud lood",
    "bg": "Прочетете още|Прочетете също|Вижте още|Още по темата|Свързани новини",
    "sk": "Čítajte aj|Čítajte tiež|Prečítajte si aj|Súvisiace články",
    "sl": "Preberite tudi|Preberi tudi|Preberite še|Preberi še|Povezane novice",
    "ca": "Llegiu també|Llegeix també|Vegeu també|Et pot interessar"
    "|Llegeix més|Notícies relacionades|Llegiu més",
    "th": "อ่านข่าวที่เกี่ยวข้อง|ข่าวที่เกี่ยวข้อง|อ่านเพิ่มเติม|อ่านต่อ",
    "bn": "আরও পড়ুন|আরও পড়ুন|আরো পড়ুন|সম্পর্কিত খবর",  # (ড় written in two ways)
    "fa": "بیشتر بخوانید|بخوانید|اخبار مرتبط|همچنین بخوانید|مطالب مرتبط|بیشتر بدانید",
    "is": "Lestu einnig|Lesa meira|Tengdar fréttir|Lestu líka|Sjá einnig",
    # Latvian, Albanian, Macedonian, Tamil, Urdu, Nepali: "read also", "related news", "more on the topic"
    "lv": "Lasi arī|Lasiet arī|Saistītie raksti|Vairāk ziņas",
    "sq": "Lexo edhe|Lexo më shumë|Lajme të ngjashme|Lexoni edhe|Lexo gjithashtu",
    "mk": "Прочитајте и|Прочитај повеќе|Поврзани вести",
    "ta": "இதையும் படிங்க|இதையும் படியுங்கள்|தொடர்புடைய செய்திகள்|மேலும் படிக்க|இதையும் படிக்க",
    "ur": "یہ بھی پڑھیں|مزید پڑھیں|مزید پڑھیے|متعلقہ خبریں|یہ بھی پڑھیے",
    "ne": "यो पनि पढ्नुहोस्|सम्बन्धित समाचार|यो पनि पढ्नुहोस|थप पढ्नुहोस्",
    "gl": "Le tamén|Lea tamén|Ler tamén|Ler máis|Le máis|Noticias relacionadas|Tamén che pode interesar",
    "eu": "Irakurri ere|Irakurri gehiago|Lotutako albisteak",
    "cy": "Darllenwch hefyd|Darllen mwy|Straeon perthnasol|Hefyd o ddiddordeb|Mwy am y stori hon",
    "ga": "Léigh freisin|Léigh tuilleadh|Léigh níos mó|Scéalta gaolmhara",
    "mt": "Aqra wkoll|Aqra aktar",
    "lt": "Taip pat skaitykite|Skaitykite taip pat|Susiję straipsniai|Daugiau skaitykite",
    "bs": "Pročitajte i|Pročitajte još|Povezane vijesti|Vezane vijesti",
    "az": "Oxu|Oxuyun|Həmçinin oxuyun|Həmçinin oxu|Oxşar xəbərlər|Əlaqəli xəbərlər|Mövzuya aid",
    "kk": "Толығырақ оқыңыз|Сондай-ақ оқыңыз|Оқи отырыңыз|Ұқсас жаңалықтар|Тақырып бойынша",
    "ky": "Дагы окуңуз|Окуңуз|Тектеш жаңылыктар|Ошондой эле окуңуз",
    "uz": "Shuningdek o'qing|Shuningdek, o'qing|Shuningdek o‘qing|Yana o'qing|Mavzuga oid|Шунингдек ўқинг"
    "|Шунингдек, ўқинг|Мавзуга оид",
    "tg": "Инчунин хонед|Хонед",
    "mn": "Мөн уншаарай|Холбоотой мэдээ|Төстэй мэдээ",
    "be": "Чытайце таксама|Глядзіце таксама|Па тэме",
    "ka": "ასევე წაიკითხეთ|წაიკითხეთ ასევე|იხილეთ ასევე|მსგავსი სიახლეები|დაკავშირებული სიახლეები",
    "hy": "Կարդացեք նաև|Կարդալ նաև|Տես նաև|Նմանատիպ նորություններ|Առնչվող նորություններ",
    "ps": "دا هم ولولئ|اړوند خبرونه|دا هم ولوله|نور ولولئ|اړوند مطالب",
    "ku": "Bixwîne|Herwiha bixwîne|Nûçeyên têkildar|Ev jî bixwîne",
    "mr": "हेही वाचा|हे पण वाचा|संबंधित बातम्या",
    "gu": "આ પણ વાંચો|સંબંધિત સમાચાર|વધુ વાંચો",
    "pa": "ਇਹ ਵੀ ਪੜ੍ਹੋ|ਸਬੰਧਤ ਖ਼ਬਰਾਂ",
    "te": "ఇవి కూడా చదవండి|ఇది కూడా చదవండి|సంబంధిత వార్తలు|మరింత చదవండి|ఇవీ చదవండి",
    "kn": "ಇದನ್ನೂ ಓದಿ|ಸಂಬಂಧಿತ ಸುದ್ದಿ",
    "ml": "ഇതും വായിക്കുക|കൂടുതൽ വായിക്കുക|ബന്ധപ്പെട്ട വാർത്തകൾ",
    "si": "මෙයද කියවන්න|මේවාත් කියවන්න|ආශ්‍රිත පුවත්",
    "lo": "ອ່ານຕໍ່|ຂ່າວທີ່ກ່ຽວຂ້ອງ|ອ່ານເພີ່ມເຕີມ",
    "km": "អានបន្ត|អានផងដែរ|អត្ថបទទាក់ទង|ព័ត៌មានទាក់ទង|អានព័ត៌មានបន្ថែម",
    "my": "ဆက်စပ်သတင်းများ|ဆက်စပ်သတင်း|ဆက်ဖတ်ရန်",
    "yo": "Ka siwaju|Ka eleyi naa|Ẹ tún ka|E tun ka|Ẹ ka èyí náà|Ẹ ka ìròyìn mìíràn|Ẹ ka ìròyìn míràn"
    "|Ka ìròyìn mìíràn|E ka iroyin miiran|Ìròyìn tó jọ ọ́|Ìròyìn tó jọmọ́",
    "ig": "Gụkwuo|Gụọ kwa|Gụọkwa",
    "zu": "Funda futhi|Funda kabanzi|Funda nalokhu|Ezinye izindaba|Izindaba ezihlobene",
    "am": "ተዛማጅ ዜና|ተዛማጅ ዜናዎች|ተጨማሪ ያንብቡ|ይህንንም ያንብቡ",
    "so": "Akhri sidoo kale|Sidoo kale akhri|Warar la xiriira|Wararka la xiriira|Wararka kale",
    "af": "Lees ook|Lees meer|Verwante artikels|Meer oor",
    # "read also", "related stories" in more of Africa's, Asia's and Europe's news languages: Kinyarwanda,
    # Haitian Creole, Sorani, Yoruba, Igbo, Tigrinya, Malagasy, Xhosa, Shona, Luxembourgish, West Frisian,
    # Javanese, Sundanese, Cebuano, Odia, Turkmen, Oromo, Sindhi, Assamese
    "rw": "Soma nanone|Soma kandi|Inkuru bifitanye isano|Izindi nkuru",
    "ht": "Li tou|Li plis|Atik ki gen rapò",
    "ckb": "هەروەها بخوێنەوە|بابەتی پەیوەندیدار|زیاتر بخوێنەوە|هەواڵی پەیوەندیدار",
    "ti": "ተዛመድቲ ዜናታት|ተወሳኺ ኣንብቡ|ከምኡ'ውን ኣንብቡ",
    "mg": "Vakio koa|Vakio ihany koa|Lahatsoratra mifandraika",
    "xh": "Funda nokho|Funda ngakumbi",
    "sn": "Verengawo|Verenga zvakare",
    "lb": "Liest och|Och interessant",
    "fy": "Lês ek|Lês mear",
    "jv": "Waca uga",
    "su": "Baca ogé|Baca oge",
    "ceb": "Basaha usab|Basaha pud",
    "or": "ଏହା ମଧ୍ୟ ପଢ଼ନ୍ତୁ|ଆହୁରି ପଢ଼ନ୍ତୁ",
    "tk": "Şeýle hem okaň|Meňzeş habarlar",
    "om": "Dabalataan dubbisaa|Kana illee dubbisaa",
    "sd": "هي به پڙهو|لاڳاپيل خبرون",
    "as": "লগতে পঢ়ক|আৰু পঢ়ক",
    # Faroese, Scottish Gaelic, Uyghur, Kurmanji's related news
    "fo": "Les eisini|Les meira|Sí eisini|Les víðari",
    "gd": "Leugh cuideachd|Leugh tuilleadh|Leugh an còrr",
    "ug": "مۇناسىۋەتلىك خەۋەرلەر",
}
# A picture credit's phrase "photo by" before the photographer's name, by language (``Picha na Jane Doe``,
# ``Foto di Jane Doe``, ``Kuha ni Juan``): read by ``archivist.parse.creditwords`` after a caption.
PHOTO_BY: dict[str, str] = {
    "en": "Photo by|Photograph by|Picture by|Pic by|Pix by|Pics by|Image by|Photos by|Pictures by",
    "de": "Foto von|Bild von",
    "fr": "Photo de|Photo par",
    "es": "Foto de|Fotografía de|Foto por|Fotografía por",
    "it": "Foto di",
    "pt": "Foto de|Fotografia de|Foto por",
    # Danish, Swedish, Norwegian, West Frisian
    "da": "Foto af",
    "sv": "Foto av",
    "nb": "Foto av",
    "fy": "Foto troch",
    "nl": "Foto van|Foto door",
    "tl": "Kuha ni|Larawan ni|Larawan mula sa|Kuha mula sa",
    "sw": "Picha na|Picha kwa hisani ya",
    "id": "Foto oleh",
    "ms": "Gambar oleh|Foto oleh",
    # Afrikaans, Catalan, Galician, Romanian, Albanian, Welsh, Hausa ("photo from")
    "af": "Foto deur",
    "ca": "Foto de|Fotografia de",
    "gl": "Foto de",
    "ro": "Foto de|Fotografie de",
    "sq": "Foto nga",
    "cy": "Llun gan",
    "ha": "Hoto daga",
}
# Who gave the lead picture, said alone as its credit (``Contributed``, ``Divulgação``, ``Istimewa``), by
# language: a credit wherever it stands, over or under the caption or after its stop. The archive's words
# ("Archive", "Archiv") are left out: a menu has them alone on a line too.
PICTURE_GIVEN: dict[str, str] = {
    "en": "Supplied|Handout|Submitted|Contributed",
    "pt": "Divulgação|Reprodução|Cedida|Foto cedida|Arquivo pessoal",
    "es": "Cortesía|Cedida|Foto cedida|Archivo particular",
    "fr": "Document remis|Photo fournie",
    "de": "privat|zVg|zvg",
    "it": "Concessa|Foto concessa",
    "nl": "Aangeleverd|Eigen foto|Aangeleverde foto",
    "af": "Verskaf|Voorsien|Aangestuur",
    "id": "Istimewa|Dok. pribadi|Dokumentasi pribadi",
    "ms": "Gambar ihsan",
    "sv": "Pressbild|Privat",
    "da": "Privatfoto|Pressefoto",
    "nb": "Privat|Pressefoto",
    "pl": "Materiały prasowe",
    "hr": "Privatni album|Privatna arhiva",
    "ru": "Пресс-служба",
    "uk": "Пресслужба",
}
# The page's rights notice under a story in each language, with or without a copyright mark (``© RIPRODUZIONE
# RISERVATA``, ``Alle Rechte vorbehalten``): left out of the story and of its sign-off
# (``archivist.parse.signoff.rights_line``), the page's furniture when it opens a block (``furniture``).
RIGHTS_RESERVED: dict[str, str] = {
    "en": "All rights reserved|All Rights Reserved",
    "de": "Alle Rechte vorbehalten",
    "fr": "Tous droits réservés|Reproduction interdite",
    "es": "Todos los derechos reservados|Prohibida su reproducción",
    "it": "Riproduzione riservata|Tutti i diritti riservati",
    "pt": "Todos os direitos reservados",
    "nl": "Alle rechten voorbehouden",
    "da": "Alle rettigheder forbeholdes",
    "sv": "Alla rättigheter förbehållna",
    "nb": "Alle rettigheter reservert",
    "pl": "Wszelkie prawa zastrzeżone",
    "cs": "Všechna práva vyhrazena",
    "id": "Hak cipta dilindungi undang-undang",
    "ms": "Hak Cipta Terpelihara",
    "ca": "Tots els drets reservats",
    "gl": "Todos os dereitos reservados",
    "eu": "Eskubide guztiak erreserbatuta",
    "ro": "Toate drepturile rezervate",
    "hu": "Minden jog fenntartva",
    "sk": "Všetky práva vyhradené",
    "sl": "Vse pravice pridržane",
    "hr": "Sva prava pridržana|Sva prava zadržana",
    "sr": "Sva prava zadržana|Сва права задржана",
    "bg": "Всички права запазени",
    "mk": "Сите права се задржани",
    "ru": "Все права защищены",
    "uk": "Усі права захищені|Всі права захищені",
    "be": "Усе правы абаронены",
    "lt": "Visos teisės saugomos",
    "lv": "Visas tiesības aizsargātas",
    "et": "Kõik õigused kaitstud",
    "fi": "Kaikki oikeudet pidätetään",
    "is": "Allur réttur áskilinn",
    "el": "Με επιφύλαξη παντός δικαιώματος|Όλα τα δικαιώματα διατηρούνται",
    "tr": "Tüm hakları saklıdır",
    "az": "Bütün hüquqlar qorunur",
    "uz": "Barcha huquqlar himoyalangan",
    "kk": "Барлық құқықтар қорғалған",
    "ka": "ყველა უფლება დაცულია",
    "hy": "Բոլոր իրավունքները պաշտպանված են",
    "sq": "Të gjitha të drejtat e rezervuara",
    "cy": "Cedwir pob hawl",
    "af": "Alle regte voorbehou",
    "sw": "Haki zote zimehifadhiwa",
    "tl": "Lahat ng karapatan ay nakalaan",
    "vi": "Bảo lưu mọi quyền",
    "th": "สงวนลิขสิทธิ์",
    "zh": "版權所有|版权所有",
    "ja": "無断転載を禁じます",
    "ar": "جميع الحقوق محفوظة",
    "fa": "کلیه حقوق محفوظ است|تمامی حقوق محفوظ است",
    "ur": "جملہ حقوق محفوظ ہیں",
    "he": "כל הזכויות שמורות",
    "hi": "सर्वाधिकार सुरक्षित",
    "mr": "सर्व हक्क राखीव",
    "bn": "সর্বস্বত্ব সংরক্ষিত",
    "ta": "அனைத்து உரிமைகளும் பாதுகாக்கப்பட்டவை",
}


def table_words(table: dict[str, str]) -> tuple[str, ...]:
    """Every language's words in ``table`` (one of the tables above), each once, longest first."""
    found = {word for entry in table.values() for word in entry.split("|") if word}
    return tuple(sorted(found, key=lambda word: (-len(word), word)))


# The labels opening the page's foot under the story, by language: its tags and topics, its comments, its
# lists of the most read and latest stories, the invitation to reuse or correct it. A page copied whole
# carries them; from the first of them on (``archivist.parse.furniture.page_tail``) nothing is the story's.
TAIL_LABELS: dict[str, str] = {
    "en": "Tags|Tag|Topics|Topic|Related Tags|Related topic|Keywords|Search Keywords"
    "|Tags / Keywords|Comment|Explore more on these topics|More on these topics|Comments|Add a comment"
    "|Join the conversation"
    "|Join the discussion"
    "|Join the discussions|Most viewed|Most read|Most popular|Latest News|Latest stories|Trending now"
    "|End of Article|Kindly share this story|Reuse this content|Found a mistake in this article?"
    "|Report an error|Report it to us|How does this make you feel?|Download e-Copy|Report error"
    "|Corrections and clarifications|Submit a news tip|Would you like to comment on this article?"
    # the comment box's prompt and the page's poll on the story, over the comments (a prompt, never a
    # subhead: no story's section is headed "Leave a comment")
    "|Add comment|Leave a comment|Post a comment|Write a comment"
    "|Leave a Reply|Leave a reply|Do you like the content of this article?|Did you like this article?"
    "|Was this article helpful?|Did you find this article useful?|Rate this article|Hot Stories|Hot stories"
    "|Trending Stories|Popular Stories|Most shared"
    # the page's links to report an error in the story, under it
    "|Report an editorial error|Report a technical issue|Report a typo|Editorial code of conduct",
    "de": "Lesen Sie mehr zum Thema|Dieses Thema im Programm|Themen|Schlagwörter|Kommentare|Meistgelesen"
    "|Zur Startseite|Es gelten die Community-Richtlinien|Kommentar schreiben|Schreiben Sie einen Kommentar"
    "|War dieser Artikel hilfreich?|Wie hat Ihnen dieser Artikel gefallen?",
    "fr": "Sujets|Commentaires|Contribuer|Réutiliser ce contenu|Voir les commentaires|Les plus lus|Mots-clés"
    "|Réagir|Les plus lus|À lire aussi sur le même sujet|Laisser un commentaire|Ajouter un commentaire"
    "|Écrire un commentaire|Cet article vous a-t-il été utile ?|Cet article vous a-t-il été utile?",
    "es": "Archivado En|Comentarios|Temas|Etiquetas|Noticias Destacadas|Lo más leído|Más leídas"
    "|Temas relacionados|Deja un comentario|Deja tu comentario|Escribe un comentario|Añadir comentario"
    "|¿Te ha gustado este artículo?|¿Te gustó este artículo?|¿Te resultó útil este artículo?",
    "it": "Argomenti|Commenti|I più letti|Lascia un commento|Scrivi un commento"
    "|Ti è piaciuto questo articolo?",
    "pt": "Tópicos|Comentários|Temas|Mais lidas|Etiquetas|Temas relacionados|Assuntos relacionados"
    "|Deixe um comentário|Deixe seu comentário|Gostou deste artigo?|Gostou desta matéria?",
    "nl": "Reageren|Onderwerpen|Meest gelezen|Plaats een reactie|Reactie plaatsen|Laat een reactie achter",
    "fi": "Aiheesta muualla|Aiheet|Kommentit|Luetuimmat",
    "sv": "Ämnen|Kommentarer|Mest läst",
    "nb": "Emner|Kommentarer|Mest lest",
    "da": "Emner|Kommentarer|Mest læste",
    "pl": "Tematy|Komentarze|Najczęściej czytane|Tagi|Dodaj komentarz",
    "id": "Komentar|Topik|Tag|Tulis komentar|Tinggalkan komentar|Terpopuler|Berita terpopuler",
    "tr": "Etiketler|Yorumlar|En çok okunanlar|Yorum yap|Yorum yaz",
    # ("Címlapról": from the front page, its headlines; "Hírlevél": the newsletter's box)
    "hu": "Címlapról|Hírlevél|Címkék|Hozzászólások|Legolvasottabb",
    "ro": "Etichete|Comentarii|Cele mai citite|Lasă un comentariu|Adaugă un comentariu",
    "vi": "Xem nhiều nhất|Ý kiến|Tin liên quan|Gửi bình luận|Viết bình luận|Bình luận",
    "ko": "많이 본 뉴스|관련 기사|댓글|많이 본 기사|댓글 쓰기|댓글쓰기",
    "ja": "関連記事|あわせて読みたい|コメント|アクセスランキング|コメントする|コメントを書く",
    # Croatian, Serbian, Estonian, Bulgarian and more: the tags, comments and most-read labels
    "hr": "Tagovi|Oznake|Komentari|Najčitanije",
    "sr": "Tagovi|Komentari|Najčitanije|Коментари|Најчитаније",
    "et": "Märksõnad|Kommentaarid|Loetumad",
    "bg": "Тагове|Етикети|Коментари|Най-четени",
    "sk": "Diskusia|Najčítanejšie|Komentáre",
    "th": "แท็กที่เกี่ยวข้อง|แท็ก|ข่าวล่าสุด|อ่านข่าวล่าสุด|แสดงความคิดเห็น",
    "fa": "برچسب‌ها|برچسب ها|کلیدواژه‌ها|نظرات|ارسال نظر|پربازدیدترین",
    "is": "Efnisorð|Ummæli",
    "ru": "Комментарии|Обсуждение|Оставить комментарий|Написать комментарий|Самое читаемое",
    "lv": "Komentāri",
    "sl": "Komentarji",
    "gl": "Comentarios|Máis lidas|Máis lidos",
    "ca": "Comentaris|Més llegides|Més llegits",
    "eu": "Iruzkinak|Irakurrienak",
    "cy": "Sylwadau|Pynciau cysylltiedig|Y mwyaf poblogaidd",
    "lt": "Komentarai|Skaitomiausi",
    "cs": "Diskuze|Nejčtenější|Přidat komentář|Napsat komentář",
    "uk": "Коментарі|Найпопулярніше|Найчитаніші|Залишити коментар|Написати коментар",
    "be": "Каментары",
    "mk": "Коментари|Најчитани",
    "bs": "Komentari|Najčitanije",
    "el": "Σχόλια|Δημοφιλή|Αφήστε ένα σχόλιο|Γράψτε σχόλιο",
    "sq": "Komente|Më të lexuarat",
    "az": "Oxşar xəbərlər|Ən çox oxunanlar|Şərhlər|Son xəbərlər|Digər xəbərlər",
    "kk": "Пікірлер|Көп оқылған|Ұқсас жаңалықтар|Соңғы жаңалықтар",
    "ky": "Комментарийлер|Көп окулгандар",
    "uz": "Izohlar|Ko'p o'qilgan|Ko‘p o‘qilgan|Изоҳлар",
    "mn": "Сэтгэгдэл|Их уншсан",
    "ka": "კომენტარები|მსგავსი სიახლეები|ყველაზე კითხვადი",
    "hy": "Մեկնաբանություններ|Ամենաընթերցված",
    "am": "ተዛማጅ ዜናዎች|አስተያየት ይስጡ|አስተያየቶች|በብዛት የተነበቡ",
    "km": "មតិ|អត្ថបទទាក់ទង|ព័ត៌មានទាក់ទង|អានច្រើនជាងគេ",
    "si": "අදහස්|වැඩියෙන්ම කියවූ",
    "ta": "கருத்துகள்|அதிகம் வாசிக்கப்பட்டவை",
    "hi": "टिप्पणियाँ|टिप्पणियां|सबसे ज्यादा पढ़ी गई|टिप्पणी करें|अपनी राय दें",
    "bn": "মন্তব্য|সর্বাধিক পঠিত|মন্তব্য করুন",
    "ne": "धेरै पढिएको|प्रतिक्रिया|प्रतिक्रिया दिनुहोस्",
    "ur": "تبصرے|تبصرہ کریں|اپنی رائے دیں",
    "ar": "التعليقات|الأكثر قراءة|الاكثر قراءة|أضف تعليقاً|أضف تعليقا|اترك تعليقاً|اترك تعليقا",
    "he": "תגובות|הכי נקראים|הוסיפו תגובה|הוסף תגובה",
    "ms": "Komen|Paling popular|Tinggalkan komen",
    "zh": "留言|評論|评论|熱門新聞|热门新闻|發表評論|发表评论",
    "af": "Meeste gelees|Kommentaar|Lewer kommentaar|Meld aan om kommentaar te lewer",
    "so": "Faallooyin|Faallo ka bixi",
    "zu": "Amazwana",
    # Indian languages' and more: the comments, the prompt to leave one, the most read
    "mr": "प्रतिक्रिया|प्रतिक्रिया द्या|प्रतिक्रिया नोंदवा|सर्वाधिक वाचलेले",
    "gu": "ટિપ્પણીઓ|પ્રતિભાવ|સૌથી વધુ વંચાયેલા",
    "pa": "ਟਿੱਪਣੀਆਂ",
    "te": "వ్యాఖ్యలు",
    "kn": "ಪ್ರತಿಕ್ರಿಯೆಗಳು|ಕಾಮೆಂಟ್‌ಗಳು",
    "ml": "അഭിപ്രായങ്ങൾ",
    "sw": "Maoni|Toa maoni|Habari zilizosomwa zaidi",
    "ha": "Sharhi",
    "tl": "Mga komento|Mag-iwan ng komento",
    "my": "မှတ်ချက်များ",
}
# The page's notices and buttons around the story, by language, each a whole line: a subscriber's notice,
# the link just copied, the jump to the comments, the offer to give the article, the text-size choice
# (``archivist.parse.furniture``: no paragraph).
PAGE_NOTICES: dict[str, str] = {
    "en": "Subscriber only|Subscribers only|Premium|Link copied|Go to comments|Jump to comments|Gift article"
    "|Change Size|Text size|Font size|Small|Medium|Large|Loading",
    # an embed's or a player's placeholder while it loads ("Loading...", "Cargando…"), in the languages below
    # and in these
    "tr": "Reklam|Yükleniyor",
    "vi": "Chia sẻ|Lưu|Quảng cáo|Đang tải",
    # an advertisement's slot, in the languages the furniture's pattern does not name it in
    "el": "Διαφήμιση|Φόρτωση",
    "ru": "Реклама|Загрузка",
    "uk": "Реклама|Завантаження",
    "da": "Reklame|Annonce|Indlæser",
    "nb": "Annonse|Reklame|Laster",
    "cs": "Reklama|Načítání",
    "ms": "Iklan",
    "ro": "Publicitate|Reclamă|Reclama|Se încarcă",
    "hu": "Hirdetés|Betöltés",
    "he": "פרסומת",
    "ar": "إعلان|اعلان|جار التحميل|جاري التحميل",
    "hi": "विज्ञापन",
    "zh": "廣告|广告|加载中|載入中",
    # the ad's slot in more languages, and the line over it ("Članak se nastavlja ispod
    # oglasa": the article continues below the ad)
    "et": "Reklaam",
    "bg": "Реклама",
    "sk": "Reklama",
    "lt": "Reklama",
    "lv": "Reklāma",
    "hr": "Oglas|Članak se nastavlja ispod oglasa|Tekst se nastavlja ispod oglasa"
    "|Nastavak teksta ispod oglasa",
    "sr": "Oglas|Tekst se nastavlja ispod oglasa|Članak se nastavlja ispod oglasa|Реклама|Оглас",
    "sl": "Oglas|Članek se nadaljuje pod oglasom",
    "ca": "Publicitat",
    "is": "Auglýsing",
    "th": "โฆษณา",
    "bn": "বিজ্ঞাপন",
    "fa": "تبلیغات|آگهی",
    "de": "Nur für Abonnenten|Link kopiert|Zu den Kommentaren|Werbung|Wird geladen",
    "fr": "Article réservé aux abonnés|Réservé aux abonnés|Lien copié|Offrir cet article|Offrir l'article"
    "|Lire plus tard|Voir les commentaires"
    "|Publicité|Chargement|Chargement en cours|Pub",
    # the caption of the Trust Project's badge under the story, its logo not copied
    "es": "Ir a los comentarios|Exclusivo para suscriptores|Enlace copiado|Regalar artículo"
    "|Conforme a los criterios de|Publicidad|Anuncio|Cargando|Publi",
    "it": "Riservato agli abbonati|Link copiato|Vai ai commenti|Pubblicità|Caricamento|Caricamento in corso",
    # ("PUB": the short form Portuguese papers print over an advertisement's slot)
    "pt": "Publicidade|Oferecer artigo|Salvar artigos|Assine ou faça login|Exclusivo para assinantes"
    "|Link copiado|Recurso exclusivo para assinantes|Anúncio|Carregando|A carregar|PUB",
    "nl": "Advertentie|Deel dit artikel|Link gekopieerd|Alleen voor abonnees|Bezig met laden",
    "pl": "Reklama|Ten artykuł czytasz w ramach płatnej subskrypcji|Link skopiowany|Ładowanie",
    "fi": "Mainos|Linkki kopioitu|Ladataan",
    "sv": "Annons|Länken kopierad|Dela artikeln|Laddar",
    "id": "Iklan|Salin link|Ubah ukuran teks|Memuat",
    # "有料記事" (a paid article), "会員限定記事" (members only), "写真・図版" (photo / figure: the label the
    # picture's slot shows over its caption), "[PR]" (the mark of a Japanese page's advertisement slot),
    # "유료기사" (a paid article), "프리미엄" (premium); "広告", "광고": the advertisement's slot
    "ja": "広告|有料記事|会員限定記事|会員記事|写真・図版|写真・図表|[PR]|読み込み中",
    "ko": "광고|유료기사|프리미엄|동영상 영역 시작|동영상 영역 끝|기사 구독|로딩 중|불러오는 중",
    "af": "Advertensie",
    "gl": "Publicidade",
    "eu": "Publizitatea|Iragarkia",
    "cy": "Hysbyseb",
    "ga": "Fógra",
    "mt": "Reklam",
    "sq": "Reklamë|Reklama",
    "bs": "Oglas|Reklama",
    "mk": "Реклама|Оглас",
    "be": "Рэклама",
    "az": "Reklam",
    "kk": "Жарнама",
    "ky": "Жарнама",
    "uz": "Reklama|Реклама",
    "tg": "Реклама|Таблиғ",
    "mn": "Сурталчилгаа|Зар сурталчилгаа",
    "ka": "რეკლამა",
    "hy": "Գովազդ",
    "ur": "اشتہار",
    "ps": "اعلان",
    "ku": "Reklam",
    "ne": "विज्ञापन",
    "mr": "जाहिरात",
    "gu": "જાહેરાત",
    "pa": "ਇਸ਼ਤਿਹਾਰ",
    "ta": "விளம்பரம்",
    "te": "ప్రకటన",
    "kn": "ಜಾಹೀರಾತು",
    "ml": "പരസ്യം",
    "si": "දැන්වීම|වෙළඳ දැන්වීම",
    "lo": "ໂຄສະນາ",
    "km": "ពាណិជ្ជកម្ម|ការផ្សាយពាណិជ្ជកម្ម",
    "my": "ကြော်ငြာ",
    "tl": "Patalastas",
    "sw": "Tangazo|Matangazo",
    "ha": "Talla",
    "yo": "Ìpolówó",
    "zu": "Isikhangiso",
    "am": "ማስታወቂያ",
    "so": "Xayeysiis",
    "ig": "Mgbasa ozi",
    # more of Africa's, Asia's and Europe's news languages: Kinyarwanda and Kirundi, Haitian Creole, Sorani,
    # Tigrinya, Malagasy, Shona, Luxembourgish, West Frisian, Javanese, Cebuano, Odia, Sindhi, Turkmen,
    # Oromo, Dhivehi ("advertisement", "announcement")
    "rw": "Kwamamaza",
    "ht": "Piblisite|Reklam",
    "ckb": "ڕیکلام|ریکلام",
    "ti": "ምልክታ|ረኽላም",
    "mg": "Dokam-barotra|Doka",
    "sn": "Shambadziro",
    "lb": "Reklamm",
    "fy": "Advertinsje",
    "jv": "Pariwara",
    "ceb": "Anunsyo|Paanunsyo",
    "or": "ବିଜ୍ଞାପନ",
    "sd": "اشتهار",
    "tk": "Mahabat",
    "om": "Beeksisa",
    "dv": "އިޢުލާން",
    # Faroese, Scottish Gaelic, Uyghur, Assamese, Sundanese ("advertisement")
    "fo": "Lýsing|Lýsingar",
    "gd": "Sanas",
    "ug": "ئېلان",
    "as": "বিজ্ঞাপন",
    "su": "Iklan",
}
# A line saying how long the story takes to read or hear, with its label before the figure (``Estimated 3
# minutes``, ``Leestijd 3 minuten``, ``Lecture 4 min.``): page furniture.
READING_LABELS = (
    "Estimated|Estimated reading time|Reading time|Read time|Leestijd|Lecture|Temps de lecture|Lesezeit"
    "|Lesedauer|Tiempo de lectura|Tempo de leitura|Tempo di lettura|Lukuaika|Lästid|Lesetid|Czas czytania"
)
# A fact box's label set before its title and lines inside or under the story (``Fakta. Fritidsgårdar i
# Stockholm`` over its lines): the box is no paragraph (``archivist.parse.furniture.fact_box``).
FACT_BOX_LABELS = (
    "Fakta|Faktaruta|Faktaboks|Fakten|Fact box|Factbox|Fact file|Datos|Dati|Faits|Faktat"
    # "LES XIFRES" over "4.300" and what it counts: a box of the story's figures
    "|By the numbers|The numbers|In numbers|Les xifres|Las cifras|Les chiffres|En chiffres|Die Zahlen"
    "|In Zahlen|I numeri|Os números|De cijfers|In cijfers|Siffrorna|I siffror"
)
# More date-line labels, by language, beyond the ``LABELS`` table's one or two (``Data publicării:``,
# ``Oluşturulma Tarihi:``, ``Aangepast vandaag``, ``Zuletzt aktualisiert``): read by ``label_words`` with
# the table's, so every reader of ``published``/``updated`` labels knows them.
PUBLISHED_MORE: dict[str, str] = {
    # ("Publish Date: Mon, 23 Jun 2025 06:12 PM (IST)" over "Updated Date: …", as Indian portals' templates
    # label them in English over copy in any language)
    "en": "Published at|Date published|First posted|Released|Issued|Release date|Publish Date|Published Date",
    "de": "Erschienen|Erstveröffentlichung|Veröffentlichungsdatum",
    "fr": "Mis en ligne le|Date de publication",
    "es": "Fecha de publicación",
    "it": "Data di pubblicazione|Pubblicato alle",
    "pt": "Data de publicação",
    "nl": "Gepubliceerd op",
    "pl": "Data publikacji",
    "ro": "Data publicării|Data publicarii|Publicat la",
    "tr": "Oluşturulma Tarihi|Oluşturulma|Yayınlanma Tarihi|Yayın Tarihi",
    "hu": "Létrehozva|Megjelent",
    "id": "Terbit|Dipublikasikan pada",
    "da": "Udgivet|Offentliggjort",
    "cs": "Vydáno|Publikováno",
    "ms": "Disiarkan|Diterbitkan pada",
    "sw": "Ilichapishwa|Imechapishwa",
    "tl": "Ipinost noong|Inilathala noong",
    "vi": "Ngày đăng|Đăng ngày",
    # (other scripts' pages: "입력 2025.04.02. 00:58", "פורסם: 23.09.25, 14:20")
    "ko": "입력|등록|게재|발행|송고시간|송고|기사입력|입력일|등록일|게재일|발행일|작성일",
    "ja": "公開|掲載|配信|公開日|公開日時|掲載日|掲載日時|配信日時|投稿日|投稿日時",
    # (and with the word "time" or "date" after it: "發佈時間：2025年10月21日 06:00", "公開日：", "입력일")
    "zh": "發布|发布|發佈|发表|發表|發稿|發佈時間|發布時間|发布时间|發佈日期|發布日期|发布日期"
    "|發表時間|发表时间|發稿時間|出版時間|出版时间|刊登日期",
    "he": "פורסם|פורסמה",
    "ar": "نشر في|نُشر في|تاريخ النشر",
    "hi": "प्रकाशित|प्रकाशित तिथि",
    "el": "Δημοσίευση|Δημοσιεύθηκε",
    "uk": "Опубліковано|Дата публікації",
    "ru": "Опубликовано|Дата публикации",
}
UPDATED_MORE: dict[str, str] = {
    "en": "Updated as of|Last updated as of",
    "de": "Zuletzt aktualisiert|Letzte Aktualisierung",
    "fr": "Actualisé|Actualisé le",
    "es": "Modificado|Fecha de actualización",
    "it": "Aggiornato alle",
    "nl": "Aangepast|Laatst bijgewerkt|Laatst gewijzigd",
    "da": "Senest opdateret",
    "sv": "Senast uppdaterad",
    "nb": "Sist oppdatert",
    "pl": "Data aktualizacji",
    "ro": "Data actualizării|Data actualizarii|Ultima actualizare|Actualizat la",
    "tr": "Güncelleme Tarihi|Son Güncelleme|Son güncelleme",
    "hu": "Módosítva|Utolsó frissítés",
    "ms": "Kemaskini|Dikemaskini|Kemas kini",
    "sw": "Imesasishwa|Ilisasishwa",
    "vi": "Cập nhật lúc|Cập nhật ngày",
    "ko": "수정|업데이트|최종수정|최종 수정|수정일|최종수정일",
    "ja": "更新|最終更新|更新日|更新日時|最終更新日|最終更新日時",
    "zh": "更新|最後更新|最后更新|更新時間|更新时间|最後更新時間|最后更新时间|最後更新日期|修改時間|修改时间",
    "he": "עודכן|עודכנה",
    "ar": "آخر تحديث|تحديث",
    "hi": "अपडेट|अपडेटेड",
    "el": "Ενημέρωση|Τελευταία ενημέρωση",
    "uk": "Оновлено",
    "ru": "Обновлено",
}
# The page's guess at how long the story takes to read, by language: the words before the minutes
# (``Temps de lecture 4 min``, ``Lesezeit: 3 Min.``) and after them (``4 mins to read``, ``3 min de
# lectura``). A note of the page, beside or under its date line, that belongs to no field (``dateblock``).
READING_TIME_BEFORE: dict[str, str] = {
    "en": "Reading time|Read time|Time to read",
    "de": "Lesezeit|Lesedauer",
    "fr": "Temps de lecture|Lecture",
    "es": "Tiempo de lectura|Lectura",
    "it": "Tempo di lettura|Tempo di lettura stimato|Lettura",
    "pt": "Tempo de leitura|Leitura",
    "nl": "Leestijd",
    "da": "Læsetid",
    "sv": "Lästid",
    "nb": "Lesetid",
    "pl": "Czas czytania",
    "id": "Waktu baca",
    "ar": "قراءة|مدة القراءة",  # ("قراءة 3 دقائق" under the date line)
}
READING_TIME_AFTER: dict[str, str] = {
    "en": "read|to read|reading|reading time|read time",
    "de": "Lesezeit|Lesedauer",
    "fr": "de lecture",
    "es": "de lectura",
    "it": "di lettura",
    "pt": "de leitura",
    "nl": "leestijd|lezen",
    "da": "læsetid|læsning",
    "sv": "lästid|läsning",
    "nb": "lesetid|lesing",
    "pl": "czytania",
    "id": "baca|membaca",
}
# The minutes' word in those notes (``min``, ``Min.``, ``minutes``, ``minuten``, ``minuti``, ``menit``).
READING_TIME_UNITS = (
    "min|mins|minute|minutes|minuten|minuti|minuto|minutos|minut|minuter|minutter|menit"
    "|دقائق|دقيقة|دقيقتان"  # (Arabic)
)
# A press release's label over its headline, by language, with its number and date after it
# (``Pressemitteilung Nr. 447 vom 26. November 2026``, ``Press release No. 12/26 of 3 March 2026``): a date
# line whose label names the kind of text (``dateblock``).
PRESS_RELEASE: dict[str, str] = {
    "en": "Press release|News release|Media release|Press statement",
    "de": "Pressemitteilung|Presseinformation|Medienmitteilung|Pressemeldung",
    "fr": "Communiqué de presse|Communiqué",
    "es": "Comunicado de prensa|Comunicado|Nota de prensa|Boletín",
    "it": "Comunicato stampa",
    "pt": "Comunicado de imprensa|Nota à imprensa",
    "nl": "Persbericht",
    "da": "Pressemeddelelse",
    "sv": "Pressmeddelande",
    "nb": "Pressemelding",
    "pl": "Komunikat prasowy",
    "cs": "Tisková zpráva",
    "id": "Siaran pers",
}
# The word between a press release's number and its date (``vom``, ``of``, ``du``), by language.
PRESS_RELEASE_DATED: dict[str, str] = {
    "en": "of|dated|from", "de": "vom", "fr": "du", "es": "del|de", "it": "del", "pt": "de|do", "nl": "van",
    "da": "af", "sv": "från", "nb": "fra", "pl": "z dnia|z", "cs": "ze dne|z", "id": "tanggal",
}  # fmt: skip
# The word some languages put between a dateline's place and its date (``Bruxelles, le 26 novembre 2026 –``,
# ``Roma, lì 3 marzo 2026``, ``Madrid, a 3 de marzo de 2026``), by language (``dateline``).
DATELINE_DATE_WORD: dict[str, str] = {
    "fr": "le", "it": "lì|li", "es": "a", "ca": "a", "de": "am|den", "pt": "em",
}  # fmt: skip
# The word before a date on a date line (``Thứ Sáu, ngày 27/11/2026``: "day"), by language: a filler.
# (Kinyarwanda "Ku wa 3 Werurwe 2026": "on the"; Swahili "tarehe 3 Machi 2026" and Yoruba "ọjọ́ 12": "date",
# "day")
DATE_LINE_DATE_WORD: dict[str, str] = {
    "vi": "ngày", "tl": "noong", "id": "tanggal", "ms": "tarikh", "rw": "ku wa", "sw": "tarehe", "yo": "ọjọ́",
    # the Indian and Pakistani press's "date" before the day ("સોમવાર, તા. ૧૯ મે, ૨૦૨૫", "दिनांक 19 मई"),
    # abbreviated with its stop or written out
    "gu": "તા.|તારીખ", "hi": "दिनांक|ता.|दि.|तारीख", "mr": "दिनांक|दि.|ता.", "ne": "मिति", "bn": "তারিখ|তাং",
    "pa": "ਮਿਤੀ|ਤਾਰੀਖ", "ta": "தேதி", "te": "తేదీ", "kn": "ದಿನಾಂಕ", "ml": "തീയതി", "or": "ତାରିଖ",
    "ur": "تاریخ", "sd": "تاريخ",
}  # fmt: skip
# The page's counters beside its date line (``1,204 views``, ``12 comments``, ``Kommentare: 3``,
# ``345 lượt xem``), by language: words after or before a number, belonging to no field (``dateblock``).
COUNTERS: dict[str, str] = {
    "en": "views|view|comments|comment|shares|reads|likes|replies|view(s)|comment(s)",
    "de": "Aufrufe|Kommentare|Kommentar|Leser",
    "fr": "vues|commentaires|commentaire|lectures|partages",
    "es": "vistas|visitas|comentarios|comentario|lecturas|compartidos",
    "it": "visualizzazioni|commenti|commento|letture|condivisioni",
    "pt": "visualizações|comentários|comentário|leituras|partilhas",
    "nl": "keer bekeken|weergaven|reacties|reactie",
    "pl": "wyświetleń|wyświetlenia|komentarzy|komentarze|odsłon",
    "ro": "vizualizări|comentarii|afișări",
    "tr": "okunma|görüntülenme|yorum",
    "id": "kali dibaca|dibaca|komentar|views",
    "vi": "lượt xem|bình luận",
    "sw": "maoni",
    # (and the rest of the languages news is most read in: "1 245 қаралым", "Коментари (4)", "23 تعليق")
    "da": "visninger|kommentarer|kommentar",
    "sv": "visningar|kommentarer|kommentar",
    "nb": "visninger|kommentarer|kommentar",
    "fi": "lukukertaa|kommenttia|kommentit",
    "et": "vaatamist|kommentaari",
    "lv": "skatījumi|komentāri",
    "lt": "peržiūros|komentarai|komentarų",
    "cs": "zobrazení|komentářů|komentáře",
    "sk": "zobrazení|komentárov|komentáre",
    "sl": "ogledov|komentarjev|komentarji",
    "hr": "pregleda|komentara",
    "sr": "pregleda|komentara|прегледа|коментара",
    "bs": "pregleda|komentara",
    "hu": "megtekintés|hozzászólás",
    "sq": "shikime|komente",
    "el": "προβολές|σχόλια",
    "ru": "просмотров|просмотра|просмотры|комментариев|комментария|комментарии",
    "uk": "переглядів|перегляди|коментарів|коментарі",
    "be": "праглядаў|каментарыяў",
    "bg": "прегледа|преглеждания|коментара|коментари",
    "mk": "прегледи|коментари",
    "kk": "қаралым|пікір|пікірлер",
    "ky": "көрүү|пикир",
    "uz": "ko'rishlar|marta ko'rildi|izohlar|izoh",
    "mn": "үзсэн|сэтгэгдэл",
    "az": "baxış|şərh",
    "ka": "ნახვა|კომენტარი",
    "hy": "դիտում|մեկնաբանություն",
    "he": "צפיות|תגובות",
    "ar": "مشاهدة|مشاهدات|تعليق|تعليقات",
    "fa": "بازدید|نظر|دیدگاه",
    "ur": "ویوز|تبصرے",
    "hi": "व्यूज|टिप्पणियां|कमेंट",
    "bn": "বার পড়া হয়েছে|মন্তব্য",
    "ta": "பார்வைகள்|கருத்துகள்",
    "th": "ครั้ง|ความคิดเห็น",
    "ms": "paparan|komen",
    "tl": "views|komento",
    # (and the reader's reactions counted under the story: "좋아요 12", "いいね 4", "讚 30")
    "zh": "阅读|评论|評論|閱讀|讚|赞|點讚|点赞",
    "ja": "コメント|閲覧|いいね",
    "ko": "조회|댓글|좋아요|슬퍼요|화나요|훈훈해요|추천해요|공감",
    "ca": "visites|comentaris",
    "eu": "iruzkin",
    "cy": "sylwadau",
    "af": "kyke|kommentaar|kommentare",
    "ha": "sharhi",
    "so": "faallo",
    "am": "አስተያየት",
    # (Haitian Creole, Kinyarwanda, Yoruba, Zulu, Igbo, Malagasy, Irish, Sorani, Pashto, Tigrinya, the Indian
    # languages: "comments", "views")
    "ht": "kòmantè|komantè|vizit",
    "rw": "ibitekerezo|byasomwe",
    "yo": "ìdáhùn|àwọn ìdáhùn",
    "zu": "amazwana|ukubukwa",
    "ig": "nkwupụta",
    "mg": "hevitra|fanehoan-kevitra",
    "ga": "tráchtanna|nótaí tráchta",
    "ckb": "بۆچوون|سەردان|بینین",
    "ps": "نظرونه|کتل",
    "ti": "ርእይቶ|ርእይቶታት",
    "gu": "ટિપ્પણીઓ|વ્યૂઝ",
    "pa": "ਟਿੱਪਣੀਆਂ|ਵਿਊਜ਼",
    "te": "వ్యాఖ్యలు|వీక్షణలు",
    "kn": "ಪ್ರತಿಕ್ರಿಯೆಗಳು|ವೀಕ್ಷಣೆ",
    "ml": "കമന്റുകൾ|അഭിപ്രായങ്ങൾ",
    "mr": "प्रतिक्रिया|व्ह्यूज",
    "tg": "тамошо|шарҳ|шарҳҳо",
}
# The word some languages put after a time of day (``14.32 uur``, ``14:32 Uhr``, ``14:32 órakor``), by
# language: a filler of date lines, as ``CLOCK``'s words before the time are.
CLOCK_AFTER: dict[str, str] = {
    "de": "Uhr",
    "nl": "uur",
    "fy": "oere",
    "hu": "órakor|óra",
    "lt": "val.",
    "sk": "hod.",
    "cs": "hod.",
    # ("29 أكتوبر 2025 01:15 صباحا": morning, evening; "10時30分" is read as a time)
    "ar": "صباحا|صباحاً|صباحًا|مساء|مساءً|مساءا",
    # ("18 เม.ย. 2568 09:42 น.": Thai's "o'clock", นาฬิกา abbreviated)
    "th": "น.",
}


# The label a press release or an office's bulletin opens with, by language, alone or with its number and
# date (``Pressemitteilung Nr. 447 vom 26. November 2026``, ``Comunicado No. 412/26``, ``Released: 3 March
# 2026``): read by ``archivist.parse.frontlabels`` as a label (no headline) and a date line.
RELEASE: dict[str, str] = {
    "en": "Press release|News release|Media release|Media statement|Statement|Released|Issued|Bulletin",
    "de": "Pressemitteilung|Pressemeldung|Medienmitteilung|Presseinformation",
    "fr": "Communiqué|Communiqué de presse",
    "es": "Comunicado|Comunicado de prensa|Nota de prensa|Boletín|Boletín de prensa",
    "it": "Comunicato|Comunicato stampa",
    "pt": "Comunicado|Comunicado de imprensa|Nota à imprensa|Release",
    "nl": "Persbericht",
    "da": "Pressemeddelelse",
    "sv": "Pressmeddelande",
    "nb": "Pressemelding",
    "fi": "Tiedote|Lehdistötiedote",
    "pl": "Komunikat|Komunikat prasowy",
    "cs": "Tisková zpráva",
    "id": "Siaran pers|Siaran Pers",
    "ms": "Kenyataan media|Kenyataan Media",
}
# The word between a release's label (or number) and its date (``vom``, ``of``, ``de``), by language.
RELEASE_DATE_WORDS: dict[str, str] = {
    "en": "of|on|dated", "de": "vom|am", "fr": "du|le", "es": "del|de", "it": "del", "pt": "de|do",
    "nl": "van", "da": "af|den", "sv": "den", "nb": "av|den", "pl": "z", "cs": "ze", "id": "tanggal",
}  # fmt: skip
# The page's view buttons a copy to text carries along beside BUTTONS, by language: the text size, the
# offer to follow the site (``Text Size``, ``AA``, ``Follow us``).
VIEW_BUTTONS: dict[str, str] = {
    # ("Follow on": the follow button whose networks' icons the copy lost)
    "en": "Text size|Font size|Text Size|Font Size|AA|Follow us|Follow|Follow on|Save for later|Link copied"
    "|Copied",
    "de": "Schriftgröße|Folgen Sie uns|Link kopiert",
    "fr": "Taille du texte|Suivez-nous|Lire plus tard|Lien copié",
    "es": "Tamaño de letra|Tamaño del texto|Síguenos|Enlace copiado",
    "it": "Dimensione testo|Seguici|Link copiato",
    "pt": "Tamanho do texto|Siga-nos|Link copiado",
    "nl": "Tekstgrootte|Volg ons|Link gekopieerd",
    "id": "Ukuran teks|Ikuti kami",
}
# The page's log-in and sign-up buttons copied beside the story (``Log in``, ``Se connecter``), by language.
LOGIN_BUTTONS: dict[str, str] = {
    # (with the sign-up form's field for the reader's address, alone on its line)
    "en": "Log in|Login|Sign in|Sign up|Register|Subscribe|Subscribe now|Email address|Your email address"
    "|Enter your email|Enter your email address",
    "de": "Anmelden|Einloggen|Registrieren|Jetzt abonnieren|Abonnieren",
    "fr": "Se connecter|Connexion|S'inscrire|S’inscrire|S'abonner|S’abonner|Je m'abonne|Je m’abonne",
    "es": "Iniciar sesión|Inicia sesión|Regístrate|Suscríbete|Suscribirse|Registrarse",
    "it": "Accedi|Registrati|Abbonati",
    "pt": "Entrar|Iniciar sessão|Cadastre-se|Assine|Assinar",
    "nl": "Inloggen|Log in|Registreren|Abonneren|Word abonnee",
    "ja": "ログイン|ログインする|会員登録|新規登録",
    "ko": "로그인|회원가입|구독하기",
    "zh": "登入|登录|註冊|注册|訂閱|订阅",
    # log in, register, subscribe in more languages (the header's buttons over the story)
    "af": "Teken in|Registreer|Meld aan|Teken aan|Skryf in|Inteken",
    "da": "Log ind|Opret konto|Abonnér|Køb abonnement",
    "sv": "Logga in|Registrera|Prenumerera|Bli prenumerant|Skapa konto",
    "nb": "Logg inn|Registrer|Abonner|Bli abonnent|Kjøp abonnement",
    "fi": "Kirjaudu|Kirjaudu sisään|Rekisteröidy|Tilaa",
    "is": "Innskráning|Skrá inn|Áskrift",
    "et": "Logi sisse|Registreeru|Telli",
    "lv": "Pieslēgties|Reģistrēties|Abonēt",
    "lt": "Prisijungti|Registruotis|Prenumeruoti",
    "pl": "Zaloguj|Zaloguj się|Zarejestruj się|Subskrybuj|Wykup subskrypcję",
    "cs": "Přihlásit|Přihlásit se|Registrace|Předplatné|Předplatit",
    "sk": "Prihlásiť|Prihlásiť sa|Registrácia|Predplatné",
    "hu": "Belépés|Bejelentkezés|Regisztráció|Előfizetés",
    "ro": "Autentificare|Conectare|Înregistrare|Abonează-te",
    "hr": "Prijava|Registracija|Pretplata|Prijavi se",
    "sl": "Prijava|Registracija|Naročnina",
    "sq": "Hyr|Regjistrohu|Abonohu",
    "mk": "Најава|Регистрација|Претплата",
    "bg": "Вход|Регистрация|Абонирай се",
    "ru": "Войти|Вход|Регистрация|Подписаться",
    "uk": "Увійти|Вхід|Реєстрація|Підписатися",
    "el": "Σύνδεση|Εγγραφή|Συνδρομή",
    "tr": "Giriş|Giriş yap|Üye ol|Kayıt ol|Abone ol",
    "ar": "تسجيل الدخول|دخول|اشترك|اشترك الآن",
    "he": "התחברות|הרשמה|התחבר|הירשם",
    "fa": "ورود|ثبت نام|ثبت‌نام",
    "hi": "लॉग इन|साइन इन|रजिस्टर|सब्सक्राइब",
    "bn": "লগইন|লগ ইন|নিবন্ধন|সাবস্ক্রাইব",
    "ur": "لاگ ان|رجسٹر",
    "id": "Masuk|Daftar|Berlangganan|Langganan",
    "ms": "Log masuk|Langgan",
    "vi": "Đăng nhập|Đăng ký",
    "th": "เข้าสู่ระบบ|สมัครสมาชิก|ลงทะเบียน",
    "tl": "Mag-log in|Mag-sign up",
    "sw": "Ingia|Jisajili",
    "ca": "Inicia la sessió|Registra't",
    "gl": "Rexistrarse",
    "eu": "Hasi saioa|Erregistratu|Harpidetu",
    "cy": "Mewngofnodi|Cofrestru|Tanysgrifio",
    "ka": "შესვლა|რეგისტრაცია",
    "hy": "Մուտք|Գրանցում",
    "az": "Daxil ol|Qeydiyyat",
    "kk": "Кіру|Тіркелу",
    "mn": "Нэвтрэх|Бүртгүүлэх",
    "ta": "உள்நுழை|பதிவு செய்",
}
# The picture's own buttons copied beside its caption (``View photo``, ``Lihat Foto``, ``Bild vergrößern``),
# by language: furniture, never the caption's credit.
PICTURE_BUTTONS: dict[str, str] = {
    "en": "View photo|View image|See photo|Enlarge photo|Enlarge image|View gallery|View slideshow"
    "|Open gallery|Expand image|Enlarge this image|View this image",
    "de": "Bild vergrößern|Foto vergrößern|Bildergalerie öffnen|Zur Bildergalerie",
    "fr": "Voir la photo|Agrandir la photo|Agrandir l'image|Voir la galerie",
    "es": "Ver foto|Ampliar foto|Ampliar imagen|Ver galería",
    "it": "Vedi foto|Ingrandisci foto|Apri la gallery",
    "pt": "Ver foto|Ampliar foto|Ver galeria",
    "nl": "Bekijk foto|Vergroot foto",
    "id": "Lihat Foto|Lihat foto|Perbesar foto",
    "ms": "Lihat foto|Lihat gambar",
    "vi": "Xem ảnh",
    # enlarge the photo, view the photo, open the gallery, in more languages
    "ru": "Увеличить фото|Смотреть фото|Открыть галерею|Увеличить изображение",
    "uk": "Збільшити фото|Переглянути фото|Відкрити галерею",
    "pl": "Powiększ zdjęcie|Zobacz zdjęcie|Zobacz galerię|Otwórz galerię",
    "cs": "Zvětšit foto|Zvětšit fotografii|Otevřít galerii",
    "tr": "Fotoğrafı büyüt|Fotoğrafı görüntüle|Galeriyi aç",
    "sv": "Förstora bilden|Visa bilden|Öppna bildspel",
    "da": "Forstør billedet|Vis billede|Se billedserie",
    "nb": "Forstørr bildet|Vis bilde|Se bildeserie",
    "fi": "Suurenna kuva|Avaa kuva|Avaa kuvagalleria",
    "ro": "Mărește fotografia|Vezi galeria foto|Vezi fotografia",
    "hu": "Kép nagyítása|Galéria megnyitása",
    "el": "Μεγέθυνση φωτογραφίας|Δείτε τη φωτογραφία",
    "ar": "تكبير الصورة|عرض الصورة|شاهد الصور",
    "he": "להגדלת התמונה|לצפייה בגלריה",
    "ja": "写真を拡大|画像を拡大|写真を見る",
    "zh": "放大圖片|放大图片|查看大圖|查看大图",
    "ko": "사진 확대|사진 크게 보기|이미지 확대",
    "th": "ขยายภาพ|ดูภาพขยาย",
    "hi": "फोटो बड़ा करें|तस्वीर बड़ी करें",
    "sw": "Tazama picha|Kuza picha",
}
# The buttons that hide or show a picture's caption, copied under it (``hide caption`` over ``toggle
# caption``), by language: they tell the lines above them are the caption and its credit.
CAPTION_TOGGLES: dict[str, str] = {
    "en": "hide caption|toggle caption|show caption|expand caption|collapse caption|close caption"
    "|Hide caption|Toggle caption|Show caption|Expand caption|Collapse caption",
    "de": "Bildunterschrift ausblenden|Bildunterschrift einblenden|Bildtext ausblenden|Bildtext einblenden",
    "fr": "masquer la légende|afficher la légende|Masquer la légende|Afficher la légende",
    "es": "ocultar pie de foto|mostrar pie de foto|Ocultar pie de foto|Mostrar pie de foto",
    "it": "nascondi didascalia|mostra didascalia|Nascondi didascalia|Mostra didascalia",
    "pt": "ocultar legenda|mostrar legenda|Ocultar legenda|Mostrar legenda",
    "nl": "bijschrift verbergen|bijschrift tonen|Bijschrift verbergen|Bijschrift tonen",
}
# The phrase naming a second reporter who supplied the story, set tight under the byline (``La información
# es de Jane Doe``, ``Reporting by Jane Doe``), by language: that reporter is an author too.
REPORTED_BY: dict[str, str] = {
    "en": "Reporting by|Reported by|Information from",
    "es": "La información es de|Información de|Con información de|Reporteo de",
    "pt": "Com informações de|Informações de|Reportagem de",
    "fr": "Reportage de|Avec les informations de",
    "it": "Servizio di|Con informazioni di",
    "de": "Mit Informationen von|Recherche von",
}
# A reading time's label, before or after the minutes (``Lesezeit: 3 Minuten``, ``4 dk okuma süresi``), and
# the word for minutes, by language: page furniture (``archivist.parse.furniture``).
READING_LABEL: dict[str, str] = {
    "en": "Reading time|Read time", "de": "Lesezeit|Lesedauer", "nl": "Leestijd", "sv": "Lästid|läsning",
    "da": "Læsetid", "nb": "Lesetid", "fi": "Lukuaika", "pl": "Czas czytania",
    "pt": "Tempo de leitura|de leitura", "it": "Tempo di lettura|Lettura|di lettura",
    "tr": "Okuma süresi|okuma süresi", "id": "Waktu baca|baca", "ms": "Masa membaca", "vi": "Thời gian đọc",
    "es": "Tiempo de lectura|de lectura", "fr": "Temps de lecture|de lecture", "ar": "قراءة|مدة القراءة",
}  # fmt: skip
MINUTE_WORDS = (
    "min|mins|min.|minute|minutes|Min.|Minute|Minuten|minuten|minuter|minuters|minutt|minutter|minuutti|minuuttia"
    "|minut|minuty|minutos|minuti|dk|dakika|menit|minit|phút|دقائق|دقيقة"
)
# The badge of a story kept for subscribers (``Article réservé aux abonnés``, ``Subscriber only``), by
# language: page furniture, no paragraph or summary.
SUBSCRIBERS: dict[str, str] = {
    "en": "Subscriber only|Subscribers only|Subscriber exclusive|For subscribers only",
    "fr": "Article réservé aux abonnés|Réservé aux abonnés",
    "es": "Exclusivo para suscriptores|Solo para suscriptores|Contenido exclusivo para suscriptores",
    "de": "Nur für Abonnenten|Exklusiv für Abonnenten",
    "it": "Riservato agli abbonati|Solo per abbonati",
    "pt": "Exclusivo para assinantes|Conteúdo exclusivo para assinantes",
    "nl": "Alleen voor abonnees",
}


# More of the page's buttons and badges a copy to text carries along, by language: go to the comments,
# read later, the subscribers' badge, the text size, follow us, reuse this content, the advertiser's link.
# Each is a whole block's words (``Ir a los comentarios``, ``Lire plus tard``); a sentence opening with one
# is left alone. Words that are common alone in prose or headings (``Play``, ``Follow``, ``Premium``) are
# left out.
MORE_BUTTONS: dict[str, str] = {
    "en": "Leave your comment|Leave a comment|Add a comment|Comments|View comments|Show comments"
    "|Go to comments|Jump to comments|Read later|Save for later|For subscribers|Subscribers only"
    "|Subscriber only|Subscriber exclusive|Text size|Font size|Follow us|Advertise with us"
    "|Reuse this content|Visit site|Visit website|Report an error|Email this article"
    # the button under a plea for the reader's support
    "|Support us|Support our journalism|Donate now",
    "de": "Kommentare|Kommentieren|Zu den Kommentaren|Später lesen|Für Abonnenten|Nur für Abonnenten"
    "|Schriftgröße|Folgen Sie uns|Artikel merken|Artikel drucken|Inhalt wiederverwenden",
    "fr": "Lire plus tard|Article réservé aux abonnés|Réservé aux abonnés|Réutiliser ce contenu|Commenter"
    "|Commentaires|Voir les commentaires|Offrir cet article|Offrir l'article|Taille du texte|Suivez-nous"
    "|Ajouter à mes favoris",
    "es": "Ir a los comentarios|Comentar|Comentarios|Ver comentarios|Leer más tarde|Guardar para más tarde"
    "|Solo para suscriptores|Exclusivo para suscriptores|Tamaño del texto|Síguenos|Visitar sitio"
    "|Enviar por correo|Compartir en redes sociales",
    "it": "Commenta|Commenti|Vai ai commenti|Leggi dopo|Leggi più tardi|Riservato agli abbonati"
    "|Solo per abbonati|Dimensione testo|Seguici",
    "pt": "Comentar|Comentários|Ir para os comentários|Ler depois|Ler mais tarde|Exclusivo para assinantes"
    "|Só para assinantes|Tamanho do texto|Siga-nos",
    "nl": "Reageer|Reacties|Naar reacties|Lees later|Later lezen|Alleen voor abonnees|Tekstgrootte|Volg ons",
    "da": "Kommentér|Kommentarer|Læs senere|Kun for abonnenter|Tekststørrelse|Følg os",
    "sv": "Kommentera|Kommentarer|Läs senare|Endast för prenumeranter|Textstorlek|Följ oss",
    "nb": "Kommenter|Kommentarer|Les senere|Kun for abonnenter|Tekststørrelse|Følg oss",
    "fi": "Kommentoi|Kommentit|Lue myöhemmin|Vain tilaajille|Tekstin koko|Seuraa meitä",
    "pl": "Komentarze|Skomentuj|Przejdź do komentarzy|Przeczytaj później|Tylko dla subskrybentów"
    "|Rozmiar tekstu|Obserwuj nas",
    "cs": "Komentáře|Diskuse|Přečíst později|Pouze pro předplatitele|Velikost písma|Sledujte nás",
    "ro": "Distribuie|Salvează|Printează|Comentarii|Ascultă|Ascultă articolul|Urmărește-ne",
    "hu": "Megosztás|Mentés|Nyomtatás|Hozzászólások|Meghallgatás|Kövess minket",
    "hr": "Podijeli|Spremi|Ispis|Komentari|Poslušaj|Pratite nas",
    "tr": "Yorumlar|Yorum yap|Sonra oku|Abonelere özel|Yazı boyutu|Bizi takip edin",
    "id": "Komentar|Tulis komentar|Baca nanti|Ukuran teks|Ikuti kami|Kunjungi situs",
    "ms": "Komen|Baca kemudian|Saiz teks|Ikuti kami",
    "tl": "Magkomento|Sundan kami",
    "sw": "Maoni|Toa maoni|Tufuate",
    "vi": "Chia sẻ|Bình luận|Nghe bài viết|Theo dõi|Cỡ chữ|Lưu bài viết",
    "ca": "Comparteix|Desa|Imprimeix|Comentaris|Escolta",
    "af": "Stoor|Kommentaar|Luister",
    "gl": "Apúntate|Subscríbete|Comentar",
    "kk": "Жазылу|Пікір қалдыру",
    "az": "Abunə ol|Şərh yaz",
    "ka": "გამოწერა|კომენტარი",
    "ru": "Подписаться|Комментировать",
    "uk": "Підписатися|Коментувати",
    "am": "ይመዝገቡ",
    "km": "ជាវ",
    "hy": "Բաժանորդագրվել",
    "uz": "Obuna bo'lish",
}
# A link the page prints under every story to its own policies (``Our Standards: The … Trust Principles.``),
# by language: the link's label opening a short line, the policy's name after it.
SITE_POLICY_LINKS: dict[str, str] = {
    "en": "Our Standards|Our standards|Editorial standards|Our editorial standards|Ethics policy",
    "de": "Unsere Standards|Unsere Grundsätze",
    "fr": "Nos standards|Nos principes",
    "es": "Nuestros estándares|Nuestros principios",
}
# The number a government's or company's office gives its release, on a line of its own (``Comunicado No.
# 412/26``, ``Press release No. 45``, ``Communiqué n° 12``): the release's reference, no credit or paragraph.
RELEASE_NUMBER: dict[str, str] = {
    "en": "Press release|News release|Media release|Release|Bulletin|Statement",
    "de": "Pressemitteilung|Presseinformation",
    "fr": "Communiqué|Communiqué de presse",
    "es": "Comunicado|Comunicado de prensa|Boletín",
    "it": "Comunicato|Comunicato stampa",
    "pt": "Comunicado|Nota à imprensa|Release",
    "nl": "Persbericht",
    "id": "Siaran pers|Rilis",
}
# The label a page sets over the story's tags (``Archivado en``, ``Schlagwörter``, ``Tags:``), by language:
# the label, then the tags (short names, one a line or in one line parted by commas), closing the page.
TAGS: dict[str, str] = {
    "en": "Tags|Tagged|Tagged with|Topics|Keywords|More about|See more on",
    "de": "Schlagwörter|Schlagworte|Themen|Stichwörter",
    "fr": "Mots-clés|Mots clés|Sujets|Thèmes|Thématiques",
    "es": "Archivado en|Etiquetas|Temas|Temas relacionados|Palabras clave",
    "it": "Argomenti|Tag|Parole chiave|Tag",
    "pt": "Tópicos|Assuntos|Palavras-chave|Temas",
    "nl": "Onderwerpen|Trefwoorden",
    "da": "Emner|Nøgleord",
    "sv": "Ämnen|Taggar|Ämnesord",
    "nb": "Emner|Stikkord",
    "fi": "Aiheet|Avainsanat|Tagit",
    "pl": "Tagi|Tematy|Słowa kluczowe",
    "cs": "Štítky|Témata|Klíčová slova",
    "ro": "Etichete|Subiecte",
    "hu": "Címkék|Témák",
    "tr": "Etiketler|Konular|Anahtar kelimeler",
    "id": "Topik|Kata kunci|Tagar",
    "ms": "Topik|Kata kunci|Tag",
    "vi": "Chủ đề|Từ khóa",
    "sw": "Mada|Vitambulisho",
    "ca": "Etiquetes|Arxivat a|Temes",
    "el": "Ετικέτες|Λέξεις-κλειδιά|Ετικέτες",
    "uk": "Теми|Теги|Мітки",
    "ru": "Темы|Теги|Метки",
    "lv": "Tēmas|Birkas|Atslēgvārdi",
    "sl": "Oznake|Teme|Ključne besede",
    "sq": "Etiketa|Etiketat|Fjalë kyçe",
    "mk": "Тагови|Ознаки|Клучни зборови",
    "gl": "Temas|Etiquetas",
    "eu": "Etiketak|Gaiak",
    "cy": "Tagiau|Pynciau",
    "ga": "Clibeanna",
    "af": "Etikette|Onderwerpe|Sleutelwoorde",
    "lt": "Žymos|Raktažodžiai",
    "sk": "Tagy|Štítky",
    "bg": "Тагове|Етикети",
    "hr": "Tagovi|Oznake",
    "sr": "Tagovi|Тагови|Ознаке",
    "bs": "Tagovi|Oznake",
    "be": "Тэгі",
    "az": "Teqlər|Teqler|Etiketlər|Açar sözlər",
    "kk": "Тегтер|Тег|Кілт сөздер",
    "ky": "Тегдер",
    "uz": "Teglar|Kalit so'zlar|Теглар",
    "mn": "Шошго|Түлхүүр үг",
    "ka": "თეგები|ტეგები|თეგი",
    "hy": "Պիտակներ|Թեգեր",
    "am": "መለያዎች|መለያ",
    "km": "ស្លាក|ពាក្យគន្លឹះ",
    "lo": "ແທັກ",
    "si": "ටැග්",
    "ta": "குறிச்சொற்கள்",
    "hi": "टैग|टैग्स",
    "mr": "टॅग्स|टॅग|टॅग्ज",
    "gu": "ટૅગ્સ|ટેગ્સ",
    "pa": "ਟੈਗ",
    "te": "ట్యాగ్‌లు",
    "kn": "ಟ್ಯಾಗ್‌ಗಳು",
    "ml": "ടാഗുകൾ",
    "bn": "ট্যাগ|ট্যাগস",
    "ne": "ट्याग",
    "ur": "ٹیگز",
    "ar": "الوسوم|وسوم|كلمات مفتاحية",
    "he": "תגיות",
    "tl": "Mga tag",
    "zh": "標籤|标签|關鍵字|关键词",
    "ja": "タグ",
    "ko": "태그",
    "th": "แท็ก",
}
# The page's offer of its app (``Download the … app for the latest updates.``, ``Descarga la app de …``), by
# language: the verbs opening it, then the words for the app; ``furniture.app_offer`` reads them, wherever
# its callers look (a line of the page, a line under the story).
APP_OFFERS: dict[str, tuple[str, str]] = {
    "en": ("Download|Get|Install", "app|apps|application"),
    "es": ("Descarga|Descargue", "app|aplicación|aplicacion"),
    "pt": ("Baixa|Baixe", "app|aplicativo"),
    "fr": ("Téléchargez", "application|app"),
    "it": ("Scarica", "app|applicazione"),
    "de": ("Laden Sie|Lade", "App"),
}
# The label a press release sets over the people and numbers to call, alone on its line (``Kontakt für weitere
# Auskünfte``, ``Contact presse``), by language: the contacts under it are the release's sign-off.
CONTACTS: dict[str, str] = {
    "en": "Contact|Contacts|Media contact|Media contacts|Press contact|Press contacts|Press office"
    "|Contact information|For further information|For more information"
    # the label of the writer's address under the story ("Feedback: jane@example.com")
    "|Feedback|Email|E-mail|Contact the reporter|Contact the writer",
    "de": "Kontakt|Pressekontakt|Kontakt für weitere Auskünfte|Weitere Auskünfte|Ansprechpartner"
    "|Ansprechpartnerin|Pressestelle|E-Mail",
    "fr": "Contact|Contacts|Contact presse|Contacts presse|Relations presse|Service de presse|Courriel"
    "|Écrire à",
    "es": "Contacto|Contactos|Contacto de prensa|Contacto para medios|Oficina de prensa|Correo"
    "|Correo electrónico|Email",
    "it": "Contatti|Contatto stampa|Ufficio stampa|Per informazioni|Email|Scrivi a",
    "pt": "Contato|Contatos|Contacto|Contactos|Assessoria de imprensa|Contato para imprensa|E-mail|Email",
    "nl": "Perscontact|Contactpersoon|Voor meer informatie|E-mail|Mail",
    "da": "Kontakt|Pressekontakt|Yderligere oplysninger",
    "sv": "Kontakt|Presskontakt|För mer information",
    "nb": "Kontakt|Pressekontakt|For mer informasjon",
    "fi": "Yhteystiedot|Lisätietoja",
    "pl": "Kontakt|Kontakt dla mediów|Biuro prasowe",
    "cs": "Kontakt|Kontakt pro média|Tiskové oddělení",
    "id": "Kontak|Narahubung|Kontak media|Surel|Email",
    "tr": "İletişim|Basın iletişim",
}
# More teaser labels over links to the page's other stories or to further reading, by language
# (``Go deeper:``, ``Weitere Informationen:``, ``Pour aller plus loin``): read as ``RELATED`` is.
MORE_RELATED: dict[str, str] = {
    "en": "Go deeper|Dig deeper|Keep reading|More coverage|Related video|Related posts|Further information"
    "|More information|Most read|Most popular|Trending now|Top stories|Latest stories",
    "de": "Weitere Informationen|Mehr Informationen|Lesen Sie mehr|Weiterlesen|Zum Thema|Passend zum Thema"
    "|Meistgelesen|Verwandte Artikel",
    "fr": "En savoir plus|Pour aller plus loin|Lire la suite|Les plus lus|Articles liés|À voir aussi",
    "es": "Lee más|Más noticias|Lo más leído|Contenido relacionado|Te recomendamos|Sigue leyendo"
    "|Para saber más|Leer también",
    "it": "Approfondisci|Per saperne di più|Leggi di più|I più letti|Vedi anche|Correlati",
    "pt": "Veja mais|Mais lidas|Conteúdo relacionado|Leia a seguir",
    "nl": "Lees verder|Meer weten|Meest gelezen|Gerelateerd|Zie ook|Ook interessant",
    "da": "Se også|Mest læste|Relaterede artikler|Læs videre",
    "sv": "Se även|Mest läst|Relaterade artiklar|Läs vidare",
    "nb": "Se også|Mest lest|Relaterte saker|Les videre",
    "fi": "Katso myös|Luetuimmat|Aiheesta lisää",
    "pl": "Przeczytaj także|Zobacz również|Czytaj również|Najczęściej czytane|Polecamy",
    "cs": "Čtěte dále|Mohlo by vás zajímat|Nejčtenější|Čtěte též",
    "ro": "Citește și|Citeşte şi|Vezi și|Cele mai citite|Articole similare",
    "hu": "Olvasd el ezt is|Kapcsolódó cikkek|Kapcsolódó|Ezt is ajánljuk|Legolvasottabb",
    "hr": "Pročitajte i|Pročitajte još|Vezane vijesti|Povezano",
    "tr": "Bunları da okuyun|Benzer haberler|En çok okunanlar",
    "id": "Lihat juga|Artikel terkait|Berita lainnya|Terpopuler",
    "ms": "Lihat juga|Artikel berkaitan",
    "vi": "Xem thêm|Đọc thêm|Tin liên quan|Bài liên quan",
    "sw": "Habari zaidi|Habari zinazohusiana",
    "tl": "Basahin pa|Kaugnay na balita",
    "ca": "Llegiu també|Més informació|Notícies relacionades",
    "af": "Lees ook|Lees meer|Verwante artikels",
}


# More of the page's buttons and notices copied with the story's front, by language: the link copied, a
# subscriber's notice, listen, offer or save the article for later (``archivist.parse.furniture``).
PAGE_BUTTONS: dict[str, str] = {
    "en": "Follow|Follow us|Short Url|Short URL|Short link|Listen in English|Listen in Arabic|Subscriber only"
    "|Subscribers only|Subscribe to listen|Sign in to listen|Log in to listen",
    "fr": "Lien copié|Article réservé aux abonnés|Réservé aux abonnés|Offrir l'article|Offrir l’article"
    "|Lire plus tard|Lire dans l'app|Lire dans l’app",
    "pt": "Ouvir o texto|Ouça este artigo|Ouvir este artigo|Oferecer artigo|Salvar artigos|Salvar artigo",
    "es": "Ir a los comentarios|Enlace copiado",
    "de": "Link kopiert|Zur Merkliste hinzufügen|E-Mail|Mail",
    "it": "Link copiato",
    "tr": "Google News'te Takip Et|Takip Et",
}
# The label of the page's box on the story's author (``About the author``, ``この記事を書いた人`` over
# her name, desk and fields), by language: the box is no part of the story
# (``archivist.parse.furniture.author_box``).
AUTHOR_BOX: dict[str, str] = {
    "en": "About the author|About the writer|About the reporter|Meet the author",
    "de": "Über den Autor|Über die Autorin|Zum Autor|Zur Autorin",
    "fr": "À propos de l'auteur|À propos de l’auteur|L'auteur|L’auteur",
    "es": "Sobre el autor|Sobre la autora|Acerca del autor|Acerca de la autora",
    "pt": "Sobre o autor|Sobre a autora",
    "it": "L'autore|L’autore|Sull'autore|Sull’autore",
    "nl": "Over de auteur",
    "ja": "この記事を書いた人|この記事の筆者|筆者プロフィール|執筆者プロフィール",
    "zh": "作者簡介|作者简介|關於作者|关于作者",
    "ko": "기자 프로필|기자 소개",
}
# The paywall's notice where a subscriber's story is cut (``Subscribe to continue reading``,
# ``この記事は有料記事です。残り1128文字``), by language, as the line opens: nothing under it is the story's
# (``archivist.parse.furniture.page_tail``).
PAYWALL: dict[str, str] = {
    "en": "Subscribe to continue reading|To continue reading|Continue reading with|This article is for"
    " subscribers|This story is for subscribers|You have reached your free article limit"
    "|Already a subscriber?",
    "fr": "Il vous reste|La suite est réservée aux abonnés|Cet article est réservé aux abonnés",
    "es": "Para seguir leyendo|Para continuar leyendo|Este contenido es exclusivo para suscriptores",
    "de": "Lesen Sie jetzt weiter|Weiterlesen mit|Jetzt weiterlesen",
    "pt": "Para continuar lendo|Continue lendo com",
    "ja": "この記事は有料記事です|この記事は会員記事です|有料会員になると|残り",
}
# A video player's controls copied with the story (``Video`` over the clip's title, ``Play``, ``Duration
# 2:14``), by language: the words alone on their lines around the player's clock, and the clock's label
# (``archivist.parse.furniture.player_controls``). ``Play`` or ``Video`` alone elsewhere may be a subhead.
PLAYER_BUTTONS: dict[str, str] = {
    "en": "Audio|Listen|Play|Play video|Pause|Replay|Video|Watch|Watch video|Mute|Unmute|Now playing|Up next",
    "fr": "Audio|Écouter|Lecture|Lire la vidéo|Vidéo|Regarder|Vidéo|Regardez",
    "es": "Audio|Escuchar|Reproducir|Ver video|Ver vídeo|Video|Vídeo|Vídeo|Video",
    "pt": "Áudio|Ouvir|Reproduzir|Assistir|Vídeo|Vídeo|Assista",
    "de": "Audio|Anhören|Abspielen|Video ansehen|Video",
    "it": "Audio|Ascolta|Riproduci|Guarda il video|Video",
    "nl": "Audio|Luister|Afspelen|Bekijk video|Video",
    "sr": "Video|Видео|Pogledajte video",
    "hr": "Video|Pogledajte video",
    "pl": "Audio|Posłuchaj|Wideo|Zobacz wideo",
    "hu": "Videó",
    "ru": "Видео|Аудио|Слушать",
    "uk": "Відео|Аудіо|Слухати",
    "bg": "Видео",
    "el": "Βίντεο|Ήχος|Ακούστε",
    "ar": "فيديو|استمع",
    "fa": "ویدیو|ویدئو",
    "hi": "वीडियो|ऑडियो|सुनें",
    "bn": "ভিডিও",
    "zh": "视频|影片|音频|音頻",
    "ja": "動画|音声",
    "ko": "영상|오디오|듣기",
    "th": "วิดีโอ",
    "he": "וידאו|אודיו|האזינו",
}
PLAYER_DURATION = (
    "Duration|Durée|Duración|Duração|Dauer|Durata|Duur|Längd|Varighed|Kesto|Czas trwania|Длительность"
    "|Тривалість|Διάρκεια|Süre|Durată|Trvání|Időtartam|अवधि|재생 시간|再生時間|時長|时长|משך|المدة"
)
# The page's skip links, copied first when a reader selects a whole page (``Skip to content``, ``Pular para o
# conteúdo``), by language: the site's navigation, never a headline (``archivist.parse.frontlabels``).
SKIP_LINKS: dict[str, str] = {
    "en": "Skip to content|Skip to main content|Skip to navigation|Skip navigation|Skip to main navigation"
    "|Skip to search|Skip to footer|Jump to content|Jump to main content|Go to content|Go to main content"
    "|Skip to the content|Skip to the main content|Skip to article|Skip to main",
    "de": "Zum Inhalt springen|Zum Hauptinhalt springen|Direkt zum Inhalt|Zum Inhalt|Zur Navigation springen"
    "|Zum Hauptinhalt|Direkt zum Hauptinhalt|Navigation überspringen",
    "fr": "Aller au contenu|Aller au contenu principal|Passer au contenu|Passer au contenu principal"
    "|Aller à la navigation",
    "es": "Ir al contenido|Ir al contenido principal|Saltar al contenido|Saltar al contenido principal"
    "|Saltar a la navegación",
    "it": "Vai al contenuto|Vai al contenuto principale|Salta al contenuto|Salta al contenuto principale",
    "pt": "Pular para o conteúdo|Pular para o conteúdo principal|Ir para o conteúdo"
    "|Ir para o conteúdo principal|Saltar para o conteúdo|Avançar para o conteúdo",
    "nl": "Naar de inhoud|Ga naar de inhoud|Direct naar de inhoud|Spring naar de inhoud|Naar hoofdinhoud"
    "|Ga naar hoofdinhoud|Overslaan en naar de inhoud gaan",
    "da": "Gå til indhold|Spring til indhold|Gå til hovedindhold|Spring til indholdet",
    "sv": "Gå till innehåll|Hoppa till innehåll|Till innehållet|Gå till huvudinnehåll"
    "|Hoppa till huvudinnehåll",
    "nb": "Gå til innhold|Hopp til innhold|Hopp til hovedinnhold|Hopp til innholdet|Gå til hovedinnhold",
    "fi": "Siirry sisältöön|Siirry pääsisältöön|Hyppää sisältöön",
    "pl": "Przejdź do treści|Przejdź do głównej treści|Przejdź do zawartości|Przeskocz do treści"
    "|Pomiń nawigację",
    "cs": "Přejít k obsahu|Přeskočit na obsah|Přejít na obsah|Přejít k hlavnímu obsahu",
    "id": "Langsung ke konten|Lompat ke konten|Loncat ke konten|Lewati ke konten|Langsung ke konten utama",
    "ms": "Langkau ke kandungan|Lompat ke kandungan",
    "tr": "İçeriğe geç|İçeriğe atla|Ana içeriğe geç|İçeriğe git",
    "ha": "Tsallake zuwa babban shafi",
    "sw": "Ruka hadi maelezo|Ruka hadi maudhui",
    "ro": "Sari la conținut|Salt la conținut|Sari la conținutul principal|Mergi la conținut",
    "hu": "Ugrás a tartalomra|Ugrás a tartalomhoz|Ugrás a fő tartalomra",
    "el": "Μετάβαση στο περιεχόμενο|Μετάβαση στο κύριο περιεχόμενο|Παράλειψη στο περιεχόμενο",
    "ru": "Перейти к содержанию|Перейти к основному содержанию|Перейти к контенту|К содержанию",
    "uk": "Перейти до змісту|Перейти до основного вмісту|Перейти до вмісту|До змісту",
    # (the same link in the rest of the languages news is most read in, as site templates translate it:
    # "Slaan oor na inhoud", "Neidio i'r cynnwys", "本文へスキップ", "본문 바로가기", "דלג לתוכן")
    "af": "Slaan oor na inhoud|Slaan oor na hoofinhoud|Gaan na inhoud|Spring na inhoud",
    "cy": "Neidio i'r cynnwys|Neidio i’r cynnwys|Neidio i'r prif gynnwys|Neidio i’r prif gynnwys",
    "ga": "Léim go dtí an príomhábhar|Léim go dtí an t-ábhar|Scipeáil go dtí an t-ábhar",
    "gd": "Leum gun t-susbaint|Leum gu prìomh-shusbaint",
    "eu": "Joan edukira|Salto egin edukira|Joan eduki nagusira",
    "ca": "Vés al contingut|Ves al contingut|Salta al contingut|Vés al contingut principal",
    "gl": "Ir ao contido|Saltar ao contido|Ir ao contido principal",
    "is": "Fara í efni|Hoppa yfir í efni|Sleppa í efni",
    "et": "Liigu edasi sisu juurde|Mine sisu juurde|Hüppa sisu juurde|Otse sisu juurde",
    "lv": "Pāriet uz saturu|Izlaist un pāriet uz saturu|Pāriet uz galveno saturu",
    "lt": "Pereiti prie turinio|Praleisti ir pereiti prie turinio|Pereiti prie pagrindinio turinio",
    "sk": "Preskočiť na obsah|Prejsť na obsah|Prejsť na hlavný obsah",
    "sl": "Preskoči na vsebino|Skoči na vsebino|Pojdi na vsebino",
    "hr": "Preskoči na sadržaj|Idi na sadržaj|Prijeđi na sadržaj|Preskoči na glavni sadržaj",
    "sr": "Пређи на садржај|Прескочи на садржај|Pređi na sadržaj",
    "bg": "Към съдържанието|Премини към съдържанието|Прескочи към съдържанието",
    "mk": "Прескокни до содржината|Оди до содржината",
    "be": "Перайсці да зместу|Перайсці да асноўнага зместу",
    "sq": "Kalo te përmbajtja|Shko te përmbajtja|Kalo tek përmbajtja",
    "mt": "Aqbeż għall-kontenut|Mur għall-kontenut",
    "lb": "Op den Inhalt sprangen|Zum Inhalt sprangen",
    "ka": "გადასვლა შინაარსზე|გადადით კონტენტზე|კონტენტზე გადასვლა",
    "hy": "Անցնել բովանդակությանը|Անցնել հիմնական բովանդակությանը",
    "az": "Məzmuna keç|Məzmuna keçin|Əsas məzmuna keç",
    "kk": "Мазмұнға өту|Негізгі мазмұнға өту",
    "uz": "Kontentga o'tish|Asosiy kontentga o'tish|Mazmunga o'tish",
    "ar": "انتقل إلى المحتوى|تخطى إلى المحتوى|التخطي إلى المحتوى|الانتقال إلى المحتوى"
    "|الانتقال إلى المحتوى الرئيسي",
    "fa": "پرش به محتوا|رفتن به محتوا|پرش به محتوای اصلی",
    "ur": "مواد پر جائیں|مرکزی مواد پر جائیں",
    "he": "דלג לתוכן|דילוג לתוכן|עבור לתוכן|דלג לתוכן הראשי",
    "hi": "सामग्री पर जाएं|सामग्री पर जाएँ|मुख्य सामग्री पर जाएं|सीधे सामग्री पर जाएं",
    "bn": "কন্টেন্টে যান|বিষয়বস্তুতে যান|মূল বিষয়বস্তুতে যান",
    "ne": "सामग्रीमा जानुहोस्|मुख्य सामग्रीमा जानुहोस्",
    "mr": "मजकुराकडे जा|सामग्रीवर जा",
    "ta": "உள்ளடக்கத்திற்குச் செல்|உள்ளடக்கத்துக்குச் செல்லவும்",
    "th": "ข้ามไปที่เนื้อหา|ข้ามไปยังเนื้อหา|ข้ามไปเนื้อหา|ข้ามไปยังเนื้อหาหลัก",
    "vi": "Chuyển đến nội dung|Bỏ qua nội dung|Đi đến nội dung|Chuyển đến nội dung chính",
    "tl": "Lumaktaw sa nilalaman|Tumalon sa nilalaman",
    "zh": "跳至内容|跳到内容|跳至主要内容|跳至內容|跳到主要內容|跳至主要內容",
    "ja": "コンテンツへスキップ|本文へスキップ|本文へ移動|メインコンテンツへスキップ|メインコンテンツへ移動",
    "ko": "본문 바로가기|콘텐츠로 건너뛰기|본문으로 바로가기|본문으로 건너뛰기",
    "am": "ወደ ይዘቱ ይዝለሉ|ወደ ዋናው ይዘት ይሂዱ",
}
# The small words a masthead's or section's name holds between its capitalised words (``Folha de S.Paulo``,
# ``Arts and Culture``, ``Corriere della Sera``): ``archivist.parse.frontlabels``.
# Each language's joining words, its articles and short prepositions (``Politik und Gesellschaft``,
# ``Niedrigwasser im Rhein``, ``Vida y Estilo``, ``Nauka i technika``, ``Ekonomi dan Bisnis``): a section's or
# kicker's name is capitalised around them in any language that capitalises its words.
LABEL_PARTICLES = (
    "of and the for in on at to de da do das dos del della delle di du des la le les el los las et y e und"
    " van von der den af og och i na"
    # French, Spanish, Portuguese, Italian, Catalan, Galician
    " au aux en à sur pour al con para por em no nos nas com ed nel nella nei negli dei degli sul alla per"
    " als"
    # German, Dutch, Scandinavian, Icelandic, Afrikaans
    " im am an auf aus bei für mit vom zum zur dem die das het op met voor på til med av fra från om ved í á"
    # Slavic, Baltic, Finnic, Hungarian, Romanian, Albanian, Greek, Turkish, Basque
    " w z ze we a v ve se u za s sa și si în din cu pe un ir ja és az dhe në të και στο στη της του των ve"
    " ile eta и в на с из по й та і у"
    # Indonesian, Malay, Tagalog, Swahili, Vietnamese, Irish, Welsh
    " dan di ke dari ng sa ya wa và của agus ac y yr"
)


# The button under a plea for the reader's money, by language (``Support us``, ``Jetzt spenden``, ``Faire un
# don``): a button (merged into ``MORE_BUTTONS``), and the foot of the plea's box over it
# (``archivist.parse.furniture.donation_box``).
DONATE_BUTTONS: dict[str, str] = {
    "en": "Support us|Donate|Donate now|Give now|Make a donation|Become a member|Support our journalism"
    "|Support independent journalism|Become a supporter",
    "de": "Spenden|Jetzt spenden|Unterstützen Sie uns|Jetzt unterstützen", "fr": "Faire un don|Soutenez-nous"
    "|Je fais un don|Je soutiens", "es": "Donar|Dona ahora|Haz una donación|Apóyanos", "it": "Dona ora"
    "|Sostienici|Fai una donazione", "pt": "Doar|Doe agora|Apoie|Apoie o nosso jornalismo", "nl": "Doneer"
    "|Steun ons|Word lid", "pl": "Wesprzyj nas|Wpłać", "cs": "Podpořte nás|Přispějte", "sk": "Podporte nás",
    "ru": "Поддержать|Поддержите нас", "uk": "Підтримати|Підтримайте нас", "sv": "Stöd oss|Ge ett bidrag",
    "da": "Støt os", "nb": "Støtt oss", "fi": "Tue meitä|Lahjoita", "hu": "Támogatom|Támogass minket",
    "ro": "Donează|Susține-ne", "tr": "Bağış yap|Destek ol", "id": "Donasi|Dukung kami", "sw": "Changia",
    "ar": "تبرع|ادعمنا", "he": "תרמו|לתרומה", "hi": "सहयोग करें", "ja": "寄付する",
    "zh": "捐款|支持我們|支持我们", "ko": "후원하기",
}  # fmt: skip

# The links of a site's bar under every story (``Contact Us``, ``Impressum``, ``Mentions légales``), by
# language: two of them among four links or more set off by bars make the line the site's bar of links
# (``archivist.parse.furniture.link_bar_line``).
SITE_LINKS: dict[str, str] = {
    "en": "Contact|Contact us|About|About us|Privacy|Privacy policy|Terms|Terms of use|Terms of service"
    "|Cookies|Cookie policy|Newsletter|Newsletters|Advertise|Advertise with us|Careers|Jobs|Apps|Sitemap|Help"
    "|FAQ|Subscribe|Accessibility|Corrections|Ethics|Policies|Policies & Ethics|Support us|Donate|RSS"
    "|Archive|Masthead|Staff|Imprint|Editorial standards|Code of conduct",
    "de": "Impressum|Datenschutz|Datenschutzerklärung|Kontakt|Über uns|AGB|Abo|Mediadaten|Jobs|Hilfe"
    "|Barrierefreiheit|Cookie-Einstellungen|Newsletter|Werbung|Redaktion",
    "fr": "Nous contacter|Contact|Qui sommes-nous|Mentions légales|Confidentialité"
    "|Politique de confidentialité|CGU|CGV|Publicité|Annonceurs|Plan du site|Aide|Abonnement|Newsletter"
    "|Cookies|Rédaction",
    "es": "Contacto|Quiénes somos|Aviso legal|Política de privacidad|Privacidad|Publicidad|Suscripción|Ayuda"
    "|Mapa del sitio|Términos y condiciones|Cookies|Redacción",
    "it": "Contatti|Chi siamo|Privacy|Cookie policy|Note legali|Pubblicità|Abbonamenti|Redazione",
    "pt": "Contato|Contacto|Quem somos|Política de privacidade|Termos de uso|Publicidade|Assinatura"
    "|Expediente|Fale conosco|Estatuto editorial",
    "nl": "Over ons|Colofon|Adverteren|Abonnement|Voorwaarden|Privacy",
    "pl": "Kontakt|O nas|Regulamin|Polityka prywatności|Reklama|Redakcja",
    "sv": "Kontakta oss|Om oss|Annonsera|Integritetspolicy|Prenumerera",
    "da": "Kontakt os|Om os|Annoncering|Privatlivspolitik", "nb": "Kontakt oss|Om oss|Annonsere|Personvern",
    "ru": "Контакты|О нас|Реклама|Политика конфиденциальности|Редакция",
    "uk": "Контакти|Про нас|Реклама|Політика конфіденційності|Редакція",
    "tr": "İletişim|Hakkımızda|Künye|Gizlilik politikası|Reklam", "id": "Kontak|Tentang kami|Redaksi"
    "|Pedoman media siber|Kebijakan privasi|Iklan",
}  # fmt: skip


# The link beside a byline to the writer's other stories (``More by this Author``, ``Alle Artikel von``,
# ``Plus d'articles de cet auteur``), by language: a button (merged into ``MORE_BUTTONS``), never the
# standfirst or a line of the story, whatever house sets it under the name.
AUTHOR_LINKS: dict[str, str] = {
    "en": "More by this author|More by this Author|More from this author|More from this Author"
    "|More articles by this author|More stories by this author|All articles by this author"
    "|View author profile|See all articles|View all articles|View all posts|Author profile",
    "de": "Mehr vom Autor|Mehr von der Autorin|Mehr zum Autor|Alle Artikel des Autors"
    "|Alle Artikel der Autorin|Mehr Artikel von diesem Autor|Zum Autorenprofil",
    "fr": "Plus d'articles de cet auteur|Plus d’articles de cet auteur|Tous les articles de l'auteur"
    "|Tous les articles de l’auteur|Voir tous ses articles|Voir le profil de l'auteur",
    "es": "Más artículos del autor|Más artículos de la autora|Más noticias del autor|Ver todos sus artículos"
    "|Todos los artículos del autor|Ver perfil del autor",
    "it": "Altri articoli dell'autore|Altri articoli dell’autore|Tutti gli articoli dell'autore"
    "|Tutti gli articoli dell’autore|Leggi tutti gli articoli",
    "pt": "Mais artigos do autor|Mais do autor|Mais da autora|Ver todos os artigos"
    "|Todas as matérias do autor",
    "nl": "Meer van deze auteur|Meer van deze journalist|Alle artikelen van deze auteur|Meer artikelen",
    "pl": "Więcej od autora|Więcej tekstów autora|Wszystkie artykuły autora|Inne artykuły autora",
    "cs": "Další články autora|Další články autorky|Všechny články autora|Profil autora",
    "sk": "Ďalšie články autora|Všetky články autora",
    "ru": "Все статьи автора|Другие статьи автора|Все материалы автора|Материалы автора",
    "uk": "Усі статті автора|Всі статті автора|Інші статті автора|Усі матеріали автора",
    "tr": "Yazarın diğer yazıları|Yazarın tüm yazıları|Tüm yazıları",
    "id": "Artikel lainnya dari penulis|Berita lainnya dari penulis|Lihat semua artikel",
    "sv": "Fler artiklar av skribenten|Alla artiklar av",
    "da": "Flere artikler af skribenten|Alle artikler af",
    "nb": "Flere artikler av journalisten|Alle artikler av",
    "ro": "Alte articole ale autorului|Toate articolele autorului",
    "hu": "A szerző további cikkei|A szerző cikkei",
    "el": "Περισσότερα από τον συντάκτη|Όλα τα άρθρα του συντάκτη",
    "ar": "المزيد من الكاتب|مقالات أخرى للكاتب|كل مقالات الكاتب",
    "ja": "この記者の記事|記者の記事一覧|著者の記事一覧",
    "zh": "作者其他文章|更多作者文章",
    "ko": "기자의 다른 기사|기자 다른 기사",
}


def _merge(table: dict[str, str], more: dict[str, str]) -> None:
    """Each language's words of ``more`` added to its entry in ``table`` (a language new to it added)."""
    for language, entry in more.items():
        table[language] = f"{table[language]}|{entry}" if table.get(language) else entry


_merge(MORE_BUTTONS, DONATE_BUTTONS)
_merge(MORE_BUTTONS, AUTHOR_LINKS)


# A reader poll's words printed with the story (``Poll`` over ``Can you afford it?`` over ``Yes`` / ``No`` /
# ``Vote``), by language: the poll's label, its answers and its buttons, each alone on its line
# (``archivist.parse.bodywidgets.poll_box``). A word alone is never enough: the poll is a question followed by
# a run of such short lines.
POLL_WORDS: dict[str, str] = {
    "en": "Poll|Reader poll|Quick poll|Vote|Submit|View results|See results|Results|Yes|No|Not sure|Maybe"
    "|Don't know|Agree|Disagree|Undecided",
    "fr": "Sondage|Voter|Votez|Valider|Voir les résultats|Résultats|Oui|Non|Je ne sais pas|Peut-être",
    "de": "Umfrage|Abstimmen|Abstimmung|Ergebnis|Ergebnisse|Ja|Nein|Weiß nicht|Vielleicht",
    "es": "Encuesta|Votar|Vota|Enviar|Ver resultados|Resultados|Sí|No|No sé|Tal vez",
    "pt": "Enquete|Sondagem|Votar|Vote|Ver resultados|Resultados|Sim|Não|Não sei|Talvez",
    "it": "Sondaggio|Vota|Risultati|Vedi i risultati|Sì|No|Non so|Forse",
    "nl": "Peiling|Poll|Stem|Stemmen|Uitslag|Resultaten|Ja|Nee|Weet niet|Misschien",
    "sv": "Omröstning|Rösta|Resultat|Ja|Nej|Vet ej|Vet inte",
    "da": "Afstemning|Stem|Resultat|Ja|Nej|Ved ikke",
    "nb": "Avstemning|Stem|Resultat|Ja|Nei|Vet ikke",
    "fi": "Kysely|Äänestä|Tulokset|Kyllä|Ei|En osaa sanoa",
    "pl": "Sonda|Ankieta|Głosuj|Wyniki|Tak|Nie|Nie wiem",
    "cs": "Anketa|Hlasovat|Výsledky|Ano|Ne|Nevím",
    "sk": "Anketa|Hlasovať|Výsledky|Áno|Nie|Neviem",
    "hu": "Szavazás|Szavazok|Eredmények|Igen|Nem|Nem tudom",
    "ro": "Sondaj|Votează|Rezultate|Da|Nu|Nu știu",
    "hr": "Anketa|Glasaj|Rezultati|Da|Ne|Ne znam",
    "sl": "Anketa|Glasuj|Rezultati|Da|Ne|Ne vem",
    "tr": "Anket|Oy ver|Sonuçlar|Evet|Hayır|Fikrim yok",
    "ru": "Опрос|Голосовать|Результаты|Да|Нет|Не знаю",
    "uk": "Опитування|Голосувати|Результати|Так|Ні|Не знаю",
    "bg": "Анкета|Гласувай|Резултати|Да|Не|Не знам",
    "sr": "Анкета|Гласај|Резултати|Да|Не|Не знам",
    "el": "Δημοσκόπηση|Ψηφίστε|Ψήφισε|Αποτελέσματα|Ναι|Όχι|Δεν ξέρω",
    "he": "סקר|הצביעו|הצבע|תוצאות|כן|לא|לא יודע",
    "ar": "استطلاع|تصويت|صوّت|النتائج|نعم|لا|لا أعرف",
    "fa": "نظرسنجی|رأی دهید|نتایج|بله|خیر|نمی‌دانم",
    "ur": "رائے شماری|ووٹ دیں|نتائج|ہاں|نہیں",
    "hi": "पोल|सर्वे|वोट करें|नतीजे|परिणाम|हां|हाँ|नहीं|पता नहीं",
    "bn": "জরিপ|ভোট দিন|ফলাফল|হ্যাঁ|না",
    "ta": "கருத்துக் கணிப்பு|வாக்களி|முடிவுகள்|ஆம்|இல்லை",
    "te": "పోల్|ఓటు వేయండి|ఫలితాలు|అవును|కాదు",
    "mr": "पोल|मत द्या|निकाल|होय|नाही",
    "zh": "投票|调查|調查|结果|結果|是|否|不知道",
    "ja": "アンケート|投票する|結果を見る|はい|いいえ|わからない",
    "ko": "설문|투표|투표하기|결과 보기|예|아니오|모르겠다",
    "th": "โพล|โหวต|ผลโหวต|ใช่|ไม่ใช่|ไม่แน่ใจ",
    "vi": "Thăm dò|Bình chọn|Kết quả|Có|Không|Không biết",
    "id": "Jajak pendapat|Polling|Pilih|Hasil|Ya|Tidak|Tidak tahu",
    "ms": "Undian|Tinjauan|Undi|Keputusan|Ya|Tidak",
    "sw": "Kura ya maoni|Piga kura|Matokeo|Ndiyo|Hapana",
    "tl": "Botohan|Bumoto|Resulta|Oo|Hindi",
    "af": "Meningspeiling|Stem|Uitslae|Ja|Nee",
    "ca": "Enquesta|Vota|Resultats|Sí|No",
    "lt": "Apklausa|Balsuoti|Rezultatai|Taip|Ne",
    "lv": "Aptauja|Balsot|Rezultāti|Jā|Nē",
    "et": "Küsitlus|Hääleta|Tulemused|Jah|Ei",
    "ka": "გამოკითხვა|ხმის მიცემა|შედეგები|დიახ|არა",
    "hy": "Հարցում|Քվեարկել|Արդյունքներ|Այո|Ոչ",
    "az": "Sorğu|Səs ver|Nəticələr|Bəli|Xeyr",
    "kk": "Сауалнама|Дауыс беру|Нәтижелер|Иә|Жоқ",
}

# A social network's post embedded in the story, as a copy carries it: the line over it (``View this post on
# Instagram``) and the one under it naming whose post it is (``A post shared by Jane Doe (@janedoe)``), by
# language (``archivist.parse.bodywidgets.embedded_posts``).
EMBEDDED_POST_LINES: dict[str, str] = {
    "en": "View this post on Instagram|A post shared by|View this video on TikTok|View on Threads"
    "|Watch on TikTok|View on Facebook",
    "fr": "Voir cette publication sur Instagram|Une publication partagée par",
    "de": "Diesen Beitrag auf Instagram ansehen|Ein Beitrag geteilt von",
    "es": "Ver esta publicación en Instagram|Una publicación compartida de|Una publicación compartida por",
    "pt": "Ver essa foto no Instagram|Ver esta publicação no Instagram|Uma publicação compartilhada por"
    "|Uma publicação partilhada por",
    "it": "Visualizza questo post su Instagram|Un post condiviso da",
    "nl": "Bekijk dit bericht op Instagram|Een bericht gedeeld door",
    "pl": "Wyświetl ten post na Instagramie|Post udostępniony przez",
    "tr": "Bu gönderiyi Instagram'da gör|tarafından paylaşılan bir gönderi",
    "ru": "Посмотреть эту публикацию в Instagram|Публикация от",
    "uk": "Переглянути цей допис в Instagram|Допис, поширений",
    "sv": "Visa det här inlägget på Instagram|Ett inlägg delat av",
    "da": "Se dette opslag på Instagram|Et opslag delt af",
    "nb": "Vis dette innlegget på Instagram|Et innlegg delt av",
    "ro": "Vezi această postare pe Instagram|O postare distribuită de",
    "el": "Δείτε αυτή τη δημοσίευση στο Instagram|Μια δημοσίευση που κοινοποιήθηκε από",
    "id": "Lihat postingan ini di Instagram|Sebuah kiriman dibagikan oleh",
    "vi": "Xem bài viết này trên Instagram",
}

# A box of the story's key facts set in the body without blank lines (``Quick facts`` over ``Opened: 2024`` /
# ``Cost: $216 million``), by language: the box's head over its ``Label: value`` lines
# (``archivist.parse.bodywidgets.fact_lines``). Heads that also open a summary's bullet box (``En bref``) are
# left out: the rule takes only the ``Label: value`` lines under one of these.
FACT_HEADS: dict[str, str] = {
    "en": "Quick facts|Key facts|Fast facts|Facts|Fact file|Factbox|Fact box|At a glance|Key figures|Snapshot"
    "|By the numbers|In numbers|Profile",
    "fr": "Repères|Fiche technique|Chiffres clés|En chiffres",
    "de": "Fakten|Auf einen Blick|Steckbrief|Zahlen und Fakten|In Zahlen",
    "es": "Datos clave|Ficha técnica|En cifras|Las cifras",
    "pt": "Ficha técnica|Em números|Números",
    "it": "Scheda|Scheda tecnica|I numeri|In cifre",
    "nl": "Feiten|In cijfers|De cijfers",
    "sv": "Fakta|Faktaruta",
    "da": "Fakta|Faktaboks",
    "nb": "Fakta|Faktaboks",
    "fi": "Faktat|Faktaa",
    "pl": "Fakty|W liczbach",
    "cs": "Fakta|V číslech",
    "ru": "Факты|Справка|В цифрах|Ключевые факты",
    "uk": "Факти|Довідка|У цифрах",
    "tr": "Künye|Rakamlarla",
    "el": "Τα στοιχεία|Με αριθμούς",
    "he": "עובדות|בכמה מספרים",
    "ar": "حقائق|بالأرقام",
    "hi": "मुख्य तथ्य|आंकड़ों में",
    "ja": "メモ|データ",
    "ko": "한눈에 보기|주요 내용",
    "zh": "资料|資料|链接|鏈接",
    "id": "Fakta|Sekilas",
}

# The label of a newsroom's correction or note appended under the story (``Correction: An earlier version …``,
# ``Berichtigung:``, ``Dit artikel is aangepast:``), by language: the note is no paragraph of the story
# (``archivist.parse.signoff.closing_note``).
CORRECTION_LABELS: dict[str, str] = {
    "en": "Correction|Clarification|Editor's note|Editor’s note|Editor's Note|Editor’s Note|Editors' note",
    "fr": "Rectificatif|Correctif|Note de la rédaction|Erratum",
    "de": "Korrektur|Berichtigung|Anmerkung der Redaktion|Hinweis der Redaktion|Korrekturhinweis",
    "es": "Fe de erratas|Corrección|Nota del editor|Nota de la redacción|Aclaración",
    "pt": "Correção|Errata|Nota do editor|Nota da redação|Nota da redacção",
    "it": "Rettifica|Correzione|Nota della redazione|Errata corrige",
    "nl": "Correctie|Rectificatie|Noot van de redactie|Dit artikel is aangepast|Dit artikel is gewijzigd",
    "sv": "Rättelse|Redaktionell anmärkning",
    "da": "Rettelse|Redaktionel note",
    "nb": "Rettelse|Korrigering",
    "fi": "Oikaisu|Korjaus",
    "pl": "Sprostowanie|Korekta|Nota redakcji",
    "cs": "Oprava|Poznámka redakce",
    "sk": "Oprava|Poznámka redakcie",
    "hu": "Helyesbítés",
    "ro": "Rectificare|Erată|Nota redacției",
    "hr": "Ispravak|Napomena uredništva",
    "ru": "Исправление|Поправка|Примечание редакции",
    "uk": "Виправлення|Примітка редакції",
    "tr": "Düzeltme|Editörün notu",
    "el": "Διόρθωση|Σημείωση της σύνταξης",
    "he": "תיקון|הבהרה|הערת המערכת",
    "ar": "تصحيح|توضيح|ملاحظة المحرر",
    "fa": "اصلاحیه|یادداشت سردبیر",
    "hi": "सुधार|संपादक का नोट",
    "id": "Ralat|Koreksi|Catatan redaksi",
    "ms": "Pembetulan|Nota editor",
    "vi": "Đính chính",
    "ko": "바로잡습니다|정정|편집자 주",
    "ja": "訂正|おわび",
    "zh": "更正|编者按|編者按",
    "ca": "Fe d'errades|Nota de la redacció",
}


def _merge_presswords() -> None:
    """The rows ``archivist.parse.presswords`` adds (languages these tables had no row or column for)."""
    from archivist.parse import presswords

    for language, row in presswords.LABELS.items():
        had = LABELS.get(language, ("", "", "", "", ""))
        LABELS[language] = tuple(  # type: ignore[assignment]
            "|".join(dict.fromkeys(word for words in (old, new) for word in words.split("|") if word))
            for old, new in zip(had, row, strict=True)
        )
    for table, more in (
        (BUTTONS, presswords.BUTTONS),
        (PAGE_NOTICES, presswords.PAGE_NOTICES),
        (RELATED, presswords.RELATED),
        (CLOCK, presswords.CLOCK),
        (TAIL_LABELS, presswords.TAIL_LABELS),
        (TAGS, presswords.TAGS),
    ):
        _merge(table, more)


_merge_presswords()
