"""Imported once in the ``--jobs`` pool's fork server: every worker forked from it starts warm.

A fresh process spent ≈ 0.8 s of CPU before its first article was done (imports, the NewsML-G2 and
PREMIS XSDs, the record, ninjs and NewsArticle JSON Schemas, the schema.org vocabulary and context);
an audit's worker, before its first object (``warm_audit``).
With ``--jobs 2`` both workers paid it, on top of the parent's own start-up. Done here, it is paid once,
before the workers fork, and they share the compiled schemas copy-on-write.

Importing this module must never fail (the fork server would die, or silently skip it): whatever goes
wrong only means the workers start cold, as before.
"""

from __future__ import annotations

import contextlib
import os
import signal
import tempfile
from pathlib import Path

# A short wire story in the shape the parser expects; only used to reach every cached schema.
_STORY = (
    "Warm-Up Story Opens the Schemas\n\n"
    "By Jane Roe\n\n"
    "PARIS (AP) — A short story, written only to load every schema once, was rendered on Monday.\n\n"
    '"It is the first of many," said John Doe, an archivist.\n'
)


def warm() -> None:
    from archivist.ingest import article as _article  # noqa: F401 - imported for its imports
    from archivist.parse import parse_source
    from archivist.render import render_documents
    from archivist.source import read_source
    from archivist.validate import bag as _bag  # noqa: F401
    from archivist.validate import premis
    from archivist.validate import profile as _profile  # noqa: F401

    premis._schema()
    with tempfile.TemporaryDirectory(prefix="archivist-warm-") as folder:
        path = Path(folder) / "warm-up.txt"
        path.write_bytes(_STORY.encode("utf-8"))
        render_documents(parse_source(read_source(path)))


def warm_audit() -> None:
    """What an audit's worker loads for its first check: the audit's modules, ocfl-py's inventory
    validator and error codes, and the digests that name the validators (read from their source)."""
    from ocfl.inventory_validator import InventoryValidator  # noqa: F401

    from archivist.audit import ocfl_bag, ocfl_copy, seal
    from archivist.audit import s3_copy as _s3_copy  # noqa: F401
    from archivist.render import premis_event
    from archivist.validate import bag as _bag  # noqa: F401

    ocfl_bag.bag_rules()
    ocfl_bag.ocfl_version()
    ocfl_copy._validation_codes()
    seal.log_check()
    premis_event._text_template("fix", "suc", True, 1, "source")


def outlive_stop_signals() -> None:
    """The fork server ignores SIGTERM and SIGHUP: it ends by itself when the parent does (end of file
    on its pipe). Sent to the whole process group (systemd, Slurm, a closed terminal), they would kill
    it and take its workers' exit statuses with it: the pool would take every worker for dead and leave
    them, still running, orphaned. Every process it forks gets the default back at once: the fork server
    is the process's one, and another pool's workers (``multiprocessing.Pool.terminate`` sends SIGTERM)
    must die of it as usual; archivist's own then set theirs (``archivist.batch.pool``)."""
    for number in (signal.SIGTERM, signal.SIGHUP):
        signal.signal(number, signal.SIG_IGN)
    os.register_at_fork(after_in_child=_default_stop_signals)


def _default_stop_signals() -> None:
    for number in (signal.SIGTERM, signal.SIGHUP):
        signal.signal(number, signal.SIG_DFL)


with contextlib.suppress(Exception):
    outlive_stop_signals()
with contextlib.suppress(Exception):
    warm()
with contextlib.suppress(Exception):
    warm_audit()
