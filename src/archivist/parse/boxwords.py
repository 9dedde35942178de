"""The labels a page sets over its box of key points (``Key points``, ``Das Wichtigste in Kürze``,
``Головне:``, ``この記事のポイント``), by language: "key points", "the main thing", "in short", "summary",
"at a glance", "what we know", as each language's press writes them over the box under the headline.

``archivist.parse.standfirst`` reads a line that is nothing but one of them (a colon after it or not) as the
box's label: the lines set tight under it are the standfirst's items, the label none. Only a whole line is
a label, so a sentence opening with the same words (``In short, the council …``) is left alone. Words that
are common alone as a heading of the story's own (``Background``, ``Context``) are left out.
"""

from __future__ import annotations

# language: labels separated by "|"; a label of several words written with single spaces.
BOX_LABELS: dict[str, str] = {
    "en": "Key points|At a glance|Highlights|Story highlights|In brief|In short|Summary|TL;DR|TLDR"
    "|The big picture|What you need to know|Key takeaways|Key facts|What we know|The short version"
    "|Quick read|The main points|Main points|The essentials|Article summary|Quick summary|Key highlights",
    "de": "Das Wichtigste|Das Wichtigste in Kürze|Das Wichtigste im Überblick|Auf einen Blick"
    "|Kurz und knapp|In Kürze|Zusammenfassung|Kurz gesagt|Die wichtigsten Punkte",
    "fr": "L'essentiel|L’essentiel|En bref|Ce qu'il faut retenir|Ce qu’il faut retenir"
    "|Ce qu'il faut savoir"
    "|Ce qu’il faut savoir|À retenir|A retenir|Résumé|En résumé|Les points clés|Points clés",
    "es": "Claves|Las claves|Lo esencial|Lo más importante|En resumen|Resumen|Puntos clave|En breve"
    "|Lo que hay que saber|Lo que sabemos",
    "it": "Punti chiave|I punti chiave|In breve|In sintesi|Sintesi|Riassunto|Le cose da sapere|Cosa sappiamo",
    "pt": "Em resumo|Resumo|Pontos-chave|Pontos principais|O essencial|O que se sabe"
    "|O que você precisa saber",
    "nl": "In het kort|Kort samengevat|Samenvatting|De belangrijkste punten|Het belangrijkste|Wat we weten",
    "da": "Kort fortalt|Kort sagt|Resumé|Hovedpunkter|Det vigtigste",
    "sv": "I korthet|Kort sagt|Sammanfattning|Det viktigaste|Huvudpunkter",
    "nb": "Kort fortalt|Kort sagt|Sammendrag|Det viktigste|Hovedpunkter",
    "fi": "Lyhyesti|Tiivistelmä|Pääkohdat|Tärkeimmät|Tiivistettynä",
    "is": "Í stuttu máli|Helstu atriði",
    "et": "Lühidalt|Kokkuvõte|Olulisim|Peamine",
    "lv": "Īsumā|Svarīgākais|Kopsavilkums",
    "lt": "Trumpai|Svarbiausia|Santrauka",
    "pl": "W skrócie|Najważniejsze|Podsumowanie|Najważniejsze informacje|Kluczowe informacje",
    "cs": "Ve zkratce|Stručně|Shrnutí|To nejdůležitější|Nejdůležitější|Klíčové body",
    "sk": "V skratke|Stručne|Zhrnutie|To najdôležitejšie|Najdôležitejšie",
    "sl": "Na kratko|Povzetek|Najpomembnejše|Ključne točke",
    "hr": "Ukratko|Sažetak|Najvažnije|Ključne točke",
    "sr": "Ukratko|Najvažnije|Укратко|Најважније|Резиме",
    "hu": "Röviden|Összefoglaló|A legfontosabb|Legfontosabb",
    "ro": "Pe scurt|Rezumat|Esențialul|Cele mai importante",
    "sq": "Shkurt|Shkurtimisht|Përmbledhje",
    "tr": "Kısaca|Özet|Öne çıkanlar|Önemli noktalar",
    "id": "Ringkasan|Poin penting|Intisari|Poin-poin penting",
    "ms": "Ringkasan|Perkara utama|Secara ringkas",
    "tl": "Sa madaling salita|Buod|Mahahalagang punto",
    "vi": "Tóm tắt|Điểm chính|Những điểm chính|Tóm lược",
    "sw": "Kwa ufupi|Muhtasari|Mambo muhimu",
    "af": "Kortliks|Opsomming|Hoofpunte|In kort",
    "ca": "En resum|Resum|Les claus|L'essencial|L’essencial|En breu",
    "el": "Με μια ματιά|Εν συντομία|Συνοπτικά|Τα βασικά|Τα σημαντικότερα|Περίληψη",
    "he": "בקצרה|עיקרי הדברים|תקציר",
    "ar": "باختصار|ملخص|أبرز النقاط|النقاط الرئيسية|أهم النقاط|الخلاصة",
    "fa": "به طور خلاصه|خلاصه|نکات کلیدی|مهم‌ترین نکات|در یک نگاه",
    "ur": "خلاصہ|اہم نکات|مختصراً",
    "ru": "Коротко|Кратко|Главное|Самое главное|Вкратце|Коротко о главном|Что известно",
    "uk": "Коротко|Стисло|Головне|Найголовніше|Що відомо|Коротко про головне",
    "bg": "Накратко|Най-важното|Резюме",
    "mk": "Накратко|Најважно",
    "be": "Коратка|Галоўнае",
    "ka": "მოკლედ|მთავარი",
    "hy": "Հակիրճ|Հիմնականը",
    "az": "Qısaca|Əsas məqamlar|Xülasə",
    "kk": "Қысқаша|Басты",
    "uz": "Qisqacha|Asosiysi",
    "hi": "संक्षेप में|मुख्य बातें|खास बातें|प्रमुख बिंदु|सारांश|मुख्य बिंदु",
    "bn": "সংক্ষেপে|মূল বিষয়|সারসংক্ষেপ",
    "ne": "संक्षेपमा|मुख्य बुँदा|मुख्य कुरा",
    "ta": "சுருக்கமாக|முக்கிய அம்சங்கள்",
    "th": "สรุป|ประเด็นสำคัญ|สรุปข่าว|ไฮไลต์",
    "zh": "重点|重點|要点|要點|摘要|本文重点|本文重點|内容提要|內容提要|一分钟读懂",
    "ja": "ポイント|この記事のポイント|記事のポイント|ニュースのポイント|要点|要約"
    "|３つのポイント|3つのポイント",
    "ko": "요약|핵심|핵심 요약|한눈에 보기|주요 내용",
}
