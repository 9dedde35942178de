"""Page furniture: lines a web page puts around the story that a copy to text carries along
(``Advertisement``, ``Story continues below advertisement``, ``Sign up for our newsletter``, ``Skip
advertisement``). They belong to no field and are no paragraph; the reader leaves them out of the body.
Teasers for other stories (``READ MORE: …``) are boxes, read by ``archivist.parse.related``.
"""

from __future__ import annotations

import re

READING_TIME = (
    r"|\d{1,3}\s*[-–]?\s*(?i:min(?:ute)?s?\.?)\s+(?i:read|reading(?:\s+time)?|lesezeit|de\s+lecture|de\s+lectura)"
    r"|(?i:reading\s+time|lesezeit|temps\s+de\s+lecture|tiempo\s+de\s+lectura)\s*:?\s*\d{1,3}\s*(?i:min(?:ute)?s?\.?)"
)
_FURNITURE = re.compile(
    r"(?i:advertisement|advertising|sponsored(?:\s+content)?|ad|anzeige|publicité|publicidad|pubblicità"
    r"|(?:story|article)\s+continues\s+(?:below|after)(?:\s+(?:this|the))?\s+(?:advertisement|ad)"
    r"|(?:continue|keep)\s+reading(?:\s+(?:the\s+main\s+story|below))?"
    r"|scroll\s+(?:down\s+)?to\s+continue(?:\s+with\s+content)?|skip\s+(?:this\s+)?(?:advertisement|ad)"
    r"|(?:sign\s+up\s+(?:for|to)|subscribe\s+to)\s+(?:our|the)\s+[\w' -]{0,40}newsletters?"
    # the page's buttons, copied with the story: listen, share, save, print
    r"|(?:listen\s+to\s+(?:this\s+)?(?:article|story)|écouter\s+(?:cet\s+)?article|artikel\s+anhören"
    r"|escuchar\s+(?:este\s+artículo|noticia)|ascolta\s+(?:l['’])?articolo)(?:\s*[·•|-]?\s*\d+\s*min(?:utes?)?)?"
    r"|share(?:\s+this\s+(?:article|story))?|save(?:\s+(?:article|story))?|print|copy\s+link|gift\s+(?:this\s+)?article"
    r"|partager|teilen|compartir|condividi|delen|partilhar|merken|enregistrer|guardar|salva|opslaan"
    # "2 min read", "3-minute read", "Reading time: 4 minutes": how long the page guesses the story takes
    + READING_TIME
    + r")"
    r"[.!:]?"
)

# A genre label a page prints over or under its headline (``Analysis``, ``Opinion``, ``Meinung``): it says
# what kind of piece this is, and is no byline, standfirst or paragraph.
GENRE_LABEL = (
    r"(?i:exclusive|analysis|opinion|comment|commentary|review|explainer|live|breaking(?:\s+news)?|interview"
    r"|feature|editorial|investigation|fact\s+check|obituary|analyse|kommentar|meinung|exklusiv|exclusif"
    r"|tribune|éditorial|opinión|análisis|entrevista|exclusiva|esclusiva|commento|intervista|reportage"
    # what a government's or a company's page calls its piece
    r"|(?:news|press|media)\s+(?:release|statement)|media\s+advisory|communiqué)"
)
_GENRE = re.compile(GENRE_LABEL)


def is_genre_label(line: str) -> bool:
    """Whether the block ``line`` is only a genre label (``Opinion``)."""
    return _GENRE.fullmatch(line.strip()) is not None


def is_furniture(line: str) -> bool:
    """Whether the block ``line`` (stripped) is only page furniture."""
    return len(line) <= 80 and _FURNITURE.fullmatch(line.strip()) is not None


# "In News", "Filed under Business", "Section: World": where the page files the story, printed over it.
_SECTION_CRUMB = re.compile(
    r"(?:In|IN|Filed\s+under|Posted\s+in|Section:?)\s+[A-ZÀ-Þ][\w&'’-]*(?:\s+(?:&\s+)?[A-ZÀ-Þ][\w&'’-]*){0,2}"
)


def is_section_crumb(line: str) -> bool:
    """A section's name after its preposition or label, alone on its line: no byline, credit or summary."""
    return _SECTION_CRUMB.fullmatch(line.strip()) is not None
