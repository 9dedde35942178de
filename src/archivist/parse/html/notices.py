"""What a paragraph says about itself: a notice about the article rather than part of it (copyright,
newsletter pitches, "originally appeared in", the writer's contact line…), a note that closes a story (a
label introducing nothing, a sign-off, the writer's bio, a pointer elsewhere), and a pull quote repeating
the story's own words. Vocabulary and shape only, never a site's wording.
"""

from __future__ import annotations

import re

from archivist.parse.words import EMAIL

# A paragraph that is a notice about the article, not part of it: copyright lines, "originally
# appeared in", newsletter and subscription pitches, affiliate disclosures, reference lines, tip lines,
# the writer's contact line (an e-mail address, "may be reached at"), footnotes, "follow us on …", a
# correction note, an "Advertisement" label.
# (One pattern anchored at the start, one of plain phrases, and cheap substring tests first: a single
# pattern with ``.*`` and an unanchored e-mail part cost 0.2 ms per paragraph.)
_NOTICE_START = re.compile(
    r"(?:©|\(c\)\s|copyright\b|also read\b|editor['’]?s note\b|more information:|read more:|have a tip\b|"
    r"\W*(?:please )?sign up\b|(?:please )?subscribe\b|if you (?:enjoy|purchase|buy)\b|\[\d+\]\s|"
    r"advertisement$|(?:clarification|correction)\b[^:]{0,60}:|comments are closed\b|provided by\b|"
    r"journal information:|originally published as\b|\[?(?:image|photo)s? (?:via|by|courtesy)\b|"
    r"(?:stats|data|photos?|images?) courtesy of\b|"
    r"\W*follow (?:us|[\w ]{1,40}) on (?:facebook|twitter|x|instagram|snapchat|tiktok|threads|bluesky)\b)",
    re.IGNORECASE,
)
_NOTICE_PHRASE = re.compile(
    r"all rights reserved|(?:story|article|piece|post) (?:was )?originally (?:appeared|published|ran)"
    r"|contributed (?:to )?(?:this )?report|edited for (?:length|clarity)|please subscribe"
    r"|subscription (?:has been|is) confirmed|thanks? (?:you )?for (?:signing up|subscribing)"
    r"|(?:check|keep an eye on) your inbox"
    r"|we may (?:receive|earn|get) (?:a )?(?:small )?(?:commission|compensation)"
    r"|(?:may|can) be reached|writes about"
)
# The writer's bio closing a story: "Ann Lee is a senior reporter for the Gazette."
_ROLES = (
    r"(?i:editor|writer|reporter|journalist|correspondent|contributor|columnist|analyst|critic|producer|"
    r"officer)s?"
)
_WRITER_BIO = re.compile(
    r"(?:[A-Z][\w.'’-]* ){1,3}[A-Z][\w'’-]+ is (?:a|an|the) [^.]{0,80}?\b"
    + _ROLES
    + r"\b[^.]{0,60}? (?:for|at|of) "
)
# The writer's title over the bio: "Senior Entertainment Editor".
_TITLE_LINE = re.compile(r"(?:(?:[A-Z][\w&'’.-]*|and|of|&) ){0,5}" + _ROLES)
_MAX_BIO = 800  # characters: a bio with the writer's beats and past papers runs longer than a notice
_MAX_TITLE = 60  # characters
# A closing pointer elsewhere: "For more information, visit …", "Scroll through the gallery below …",
# "See more from the agency here."
_POINTER = re.compile(
    r"(?:for more information\b.*\bvisit\b|scroll (?:down|through|below)\b|(?:see|read|learn) more\b.{0,60}"
    r"\bhere\W*$)",
    re.IGNORECASE,
)
_MAX_LABEL = 100  # characters: a longer line ending in a colon introduces a quotation (the story's own)
_MAX_SIGN_OFF = 40  # characters: "— Field Level Media", "—Reuters"
_MAX_NOTICE = 400  # characters: a longer paragraph that mentions a newsletter is prose
_MIN_QUOTE = 40  # characters: a shorter repeated phrase is a coincidence, not a pull quote


def is_notice(text: str) -> bool:
    if len(text) > _MAX_NOTICE:
        return False
    if _NOTICE_START.match(text):
        return True
    lower = text.lower()
    if "newsletter" in lower and ("sign up" in lower or "subscribe" in lower or "inbox" in lower):
        return True
    return _NOTICE_PHRASE.search(lower) is not None or ("@" in text and EMAIL.search(text) is not None)


def is_tail_note(text: str) -> bool:
    if len(text) <= _MAX_LABEL and text.endswith(":"):
        return True
    if len(text) <= _MAX_SIGN_OFF and text[0] in "—–-":
        return True
    if len(text) <= _MAX_TITLE and _TITLE_LINE.fullmatch(text):
        return True
    if len(text) <= _MAX_BIO and _WRITER_BIO.match(text) is not None:
        return True
    return len(text) <= _MAX_NOTICE and _POINTER.match(text) is not None


def pull_quotes(texts: list[str], headings: list[bool]) -> set[int]:
    """The places of pull quotes among a story's blocks: a paragraph repeating words of a longer paragraph
    of the story, and the short dash attribution under it ("— Ann Lee")."""
    prose = [text for text, heading in zip(texts, headings, strict=True) if not heading]
    everything = "\n".join(prose)  # one search in C says whether the words stand anywhere else
    found: set[int] = set()
    dropped = False
    for index, (text, heading) in enumerate(zip(texts, headings, strict=True)):
        if dropped and len(text) <= _MAX_SIGN_OFF and text[0] in "—–-":
            found.add(index)
            continue
        core = text.strip("“”\"'‘’ ")
        dropped = (
            not heading
            and _MIN_QUOTE <= len(core) <= _MAX_NOTICE
            and everything.count(core) > text.count(core)
            and any(len(other) > len(text) and core in other for other in prose)
        )
        if dropped:
            found.add(index)
    return found
