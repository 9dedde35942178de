"""The code a check runs, named by a digest: the check's module and every archivist module it imports.

A proof that bytes passed a check (a sealed event log, ``seal``; a bag found valid, ``ocfl_bag``) holds
only while the check's code is the same. That code is the check's module and every module of archivist
it imports, directly or through another, at the top or inside a function, or by name in a string (an
``importlib`` table): found here from their import statements rather than listed by hand, so that a rule
moved into a new module, or a helper the rules start to use, is covered without anyone remembering to add
it. A package's ``__init__`` counts when an import statement names it (``from archivist.bag import
tagfile``), not merely for being the parent of a module named (``from archivist.validate.bag_state import
…`` does not bring in ``validate/__init__``, whose string table names every validator of every format).
"""

from __future__ import annotations

import ast
import functools
import hashlib
import re
from collections.abc import Iterable
from pathlib import Path

PACKAGE = "archivist"
PACKAGE_DIR = Path(__file__).resolve().parent.parent
_MODULE_IN_STRING = re.compile(r"^archivist((?:\.\w+)+)(?::\w+)?$")


def covered_files(roots: Iterable[str], base: Path = PACKAGE_DIR) -> tuple[str, ...]:
    """The source files (relative to the package directory ``base``, e.g. ``bag/tagfile.py``) of the
    modules ``roots`` (e.g. ``archivist.validate.bag``) and of every archivist module they import,
    sorted. Raises ``OSError`` or ``SyntaxError`` when a source cannot be read or parsed."""
    seen: dict[str, str] = {}
    todo = list(roots)
    while todo:
        module = todo.pop()
        if module in seen:
            continue
        source = _source_file(module, base)
        if source is None:
            raise FileNotFoundError(f"no source for {module} under {base}")
        seen[module] = source
        todo += _imports(module, source, base)
    return tuple(sorted(seen.values()))


@functools.cache
def code_digest(roots: tuple[str, ...], base: Path = PACKAGE_DIR) -> str:
    """SHA-256 (16 hex digits) of ``covered_files(roots)``, each named and followed by its bytes; empty
    when the code cannot be read (then nothing can be claimed about it). Once per process."""
    digest = hashlib.sha256()
    try:
        for rel in covered_files(roots, base):
            digest.update(rel.encode() + b"\0" + (base / rel).read_bytes())
    except (OSError, SyntaxError, ValueError):
        return ""
    return digest.hexdigest()[:16]


def _source_file(module: str, base: Path) -> str | None:
    """``archivist.bag.reader`` → ``bag/reader.py``; a package → its ``__init__.py``; None when it is
    not a module of the package (another package's, or a name imported from one)."""
    if module != PACKAGE and not module.startswith(PACKAGE + "."):
        return None
    parts = module.split(".")[1:]
    package = Path(*parts, "__init__.py") if parts else Path("__init__.py")
    if (base / package).is_file():
        return package.as_posix()
    if parts and (base / Path(*parts).with_suffix(".py")).is_file():
        return Path(*parts).with_suffix(".py").as_posix()
    return None


def _imports(module: str, source: str, base: Path) -> list[str]:
    """The archivist modules ``source`` (the file of ``module``) imports, in any of the ways above."""
    here = module.split(".") if source.endswith("__init__.py") else module.split(".")[:-1]
    found: list[str] = []
    for node in ast.walk(ast.parse((base / source).read_bytes(), filename=source)):
        if isinstance(node, ast.Import):
            found += [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            origin = node.module or ""
            if node.level:
                origin = ".".join(here[: len(here) - node.level + 1] + ([origin] if origin else []))
            found.append(origin)  # run by the import even when only its submodules are named
            found += [f"{origin}.{alias.name}" for alias in node.names]  # kept when a module
        elif isinstance(node, ast.Constant) and isinstance(node.value, str):
            match = _MODULE_IN_STRING.match(node.value)
            if match:
                found.append(PACKAGE + match.group(1))
    return [name for name in found if _source_file(name, base) is not None]
