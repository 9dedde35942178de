"""Whole collections: many articles into bags, in local processes or on a Dask cluster.

``ingest_collection(inputs, output, *, jobs, cluster, tar, deposit, report, progress, ...) -> Summary``
is the library call under ``archivist ingest``. Modules, one job each: ``inputs`` (what to ingest),
``work`` (one article, never raising), ``local`` and ``cluster`` (the two runners), ``staging``
(clearing a killed run's leftovers), ``report`` (summary and JSON Lines), ``progress`` (the bar).
"""

from archivist.batch.report import Summary
from archivist.batch.run import ingest_collection

__all__ = ["Summary", "ingest_collection"]
