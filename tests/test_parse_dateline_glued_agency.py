"""Two dateline habits: a place in capitals closed by a stop before the dash (``MASVINGO. —``, ``HARARE.
–``), the stop being the mark's, no part of the place; and a wire's initials glued to the place by a
hyphen (``PAW-Kigali (Rwanda) –``, ``APS-Dakar –``), its agency, the bracket after the place then holding
the country. Texts written for the test, with lines the rules must leave as they were."""

from __future__ import annotations

import pytest

from archivist.parse.dateline import find_dateline


@pytest.mark.parametrize(
    ("paragraph", "place", "agency"),
    [
        ("MASVINGO. — GOVERNMENT has set aside money to rebuild the dam walls this year.", "MASVINGO", None),
        ("BULAWAYO. — The city council says water will be rationed from Monday.", "BULAWAYO", None),
        (
            "PAW-Kigali (Rwanda) – The government will stop registering petrol taxis next year.",
            "Kigali (Rwanda)",
            "PAW",
        ),
        ("APS-Dakar – Le gouvernement a annoncé lundi un plan pour les pêcheurs artisanaux.", "Dakar", "APS"),
        # the agency's bracket after a glued place in capitals stays the agency
        ("PANA-Lomé (AFP) – Les transporteurs ont suspendu leur grève après un accord.", "Lomé", "PANA"),
    ],
)
def test_dateline_shapes(paragraph: str, place: str, agency: str | None) -> None:
    found = find_dateline(paragraph, 0, len(paragraph))
    assert found is not None and found.place is not None and found.place.text == place
    assert (found.agency.text if found.agency else None) == agency
    assert paragraph[found.place.span.start : found.place.span.end] == place


@pytest.mark.parametrize(
    ("paragraph", "place"),
    [
        # initials keep their stops; a place in mixed case keeps its own
        ("WASHINGTON, D.C. — The Senate voted on Tuesday to extend the programme.", "WASHINGTON, D.C."),
        ("LONDON (Reuters) - Britain's economy grew faster than expected in the third quarter.", "LONDON"),
    ],
)
def test_datelines_left_as_they_were(paragraph: str, place: str) -> None:
    found = find_dateline(paragraph, 0, len(paragraph))
    assert found is not None and found.place is not None and found.place.text == place
