"""Fuzzing the CLI in-process: `archivist parse` and `archivist validate` over generated inputs (issue 7).

Inputs come from a seeded ``random.Random`` (reproducible: the failure message names the seed and the
input number, and ``bench/fuzz_cli.py --seed S --start N --count 1 --keep DIR`` writes that input out):
mutated real articles (edits, quotation marks, line endings, BOMs, re-encodings, random bytes), random
bytes, mutated records, NewsML-G2, JSON-LD and ninjs documents (JSON-aware and byte-level edits), hostile
XML (entities, DTDs), odd JSON, and mutated BagIt bags written by ``archivist.bag.writer.write_bag``.

For every run: exit code in {0, 1, 2}; no exception escapes (``result.exception`` is a ``SystemExit`` or
nothing); no "Traceback" anywhere; stderr is empty or exactly one line starting ``archivist: ``;
`parse` exits 0 with a valid record on stdout or 1/2 with one line; `validate` exits 0 exactly when it
reports the path valid.

Size knob: ``ARCHIVIST_FUZZ_EXAMPLES`` (the CLI gets twice that many inputs; default 100 → 200 inputs);
``ARCHIVIST_FUZZ_SEED`` picks another seed. ``bench/fuzz_cli.py`` runs thousands.
"""

from __future__ import annotations

import codecs
import json
import os
import random
import shutil
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner, Result

from archivist.cli import main
from conftest import ROOT, Hang, time_guard

REAL_ARTICLES = sorted((ROOT / "tests" / "articles").glob("*.txt")) + sorted(
    (ROOT / "examples").glob("*.txt")
)

EXAMPLES = int(os.environ.get("ARCHIVIST_FUZZ_EXAMPLES", "100"))
SEED = int(os.environ.get("ARCHIVIST_FUZZ_SEED", "20261127"))
PER_RUN_SECONDS = 30  # generous: two cores shared with other suites; a run normally takes milliseconds
QUOTES = "\"'\u201c\u201d\u2018\u2019\u201e\u201a\u00ab\u00bb\u2039\u203a"
SNIPPETS = [
    "\n",
    "\n\n",
    "\r\n",
    "\r",
    "\t",
    " ",
    "By ",
    " and ",
    " said",
    "(AP) \u2014 ",
    "Related:",
    "(END)",
    "WASHINGTON, Nov. 30 ",
    "March 3, 2021",
    "Published: 2020-01-01",
    "Photo: ",
    "\u00a0",
    "\u2026",
    "\ufeff",
    "\u202e",
    "\u0301",
    "\ud7ff",
    "\U0001f600",
    "&amp;",
    "<b>",
    "]]>",
    "%",
    "\\",
    "\x1b",
]


# --------------------------------------------------------------------------- seeds and mutations


@dataclass
class Seeds:
    """Real material the generator mutates: articles, the documents rendered from one, and a bag."""

    articles: list[bytes]
    documents: dict[str, bytes]
    bag: Path | None = None
    notes: list[str] = field(default_factory=list)


def make_seeds(workdir: Path) -> Seeds:
    from archivist.parse import parse_file

    articles = [path.read_bytes() for path in REAL_ARTICLES]
    documents: dict[str, bytes] = {}
    notes = []
    article = parse_file(REAL_ARTICLES[-1])
    from archivist.record import dump_record

    documents["record.json"] = dump_record(article)
    try:
        from archivist.render import render_documents

        documents.update(render_documents(article))
    except Exception as exc:  # the render stage is another module's; fuzz what exists
        notes.append(f"render_documents failed, documents other than the record not fuzzed: {exc!r}")
    bag = None
    try:
        from archivist.bag.writer import PayloadEntry
        from archivist.ingest.package import write_package

        bag = workdir / "seed-bag"
        payload = [PayloadEntry("data/article.txt", articles[-1])]
        payload += [PayloadEntry(f"data/{name}", data) for name, data in sorted(documents.items())]
        write_package(payload, bag, bag_info=[("Source-Organization", "Fuzz")])
    except Exception as exc:
        notes.append(f"write_bag failed, bags not fuzzed: {exc!r}")
        bag = None
    return Seeds(articles, documents, bag, notes)


def mutate_text(rng: random.Random, text: str) -> str:
    for _ in range(rng.randint(0, 6)):
        pos = rng.randint(0, len(text))
        kind = rng.choice(["insert", "delete", "dup_line", "quote", "truncate", "swap"])
        if kind == "insert":
            text = text[:pos] + "".join(rng.choices(SNIPPETS, k=rng.randint(1, 4))) + text[pos:]
        elif kind == "delete":
            text = text[:pos] + text[pos + rng.randint(1, 300) :]
        elif kind == "quote":
            text = text[:pos] + rng.choice(QUOTES) + text[pos:]
        elif kind == "truncate":
            text = text[:pos]
        else:
            lines = text.split("\n")
            i, j = rng.randrange(len(lines)), rng.randrange(len(lines))
            if kind == "dup_line":
                lines.insert(i, lines[j])
            else:
                lines[i], lines[j] = lines[j], lines[i]
            text = "\n".join(lines)
    ending = rng.choice([None, None, "\r\n", "\r"])
    if ending:
        text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\n", ending)
    return text


def encode(rng: random.Random, text: str) -> bytes:
    choice = rng.choice(["utf-8", "utf-8", "utf-8-bom", "utf-16-le", "utf-16-be", "cp1252", "latin-1"])
    if choice == "utf-8-bom":
        return codecs.BOM_UTF8 + text.encode("utf-8", "surrogatepass")
    if choice == "utf-16-le":
        return codecs.BOM_UTF16_LE + text.encode("utf-16-le", "surrogatepass")
    if choice == "utf-16-be":
        return codecs.BOM_UTF16_BE + text.encode("utf-16-be", "surrogatepass")
    return text.encode(choice, "replace")


def mutate_bytes(rng: random.Random, data: bytes, max_edits: int = 3) -> bytes:
    for _ in range(rng.randint(0, max_edits)):
        pos = rng.randint(0, len(data))
        blob = rng.randbytes(rng.randint(1, 4))
        kind = rng.choice(["replace", "insert", "delete"])
        if kind == "replace":
            data = data[:pos] + blob + data[pos + len(blob) :]
        elif kind == "insert":
            data = data[:pos] + blob + data[pos:]
        else:
            data = data[:pos] + data[pos + rng.randint(1, 64) :]
    return data


ODD_VALUES: list[Any] = [
    None,
    True,
    0,
    -1,
    2**63,
    1e308,
    "",
    "x" * 5000,
    "\u0000",
    "../../etc/passwd",
    [],
    {},
    [None],
    {"a": 1},
    "2005-13-45",
    "XXXX-XX-XX",
    {"start": 5, "end": 2},
    {"start": -1, "end": 10**12},
]


def mutate_json(rng: random.Random, obj: Any) -> Any:
    """Replace, delete or duplicate one value somewhere in a JSON document."""
    if isinstance(obj, dict) and obj and rng.random() < 0.7:
        key = rng.choice(list(obj))
        action = rng.choice(["descend", "descend", "delete", "replace", "rename"])
        if action == "descend":
            obj[key] = mutate_json(rng, obj[key])
        elif action == "delete":
            del obj[key]
        elif action == "replace":
            obj[key] = rng.choice(ODD_VALUES)
        else:
            obj[key + rng.choice(["_", "@", " ", "\u0130"])] = obj.pop(key)
        return obj
    if isinstance(obj, list) and obj and rng.random() < 0.7:
        i = rng.randrange(len(obj))
        action = rng.choice(["descend", "descend", "delete", "dup"])
        if action == "descend":
            obj[i] = mutate_json(rng, obj[i])
        elif action == "delete":
            del obj[i]
        else:
            obj.append(obj[i])
        return obj
    return rng.choice(ODD_VALUES)


HOSTILE_XML = [
    b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><x>&e;</x>',
    b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">'
    b'<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">]><x>&d;</x>',
    b'<?xml version="1.0"?><!DOCTYPE x SYSTEM "http://127.0.0.1:9/x.dtd"><x/>',
    b'<newsItem xmlns="http://iptc.org/std/nar/2006-10-01/">'
    b'<xi:include xmlns:xi="http://www.w3.org/2001/XInclude" href="/etc/passwd" parse="text"/></newsItem>',
    b"<" * 5000,
    b"<a>" * 3000 + b"</a>" * 3000,
    b'<?xml version="1.0" encoding="utf-32"?><x/>',
    b'<?xml-stylesheet href="http://127.0.0.1:9/"?><newsItem xmlns="http://iptc.org/std/nar/2006-10-01/"/>',
]


@dataclass
class FuzzInput:
    """One generated input: a file (``data``) or a bag (``bag_edit`` applied to a copy of the seed bag)."""

    label: str
    name: str = "input.txt"
    data: bytes | None = None
    bag_edit: Callable[[Path], None] | None = None


def bag_edit(rng: random.Random) -> tuple[str, Callable[[Path], None]]:
    """An edit to a copy of the seed bag: the kind of damage (and hostility) bags meet."""
    choice = rng.randrange(12)

    def append(name: str, line: bytes) -> Callable[[Path], None]:
        def edit(bag: Path) -> None:
            with open(bag / name, "ab") as handle:
                handle.write(line)

        return edit

    def corrupt(name: str) -> Callable[[Path], None]:
        def edit(bag: Path) -> None:
            target = bag / name
            target.write_bytes(mutate_bytes(rng, target.read_bytes(), 4))

        return edit

    digest = "0" * 64
    if choice == 0:
        return "manifest ../ entry", append(
            "manifest-sha256.txt", f"{digest}  data/../../etc/passwd\n".encode()
        )
    if choice == 1:
        return "manifest absolute entry", append("manifest-sha256.txt", f"{digest}  /etc/passwd\n".encode())
    if choice == 2:
        return "manifest NUL and ~", append(
            "manifest-sha256.txt", f"{digest}  data/a\x00b\n{digest}  ~/x\n".encode()
        )
    if choice == 3:
        return "fetch.txt hostile", append(
            "fetch.txt", b"http://127.0.0.1:9/x 10 ../../x\nfile:///etc/passwd - data/y\n"
        )
    if choice == 4:
        return "over-long manifest line", append("manifest-sha512.txt", b"a" * 200_000 + b"\n")
    if choice == 5:
        return "huge bag-info value", append("bag-info.txt", b"Note: " + b"v" * 300_000 + b"\n")
    if choice == 6:

        def symlink_out(bag: Path) -> None:
            os.symlink("/etc/passwd", bag / "data" / "link")

        return "symlink out of the bag", symlink_out
    if choice == 7:

        def delete_payload(bag: Path) -> None:
            (bag / "data" / "article.txt").unlink()

        return "payload file deleted", delete_payload
    if choice == 8:

        def extra(bag: Path) -> None:
            (bag / "data" / "extra.bin").write_bytes(rng.randbytes(64))

        return "payload file added", extra
    name = rng.choice(
        [
            "bagit.txt",
            "bag-info.txt",
            "manifest-sha256.txt",
            "tagmanifest-sha512.txt",
            "data/article.txt",
            "premis.xml",
        ]
    )
    return f"bytes of {name} corrupted", corrupt(name)


def generate(rng: random.Random, seeds: Seeds) -> FuzzInput:
    """One input, chosen among the kinds the CLI meets."""
    kind = rng.choices(
        ["article", "article-bytes", "random", "document", "document-bytes", "hostile-xml", "odd", "bag"],
        weights=[30, 10, 8, 20, 10, 4, 6, 12 if seeds.bag else 0],
    )[0]
    if kind == "article":
        text = mutate_text(rng, rng.choice(seeds.articles).decode("utf-8"))
        return FuzzInput(kind, data=mutate_bytes(rng, encode(rng, text), 1))
    if kind == "article-bytes":
        return FuzzInput(kind, data=mutate_bytes(rng, rng.choice(seeds.articles), 8))
    if kind == "random":
        return FuzzInput(kind, data=rng.randbytes(rng.choice([0, 1, 2, 3, 16, 300, 4000])))
    if kind in {"document", "document-bytes"}:
        name = rng.choice(sorted(seeds.documents))
        data = seeds.documents[name]
        if kind == "document" and name.endswith((".json", ".jsonld")):
            obj = json.loads(data)
            for _ in range(rng.randint(1, 3)):
                obj = mutate_json(rng, obj)
            data = json.dumps(obj, ensure_ascii=rng.random() < 0.5).encode("utf-8")
        elif kind == "document":
            data = mutate_text(rng, data.decode("utf-8")).encode("utf-8")
        else:
            data = mutate_bytes(rng, data, 6)
        return FuzzInput(f"{kind} {name}", name=name, data=data)
    if kind == "hostile-xml":
        return FuzzInput(kind, name="hostile.xml", data=rng.choice(HOSTILE_XML))
    if kind == "odd":
        data = rng.choice(
            [
                b"{}",
                b"[]",
                b"null",
                b"{" * 5000,
                b"[" * 100_000,
                b'{"record_version": "1.0"}',
                b'{"record_version": "1.0", "source": 1}',
                b'{"@context": "https://schema.org"}',
                b"\xef\xbb\xbf{",
                b"<",
                b"\x00" * 10,
                b" \n\t",
            ]
        )
        return FuzzInput(kind, name=rng.choice(["x.json", "x.xml", "x.txt", "x.tar"]), data=data)
    label, edit = bag_edit(rng)
    return FuzzInput(f"bag: {label}", name="bag", bag_edit=edit)


def materialise(item: FuzzInput, seeds: Seeds, where: Path) -> Path:
    where.mkdir(parents=True, exist_ok=True)
    target = where / item.name
    if item.bag_edit is not None:
        assert seeds.bag is not None
        shutil.copytree(seeds.bag, target, symlinks=True)
        item.bag_edit(target)
    else:
        assert item.data is not None
        target.write_bytes(item.data)
    return target


# --------------------------------------------------------------------------- running and judging


def run_cli(args: list[str]) -> Result:
    with time_guard(PER_RUN_SECONDS):
        return CliRunner().invoke(main, args, catch_exceptions=True)


def cli_problems(command: str, result: Result) -> list[str]:
    """Why a CLI run is not a clean answer (empty when it is)."""
    problems = []
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        problems.append(f"{command}: exception escaped: {result.exception!r}")
    if result.exit_code not in {0, 1, 2}:
        problems.append(f"{command}: exit code {result.exit_code}")
    stdout, stderr = result.stdout, result.stderr
    if "Traceback" in stdout or "Traceback" in stderr:
        problems.append(f"{command}: a traceback in the output")
    if stderr:
        lines = stderr.splitlines()
        if len(lines) != 1 or not lines[0].startswith("archivist: ") or not stderr.endswith("\n"):
            problems.append(f"{command}: stderr is not one 'archivist: ' line: {stderr[:500]!r}")
    return problems


def check_input(item: FuzzInput, seeds: Seeds, where: Path) -> dict[str, int]:
    """Run parse and validate on one input; return {command: exit code}; raise AssertionError with reasons."""
    from archivist.record.io import record_problems

    path = materialise(item, seeds, where)
    problems: list[str] = []
    codes: dict[str, int] = {}

    parsed = run_cli(["parse", str(path)])
    problems += cli_problems("parse", parsed)
    codes["parse"] = parsed.exit_code
    if parsed.exit_code == 0:
        if parsed.stderr:
            problems.append("parse: exit 0 but a message on stderr")
        try:
            record = json.loads(parsed.stdout_bytes)
        except ValueError as exc:
            problems.append(f"parse: exit 0 but stdout is not JSON: {exc}")
        else:
            found = record_problems(record)
            if found:
                problems.append(f"parse: exit 0 but the record is invalid: {found[0].line()}")
            else:
                out = where / "parsed.record.json"
                out.write_bytes(parsed.stdout_bytes)
                again = run_cli(["validate", str(out)])
                codes["validate-parsed"] = again.exit_code
                problems += cli_problems("validate (parse output)", again)
                if again.exit_code != 0:
                    problems.append(
                        f"validate: the record `parse` printed is not valid: {again.stdout[:300]!r}"
                    )
    elif not parsed.stderr:
        problems.append(f"parse: exit {parsed.exit_code} without a message on stderr")

    validated = run_cli(["validate", "--json", str(path)])
    problems += cli_problems("validate", validated)
    codes["validate"] = validated.exit_code
    if validated.exit_code in {0, 1}:
        try:
            report = json.loads(validated.stdout)
        except ValueError as exc:
            problems.append(f"validate --json: stdout is not JSON ({exc}): {validated.stdout[:300]!r}")
        else:
            if report.get("valid") != (validated.exit_code == 0):
                problems.append(
                    f"validate: exit {validated.exit_code} but report valid={report.get('valid')}"
                )
    if problems:
        raise AssertionError("; ".join(problems))
    return codes


def inputs(seed: int, count: int, seeds: Seeds, start: int = 0) -> Iterator[tuple[int, FuzzInput]]:
    """The ``count`` inputs from number ``start`` on; input ``i`` depends only on (seed, i)."""
    for index in range(start, start + count):
        yield index, generate(random.Random(f"{seed}:{index}"), seeds)


# --------------------------------------------------------------------------- tests


@pytest.fixture(scope="module")
def seeds(tmp_path_factory: pytest.TempPathFactory) -> Seeds:
    return make_seeds(tmp_path_factory.mktemp("seeds"))


def test_seed_material_is_complete(seeds: Seeds) -> None:
    """Fuzzing only means something if every kind of input can be generated."""
    assert not seeds.notes, seeds.notes
    assert {"record.json", "newsml.xml", "article.jsonld", "ninjs.json"} <= set(seeds.documents)
    assert seeds.bag is not None and (seeds.bag / "bagit.txt").is_file()


def test_unmutated_seeds_are_accepted(seeds: Seeds, tmp_path: Path) -> None:
    """Baseline: real articles parse (exit 0) and the seed documents and bag validate (exit 0)."""
    for i, data in enumerate(seeds.articles):
        assert check_input(FuzzInput("seed", data=data), seeds, tmp_path / f"a{i}")["parse"] == 0
    for name, data in seeds.documents.items():
        assert check_input(FuzzInput("seed", name=name, data=data), seeds, tmp_path / name)["validate"] == 0
    if seeds.bag is not None:
        assert (
            check_input(FuzzInput("seed", name="bag", bag_edit=lambda bag: None), seeds, tmp_path / "bag")[
                "validate"
            ]
            == 0
        )


CHUNKS = 6


@pytest.mark.parametrize("chunk", range(CHUNKS))
def test_cli_gives_clean_answers(seeds: Seeds, chunk: int) -> None:
    """A share of the generated inputs; every failure is listed with the input number that reproduces it."""
    total = 2 * EXAMPLES
    per = -(-total // CHUNKS)
    failures = []
    with tempfile.TemporaryDirectory(prefix="archivist-fuzz-") as tmp:
        for index, item in inputs(SEED, min(per, max(0, total - chunk * per)), seeds, start=chunk * per):
            try:
                check_input(item, seeds, Path(tmp) / str(index))
            except (AssertionError, Hang) as exc:
                failures.append(f"input {index} ({item.label}): {exc}")
            shutil.rmtree(Path(tmp) / str(index), ignore_errors=True)
    assert not failures, (
        f"{len(failures)} failing inputs (seed {SEED}; reproduce with bench/fuzz_cli.py --seed {SEED} "
        f"--start N --count 1 --keep DIR):\n" + "\n".join(failures[:20])
    )


def test_judge_rejects_unclean_answers() -> None:
    """The judge can fail: a traceback, a two-line stderr and an escaped exception are each caught."""
    runner = CliRunner()
    import click

    @click.command()
    def boom() -> None:
        raise RuntimeError("boom")

    @click.command()
    def chatty() -> None:
        click.echo("archivist: one", err=True)
        click.echo("two", err=True)
        raise SystemExit(1)

    assert any("exception escaped" in p for p in cli_problems("boom", runner.invoke(boom, [])))
    assert any("not one 'archivist: ' line" in p for p in cli_problems("chatty", runner.invoke(chatty, [])))


KNOWN_HOSTILE = {
    "unclosed-json-arrays": b"[" * 100_000,
    "deep-json-arrays": b"[" * 5000 + b"]" * 5000,
    "deep-json-objects": b'{"a":' * 5000 + b"1" + b"}" * 5000,
    "deep-record": b'{"record_version": "1.0", "source": ' + b"[" * 3000 + b"]" * 3000 + b"}",
    "deep-jsonld": b'{"@context": "https://schema.org", "@type": "NewsArticle", "about": '
    + b'{"@type": "Thing", "about": ' * 2000
    + b"{}"
    + b"}" * 2000
    + b"}",
    "deep-xml": b"<a>" * 100_000 + b"</a>" * 100_000,
    "billion-laughs": HOSTILE_XML[1],
    "utf-16-json": codecs.BOM_UTF16_LE + '{"record_version": "1.0"}'.encode("utf-16-le"),
}


NO_BODY = "no article body (the text holds a headline or front matter but no paragraphs)"
NO_PAGE_BODY = "no article body (the page holds no paragraphs of prose)"
TOO_DEEP = "nested deeper than 64 levels"
# name → (parse exit code, parse's stderr line after the path or None, validate's one problem code, a
# fragment of its message). Text parsing takes any text: a JSON document is text whose one paragraph is
# its punctuation, so `parse` makes a record of it; validation judges it as the document it looks like.
KNOWN_HOSTILE_OUTCOMES: dict[str, tuple[int, str | None, str, str]] = {
    "unclosed-json-arrays": (0, None, "json.syntax", TOO_DEEP),
    "deep-json-arrays": (0, None, "json.syntax", TOO_DEEP),
    "deep-json-objects": (0, None, "json.syntax", TOO_DEEP),
    "deep-record": (0, None, "json.syntax", TOO_DEEP),
    "deep-jsonld": (0, None, "json.syntax", TOO_DEEP),
    # `<a>` starts an HTML page by the WHATWG sniffing rule: read as a page, which holds no article.
    "deep-xml": (1, NO_PAGE_BODY, "xml.syntax", "malformed XML (Excessive depth in document: 256"),
    "billion-laughs": (1, NO_BODY, "xml.syntax", "XML with a DOCTYPE refused"),
    "utf-16-json": (1, NO_BODY, "kind.unknown", "not a document archivist can validate"),
}


@pytest.mark.parametrize("name", sorted(KNOWN_HOSTILE))
def test_known_hostile_inputs(seeds: Seeds, tmp_path: Path, name: str) -> None:
    """Inputs found by longer fuzzing runs (bench/fuzz_cli.py) or written by hand, kept as regressions:
    each gets a clean answer (the judge) and its one expected outcome from parse and from validate."""
    parse_exit, parse_message, problem_code, problem_message = KNOWN_HOSTILE_OUTCOMES[name]
    codes = check_input(FuzzInput(name, name="input", data=KNOWN_HOSTILE[name]), seeds, tmp_path)
    assert codes["parse"] == parse_exit
    path = tmp_path / "input"
    parsed = run_cli(["parse", str(path)])
    assert parsed.stderr == (f"archivist: {path}: {parse_message}\n" if parse_message else "")
    assert codes["validate"] == 1
    report = json.loads(run_cli(["validate", "--json", str(path)]).stdout)
    problems = [problem for item in report["reports"] for problem in item["problems"]]
    assert [p["code"] for p in problems] == [problem_code]
    assert problem_message in problems[0]["message"]


@pytest.mark.parametrize(
    ("kind", "outcome"),
    [
        ("record", "[json.syntax]"),
        ("jsonld", "[jsonld.parse]"),
        ("ninjs", "[ninjs.parse]"),
        ("newsml", "[xml.malformed]"),
        ("premis", "[xml.malformed]"),
        ("bag", "not a bag directory, tar or zip file"),
    ],
)
def test_deep_json_with_forced_kind(tmp_path: Path, kind: str, outcome: str) -> None:
    """`validate --kind K` skips detection, so each kind's own reader meets the hostile document: an invalid
    document (exit 1, its one problem) for each document kind, a usage error (exit 2) for a bag."""
    path = tmp_path / "deep.json"
    path.write_bytes(KNOWN_HOSTILE["unclosed-json-arrays"])
    result = run_cli(["validate", "--kind", kind, str(path)])
    assert cli_problems("validate", result) == []
    if kind == "bag":
        assert (result.exit_code, result.stderr) == (2, f"archivist: {path}: {outcome}\n")
    else:
        assert result.exit_code == 1
        assert result.stdout.count("error:") == 1 and outcome in result.stdout, result.stdout


@pytest.mark.parametrize("name", ["unclosed-json-arrays", "deep-record"])
def test_render_of_a_hostile_record(tmp_path: Path, name: str) -> None:
    """`archivist render X.json` reads X as a record (archivist.record.io.load_record): one line, exit 1."""
    path = tmp_path / "story.record.json"
    path.write_bytes(KNOWN_HOSTILE[name])
    result = run_cli(["render", str(path), "-o", str(tmp_path / "out")])
    assert cli_problems("render", result) == []
    assert result.exit_code == 1 and not (tmp_path / "out").exists()


ODD_NAMES = {
    "newline": b"new\nline.txt",
    "carriage-return": b"cr\rname.txt",
    "tab": b"tab\there.txt",
    "percent": b"percent%20.txt",
    "latin-1-bytes": b"latin1-\xe9t\xe9.txt",  # a name from an old archive, not UTF-8
    "nfd": b"nfd-e\xcc\x81.txt",
    "backslash": b"back\\slash.txt",
    "dots": b"...",
    "dash": b"-dash.txt",
    "long": b"x" * 250 + b".txt",
}


def _odd_named_article(tmp_path: Path, name: str) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    path = os.path.join(os.fsencode(folder), ODD_NAMES[name])
    with open(path, "wb") as handle:
        handle.write(REAL_ARTICLES[-1].read_bytes())
    return Path(os.fsdecode(path))


@pytest.mark.parametrize("name", sorted(ODD_NAMES))
def test_odd_file_names_get_clean_answers(tmp_path: Path, name: str) -> None:
    """Whatever an article file is called, `parse` and `ingest` answer cleanly (exit 0 or one line)."""
    article = _odd_named_article(tmp_path, name)
    for args in (["parse", str(article)], ["ingest", str(article), "-o", str(tmp_path / "bags"), "-j", "1"]):
        result = run_cli(args)
        assert cli_problems(args[0], result) == []
        assert result.exit_code in {0, 1}


@pytest.mark.parametrize("name", sorted(ODD_NAMES))
def test_odd_file_names_are_archived(tmp_path: Path, name: str) -> None:
    """A valid article is archived whatever its (POSIX-legal) name: an archive cannot rename its originals.
    The bag holds the bytes unchanged and validates."""
    article = _odd_named_article(tmp_path, name)
    from archivist.ingest import INGESTED, ingest_article

    outcome = ingest_article(article, tmp_path / "bags")
    assert outcome.status == INGESTED, outcome.error
    stored = [p for p in (Path(str(outcome.bag)) / "data" / "source").iterdir()]
    assert [p.read_bytes() for p in stored] == [article.read_bytes()]
    assert run_cli(["validate", str(outcome.bag)]).exit_code == 0
