"""Pause points in every Python process of a test's child run, worker processes included.

``tests/pause_points.py`` patches the process it runs in; a ``--jobs N`` run's workers are forked from
multiprocessing's fork server, a fresh interpreter the patch never reaches. A test that needs a worker
stopped at a point puts this directory on the child's ``PYTHONPATH`` and names the point in
``ARCHIVIST_TEST_PAUSE``: every interpreter of the run (the command, the fork server and so each worker)
imports this module at start-up and installs the point. Never on the path outside those tests.
"""

import os
import sys

_POINT = os.environ.get("ARCHIVIST_TEST_PAUSE")
if _POINT:
    sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    import pause_points

    pause_points.install(_POINT, pause_points.pause_forever)
