"""The article's language (BCP 47) from the most frequent function words; ``und`` when unsure."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from itertools import islice
from operator import itemgetter

from archivist.parse.words import words

_STOPWORDS: dict[str, frozenset[str]] = {
    "en": words(
        "the and of to in is that for it was on with as by at from he said has have are were be "
        "this which not but an they will would their its"
    ),
    "de": words(
        "der die das und ist nicht ein eine mit den dem des sich auf für von zu im auch es wird "
        "wurde sie er sagte bei nach aus wie oder einer"
    ),
    "fr": words(
        "le la les et des est une un du dans pour que qui pas sur au avec il elle sont ont par ce "
        "cette aux été mais selon à l d qu ses leur sera était"
    ),
    "es": words(
        "el la los las y del es una un en que por para con se no su al lo como más pero fue según ha sus"
    ),
    "it": words(
        "il lo la gli le e di del della che è per una un in con non si sono dei nel alla anche ha ma"
    ),
    "nl": words(
        "de het een en van is dat op te in voor niet met zijn er ook aan bij door maar werd heeft deze"
    ),
    "pt": words(
        "o a os as e do da dos das em que para com uma um não se por no na mais foi ao pelo pela são"
    ),
    # Languages of news pages beyond these, so that their texts are not read as one of the above by the few
    # short words they share ("na", "do", "de"). Left out: words as common in the languages above ("de",
    # "la", "en", "to"), which would only blur them; one-letter words only where they are the language's
    # most frequent ("a" in Hungarian and Czech, "w" and "i" in Polish), which the lists above hold too.
    # Close languages share most of their function words (``_CLOSE``): between two of them, the words only
    # one uses decide.
    "pl": words(
        "w i z się nie na do że jest jak po co od za przez dla ale już tak są jego przy oraz także który "
        "która które tym ich może być został została"
    ),
    "cs": words(
        "a v se je že na do jako jsou ale pro od po který která které také jeho byl bylo jsme není při "
        "podle nebo jsem"
    ),
    "sk": words(
        "a v sa je že na do ako sú ale pre od po ktorý ktorá ktoré tiež jeho bol bolo nie pri podľa "
        "alebo som aj"
    ),
    "sl": words("v in je na da se za so pa ki bo tudi po ne kot pri od ali bil bila smo še tem"),
    "hr": words("u i je na da se za su od ne kao što koji koja koje iz bi će ali ili kako bio bila te prema"),
    "ro": words("și în cu pe nu că din care sunt mai au fost pentru fi ca dar sau această acest după"),
    "sv": words(
        "och att det som på är av för med till har inte ett sig från vid också hade mycket när eller"
    ),
    "da": words(
        "og det som på er af med til har ikke sig fra ved også havde blev nu meget noget hvad mellem "
        "været eller"
    ),
    "nb": words(
        "og det som på er av med til har ikke seg fra ved også hadde ble nå mye noe hva mellom vært "
        "etter eller"
    ),
    "fi": words(
        "ja on ei että se oli hän mutta kun myös tai joka ovat ole jo sen kuin mukaan vuonna niin sekä"
    ),
    "hu": words("a az és hogy nem egy meg van volt mint már csak azt még pedig szerint"),
    "tr": words("ve bir bu için ile olarak çok daha gibi ama olan sonra kadar değil ancak ise"),
    "tl": words("ang ng sa na mga ay si ni kay hindi ito siya rin din kung nang"),
    "vi": words("và của là có các được cho trong không những người đã này với một để từ khi đến theo"),
    "af": words("die en van is in het nie dat op te vir met wat ook word sal was hy sy aan deur maar"),
    # Swahili ("na" it shares with Polish and Tagalog: left out)
    "sw": words(
        "ya wa kwa ni za katika kuwa hiyo hii huo cha vya lakini pia zaidi baada wakati ambao ambayo "
        "alisema amesema hadi kutoka hivyo kwamba wakati"
    ),
    # Indonesian (Malay shares most of these words: the words only one of them uses decide, ``_CLOSE``)
    "id": words(
        "yang dan di ke dari untuk dengan ini itu pada tidak akan dalam adalah juga oleh telah kata bisa "
        "ada atau karena mereka sudah masih kami tersebut menjadi bahwa setelah yaitu saat sejak agar"
    ),
    # Malay: the words it does not share with Indonesian ("kerana", "boleh", "daripada"; ``_CLOSE``).
    "ms": words(
        "yang dan di ke dari untuk dengan ini itu pada tidak akan dalam ialah juga oleh telah kerana boleh "
        "daripada iaitu beliau selepas kerajaan manakala bagi mereka sudah masih kami tersebut menjadi "
        "bahawa sebelum mahupun"
    ),
    # More Latin-script languages of news pages (issue 11), each by its most frequent words that the lists
    # above do not hold (or hold in a close language: ``_CLOSE``).
    "az": words("və bir bu ilə üçün da də olan ki onun isə görə artıq daha deyil amma bildirib edib olub"),
    "eu": words("eta da ez du dute bat ere zen izan dira baina beste hori hau egin behar dago zuen zela"),
    "ca": words(
        "el la les que en un una del al no es se i els amb per però més també aquesta aquest seva són han "
        "això perquè molt va van dels"
    ),
    "gl": words(
        "o a os as e do da dos das en que para por no na foi con unha non xa tamén pola polo máis ao é cando "
        "dúas se"
    ),
    "et": words("ja on ei et see oli ka kui mis ta aga nii või siis ning seda kes veel pärast ole"),
    "lv": words("un ir ar par no uz kas ka lai to bet arī tā šo pēc vai tika kā jau ir gada"),
    "lt": words("ir kad su iš į buvo bet tai jo yra nuo dėl kaip taip pat jau prie apie šis"),
    "is": words("og að í á er sem við til en um það var ekki með hann hún fyrir eru þess hafa"),
    "sq": words("dhe të në një që për nga është ka janë më por edhe kjo ky kanë ishte tha"),
    "mt": words("u li ta fil tal minn għal hija huwa biex kien dan din jew ukoll iżda dwar"),
    "cy": words("yr ac yn ar fod bod mae wedi eu ei gan ond hefyd roedd ddim hyn y"),
    "ga": words("agus ar le go ag sa bhí tá ó níl mar ach seo sin don leis an"),
    "so": words("iyo oo ka uu ay ee waa soo ku ugu ah kale wuxuu ayaa in"),
    "ha": words("da ta ya su ba shi ne ce wanda cikin kuma amma don game zuwa suka daga"),
    "yo": words("ti ni ati lati awọn ninu kan naa pe fun wa si wọn ṣe sí ní"),
    "uz": words("va bu bilan uchun ham bir deb edi esa ekan lekin yoki bo'lgan qilish"),
    # More of Africa's, the Caribbean's, Asia's, the Pacific's and Europe's languages of news (issue 11), by
    # the frequent words the lists above do not hold: Zulu and Xhosa, Kinyarwanda, Malagasy ("amin'ny" read
    # as "amin" and "ny"), Haitian Creole, Igbo, Shona, Chichewa, Lingala, Wolof, Javanese, Sundanese,
    # Cebuano, Māori, Samoan, Luxembourgish, Kurmanji, Turkmen.
    "zu": words(
        "ukuthi futhi kodwa uma kanye ngoba kusho ukuze lapho kakhulu noma njengoba abantu uthe bathi "
        "lokhu kule kulo wathi"
    ),
    "xh": words(
        "ukuba kwaye kodwa ukuze xa kakhulu okanye njengoko abantu uthe kule ngoko kwi ngokuba wathi ukuthi"
    ),
    "rw": words(
        "kandi ariko cyane kugira ngo buri uyu iyi aho bari yavuze yagize abaturage ubwo kuko ibi "
        "byo kuri mu ko cyangwa ndetse kubera nyuma bya cya rya bwa rwa uko ubu"
    ),
    "mg": words("ny sy fa amin ary dia izay tsy ho ao hoy koa ireo azy nanao efa mba isan"),
    "ht": words("nan ak pou li ki nou sa gen ap anpil kounye tou lè pa te"),  # ("yo": Uzbek "yo'l")
    "ig": words("nke ndị bụ nwere maka ahụ mgbe ọ kwuru ka ga ha n'ime"),
    "sn": words("uye kuti kana asi zvakare vanhu iye izvi kubva pamwe vakati akati pane"),
    "ny": words("ndi kuti koma kapena chifukwa anthu ndipo omwe zomwe adati"),
    "ln": words("mpe ezali ete bato oyo mingi kasi lokola bango"),
    "wo": words("ak ci ngir dafa ñu bi yi dina moo"),
    "jv": words("lan ing kang iki saka ora karo wis bakal uga dening kanggo"),
    "su": words("jeung nu téh ieu éta anu henteu ogé kana dina"),
    "ceb": words("ang sa mga nga ug og dili kini niini adunay mao gikan"),
    # (Māori's most frequent words, "te", "ki", "ka", beside the ones above: its texts share "a", "e", "i",
    # "o" with Portuguese and Italian, which alone outnumbered the few)
    "mi": words("ngā kua ko hoki engari ana tēnei te ki ka nei kia mō rā"),
    "sm": words("ua sa mo lea ai latou foi"),
    "lb": words("ass fir net och vun huet gëtt eng dës"),
    "ku": words("û ji jî ev li bi wek"),
    "tk": words("bilen üçin hem ýaly boýunça bolan edýär diýip"),
    # Breton ("ar", "ur", "eo", "zo", "eus", "hag": its articles, "is", "of", "and") and Tok Pisin ("long",
    # "bilong", "ol", "mipela": its prepositions, plural mark and pronouns)
    "br": words("ar ur eo zo eus ha hag an evit gant war met bet ez emañ vo ket ne ivez ouzh evel"),
    "tpi": words("long bilong ol em mipela yupela bai olsem tasol dispela pinis"),
    # Sesotho and Setswana (each by the words it spells its own way: "ho"/"go", "hore"/"gore", "hape"/"gape")
    "st": words("ho hore ea tsa tse hape joalo empa teng ena oa ke li ha bona"),
    "tn": words("go gore tsa tse gape jalo mme teng eo ke di fa bona"),
}
_CLOSE = (
    frozenset({"da", "nb", "sv"}),
    frozenset({"cs", "sk"}),
    frozenset({"hr", "sl"}),
    frozenset({"nl", "af"}),
    frozenset({"id", "ms"}),
    frozenset({"pt", "gl"}),
    frozenset({"es", "ca"}),
    frozenset({"fi", "et"}),
    frozenset({"zu", "xh"}),
    frozenset({"tl", "ceb"}),
)
_WORD = re.compile(r"[^\W\d_]+")
# ``_WORD`` in an ASCII text lowered: its only letters are a-z, the others made spaces by one table in C where
# ``_WORD`` asks three classes of each character (tests/test_parse_fold_shortcuts.py checks the two agree).
_ASCII_NON_LETTER_TO_SPACE = str.maketrans({chr(code): " " for code in range(128) if not chr(code).islower()})
# A letter of ``_WORD`` beyond ASCII. A text without one (English with typographic quotes and dashes, most
# pages) has its words where its other characters, each made a question mark by the ASCII encoder, are
# separators still: read as an ASCII text. (The class tries its ASCII range before its categories: an ASCII
# character is told at once.)
_NON_ASCII_LETTER = re.compile(r"[^\W\d_\x00-\x7f]")
_MIN_HITS = 3
_COUNT = itemgetter(1)  # a (language, count) pair's count: the sort key, read in C
_MARGIN = 1.3
# Enough text to decide; reading more only costs time on very long inputs.
_SAMPLE_CHARS = 20_000


# Scripts beyond Latin (issue 11): each block of code points with its script, sorted by start. A text of
# one of them is told by its letters before its words: most of these scripts write one language
# (``_SCRIPT_LANGUAGE``); the others (Cyrillic, Arabic, Devanagari, Ethiopic) by the letters and words only
# one of their languages uses (``_SHARED``). Han alone is Chinese, written ``zh`` whether simplified or
# traditional: the script subtag (zh-Hant) is not told, and a region (zh-TW) is no language's business.
_SCRIPT_BLOCKS = (
    (0x0370, 0x03FF, "Grek"),
    (0x0400, 0x052F, "Cyrl"),
    (0x0530, 0x058F, "Armn"),
    (0x0590, 0x05FF, "Hebr"),
    (0x0600, 0x06FF, "Arab"),
    (0x0750, 0x077F, "Arab"),
    (0x0780, 0x07BF, "Thaa"),
    (0x08A0, 0x08FF, "Arab"),
    (0x0900, 0x097F, "Deva"),
    (0x0980, 0x09FF, "Beng"),
    (0x0A00, 0x0A7F, "Guru"),
    (0x0A80, 0x0AFF, "Gujr"),
    (0x0B00, 0x0B7F, "Orya"),
    (0x0B80, 0x0BFF, "Taml"),
    (0x0C00, 0x0C7F, "Telu"),
    (0x0C80, 0x0CFF, "Knda"),
    (0x0D00, 0x0D7F, "Mlym"),
    (0x0D80, 0x0DFF, "Sinh"),
    (0x0E00, 0x0E7F, "Thai"),
    (0x0E80, 0x0EFF, "Laoo"),
    (0x0F00, 0x0FFF, "Tibt"),
    (0x1000, 0x109F, "Mymr"),
    (0x10A0, 0x10FF, "Geor"),
    (0x1100, 0x11FF, "Hang"),
    (0x1200, 0x139F, "Ethi"),
    (0x1780, 0x17FF, "Khmr"),
    (0x1800, 0x18AF, "Mong"),
    (0x1C80, 0x1C8F, "Cyrl"),
    (0x1C90, 0x1CBF, "Geor"),
    (0x1F00, 0x1FFF, "Grek"),
    (0x2D80, 0x2DDF, "Ethi"),
    (0x3040, 0x30FF, "Kana"),
    (0x3130, 0x318F, "Hang"),
    (0x31F0, 0x31FF, "Kana"),
    (0x3400, 0x4DBF, "Hani"),
    (0x4E00, 0x9FFF, "Hani"),
    (0xA640, 0xA69F, "Cyrl"),
    (0xAC00, 0xD7AF, "Hang"),
    (0xF900, 0xFAFF, "Hani"),
    (0xFB1D, 0xFB4F, "Hebr"),
    (0xFB50, 0xFDFF, "Arab"),
    (0xFE70, 0xFEFF, "Arab"),
    (0xFF66, 0xFF9F, "Kana"),
    (0x20000, 0x3FFFF, "Hani"),
)
_BLOCK_STARTS = tuple(start for start, _, _ in _SCRIPT_BLOCKS)
_SCRIPT_LANGUAGE = {
    "Grek": "el", "Armn": "hy", "Hebr": "he", "Thaa": "dv", "Beng": "bn", "Guru": "pa", "Gujr": "gu",
    "Orya": "or", "Taml": "ta", "Telu": "te", "Knda": "kn", "Mlym": "ml", "Sinh": "si", "Thai": "th",
    "Laoo": "lo", "Tibt": "bo", "Mymr": "my", "Geor": "ka", "Hang": "ko", "Khmr": "km", "Mong": "mn",
    "Kana": "ja", "Hani": "zh",
}  # fmt: skip
# A letter beyond Latin (Latin and its extensions, IPA's "ə" among them, end at U+036F; Vietnamese's at
# U+1EFF, which no script here uses).
_SCRIPT_LETTER = re.compile(r"[^\W\d_\x00-\u036f\u1d00-\u1eff]")
# Enough letters of a script to tell its language; a share of them below which a letter is a quoted name's.
_SCRIPT_WINDOW = 800
_LETTER_SHARE = 0.004
# A script's languages, each with the letters only it uses in that script (tried in this order: a language
# whose letters are a subset of another's comes after it), then its most frequent words (whole words,
# between spaces and punctuation: a word of an Indic script holds vowel signs, which are no letters). The
# first language whose letters make ``_LETTER_SHARE`` of the text's wins; else the words decide; else ``und``.
_SHARED: dict[str, tuple[tuple[str, str, frozenset[str]], ...]] = {
    "Cyrl": (
        ("mk", "ѓќѕ", words("и на во се за од да не со ќе што е тоа кои ги го беше")),
        ("sr", "ђћ", words("и у на је да се за су од не као што који ће из би али")),
        ("uk", "єїґ", words("і в на з що не у до як за від це його та про був для")),
        ("be", "ў", words("і ў на з што не да як за ад гэта яго па")),
        ("tg", "ӣӯҷҳ", words("ва дар бо ба аз ки барои ин он аст буд")),
        ("ba", "ҙҫҡ", words("менән өсөн һәм был")),
        # (Tatar's "һ", as in "һәм", "and", which Kazakh writes in a few borrowed words only)
        ("tt", "җһ", words("һәм белән өчен бу дип да дә")),
        ("kk", "ұқғә", words("және мен бұл үшін деп жылы оның бойынша да де")),
        ("ky", "ң", words("жана менен бул үчүн деп жылы анын боюнча да")),
        ("mn", "өү", words("нь бол ба энэ юм байна байгаа гэж гэсэн болон")),
        ("ru", "ыэ", words("и в не на что с по это как он из для от но к о его были был")),
        ("bg", "ѝ", words("и в на за да се от че не е са с това като по който която които")),
    ),
    "Arab": (
        ("sd", "ٻڄڪڳٺٽ", words("۾ جي جو کي ته ۽ تي")),
        ("ps", "ښټډړږڼۍ", words("د په او چې له دې کې ته")),
        ("ckb", "ڕڵێ", words("لە و بە کە ئەو لەگەڵ بۆ")),
        ("ug", "ۇۈۋ", words("ۋە بىلەن ئۈچۈن بۇ")),
        ("ur", "ٹڈڑںےۓ", words("کے میں کی ہے اور سے کو نے پر کہ یہ")),
        ("fa", "پچژگ", words("و در به از که این را با است برای آن")),
        ("ar", "ةىي", words("في من على إلى أن التي الذي عن مع هذا")),
    ),
    "Deva": (
        ("mr", "ळ", words("आणि आहे या हे की ला त्या व मध्ये आहेत होते")),
        ("ne", "", words("र छ छन् को मा ले पनि गरेको भएको हो थियो")),
        ("hi", "", words("है के में की और से को का ने पर यह कि भी हैं था")),
    ),
    "Ethi": (
        ("ti", "", words("ኣብ ናይ እዩ ኢሉ ምስ ነቲ")),
        ("am", "", words("ነው እና ላይ ውስጥ ጋር ወደ የ")),
    ),
    # Yiddish, by its letters no Hebrew text writes ("װ", "ױ", "ײ", two letters as one) and its words ("און",
    # "and"; "איז", "is"; "פֿון", "of"); else Hebrew, the script's main language
    "Hebr": (
        ("yi", "װױײ", words("און איז דער פֿון פון מיט האָט האט זיך וואָס וואס ניט נישט אויך")),
        ("he", "", words("של את על עם זה הוא היא כי לא גם אשר")),
    ),
}
# (Ethiopic without Tigrinya's words: Amharic, the script's main language; Hebrew without Yiddish's, Hebrew)
_SHARED_DEFAULT = {"Ethi": "am", "Hebr": "he"}
_PUNCTUATION = ".,;:!?\"'()[]«»“”„‘’—–-|।॥۔؟،؛"


# Each function word with the languages it belongs to: one lookup per word of the text, not one per language.
_LANGUAGES_OF: dict[str, tuple[str, ...]] = {
    word: tuple(language for language, function_words in _STOPWORDS.items() if word in function_words)
    for word in frozenset().union(*_STOPWORDS.values())
}


def detect_language(text: str) -> str:
    """The language of the script of most of the text's letters where one language writes it (or one of its
    languages by their own letters and words), else the language whose function words are the most frequent,
    by a margin (``_STOPWORDS``' keys), or ``und``."""
    sample = text[:_SAMPLE_CHARS]
    lowered = sample.lower()
    if len(lowered) != len(sample):  # a letter lowered to two (rare): the words read by the pattern
        latin = _by_function_words(Counter(map(str.lower, _WORD.findall(sample))))
        return _by_script(sample, 0) or "und" if latin == "und" else latin
    if lowered.isascii():
        # Every ASCII character but a-z made a space, in C: the words are the tokens left.
        return _by_function_words(Counter(lowered.translate(_ASCII_NON_LETTER_TO_SPACE).split()))
    # The first letter beyond ASCII (the one search the words' reading needs anyway) tells whether to look
    # at the scripts: a Latin text's is an accented letter, met early.
    first = _NON_ASCII_LETTER.search(lowered)
    if first is None:
        # Lowered whole, not word by word (issue 11): a character lowered to one character stays a letter
        # or no letter (tests/test_parse_fold_shortcuts.py), so the words are the same, but for a Greek
        # final sigma, lowered by its place in the text, in words no language here uses. A text without a
        # letter beyond ASCII (English with typographic quotes and dashes) is read as an ASCII text.
        ascii_only = lowered.encode("ascii", errors="replace").decode("ascii")
        return _by_function_words(Counter(ascii_only.translate(_ASCII_NON_LETTER_TO_SPACE).split()))
    code = ord(first.group())
    if code >= 0x370 and not 0x1D00 <= code <= 0x1EFF:
        told = _by_script(sample, first.start())
        if told is not None:
            return told
        if not _latin_majority(sample):
            return "und"
    latin = _by_function_words(_token_words(lowered))
    if latin == "und" and _SCRIPT_LETTER.search(sample) is not None:
        # A text whose first accented letter is Latin ("Café ...") may yet be in another script.
        return _by_script(sample, 0) or "und"
    return latin


def _latin_majority(sample: str) -> bool:
    return _count_ascii_letters(sample) > len(_SCRIPT_LETTER.findall(sample))


# The bytes of an ASCII text that are no letter: deleted in C, the letters are what is left.
_NON_LETTER_BYTES = bytes(code for code in range(128) if not chr(code).isalpha())


def _count_ascii_letters(sample: str) -> int:
    return len(sample.encode("ascii", "ignore").translate(None, _NON_LETTER_BYTES))


def _by_script(sample: str, start: int) -> str | None:
    """The language told by the script of the letters from ``start``, or None when they are too few of the
    text's letters (a name quoted in a Latin text) or of no script here."""
    matches = list(islice(_SCRIPT_LETTER.finditer(sample, start), _SCRIPT_WINDOW))
    if not matches:
        return None
    letters = [match.group() for match in matches]
    # The Latin letters among them (all the text's when the window holds all its script's letters).
    span = sample[: matches[-1].end()] if len(matches) == _SCRIPT_WINDOW else sample
    if _count_ascii_letters(span) >= len(letters) * 2:
        return None  # mostly Latin letters: a few quoted names or words of another script
    seen = Counter(letters)  # each distinct letter's block looked up once
    scripts: Counter[str] = Counter()
    for letter, times in seen.items():
        at = bisect_right(_BLOCK_STARTS, ord(letter)) - 1
        if at >= 0 and ord(letter) <= _SCRIPT_BLOCKS[at][1]:
            scripts[_SCRIPT_BLOCKS[at][2]] += times
    if not scripts:
        return None
    script, _ = scripts.most_common(1)[0]
    if script in ("Hani", "Kana"):
        # Japanese writes kanji (Han) among its kana: some kana make a text Japanese, Han alone Chinese.
        script = "Kana" if scripts["Kana"] * 20 >= scripts["Hani"] + scripts["Kana"] else "Hani"
    if script in _SHARED:
        return _within_script(script, seen, len(letters), sample)
    return _SCRIPT_LANGUAGE.get(script)


def _within_script(script: str, seen: Counter[str], letters: int, sample: str) -> str:
    languages = _SHARED[script]
    least = max(2, letters * _LETTER_SHARE)
    for language, own, _ in languages:
        if own and sum(seen[letter] for letter in own) >= least:
            return language
    tokens = Counter(token.strip(_PUNCTUATION) for token in sample.lower().split())
    counts = sorted(
        (
            (sum(tokens[word] for word in function_words), language)
            for language, _, function_words in languages
        ),
        reverse=True,
    )
    (best_count, best), (second_count, _) = counts[0], counts[1]
    if best_count >= _MIN_HITS and best_count >= second_count * _MARGIN:
        return best
    return _SHARED_DEFAULT.get(script, "und")


def _by_function_words(seen: Counter[str]) -> str:
    # Each distinct word once, in lower case (lowered and counted in C): most words of a text are repeats,
    # and most are no function word (only those the two tables share are looked at).
    counts = dict.fromkeys(_STOPWORDS, 0)
    for word in seen.keys() & _LANGUAGES_OF.keys():
        for language in _LANGUAGES_OF[word]:
            counts[language] += seen[word]
    ranked = sorted(counts.items(), key=_COUNT, reverse=True)
    (best, best_count), (second, second_count) = ranked[0], ranked[1]
    family = next((group for group in _CLOSE if best in group and second in group), None)
    if family is not None:
        # Close languages: the best of them against the best of the others, then the words only one of
        # them uses tell which (``nie``/``niet``, ``af``/``av``).
        second_count = next((count for language, count in ranked if language not in family), 0)
        best = _within(family, seen)
    if best == "und" or best_count < _MIN_HITS or best_count < second_count * _MARGIN:
        return "und"
    return best


def _sample_words(text: str) -> Counter[str]:
    """The words ``detect_language`` reads in a Latin text, lowered (tests/test_parse_fold_shortcuts.py)."""
    sample = text[:_SAMPLE_CHARS]
    lowered = sample.lower()
    if len(lowered) == len(sample):
        return _lowered_words(lowered)
    return Counter(map(str.lower, _WORD.findall(sample)))


def _lowered_words(lowered: str) -> Counter[str]:
    """``Counter(_WORD.findall(lowered))``, read as ``detect_language`` does."""
    if lowered.isascii():
        return Counter(lowered.translate(_ASCII_NON_LETTER_TO_SPACE).split())
    if _NON_ASCII_LETTER.search(lowered) is None:
        ascii_only = lowered.encode("ascii", errors="replace").decode("ascii")
        return Counter(ascii_only.translate(_ASCII_NON_LETTER_TO_SPACE).split())
    return _token_words(lowered)


def _token_words(lowered: str) -> Counter[str]:
    """``Counter(_WORD.findall(lowered))``, in the same order, read without the pattern's scan of every
    character (issue 11): no white space is a letter (tests/test_parse_fold_shortcuts.py), so no word runs
    across a space, and a space-free token made of letters only is one word."""
    seen: dict[str, int] = {}
    # Each distinct token read once, in the order of its first use, so each word comes at its first use.
    for token, times in Counter(lowered.split()).items():
        if token.isalpha():
            seen[token] = seen.get(token, 0) + times
        else:
            for word in _WORD.findall(token):
                seen[word] = seen.get(word, 0) + times
    return Counter(seen)


def _within(family: frozenset[str], seen: Counter[str]) -> str:
    own = dict.fromkeys(family, 0)
    for word, times in seen.items():
        users = [language for language in _LANGUAGES_OF.get(word, ()) if language in family]  # lowered
        if len(users) == 1:
            own[users[0]] += times
    ranked = sorted(own.items(), key=_COUNT, reverse=True)
    (best, best_count), (_, second_count) = ranked[0], ranked[1]
    if best_count >= _MIN_HITS and best_count >= second_count * _MARGIN:
        return best
    # A short text: a word only one of them uses, and none of the others' (Portuguese "em" beside no
    # Galician "unha", "non", "xa"), tells which.
    return best if best_count and not second_count else "und"
