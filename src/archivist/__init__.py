"""archivist: archive news articles as standard metadata and BagIt bags.

The pipeline flows one way: source → parse → record → render → validate → bag → deposit → batch.
Each stage is a subpackage with one job; the CLI (`archivist.cli`) is a thin shell over them.
"""

__version__ = "0.1.0"

AGENT = f"archivist/{__version__}"
