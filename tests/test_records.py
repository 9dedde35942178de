"""The sample's committed record and documents under records/ are reproduced byte for byte.

They are regenerated with `make records` (SOURCE_DATE_EPOCH fixed); a change in the parser or a renderer
that alters them shows here, in review, as a diff of the committed files.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from archivist.parse import parse_file
from archivist.render import render_documents
from archivist.render.context import RenderContext
from conftest import ROOT, SAMPLE

RECORDS = ROOT / "records" / SAMPLE.stem
# 2005-11-30T00:00:00Z, the sample's own date: the Makefile's `records` target uses the same.
EPOCH = "1133308800"


@pytest.fixture(scope="module")
def rendered() -> dict[str, bytes]:
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("SOURCE_DATE_EPOCH", EPOCH)
        return render_documents(parse_file(SAMPLE), RenderContext())


def test_every_committed_document_is_reproduced(rendered: dict[str, bytes]) -> None:
    committed = sorted(p.name for p in RECORDS.iterdir())
    assert committed == sorted(rendered), "records/ and the rendered documents differ in which files exist"
    for name, data in rendered.items():
        assert (RECORDS / name).read_bytes() == data, (
            f"records/{SAMPLE.stem}/{name} differs: run `make records`"
        )


def test_the_makefile_regenerates_with_the_same_epoch() -> None:
    makefile = (ROOT / "Makefile").read_text()
    assert f"SOURCE_DATE_EPOCH={EPOCH}" in makefile


def test_the_committed_sample_is_the_original(tmp_path: Path) -> None:
    import hashlib
    import json

    record = json.loads((RECORDS / "record.json").read_bytes())
    assert record["source"]["sha256"] == hashlib.sha256(SAMPLE.read_bytes()).hexdigest()
