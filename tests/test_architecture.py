"""The layer contract of docs/architecture.md, enforced on every import of every module under
src/archivist: top-level, inside functions, and by name in a string (``importlib`` tables).

A module may import its own package and any layer before its own in ``LAYERS``; nothing later.
"""

from __future__ import annotations

import ast
import graphlib
import re
from pathlib import Path

import pytest

from conftest import ROOT

SRC = ROOT / "src" / "archivist"
# Lowest first. The foundation (shared helpers any layer may use) comes first, then the stages.
LAYERS = [
    "__init__",
    "errors",
    "termination",
    "catalogue",
    "clock",
    "formats",
    "resources",
    "jsonload",
    "schemacheck",
    "syscalls",
    "stagedir",
    "fsutil",
    "jsondump",
    "config",
    "record",
    "source",
    "warc",
    "parse",
    "bag",
    "validate",
    "render",
    "ingest",
    "deposit",
    "audit",
    "batch",
    "cli",
    "__main__",
]
MODULE_IN_STRING = re.compile(r"^archivist((?:\.\w+)+)(?::\w+)?$")


def layer_of(module: str) -> str:
    """``archivist.bag.writer`` → ``bag``; ``archivist`` → ``__init__``."""
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else "__init__"


def is_module(name: str) -> bool:
    return (SRC / name).is_dir() or (SRC / f"{name}.py").is_file()


def imported_modules(module: str, source: str, is_package: bool) -> list[tuple[int, str]]:
    """Every archivist module ``source`` imports, as (line, absolute module name)."""
    found: list[tuple[int, str]] = []
    here = module.split(".") if is_package else module.split(".")[:-1]
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            found += [(node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                base = ".".join(here[: len(here) - node.level + 1] + ([base] if base else []))
            # ``from archivist import bag`` imports ``archivist.bag``; ``import AGENT`` only the root.
            found += [
                (
                    node.lineno,
                    f"{base}.{alias.name}" if base == "archivist" and is_module(alias.name) else base,
                )
                for alias in node.names
            ]
        elif isinstance(node, ast.Constant) and isinstance(node.value, str):
            match = MODULE_IN_STRING.match(node.value)
            if match and is_module(match.group(1).split(".")[1]):  # not a domain such as archivist.invalid
                found.append((node.lineno, "archivist" + match.group(1)))
    return [(line, name) for line, name in found if name == "archivist" or name.startswith("archivist.")]


def violations(module: str, source: str, is_package: bool = False) -> list[str]:
    own = layer_of(module)
    if own not in LAYERS:
        return [f"{module}: layer {own!r} is not in the layer order (add it to docs/architecture.md)"]
    bad = []
    for line, target in imported_modules(module, source, is_package):
        other = layer_of(target)
        if other not in LAYERS or LAYERS.index(other) > LAYERS.index(own):
            bad.append(f"{module}:{line}: {own} may not import {target} ({other} is above it)")
    return bad


def all_modules() -> list[tuple[str, Path]]:
    return [
        (
            ".".join(("archivist", *path.relative_to(SRC).with_suffix("").parts)).removesuffix(".__init__"),
            path,
        )
        for path in sorted(SRC.rglob("*.py"))
    ]


def test_no_module_imports_a_layer_above_its_own() -> None:
    found = [
        v
        for module, path in all_modules()
        for v in violations(module, path.read_text("utf-8"), path.name == "__init__.py")
    ]
    assert found == []


def test_no_cycle_between_packages() -> None:
    graph: dict[str, set[str]] = {}
    for module, path in all_modules():
        targets = imported_modules(module, path.read_text("utf-8"), path.name == "__init__.py")
        graph.setdefault(layer_of(module), set()).update(
            layer_of(t) for _, t in targets if layer_of(t) != layer_of(module)
        )
    list(graphlib.TopologicalSorter(graph).static_order())  # raises CycleError on a cycle


def test_every_module_has_its_job_in_the_architecture_document() -> None:
    text = (ROOT / "docs" / "architecture.md").read_text("utf-8")
    missing = [
        str(path.relative_to(SRC))
        for _, path in all_modules()
        if f"`{path.relative_to(SRC).as_posix()}`" not in text
    ]
    assert missing == []


@pytest.mark.parametrize(
    "source",
    [
        "from archivist.render.premis import render_premis\n",
        "def f():\n    from archivist.validate.bag import bag_problems\n",
        "def f():\n    import archivist.deposit\n",
        "from archivist import ingest\n",
        "TABLE = {'x': 'archivist.render.premis:render_premis'}\n",
        "from ..render import premis\n",
    ],
)
def test_a_forbidden_import_is_caught(source: str) -> None:
    assert len(violations("archivist.bag.synthetic", source)) == 1


def test_allowed_imports_pass_and_an_unknown_layer_is_refused() -> None:
    source = "from archivist.errors import InputError\nfrom . import hashing\nfrom archivist import AGENT\n"
    assert violations("archivist.bag.synthetic", source) == []
    assert violations("archivist.newthing", "") != []


def test_rich_is_imported_only_by_the_cli() -> None:
    """The library never draws: terminal display (rich) belongs to archivist.cli."""
    users = []
    for module, path in all_modules():
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            names = (
                [a.name for a in node.names]
                if isinstance(node, ast.Import)
                else ([node.module or ""] if isinstance(node, ast.ImportFrom) and not node.level else [])
            )
            if any(name == "rich" or name.startswith("rich.") for name in names):
                users.append(module)
    assert users and all(layer_of(module) == "cli" for module in users), users
