"""Organisation and contact details, from `archivist.toml` with embedded defaults.

Looked up in this order: the path given with ``--config``, ``$ARCHIVIST_CONFIG``, ``./archivist.toml``.
Every key is optional; missing ones keep their defaults, so archivist runs with no file at all.

    [organization]
    name = "Example Newspaper Archive"
    id = "example.org"             # NewsML-G2 provider QCode suffix (nprov:example.org) and guid authority
    address = "1 Archive Way, Springfield"
    contact_name = "Jane Archivist"
    contact_email = "archive@example.org"
    contact_phone = "+1 555 0100"
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass, fields, replace
from pathlib import Path

from archivist.errors import InputError, UsageError
from archivist.fsutil import read_regular


@dataclass(frozen=True)
class Organization:
    name: str = "archivist"
    id: str = "archivist.invalid"
    address: str | None = None
    contact_name: str | None = None
    contact_email: str | None = None
    contact_phone: str | None = None


MAX_CONFIG_BYTES = 1 << 20  # a few lines of TOML; anything larger is not a configuration file


@dataclass(frozen=True)
class Config:
    organization: Organization = Organization()


def load_config(path: str | os.PathLike[str] | None = None) -> Config:
    candidate = path or os.environ.get("ARCHIVIST_CONFIG")
    if candidate is None:
        default = Path("archivist.toml")
        if not default.is_file():
            return Config()
        candidate = default
    # The TOML parser only when there is a file to read: most runs have none, and every command starts here.
    if sys.version_info >= (3, 11):
        import tomllib
    else:  # pragma: no cover - exercised on Python 3.10 only
        import tomli as tomllib
    file = Path(candidate)
    try:
        data = tomllib.loads(read_regular(file, limit=MAX_CONFIG_BYTES).decode("utf-8"))
    except InputError as exc:  # a FIFO, a device, an absurd size: never read
        raise UsageError("configuration file is not usable", where=str(file), why=exc.what) from None
    except FileNotFoundError as exc:
        raise UsageError("configuration file not found", where=str(file)) from exc
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise UsageError("configuration file is not valid TOML", where=str(file), why=str(exc)) from exc
    org = data.get("organization", {})
    if not isinstance(org, dict):
        raise UsageError("[organization] must be a table", where=str(file))
    known = {f.name for f in fields(Organization)}
    unknown = sorted(set(org) - known)
    if unknown:
        raise UsageError(
            f"unknown key organization.{unknown[0]}", where=str(file), why=f"known keys: {sorted(known)}"
        )
    bad = [key for key, value in org.items() if not isinstance(value, str)]
    if bad:
        raise UsageError(f"organization.{bad[0]} must be a string", where=str(file))
    return Config(organization=replace(Organization(), **org))
