"""Page furniture: lines a web page puts around the story that a copy to text carries along
(``Advertisement``, ``Story continues below advertisement``, ``Sign up for our newsletter``, ``Skip
advertisement``). They belong to no field and are no paragraph; the reader leaves them out of the body.
Teasers for other stories (``READ MORE: …``) are boxes, read by ``archivist.parse.related``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from itertools import pairwise

from archivist.parse.labelwords import (
    APP_OFFERS,
    AUTHOR_BOX,
    BUTTONS,
    COUNTERS,
    DONATE_BUTTONS,
    FACT_BOX_LABELS,
    LISTEN_BUTTONS,
    LOGIN_BUTTONS,
    MINUTE_WORDS,
    MORE_BUTTONS,
    PAGE_BUTTONS,
    PAGE_NOTICES,
    PAYWALL,
    PICTURE_BUTTONS,
    PLAYER_BUTTONS,
    PLAYER_DURATION,
    READING_LABEL,
    READING_LABELS,
    RELEASE_NUMBER,
    RIGHTS_RESERVED,
    SITE_LINKS,
    SITE_POLICY_LINKS,
    SKIP_LINKS,
    SUBSCRIBERS,
    TAGS,
    TAIL_LABELS,
    VIEW_BUTTONS,
    table_words,
)
from archivist.parse.related import is_related_label
from archivist.parse.words import EMAIL, alternation, case_spellings, words

READING_TIME = (
    # ("4 mins to read": the words "to read" after the minutes)
    r"|\d{1,3}\s*[-–]?\s*(?i:min(?:ute)?s?\.?)\s+(?i:(?:to\s+)?read|reading(?:\s+time)?|lesezeit|de\s+lecture"
    r"|de\s+lectura)"
    r"|(?i:reading\s+time|lesezeit|temps\s+de\s+lecture|tiempo\s+de\s+lectura)\s*:?\s*\d{1,3}\s*(?i:min(?:ute)?s?\.?)"
)
_FURNITURE = re.compile(
    # an ad slot, numbered or not ("Advertisement 2"), and the sponsor's slot ("Sponsor Message")
    r"(?i:advertisement(?:\s+\d{1,2})?|advertising|sponsored(?:\s+(?:content|message))?|sponsor\s+message|ad"
    r"|anzeige|publicité|publicidad|pubblicità"
    r"|(?:story|article)\s+continues\s+(?:below|after)(?:(?:\s+(?:this|the))?\s+(?:advertisement|ad))?"
    r"|(?:continue|keep)\s+reading(?:\s+(?:the\s+main\s+story|below))?"
    r"|scroll\s+(?:down\s+)?to\s+continue(?:\s+with\s+content)?"
    r"|(?:skip|hide|close)\s+(?:this\s+)?(?:advertisement|ad)"
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
# The characters a match of ``_FURNITURE`` opens with, but for its digits (``isdecimal``, what ``\d``
# matches): a line opening with none ("In …", "“…", "But …") is given up before the pattern's many branches
# are tried (tests/test_parse_furniture_shortcuts.py reads them from the pattern). "ſ" and the Kelvin sign
# are "s" and "k" to a pattern that ignores case.
# The page header's weather (``Nicosia 19°C``, ``☀ 21 ºC Madrid``, ``Dubai 34°/28°``): a place of one to three
# words before or after the temperature, a symbol before them; told by the degree sign first.
_WEATHER_DEGREES = r"[-−+]?\d{1,2}(?:[.,]\d)?\s?[°º]\s?[CF]?"
_WEATHER_PLACE = r"(?![a-zà-ÿ])[^\W\d_][\w.'’-]*(?:[ ,]+(?![a-zà-ÿ])[^\W\d_][\w.'’-]*){0,2}"
_WEATHER = re.compile(
    rf"(?:[^\w\s]{{1,2}}\s*)?(?:{_WEATHER_PLACE}[ ,]*)?{_WEATHER_DEGREES}(?:\s*[/–-]\s*{_WEATHER_DEGREES})?"
    rf"(?:\s*{_WEATHER_PLACE})?"
)
_MAX_WEATHER = 48
_FURNITURE_FIRST = frozenset("ACDEGHKLMOPRSTacdeghklmoprstÉéſ\u212a")
# Social networks a page's buttons name (``facebook``, ``X``, ``Compartir en Whatsapp``).
_NETWORK = (
    r"(?i:facebook|twitter|whatsapp|linkedin|instagram|telegram|threads|bluesky|reddit|pinterest|tiktok"
    r"|youtube|flipboard|messenger|e-?mail|sms|line|viber)|X"
)
# Every language's buttons (``Del artikel``, ``Partager``) and the networks' names, looked up as sets of
# their spellings (as written, in lower case, in capitals, capitalised, in title case): a pattern of them
# all was tried on every short line of every article, and folding each line's case cost as much.
_NETWORKS = (
    "facebook twitter whatsapp WhatsApp linkedin LinkedIn instagram telegram threads bluesky reddit "
    "pinterest tiktok TikTok youtube YouTube flipboard messenger email e-mail sms line viber"
    # the networks as pages in other scripts spell them (Arabic, Devanagari, Cyrillic, Hebrew, Greek)
    " فيسبوك واتساب إكس تويتر تيليجرام تلغرام لينكدإن البريد फेसबुक एक्स व्हाट्सऐप व्हाट्सएप ट्विटर ईमेल"
    " टेलीग्राम Фейсбук Телеграм Вайбер פייסבוק וואטסאפ טוויטר טלגרם"
)


def _spellings(phrases: Iterable[str]) -> frozenset[str]:
    """``case_spellings``, each with a typographic apostrophe too (``Don’t miss``)."""
    cased = case_spellings(phrases)
    return cased | {spelling.replace("'", "’") for spelling in cased}


_BUTTON_WORDS = _spellings(
    (
        *table_words(BUTTONS),
        *table_words(LISTEN_BUTTONS),
        *table_words(MORE_BUTTONS),
        *table_words(PAGE_BUTTONS),
        *table_words(VIEW_BUTTONS),
        *table_words(PICTURE_BUTTONS),
        *table_words(LOGIN_BUTTONS),
    )
)
_NETWORK_WORDS = _spellings(_NETWORKS.split()) | {"X"}
_BUTTON_END = ".!:0123456789"  # "Deel artikel:", "share2": the button's colon, an icon's number
# "Compartir en Whatsapp", "Share on X": a button and the network it shares to.
_ON_WORDS = words("on en sur auf su em op på via di na no w")
# A network's name alone, a player's clock (``00:00 / 03:12``), a listening time (``Listen to this article ·
# 5:48 min Learn more``, ``4 min``), the text-size buttons (``A``, ``- A A +``), a rule of underscores, a
# badge (``NEW``).
_BUTTONS = re.compile(
    r"(?i:(?:listen\s+to\s+this\s+(?:article|story)|ascolta\s+l['’]articolo)\s*[·•|-]?\s*)?"
    r"\d{1,3}(?::\d\d)?\s*(?i:min(?:ute)?s?|minuti|minutos)\.?(?:\s+(?i:learn\s+more))?"
    r"|\d{1,2}:\d\d\s*/\s*\d{1,2}:\d\d"
    # "+5" over "View gallery": the count of a gallery's other pictures
    r"|\+\d{1,3}"
    r"|(?:[-–]\s*)?A\s*A(?:\s*\+)?|[^\W\d_]"
    r"|_{3,}"
    r"|NEW|NEU|NOUVEAU|NUEVO|NUOVO|NOVO"
)
_MAX_BUTTON = 48
# "Our Standards: The Trust Principles., opens new tab": a link's text and the page's note that it opens a
# new tab (told by the line's end, as a string: the pattern would scan every short line).
_NEW_TAB = (", opens new tab", ", opens in new tab", ", opens in a new tab", ", opens new window")
# "Follow Norfolk news on BBC Sounds, Facebook, Instagram and X.", "Follow Example Energy on:": the page's
# invitation to follow it on the networks; "Get more Colorado news by signing up for our daily … newsletter.",
# "Read a summary of this article on FAST.": the page's offers around the story.
_PROMOTION = re.compile(
    rf"(?i:follow|síguenos|suivez(?:-nous)?|folgen\s+sie|seguici|siga)\b[^\r\n]{{0,60}}?\s+"
    rf"(?i:on|en|sur|auf|su|em)\b(?:\s*:|[^\r\n]{{0,80}}\b(?:{_NETWORK})"
    # ("… on Facebook and X for all the latest news and reaction.": what the networks bring, after them)
    r"(?:\s+(?i:for|to|para|pour|für|per|om)\s+[^\r\n.!?]{0,80})?\.?)"
    r"|(?i:get|sign\s+up|subscribe|join|receive)\b[^\r\n]{0,140}\b(?i:newsletters?)\b[^\r\n.!?]{0,60}[.!]?"
    r"|(?i:read\s+(?:a|the)\s+summary\s+of\s+this\s+(?:article|story))[^\r\n]{0,40}"
    # "Why you can trust SCMP": the page's link to its standards, under the standfirst (round 18: pagefront)
    r"|(?i:why\s+you\s+can\s+trust)\s+[^\r\n.!?]{1,40}"
)
# The first letters of _PROMOTION's lines, and the first characters of _BUTTONS' shapes.
_PROMOTION_FIRST = frozenset("FfSsGgJjRrWw")
_SHAPE_FIRST = frozenset("0123456789-–_AaLlNn+")
_MAX_PROMOTION = 200
_MAX_CHANNEL_OFFER = 330
_MAX_LINK = 80  # a caption with its credit and a link after it is longer

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


# "Comments (23)", "23 comments", "Kommentare: 4", "Пікірлер (0)", "1,204 views": the page's counter of its
# comments or readers alone on a line (every language's counter words, ``labelwords.COUNTERS``), a button's
# label with its number: no byline's organisation, no paragraph.
_COUNTER_WORDS = alternation(table_words(COUNTERS))
_COUNT = r"\d[\d,.]*(?:[ \u00a0\u202f]\d{3}(?!\d))*\s?[kKmM]?"
_COUNTER_ALONE = re.compile(
    rf"(?i:{_COUNT}\s*(?:{_COUNTER_WORDS})|(?:{_COUNTER_WORDS})\s*:?\s*(?:\({_COUNT}\)|{_COUNT}))"
)
_MAX_COUNTER = 40


def counter_alone(line: str) -> bool:
    """``line`` is only a counter of the page's comments, views or shares (``Comments (23)``)."""
    stripped = line.strip()
    return (
        len(stripped) <= _MAX_COUNTER
        and (stripped[-1:].isdecimal() or stripped.endswith(")") or stripped[:1].isdecimal())
        and _COUNTER_ALONE.fullmatch(stripped) is not None
    )


def is_furniture(line: str, *, whole: bool = True) -> bool:
    """Whether the block ``line`` (stripped) is only page furniture. ``whole=False``: ``line`` is a piece of
    a front line set off by a bar (``REGIONAL | ROADS | 4 MIN``), where only the older, longer furniture
    words count (a letter or a duration alone is no furniture beside words that are no credit)."""
    if len(line) > _MAX_PROMOTION:
        # most blocks: done without stripping; a subscription's pitch runs longer, told by its opening words
        if len(line) <= _MAX_PITCH and line.startswith(_PITCH_OPENINGS) and _house_note(line.strip()):
            return True
        return whole and len(line) <= _MAX_CHANNEL_OFFER and news_offer(line.strip())
    return _is_furniture(line, whole)


# The front, body and foot readers each ask of the same short lines (a page's menu, its buttons and notices
# are asked about by half a dozen rules); the answer depends on the line alone, so it is kept. Bounded: the
# lines are short (``_MAX_PROMOTION``) and a page has a few hundred.
@lru_cache(maxsize=4096)
def _is_furniture(line: str, whole: bool) -> bool:
    stripped = line.strip()
    if not stripped:
        return False  # a blank line: nothing to tell (the rules below look at its first mark)
    first = stripped[0]
    if (
        len(stripped) <= 80
        and (first in _FURNITURE_FIRST or first.isdecimal())
        and _FURNITURE.fullmatch(stripped) is not None
    ):
        return True
    if len(stripped) <= _MAX_BUTTON and more_furniture(stripped):
        return True
    if (
        len(stripped) <= _MAX_WEATHER
        and ("°" in stripped or "º" in stripped)
        and _WEATHER.fullmatch(stripped)
    ):
        return True  # "Nicosia 19°C" in the page's header: its weather, no caption and no date line
    if not whole:
        return False
    if (first.isdecimal() or stripped[-1].isdecimal() or stripped[-1] == ")") and counter_alone(stripped):
        return True  # "Kommentaar (23)", "View(s): 1,482", "212 shares": the page's counter, no paragraph
    if (
        first.isdecimal() or stripped[-1] in _NOTE_LAST or stripped.startswith(_NOTE_OPENINGS.get(first, ()))
    ) and _page_note(stripped):
        return True  # (told by its first or last characters first: most lines are none)
    if len(stripped) <= _MAX_BUTTON and (_button(stripped) or _page_notice(stripped) or skip_link(stripped)):
        return True
    if counter_alone(stripped):
        return True  # "Comments (2)", "Kòmantè (2)" over the related box closing the page: its counter
    if (
        len(stripped) <= _MAX_BUTTON_ROW
        and ("  " in stripped or "|" in stripped or "·" in stripped or "•" in stripped)
        and button_row(stripped)
    ):
        return True
    if len(stripped) <= _MAX_BUTTON_ROW and first in _ROW_FIRSTS and spaced_button_words(stripped):
        return True  # (told by its first character first: most lines open with no button's letter)
    if first in _PROMOTION_FIRST and _PROMOTION.fullmatch(stripped) is not None:
        return True
    if first in _OFFER_FIRST and _OFFER.match(stripped) is not None:
        return True
    if news_offer(stripped):
        return True
    if stripped.startswith(_HOUSE_NOTE_OPENINGS):
        if _HOUSE_NOTE.fullmatch(stripped) is not None:
            return True
    elif " is now on " in stripped and _NOW_ON_NETWORK.fullmatch(stripped) is not None:
        return True
    if appeal_or_prompt(stripped):
        return True
    if "|" in stripped and link_bar_line(stripped):
        return True
    if channel_prompt(stripped):
        return True
    if (
        len(stripped) <= _MAX_SIGN_UP
        and stripped[: stripped.find(" ")] in _SIGN_UP_OPENINGS
        and _SIGN_UP.match(stripped) is not None
    ):
        return True
    if "\n" in stripped and all(is_furniture(line) for line in stripped.splitlines() if line.strip()):
        return True  # "Share" over "AA" over "Text Size": the page's buttons one under another
    if len(stripped) > _MAX_LINK:
        return False
    # (each told by its opening words first, as strings: most short lines open with none of them)
    return stripped.endswith(_NEW_TAB) or (
        stripped.startswith(_LINK_OPENINGS) and (_policy_link(stripped) or _release_number(stripped))
    )


# "This was published 4 hours ago", "This article is more than 5 years old": the page's note on the story's
# age over its headline.
_AGE_NOTE = re.compile(
    r"This\s+(?:article|story|page|content)?\s*was\s+(?:first\s+)?published\s+(?:\d{1,3}|an?|one)\s+"
    r"(?:minutes?|hours?|days?|weeks?|months?|years?)\s+ago\.?"
    r"|This\s+(?:article|story)\s+is\s+more\s+than\s+(?:\d{1,3}|an?|one)\s+(?:months?|years?)\s+old\.?"
)
# "412", "1,204", "3.2K": a count alone on its line (shares, comments, a pager's page). A year alone heads a
# timeline's section, and stays.
_COUNT_ALONE = re.compile(r"\d{1,3}(?:[,.]\d{3})+|\d{1,6}|\d{1,3}(?:[.,]\d)?[KkMm]")
_YEARS = range(1800, 2100)
# "Download The Times of India News App for Latest City News", "Get the Harbour Herald app.", "Descarga la app
# de …": the offer of the house's app in one sentence (a stop inside a name or a domain, ``NYTimes.com``,
# allowed), its verb and its app's word from one table (``labelwords.APP_OFFERS``).
_APP_VERBS = [verb for verbs, _ in APP_OFFERS.values() for verb in verbs.split("|")]
_APP_WORDS = [word for _, app_words in APP_OFFERS.values() for word in app_words.split("|")]
_ONE_SENTENCE = r"(?:[^\r\n.!?]|\.(?=\S))"
_APP_OFFER = re.compile(
    rf"(?i:{alternation(verb.lower() for verb in _APP_VERBS)})\s+{_ONE_SENTENCE}{{0,80}}?"
    rf"\b(?i:{alternation(word.lower() for word in _APP_WORDS)})\b{_ONE_SENTENCE}{{0,80}}[.!]?"
)
# (the verb's first word and a space, in the cases a page writes it: a line opens so before the pattern runs)
_APP_OFFER_OPENINGS = sorted(f"{word} " for word in case_spellings(verb.split()[0] for verb in _APP_VERBS))


def _by_first(openings: Iterable[str]) -> dict[str, tuple[str, ...]]:
    """``openings`` by their first character: a line is tried on the few that open as it does, not on all
    (every line of the page is asked, most open with none)."""
    found: dict[str, list[str]] = {}
    for opening in openings:
        found.setdefault(opening[0], []).append(opening)
    return {first: tuple(group) for first, group in found.items()}


_APP_OFFER_FIRST = _by_first(_APP_OFFER_OPENINGS)


def app_offer(line: str) -> bool:
    """Whether ``line`` (stripped) is the page's offer of its app (above), wherever it stands: each caller
    asks it where it looks."""
    return line.startswith(_APP_OFFER_FIRST.get(line[:1], ())) and _APP_OFFER.fullmatch(line) is not None


# "Subscribe Start Your Daily Mornings with … Newspaper! Order Now": an offer closed by its button, a call to
# act now with no stop after it (a story's sentence ends with its stop).
_ACT_NOW = re.compile(
    r"(?:Subscribe|SUBSCRIBE|Download|DOWNLOAD|Order|Sign\s+up|Register|Join|Get|Buy|Install)\s"
    r"[^\r\n\"“”]{0,160}?\s(?i:order|subscribe|sign\s+up|buy|download|register|join|install|shop|book)\s+(?i:now)"
)
_MAX_PAGE_NOTE = 180


def _page_note(stripped: str) -> bool:
    """The page's notes and offers told by their words (above): the story's age over its headline, a count
    alone, the text-size buttons run together or one a line, the offer of the house's app, an offer closed
    by its button; each tested by its first or last characters first (most lines are none)."""
    if len(stripped) > _MAX_PAGE_NOTE or not stripped:
        return False
    first = stripped[0]
    if first.isdecimal():
        return _COUNT_ALONE.fullmatch(stripped) is not None and not (
            stripped.isdecimal() and int(stripped) in _YEARS
        )
    if stripped.endswith(("size", "Size", "SIZE")):
        return _TEXT_SIZES.fullmatch(stripped) is not None
    if stripped.endswith(("now", "Now", "NOW")):
        return _ACT_NOW.fullmatch(stripped) is not None
    if first == "T" and _AGE_NOTE.fullmatch(stripped) is not None:
        return True
    # (anywhere on the page: a sentence that reports someone's words is the story's)
    return app_offer(stripped) and _REPORTED.search(stripped) is None


_NOTE_LAST = frozenset("eEwW")  # "… text size", "Order Now"
_NOTE_OPENINGS = _by_first(["This ", *_APP_OFFER_OPENINGS])


_PLAYER_WORDS = _spellings(table_words(PLAYER_BUTTONS))
# "Duration 2:14", "Durée 1:02:03", "Duration 3′ 41″" (minutes and seconds in primes, as a radio's audio
# player prints them): the player's clock and its label.
_PLAYER_CLOCK = re.compile(
    rf"(?:(?i:{PLAYER_DURATION})\s*:?\s*)?(?:\d{{1,2}}:\d\d(?::\d\d)?|\d{{1,3}}\s?[′']\s?\d{{1,2}}\s?[″\"])"
)
_CLOCK_ENDS = '″"'
_PLAYER_REACH = 3  # blocks over the clock: the player's label, the clip's title, its button


def player_controls(blocks: list[str]) -> set[int]:
    """The positions among ``blocks`` (their texts) of a video player's controls copied with the story: its
    labelled clock (``Duration 2:14``) and the player's words alone on their lines just over it (``Video``,
    ``Play``; the clip's title between them is the related reader's), on a page printing one of those words.
    ``Play`` or ``Video`` printed with no clock under them stays (a subhead may say it).

    A player's card labelled on one line (``WATCH | Residents line up for water:``, ``Video: …``) over the
    clip's title and its labelled clock is the player's whole: the label, the title, the clock, and the one
    sentence under the clock describing the clip (``Stores were running low on bottled water Tuesday.``)."""
    found: set[int] = set()
    if _PLAYER_WORDS.isdisjoint(blocks) and not any(
        block[:1] in _PLAYER_FIRST and _player_label(block) for block in blocks
    ):
        return found  # no player's word alone or labelling a line (most pages: told without the clocks)
    for index, block in enumerate(blocks):
        if index and _player_label(block) and not block.endswith((".", "!", "?")):
            if not is_related_label(block):
                found.add(index)  # "Video: Studenti o cenama kirija": the clip's label and title, no clock
            continue  # ("WATCH: …" is a teaser's label too: the related reader's, as it was)
        if len(block) > 24 or not (
            (block[-1:].isdecimal() and ":" in block[-6:])
            or (block[-1:] in _CLOCK_ENDS and block[:1].isalnum())
        ):
            continue  # (the cheap test first: a player's clock ends the line)
        if _PLAYER_CLOCK.fullmatch(block) is None or (
            block[0].isdecimal() and index and blocks[index - 1] not in _PLAYER_WORDS
        ):
            continue  # a bare time ("18:30") is a player's only under its button
        found.add(index)
        titles: list[int] = []
        for above in range(index - 1, max(-1, index - 1 - _PLAYER_REACH), -1):
            if blocks[above] in _PLAYER_WORDS:
                found.add(above)
            elif above and _player_label(blocks[above]):
                # the card's label (a teaser's label, "WATCH: …", left to the related reader), and the
                # clip's title under it
                found.update(titles if is_related_label(blocks[above]) else (above, *titles))
                if titles and not block[0].isdecimal():
                    found.update(_clip_description(blocks, index + 1))
                titles = []
            elif len(blocks[above]) > _MAX_LINK or blocks[above].endswith(_LINE_STOPS):
                break
            else:
                titles.append(above)
    # (past the test above: a player's word stands alone on the page, or labels a line)
    found |= _player_titles_and_prompts(blocks, found)
    return found


# "Bekijk hier de beelden van de scheuren (1:48)": a clip's title with its length in brackets, under the
# player's word alone ("Video").
_BRACKETED_CLOCK = re.compile(r"[^\r\n]{3,120}\(\d{1,2}:\d\d(?::\d\d)?\)")
_MAX_PROMPT_LINE = 120


def _player_titles_and_prompts(blocks: list[str], found: set[int]) -> set[int]:
    """More of a player's lines: a clip's title ending in its bracketed length under a player's word alone
    (both), and the prompt ending in a colon just over a player's line (``Watch the latest episode below:``,
    opening with a player's word)."""
    more: set[int] = set()
    for index in range(1, len(blocks)):
        block = blocks[index]
        if (
            block.endswith(")")
            and blocks[index - 1] in _PLAYER_WORDS
            and _BRACKETED_CLOCK.fullmatch(block) is not None
        ):
            more.update((index - 1, index))
    for index in sorted(found | more):
        above = index - 1
        if above < 1 or above in found or above in more:
            continue
        prompt = blocks[above]
        if (
            prompt.endswith(":")
            and len(prompt) <= _MAX_PROMPT_LINE
            and "\n" not in prompt
            and prompt.split(None, 1)[0] in _PLAYER_WORDS
            and not _player_label(prompt)  # ("WATCH | …:", a card's label: read above, or the related's)
        ):
            more.add(above)
    return more


_MAX_PLAYER_LABEL = 120
_PLAYER_FIRST = frozenset(word[0] for word in _PLAYER_WORDS if word)
_MAX_CLIP_DESCRIPTION = 200


def _player_label(block: str) -> bool:
    """``WATCH | Residents line up for bottled water:``, ``Video: Studenti o cenama kirija``: a player's word
    labelling a line, before a bar or a colon."""
    if len(block) > _MAX_PLAYER_LABEL or "\n" in block:
        return False
    mark = block.find("|", 0, 16)
    if mark < 0:
        mark = block.find(":", 0, 16)
    return mark > 0 and block[:mark].strip() in _PLAYER_WORDS


def _clip_description(blocks: list[str], under: int) -> tuple[int, ...]:
    """The clip's one-sentence description under a card's clock, if the block ``under`` is one: short, closed
    by its stop, no other sentence inside (a paragraph of the story runs on)."""
    if under >= len(blocks):
        return ()
    line = blocks[under].strip()
    if len(line) > _MAX_CLIP_DESCRIPTION or "\n" in line or not line.endswith(".") or ". " in line:
        return ()
    return (under,)


_AUTHOR_BOX_LABELS = _spellings(table_words(AUTHOR_BOX))
_AUTHOR_BOX_LINES = _AUTHOR_BOX_LABELS | {
    label + mark for label in _AUTHOR_BOX_LABELS for mark in (":", "：")
}
_MAX_AUTHOR_BOX_LINES = 6  # her name, desk, fields and their list, a link to her page
_MAX_AUTHOR_BOX_LINE = 60
# A sentence's stop closing a line, in any script (a box's lines have none).
_LINE_STOPS = tuple(".!?。！？…")


def author_box(blocks: list[str]) -> set[int]:
    """The positions among ``blocks`` (their texts) of the page's box on the story's author set inside the
    story (``この記事を書いた人`` over her name, desk, ``専門・関心分野`` and the fields; ``About the
    author`` over a name, the story going on under it): its label alone on its line, then the short lines
    with no stop under it. The first block (the headline) is never one."""
    found: set[int] = set()
    if _AUTHOR_BOX_LINES.isdisjoint(blocks):
        return found  # no box's label alone on a line (most pages: told without a loop)
    for index in range(1, len(blocks)):
        if blocks[index] not in _AUTHOR_BOX_LINES:
            continue
        found.add(index)
        under = index + 1
        while under < len(blocks) and under - index <= _MAX_AUTHOR_BOX_LINES:
            lines = blocks[under].splitlines()
            if len(lines) > _MAX_AUTHOR_BOX_LINES or any(
                len(line.strip()) > _MAX_AUTHOR_BOX_LINE or line.rstrip().endswith(_LINE_STOPS)
                for line in lines
            ):
                break
            found.add(under)
            under += 1
        if not any(len(block) >= _SLOT_PARAGRAPH for block in blocks[under:]):
            # the box closing the page: its foot's readers take it, with the note on her under her name
            found -= set(range(index, under))
    return found


# The button closing a plea for the reader's money, by language (``Support us``, ``Faire un don``).
_DONATE_BUTTONS = _spellings(table_words(DONATE_BUTTONS))
# The button closing an offer of the page's newsletter or membership (``Sign Up`` under ``Sign up for the
# Retail Week Newsletter. Everything you need to know …``, ``Join now`` under ``… become a member today.``),
# by language. A page also sets these alone in its menu: the lines over one are the box's only when the
# line right over it names the box's matter (``_BOX_MATTER``).
_SIGN_UP_BUTTONS = _spellings(
    (
        "Sign up", "Sign up now", "Subscribe", "Subscribe now", "Join now", "Join us", "Join today",
        "S'inscrire", "Je m'inscris", "Inscrivez-vous", "Suscribirse", "Suscríbete", "Suscribirme",
        "Registrarse", "Anmelden", "Jetzt anmelden", "Abonnieren", "Iscriviti", "Inscrever-se", "Inscreva-se",
        "Assinar", "Aanmelden", "Inschrijven", "Teken in", "Zapisz się", "Prenumerera", "Tilmeld",
        "Meld deg på", "Tilaa", "Abone ol", "Kayıt ol", "Daftar", "Langganan", "Jisajili", "Подписаться",
        "Підписатися", "Εγγραφή", "Înscrie-te", "Feliratkozom", "Přihlásit se", "Prihlásiť sa",
        "Đăng ký", "订阅", "訂閱", "登録", "구독하기", "اشترك", "הירשמו", "सब्सक्राइब करें",
    )
)  # fmt: skip
_BOX_BUTTONS = _DONATE_BUTTONS | _SIGN_UP_BUTTONS
_MAX_DONATION_LINES = 2  # the box's title ("Support HFP") and its pitch, over the button
_MAX_DONATION_LINE = 160
_MAX_BOX_PITCH = 300  # a pitch of two sentences naming its matter ("… become a member today.")
_MAX_BOX_TITLE = 30  # "Keep going!": the box's cry over its pitch
# What such a box offers, as the words open in the languages of its buttons (folded): a newsletter, a
# membership, a donation, a subscription. A pitch naming one may end its sentences (a story's paragraph
# naming one is seldom set right over the box's button; "support", which a story's sentence says over a
# "Support us" button, is not among them).
_BOX_MATTER = (
    "newsletter", "nieuwsbrief", "nuusbrief", "infolettre", "lettre d'information", "boletín", "boletim",
    "nyhetsbrev", "nyhedsbrev", "uutiskirje", "bülten", "рассылк", "розсилк", "bản tin", "member",
    "membre", "miembro", "mitglied", "membro", "donat", "spende", "chip in", "subscri", "abonn",
    "suscri", "assin", "iscri", "inscri", "sign up", "meld je aan", "teken in",
)  # fmt: skip


def _names_box_matter(line: str) -> bool:
    folded = line.casefold()
    return any(word in folded for word in _BOX_MATTER)


def donation_box(blocks: list[str]) -> set[int]:
    """The positions among ``blocks`` (their texts) of the page's box asking for the reader's money, or
    offering its newsletter or membership, set inside the story (``Support HFP`` over ``Help keep HFP free for
    all readers by supporting our team`` over the ``Support us`` button; ``Keep going!`` over ``… become a
    member today.`` over ``Join now``): the button alone on its line and up to two lines over it, short
    ones that end no sentence (a story's paragraph does), or a pitch naming what the box offers (with the
    box's short cry over it). The first block (the headline) is never one."""
    found: set[int] = set()
    if _BOX_BUTTONS.isdisjoint(blocks):
        return found  # no such button alone on a line (most pages: told without a loop)
    for index in range(2, len(blocks)):
        button = blocks[index]
        if button not in _BOX_BUTTONS:
            continue
        sign_up = button not in _DONATE_BUTTONS
        if sign_up and not _names_box_matter(blocks[index - 1]):
            continue  # "Subscribe" in the page's menu, or under the story's own line
        above = index - 1
        while above > index - 1 - _MAX_DONATION_LINES and above > 0:
            line = blocks[above].strip()
            if "\n" in line:
                break
            # (a sign-up box's lines each name its matter or cry: "With a report from Reuters", the story's
            # last line, may stand over the newsletter's offer)
            short = not sign_up and len(line) <= _MAX_DONATION_LINE and not line.endswith(_LINE_STOPS)
            pitch = len(line) <= _MAX_BOX_PITCH and _names_box_matter(line)
            cry = above < index - 1 and len(line) <= _MAX_BOX_TITLE and line.endswith("!")
            if not (short or pitch or cry):
                break
            above -= 1
        if above < index - 1:
            found.update(range(above + 1, index + 1))
    return found


# A page's invitation to follow it on a messaging network's channel, in any language (``Click here to follow
# the GhanaNow WhatsApp channel``, ``WhatsApp kanalımıza abunə olun!``, ``Pratite nas i na Telegram
# kanalu``): a network's name and the word for its channel or for following, on a short line that ends no
# sentence with a full stop (the story's own sentence about a channel does).
_CHANNEL_PROMPT = re.compile(
    r"(?i:whats\s?app|telegram|viber|google\s+news|wechat)[^\r\n]{0,60}?"
    r"(?i:channel|kanal|canal|chaîne|chaine|канал|арна|каналу|kênh|saluran|チャンネル|频道|頻道|채널|ערוץ|قناة|کانال"
    r"|चैनल|চ্যানেল|ช่อง|ቻናል)"
    r"|(?i:follow|join|subscribe|suivez|rejoignez|síguenos|s[ée]guenos|únete|folgen|segui|siga|pratite|prati"
    r"|подпишитесь|подписывайтесь|підписуйтесь|obserwuj|sledujte|takip|abunə|жазылыңыз|ikuti|sundan)\b[^\r\n]{0,60}?"
    r"(?i:whats\s?app|telegram|viber|google\s+news|wechat)"
)
_MAX_CHANNEL_PROMPT = 120
# the networks' names as pages spell them (one of them is in every line the pattern takes)
_CHANNEL_NETWORKS = tuple(
    spelling
    for name in ("WhatsApp", "Whatsapp", "Whats App", "Telegram", "Viber", "Google News", "WeChat", "Wechat")
    for spelling in (name, name.lower(), name.upper())
)
# (the spellings as one pattern of literals: it is found in a line exactly when one of them is, as ``in`` of
# each would tell, in one scan instead of two dozen; asked of every short line of the page)
_CHANNEL_NETWORK = re.compile("|".join(re.escape(spelling) for spelling in _CHANNEL_NETWORKS))


def channel_prompt(stripped: str) -> bool:
    """Whether the line ``stripped`` invites the reader to the page's channel on a messaging network."""
    return (
        len(stripped) <= _MAX_CHANNEL_PROMPT
        and not stripped.endswith(".")
        and _CHANNEL_NETWORK.search(stripped) is not None  # (the cheap test first)
        and "\n" not in stripped
        and _CHANNEL_PROMPT.search(stripped) is not None
        and _REPORTED.search(stripped) is None
    )


# "Support HFP | Policies & Ethics | Error/typo? | Contact Us | Newsletter": the site's bar of links under the
# story, four links or more set off by bars, each a label of a few words (a question of three words at most,
# "Error/typo?"), none a sentence. (A breadcrumb or a byline beside a place has fewer pieces.)
# Two of the links must be the site's own (``SITE_LINKS``): a front line of metadata set off by bars (``By
# Jane Roe | 5 min read | Opinion``) names none.
_MIN_BAR_LINKS = 4
_MAX_BAR_LINK_WORDS = 5
_MIN_SITE_LINKS = 2
_SITE_LINKS = frozenset(word.casefold() for word in table_words(SITE_LINKS))


def link_bar_line(stripped: str) -> bool:
    """Whether ``stripped`` is the site's bar of four links or more (above)."""
    if stripped.count("|") < _MIN_BAR_LINKS - 1 or "\n" in stripped:
        return False
    pieces = stripped.split("|")
    if sum(1 for piece in pieces if piece.strip().casefold() in _SITE_LINKS) < _MIN_SITE_LINKS:
        return False
    for piece in pieces:
        piece = piece.strip()
        words = len(piece.split())
        if (
            not piece
            or len(piece) > _MAX_LINK_TEXT
            or words > _MAX_BAR_LINK_WORDS
            or piece.endswith((".", "!"))
            or (piece.endswith("?") and words > 3)
        ):
            return False
    return True


# (folded: a page capitalises its links as it likes, "Skip to Content", "Skip To Main Content")
_SKIP_LINKS = frozenset(phrase.casefold() for phrase in table_words(SKIP_LINKS))
_SKIP_FIRST = frozenset(
    letter for phrase in table_words(SKIP_LINKS) for letter in (phrase[0], phrase[0].lower())
)
_MAX_SKIP_LINK = 40


def skip_link(line: str) -> bool:
    """``Skip to content``, ``Pular para o conteúdo``: the page's first link, copied with a whole page. It
    says the lines under it are the site's navigation until the headline, and is never a headline itself."""
    stripped = line.strip()
    return (
        len(stripped) <= _MAX_SKIP_LINK
        and stripped[:1] in _SKIP_FIRST
        and " ".join(stripped.rstrip(".:›»>").split()).casefold() in _SKIP_LINKS
    )


def _button(stripped: str) -> bool:
    if stripped in _BUTTON_WORDS or stripped in _NETWORK_WORDS:
        return True
    trimmed = stripped.rstrip(_BUTTON_END)
    if trimmed is not stripped and trimmed.rstrip() in _BUTTON_WORDS:
        return True  # "Deel artikel:", "share2"
    space = stripped.rfind(" ")
    if space > 0 and stripped[space + 1 :] in _NETWORK_WORDS:
        head, last = stripped[:space], stripped[space + 1 :]
        button, _, on = head.rpartition(" ")
        if last in _NETWORK_WORDS and on in _ON_WORDS and button in _BUTTON_WORDS:
            return True  # "Compartir en Whatsapp": a button, the network
    return (len(stripped) == 1 or stripped[0] in _SHAPE_FIRST) and _BUTTONS.fullmatch(stripped) is not None


# "In News", "Filed under Business", "Section: World": where the page files the story, printed over it.
_SECTION_CRUMB = re.compile(
    r"(?:In|IN|Filed\s+under|Posted\s+in|Section:?)\s+[A-ZÀ-Þ][\w&'’-]*(?:\s+(?:&\s+)?[A-ZÀ-Þ][\w&'’-]*){0,2}"
)


def is_section_crumb(line: str) -> bool:
    """A section's name after its preposition or label, alone on its line: no byline, credit or summary."""
    return _SECTION_CRUMB.fullmatch(line.strip()) is not None


# (a tag list's label opens the foot as the foot's other labels do: ``Tagi`` over the tags)
_TAIL_WORDS = _spellings((*table_words(TAIL_LABELS), *table_words(TAGS)))
# (their first characters: a cheap test before ``is_tail_label`` for a reader trying many short lines)
TAIL_FIRST = frozenset(word[:1] for word in _TAIL_WORDS)
_TAIL_COUNT = re.compile(r"\s*\(\d{1,6}\)$")  # "Commentaires (48)": the count of comments after the label
_TAIL_TRIM = " \t:.|"
_MAX_TAIL_LABEL = 48
_MAX_TAIL_LIST = 200  # "Tags: metro | Ben Thanh": the label's list on its line, no sentence
_STORY_BLOCK = 100  # a block this long is a paragraph of the story
_MIN_STORY_BLOCKS = 2  # the story's paragraphs read before its page's foot can begin
_MAX_TAIL_BLOCK = 200  # a block longer under a label is the story again: the label was no foot's


def is_tail_label(line: str) -> bool:
    """Whether the line ``line`` opens the page's foot: a ``TAIL_LABELS`` label alone (``Most viewed``,
    ``Commentaires (48)``, ``Topics :``) or before a colon and its list on its line (``Tags: bus | rail``)."""
    if len(line) > _MAX_TAIL_LABEL + _MAX_TAIL_LIST:
        return False
    if not line.isascii() and ("፦" in line or "៖" in line):
        line = line.replace("፦", ":").replace("៖", ":")  # Ethiopic's and Khmer's colons (``መለያዎች፦ …``)
    if (
        len(line) > _MAX_TAIL_LABEL + len(" (123456) :")
        and line.find(":", 0, _MAX_TAIL_LABEL + 2) < 0
        and line.find("|", 0, _MAX_TAIL_LABEL + 2) < 0
    ):
        return False  # most paragraphs: too long for a label alone, no label's colon or bar near the start
    stripped = _TAIL_COUNT.sub("", line.strip()).rstrip(_TAIL_TRIM)
    if len(stripped) <= _MAX_TAIL_LABEL and stripped in _TAIL_WORDS:
        return True
    if "|" in stripped and any(piece.strip() in _TAIL_WORDS for piece in stripped.split("|")):
        return True  # "Corrections and clarifications|Submit a news tip|Report error": the foot's links
    label, colon, rest = stripped.partition(":")
    return bool(colon) and label.rstrip() in _TAIL_WORDS and not rest.rstrip().endswith(("!", "?"))


def page_tail(blocks: list[str]) -> int | None:
    """Where the page's foot begins among ``blocks`` (the text of each, in order), or None: the first
    block opening with a tail label (its first line, ``Join the conversation`` over the note under it)
    with nothing as long as a paragraph under it, once two of the story's paragraphs have been read."""
    start = len(blocks)
    while start > 0 and (len(blocks[start - 1]) <= _MAX_TAIL_BLOCK or _reuse_notice(blocks[start - 1])):
        start -= 1  # only the short blocks closing the page may hold the foot (most pages: the last one)
    story = 0
    for block in blocks[:start]:
        if len(block) >= _STORY_BLOCK:
            story += 1
            if story >= _MIN_STORY_BLOCKS:
                break  # enough: the story's first paragraphs
    for index in range(start, len(blocks)):
        block = blocks[index]
        if story >= _MIN_STORY_BLOCKS and (
            is_tail_label(block.partition("\n")[0]) or (block[:1] in _PAYWALL_FIRST and _paywall(block))
        ):
            while index > 0 and _link_bar(blocks[index - 1]):
                index -= 1  # "Standards|About us" over the foot's first label: the foot's links too
            return index
        if len(block) >= _STORY_BLOCK:
            story += 1
    return None


# "All rights reserved. This material, and other digital content on this website, may not be reproduced …":
# the page's rights notice and its terms of reuse, as long as a paragraph but the page's.
_RIGHTS_OPENINGS = tuple(phrase.casefold() for phrase in table_words(RIGHTS_RESERVED))
_RIGHTS_FIRST = frozenset(letter for phrase in _RIGHTS_OPENINGS for letter in (phrase[0], phrase[0].upper()))
_MAX_REUSE_NOTICE = 400


def _reuse_notice(block: str) -> bool:
    return (
        len(block) <= _MAX_REUSE_NOTICE
        and block[:1] in _RIGHTS_FIRST
        and block.casefold().startswith(_RIGHTS_OPENINGS)
    )


_PAYWALL_OPENINGS = tuple(table_words(PAYWALL))
_PAYWALL_FIRST = frozenset(phrase[0] for phrase in _PAYWALL_OPENINGS)
# "残り1128文字": the characters left behind the paywall (the bare word "残り", "the rest", only so)
_CHARACTERS_LEFT = re.compile(r"残り\s*[\d,]+\s*文字")
_MAX_PAYWALL_NOTICE = 120


def _paywall(block: str) -> bool:
    """The paywall's notice where the copy of a subscriber's story stops (``PAYWALL``)."""
    if (
        len(block) > _MAX_PAYWALL_NOTICE
        or block[:1] not in _PAYWALL_FIRST
        or not block.startswith(_PAYWALL_OPENINGS)
    ):
        return False
    return not block.startswith("残り") or _CHARACTERS_LEFT.match(block) is not None


_NOTICE_WORDS = _spellings(table_words(PAGE_NOTICES))
# "Estimated 3 minutes", "Leestijd 3 minuten", "Lecture 4 min.": a reading time with its label first.
_LABELLED_READING = re.compile(
    rf"(?:{READING_LABELS})\s*:?\s*\d{{1,3}}\s*(?i:min(?:ute|uten|utes|utos|uti|uter|uuttia)?\.?)",
    re.IGNORECASE,
)
# "Why you can trust Sky News": the house's link to its standards; "Listen In Arabic": a player's language;
# "Trở lại Thời sự": the link back to the section; "Heard on Morning Edition": a broadcaster's note of the
# programme that aired the story (its name in capitals, a word to five).
_HOUSE_LINK = re.compile(
    r"(?i:why\s+you\s+can\s+trust)\s+\S.{0,30}|(?i:listen\s+in)\s+[A-Z][a-z]+|Trở\s+lại\s+\S.{0,30}"
    r"|(?i:(?:as\s+)?heard\s+on)\s+[A-Z][\w'’&.-]*(?:\s+[A-Z][\w'’&.-]*){0,4}"
)
# The page's offers in sentences around the story, told by their opening (a story's paragraph does not
# open so): push alerts, a podcast, the site's latest updates, its newsletter, the comment window, a notice
# forbidding crawling, following the site on Google News.
_OFFER = re.compile(
    r"(?i:sign\s+up\s+for\s+push\s+alerts|listen\s+to\s+our\s+[^\r\n.]{0,60}\bpodcast\b"
    r"|get\s+latest\s+updates\s+on\b|find\s+[^\r\n]{1,40}?\s+on\s+(?:whatsapp|telegram|google\s+news)\b"
    # "Don't miss out on the latest news and information.", "By providing an email address. I agree to the
    # Terms of Use …": the newsletter box's lines
    r"|don['’]t\s+miss\s+out\s+on\s+the\s+latest\s+news\b"
    r"|by\s+(?:providing\s+(?:an?\s+|your\s+)?e-?mail(?:\s+address)?|signing\s+up|subscribing)\b[^\r\n]{0,40}?"
    r"\b(?:agree|accept|consent)\b)"
    r"|Receba\s+no\s+seu\s+e-?mail\b|Suscr[ií]bete\s+aquí\b|Recib[ií]\s+en\s+tu\s+e-?mail\b"
    r"|Iscriviti\s+alla\s+newsletter\b|Abonnez-vous\s+à\s+(?:la|notre)\s+newsletter\b"
    r"|Mitä\s+ajatuksia\s+aihe\s+herättää\?|Dilarang\s+keras\s+mengambil\s+konten\b"
    # "Síguenos en Google News", "Google News'te Takip Et", "Add CBS News on Google": follow the site there
    r"|(?i:follow\s+us|s[ií]guenos|suivez-nous|seguici|siga-nos|folgen\s+sie\s+uns)\s+\w+\s+(?i:google\s+news)\s*$"
    r"|Google\s+News['’](?:te|de|da|ta)\s+(?i:takip\s+et)\s*$|(?i:add)\s+[^\r\n]{1,40}?\s+(?i:on\s+google)\s*$"
)


_OFFER_FIRST = frozenset("SsLlGgFfRrIiAaMmDdBb")  # the first letters of _OFFER's openings


def _page_notice(stripped: str) -> bool:
    """A notice or button of ``PAGE_NOTICES``, a labelled reading time, a link to the house's standards."""
    return (
        stripped.rstrip(".:…") in _NOTICE_WORDS
        or _LABELLED_READING.fullmatch(stripped) is not None
        or _HOUSE_LINK.fullmatch(stripped) is not None
    )


_MAX_LINK_TEXT = 50


def _link_bar(block: str) -> bool:
    """A line of two links or more set off by bars (``Our Standards|About Us``), none a sentence."""
    if "|" not in block or "\n" in block:
        return False
    pieces = [piece.strip() for piece in block.split("|")]
    return all(0 < len(piece) <= _MAX_LINK_TEXT and not piece.endswith((".", "!", "?")) for piece in pieces)


# "Fakta. Fritidsgårdar i Stockholm", "Factbox: The island ferries", "FAKTA": a fact box's label, its title.
_FACT_BOX = re.compile(rf"(?i:{FACT_BOX_LABELS})(?:\s*[.:|]\s*[^\r\n]{{0,80}})?")
_MAX_FACT_LINES = 8
# The letters and words the labels open with, in either case: most blocks are done without the pattern.
_FACT_FIRST = frozenset(
    letter for label in FACT_BOX_LABELS.split("|") for letter in (label[0].lower(), label[0].upper())
)
_FACT_OPENINGS = frozenset(label.split()[0].casefold() for label in FACT_BOX_LABELS.split("|"))
_FACT_HEAD_TITLE = 80  # the title after a label, as _FACT_BOX allows it
_MAX_FACT_HEAD = max(len(label) for label in FACT_BOX_LABELS.split("|")) + 4 + _FACT_HEAD_TITLE
_MAX_FACT_LINE = 300


def _first_word(line: str) -> str:
    """``line``'s first word, up to a space or a label's stop, colon or bar (``Fakta.``, ``Factbox:X``)."""
    word = line.split(None, 1)[0] if line else ""
    for mark in ".:|":
        word = word.partition(mark)[0]
    return word


def fact_box(lines: list[tuple[str, int]], index: int) -> int:
    """How many of ``lines`` from ``index`` (each a block's text and the blank lines before it) are a fact
    box: its label's line, then the lines set tight under it (no blank line between) up to the next blank
    line; 0 if ``lines[index]`` opens no box or no blank line closes it (a page without blank lines)."""
    first = lines[index][0]
    if first[:1] not in _FACT_FIRST or len(first) > _MAX_FACT_LINE:
        return 0  # every label opens with one of these letters
    head = first.partition("\n")[0].strip()
    if len(head) > _MAX_FACT_HEAD or _first_word(head).casefold() not in _FACT_OPENINGS:
        return 0  # (told by the label's first word before the pattern is tried: most blocks open otherwise)
    if _FACT_BOX.fullmatch(head) is None:
        return 0
    end = index + 1
    while end < len(lines) and lines[end][1] == 0 and end - index <= _MAX_FACT_LINES:
        if len(lines[end][0]) > _MAX_FACT_LINE:
            return 0
        end += 1
    if end == index + 1 and "\n" not in first:
        return 0  # a label alone over a blank line: a heading, not a box set tight
    if end < len(lines) and lines[end][1] == 0:
        return 0  # no blank line closes it: not a box set apart
    return end - index


# "Our Standards: The Trust Principles.": the page's link to its own policies, its label then the policy's
# name (looked up by the label's words before the colon: most lines hold no colon near their start).
_POLICY_LABELS = case_spellings(table_words(SITE_POLICY_LINKS))
_POLICY_REACH = 32
# "Comunicado No. 412/26", "Press release No. 45": a release's number on its own line.
_RELEASE_NUMBER = re.compile(
    rf"(?:{alternation(case_spellings(table_words(RELEASE_NUMBER)))})\s+"
    r"(?:No\.?|NO\.?|Nr\.?|N°|n°|Nº|nº|núm\.?|Núm\.?|#)\s*\d{1,5}(?:[/-]\d{1,4})?"
)


_LINK_OPENINGS = tuple(_POLICY_LABELS | case_spellings(table_words(RELEASE_NUMBER)))


def _policy_link(stripped: str) -> bool:
    colon = stripped.find(":", 0, _POLICY_REACH)
    return colon > 0 and stripped[:colon].rstrip() in _POLICY_LABELS and len(stripped) > colon + 3


def _release_number(stripped: str) -> bool:
    return stripped[-1].isdigit() and _RELEASE_NUMBER.fullmatch(stripped) is not None


# "Archivado En" over "Madrid", "Mercados", …; "Tags: ferries, islands": the page's tags under the story, its
# label (``labelwords.TAGS``, in the spellings a page sets it in) then short names, to the page's end.
_TAG_LABELS = case_spellings(table_words(TAGS))
_MAX_TAGS = 12
_MAX_TAG = 50
_TAG_STOPS = (".", "!", "?", ";")


def trailing_tags(blocks: list[str]) -> int:
    """How many of the last ``blocks`` (their texts) are the page's tags: a tag label alone on its line
    (a colon after it or not), or before a colon and the tags, then only short lines ending no sentence
    (a block may hold several); 0 if none. The first block is never counted (one block stays body)."""
    for back in range(1, min(len(blocks) - 1, _MAX_TAGS + 1) + 1):
        first = blocks[-back].partition("\n")[0]
        label, _, rest = first.partition(":")
        if label.strip() not in _TAG_LABELS:
            if len(first) > _MAX_TAG:
                return 0  # a paragraph: no tag list under it reaches this far (most articles end here)
            continue
        lines = blocks[-back].splitlines()
        tags = [*([rest] if rest.strip() else []), *lines[1:], *blocks[len(blocks) - back + 1 :]]
        tags = [tag.strip() for line in tags for tag in line.split(",")]
        if tags and all(0 < len(tag) <= _MAX_TAG and not tag.endswith(_TAG_STOPS) for tag in tags):
            return back
        return 0
    return 0


# "Normal text sizeLarger text sizeVery large text size": the text-size buttons' labels run together
_TEXT_SIZES = re.compile(
    r"(?:(?i:(?:normal|small|smaller|large|larger|very\s+large|extra\s+large)\s+)?(?i:text|font)\s+size)+"
)
_MAX_BUTTON_BLOCK_LINES = 4
_MAX_PROMPT = 100
_BUTTON_AND_PROMPT = 2  # lines


def is_button_block(lines: list[str]) -> bool:
    """``Share`` / ``AA`` / ``Text Size`` / ``Follow us``, ``Save`` over ``Log in, register or subscribe to
    save articles for later.``: a block of the page's buttons, each line a button, or a button over the
    short prompt it shows (a few lines at most); no summary, no paragraph."""
    if not 1 <= len(lines) <= _MAX_BUTTON_BLOCK_LINES or not lines[0].strip() or not _button_line(lines[0]):
        return False
    if all(_button_line(line) for line in lines):
        return True
    return len(lines) == _BUTTON_AND_PROMPT and len(lines[1].strip()) <= _MAX_PROMPT


def _button_line(line: str) -> bool:
    stripped = line.strip()
    if len(stripped) > _MAX_BUTTON:  # only the text-size buttons run together are longer
        return "size" in stripped.casefold() and _TEXT_SIZES.fullmatch(stripped) is not None
    return is_furniture(stripped) or _TEXT_SIZES.fullmatch(stripped) is not None


_MINUTES = rf"\d{{1,3}}\s*(?:{alternation(MINUTE_WORDS.split('|'))})"
_READING_LABELS = alternation(table_words(READING_LABEL))
# "Lesezeit: 3 Minuten", "3 minuters läsning", "4 dk okuma süresi": a reading time in other languages
_READING_MORE = re.compile(
    rf"(?i:{_READING_LABELS})\s*:?\s*{_MINUTES}|{_MINUTES}\s+(?i:{_READING_LABELS})", re.IGNORECASE
)
_SUBSCRIBER_WORDS = _spellings(table_words(SUBSCRIBERS))
_ANY_DIGIT = re.compile(r"\d")


def more_furniture(stripped: str) -> bool:
    """A reading time in the words of other languages, or the badge of a story kept for subscribers."""
    return stripped in _SUBSCRIBER_WORDS or (
        _ANY_DIGIT.search(stripped) is not None and _READING_MORE.fullmatch(stripped.rstrip(".")) is not None
    )


_PICTURE_BUTTON_FOLDED = frozenset(word.casefold() for word in table_words(PICTURE_BUTTONS))


def button_with_prompt(button: str, prompt: str) -> bool:
    """``Save`` over ``Log in, register or subscribe to save articles for later.``: a button's word (not a
    badge or a reading time) over the sentence the page shows beside it, short and closed by its stop (a
    caption under a badge, ``NEW`` over ``A beach at Ostia (Ansa)``, is none)."""
    stripped = prompt.strip()
    return (
        button.strip() in _BUTTON_WORDS
        # (under a picture's button, "Enlarge this image", the line is the picture's caption, no prompt)
        and button.strip().casefold() not in _PICTURE_BUTTON_FOLDED
        and len(stripped) <= _MAX_PROMPT
        and stripped.endswith(".")
        and not _ANY_DIGIT.search(stripped)
    )


_MAX_SLOT_LINE = 60
_MIN_SLOT_REPEATS = 3
_SLOT_STOPS = (".", "!", "?", "…", ":")
_SLOT_PARAGRAPH = 100  # a block this long is a paragraph of the story


def repeated_slots(blocks: list[str]) -> set[str]:
    """The short lines a page prints word for word at each of its slots between paragraphs (``Article
    content`` over every paragraph, ``Hide Ad`` under each advertisement): three times or more, a paragraph
    of the story between each two, and none a sentence (a question a page asks again is its text). A
    label repeated over a list (``Journalist`` under each of three names) has no paragraph between."""
    short = [block for block in blocks if len(block) <= _MAX_SLOT_LINE]
    if len(short) - len(set(short)) < _MIN_SLOT_REPEATS - 1:
        return set()  # no short line said three times (most articles: done here)
    places: dict[str, list[int]] = {}
    for index, block in enumerate(blocks):
        if len(block) <= _MAX_SLOT_LINE and "\n" not in block and not block.endswith(_SLOT_STOPS):
            places.setdefault(block, []).append(index)
    slots: set[str] = set()
    for line, where in places.items():
        if len(where) < _MIN_SLOT_REPEATS:
            continue
        if all(
            any(_story_text(blocks[between]) for between in range(first + 1, second))
            for first, second in pairwise(where)
        ):
            slots.add(line)
    return slots


def _story_text(block: str) -> bool:
    """A paragraph of the story: long, or a sentence closed by its stop."""
    return len(block) >= _SLOT_PARAGRAPH or block.rstrip("\"'”’»)").endswith((".", "!", "?"))


_MAX_BUTTON_ROW = 120
_COUNT = re.compile(r"^\d{1,6}\s+")
# The gaps a copied row of buttons leaves between them: two spaces or more, a bar, a bullet or a dot.
_ROW_GAP = re.compile(r"\s{2,}|\s*[|·•]\s*")


def button_row(stripped: str) -> bool:
    """``Teilen   Merken   Drucken``, ``Facebook | X | Email``: the page's buttons copied as one row, each
    a button or a network's name, two or more of them set apart by wide gaps, bars or bullets."""
    if "  " not in stripped and "|" not in stripped and "·" not in stripped and "•" not in stripped:
        return spaced_button_words(stripped)  # most lines: no gap a row of buttons leaves
    # ("3 תגובות", "12 Comments": a count before its button's word)
    pieces = [_COUNT.sub("", piece) for piece in _ROW_GAP.split(stripped) if piece]
    return len(pieces) >= 2 and all(
        len(piece) <= _MAX_BUTTON and (piece in _NETWORK_WORDS or _button(piece)) for piece in pieces
    )


# the first characters of the networks' and the buttons' names
_ROW_FIRSTS = frozenset(word[0] for word in (*_NETWORK_WORDS, *_BUTTON_WORDS) if word)
_MAX_ROW_PHRASE = 3  # "Copy link", "Share on X": a button of up to three words


# The word between a share button and its network, by language (on, via, to; sur, en, auf, su, em, op, på).
_SHARE_ON = words("on via to with sur en auf über su em no na op på w в на")


def spaced_button_words(stripped: str) -> bool:
    """``Facebook Twitter Messenger Viber``, ``Share Tweet Email WhatsApp``: the page's share buttons copied
    as one row with a single space between their labels, every word of it a network's name or a button's
    (a button of several words, ``Copy link``, taken whole), two buttons or more. A sentence or a name holds
    a word that is neither (``Share prices fell``), so the row is told by its words alone."""
    space = stripped.find(" ")
    if space < 0 or len(stripped) > _MAX_BUTTON_ROW:
        return False
    first = stripped[:space]
    if first not in _NETWORK_WORDS and first not in _BUTTON_WORDS:
        return False  # most lines: the cheap test first (the first word, before the line is split)
    tokens = stripped.split()
    at = count = 0
    while at < len(tokens):
        if (
            at + 2 < len(tokens)
            and tokens[at + 1] in _SHARE_ON
            and tokens[at] in _BUTTON_WORDS
            and tokens[at + 2] in _NETWORK_WORDS
        ):
            # "Share on Facebook Share on X Share via Messenger Copy link": a button and the network it
            # shares to ("Partager sur Facebook", "Compartir en WhatsApp", "Teilen auf X")
            at += 3
            count += 1
            continue
        for size in range(min(_MAX_ROW_PHRASE, len(tokens) - at), 0, -1):
            phrase = " ".join(tokens[at : at + size])
            if phrase in _NETWORK_WORDS or phrase in _BUTTON_WORDS:
                at += size
                count += 1
                break
        else:
            return False
    return count >= 2


_MAX_SIGN_UP = 100
# The first words of _SIGN_UP's verbs: most short lines are done without the pattern.
_SIGN_UP_OPENINGS = words(
    "Schrijf Meld Abonneer Inscrivez-vous Abonnez-vous Melden Abonnieren Jetzt Suscríbete Suscribete"
    " Suscríbase Suscribase Apúntate Apuntate Iscriviti Inscreva-se Assine Cadastre-se Prenumerera Tilmeld"
    " Tilaa Zapisz"
)
# "Schrijf je in op onze nieuwsbrief", "Abonnez-vous à notre infolettre", "Melden Sie sich für unseren
# Newsletter an": the page's newsletter sign-up in other languages, a sign-up's verb, then its newsletter.
_SIGN_UP = re.compile(
    r"(?:Schrijf\s+je\s+in|Meld\s+je\s+aan|Abonneer\s+je|Inscrivez-vous|Abonnez-vous|Melden\s+Sie\s+sich"
    r"|Abonnieren\s+Sie|Jetzt\s+abonnieren|Suscr[ií]bete|Suscr[ií]base|Ap[úu]ntate|Iscriviti|Inscreva-se"
    r"|Assine|Cadastre-se|Prenumerera|Tilmeld\s+dig|Meld\s+deg\s+på|Tilaa|Zapisz\s+się)\b"
    r"(?:[^\r\n.!?]{0,60}?\b(?i:newsletter|nieuwsbrief|infolettre|lettre\s+d['’]information|bolet[ií]n|boletim"
    r"|nyhetsbrev|nyhedsbrev|uutiskirje)\w*[^\r\n.!?]{0,40}[.!]?"
    # "Abonnez-vous dès maintenant et profitez de la lecture audio": the subscription's offer, "now" said
    r"|\s+(?:dès\s+|ab\s+)?(?i:maintenant|jetzt|sofort|ahora|agora|ora|nu|nå|nyt|teraz)\b[^\r\n]{0,80})"
)


# The page's offers of its news elsewhere and its notes on the story, written as sentences between or under
# the story's paragraphs, each told by its opening words (one pattern, tried once on a line):
# - its channel on a messaging network (``Join our WhatsApp Channel and get the latest news``, ``📲 Participe
#   do canal do … no WhatsApp``, ``Ακολουθήστε μας στο Google News``);
# - its news every morning (``Recevez chaque matin l’essentiel de l’actualité``);
# - its sign-up box's plea and consent line (``Don't miss out on the latest news``, ``By providing an email
#   address. I agree to the Terms of Use …``), its prompt to register (``You can save this article by
#   registering for free here.``, ``Register (it's quick and free) or sign in.``);
# - an advertisement's slot while it loads (``This advertisement has not loaded yet, but your article
#   continues below.``) and the advertiser's link printed in it (``Advertise with Example Media.``);
# - that a feed's copy went out as the feed sent it (``Disclaimer: This story is auto-generated from a
#   syndicated news agency feed …``, in Hindi ``यह खबर 'भाषा' न्यूज़ एजेंसी की फीड से ली गई है।``; a note that opens
#   by saying the copy was not edited is the sign-off's, ``signoff._NOT_EDITED``);
# - the pointer to more of the house's news (``Catch all the Latest India News … at …``, ``Veja mais notícias
#   da região no …``).
# Its news in the reader's inbox (``Elke ochtend het belangrijkste nieuws in je mailbox.``) is told by the
# line's end, and who funds the reporting (``LDR is local body journalism co-funded by RNZ and NZ On Air.``)
# by its word for journalism.
_MESSAGING = r"(?:[Ww]hats[Aa]pp[a-z]?|WHATSAPP|[Tt]elegram|TELEGRAM|Google\s+[Nn]ews|GOOGLE\s+NEWS|Viber)"
# The invitation's verb opening the line (an emoji or a dash before it allowed): join, take part, follow.
_INVITE_VERBS = words(
    "Join Participe Participa Entre Únete Unete Siga Sigue Síguenos Siguenos Follow Subscribe Suscríbete"
    " Suscribete Rejoignez Abonnez-vous Suivez Simak Ikuti Gabung Bergabunglah Get Stay Find Add Iscriviti"
    " Segui Seguici Folgen Abonnieren Treten Volg Word Ακολουθήστε Подписывайтесь Підписуйтесь Dołącz"
    " Obserwuj Pridružite Pratite"
)
_OPENED_NOTE = re.compile(
    rf"(?P<channel>[^\w\s]{{0,3}}\s*(?:{alternation(_INVITE_VERBS)})\b[^\r\n]{{0,160}}?\b{_MESSAGING}\b"
    r"[^\r\n]{0,160})"
    r"|(?P<daily>(?:Receive|Get|Recevez|Recibe|Recib[ií]|Receba|Ricevi|Erhalten\s+Sie|Ontvang|Få)\s"
    r"[^\r\n.!?]{0,100}?\b(?i:every|each|chaque|cada|todas\s+las|todos\s+los|ogni|jeden|elke|hver[ts]?)\s+"
    r"(?i:morning|day|evening|week|matin|jour|soir|mañanas?|días?|manhã|dia|mattina|giorno|morgen|tag|ochtend"
    r"|dag)\b[^\r\n.!?]{0,100}[.!]?)"
    r"|Don['’]t\s+miss\s+(?:out\s+on\s+)?(?:the\s+)?(?:latest|top|biggest|best|headlines|news|stories|updates)\b"
    r"[^\r\n]{0,140}"
    r"|By\s+(?:providing|entering|submitting|clicking|signing\s+up|subscribing)\b[^\r\n]{0,200}?\b"
    r"(?:Terms\s+(?:of\s+(?:Use|Service)|and\s+Conditions)|Privacy\s+(?:Policy|Notice))\b[^\r\n]{0,60}"
    r"|You\s+can\s+save\s+this\s+(?:article|story)\s+by\s+registering\s+for\s+free\b[^\r\n]{0,120}"
    # the sign-up form's small print: "We use your sign-up to provide content in ways you've consented to …",
    # "This site is protected by reCAPTCHA and …", "You can unsubscribe at any time.", and the consent line in
    # other languages ("En vous inscrivant, vous acceptez notre politique de confidentialité", "Ao se
    # inscrever, você concorda com a Política de Privacidade", "Mit Ihrer Anmeldung akzeptieren Sie die
    # Datenschutzerklärung"): a sign-up's opening words, then the house's privacy or terms
    r"|We\s+use\s+your\s+(?:sign-?up|e-?mail(?:\s+address)?|details|information|data)\s+to\b[^\r\n]{0,400}"
    r"|This\s+(?:site|form|page)\s+is\s+protected\s+by\s+reCAPTCHA\b[^\r\n]{0,160}"
    r"|You\s+(?:can|may)\s+(?:unsubscribe|opt\s+out)\s+at\s+any\s+time\b[^\r\n]{0,160}"
    r"|(?:En\s+vous\s+(?:inscrivant|abonnant)|Al\s+(?:suscribirte|suscribirse|registrarte|registrarse)"
    r"|Ao\s+(?:se\s+)?(?:inscrever|cadastrar|assinar)|Mit\s+(?:Ihrer|der|deiner)\s+Anmeldung"
    r"|Iscrivendoti|Con\s+l['’]iscrizione|Door\s+je\s+(?:aan\s+te\s+melden|in\s+te\s+schrijven)"
    r"|Zapisując\s+się|Abone\s+olarak|Dengan\s+(?:mendaftar|berlangganan)|Prihlásením|Přihlášením"
    r"|Genom\s+att\s+(?:prenumerera|registrera)|Ved\s+at\s+tilmelde)\b[^\r\n]{0,200}?"
    r"(?i:privac|confidentialit|datenschutz|prywatno|gizlilik|privasi|voorwaarden|conditions|condiciones"
    r"|termos|bedingungen|termini|regulamin|osobních\s+údaj|integritet|persondata)[^\r\n]{0,300}"
    r"|Register\s+\(it['’]s\s+(?:quick\s+and\s+)?free\)\s+or\s+(?:sign|log)[\s-]?in\b[^\r\n]{0,60}"
    r"|(?i:this\s+(?:advertisement|ad)\s+has\s+not\s+loaded\s+yet)(?:,\s+but\s+(?:your|the)\s+(?:article|story)"
    r"\s+continues\s+below)?\.?"
    r"|(?:Advertise|ADVERTISE)\s+(?i:with)\s+(?:us|[^\W\d_][\w'’&-]*(?:\s+[\w'’&-]+){0,2})\.?"
    r"|\(?(?:Disclaimer\s*:\s*)?(?:This|The)\s+(?:story|report|article|copy|news)\s+(?:is|was)\s+auto-?generated"
    r"\s+from\b[^\r\n]{0,200}"
    r"|यह\s+(?:खबर|ख़बर|समाचार)\s[^\r\n]{0,120}(?:फीड|फ़ीड)[^\r\n]{0,200}"
    r"|Catch\s+(?:all\s+)?the\s+(?i:latest)\b[^\r\n]{0,80}\b(?i:news)\b[^\r\n]{0,80}"
    r"|(?:Veja|Confira|Leia|Ver|Lee|Lea|See|Read)\s+(?:mais|más|more)\s+(?:notícias|noticias|news)\s+"
    r"(?:da|de|do|del|from|on|at|no|em|en|in)\b[^\r\n.!?]{0,80}[.!]?"
    # "Updated at 6.05pm with comments from the opposition.", "This story has been updated with …": the
    # desk's note on a later version
    r"|(?:Updated|UPDATED)\s+(?:at\s+)?\d{1,2}(?:[.:]\d\d)?\s*(?:[ap]\.?m\.?)?(?:\s+on\s+\w+)?\s+with\s+"
    r"[^\r\n.!?]{3,120}\."
    r"|This\s+(?:story|article|report)\s+(?:has\s+been|was)\s+updated\s+(?:with|to)\b[^\r\n]{3,160}"
)
# "Log in, register or subscribe to save articles for later.": the save button's prompt, on its own (tried
# only on a line saying "save")
_SAVE_PROMPT = re.compile(
    r"(?:Log\s+in|Sign\s+in|Register|Subscribe)\b[^\r\n.!?]{0,60}\bto\s+save\s+(?:this\s+)?(?:articles?|stories|story)"
    r"\b[^\r\n.!?]{0,30}\.?"
)
# "Start the day with … insights. Sign up for our Morning Edition newsletter.": a pitch closed by the
# newsletter's sign-up (tried only on a line naming a newsletter: its opening matches any line).
_PITCH_FOR_NEWSLETTER = re.compile(
    r"[^\r\n]{0,160}[.!?]\s+(?:Sign\s+up|Subscribe)\s+(?:for|to)\s+(?:our|the)\s+[^\r\n.!?]{0,50}\bnewsletters?\b"
    r"[^\r\n.!?]{0,40}[.!]?"
)
# What a channel's offer offers: the house's channel or its news (a story's sentence naming a network offers
# none), and a reporting verb: the invitation is a sentence of the story quoting it (``Follow us on Google
# News, the operator told its passengers``), no offer of the page's.
_OFFERED = re.compile(
    r"(?i:channels?|canal|canais|kanal|saluran|chaîne|news|notícias|noticias|nachrichten|nieuws|notizie|berita"
    r"|latest|updates|stories|headlines|must-reads|our|us|nos|nous|uns|kami|ons|μας)\b"
)
_REPORTED = re.compile(
    r"\b(?:said|says|told|tells|urged|asked|announced|dijo|afirmó|señaló|disse|afirmou|a\s+déclaré|a\s+dit"
    r"|sagte|erklärte|ha\s+detto|zei|kata|katanya|είπε|сказал|сказав)\b"
)
_NEWS_WORDS = re.compile(
    r"(?i:news|stories|headlines|newsletter|updates|briefing|nieuws|noticias|notícias|actualité|actualidad"
    r"|nachrichten|notizie|essentiel|essencial|lo\s+más|top|latest|berita|wiadomości"
    # the news in the other languages the sign-up call is read in (sv, da, nb, fi, sw, tr, ro, cs, hu, ru,
    # uk, el, vi, tl, ha, yo)
    r"|nyheter|nyheder|uutiset|habari|haber|știri|stiri|zprávy|hírek|новости|новини|ειδήσεις|tin\s+tức"
    r"|balita|labarai|ìròyìn|iroyin)"
)
# The inbox closing the offer's one sentence (told by the line's end, as strings, before the pattern).
_INBOX_ENDINGS = (
    "inbox", "mailbox", "mail", "correo", "electrónico", "electronico", "bandeja", "Postfach", "Posteingang",
    "postfach", "posteingang", "casella", "boîte", "boite", "réception", "reception", "lettres",
)  # fmt: skip
_INBOX_OFFER = re.compile(
    r"[^\r\n.!?]{0,160}?\b(?i:(?:in|to|into)\s+your\s+(?:inbox|mailbox|e-?mail)|in\s+je\s+(?:mailbox|inbox|mail)"
    r"|en\s+tu\s+(?:correo|bandeja|e-?mail|mail)(?:\s+electr[óo]nico)?|dans\s+votre\s+bo[iî]te(?:\s+(?:mail|aux"
    r"\s+lettres|de\s+r[ée]ception))?|no\s+seu\s+e-?mail|in\s+(?:ihr(?:em)?|dein(?:em)?)\s+(?:postfach|posteingang)"
    r"|nella\s+tua\s+(?:casella|e-?mail|mail))[.!:]?"
)
# "Want a quick and expert briefing on the biggest news stories? Listen to our latest podcasts to find out
# …": the house's podcasts offered to the reader (a sentence naming a podcast is no invitation to hear ours)
_PODCAST_OFFER = re.compile(
    r"[^\r\n]{0,100}?\b(?i:listen\s+to\s+our)\s+[^\r\n.]{0,40}\bpodcasts?\b[^\r\n]{0,100}"
)
# (the funders named after "by", and nothing after them: ``…, the editor argued`` is a sentence of the story)
_FUNDED_NOTE = re.compile(
    r"[^\r\n.!?]{0,80}\bjournalism\s+(?:is\s+)?(?:co-?funded|funded|supported|made\s+possible)\s+by\s+(?:the\s+)?"
    r"[A-Z][^\r\n,;]{0,100}"
)


# The page's own lines around its sign-up box and its subscription, written as sentences, each told by its
# opening words (looked up as strings first; the pattern only on a line opening with one of them):
# - the sign-up form's answer (``Thank you for signing up!``, ``Your subscription could not be saved. Please
#   try again.``);
# - the subscription's pitch (``Did you know with a Digital Subscription to X, you can get unlimited access
#   …``, ``Subscribe to X PLUS to get access to …``, ``Save by subscribing to us for your print and/or digital
#   copy.``), which may run longer than a button's note (``_MAX_PITCH``);
# - the desk's address for the reader's mail (``For feedback, complaints, or inquiries, contact us.``);
# - the note on the story's audio version (``The audio version of this article is generated by
#   text-to-speech …``);
# - the house's disclaimer on its readers' comments.
# A story's sentence opens with none of these words in this order ("Subscribers to the scheme get …" has no
# "to … to get"; "Thank you" said by someone is quoted, in quotation marks).
_HOUSE_NOTE = re.compile(
    r"(?:Thank\s+you|Thanks)\s+for\s+(?:signing\s+up|subscribing|registering)\b[^\r\n]{0,80}"
    r"|Your\s+(?:subscription|sign-?up|registration)\s+(?:has\s+been|was|is|could\s+not|couldn['’]t)\s"
    r"[^\r\n]{0,100}"
    r"|(?:Did\s+you\s+know\s+(?:that\s+)?)?[Ww]ith\s+an?\s+(?i:(?:digital|print|premium)\s+)?(?i:subscription)"
    r"\s+to\s[^\r\n]{0,60}?,\s+you\s+(?:can|will|get)\b[^\r\n]{0,260}"
    r"|Subscribe\s+(?:to\s+)?[^\r\n.!?]{2,60}?\s+to\s+(?:get|enjoy|unlock|access|read)\b[^\r\n]{0,260}"
    r"|Save\s+by\s+subscribing\b[^\r\n]{0,120}"
    r"|For\s+(?:feedback|complaints|inquiries|enquiries|queries|corrections)\b[^\r\n.!?]{0,80}\bcontact\s+us\b"
    r"[^\r\n]{0,40}"
    # ("DISCLAIMER: The Views, Comments, Opinions … made by Readers … do not necessarily represent …": the
    # house's note on what its readers write, under the story)
    r"|(?:DISCLAIMER|Disclaimer)\s*:\s*[^\r\n]{0,60}?\b(?i:views|opinions|comments)\b[^\r\n]{0,300}"
    r"|(?:The\s+)?audio\s+version\s+of\s+this\s+(?:article|story)\s+(?:is|was)\s+(?:generated|produced|created|read)"
    r"\b[^\r\n]{0,160}"
)
_HOUSE_NOTE_OPENINGS = (
    "Thank", "Your ", "Did you", "With a", "with a", "Subscribe", "Save by", "For ", "DISCLAIMER",
    "Disclaimer", "The audio", "audio",
)  # fmt: skip
# "P/S: The Ledger is now on Telegram and WhatsApp. Click here to join our channels …", "The Star is now on
# WhatsApp. Tap here to join our channel.": the house's news on a messaging network, said as news of its own
# (tried only on a line saying "is now on"; a sentence of the story saying so invites no one to join)
_NOW_ON_NETWORK = re.compile(
    rf"P\.?/?S\.?\s*:\s*[^\r\n.!?]{{2,60}}?\s+is\s+now\s+on\s+{_MESSAGING}\b[^\r\n]{{0,160}}"
    rf"|[^\r\n.!?]{{2,60}}?\s+is\s+now\s+on\s+{_MESSAGING}\b[^\r\n]{{0,80}}?\b(?i:join|follow)\s+(?:our|us)\b"
    r"[^\r\n]{0,120}"
)
_PITCH_OPENINGS = ("Did you know", "Subscribe", "With a", "With an", "DISCLAIMER", "Disclaimer")
_MAX_PITCH = 360


def _house_note(stripped: str) -> bool:
    """Whether the line ``stripped`` is the page's note on its sign-up box or subscription (above)."""
    if stripped.startswith(_HOUSE_NOTE_OPENINGS):
        return _HOUSE_NOTE.fullmatch(stripped) is not None
    return " is now on " in stripped and _NOW_ON_NETWORK.fullmatch(stripped) is not None


# "Get the latest Wagga news delivered to your inbox. Sign up here.", "Toute l'actualité de Lyon chaque
# matin. Inscrivez-vous ici.", "Las noticias de Cali en tu correo. Suscríbete aquí.": an offer of the
# house's news closed by its call to sign up, here or now (a sentence of the story never closes so); told by
# the line's last word first, then the call closing it, then the news the sentence before it offers.
_SIGN_UP_CALL = re.compile(
    r"(?i:sign\s+up|subscribe|register|join\s+(?:us|now|today)|click\s+here\s+to\s+(?:sign\s+up|subscribe)"
    r"|inscrivez-vous|abonnez-vous|inscris-toi|abonne-toi|reg[ií]strate|suscr[ií]bete|suscr[ií]base|inscr[ií]bete"
    r"|melden\s+sie\s+sich|registrieren\s+sie\s+sich|jetzt\s+anmelden|iscriviti|inscreva-se|cadastre-se|assine"
    r"|meld\s+je|schrijf\s+je\s+(?:hier\s+|nu\s+)?in|abonneer|zapisz\s+się|daftar|langganan|jisajili"
    r"|mag-subscribe"
    # sv, da, nb, fi, tr, ro, cs, hu, ru, uk, el, vi
    r"|prenumerera|anmäl\s+dig|registrera\s+dig|tilmeld\s+dig|meld\s+deg\s+på|abonner|tilaa|liity"
    r"|abone\s+olun|abone\s+ol|kaydolun|abonează-te|aboneaza-te|înscrie-te|inscrie-te|přihlaste\s+se"
    r"|iratkozzon\s+fel|iratkozz\s+fel|подпишитесь|подпишись|підпишіться|εγγραφείτε|đăng\s+ký)"
    r"(?:\s+(?i:here|now|today|for\s+free|free|ici|maintenant|aquí|aqui|ahora|agora|hier|jetzt|qui|ora|tutaj"
    r"|sekarang|di\s+sini|sasa|hapa|dito|nu|gratis|gratuitement|här|nu|her|nå|tästä|nyt|şimdi|hemen|acum"
    r"|aici|zde|teď|itt|most|здесь|сейчас|тут|зараз|εδώ|τώρα|ngay|tại\s+đây))*(?:\s+an|\s+aan)?\s*[.!]?"
)
_SIGN_UP_CALL_LAST = words(
    "here now today free ici maintenant aquí aqui ahora agora hier jetzt qui ora tutaj sekarang sini sasa"
    " hapa dito nu gratis gratuitement an aan Here Now Today Free subscribe Subscribe anmelden abonnieren"
    " inscrivez-vous abonnez-vous suscríbete suscribete iscriviti inscreva-se assine in"
    " här her nå tästä nyt şimdi hemen acum aici zde teď itt most здесь сейчас тут зараз εδώ τώρα ngay đây"
    " prenumerera tilaa abonner olun ol kaydolun abonează-te înscrie-te подпишитесь підпишіться εγγραφείτε ký"
)
_MAX_CALLED_OFFER = 160  # the offer's one sentence before its call


def _offer_then_call(stripped: str) -> bool:
    """``Get the latest … news delivered to your inbox. Sign up here.``: one sentence offering the house's
    news (its words in ``_NEWS_WORDS``), then the call to sign up closing the line (``_SIGN_UP_CALL``)."""
    body = stripped.rstrip(".! ")
    cut = max(body.rfind(". "), body.rfind("! "), body.rfind("? "))
    if cut <= 0 or cut > _MAX_CALLED_OFFER:
        return False
    return (
        _SIGN_UP_CALL.fullmatch(stripped, cut + 2) is not None
        and _NEWS_WORDS.search(stripped, 0, cut) is not None
        and _REPORTED.search(stripped, 0, cut) is None
    )


# "This is a developing story. Refresh this page for the latest updates.", "Noticia en desarrollo.",
# "Notizia in aggiornamento", "Dieser Artikel wird laufend aktualisiert.": the desk's note that the story is
# still being written, the whole line (a sentence saying the story "will be updated as …" is the story's
# own); tried only on a line opening with one of ``_DEVELOPING_OPENINGS``.
_DEVELOPING = re.compile(
    r"(?:This\s+is\s+a\s+(?:developing|breaking)\s+(?:news\s+)?story|This\s+(?:story|article|report)\s+is\s+"
    r"(?:developing|being\s+updated)|(?:Esta\s+es\s+una\s+)?[Nn]oticia\s+en\s+(?:desarrollo|ampliaci[óo]n"
    r"|actualizaci[óo]n)|Informaci[óo]n\s+en\s+(?:desarrollo|ampliaci[óo]n|actualizaci[óo]n)"
    r"|Notizia\s+in\s+aggiornamento|Articolo\s+in\s+aggiornamento|(?:Not[íi]cia|Mat[ée]ria)\s+em\s+atualiza[çc][ãa]o"
    r"|(?:Cet\s+article|Cette\s+information)\s+(?:sera|est)\s+mise?\s+à\s+jour|Article\s+en\s+cours\s+d['’]"
    r"actualisation|(?:Dieser\s+(?:Artikel|Beitrag|Text)|Diese\s+Meldung)\s+wird\s+(?:laufend\s+)?aktualisiert"
    r"|Dit\s+(?:artikel|bericht)\s+wordt\s+(?:aangevuld|bijgewerkt)|Artykuł\s+(?:jest\s+)?aktualizowany"
    r"|Berita\s+ini\s+(?:masih\s+)?(?:akan\s+)?(?:terus\s+)?(?:diperbarui|berkembang))"
    r"(?:\s*[.!…]|\s*\.\.\.)?(?:\s+(?:Check\s+back|Refresh\s+(?:this|the)\s+page|Please\s+refresh|It\s+will\s+be"
    r"\s+updated|This\s+(?:story|article|page)\s+will\s+be\s+updated|Stay\s+with\s+us|More\s+to\s+follow"
    r"|Please\s+check\s+back)\b[^\r\n]{0,100})?"
)
_DEVELOPING_OPENINGS = (
    "This is a", "This story", "This article", "This report", "Esta es una", "Noticia", "noticia",
    "Información", "Informacion", "Notizia", "Articolo", "Notícia", "Matéria", "Materia", "Cet article",
    "Cette information", "Article en cours", "Dieser", "Diese Meldung", "Dit artikel", "Dit bericht",
    "Artykuł", "Berita ini",
)  # fmt: skip
_DEVELOPING_FIRST = frozenset(opening.split()[0] for opening in _DEVELOPING_OPENINGS)
# "Your information is being handled in accordance with the ABC Privacy Collection Statement.", "Your email
# address will only be used to send you our newsletter.": the sign-up form's note on the reader's data
_PRIVACY_NOTE = re.compile(
    r"Your\s+(?:personal\s+)?(?:information|data|details|e-?mail(?:\s+address)?)\s+(?:is|are|will)\s+(?:being\s+|be\s+|only"
    r"\s+be\s+)?(?:handled|used|processed|collected|stored|kept)\b[^\r\n]{0,200}"
)
# "ABC acknowledges Aboriginal and Torres Strait Islander peoples as the First Australians …", "We acknowledge
# the Traditional Owners of the land on which we work.": the house's acknowledgement of country, printed on
# every page (Australia's, New Zealand's, Canada's sites), no part of the story
_COUNTRY_NOTE = re.compile(
    r"(?:We|[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,4})\s+(?:acknowledges?|respectfully\s+acknowledges?)\s+"
    r"(?:the\s+)?(?:Aboriginal|Traditional|traditional|First\s+Nations|Indigenous|Māori|Maori|tangata\s+whenua)"
    r"\b[^\r\n]{0,240}"
)
# The openings of the sign-up form's small print in ``_OPENED_NOTE`` (its consent and unsubscribe lines).
_FINE_PRINT_OPENINGS = (
    "We use your", "By providing", "By entering", "By submitting", "By clicking", "By signing up",
    "By subscribing", "This site is protected", "This form is protected", "You can unsubscribe",
    "You may unsubscribe", "You can opt out", "En vous inscrivant", "En vous abonnant", "Al suscrib",
    "Al registrar", "Ao se ", "Ao inscrever", "Ao cadastrar", "Ao assinar", "Mit Ihrer Anmeldung",
    "Mit der Anmeldung", "Mit deiner Anmeldung", "Iscrivendoti", "Con l'iscrizione", "Con l’iscrizione",
    "Door je ", "Zapisując się", "Abone olarak", "Dengan mendaftar", "Dengan berlangganan", "Prihlásením",
    "Přihlášením", "Genom att", "Ved at tilmelde",
)  # fmt: skip
_MAX_FINE_PRINT = 480
_FINE_PRINT_FIRST = frozenset(opening.split()[0] for opening in _FINE_PRINT_OPENINGS)


# "Follow us on Facebook for the latest news", "Volg ons op Instagram", "Bizi Twitter'da takip edin", "Ikuti
# kami di TikTok", "Подписывайтесь на наш Telegram": the house asking to be followed on a network, opening
# with its "follow us" (or, where the verb comes last, its "us") in the ~50 languages below, a network named
# on the same short line. A sentence of the story naming a network tells of someone else ("she said").
_FOLLOW_US_OPENINGS = (
    # en, es, fr, de, it, pt
    "Follow us", "Like us", "Like our", "Find us on", "Connect with us", "Join us on", "Stay connected",
    "Síguenos", "Siguenos", "Sígannos", "Síganos", "Suivez-nous", "Suivez nous", "Retrouvez-nous",
    "Rejoignez-nous", "Folgen Sie uns", "Folge uns", "Folgt uns", "Seguici", "Seguiteci", "Siga-nos",
    "Sigam-nos", "Acompanhe-nos", "Curta nossa", "Segue-nos",
    # nl, af, da, nb, sv, fi, is, et, lv, lt
    "Volg ons", "Følg os", "Følg oss", "Följ oss", "Seuraa meitä", "Fylgdu okkur", "Jälgi meid",
    "Jälgige meid", "Seko mums", "Sekite mus",
    # pl, cs, sk, hu, ro, hr, sr, bs, sl, bg, mk, ru, uk, be, el, sq
    "Obserwuj nas", "Śledź nas", "Dołącz do nas", "Sledujte nás", "Sleduj nás", "Kövessen minket",
    "Kövess minket", "Kövessenek minket", "Urmăriți-ne", "Urmăriţi-ne", "Urmărește-ne", "Urmareste-ne",
    "Pratite nas", "Пратите нас", "Sledite nam", "Последвайте ни", "Следете не", "Подписывайтесь на",
    "Следите за нами", "Присоединяйтесь к нам", "Стежте за нами", "Підписуйтеся на", "Підписуйтесь на",
    "Сачыце за намі", "Ακολουθήστε μας", "Na ndiqni",
    # id, ms, tl, sw, ha, yo, zu, am
    "Ikuti kami", "Ikuti juga", "Ikuti terus", "Sundan kami", "I-follow",
    "I-like", "Tufuate", "Tufuatilie", "Ku biyo mu", "Ku bi mu", "Tẹ̀lé wa", "Tele wa", "Silandele",
    "Landela", "ይከተሉን",
    # vi, th, zh, ja, ko, ar, fa, ur, he, hi, bn, ta, ne
    "Theo dõi chúng tôi", "ติดตามเรา", "關注我們", "关注我们", "追蹤我們", "تابعونا", "تابعوا", "تابعنا",
    "עקבו אחרינו", "הצטרפו אלינו",
)  # fmt: skip
# Where the verb closes the sentence (Turkish, Azerbaijani, Kazakh, Uzbek, Persian, Urdu, Hindi, Bengali,
# Tamil, Nepali, Japanese, Korean), the line opens with "us" and ends with "follow": both are asked.
_FOLLOW_US_LAST_OPENINGS = (
    "Bizi ", "Bizə ", "Бізді", "Bizni", "ما را", "ہمیں", "हमें", "আমাদের", "எங்களை", "हामीलाई",
)  # fmt: skip
_FOLLOW_VERBS_LAST = (
    "takip edin", "takip edebilirsiniz", "izləyin", "жазылыңыз", "кузатинг", "kuzatib boring", "kuzating",
    "دنبال کنید", "فالو کریں", "फॉलो करें", "फ़ॉलो करें", "ফলো করুন", "பின்தொடருங்கள்", "फलो गर्नुहोस्",
)  # fmt: skip
_FOLLOW_US_FIRST = frozenset(
    opening.split()[0] for opening in (*_FOLLOW_US_OPENINGS, *_FOLLOW_US_LAST_OPENINGS)
)
# the networks named (any case, a suffix glued on: "Instagram'da", "Facebookon", "Telegram-канал")
_NAMED_NETWORK = re.compile(
    r"(?i:facebook|twitter|instagram|telegram|tiktok|youtube|whatsapp|linkedin|threads|bluesky|snapchat|viber"
    r"|pinterest|flipboard|google\s+news|фейсбук|телеграм|инстаграм|ютуб|вайбер|فيسبوك|فیسبوک|تويتر|تلغرام"
    r"|تيليجرام|اینستاگرام|انستغرام|يوتيوب|تلگرام|फेसबुक|फ़ेसबुक|ट्विटर|इंस्टाग्राम|यूट्यूब|ফেসবুক|ফেইসবুক|פייסבוק"
    r"|טוויטר|אינסטגרם|טלגרם|페이스북|인스타그램|유튜브|臉書|脸书)|\bX\b"
)
_MAX_FOLLOW_US = 160
_QUOTATION_MARKS = ('"', "“", "«", "„")


def _follow_us(stripped: str) -> bool:
    """``_FOLLOW_US_OPENINGS``: the house's call to follow it on a network, its whole line."""
    return (
        len(stripped) <= _MAX_FOLLOW_US
        and stripped[: stripped.find(" ")] in _FOLLOW_US_FIRST
        and (
            stripped.startswith(_FOLLOW_US_OPENINGS)
            or (
                stripped.startswith(_FOLLOW_US_LAST_OPENINGS)
                and stripped.rstrip(".!।۔ ").endswith(_FOLLOW_VERBS_LAST)
            )
        )
        and _NAMED_NETWORK.search(stripped) is not None
        and _REPORTED.search(stripped) is None
        and not any(mark in stripped for mark in _QUOTATION_MARKS)  # (a quotation's words are someone's)
    )


# "This story is developing and will be updated.", "Noticia en desarrollo.", "Новость дополняется.", "Haber
# güncelleniyor.": the desk's note that the story is still being written, in the ~40 languages below, as the
# line's first sentence (a kicker before it allowed: "BREAKING:"), alone or with a call to come back ("Check
# back for updates.", "Más información en breve.") after it. Read folded, sentence by sentence, no pattern.
_DEVELOPING_NOTES = frozenset(
    note.casefold()
    for note in (
        # en
        "This is a developing story", "This is a breaking story", "This is a breaking news story",
        "This story is developing", "This story is developing and will be updated",
        "This is a developing story and will be updated", "This is a breaking news story and will be updated",
        "This story will be updated", "This article will be updated", "This report will be updated",
        "This story is being updated", "This article is being updated", "This page will be updated",
        "Developing story", "Story developing", "This is a developing news story",
        "This story may be updated",
        "This story will be updated as more information becomes available",
        # es, pt, fr, it, de, nl
        "Esta noticia está en desarrollo", "Noticia en desarrollo", "Noticia en ampliación",
        "Noticia en actualización", "Información en desarrollo", "Información en ampliación",
        "Materia en actualización", "Nota en desarrollo", "Esta nota se está actualizando",
        "Notícia em atualização", "Matéria em atualização", "Notícia em desenvolvimento",
        "Esta notícia está em atualização", "Esta matéria está em atualização",
        "Cette information est en cours d'actualisation", "Information en cours d'actualisation",
        "Article en cours d'actualisation", "Cet article sera mis à jour", "Cet article est mis à jour",
        "Notizia in aggiornamento", "Articolo in aggiornamento", "La notizia è in aggiornamento",
        "Dieser Artikel wird aktualisiert", "Dieser Artikel wird laufend aktualisiert",
        "Dieser Artikel wird fortlaufend aktualisiert", "Dieser Beitrag wird aktualisiert",
        "Diese Meldung wird aktualisiert", "Der Artikel wird aktualisiert", "Dit artikel wordt bijgewerkt",
        "Dit artikel wordt aangevuld", "Dit bericht wordt aangevuld",
        # da, nb, sv, fi, is, et, pl, cs, sk, hu, ro, hr, sr, sl, bg, ru, uk, el, tr
        "Artiklen opdateres", "Artiklen bliver opdateret", "Saken oppdateres", "Saken blir oppdatert",
        "Artikeln uppdateras", "Nyheten uppdateras", "Juttua päivitetään", "Uutista päivitetään",
        "Fréttin verður uppfærð", "Uudist täiendatakse", "Artykuł jest aktualizowany",
        "Artykuł aktualizowany",
        "Tekst jest aktualizowany", "Zpráva se aktualizuje", "Článek průběžně aktualizujeme",
        "Správu priebežne aktualizujeme", "Ez a cikk folyamatosan frissül", "A cikk frissül",
        "Cikkünk frissül", "Știre în curs de actualizare", "Articol în curs de actualizare",
        "Știrea este în curs de actualizare", "Vijest se ažurira", "Vijest je u nadopuni",
        "Vest se ažurira", "Вест се ажурира", "Novica se posodablja", "Новината се допълва",
        "Новость дополняется", "Новость обновляется", "Информация уточняется", "Новина доповнюється",
        "Новина оновлюється", "Інформація уточнюється", "Η είδηση ανανεώνεται", "Η είδηση επικαιροποιείται",
        "Haber güncelleniyor", "Haberin ayrıntıları geliyor",
        # id, ms, tl, vi, sw, ar, fa, he, hi, th
        "Berita ini sedang berkembang", "Berita ini akan diperbarui", "Berita ini akan terus diperbarui",
        "Berita ini akan dikemas kini", "Patuloy na ina-update ang balitang ito",
        "Tin đang tiếp tục cập nhật",
        "Tin đang được cập nhật", "Habari hii inaendelea kufuatiliwa", "Habari hii itasasishwa",
        "الخبر قيد التحديث", "جار تحديث الخبر", "جاري تحديث الخبر", "خبر قيد التحديث", "این خبر تکمیل می‌شود",
        "خبر در حال تکمیل است", "הידיעה מתעדכנת", "הכתבה מתעדכנת", "यह खबर अपडेट की जा रही है",
        "खबर अपडेट हो रही है", "ข่าวนี้กำลังอัปเดต",
    )
)  # fmt: skip
_NOTE_FIRST = frozenset(note.split()[0] for note in _DEVELOPING_NOTES)  # (folded)
_DEVELOPING_KICKERS = ("BREAKING:", "BREAKING NEWS:", "UPDATE:", "DEVELOPING:", "ÚLTIMA HORA:", "URGENT :")
# what may follow the note: a call to come back, or that more is coming
_DEVELOPING_CALLS = (
    "check back", "refresh", "please refresh", "please check back", "stay with us", "more to follow",
    "more details to follow", "updates to follow", "it will be updated", "we will update",
    "más información en breve", "ampliaremos", "plus d'informations à suivre", "plus d'informations à venir",
    "mehr in kürze", "weitere informationen folgen", "seguiranno aggiornamenti", "mais informações em breve",
    "meer volgt", "більше згодом", "подробности позже", "подробнее позже", "ayrıntılar birazdan",
    "informasi selengkapnya menyusul",
)  # fmt: skip
_NOTE_STOPS = ".!…。"
_MAX_DEVELOPING = 200


# the first words, as pages set them, of the notes above and of the calls to follow: the lines opening with
# none are told by one look-up
_NOTE_FIRST_WORDS = (
    case_spellings([note.split()[0] for note in _DEVELOPING_NOTES])
    | {kicker.split()[0] for kicker in _DEVELOPING_KICKERS}
    | _FOLLOW_US_FIRST
)


def _developing_note(stripped: str) -> bool:
    """``_DEVELOPING_NOTES``: the desk's note that the story is still being written, its whole line."""
    if len(stripped) > _MAX_DEVELOPING:
        return False
    line = stripped
    if line.startswith(_DEVELOPING_KICKERS):
        line = line.partition(":")[2].lstrip()
    if line[: line.find(" ")].casefold() not in _NOTE_FIRST:
        return False  # (the cheap test first)
    # (a sentence ends at its stop, or at a dash set apart: "Developing story — check back for updates")
    found = (*(line.find(mark) for mark in _NOTE_STOPS), line.find(" — "), line.find(" - "))
    ends = [at for at in found if at > 0]
    end = min(ends) if ends else len(line)
    if line[:end].rstrip(" ,;—-").casefold() not in _DEVELOPING_NOTES:
        return False
    rest = line[end:].lstrip(_NOTE_STOPS + " —-")
    return not rest or rest.casefold().startswith(_DEVELOPING_CALLS)


def news_offer(stripped: str) -> bool:
    """Whether the line ``stripped`` is the page's offer of its news or its note on the story (above): a
    channel on a messaging network, the news in the reader's inbox or every morning, a sign-up box's plea or
    consent line, a prompt to register, an advertisement's slot, a feed's note, the reporting's funders."""
    if len(stripped) > _MAX_PROMOTION:
        if len(stripped) > _MAX_FINE_PRINT:
            return False
        first = stripped[: stripped.find(" ")]
        if first in _FINE_PRINT_FIRST and stripped.startswith(_FINE_PRINT_OPENINGS):
            # the sign-up form's small print runs longer than an offer ("We use your sign-up to provide
            # content … You can unsubscribe at any time. More info"): its own openings, told by its first word
            return _OPENED_NOTE.fullmatch(stripped) is not None
        # "Simak breaking news … langsung di ponselmu. Pilih saluran andalanmu … WhatsApp Channel : https://…
        # Pastikan kamu sudah install aplikasi WhatsApp ya.": a channel's offer may run to three sentences
        # and its address; told by its inviting first word before the pattern is tried
        return (
            len(stripped) <= _MAX_CHANNEL_OFFER
            and first in _INVITE_VERBS
            and (found := _OPENED_NOTE.fullmatch(stripped)) is not None
            and found.lastgroup == "channel"
            and _OFFERED.search(stripped) is not None
            and _REPORTED.search(stripped) is None
        )
    if stripped[: stripped.find(" ")] in _NOTE_FIRST_WORDS and (
        _developing_note(stripped) or _follow_us(stripped)
    ):
        return True  # (each told by its first word first, as written)
    found = _OPENED_NOTE.fullmatch(stripped)
    if found is not None:
        group = found.lastgroup
        if group == "channel":
            return _OFFERED.search(stripped) is not None and _REPORTED.search(stripped) is None
        return group != "daily" or _NEWS_WORDS.search(stripped) is not None
    if stripped.rstrip(".!:").endswith(_INBOX_ENDINGS):
        return _INBOX_OFFER.fullmatch(stripped) is not None and _NEWS_WORDS.search(stripped) is not None
    if "newsletter" in stripped and _PITCH_FOR_NEWSLETTER.fullmatch(stripped) is not None:
        return True
    if stripped[stripped.rfind(" ") + 1 :].rstrip(".!") in _SIGN_UP_CALL_LAST and _offer_then_call(stripped):
        return True  # (told by the line's last word first)
    if (
        stripped[: stripped.find(" ")] in _DEVELOPING_FIRST
        and stripped.startswith(_DEVELOPING_OPENINGS)
        and _DEVELOPING.fullmatch(stripped) is not None
    ):
        return True  # (told by its first word first)
    if stripped.startswith("Your ") and _PRIVACY_NOTE.fullmatch(stripped) is not None:
        return True
    if " acknowledge" in stripped and _COUNTRY_NOTE.fullmatch(stripped) is not None:
        return True
    if " to save " in stripped and _SAVE_PROMPT.fullmatch(stripped) is not None:
        return True
    if "podcast" in stripped:
        return _PODCAST_OFFER.fullmatch(stripped) is not None and _REPORTED.search(stripped) is None
    return "journalism" in stripped and _FUNDED_NOTE.fullmatch(stripped) is not None


# The page's appeals and prompts written as sentences inside or under the story, each told by its shape and
# words (one check, cheap tests first):
# - the plea for the reader's money, an imperative to support the house or its journalism (``Independent
#   journalism costs money. Support Times of Malta for the price of a coffee.``, ``Підтримайте Українську
#   правду — ставайте нашими партнерами``): English "Support" is a noun too, so there the line must speak of
#   journalism; the polite imperatives of other languages open no sentence of a report;
# - a short question asking the reader for a story or a correction, then how to send it (``Imate li važnu
#   priču? Javite se … na mail prijave@… ili putem WhatsAppa.``, ``Vous avez trouvé une erreur ?
#   Signalez-la.``): a question of the story is followed by its answer, not by an address or a button;
# - the sign-up box's check on its form (``Please select at least one mailing list.``).
# A sentence reporting someone's words (``said``) is the story's.
_SUPPORT_EN = re.compile(
    r"(?:[^\r\n]{0,140}?[.!?]\s+)?(?:Support|SUPPORT|Donate\s+to|Become\s+a\s+(?:member|supporter)\s+of)\s+"
    r"(?:us\b|our\s|independent\s|quality\s|local\s|[A-Z][\w'’&.-]*)[^\r\n]{0,120}"
)
# "Local journalism like this depends on listeners like you. Make your gift to Example Public Radio today.",
# "Make a donation to keep our reporting free": public media's plea, told by its fixed phrases (a reader's
# kind "like you" the house depends on; the gift or the donation asked for in the imperative)
_PLEA_EN = re.compile(
    r"[^\r\n]{0,160}?\b(?:depends|relies|counts)\s+on\s+(?:listeners|readers|viewers|members|supporters|donors"
    r"|people)\s+like\s+you\b[^\r\n]{0,160}"
    r"|(?:[^\r\n]{0,140}?[.!?]\s+)?(?:Make|MAKE)\s+(?:your|a)\s+(?:(?:tax-deductible|year-end|monthly)\s+)?"
    r"(?:gift|donation|contribution)\b[^\r\n]{0,120}"
)
_SUPPORT_OPENINGS = (
    "Підтримайте ", "Поддержите ", "Wesprzyj ", "Wesprzyjcie ", "Podpořte ", "Podporte ", "Unterstützen Sie ",
    "Soutenez ", "Apoie ", "Sostieni ", "Támogasd ", "Podržite ", "Подкрепете ", "Toeta ",
)  # fmt: skip
# (only the forms that are imperatives alone: Dutch "Steun", Swedish "Stöd" are nouns too, Finnish "Tue" a
# weekday's abbreviation)
_JOURNALISM = re.compile(r"(?i:journalism|journalists|newsroom|reporting)")
_ASKING = re.compile(r"([^\r\n?]{3,80})\?\s+([^\r\n]{2,140})")
_ERROR_WORDS = re.compile(
    r"(?i:error|mistake|typo|erreur|faute|fehler|errore|fout|greška|grešku|pogrešku|chyba|chybu|błąd|hib[aá]t"
    r"|virhe|fel|feil|erro|грешка|помилку|ошибку)"
)
_STORY_WORDS = re.compile(
    r"(?i:story|stories|tip|news|histoire|info|geschichte|historia|notizia|priču|priča|vijest|zprávu|temat"
    r"|історію|новину|tarina|historie)"
)
_MESSAGING_NAME = re.compile(r"(?i:whats\s?app|telegram|viber|signal)")
_FORM_CHECK = re.compile(
    r"(?i:please\s+)?(?i:select|choose|pick|tick)\s+at\s+least\s+one\s+(?i:mailing\s+list|newsletter|list|option)s?"
    r"\.?",
    re.IGNORECASE,
)
_MAX_APPEAL = 200


def appeal_or_prompt(stripped: str) -> bool:
    """Whether the line ``stripped`` is the page's plea for support, its prompt for a story or a correction
    (a question and how to answer it), or its form's check (above)."""
    if len(stripped) > _MAX_APPEAL or len(stripped) < 8:
        return False
    if stripped.startswith(_SUPPORT_OPENINGS):
        return "?" not in stripped and _REPORTED.search(stripped) is None
    if ("Support" in stripped or "SUPPORT" in stripped or "Donate" in stripped or "Become" in stripped) and (
        _SUPPORT_EN.fullmatch(stripped) is not None
        and _JOURNALISM.search(stripped) is not None
        and _REPORTED.search(stripped) is None
    ):
        return True
    if (" like you" in stripped or "Make " in stripped or "MAKE " in stripped) and (
        _PLEA_EN.fullmatch(stripped) is not None and _REPORTED.search(stripped) is None
    ):
        return True
    if "?" in stripped:
        asked = _ASKING.fullmatch(stripped)
        if asked is None or _REPORTED.search(stripped) is not None:
            return False
        question, answer = asked.groups()
        if _ERROR_WORDS.search(question) is not None:
            return len(answer) <= 60  # "Signalez-la.", "Let us know."
        return _STORY_WORDS.search(question) is not None and (
            EMAIL.search(answer) is not None or _MESSAGING_NAME.search(answer) is not None
        )
    return "at least one" in stripped and _FORM_CHECK.fullmatch(stripped) is not None
