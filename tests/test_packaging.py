"""Installed from a wheel (not only editable), archivist still finds its schemas and runs."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

from conftest import ROOT, SAMPLE


def test_wheel_carries_the_schemas_and_runs_from_an_installed_copy(tmp_path: Path) -> None:
    wheels = tmp_path / "wheels"
    build = subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "--quiet",
            "-w",
            str(wheels),
            str(ROOT),
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert build.returncode == 0, build.stderr
    (wheel,) = wheels.glob("archivist-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    for required in (
        "archivist/schemas/record.schema.json",
        "archivist/schemas/newsml-g2/NewsML-G2_2.35-spec-All-Power.xsd",
        "archivist/schemas/ninjs/ninjs-schema_3.1.json",
        "archivist/schemas/premis/premis-v3-0.xsd",
        "archivist/schemas/archivist-bagit-profile.json",
    ):
        assert required in names, required

    site = tmp_path / "site"
    install = subprocess.run(
        [sys.executable, "-m", "pip", "install", "--no-deps", "--quiet", "--target", str(site), str(wheel)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert install.returncode == 0, install.stderr
    env = {**os.environ, "PYTHONPATH": str(site), "SOURCE_DATE_EPOCH": "0"}
    where = subprocess.run(
        [
            sys.executable,
            "-c",
            "import archivist, archivist.resources as r; print(archivist.__file__); print(r.schemas_dir())",
        ],
        capture_output=True,
        text=True,
        check=True,
        cwd=tmp_path,
        env=env,
    ).stdout.splitlines()
    assert where[0].startswith(str(site)) and where[1].startswith(str(site)), where
    out = tmp_path / "out"
    run = subprocess.run(
        [sys.executable, "-m", "archivist", "render", str(SAMPLE), "-o", str(out)],
        capture_output=True,
        text=True,
        check=False,
        cwd=tmp_path,
        env=env,
    )
    assert run.returncode == 0, run.stderr
    assert (out / "newsml.xml").read_bytes().startswith(b"<?xml")
