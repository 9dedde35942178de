"""Screen-reader labels copied with a lead image (``Image caption,`` / ``Image source,``), each before its
value: the caption and the credit they name."""

from __future__ import annotations

import re

from archivist.parse.words import alternation
from archivist.record.model import Span, Text

# The same labels as the BBC's services in other languages write them (``Asalin hoton,`` / ``Bayanan hoto,``
# in Hausa, ``Pie de foto,`` in Spanish, ``Legenda da foto,`` in Portuguese), each naming the picture: a
# credit's label, then a caption's.
_SOURCE_LABELS = (
    "Asalin hoton|Chanzo cha picha|Fuente de la imagen|Crédito de la imagen|Crédito da foto|Crédito"
    "|Crédit photo|Source image|Sumber gambar|Fotoğraf kaynağı|Nguồn hình ảnh|Oríṣun àwòrán"
    "|Автор фото|Джерело фото|Źródło zdjęcia|صدر الصورة|مصدر الصورة|तस्वीर का स्रोत|ছবির উৎস"
    # (the rest of the services: Welsh, Scottish Gaelic, Somali, Afaan Oromo, Amharic, Tigrinya, Igbo, Pidgin,
    # Kinyarwanda, Serbian, Azerbaijani, Uzbek, Kyrgyz, Persian, Pashto, Urdu, Nepali, Marathi, Gujarati,
    # Punjabi, Tamil, Telugu, Sinhala, Thai, Burmese, Korean, Japanese, Chinese)
    "|Ffynhonnell y llun|Sawirka asalkiisa|የፎቶው ምንጭ|Ebe foto si|Wia dis foto come from|Ahavuye isanamu"
    "|Autor fotografije|Şəklin mənbəyi|Сурат манбаси|Rasm manbasi|Сүрөттүн булагы|منبع تصویر|د انځور سرچینه"
    "|تصویر کا ذریعہ|तस्बिरको स्रोत|फोटो स्रोत|ઇમેજ સ્રોત|ਤਸਵੀਰ ਸਰੋਤ|பட மூலாதாரம்|ఫొటో సోర్స్|ที่มาของภาพ"
    "|사진 출처|画像提供|图像来源|圖像來源|Ffynhonnell y ddelwedd|Tùs an deilbh|ફોટો સ્રોત|ඡායාරූප මූලාශ්‍රය"
    "|Xigashada sawirka|Madda suuraa|የፎቶው ባለመብት|ምንጪ ስእሊ|Аутор фотографије|Surat manbasi|ဓာတ်ပုံ ရင်းမြစ်"
)
_CAPTION_LABELS = (
    "Bayanan hoto|Maelezo ya picha|Pie de foto|Legenda da foto|Légende image|Légende photo"
    "|Keterangan gambar|Fotoğraf altı yazısı|Chụp lại hình ảnh|Àkọlé àwòrán|Подпись к фото|Підпис до фото"
    "|Podpis pod zdjęciem|التعليق على الصورة|तस्वीर का कैप्शन|ছবির ক্যাপশন"
    "|Disgrifiad o'r llun|Disgrifiad o’r llun|Qoraalka sawirka|የምስሉ መግለጫ|Nkọwa foto|Wetin we call dis foto"
    "|Igisobanuro c'ifoto|Potpis ispod fotografije|Şəklin alt yazısı|Сурат тагсарлавҳаси|Rasm izohi"
    "|Сүрөттүн түшүндүрмөсү|توضیح تصویر|د انځور تشریح|تصویر کا کیپشن|तस्बिरको क्याप्शन|फोटो कॅप्शन"
    "|ઇમેજ કૅપ્શન|ਤਸਵੀਰ ਕੈਪਸ਼ਨ|படக்குறிப்பு|ఫొటో క్యాప్షన్|คำบรรยายภาพ|사진 설명|画像説明|图像加注文字|圖像加註文字"
    "|Fo-thiotal an deilbh|د انځور عنوان|तस्बिरको क्याप्सन|ફોટો કૅપ્શન|ඡායාරූප ශීර්ෂ පාඨය|Ibsa suuraa"
    "|መግለጺ ስእሊ|Insiguro y'isanamu|Insiguro y’isanamu|Потпис испод фотографије|Surat tagsarlavhasi"
    "|ဓာတ်ပုံ စာတန်း"
)
# "Image source, Jane Doe" / "Image caption, Anglers on the lough": the labels a page writes for screen
# readers, copied with the picture, each before its value (on the same line or the next one), in any order.
# (each set of labels as one tree of shared beginnings: an alternation of them all was tried word by word)
_SOURCES = alternation(_SOURCE_LABELS.split("|"))
_CAPTIONS = alternation(_CAPTION_LABELS.split("|"))
_SPOKEN_LABEL = re.compile(
    r"(?i:(?:image|media|video|picture)\s+)?(?P<kind>(?i:caption|source))\s*,\s*"
    rf"|(?:(?P<source>{_SOURCES})|(?P<caption>{_CAPTIONS}))\s*[,،，、፣၊]\s*"
)
_PICTURE_WORD = re.compile(rf"(?i:image|media|video|picture)\s|{_SOURCES}|{_CAPTIONS}")


def _kind(label: re.Match[str]) -> str:
    """``caption`` or ``source``, whichever the label names."""
    if label.group("kind") is not None:
        return label.group("kind").lower()
    return "source" if label.group("source") is not None else "caption"


def opens_with_spoken_label(line: str) -> bool:
    """Whether ``line`` is a spoken label, or opens with one named for the picture (``Image source, Jane
    Doe``: the value on the same line), the first line of such a run."""
    found = _SPOKEN_LABEL.match(line.strip())
    return found is not None and (
        found.end() == len(line.strip()) or _PICTURE_WORD.match(line.strip()) is not None
    )


def spoken_labels(text: str, lines: list[tuple[int, int]]) -> tuple[Text | None, Text | None] | None:
    """The (caption, credit) of a block made only of spoken labels and their values, or None."""
    found: dict[str, Text] = {}
    position = 0
    while position < len(lines):
        line_start, line_end = lines[position]
        label = _SPOKEN_LABEL.match(text, line_start, line_end)
        if label is None or _kind(label) in found:
            return None
        value_start, value_end = label.end(), line_end
        if value_start >= line_end:  # the value on the next line
            position += 1
            if position >= len(lines):
                return None
            value_start, value_end = lines[position]
        found[_kind(label)] = Text(text[value_start:value_end], Span(value_start, value_end))
        position += 1
    if "caption" not in found:
        return None
    return found["caption"], found.get("source")
