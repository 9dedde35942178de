"""The words and shapes photo credits are made of, for ``archivist.parse.credit``: a copyright mark, a
bracket closing the line, the words of picture agencies and stock credits, the words a photographer's name
is made of, a house's name before its ``Photo:`` label, and the labels before a credit."""

from __future__ import annotations

import re

from archivist.parse.agencies import is_publication
from archivist.parse.labelwords import (
    PHOTO_AFTER,
    PHOTO_BY,
    PICTURE_GIVEN,
    abbreviated_labels,
    label_words,
    table_words,
)
from archivist.parse.words import alternation

# Labels followed by a colon (or "..."), and phrases ending in "by"/"of"/"di" followed by a space.
# "File pic: PA", "[File: Jane Doe/Reuters]": an archive picture's label (in one tree with every language's
# picture labels: a branch of its own would be tried at every word of every caption searched)
_PICTURE_WORDS = ("photo", "pic", "picture", "image")
_ARCHIVE_LABELS = (
    "File",
    *(f"{kind} {word}" for kind in ("File", "Archive", "Stock") for word in _PICTURE_WORDS),
)
# (folded, for ``archivist.parse.credit``: "… station. File | Photo Credit: X", the archive word a tag of the
# caption when a credit's own label follows it)
ARCHIVE_LABELS = frozenset(label.casefold() for label in _ARCHIVE_LABELS)
COLON_LABEL = (
    r"(?:(?:Photo|Image|Picture)\s+(?:credits?|source|courtesy)|Photo[- ]illustration|Photos?"
    r"|Photograph(?:er|y)?"
    r"|Picture|Pic|Image"
    r"|Illustration|Credits?|Composite|Courtesy|Source|Chart|Graphics?|Infographic|Map|Fotograf(?:ie|o|a)?"
    r"|Foto(?:grafía|grafia|s)?|Bild|Imagen|Immagine|Afbeelding|Crédit(?:\s+photo)?|Crédito"
    # every other language's picture label ("Kuva:", "Ảnh:", "Fotografija:"), from ``parse.labelwords``
    rf"|{alternation((*label_words('photo'), *_ARCHIVE_LABELS))})"
)
# COLON_LABEL's words spelt out, for LABELLED: in one tree with every language's labels (the flat branches
# were each tried at every word of every caption searched). The same matches there: no label goes on from
# another with a colon, a stop or a bar, so where two begin alike at most one is followed by the separator.
# ("Photo[- ]illustration" stays a branch of its own: the tree reads a space as any white space.)
_COLON_WORDS = (
    *(f"{kind} {what}" for kind in ("Photo", "Image", "Picture") for what in ("credit", "credits", "source")),
    *("Photo courtesy", "Picture courtesy", "Image courtesy"),  # "(Photo courtesy: BFAR-8)": the label whole
    *("Photos", "Photo", "Photograph", "Photographer", "Photography", "Picture", "Pic", "Image"),
    *("Illustration", "Credit", "Credits", "Composite", "Courtesy", "Source", "Chart", "Graphic", "Graphics"),
    *("Infographic", "Map", "Fotograf", "Fotografie", "Fotografo", "Fotografa", "Foto", "Fotografía"),
    *("Fotografia", "Fotos", "Bild", "Imagen", "Immagine", "Afbeelding", "Crédit", "Crédit photo", "Crédito"),
    *label_words("photo"),
    *_ARCHIVE_LABELS,
)
_COLON_LABEL_TREE = rf"(?:{alternation(_COLON_WORDS)}|Photo[- ]illustration)"
_PICTURE_OF = {phrase.split(" ", 1)[0] for phrase in table_words(PHOTO_BY)}
_BY_OF = {phrase.split(" ", 1)[1] for phrase in table_words(PHOTO_BY)}
BY_LABEL = (
    # the picture's word, then "by": English, and every language's "photo by" ("Picha na", "Foto di",
    # "Kuha ni", from ``parse.labelwords``) in one branch (one of whole phrases was tried at every word)
    r"(?:Photo[- ]illustration|Illustration|Video|"
    rf"{alternation({'Photograph', 'Photo', 'Picture', 'Pic', 'Image', *_PICTURE_OF})})"
    rf"\s+(?:courtesy(?:\s+of)?|{alternation({'by', 'via', *_BY_OF})})"
)
# "Photograph: Name/Agency", "Photo by Name", "Credit...Name", "PHOTO | Name", "(Image credit: X)",
# "/ Credit: X" at the end.
# The letters every label below opens with, in either case: looked at first, a word opening with none (most
# words of a caption) is given up before the labels' trees are tried at it (issue 11).
_LABEL_FIRSTS = "".join(
    sorted(
        {word[0] for word in (*_COLON_WORDS, *_PICTURE_OF, *label_words("photo"))}
        | set("PIVpif")  # "Photo[- ]illustration", "Illustration", "Video", "photos?", "images?", "fotos?"
    )
)
_LABEL_OPENS = rf"(?=(?i:[{re.escape(_LABEL_FIRSTS)}]))"
# the last letter of Latin Extended-B: a label opening with a later one is in another script
_LATIN_END = "\u024f"
_DASHED_LABELS = alternation(word for word in label_words("photo") if word[0] > _LATIN_END)
# The colon as other scripts write it after a label: the Armenian "but" mark (``Լուսանկարը՝``), the Khmer
# colon (``រូបថត៖``), the Ethiopic preface colon and word space (``ፎቶ፦``, ``ፎቶ፡``) and the full-width
# colon (``写真：``).
OTHER_COLONS = "\u055d\u17d6\u1366\u1361\uff1a"
LABELLED = re.compile(
    # "PICHA | JANE DOE" (round 16): any language's picture label, a bar after it, as a colon would be
    # ("На фото: Иван Петров", "in the photo:", names who is pictured, not who took it: no label there)
    rf"(?P<open>[(\[]\s*)?(?<![\w]){_LABEL_OPENS}(?<![Нн]а\s)(?:(?i:{_COLON_LABEL_TREE})\s*(?:[:{OTHER_COLONS}]|\.{{3}}|…|(?<=\s)\|)\s*|(?i:{BY_LABEL})\s+"
    rf"|(?:{abbreviated_labels('photo')})\s*(?=[A-ZÀ-Þ])"  # "Fot. Jan Nowak": the stop stands for the colon
    # "फोटो- जागरण": a label in a script other than Latin's, a hyphen set tight after it for the colon (in
    # Latin letters "photo- and video-sharing" is a word broken off, so those labels are left out)
    rf"|(?:{_DASHED_LABELS})-\s+"
    # "(ဓာတ်ပုံ - ဒေသခံ)", "(Foto – Juan Pérez)": inside the credit's brackets a spaced dash may stand for the
    # colon, in any script (the bracket closing the line sets it apart from a caption's own dash)
    rf"|(?(open)(?i:{_COLON_LABEL_TREE})\s+[-–—]\s+|(?!))"
    r"|(?i:photos?|pictures?|images?|fotos?|pic)\s+\|\s+"  # "PHOTO | JANE DOE": a bar after the label
    r"|(?:Photo|PHOTO|Picture|Pic|Image)\s+/\s+)"  # "Photo / Jane Doe" (capital: "staff photo / X" is whole)
    rf"(?P<credit>[^\r\n()\[\]]{{1,160}}?)\s*(?(open)[)\]])\s*$",
)
# What every match of LABELLED holds, tested before it is searched for (most lines of a caption hold none):
# the colon, stop, bar, slash or hyphen after its label ("Photo: X", "Credit... X", "Fot. X", "PHOTO | X",
# "Photo / X", "फोटो- X"), or else the picture's word its "by" branch opens with ("Photo by X", "Picha na
# X"), lowered.
# tests/test_parse_credit_label_marks.py checks the two agree on every line of the articles.
_LABEL_MARKS = (":", "…", "|", "/", "- ", *OTHER_COLONS)
_ABBREVIATED_LABEL = re.compile(abbreviated_labels("photo"))
_BY_PICTURE_WORDS = tuple(
    sorted(
        {word.lower() for word in ("Photo", "Illustration", "Video", "Photograph", "Picture", "Pic", "Image")}
        | {word.lower() for word in _PICTURE_OF}
    )
)
# The characters a pattern ignoring case reads as a letter of those words that ``lower`` does not make that
# letter (the dotted and dotless i, the long s): a line holding one is searched whatever it holds.
_FOLDS_ODDLY = "İıſ"


def may_hold_label(text: str, start: int, end: int) -> bool:
    """False only where ``LABELLED.search(text, start, end)`` finds nothing: no mark and no picture word."""
    # (plain loops, not generators: asked of most lines of the front; tests/test_parse_loop_shortcuts.py)
    span = text[start:end]
    for mark in _LABEL_MARKS:
        if mark in span:
            return True
    if "." in span and ("..." in span or _ABBREVIATED_LABEL.search(span) is not None):
        return True
    for char in _FOLDS_ODDLY:
        if char in span:
            return True
    lowered = span.lower()
    for word in _BY_PICTURE_WORDS:  # noqa: SIM110 - a loop, cheaper than any() over a generator
        if word in lowered:
            return True
    return False


LOOSE_LABEL = re.compile(
    r"(?i:foto|photos?|fotos|bild|beeld|image|imagem|imagen|immagine|picture|pic)\s+(?=[A-ZÀ-Þ])"
    # an abbreviated label with its stop ("Fot. Adam Nowak", "Nuotr. Jonas Jonaitis")
    rf"|(?:{abbreviated_labels('photo')})\s*(?=[A-ZÀ-Þ])"
)
# "PHOTO/JANE DOE" opening a credit: the picture word is a label, joined to the name by a slash (where
# "AP Photo/Jane Doe" has a word before it and is whole).
SLASH_LABEL = re.compile(r"(?i:photos?|pictures?|pics?|images?|fotos?)\s*/\s*(?=[^\W\d_])")
COPYRIGHT = re.compile(r"(?:\(c\)|\(C\)|©)\s*(?P<credit>[^\r\n]{1,120}?)\s*$")
# A bracketed credit at the end: "(AP Photo/Name, File)", "[Name/Agency]", "(August Frank-Pool/Getty Images)".
BRACKETED = re.compile(r"(?P<open>[(\[])(?P<credit>[^()\[\]\r\n]{2,120})[)\]]\s*$")
PHOTO_WORDS = re.compile(
    r"\b(?:AP|Reuters|AFP|EPA|Getty|Images?|Photos?|Pictures?|Shutterstock|Alamy|WENN|MEGA|PA|Handout|"
    r"screengrab|screenshot|Courtesy|Pool|File|iStock|Unsplash|Splash|Bloomberg|Anadolu|SIPA|ANSA|dpa|"
    r"Sipa|NurPhoto|Zuma|ZUMA|Wire|Stock|Archive|Archivo|Archiv|Foto|Bild|(?i:photographers?))\b"
)
# A picture agency named alone after the caption, in whatever case the page set it: "… the school. getty".
AGENCY_WORD = re.compile(
    r"(?i:getty(?:\s+images)?|istock(?:photo)?|shutterstock|alamy|unsplash|pexels|pixabay|reuters|afp|ap|epa|"
    r"dreamstime|adobe\s+stock)"
)
# "Submitted photo", "File photo", "Staff photo / Jane Doe": who gave the picture rather than who took it.
STOCK_CREDIT = re.compile(
    # "(Supplied)", "Handout", "Divulgação": who gave the picture, alone, in any language (``labelwords``)
    rf"(?i:{alternation(table_words(PICTURE_GIVEN))})"
    # "Herald file photo", "Star staff photo": the paper's name, then the kind of picture it gave
    r"|(?:(?:[A-ZÀ-Þ][\w'’&.-]*\s+){0,2}"
    r"(?i:submitted|contributed|file|staff|courtesy|handout|supplied|provided|stock|archive)"
    r"|(?:[A-ZÀ-Þ][\w'’&.-]*\s+){0,2}[A-ZÀ-Þ][\w'’&.-]*)\s+"  # "Express photo": the paper's own
    r"(?i:photo|image|picture|pic)s?(?:\s*[/|,-]\s*[A-ZÀ-Þ][\w'’. -]{1,60})?"
)
NAME_WORD = re.compile(
    r"(?:[A-ZÀ-Þ][\w'’.-]*|[A-ZÀ-Þ]\.|van|von|de|der|da|di|du|del|la|le|via|of|the|and|for|&)$"
)
# "Post Photo: Jane Doe" is one credit in title case, as "AP Photo/Jane Doe" is ("Record photo by Jane Doe"
# names the paper in a phrase: its credit is the photographer).
TITLE_CASE_COLON_LABEL = re.compile(r"(?:Photo|PHOTO|Picture|Image|Foto)\s*:")
HOUSE_BEFORE_LABEL = re.compile(r"[.!?][\"'’”)]?\s+(?P<house>[A-ZÀ-Þ][\w'’&-]*(?:\s+[A-ZÀ-Þ][\w'’&-]*)?)\s+$")
# "… on Thursday. CNA photo Nov. 26, 2026": a photo credit that carries the day the picture was taken.
PHOTO_DATED = re.compile(
    r"(?i:photos?|pic|picture|foto)\s+(?P<date>(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2},?|\d{1,2}\s+[A-Z][a-z]{2,8}\.?)\s+"
    r"(?:19|20)\d\d|(?:19|20)\d\d[-/.]\d\d[-/.]\d\d)\s*$"
)


_WORKING_FOR = re.compile(
    r"(?P<name>[^/|]{3,60}?)\s*(?:\s(?i:for)\s|[/|,]\s*(?i:special\s+(?:to|for)|for|courtesy\s+of)\s+)"
    r"(?P<publication>.{2,60})"
)


def for_publication(segment: str) -> bool:
    """``Jane Doe for The Harbour Times``, ``Jane Doe / Special to the Courier``: a photographer working for
    a publication (its name is a masthead's, or follows "the")."""
    folded = segment.casefold()
    if " for " not in folded and "courtesy of" not in folded and "special to" not in folded:
        return for_publication_abroad(segment)  # (its own cheap test first)
    found = _WORKING_FOR.fullmatch(segment)
    if found is None or not 2 <= len(found.group("name").split()) <= 4:
        return False
    publication = found.group("publication")
    return is_publication(publication) or is_publication(re.sub(r"^the\s+", "The ", publication))


# "バス停で待つ高齢者ら（18日、二戸市で）＝佐藤健撮影": a Japanese caption closed by "＝", the photographer's
# name and 撮影 ("photographed by") or 提供 ("provided by"); the credit is the name.
# "…＝3日午後4時、名古屋市中区、佐藤健一撮影": after the day and place, the name set off by "、" as
# well; there the "＝" has opened the day and place, and the credit is the list's last item as printed, the
# word with it ("佐藤健一撮影").
PHOTOGRAPHED_MARK = re.compile(
    r"\s*(?:[＝=](?P<credit>[^\s＝=、]{1,20}?)(?:撮影|提供)|、(?P<item>[^\s＝=、]{1,20}?(?:撮影|提供)))\s*$"
)
PHOTOGRAPHED_WORDS = ("撮影", "提供")


# "ÉLODIE MARCHAND POUR « LE MONDE »", "Jane Doe für die SZ", "Juan Pérez para EL PAÍS", "Anna Rossi per «la
# Repubblica»": a photographer working for a paper, in the paper's own language. The paper is named in
# quotation marks or in capitals (the page sets it apart so); the name before the word is two to four
# capitalised words, so a caption's words ("Niños esperan para la vacuna") are none.
_FOR_WORDS = ("pour", "für", "fuer", "para", "per", "voor", "för", "for")
_FOR_WORDS_SPACED = tuple(f" {word} " for word in _FOR_WORDS)
_ABROAD = re.compile(
    r"(?P<name>[A-ZÀ-Þ][\w'’.-]*(?:\s+[A-ZÀ-Þ][\w'’.-]*){1,3})\s+"
    rf"(?i:{'|'.join(_FOR_WORDS)})\s+"
    r"(?:(?i:l['’]|le|la|les|die|der|das|den|el|il|lo|de|het|the)\s*)?"
    r"(?P<publication>[«\"“„‹]\s*[^«»\"“”„‹›\r\n]{2,40}?\s*[»\"”“›]|[A-ZÀ-Þ0-9][A-ZÀ-Þ0-9'’&.-]*(?:\s+[A-ZÀ-Þ0-9'’&.-]+){0,3})"
)


def for_publication_abroad(segment: str) -> bool:
    """``ÉLODIE MARCHAND POUR « LE MONDE »``: a photographer's name, the word for "for" in the paper's
    language, then the paper's name in quotation marks or in capitals."""
    folded = segment.casefold()
    if not any(spaced in folded for spaced in _FOR_WORDS_SPACED):
        return False  # the cheap test first: every credit is tried here
    return _ABROAD.fullmatch(segment.strip()) is not None


# "… 공사가 진행되고 있다. /김도윤 기자", "… 있다. /연합뉴스", "… 있다. (사진=뉴스1)": a Korean
# caption closed by its credit after a slash (the photographer's name and 기자, "reporter", or the
# agency's name) or after 사진= ("photo="), in brackets or not. The caption ends with its stop first (a
# Korean sentence ends "다.").
HANGUL_CREDIT = re.compile(
    r"(?<=[.!?\]）)])\s*(?:/\s?|[(\[（]\s*사진\s*(?:제공)?\s*=\s*|사진\s*(?:제공)?\s*=\s*)"
    r"(?P<credit>[가-힣]{2,4}\s?기자|[가-힣A-Za-z0-9]{2,12}(?:\s?[가-힣]{2,6})?)\s*[)\]）]?\s*$"
)


# "9호선 급행열차 [연합뉴스 자료사진]", "… [서울시 제공]", "… [촬영 김민수]", "… [AP=연합뉴스]": a Korean
# credit in square brackets closing the caption, marked by its own words (자료사진 "file photo", 사진 "photo",
# 제공 "provided by", 촬영 "photographed by") or the agency's "=" form; the word is the evidence, so the
# caption may be a few words without a stop.
HANGUL_BRACKET_CREDIT = re.compile(
    r"\s*[\[［](?P<credit>[^\[\]［］\r\n]{0,24}?(?:자료\s?사진|사진|제공|DB)(?:[.,]\s?[^\[\]［］\r\n]{1,24})?"
    r"|촬영\s?[가-힣]{2,4}|[A-Za-z가-힣]{2,12}\s?=\s?[A-Za-z가-힣]{2,12})[\]］]\s*$"
)
# "高鐵南港站月台尖峰時段擠滿候車旅客。（圖／資料照）", "（圖／翻攝臉書）": a Chinese caption closed by its
# picture's credit in brackets after 圖 ("picture") and a slash or colon; the credit is what follows the mark.
# "…的部落。（花蓮縣政府提供）", "（記者林怡君攝）": the bracket holding who provided the picture (提供) or
# who took it (攝/摄) closes the caption too; that credit is the bracket's whole text, the word with it (as
# "中央社記者張新偉攝" after a stop is).
HAN_PICTURE_CREDIT = re.compile(
    r"[（(](?:(?:圖|图|圖片|图片|照片|攝影|摄影|写真|撮影|画像)\s*[／/：:]\s*(?P<credit>[^（）()\r\n]{1,24}?)"
    r"|(?P<given>[^（）()\s\r\n／/：:，,。]{1,24}?(?:提供|[攝摄])))\s*[）)]\s*$"
)


_HANGUL_SYLLABLE = re.compile("[가-힣]")
_HANGUL_TAIL = 20  # the credit's reach from the line's end


def hangul_credit_start(text: str, start: int, end: int) -> bool:
    """The cheap test before ``HANGUL_CREDIT``: a syllable of Hangul near the line's end (one search of a
    few characters, asked of every caption line the front tries)."""
    return _HANGUL_SYLLABLE.search(text, max(start, end - _HANGUL_TAIL), end) is not None


# "Vilniaus gatvė Kaune | Dovydo Kalinausko nuotr.", "… Kaune. BNS nuotr.": the label after the name (the
# photographer's name in the genitive, then "photo"), the credit the one to four capitalised words before it,
# set off from the caption by a bar, a spaced dash, a slash or the caption's stop.
LABEL_AFTER_CREDIT = re.compile(
    r"(?:\s+[|/–—-]\s*|(?<=[.!?])\s+)"
    r"(?P<credit>[A-ZÀ-Þ][\w'’.&-]*(?:\s+[A-ZÀ-Þ][\w'’.&-]*){0,3})\s+"
    rf"(?i:{alternation(table_words(PHOTO_AFTER))})\s*$"
)
# "… in Mathira, Nyeri County/FILE": what kind of picture it is, or who gave it, set tight after a slash at
# the caption's end, in capitals or title case: the credit is that word alone (the words before the slash
# are the caption's, no photographer's name).
SLASH_STOCK_CREDIT = re.compile(
    r"(?<=[^\W\d_])/(?P<credit>FILE|File|COURTESY|Courtesy|HANDOUT|Handout|SUPPLIED|Supplied)\s*$"
)
# "… Hiroshima Prefecture. (Kyodo) ==Kyodo": a wire's mark after the caption repeating its credit in brackets.
REPEATED_MARK = re.compile(r"\((?P<credit>[^()\r\n]{2,30})\)\s*==\s*(?P<again>[^\s=][^=\r\n]{1,29})\s*$")

# "… hari ini. --fotoBERNAMA (2026) HAK CIPTA TERPELIHARA": the rights notice a picture's credit carries, in
# the page's language ("all rights reserved"); after a caption's stop it marks the credit whatever its shape.
RIGHTS_RESERVED = re.compile(
    r"(?i:all\s+rights\s+reserved|hak\s+cipta\s+(?:terpelihara|dilindungi(?:\s+undang-undang)?)"
    r"|todos\s+los\s+derechos\s+reservados|tous\s+droits\s+réservés|alle\s+rechte\s+vorbehalten"
    r"|todos\s+os\s+direitos\s+reservados|tutti\s+i\s+diritti\s+riservati)\s*\.?\s*$"
)
