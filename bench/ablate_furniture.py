"""The plain-text reader scored with its page furniture's vocabulary emptied: how it would do on pages whose
buttons, notices and labels it never learnt.

    PYTHONPATH=src .venv/bin/python bench/ablate_furniture.py SET [--scorer FILE] [--out DIR] [--keep]

What it measures. ``archivist.parse.furniture`` tells most page furniture (the page's buttons, notices,
reading times, subscriber badges, tags, the labels opening the page's foot, fact boxes, policy links,
release numbers) by looking its words up in the tables of ``archivist.parse.labelwords``. Those tables were
written from the pages the reader has seen, so on a set the reader learnt from, the figures say as much
about the tables as about the reader. This script empties every table ``furniture`` reads (each replaced
by one word no text holds, so that no emptied pattern matches more than before), rebuilds ``furniture``
from them (``importlib.reload`` runs the module again in its own namespace, so the functions other modules
imported from it see the empty tables), empties the furniture words written into ``furniture.py`` itself
(``Advertisement``, ``Share``, ``Sign up for our newsletter``, the networks' names, ``, opens new tab``,
the offers' and house links' openings), then does ``bench/score_devset.py``'s work on ``SET``: every
article parsed, its record written, the set's scorer run. The figures estimate the reader on a publisher
whose furniture words are all new to it; the gap between them and ``--keep``'s (nothing emptied, the same
figures as ``score_devset.py``) is what the reader owes to the vocabulary rather than to reading the
furniture's shape.

Only ``furniture``'s words change: its shapes stay (a player's clock, a lone letter, a rule of underscores,
a fact box's blank lines), and the other readers that use ``labelwords`` (bylines, dates, related boxes and
their ``More from`` labels, sign-offs) keep their tables. Web pages (``html/``) are read by ``parse.html``,
which uses none of these tables: their figures do not move.

Measured on the tenth session's reader (``b32cb5f``), paragraph count: round 18 0.94 kept, 0.27 emptied.
"""

from __future__ import annotations

import argparse
import importlib
import re
import sys
from pathlib import Path

# No text holds this character (a Unicode noncharacter): a table of it alone matches nothing, where an
# empty string would make some patterns match more (an empty label before a bare count).
_NOTHING = "\uffff"

# The tables of ``labelwords`` that ``furniture`` reads: by language (dicts) or one "|"-separated string.
_TABLES = (
    "BUTTONS",
    "MORE_BUTTONS",
    "PAGE_BUTTONS",
    "VIEW_BUTTONS",
    "PAGE_NOTICES",
    "TAIL_LABELS",
    "TAGS",
    "SUBSCRIBERS",
    "READING_LABEL",
    "SITE_POLICY_LINKS",
    "RELEASE_NUMBER",
)
_STRINGS = ("READING_LABELS", "FACT_BOX_LABELS", "MINUTE_WORDS")


# The word patterns written into ``furniture.py`` (compiled there at import, so replaced after the reload).
_PATTERNS = ("_FURNITURE", "_PROMOTION", "_OFFER", "_HOUSE_LINK")


def empty_furniture_words() -> list[str]:
    """Empty the word tables ``archivist.parse.furniture`` reads and rebuild it, then empty its own word
    patterns; return what was emptied."""
    from archivist.parse import furniture, labelwords

    for name in _TABLES:
        setattr(labelwords, name, {"none": _NOTHING})
    for name in _STRINGS:
        setattr(labelwords, name, _NOTHING)
    importlib.reload(furniture)
    nothing = re.compile(_NOTHING)
    for name in _PATTERNS:
        setattr(furniture, name, nothing)
    furniture._NETWORK_WORDS = frozenset()  # "Facebook", "X": a network's name alone
    furniture._NEW_TAB = (_NOTHING,)  # "…, opens new tab"
    return [*_TABLES, *_STRINGS, *_PATTERNS, "_NETWORK_WORDS", "_NEW_TAB"]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("set", type=Path, help="the set's root (text/, html/), as for score_devset.py")
    parser.add_argument("--scorer", type=Path, help="the scorer (default: SET/score.py)")
    parser.add_argument("--out", type=Path, help="keep the records here (default: a temporary directory)")
    parser.add_argument("--keep", action="store_true", help="empty nothing: score_devset.py's figures")
    args = parser.parse_args(argv)
    if args.keep:
        print("furniture's vocabulary kept")
    else:
        print("furniture's vocabulary emptied: " + ", ".join(empty_furniture_words()))
    sys.stdout.flush()
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    import score_devset  # (bench/ is no package: the script beside this one)

    forwarded = [str(args.set)]
    if args.scorer is not None:
        forwarded += ["--scorer", str(args.scorer)]
    if args.out is not None:
        forwarded += ["--out", str(args.out)]
    return score_devset.main(forwarded)


if __name__ == "__main__":
    sys.exit(main())
