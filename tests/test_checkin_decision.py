"""The pure decision: every outcome, its colour, its stored decision, entry and exit."""

from __future__ import annotations

import datetime as dt

import pytest

from sakura_desktop.core.checkin.decision import (
    CheckpointFacts,
    Outcome,
    PersonState,
    Tone,
    decide,
    decide_person,
    stored_decision,
)
from sakura_desktop.core.tokens import TokenCheck, TokenStatus
from sakura_desktop.db.enums import CheckpointKind, Decision, Direction, ParticipantStatus

LECTURE = CheckpointFacts(1, 1, "Welcome lecture", CheckpointKind.SESSION, False, 7)
BUS = CheckpointFacts(2, 1, "Bus to Harima", CheckpointKind.TRANSFER, True, 8)
VALID = TokenCheck(TokenStatus.VALID, 5, 1)
NINE = dt.datetime(2026, 7, 13, 9, 12)


def state(**changes: object) -> PersonState:
    base: dict[str, object] = {
        "name": "Anong",
        "status": ParticipantStatus.REGISTERED,
        "expected": True,
        "inside": False,
    }
    return PersonState(**{**base, **changes})  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("check", "person", "direction", "outcome", "words"),
    [
        (VALID, state(), Direction.IN, Outcome.ACCEPTED, "Welcome, Anong"),
        (VALID, state(inside=True, since=NINE), Direction.IN, Outcome.ALREADY_IN, "09:12"),
        (VALID, state(expected=False), Direction.IN, Outcome.NOT_EXPECTED, "not expected"),
        (
            VALID,
            state(status=ParticipantStatus.DEPARTED, expected=False),
            Direction.IN,
            Outcome.NOT_EXPECTED,
            "departed",
        ),
        (
            VALID,
            state(status=ParticipantStatus.WITHDRAWN),
            Direction.IN,
            Outcome.WITHDRAWN,
            "withdrawn",
        ),
        (VALID, state(revoked=True, live_serial=2), Direction.IN, Outcome.REVOKED, "#2"),
        (VALID, None, Direction.IN, Outcome.UNKNOWN, "nobody"),
        (TokenCheck(TokenStatus.JUNK), None, Direction.IN, Outcome.UNKNOWN, "Not a Sakura badge"),
        (TokenCheck(TokenStatus.FORGED), None, Direction.IN, Outcome.FORGED, "forged"),
        (
            TokenCheck(TokenStatus.WRONG_PROGRAM, other_program="SSP 2025"),
            None,
            Direction.IN,
            Outcome.WRONG_PROGRAM,
            "SSP 2025",
        ),
        (VALID, state(inside=True), Direction.OUT, Outcome.ACCEPTED, "checked out"),
        (VALID, state(since=NINE), Direction.OUT, Outcome.ALREADY_IN, "already checked out"),
        (VALID, state(), Direction.OUT, Outcome.NOT_EXPECTED, "nothing to check out"),
        (
            VALID,
            state(status=ParticipantStatus.WITHDRAWN, inside=True),
            Direction.OUT,
            Outcome.WITHDRAWN,
            "withdrawn",
        ),
    ],
)
def test_every_outcome(
    check: TokenCheck,
    person: PersonState | None,
    direction: Direction,
    outcome: Outcome,
    words: str,
) -> None:
    checkpoint = BUS if direction is Direction.OUT else LECTURE
    verdict = decide(check, person, checkpoint, direction)
    assert verdict.outcome is outcome
    assert words in verdict.message


def test_tones_and_presence() -> None:
    assert Outcome.ACCEPTED.tone is Tone.GREEN
    assert {Outcome.ALREADY_IN.tone, Outcome.NOT_EXPECTED.tone} == {Tone.AMBER}
    reds = {Outcome.WITHDRAWN, Outcome.UNKNOWN, Outcome.REVOKED, Outcome.FORGED}
    assert {o.tone for o in reds | {Outcome.WRONG_PROGRAM}} == {Tone.RED}
    assert decide_person(state(), LECTURE, Direction.IN).changes_presence
    assert decide_person(state(expected=False), LECTURE, Direction.IN).changes_presence
    assert not decide_person(state(inside=True), LECTURE, Direction.IN).changes_presence


def test_words_and_stored_decisions() -> None:
    assert [o.word for o in Outcome][:3] == ["ACCEPTED", "ALREADY_IN", "NOT_EXPECTED"]
    assert stored_decision(Outcome.FORGED) is Decision.FORGED
    assert stored_decision(Outcome.REVOKED) is Decision.REVOKED
    # Every outcome the screen can show has a stored decision.
    assert {stored_decision(o) for o in Outcome} <= set(Decision)


def test_revoked_is_checked_before_withdrawn_and_presence() -> None:
    person = state(revoked=True, status=ParticipantStatus.WITHDRAWN, inside=True)
    assert decide_person(person, LECTURE, Direction.IN).outcome is Outcome.REVOKED
