"""Retry with exponential backoff for the steps botocore's own retries do not cover.

botocore retries each API call (5xx, throttling, connection errors; ``standard`` mode), but not a failure
while *streaming* a response body: reading back an object to hash it can die half-way with a reset
connection, and that read must be started again from the beginning. ``with_retries`` does that.
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable
from typing import TypeVar

from botocore.exceptions import (
    ClientError,
    ConnectionClosedError,
    EndpointConnectionError,
    IncompleteReadError,
    ReadTimeoutError,
    ResponseStreamingError,
)
from urllib3.exceptions import ProtocolError

T = TypeVar("T")

THROTTLING = {"Throttling", "ThrottlingException", "SlowDown", "RequestTimeout", "RequestLimitExceeded"}
_TRANSIENT_TYPES = (
    ConnectionError,  # includes ConnectionResetError
    ConnectionClosedError,
    EndpointConnectionError,
    IncompleteReadError,
    ReadTimeoutError,
    ResponseStreamingError,
    ProtocolError,
    TimeoutError,
)


def is_transient(exc: BaseException) -> bool:
    """True for failures that another attempt may cure: resets, timeouts, 5xx, throttling."""
    if isinstance(exc, ClientError):
        status = exc.response.get("ResponseMetadata", {}).get("HTTPStatusCode", 0)
        return status >= 500 or exc.response.get("Error", {}).get("Code") in THROTTLING
    return isinstance(exc, _TRANSIENT_TYPES)


def with_retries(
    func: Callable[[], T],
    *,
    attempts: int = 5,
    base_delay: float = 0.5,
    max_delay: float = 8.0,
    retry_on: Callable[[BaseException], bool] = is_transient,
    sleep: Callable[[float], None] = time.sleep,
) -> T:
    """Call ``func`` until it succeeds, at most ``attempts`` times; wait base·2ⁿ (with jitter) between.

    A failure ``retry_on`` rejects (a wrong digest, a missing bucket) is raised at once; so is the last one.
    """
    for attempt in range(attempts):
        try:
            return func()
        except Exception as exc:
            if attempt == attempts - 1 or not retry_on(exc):
                raise
            # Full jitter: concurrent clients that failed together do not retry together.
            sleep(random.uniform(0, min(max_delay, base_delay * 2**attempt)))
    raise AssertionError("unreachable")  # pragma: no cover
