"""Instructions per article of ``archivist ingest``, in total and stage by stage, under callgrind.

    python bench/ingest_instructions.py [--articles 50] [--stages] [--keep DIR]

Instruction counts do not move with other people's load, unlike seconds on a shared machine, so this is
the figure to compare two versions of the code by.

**Total** (what ``bench/goals.py`` measures in seconds, measured in instructions): the ``archivist ingest
DIR -o OUT --jobs 1 --json`` command under ``valgrind --tool=callgrind``, once on a collection of N
articles and once on one of them; (N run - 1 run) / (N - 1) is the cost of an article, start-up
(imports, schema compilation) left out.

**Stages** (``--stages``): the same command run in one process (``archivist.cli.main``), after one
article ingested first so that every import and compiled schema is in place, with each stage's function
wrapped: the wrapper calls the stage through a tiny C function of its own name (``stage_parse`` ...;
compiled here with ``cc``), so that callgrind's inclusive cost of that C function is the stage's cost,
callees included. Stages nest (validation inside render, hashing inside the bag's write); the table
gives each stage's inclusive instructions per article and the tree it sits in (a function called from
two stages, such as hashing or writing a file, is one row counting both; the payload's row includes
its share).
"""

from __future__ import annotations

import argparse
import compileall
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from make_collection import make_collection

BIN = Path(sys.executable).parent

# (stage, depth in the tree, "module:attribute" of each function charged to it). The functions are
# replaced in every loaded module that holds them (module-level ``from x import f`` included).
STAGES: tuple[tuple[str, int, tuple[str, ...]], ...] = (
    ("read once (+ web archive or not)", 1, ("archivist.batch.archives:_read",)),
    ("source decoded (+ sha256)", 1, ("archivist.source:source_from_bytes",)),
    ("parse", 1, ("archivist.parse:parse_source",)),
    ("render + validate 4 documents", 1, ("archivist.render:render_documents",)),
    ("record: to_dict + validate + dump", 2, ("archivist.record:dump_record",)),
    ("record: JSON Schema (jsonschema-rs) + span check", 3, ("archivist.record.io:record_problems",)),
    (
        "NewsML-G2: render (tree, indent)",
        2,
        ("archivist.render.newsml:newsml_item", "archivist.render.newsml:newsml_picture_item"),
    ),
    ("NewsML-G2: serialise", 2, ("archivist.render.newsml:serialise_item",)),
    (
        "NewsML-G2: validate (XSD, XHTML, IDREF, zones)",
        2,
        ("archivist.validate.newsml:built_newsml_problems",),
    ),
    ("JSON-LD: render", 2, ("archivist.render.jsonld:render_jsonld",)),
    ("JSON-LD: validate (schema + schema.org)", 2, ("archivist.validate.jsonld:jsonld_problems",)),
    ("ninjs: render", 2, ("archivist.render.ninjs:render_ninjs",)),
    ("ninjs: validate", 2, ("archivist.validate.ninjs:ninjs_problems",)),
    ("bag: stage the bag", 1, ("archivist.ingest.article:write_article_bag",)),
    ("bag-info elements", 2, ("archivist.bag.baginfo:organization_elements",)),
    ("PREMIS events (ingest)", 2, ("archivist.ingest.article:article_events",)),
    ("payload: write + hash", 2, ("archivist.bag.writer:_write_payload",)),
    ("hash sha256+sha512 (payload and tag files)", 2, ("archivist.bag.hashing:hash_bytes",)),
    ("PREMIS: render + validate", 2, ("archivist.render.premis:render_premis",)),
    ("PREMIS: validate (XSD + dates)", 3, ("archivist.validate.premis:tree_problems",)),
    ("files written (payload and tag files)", 2, ("archivist.bag.writer:_write_new",)),
    ("mtimes set (_settle)", 2, ("archivist.bag.writer:_settle",)),
    ("staged listing (DirSource)", 2, ("archivist.bag.reader:DirSource",)),
    ("staged check (RFC 8493 + profile)", 2, ("archivist.ingest.article:_validate_staged",)),
    ("group commit (syncfs, renames)", 1, ("archivist.bag.commit:CommitGroup.commit",)),
)

# ``--fine``: the steps inside the largest stages (each inclusive; same tree rules).
FINE: tuple[tuple[str, int, tuple[str, ...]], ...] = (
    ("parse", 1, ("archivist.parse:parse_source",)),
    ("render + validate 4 documents", 1, ("archivist.render:render_documents",)),
    ("record: Article.to_dict", 2, ("archivist.record.model:Article.to_dict",)),
    ("record: span check", 2, ("archivist.record.io:_span_problems",)),
    ("JSON text (dumps_indented: record, ninjs, JSON-LD)", 2, ("archivist.jsondump:dumps_indented",)),
    ("JSON read back (load_json: JSON-LD, ninjs)", 2, ("archivist.jsonload:load_json",)),
    ("jsonschema-rs (record, JSON-LD, ninjs)", 2, ("archivist.schemacheck:TwoEngineValidator.iter_errors",)),
    ("JSON-LD: schema.org checks (_Checker.run)", 2, ("archivist.validate.jsonld_checker:_Checker.run",)),
    ("JSON-LD: pointer marks", 3, ("archivist.validate.jsonld_checker:_marked",)),
    ("JSON-LD: expansion", 3, ("archivist.validate.jsonld_expand:SchemaOrgExpander.expand",)),
    ("JSON-LD: node checks", 3, ("archivist.validate.jsonld_checker:_Checker.node",)),
    ("NewsML-G2: serialise", 2, ("archivist.render.newsml:serialise_item",)),
    ("NewsML-G2: XHTML body built", 2, ("archivist.render.newsml:render_xhtml",)),
    ("NewsML-G2: XSD", 2, ("archivist.validate.newsml:_xsd_problems",)),
    ("NewsML-G2: XHTML checks", 2, ("archivist.validate.newsml:xhtml_problems",)),
    ("NewsML-G2: IDREF checks", 2, ("archivist.validate.newsml:_idref_problems",)),
    ("NewsML-G2: zone checks", 2, ("archivist.validate.newsml:_timezone_problems",)),
    ("bag: stage the bag", 1, ("archivist.ingest.article:write_article_bag",)),
    ("PREMIS: make_premis (facts, events, render)", 2, ("archivist.ingest.package:render_premis",)),
    ("PREMIS: serialise + validate (_finish)", 3, ("archivist.render.premis:_finish",)),
    ("PREMIS: agent", 3, ("archivist.render.premis:_agent",)),
    ("PREMIS: slot values of events", 3, ("archivist.render.premis:event_slot_values",)),
    ("PREMIS: template fill (copy + texts)", 3, ("archivist.render.premis:_Template.fill",)),
    ("PREMIS: file objects from templates", 2, ("archivist.render.premis:_file_from_template",)),
    ("PREMIS: events from templates", 2, ("archivist.render.premis:_event_from_template",)),
    ("PREMIS: XSD + date checks", 2, ("archivist.render.premis:tree_problems",)),
    ("PREMIS: content fingerprint", 2, ("archivist.render.premis:content_fingerprint",)),
    ("staged: RFC 8493 checks (source_problems)", 2, ("archivist.validate.staged:source_problems",)),
    ("staged: profile checks", 2, ("archivist.validate.staged:archivist_profile_problems",)),
    (
        "payload paths / tag names checked",
        2,
        ("archivist.bag.writer:check_payload_paths", "archivist.bag.writer:check_tag_names"),
    ),
    ("format identification", 2, ("archivist.bag.writer:identify",)),
    ("manifests formatted", 2, ("archivist.bag.writer:_manifest",)),
    ("bag-info formatted", 2, ("archivist.bag.baginfo:format_bag_info",)),
    ("group commit (syncfs, renames)", 1, ("archivist.bag.commit:CommitGroup.commit",)),
)

STAGE_SLOTS = 64
# ``enter(i, call)`` calls ``stage_i(call)``: callgrind loses track of the function libffi calls first (its
# call sequence moves the stack pointer its own way), so the named functions are one call further in.
C_SOURCE = (
    "typedef void (*call_t)(void);\n"
    + "".join(
        f"__attribute__((noinline)) void stage_{i}(call_t call) {{ call(); }}\n" for i in range(STAGE_SLOTS)
    )
    + "static void (*const table[])(call_t) = {"
    + ",".join(f"stage_{i}" for i in range(STAGE_SLOTS))
    + "};\nvoid enter(int i, call_t call) { table[i](call); }\n"
)


def callgrind(cmd: list[str], out: Path, cwd: Path) -> Path:
    env = {**os.environ, "PYTHONHASHSEED": "0"}
    subprocess.run(
        ["valgrind", "--tool=callgrind", f"--callgrind-out-file={out}", *cmd],
        cwd=cwd,
        env=env,
        check=True,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    return out


def total_instructions(out: Path) -> int:
    for line in out.read_text(errors="replace").splitlines():
        if line.startswith(("summary:", "totals:")):
            return int(line.split()[1])
    raise SystemExit(f"{out}: no totals line")


def inclusive_by_function(out: Path) -> dict[str, int]:
    text = subprocess.run(
        ["callgrind_annotate", "--inclusive=yes", "--threshold=100", str(out)],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    found: dict[str, int] = {}
    for line in text.splitlines():
        match = re.match(r"\s*([\d,]+) .*\b(stage_\d+)\b", line)
        if match:
            found[match.group(2)] = found.get(match.group(2), 0) + int(match.group(1).replace(",", ""))
    return found


DRIVER = r"""
import ctypes, importlib, sys
from archivist.cli import main

def ingest(src, out):
    try:
        main(["ingest", src, "-o", out, "--jobs", "1", "--json"], standalone_mode=False)
    except SystemExit:
        pass

one, coll, out1, out = sys.argv[1:5]
stages = __STAGES__
lib = ctypes.CDLL(sys.argv[5])
CALLBACK = ctypes.CFUNCTYPE(None)
ingest(one, out1)  # imports, compiled schemas and every other first-use cost out of the way

active = set()

def wrap(index, function):
    def staged(*args, **kwargs):
        if index in active:  # a recursive call is already counted by the outer one
            return function(*args, **kwargs)
        active.add(index)
        box = []
        def call():
            try:
                box.append((True, function(*args, **kwargs)))
            except BaseException as exc:
                box.append((False, exc))
        try:
            lib.enter(index, CALLBACK(call))
        finally:
            active.discard(index)
        ok, value = box[0]
        if not ok:
            raise value
        return value
    staged.__wrapped__ = function
    return staged

for index, (_name, _depth, targets) in enumerate(stages):
    for target in targets:
        module_name, attribute = target.split(":")
        owner = importlib.import_module(module_name)
        parts = attribute.split(".")
        for part in parts[:-1]:
            owner = getattr(owner, part)
        original = getattr(owner, parts[-1])
        wrapped = wrap(index, original)
        setattr(owner, parts[-1], wrapped)
        if len(parts) == 1:
            for module in list(sys.modules.values()):
                if module is not None and getattr(module, "__dict__", {}).get(parts[-1]) is original:
                    setattr(module, parts[-1], wrapped)

lib.enter(len(stages), CALLBACK(lambda: ingest(coll, out)))
"""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=50)
    parser.add_argument("--stages", action="store_true", help="also the per-stage table")
    parser.add_argument("--fine", action="store_true", help="the steps inside the largest stages instead")
    parser.add_argument("--no-total", action="store_true", help="the per-stage table only")
    parser.add_argument("--keep", type=Path, help="keep the callgrind files (and the bags) here")
    args = parser.parse_args()
    if shutil.which("valgrind") is None:
        raise SystemExit("valgrind is not installed")
    count = args.articles
    # As bench/goals.py does: an editable archivist has its bytecode only once imported, and compiling
    # in the one-article run would be subtracted from every article.
    compileall.compile_dir(str(Path(__file__).resolve().parent.parent / "src"), quiet=1)
    work = Path(tempfile.mkdtemp(prefix="ingest-instr-"))
    try:
        paths = make_collection(count, work / "coll")
        one = work / "one"
        one.mkdir()
        shutil.copy(paths[0], one / paths[0].name)
        archivist = str(BIN / "archivist")
        runs = {}
        for label, source in () if args.no_total else (("1", one), (str(count), work / "coll")):
            cmd = [
                archivist,
                "ingest",
                str(source),
                "-o",
                str(work / f"out-{label}"),
                "--jobs",
                "1",
                "--json",
            ]
            runs[label] = total_instructions(callgrind(cmd, work / f"callgrind.{label}.out", work))
        if runs:
            per_article = (runs[str(count)] - runs["1"]) / (count - 1)
            one_run, all_runs = runs["1"], runs[str(count)]
            print(
                f"archivist ingest --jobs 1: {one_run:,} instructions for 1 article, {all_runs:,} for {count}"
            )
            print(f"per article: {per_article / 1e6:.2f} M instructions  ((N run - 1 run) / (N - 1))")
        if args.stages:
            stage_table(work, one, count, FINE if args.fine else STAGES)
        if args.keep:
            args.keep.mkdir(parents=True, exist_ok=True)
            for file in work.glob("callgrind.*"):
                shutil.copy(file, args.keep / file.name)
    finally:
        shutil.rmtree(work, ignore_errors=True)


def stage_table(
    work: Path, one: Path, count: int, stages: tuple[tuple[str, int, tuple[str, ...]], ...]
) -> None:
    if shutil.which("cc") is None:
        raise SystemExit("--stages needs a C compiler (cc)")
    (work / "stages.c").write_text(C_SOURCE)
    library = work / "libstages.so"
    subprocess.run(["cc", "-O0", "-shared", "-fPIC", "-o", str(library), str(work / "stages.c")], check=True)
    driver = work / "driver.py"
    driver.write_text(DRIVER.replace("__STAGES__", repr(stages)))
    out = callgrind(
        [
            sys.executable,
            str(driver),
            str(one),
            str(work / "coll"),
            str(work / "out-stages-1"),
            str(work / "out-stages"),
            str(library),
        ],
        work / "callgrind.stages.out",
        work,
    )
    inclusive = inclusive_by_function(out)
    total = inclusive.get(f"stage_{len(stages)}", 0) / count
    print(f"\nper article, in-process (warm), {count} articles: {total / 1e6:.2f} M instructions in all")
    print("| stage | M instructions per article (inclusive) | share |\n|---|---|---|")
    for index, (name, depth, _targets) in enumerate(stages):
        value = inclusive.get(f"stage_{index}", 0) / count
        label = f"{'  ' * (depth - 1)}{'└ ' if depth > 1 else ''}{name}"
        print(f"| {label} | {value / 1e6:.2f} | {value / total:.1%} |")
    top = sum(inclusive.get(f"stage_{i}", 0) for i, (_n, d, _t) in enumerate(stages) if d == 1) / count
    rest = total - top
    print(f"| other (batch loop, outcomes, report, JSON output) | {rest / 1e6:.2f} | {rest / total:.1%} |")


if __name__ == "__main__":
    main()
