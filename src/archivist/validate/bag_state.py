"""What the bag check (``validate/bag.py``) holds and offers to the rules kept in modules of their own
(``bag_manifests.py``, ``bag_payload.py``), declared once so that each of them reads it by name."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from archivist.bag import tagfile
from archivist.bag.reader import BagSource
from archivist.errors import Problem


class BagCheckState:
    source: BagSource
    strict: bool
    problems: list[Problem]
    version: str | None
    add: Callable[..., None]
    show: Callable[[str], str]
    lines: Callable[..., Iterable[tagfile.Line]]
