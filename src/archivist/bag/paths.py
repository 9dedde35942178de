"""File paths as BagIt writes them in manifests and fetch.txt (RFC 8493 §2.1.3, §7.2).

Only CR, LF and ``%`` are percent-encoded, and only those are decoded: any other ``%XX`` in a
manifest stays as written (bagit-python 1.9.0 leaves ``%`` itself unencoded, which makes a file
named ``100%25.txt`` ambiguous; we do not share that fault).
"""

from __future__ import annotations

import re

_ENCODE = {"%": "%25", "\r": "%0D", "\n": "%0A"}
_DECODE = re.compile(r"%(25|0[AaDd])")


def encode_path(path: str) -> str:
    if "%" not in path and "\r" not in path and "\n" not in path:
        return path  # nearly every path: three C scans instead of a Python step per character
    return "".join(_ENCODE.get(ch, ch) for ch in path)


def decode_path(path: str) -> str:
    return _DECODE.sub(lambda m: {"25": "%", "0A": "\n", "0D": "\r"}[m.group(1).upper()], path)
