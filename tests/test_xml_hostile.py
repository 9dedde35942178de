"""Hostile XML is refused with one clean InputError, and nothing is read from disk or network.

Each document is written here (no fixtures from elsewhere): the classic XXE, billion laughs, an external
DTD and parameter entity pointing at a local socket that records connections, and XInclude.
"""

from __future__ import annotations

import socket
import threading
from collections.abc import Iterator

import pytest

from archivist.errors import InputError
from archivist.validate.newsml import newsml_problems
from archivist.validate.xmlsafe import XMLInputError, parse_xml

XXE = b"""<?xml version="1.0"?>
<!DOCTYPE newsItem [
  <!ENTITY secret SYSTEM "file:///etc/passwd">
]>
<newsItem xmlns="http://iptc.org/std/nar/2006-10-01/">&secret;</newsItem>
"""

_LAUGHS = "".join(f'  <!ENTITY lol{i} "{f"&lol{i - 1};" * 10}">\n' for i in range(1, 10))
BILLION_LAUGHS = (
    '<?xml version="1.0"?>\n<!DOCTYPE lolz [\n  <!ENTITY lol0 "lol">\n'
    + _LAUGHS
    + "]>\n<lolz>&lol9;</lolz>\n"
).encode()


class Listener:
    """A local TCP socket that records every connection made to it."""

    def __init__(self) -> None:
        self.sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(5)
        self.sock.settimeout(0.2)
        self.port = self.sock.getsockname()[1]
        self.connections = 0
        self.stop = threading.Event()
        self.thread = threading.Thread(target=self._run, daemon=True)
        self.thread.start()

    def _run(self) -> None:
        while not self.stop.is_set():
            try:
                conn, _ = self.sock.accept()
            except OSError:
                continue
            self.connections += 1
            conn.close()

    def close(self) -> None:
        self.stop.set()
        self.thread.join()
        self.sock.close()


@pytest.fixture
def listener() -> Iterator[Listener]:
    server = Listener()
    yield server
    server.close()


def _refused(data: bytes, code: str) -> XMLInputError:
    with pytest.raises(InputError) as caught:
        parse_xml(data, file="hostile.xml")
    error = caught.value
    assert isinstance(error, XMLInputError)
    assert error.code == code
    assert "\n" not in error.line() and error.line().startswith("hostile.xml:")
    return error


def test_external_entity_is_refused_without_reading_the_file() -> None:
    error = _refused(XXE, "xml.doctype")
    assert error.line_number == 2
    assert "root:" not in error.line()


def test_billion_laughs_is_refused() -> None:
    error = _refused(BILLION_LAUGHS, "xml.doctype")
    assert error.line_number == 2


def test_external_dtd_url_is_never_fetched(listener: Listener) -> None:
    data = (
        f'<?xml version="1.0"?>\n<!DOCTYPE newsItem SYSTEM "http://127.0.0.1:{listener.port}/x.dtd">\n'
        "<newsItem/>\n"
    ).encode()
    _refused(data, "xml.doctype")
    listener.close()  # wait for the accept loop to finish before reading its count
    assert listener.connections == 0


def test_external_parameter_entity_is_never_fetched(listener: Listener) -> None:
    data = (
        f'<!DOCTYPE x [<!ENTITY % remote SYSTEM "http://127.0.0.1:{listener.port}/x.dtd"> %remote;]>\n<x/>'
    ).encode()
    _refused(data, "xml.doctype")
    listener.close()
    assert listener.connections == 0


def test_listener_does_record_connections(listener: Listener) -> None:
    # The control: the socket above would have seen a fetch had one happened.
    with socket.create_connection(("127.0.0.1", listener.port), timeout=2):
        pass
    listener.close()
    assert listener.connections == 1


def test_harmless_doctype_is_refused_too() -> None:
    _refused(b'<?xml version="1.0"?>\n<!DOCTYPE x>\n<x/>', "xml.doctype")


def test_doctype_in_utf16_is_refused() -> None:
    data = '<?xml version="1.0" encoding="UTF-16"?>\n<!DOCTYPE x [<!ENTITY e "e">]><x>&e;</x>'.encode(
        "utf-16"
    )
    assert _refused(data, "xml.doctype").line_number == 2


@pytest.mark.parametrize("namespace", ["http://www.w3.org/2001/XInclude", "http://www.w3.org/2003/XInclude"])
def test_xinclude_is_refused(namespace: str) -> None:
    data = (
        f'<x xmlns:xi="{namespace}">\n  <xi:include href="file:///etc/passwd" parse="text"/>\n</x>'.encode()
    )
    assert _refused(data, "xml.xinclude").line_number == 2


def test_malformed_xml_is_one_line_with_its_line_number() -> None:
    error = _refused(b"<a>\n<b>\n</a>\n", "xml.malformed")
    assert error.line_number == 3


def test_text_instead_of_bytes_is_refused() -> None:
    with pytest.raises(XMLInputError) as caught:
        parse_xml("<x/>", file="f.xml")  # type: ignore[arg-type]
    assert caught.value.code == "xml.not-bytes"


@pytest.mark.parametrize(
    ("data", "code"),
    [
        (XXE, "xml.doctype"),
        (BILLION_LAUGHS, "xml.doctype"),
        (
            b"<x xmlns:xi='http://www.w3.org/2001/XInclude'><xi:include href='/etc/passwd'/></x>",
            "xml.xinclude",
        ),
    ],
)
def test_newsml_validator_reports_hostile_input_as_one_problem(data: bytes, code: str) -> None:
    [problem] = newsml_problems(data, file="hostile.xml")
    assert problem.code == code and problem.file == "hostile.xml"
