"""An audit event from its shape's checked bytes (``render.premis_event``) is byte for byte the event built,
checked and serialised by lxml; texts the fast path cannot prove plain go through lxml; the proof rests on
the vendored XSD's types, read from it."""

from __future__ import annotations

import random
from datetime import UTC, datetime

import pytest

from archivist.errors import ValidationFailed
from archivist.render import premis, premis_event
from archivist.render.premis import PremisEvent
from archivist.render.premis_event import _string_typed, _text_template, event_bytes

MOMENT = datetime(2026, 11, 30, 20, 0, tzinfo=UTC)
SEED = "ab" * 32


def _by_lxml(event: PremisEvent, kinds: dict[str | None, str]) -> bytes:
    """The path every event took before shapes were checked once: built, checked and serialised alone."""
    element = premis._event_from_template(event, SEED, "archivist/1", event.time or MOMENT, kinds)
    return premis_event._checked_bytes(element)


def _random_text(rng: random.Random) -> str:
    alphabet = "abc XYZ 019 &<>\"'\t\n;=/%é中🙂\u00a0\ud7ff\ue000\ufffd"
    return "".join(rng.choice(alphabet) for _ in range(rng.randint(1, 40)))


def test_random_texts_give_the_bytes_lxml_gives() -> None:
    rng = random.Random(15)
    for _ in range(300):
        objects = tuple(_random_text(rng) for _ in range(rng.randint(0, 2)))
        event = PremisEvent(
            rng.choice(["fix", "rep"]),
            _random_text(rng),
            rng.choice(["suc", "fai"]),
            rng.choice([None, _random_text(rng)]),
            objects,
            time=MOMENT,
            agent=rng.choice([None, _random_text(rng)]),
        )
        kinds = {target: rng.choice(["local", "URN", _random_text(rng)]) for target in objects}
        fast = event_bytes(event, seed=SEED, kinds=kinds, agent="archivist/1")
        assert fast == _by_lxml(event, kinds)


def test_the_shapes_of_an_audit_take_the_fast_path() -> None:
    for kind in ("fix", "rep"):
        for outcome in ("suc", "fai"):
            assert _text_template(kind, outcome, True, 1, "source") is not None


@pytest.mark.parametrize("text", ["carriage\rreturn", "bell\x07", "c1\x85", "", "del\x7f"])
def test_texts_outside_the_plain_set_go_through_lxml(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    calls = []
    real = premis_event._checked_bytes
    monkeypatch.setattr(premis_event, "_checked_bytes", lambda *a, **k: calls.append(1) or real(*a, **k))
    event = PremisEvent("fix", text, outcome_detail="note", objects=("urn:x:1",), time=MOMENT)
    if text == "bell\x07":  # a character XML has no place for: lxml refuses it, nothing is made
        with pytest.raises(ValueError):
            event_bytes(event, seed=SEED, kinds={}, agent="archivist/1")
        return
    made = event_bytes(event, seed=SEED, kinds={}, agent="archivist/1")
    assert calls  # the event itself was checked against the XSD
    assert made == _by_lxml(event, {})


def test_the_proof_rests_on_the_xsd_types() -> None:
    strings = _string_typed()
    # The texts an audit event fills: xs:string, or stringPlusAuthority (xs:string plus attributes).
    for name in ("eventDetail", "eventOutcomeDetailNote", "eventDateTime", "linkingObjectIdentifierType"):
        assert name in strings
    # Typed otherwise in PREMIS 3.0: a date, a count, a structure.
    for name in ("dateCreatedByApplication", "size", "event", "eventOutcomeInformation"):
        assert name not in strings


def test_a_slot_in_an_element_not_proven_plain_sends_every_event_through_lxml(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _text_template.cache_clear()
    monkeypatch.setattr(premis_event, "_string_typed", lambda: frozenset({"eventDetail"}))
    try:
        assert _text_template("fix", "suc", True, 1, "source") is None
        event = PremisEvent("fix", "detail", outcome_detail="note", objects=("urn:x:1",), time=MOMENT)
        assert event_bytes(event, seed=SEED, kinds={}, agent="archivist/1") == _by_lxml(event, {})
    finally:
        _text_template.cache_clear()


def test_the_date_rule_is_checked_on_every_event(monkeypatch: pytest.MonkeyPatch) -> None:
    event = PremisEvent("fix", "d", objects=("urn:x:1",), time=MOMENT)
    assert event_bytes(event, seed=SEED, kinds={}, agent="archivist/1")
    monkeypatch.setattr(premis_event, "is_iso8601", lambda text: False)
    with pytest.raises(ValidationFailed):
        event_bytes(event, seed=SEED, kinds={}, agent="archivist/1")


def test_a_shape_that_breaks_the_xsd_is_refused_when_its_template_is_made(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    real = premis._event_template

    def without_type(*args: object) -> premis._Template:
        template = real(*args)  # type: ignore[arg-type]
        broken = premis._Template(template.element.__deepcopy__(None))
        broken.element.remove(broken.element.find(f"{premis.P}eventType"))  # required by the XSD
        return broken

    _text_template.cache_clear()
    monkeypatch.setattr(premis_event, "_event_template", without_type)
    try:
        with pytest.raises(ValidationFailed):
            _text_template("fix", "suc", True, 1, "source")
    finally:
        _text_template.cache_clear()
