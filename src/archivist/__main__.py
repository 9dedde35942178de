"""``python -m archivist`` runs the command line, the same as the ``archivist`` script."""

from archivist.cli import run

run()
