"""What an audit takes as proven unchanged by digest, and what it always does again (issue 15's speed on
small objects): sealed event logs, the inventory and bag validations skipped only for the very bytes an
intact check validated, every content digest recomputed, ``rederive`` running it all."""

from __future__ import annotations

import json
import os
import shutil
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from archivist.audit import audit_copies, history
from archivist.audit.check import DAMAGED, INTACT
from archivist.audit.durability import backup_of, flush, read_log, write_deferred
from archivist.audit.events import logged, new_event
from archivist.audit.seal import proven_body, sealed
from archivist.deposit import deposit_bag

pytest.register_assert_rewrite("fixtures_deposit")

from fixtures_deposit import make_bag  # noqa: E402

ID = "urn:example:proven:1"
LOG = Path("logs") / "archivist-events.premis.xml"
WHEN = datetime(2026, 11, 30, 12, 0, tzinfo=timezone.utc)


@pytest.fixture(autouse=True)
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    return tmp_path / "cache"


@pytest.fixture
def root(tmp_path: Path) -> Path:
    root = tmp_path / "ocfl"
    bag = make_bag(tmp_path / "bags" / "p1", ID, {"p1.xml": b"<p>one</p>", "p2.txt": b"two"})
    deposit_bag(bag, str(root))
    return root


@pytest.fixture
def validations(monkeypatch: pytest.MonkeyPatch) -> dict[str, int]:
    """How many times ocfl-py's inventory validation and the strict bag validation really ran."""
    from ocfl.inventory_validator import InventoryValidator

    import archivist.audit.ocfl_bag as ocfl_bag
    import archivist.validate.bag as bag

    counts = {"inventory": 0, "bag": 0}
    validate, source_problems = InventoryValidator.validate, bag.source_problems

    def counted_validate(self, *args, **kwargs):  # type: ignore[no-untyped-def]
        counts["inventory"] += 1
        return validate(self, *args, **kwargs)

    def counted_source_problems(*args, **kwargs):  # type: ignore[no-untyped-def]
        counts["bag"] += 1
        return source_problems(*args, **kwargs)

    monkeypatch.setattr(InventoryValidator, "validate", counted_validate)
    monkeypatch.setattr(bag, "source_problems", counted_source_problems)
    assert ocfl_bag.bag_rules()  # the validator's code can be named, so claims are made at all
    return counts


def _audit(root: Path, report: Path, **options: bool) -> dict:
    summary = audit_copies([str(root)], report=report, **options)
    (line,) = [json.loads(text) for text in report.read_text().splitlines()]
    assert line["status"] == (INTACT if summary.exit_code == 0 else DAMAGED)
    return line


def _object_dir(root: Path) -> Path:
    """The one object's directory (not through ocfl-py, whose listing validates inventories too)."""
    (declaration,) = root.rglob("0=ocfl_object_1.1")
    return declaration.parent


def _notes(root: Path) -> list[str]:
    return [event.note for event in history(ID, [str(root)])]


def test_a_second_audit_proves_the_validations_by_digest_and_rederive_runs_them(root, tmp_path, validations):
    report = tmp_path / "report.jsonl"
    first = _audit(root, report)
    assert first["proven"] == [] and validations == {"inventory": 1, "bag": 1}
    second = _audit(root, report)
    assert validations == {"inventory": 1, "bag": 1}  # neither ran again
    assert len(second["proven"]) == 2 and all("inventory sha512 unchanged" in p for p in second["proven"])
    assert second["files"] == first["files"] and second["bytes"] == first["bytes"]  # every file hashed
    third = _audit(root, report, rederive=True)
    assert third["proven"] == [] and validations == {"inventory": 2, "bag": 2}
    notes = _notes(root)
    assert "log: new" in notes[0] and "proven unchanged by digest" not in notes[0]
    assert "proven unchanged by digest, not re-derived" in notes[1]
    assert "log: appended, earlier events not read again" in notes[1]
    assert "the whole log checked in full against the PREMIS 3.0 XSD" in notes[2]  # folded, rederived


def test_a_flipped_payload_byte_is_found_while_the_structure_is_proven(root, tmp_path, validations):
    report = tmp_path / "report.jsonl"
    _audit(root, report)
    payload = next(p for p in _object_dir(root).rglob("p2.txt"))
    payload.write_bytes(b"twO")
    line = _audit(root, report)
    assert line["status"] == DAMAGED and validations["inventory"] == 1  # the inventory is as validated
    assert any("p2.txt" in problem and "sha512" in problem for problem in line["problems"]), line["problems"]
    assert any("manifest says" in problem for problem in line["problems"]), line["problems"]


def test_a_changed_inventory_is_validated_again_even_with_a_matching_sidecar(root, tmp_path, validations):
    import hashlib

    report = tmp_path / "report.jsonl"
    _audit(root, report)
    where = _object_dir(root)
    inventory = json.loads((where / "inventory.json").read_bytes())
    del inventory["versions"]["v1"]["created"]  # breaks the OCFL rules (E048), not JSON
    data = json.dumps(inventory, indent=2).encode()
    for place in (where, where / inventory["head"]):
        (place / "inventory.json").write_bytes(data)
        (place / "inventory.json.sha512").write_text(f"{hashlib.sha512(data).hexdigest()} inventory.json\n")
    line = _audit(root, report)
    assert validations["inventory"] == 2 and line["proven"] == []
    assert line["status"] == DAMAGED and any("OCFL inventory rules" in p for p in line["problems"])


def test_a_log_changed_since_its_seal_is_checked_in_full_and_proves_nothing(root, tmp_path, validations):
    from archivist.audit.segments import segment_name

    report = tmp_path / "report.jsonl"
    _audit(root, report)
    log = _object_dir(root) / "logs" / segment_name(1)
    data = log.read_bytes()
    log.write_bytes(data.replace(b"every digest verified", b"every digest verifieD", 1))  # still valid XML
    line = _audit(root, report)
    assert line["status"] == INTACT and line["proven"] == [] and validations["inventory"] == 2
    assert "the whole log checked in full against the PREMIS 3.0 XSD" in _notes(root)[-1]
    assert proven_body((_object_dir(root) / LOG).read_bytes()) is not None  # a base, sealed after the check
    assert log.with_name(f".{log.name}.cut").is_file()  # the changed bytes kept aside


def test_the_append_to_a_proven_log_is_byte_for_byte_the_whole_path():
    object_id = "urn:example:<odd> & 'quoted'"
    proven = rederived = None
    for day in range(4):
        when = WHEN + timedelta(days=day)
        event = new_event(
            "fix" if day % 2 else "rep",
            object_id,
            "ocfl:/srv/a&b",
            ok=day != 2,
            note=f"note {day} <&>",
            when=when,
            claim='valid-as-checked="x"',
        )
        proven = logged(proven, object_id, event, when, proven=proven_body(proven))
        rederived = logged(rederived, object_id, event, when, proven=None)
        assert proven == rederived
    assert proven is not None and proven_body(proven) is not None
    assert proven.count(b"<premis:event>") == 4


def test_a_log_rewritten_in_place_and_cut_by_a_power_cut_is_read_from_its_prev(tmp_path):
    log = tmp_path / "events.xml"
    first = sealed(b'<?xml version="1.0"?>\n<a>1</a>\n')
    second = sealed(b'<?xml version="1.0"?>\n<a>1</a><a>2</a>\n')
    third = sealed(b'<?xml version="1.0"?>\n<a>1</a><a>2</a><a>3</a>\n')
    write_deferred(log, first)
    flush()
    write_deferred(log, second)
    flush()
    write_deferred(log, third)  # over the .prev in place, then the names exchanged (Linux)
    assert read_log(log) == third and backup_of(log).read_bytes() == second
    # A power cut before the flush may leave the new log's blocks old and new mixed; it still ends with
    # ">" (the old test of wholeness would take it), but its seal does not verify.
    mixed = third[:10] + second[10:40] + third[40:]
    log.write_bytes(mixed)
    assert read_log(log) == second
    flush()  # the process after the power cut has nothing pending: its first rewrite of this log
    write_deferred(log, third)
    flush()
    assert read_log(log) == third and backup_of(log).read_bytes() == second
    assert log.with_name(f".{log.name}.cut").read_bytes() == mixed  # kept aside, not destroyed


def test_a_copy_moved_elsewhere_keeps_its_proofs(root, tmp_path, validations):
    report = tmp_path / "report.jsonl"
    _audit(root, report)
    moved = tmp_path / "moved"
    shutil.copytree(root, moved)
    line = _audit(moved, report)
    assert line["status"] == INTACT and line["proven"] and validations["inventory"] == 1


def test_large_manifests_are_compared_too_when_the_structure_is_proven(
    root, tmp_path, validations, monkeypatch
):
    report = tmp_path / "report.jsonl"
    _audit(root, report)
    monkeypatch.setattr("archivist.audit.ocfl_files.SMALL_FILE", 16)  # every file "large": none kept
    payload = next(_object_dir(root).rglob("p1.xml"))
    payload.write_bytes(b"<p>One</p>")
    line = _audit(root, report)
    assert line["proven"] and line["status"] == DAMAGED
    assert sorted(p.split(":")[0] for p in line["problems"] if "manifest says" in p) == [
        "bag/manifest-sha256.txt",
        "bag/manifest-sha512.txt",
    ]


def test_a_manifest_line_naming_no_file_as_spelled_sends_the_bag_to_the_strict_validation():
    from archivist.audit.ocfl_bag import proven_bag_problems

    known = {"data/caf\u00e9.txt": {"sha256": "ab" * 32}}
    exact = {"manifest-sha256.txt": ("ab" * 32 + "  data/caf\u00e9.txt\n").encode()}
    assert proven_bag_problems(exact, known) == []
    wrong = {"manifest-sha256.txt": ("cd" * 32 + "  data/caf\u00e9.txt\n").encode()}
    assert proven_bag_problems(wrong, known) == [
        f"bag/manifest-sha256.txt: data/caf\u00e9.txt: sha256 is {'ab' * 32}, the manifest says {'cd' * 32}"
    ]
    decomposed = {"manifest-sha256.txt": ("ab" * 32 + "  data/cafe\u0301.txt\n").encode()}  # NFD spelling
    assert proven_bag_problems(decomposed, known) is None


def test_a_change_to_the_validators_code_voids_the_proofs(root, tmp_path, validations, monkeypatch):
    report = tmp_path / "report.jsonl"
    _audit(root, report)
    monkeypatch.setattr("archivist.audit.ocfl_bag.bag_rules", lambda: "0123456789abcdef")  # new bag rules
    monkeypatch.setattr("archivist.audit.seal.log_check", lambda: "premis-3.0-xsd-iso8601-dates-new")
    line = _audit(root, report)
    assert line["proven"] == [] and validations == {"inventory": 2, "bag": 2}
    assert "the whole log checked in full against the PREMIS 3.0 XSD" in _notes(root)[-1]
    assert b"premis-3.0-xsd-iso8601-dates-new passed" in (_object_dir(root) / LOG).read_bytes()
    assert _audit(root, report)["proven"]  # proven again, under the new validators' names


def test_the_command_line_rederives_on_request(root, tmp_path, validations):
    from click.testing import CliRunner

    from archivist.cli import main

    report = tmp_path / "report.jsonl"
    for options, inventories in (([], 1), ([], 1), (["--rederive"], 2)):
        result = CliRunner().invoke(main, ["audit", str(root), "--report", str(report), *options])
        assert result.exit_code == 0, result.output
        assert validations["inventory"] == inventories, options
    assert json.loads(report.read_text())["proven"] == []


def test_a_prev_with_another_name_is_never_written_into(tmp_path):
    log = tmp_path / "events.xml"
    write_deferred(log, sealed(b"<a>1</a>\n"))
    flush()
    elsewhere = tmp_path / "precious.txt"
    elsewhere.write_bytes(b"not a log")
    os.link(elsewhere, backup_of(log))  # the .prev is a hard link to another file
    write_deferred(log, sealed(b"<a>1</a><a>2</a>\n"))
    flush()
    assert elsewhere.read_bytes() == b"not a log"
    assert read_log(log) == sealed(b"<a>1</a><a>2</a>\n")
    assert backup_of(log).read_bytes() == sealed(b"<a>1</a>\n")  # renamed over the link, not written in


def _imported_files(src: Path, rels: list[str]) -> set[str]:
    """``rels`` (files under the package directory ``src``) and every archivist module file they import,
    by any import statement (top level or in a function), followed through the modules imported."""
    import ast

    def file_of(module: str) -> str | None:
        parts = module.split(".")[1:]
        for rel in (Path(*parts, "__init__.py"), Path(*parts).with_suffix(".py")) if parts else ():
            if (src / rel).is_file():
                return rel.as_posix()
        return None

    found: set[str] = set()
    todo = list(rels)
    while todo:
        rel = todo.pop()
        if rel in found:
            continue
        found.add(rel)
        for node in ast.walk(ast.parse((src / rel).read_text("utf-8"))):
            names: list[str] = []
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and (node.module or "").startswith("archivist"):
                names = [node.module or "", *(f"{node.module}.{alias.name}" for alias in node.names)]
            todo += [file for name in names if name.startswith("archivist.") and (file := file_of(name))]
    return found


@pytest.mark.parametrize(
    ("digest", "checks"),
    [("bag_rules", "validate/bag*.py"), ("log_check", "validate/premis.py")],
)
def test_a_rules_digest_covers_every_module_its_validation_imports(digest: str, checks: str) -> None:
    """A module the validation imports, directly or through another (``archivist.bag.*`` for the bag
    check), must be digested, or a change to it would leave old "valid" claims standing."""
    from archivist.audit import ocfl_bag, seal
    from archivist.audit.code_digest import PACKAGE_DIR, covered_files

    roots = {"bag_rules": ocfl_bag.BAG_RULES, "log_check": seal.LOG_RULES}[digest]
    checks_files = sorted(p.relative_to(PACKAGE_DIR).as_posix() for p in PACKAGE_DIR.glob(checks))
    imported = _imported_files(PACKAGE_DIR, checks_files)
    assert len(imported) > len(checks_files)  # the check does import code from other modules
    assert sorted(imported - set(covered_files(roots))) == []


def test_a_change_to_any_module_the_bag_check_imports_names_a_new_validator(tmp_path: Path) -> None:
    """The digest follows the import graph: a module newly imported (here inside a function) is covered,
    a change to it changes the digest; a module the check does not import does not."""
    from archivist.audit.code_digest import PACKAGE_DIR, code_digest, covered_files

    def copy(name: str) -> Path:
        return Path(
            shutil.copytree(
                PACKAGE_DIR, tmp_path / name / "archivist", ignore=shutil.ignore_patterns("*.pyc")
            )
        )

    roots = ("archivist.validate.bag",)
    same = copy("same")
    assert code_digest(roots, same) == code_digest(roots, PACKAGE_DIR) != ""
    assert "bag/serialized.py" in covered_files(roots, same)  # imported through bag/reader.py
    serialized = copy("serialized")
    with (serialized / "bag" / "serialized.py").open("a") as out:
        out.write("# changed\n")
    assert code_digest(roots, serialized) != code_digest(roots, same)
    unrelated = copy("unrelated")
    with (unrelated / "render" / "ninjs.py").open("a") as out:
        out.write("# changed\n")
    assert code_digest(roots, unrelated) == code_digest(roots, same)
    new_import = copy("new-import")
    payload = new_import / "validate" / "bag_payload.py"
    payload.write_text(
        payload.read_text("utf-8").replace(
            "    def check_oxum(",
            "    def _today(self) -> object:\n        from archivist import clock\n\n"
            "        return clock.now()\n\n    def check_oxum(",
            1,
        ),
        "utf-8",
    )
    assert "clock.py" not in covered_files(roots, same)
    assert "clock.py" in covered_files(roots, new_import)
