"""pyld is imported without an HTTP client for its default loader (start-up time, issue 14), and the
JSON-LD check works the same with it."""

from __future__ import annotations

import subprocess
import sys


def test_jsonld_check_imports_no_http_client_and_refuses_remote_contexts() -> None:
    script = (
        "import sys\n"
        "from archivist.validate.jsonld import jsonld_problems\n"
        "assert 'requests' not in sys.modules and 'aiohttp' not in sys.modules, 'HTTP client imported'\n"
        'ok = b\'{"@context": "https://schema.org", "@type": "NewsArticle", "headline": "H"}\'\n'
        "bad = ok.replace(b'https://schema.org', b'https://example.org/ctx')\n"
        "print(sorted({p.code for p in jsonld_problems(ok) if p.severity == 'error'}))\n"
        "print(sorted({p.code for p in jsonld_problems(bad) if p.severity == 'error'}))\n"
        "import requests\n"  # blocked only while pyld was imported, not afterwards
    )
    run = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=False)
    assert run.returncode == 0, run.stderr
    valid, remote = run.stdout.splitlines()
    assert valid == "[]"
    assert "'jsonld.expand'" in remote
