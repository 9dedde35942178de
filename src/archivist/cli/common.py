"""What every command shares: turning errors into one line and an exit code, JSON output."""

from __future__ import annotations

import functools
import json
import re
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import click

from archivist.errors import EXIT_INTERRUPTED, EXIT_INVALID, ArchivistError, printable
from archivist.termination import Terminated

F = TypeVar("F", bound=Callable[..., Any])


def one_line_errors(func: F) -> F:
    """Run a command, which returns its exit code (``None`` counts as 0), and exit with it: commands never
    call ``sys.exit`` themselves. Report an ArchivistError as ``archivist: <what, where, why>`` on stderr
    and exit with its code.

    Anything else that escapes is a bug in archivist; it is still reported in one line, not a traceback.

    Stopped by Ctrl-C (SIGINT), SIGTERM or SIGHUP (``archivist.termination``, set up by
    ``archivist.cli.run``), the command has unwound (every temporary file and staged bag removed); it
    says ``archivist: interrupted`` or ``archivist: terminated (SIGTERM)`` and exits with 128 + the
    signal's number: 130, 143, 129.
    """

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            code = func(*args, **kwargs)
        except ArchivistError as exc:
            fail(exc.line(), exc.exit_code)
        except KeyboardInterrupt:
            fail("interrupted", EXIT_INTERRUPTED)
        except Terminated as stop:
            fail(stop.line(), stop.exit_code)
        except BrokenPipeError:
            sys.exit(EXIT_INVALID)
        except OSError as exc:
            where = f"{exc.filename}: " if exc.filename else ""
            fail(f"{where}{exc.strerror or exc}", EXIT_INVALID)
        if code:
            sys.exit(code)
        return None

    return wrapper  # type: ignore[return-value]


def fail(message: str, code: int) -> None:
    echo_line(f"archivist: {message}", err=True)
    sys.exit(code)


def echo_line(text: str, *, err: bool = False) -> None:
    """Print one line of text output; control characters in it (from file names) are escaped."""
    click.echo(printable(text), err=err)


# JSON escapes C0 controls itself; C1 controls (U+0080-U+009F: 0x9B is a one-byte CSI on some terminals),
# DEL and the lone surrogates of non-UTF-8 names it passes through raw, so they are written as \uXXXX.
_RAW_IN_JSON = re.compile("[\x7f-\x9f\ud800-\udfff]")


def echo_json(data: Any) -> None:
    """Print ``data`` as JSON, UTF-8 kept readable, nothing in it able to drive a terminal."""
    text = json.dumps(data, ensure_ascii=False, indent=2)
    click.echo(_RAW_IN_JSON.sub(lambda match: f"\\u{ord(match.group()):04x}", text))


def config_option(dest: str = "config_path") -> Callable[[F], F]:
    """``--config FILE``, worded alike in every command that reads the organisation's details."""
    return click.option(
        "--config",
        dest,
        type=click.Path(dir_okay=False, path_type=Path),
        metavar="FILE",
        help="archivist.toml with the organisation's details [default: $ARCHIVIST_CONFIG, "
        "else ./archivist.toml if present, else embedded defaults].",
    )


def endpoint_url_option(func: F) -> F:
    """``--endpoint-url URL``, worded alike in every command that reaches S3."""
    return click.option(
        "--endpoint-url",
        metavar="URL",
        help="S3-compatible endpoint (MinIO, Ceph…) for s3:// targets [default: AWS].",
    )(func)
