"""A live page's entry stamps (``archivist.parse.livestamps``): a time of day alone on its line over each
entry's prose, in any house's clock style, is no subhead and no paragraph. Articles written for this test."""

from __future__ import annotations

import pytest

from archivist.parse import parse_text
from archivist.parse.livestamps import live_stamps as _live_stamps
from archivist.parse.sidebar import short_blocks

_ENTRIES = {
    "en": (
        "LIVE: Storm closes roads across the Waikato\n\nAroha Smith\n\n14 August 2025\n\n",
        ["09:05", "10:40", "11:15"],
        [
            "Heavy rain overnight has closed State Highway 1 north of Huntly, police say, with slips reported"
            " in two places.",
            "Waka Kotahi says crews are on the way but the road is unlikely to reopen before the afternoon.",
            "The MetService has extended its orange warning for the Coromandel until Friday morning.",
        ],
    ),
    "fr": (
        "DIRECT. Grève des trams à Bruxelles : suivez la journée\n\nPar Julie Lambert\n\n3 mars 2025\n\n",
        ["7h02", "8h15", "9h30"],
        [
            "Aucun tram ne circule ce matin sur le réseau bruxellois, a confirmé la société de transport dans"
            " un communiqué.",
            "Les bus et le métro roulent presque normalement, mais les quais sont bondés à la gare du Midi.",
            "Les syndicats annoncent une manifestation devant le siège de la société en fin de matinée.",
        ],
    ),
    "de": (
        "Liveticker: Föhnsturm legt Bahnverkehr im Tirol lahm\n\nVon Anna Gruber\n\n3. März 2025\n\n",
        ["10.15 Uhr", "11.40 Uhr", "12.05 Uhr"],
        [
            "Auf der Arlbergstrecke sind seit dem Morgen keine Züge mehr unterwegs, weil Bäume auf die Gleise"
            " gestürzt sind.",
            "Die Bahn richtet zwischen Landeck und Bludenz einen Ersatzverkehr mit Bussen ein, heisst es.",
            "Auch die Brennerautobahn ist für Lastwagen mit Anhänger bis auf Weiteres gesperrt worden.",
        ],
    ),
    "es": (
        "EN VIVO | Sismo en el norte de Chile: lo último\n\nPor Carla Soto\n\n9 de julio de 2025\n\n",
        ["4:45 a.m.", "6:10 a.m.", "7:30 a.m."],
        [
            "Un sismo de magnitud 6,2 se registró en la Región de Atacama, según el Centro Sismológico"
            " Nacional.",
            "El Senapred descartó que el movimiento reuniera las condiciones para generar un tsunami.",
            "La delegación informó que no hay personas lesionadas y que los daños son menores en Copiapó.",
        ],
    ),
}


@pytest.mark.parametrize("language", sorted(_ENTRIES))
def test_entry_stamps_are_left_out(language: str) -> None:
    front, stamps, entries = _ENTRIES[language]
    text = front + "".join(f"{stamp}\n\n{entry}\n\n" for stamp, entry in zip(stamps, entries, strict=True))
    article = parse_text(text)
    assert [p.text for section in article.sections for p in section.paragraphs] == entries
    assert all(section.heading is None for section in article.sections)
    assert article.summary is None


def live_stamps(blocks: list[str]) -> set[int]:
    return _live_stamps(blocks, short_blocks(blocks))


def test_no_stamps_without_prose_under_them_or_alone() -> None:
    prose = "Heavy rain overnight has closed State Highway 1 north of Huntly, police say, with slips."
    assert not live_stamps(["Listen", "00:00", "03:21", prose, prose])  # a player's clock
    assert not live_stamps(["3 March 2025", "11:20", prose, prose])  # a date line's time, one line
    assert not live_stamps(["Closing at 09:05", prose, "10:40", prose])  # a line holding words
    assert live_stamps(["09:05", prose, "10:40", prose]) == {0, 2}
