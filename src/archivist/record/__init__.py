"""The record: the Article model and its canonical JSON."""

from archivist.record.io import dump_record, load_record, record_problems
from archivist.record.model import Article

__all__ = ["Article", "dump_record", "load_record", "record_problems"]
