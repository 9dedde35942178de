"""Where the vendored standards files are, in a checkout and in an installed wheel."""

from __future__ import annotations

from functools import cache
from pathlib import Path


@cache
def schemas_dir() -> Path:
    """The `schemas/` folder: inside the package when installed from a wheel, else the repository's."""
    packaged = Path(__file__).resolve().parent / "schemas"
    if packaged.is_dir():
        return packaged
    checkout = Path(__file__).resolve().parents[2] / "schemas"
    if checkout.is_dir():
        return checkout
    raise FileNotFoundError("archivist's schemas/ folder is missing from this installation")


def schema_path(*parts: str) -> Path:
    return schemas_dir().joinpath(*parts)
