"""Layers (HELPERS.md): a lower layer never imports a higher one, imports inside functions included.

Order: source → parse → record → render → validate → bag → deposit → audit → batch → cli. Checked here for
the layers around the audit (deposit, audit, batch); modules outside the chain (errors, clock, fsutil,
ingest...) are not judged.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[1] / "src" / "archivist"
ORDER = ["source", "parse", "record", "render", "validate", "bag", "deposit", "audit", "batch", "cli"]


def _layer(module: str) -> str | None:
    parts = module.split(".")
    if parts[0] != "archivist" or len(parts) < 2:
        return None
    return parts[1] if parts[1] in ORDER else None


def _imports(path: Path) -> set[str]:
    found = set()
    for node in ast.walk(ast.parse(path.read_bytes())):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
    return found


@pytest.mark.parametrize("layer", ["deposit", "audit", "batch"])
def test_no_layer_imports_a_higher_one(layer: str) -> None:
    higher = set(ORDER[ORDER.index(layer) + 1:])
    wrong = [(path.name, module) for path in sorted((SRC / layer).glob("*.py"))
             for module in sorted(_imports(path)) if _layer(module) in higher]
    assert wrong == []
