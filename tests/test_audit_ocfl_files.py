"""``audit/ocfl_files.layout_0003_path``: the same paths as ocfl-py's layout 0003, faster."""

from __future__ import annotations

import random

from ocfl.layout_0003_hash_and_id_n_tuple import Layout_0003_Hash_And_Id_N_Tuple

from archivist.audit.ocfl_files import layout_0003_path

ALPHABET = "abcXYZ019-_:/.%~ <>&;@[]^`{}|\\\"'\té€😀\u0301"


def test_layout_0003_paths_are_ocfl_pys():
    rng = random.Random(15)
    identifiers = ["urn:bench:audit:56", "", "a" * 100, "a" * 101, "é" * 40, "x/../y"]
    identifiers += ["".join(rng.choice(ALPHABET) for _ in range(rng.randint(1, 140))) for _ in range(300)]
    layouts = [Layout_0003_Hash_And_Id_N_Tuple() for _ in range(3)]
    layouts[1].tuple_size, layouts[1].number_of_tuples = 2, 5
    layouts[2].digest_algorithm = "sha512"
    for layout in layouts:
        for identifier in identifiers:
            assert layout_0003_path(layout, identifier) == layout.identifier_to_path(identifier), identifier


def test_another_layout_is_left_to_ocfl_py():
    from ocfl.layout_0002_flat_direct import Layout_0002_Flat_Direct

    assert layout_0003_path(Layout_0002_Flat_Direct(), "urn:x") is None
