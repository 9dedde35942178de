"""OCFL (1.0 and 1.1) storage roots and objects, validated by ocfl-py (written by one of the OCFL spec
editors).

We do not re-implement OCFL validation: ocfl-py's validator knows the spec's error and warning codes.
Each of its findings becomes one Problem whose code is ``ocfl.`` + the spec's code (``ocfl.E040``,
``ocfl.W004``), with the spec's severity, so a user can look the code up in the OCFL specification.

Containment, checked here *before* ocfl-py sees anything, because ocfl-py reads through the file
system as it finds it: a symlink anywhere in the tree (it would follow it, and call an object whose
content points outside valid) and a fifo, socket or device (opening a fifo blocks forever) are
reported, and the objects holding them are not handed to ocfl-py. An inventory ocfl-py cannot digest
(a list instead of an object, JSON nested past the recursion limit, ...) is one problem for that
object, never a traceback.
"""

from __future__ import annotations

import json
import logging
import os
import re
import stat
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from archivist.errors import Problem, is_valid

ROOT_DECLARATION = re.compile(r"^0=ocfl_1\.[0-9]+$")
OBJECT_DECLARATION = re.compile(r"^0=ocfl_object_1\.[0-9]+$")
MAX_INVENTORY_BYTES = 256 * 1024 * 1024
_CODE = re.compile(r"^\[([EW][0-9]{3}[a-z]?)\]\s*")


def _declarations(path: Path, pattern: re.Pattern[str]) -> bool:
    try:
        return path.is_dir() and any(pattern.match(p.name) and p.is_file() for p in path.iterdir())
    except OSError:
        return False


def is_storage_root(path: Path) -> bool:
    return _declarations(path, ROOT_DECLARATION)


def is_object(path: Path) -> bool:
    return _declarations(path, OBJECT_DECLARATION)


def _ocfl() -> Any:
    """ocfl-py, imported without the side effect of its dependency pairtree, which calls
    ``logging.basicConfig(level=INFO)`` at import time (validate sits below deposit: it imports its own)."""
    root_logger = logging.getLogger()
    handlers, level = list(root_logger.handlers), root_logger.level
    import ocfl
    import ocfl.validator

    root_logger.handlers[:] = handlers
    root_logger.setLevel(level)
    return ocfl


def ocfl_module() -> Any:
    """ocfl-py, imported quietly (``_ocfl``): the one place it is imported, deposit (above) uses it too."""
    return _ocfl()


@contextmanager
def _quiet() -> Iterator[None]:
    # ocfl-py logs each finding at ERROR level as well as returning it; we report them ourselves.
    previous = logging.root.manager.disable
    logging.disable(logging.CRITICAL)
    try:
        yield
    finally:
        logging.disable(previous)


def containment_problems(root: Path) -> tuple[list[Problem], set[str]]:
    """Symlinks and special files under ``root`` (never followed, never opened), and the root-relative
    directories that hold them, so that no object holding one is given to ocfl-py."""
    problems: list[Problem] = []
    tainted: set[str] = set()
    for directory, dirnames, filenames in os.walk(root, followlinks=False):
        for name in sorted(dirnames + filenames):
            full = os.path.join(directory, name)
            try:
                mode = os.lstat(full).st_mode
            except OSError as exc:
                problems.append(
                    Problem("ocfl.unreadable", f"cannot read: {exc.strerror}", str(root), _rel(root, full))
                )
                tainted.add(_rel(root, directory))
                continue
            if stat.S_ISLNK(mode):
                what = f"symbolic link to {os.readlink(full)[:200]!r}: never followed (OCFL content is files)"
                problems.append(Problem("ocfl.symlink", what, str(root), _rel(root, full)))
            elif not (stat.S_ISDIR(mode) or stat.S_ISREG(mode)):
                problems.append(
                    Problem(
                        "ocfl.special-file",
                        "fifo, socket or device; never opened",
                        str(root),
                        _rel(root, full),
                    )
                )
            else:
                continue
            tainted.add(_rel(root, directory))
    return problems, tainted


def _rel(root: Path, full: str) -> str:
    rel = os.path.relpath(full, root)
    return "" if rel == "." else rel.replace(os.sep, "/")


def _holds_tainted(object_path: str, tainted: set[str]) -> bool:
    prefix = object_path + "/" if object_path else ""
    return any(
        t == object_path or t.startswith(prefix) or (object_path.startswith(t + "/") and t) for t in tainted
    )


def _problem(message: str, file: str, location: str) -> Problem:
    """One ocfl-py message ``[E040] text`` as a Problem coded ``ocfl.E040``."""
    match = _CODE.match(message)
    if match is None:
        return Problem("ocfl.invalid", message, file, location)
    code = match.group(1)
    return Problem(
        f"ocfl.{code}", message[match.end() :], file, location, None, "error" if code[0] == "E" else "warning"
    )


def object_problems(
    path: Path, *, check_digests: bool = True, file: str | None = None, location: str = ""
) -> list[Problem]:
    """Every finding of ocfl-py's object validator for the object directory ``path`` (OCFL 1.0 or 1.1)."""
    ocfl = _ocfl()
    file = str(path) if file is None else file
    if file == str(path):
        problems, tainted = containment_problems(path)
        if tainted:
            problems.append(
                Problem(
                    "ocfl.not-validated", "object holds links or special files; not validated further", file
                )
            )
            return problems
    shape = _inventory_shape(path, file, location)
    if shape is not None:
        return [shape]
    validator = ocfl.validator.Validator(check_digests=check_digests, log_warnings=True)
    try:
        with _quiet():
            valid = validator.validate_object(str(path))
    except (
        RecursionError,
        ValueError,
        TypeError,
        AttributeError,
        KeyError,
        IndexError,
        OSError,
        UnicodeError,
    ) as exc:
        # ocfl-py assumes an inventory of the right shape; one that is not (a list, nesting past the
        # recursion limit, a number where a map stands) makes it raise rather than report.
        why = (
            "nested too deeply"
            if isinstance(exc, RecursionError)
            else f"{type(exc).__name__}: {str(exc)[:200]}"
        )
        return [
            Problem("ocfl.inventory-unreadable", f"ocfl-py could not read the object ({why})", file, location)
        ]
    found = [_problem(message, file, location) for message in validator.log.messages]
    if not valid and is_valid(found):
        found.append(Problem("ocfl.invalid", "ocfl-py judged the object invalid", file, location))
    return found


def _inventory_shape(path: Path, file: str, location: str) -> Problem | None:
    """One problem when the root inventory is not a JSON object at all (ocfl-py would call ``null``
    valid, and crash on a number or on nesting past the recursion limit); ``None`` otherwise, including
    when it is missing, which ocfl-py reports with its own code."""
    inventory = path / "inventory.json"
    try:
        if not inventory.is_file() or inventory.is_symlink():
            return None
        if inventory.stat().st_size > MAX_INVENTORY_BYTES:
            why = f"{inventory.stat().st_size:,} bytes, more than archivist reads"
        else:
            document = json.loads(inventory.read_bytes())
            if isinstance(document, dict):
                return None
            why = f"a JSON {type(document).__name__}, not an object"
    except RecursionError:
        why = "JSON nested too deeply"
    except (ValueError, OSError):
        return None  # not JSON at all, or unreadable: ocfl-py reports it (E033)
    return Problem("ocfl.inventory-shape", f"inventory.json is {why}; not validated further", file, location)


def ocfl_problems(root: Path, *, check_digests: bool = True) -> list[Problem]:
    """The storage root's structure and every object in it validated, digests included (unless
    ``check_digests`` is False)."""
    ocfl = _ocfl()
    file = str(root)
    problems, tainted = containment_problems(root)
    storage_root = ocfl.StorageRoot(root=file)
    try:
        with _quiet():
            storage_root.validate(validate_objects=False, log_warnings=True)
            objects = [] if tainted else list(storage_root.object_paths())
    except (RecursionError, ValueError, TypeError, AttributeError, KeyError, OSError, UnicodeError) as exc:
        return [
            *problems,
            Problem("ocfl.root-unreadable", f"ocfl-py could not read the storage root ({exc})", file),
        ]
    log = getattr(storage_root, "log", None)
    messages = list(dict.fromkeys(getattr(log, "messages", [])))  # the traversal runs twice; once each
    problems.extend(_problem(message, file, "") for message in messages)
    if tainted:
        # ocfl-py's traversal would follow the links: find the objects ourselves, without following.
        objects = _objects_without_following(root)
    for object_path in objects:
        if _holds_tainted(object_path, tainted):
            problems.append(
                Problem(
                    "ocfl.not-validated",
                    "object holds links or special files; not validated further",
                    file,
                    object_path,
                )
            )
            continue
        problems.extend(
            object_problems(root / object_path, check_digests=check_digests, file=file, location=object_path)
        )
    return problems


def _objects_without_following(root: Path) -> list[str]:
    found = []
    for directory, dirnames, filenames in os.walk(root, followlinks=False):
        if any(OBJECT_DECLARATION.match(name) for name in filenames):
            found.append(_rel(root, directory))
            dirnames.clear()
        elif directory == str(root):
            dirnames[:] = [d for d in dirnames if d != "extensions"]
    return sorted(found)
