"""Image captions and their credits.

Credits come as ``(AP Photo/Jane Doe)``, ``(Photo: Reuters)``, ``Photo: Reuters``, ``Credit: ...``,
``Photograph by ...`` or an agency in parentheses after the caption (``(file photo) (RFE/RL)``). The
caption is the text before the credit; text after it on the same line (a summary run into the caption,
as web-page copies often have) is returned separately so it can be read as what it is.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from archivist.parse.agencies import AGENCY, AGENCY_ALTERNATION
from archivist.parse.creditwords import COLON_LABEL
from archivist.parse.words import words
from archivist.record.model import Image, Span, Text

# ("Photo Credit: PTI": the label whole, in title case too, before "Photo" alone is tried)
_PHOTO_WORDS = r"(?:Photo\s+[Cc]redit|Photo|Photograph|Picture|Pic|Image|Foto|Bild|Credit|Courtesy)"
# "(AP Photo/Jane Doe)", "(Reuters/Jane Doe)", "(Photo: Reuters)", "(Photo by Jane Doe/AFP)"
_PAREN_PHOTO_CREDIT = re.compile(
    rf"[(\[](?P<credit>(?:[^()\[\]\r\n]{{0,40}}\b{_PHOTO_WORDS}\b[^()\[\]\r\n]{{0,60}}"
    rf"|(?:{AGENCY_ALTERNATION})\s*/\s*[^()\[\]\r\n]{{1,50}}))[)\]]"
)
_PAREN_AGENCY_CREDIT = re.compile(rf"\((?P<credit>{AGENCY.pattern})\)")
_LABEL_CREDIT = re.compile(
    rf"(?:^|(?<=[\s.]))(?:{_PHOTO_WORDS})\s*(?::|by\b)\s*(?!https?://|www\.)(?P<credit>[^\r\n]{{1,100}})$",
    re.MULTILINE,
)
# The words every _PHOTO_WORDS spelling opens with, looked for as strings before the pattern scans the block
# (most of the body's short paragraphs hold none of them).
_PHOTO_WORD_OPENINGS = ("Photo", "Pic", "Image", "Foto", "Bild", "Credit", "Courtesy")


def _holds_photo_word(text: str, start: int, end: int) -> bool:
    # (a plain loop, not a generator: tests/test_parse_loop_shortcuts.py)
    for word in _PHOTO_WORD_OPENINGS:  # noqa: SIM110 - a loop, cheaper than any() over a generator
        if text.find(word, start, end) >= 0:
            return True
    return False


# "Image: https://example.org/photo.jpg" on a line of its own names the picture's file. URLs are
# taken only as valid URIs (printable ASCII): an address with other characters is not one as written.
_IMAGE_LINE = re.compile(
    r"(?:Image|Photo|Picture|Foto|Bild|Img|Graphic|Photo URL|Image URL)\s*:\s*"
    r"(?P<url>(?:https?://|www\.)[!-~]+|[\w./-]+\.(?:jpe?g|png|gif|webp|tiff?))[ \t]*(?:\r\n|\r|\n|$)",
    re.IGNORECASE,
)
# The label inside a bracketed credit: any of the credit labels the web styles know ("Photo source:",
# "Pic:", "Photo by"), one list for both readers.
_LABEL_VALUE = re.compile(
    rf"(?i:{COLON_LABEL})\s*:\s*"
    r"|(?i:Photo[- ]illustration|Photo(?:graph)?|Picture|Pic|Image|Illustration|Foto|Bild|Credit|Courtesy)"
    r"\s+by\b\s*"
)
_IMAGE_REFERENCE = re.compile(
    r"(?<![\w/.:%-])(?:https?://[!-~]+|[\w-]+)\.(?:jpe?g|png|gif|webp|tiff?)\b", re.IGNORECASE
)
_MAX_CAPTION = 300


@dataclass(frozen=True)
class CaptionMatch:
    image: Image
    rest_start: int | None  # where text after the credit on the same block starts, if any


def find_caption(text: str, start: int, end: int, *, allow_agency_credit: bool) -> CaptionMatch | None:
    """Read the block ``text[start:end]`` as an image caption with its credit, or return None.

    ``allow_agency_credit``: accept a bare ``(Agency)`` as the credit (only near the top of an article,
    where it cannot be a dateline or a quotation's source).
    """
    reference = _IMAGE_LINE.match(text, start, end)
    if reference is not None:
        url_start, url_end = reference.span("url")
        after, _ = _strip(text, reference.end(), end)
        found = (
            find_caption(text, after, end, allow_agency_credit=allow_agency_credit) if after < end else None
        )
        if found is None:
            return CaptionMatch(Image(None, None, Span(start, url_end), text[url_start:url_end]), None)
        image = found.image
        return CaptionMatch(
            Image(image.caption, image.credit, Span(start, image.span.end), text[url_start:url_end]),
            found.rest_start,
        )
    window_end = min(end, start + _MAX_CAPTION + 120)
    credit = (
        _LABEL_CREDIT.search(text, start, end)
        if end - start <= _MAX_CAPTION + 120 and _holds_photo_word(text, start, end)
        else None
    )
    if credit is not None and credit.start() - start <= _MAX_CAPTION:
        label_start = credit.start()
        credit_start, credit_end = _strip(text, *credit.span("credit"))
        if text[credit_end - 1 : credit_end] in ")]" and text[label_start - 1 : label_start] in "([":
            credit_end -= 1
            label_start -= 1
        return _build(text, start, label_start, credit_start, credit_end, credit_end, end)
    for pattern in (_PAREN_PHOTO_CREDIT, *((_PAREN_AGENCY_CREDIT,) if allow_agency_credit else ())):
        found = pattern.search(text, start, window_end)
        while found is not None and pattern is _PAREN_PHOTO_CREDIT and picture_tag(found.group("credit")):
            found = pattern.search(text, found.end(), window_end)  # "[File Image] Taxis …": the caption's tag
        if found is None or found.start() - start > _MAX_CAPTION:
            continue
        if pattern is _PAREN_AGENCY_CREDIT and (
            not _caption_before(text, start, found.start()) or _DASH_RUN_ON.match(text, found.end(), end)
        ):
            continue  # "Szeged, 2025. november 18., kedd (MTI) - Elkészült …": a wire dateline, no credit
        credit_start, credit_end = found.span("credit")
        inner = _LABEL_VALUE.match(text, credit_start, credit_end)
        if (
            inner is not None
            and pattern is _PAREN_PHOTO_CREDIT
            and not text[credit_start:credit_end].startswith(("AP", "Reuters"))
        ):
            credit_start = inner.end()
        return _build(text, start, found.start(), credit_start, credit_end, found.end(), end)
    return None


# A dash and the story run on after a bare agency in brackets: the wire's dateline (``PLACE, DATE (AGENCY) -
# text``), where a caption's credit ends its line or runs into the story with no dash.
_DASH_RUN_ON = re.compile(r"\s*[-–—]\s+\S")


# What kind of picture it is, said in brackets ("[File Image]", "(file photo)", "(Representational image)"):
# words that name no one, so the bracket is part of the caption and no credit.
_KIND_WORDS = words(
    "file archive archives image images photo photos photograph picture pic illustrative representational "
    "representative illustration stock only for purposes purpose use"
)


def picture_tag(inner: str) -> bool:
    """Whether a bracket's text only says what kind of picture it is (``File Image``), naming no one."""
    tokens = re.findall(r"[^\W\d_]+", inner.casefold())
    return bool(tokens) and all(token in _KIND_WORDS for token in tokens)


def _caption_before(text: str, start: int, credit_start: int) -> bool:
    caption = text[start:credit_start].strip()
    words = caption.split()
    return 1 <= len(words) <= 25 and not caption.endswith((".", ":", ",", ";", "--", "-", "—"))


def _build(
    text: str, start: int, caption_end: int, credit_start: int, credit_end: int, after: int, end: int
) -> CaptionMatch:
    caption_start, caption_end = _strip(text, start, caption_end)
    while caption_end > caption_start and text[caption_end - 1] in "-–—|:,;":
        caption_end -= 1
    caption_start, caption_end = _strip(text, caption_start, caption_end)
    caption = (
        Text(text[caption_start:caption_end], Span(caption_start, caption_end))
        if caption_end > caption_start
        else None
    )
    credit = (
        Text(text[credit_start:credit_end], Span(credit_start, credit_end))
        if credit_end > credit_start
        else None
    )
    rest_start, _ = _strip(text, after, end)
    reference = _IMAGE_REFERENCE.search(text, start, after)
    image = Image(caption, credit, Span(start, after), reference.group(0) if reference else None)
    return CaptionMatch(image, rest_start if rest_start < end else None)


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end
