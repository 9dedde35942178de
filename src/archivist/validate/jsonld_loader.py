"""pyld, imported offline, and the document loader that serves only the vendored schema.org 30.0 context.

The loader refuses every other URL, so JSON-LD expansion never fetches anything.
"""

from __future__ import annotations

import json
import sys
from functools import cache, lru_cache
from typing import Any

from archivist.resources import schema_path
from archivist.validate.jsonld_expand import SchemaOrgExpander


def _import_pyld_offline() -> Any:
    """``pyld.jsonld``, imported without the HTTP clients it would make its default document loader
    from (``requests``, else ``aiohttp``): about 0.1 s of every process's start-up (and of the
    ``--jobs`` fork server's serial warm-up) for a loader archivist never uses, since every call is
    given ``local_document_loader``. With neither importable pyld falls back to its loader that refuses
    every URL, which suits an offline tool. A client some other code already imported is left alone."""
    blocked = [name for name in ("requests", "aiohttp") if name not in sys.modules]
    for name in blocked:
        sys.modules[name] = None  # type: ignore[assignment]  # makes ``import name`` raise ImportError
    try:
        from pyld import jsonld as module
    finally:
        for name in blocked:
            if sys.modules.get(name, False) is None:
                del sys.modules[name]
    return module


jsonld = _import_pyld_offline()

CONTEXT_FILE = ("schemaorg", "schemaorgcontext.jsonld")
# The URLs under which the schema.org context is published (SOURCES.md): all served from the local copy.
SCHEMAORG_CONTEXT_URLS = frozenset(
    {
        "https://schema.org",
        "https://schema.org/",
        "http://schema.org",
        "http://schema.org/",
        "https://schema.org/docs/jsonldcontext.jsonld",
        "https://schema.org/docs/jsonldcontext.json",
    }
)


class OfflineLoaderError(jsonld.JsonLdError):
    """A document other than the schema.org context was asked for; archivist never fetches."""


@cache
def _schemaorg_context() -> dict[str, Any]:
    return json.loads(schema_path(*CONTEXT_FILE).read_bytes())


@lru_cache(maxsize=8192)  # bounded: the keys come from the documents, which may be hostile
def _schemaorg_iri(key: str) -> str:
    processor = jsonld.JsonLdProcessor()
    options = {"documentLoader": local_document_loader, "base": None, "processingMode": "json-ld-1.1"}
    ctx = processor.process_context(processor._get_initial_context(options), "https://schema.org", options)
    return str(processor._expand_iri(ctx, key, vocab=True))


def local_document_loader(url: str, options: dict[str, Any] | None = None) -> dict[str, Any]:
    """A pyld document loader that serves only the vendored schema.org 30.0 context.

    Raises:
        OfflineLoaderError: for any other URL, naming it.
    """
    if url in SCHEMAORG_CONTEXT_URLS:
        return {
            "contentType": "application/ld+json",
            "contextUrl": None,
            "documentUrl": "https://schema.org/docs/jsonldcontext.jsonld",
            "document": _schemaorg_context(),
            # "static" lets pyld's shared cache keep the processed context by URL; without it, pyld
            # canonicalises the 3,000-term context on every expansion (about 25 ms each time).
            "tag": "static",
        }
    raise OfflineLoaderError(
        f"refusing to load {url}: archivist works offline and has only the schema.org 30.0 context",
        "jsonld.LoadDocumentError",
        {"url": url},
        code="loading document failed",
    )


@cache
def _expander() -> SchemaOrgExpander:
    return SchemaOrgExpander(_schemaorg_context()["@context"], SCHEMAORG_CONTEXT_URLS, _schemaorg_iri)
