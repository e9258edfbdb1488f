"""What the check-in screen answers to one scan: pure rules, no database, no clock.

Order of the checks (the first that applies wins):

1. the code is not a Sakura badge                          -> UNKNOWN (red)
2. a badge of another program                              -> WRONG_PROGRAM (red)
3. our tag but a wrong signature (altered, forged)         -> FORGED (red)
4. correctly signed but the participant no longer exists   -> UNKNOWN (red)
5. the badge was replaced by a newer one                   -> REVOKED (red; the holder may not
                                                              be the owner, so the person's own
                                                              state is not looked at)
6. the participant withdrew                                -> WITHDRAWN (red)
7. entry: already inside this checkpoint                   -> ALREADY_IN (amber, no change)
   entry: not in the expected audience (or departed)       -> NOT_EXPECTED (amber, counted in)
   entry: otherwise                                        -> ACCEPTED (green)
8. exit:  inside                                           -> ACCEPTED (green, counted out)
   exit:  already out                                      -> ALREADY_IN (amber, "already out")
   exit:  never came in here                               -> NOT_EXPECTED (amber, "nothing to
                                                              check out"; recorded as seen
                                                              leaving, like any warned scan)

"Inside" is the direction of the last state-changing event (accepted or not expected) at this
checkpoint that has not been voided. Arrival is not a precondition for a session: a person seen
at a session is there, and the screen must say so; the arrival checkpoint has its own head count.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum

from sakura_desktop.core.i18n import translate
from sakura_desktop.core.tokens import TokenCheck, TokenStatus
from sakura_desktop.db.enums import CheckpointKind, Decision, Direction, ParticipantStatus


class Outcome(StrEnum):
    """What the screen shows. `Decision` is what the journal stores (see `stored_decision`)."""

    ACCEPTED = "accepted"
    ALREADY_IN = "already_in"
    NOT_EXPECTED = "not_expected"
    WITHDRAWN = "withdrawn"
    UNKNOWN = "unknown"
    REVOKED = "revoked"
    FORGED = "forged"
    WRONG_PROGRAM = "wrong_program"

    @property
    def word(self) -> str:
        """The CLI's first word: ACCEPTED, ALREADY_IN, ..."""
        return self.value.upper()

    @property
    def tone(self) -> Tone:
        return TONES[self]


class Tone(StrEnum):
    """The colour (and the sound) of the result panel."""

    GREEN = "green"
    AMBER = "amber"
    RED = "red"


TONES = {
    Outcome.ACCEPTED: Tone.GREEN,
    Outcome.ALREADY_IN: Tone.AMBER,
    Outcome.NOT_EXPECTED: Tone.AMBER,
    Outcome.WITHDRAWN: Tone.RED,
    Outcome.UNKNOWN: Tone.RED,
    Outcome.REVOKED: Tone.RED,
    Outcome.FORGED: Tone.RED,
    Outcome.WRONG_PROGRAM: Tone.RED,
}

# Outcomes after which the person counts as being where the scan says (in, or out).
CHANGES_PRESENCE = frozenset({Outcome.ACCEPTED, Outcome.NOT_EXPECTED})
PRESENCE_DECISIONS = (Decision.ACCEPTED.value, Decision.NOT_EXPECTED.value)
# Outcomes whose scan keeps the raw code in the journal (refused scans only).
REFUSED = frozenset(outcome for outcome, tone in TONES.items() if tone is Tone.RED)


def stored_decision(outcome: Outcome) -> Decision:
    """The journal's decision for what the screen showed (the two vocabularies match)."""
    return Decision(outcome.value)


@dataclass(frozen=True)
class CheckpointFacts:
    id: int
    program_id: int
    name: str
    kind: CheckpointKind
    allows_exit: bool
    session_id: int | None = None


@dataclass(frozen=True)
class PersonState:
    """What the decision needs to know about the scanned person, read just before deciding."""

    name: str  # how to address them in the message
    status: ParticipantStatus
    expected: bool  # in this checkpoint's expected audience
    inside: bool  # last standing event here is an entry
    since: dt.datetime | None = None  # local time of that last standing event (in or out)
    revoked: bool = False  # the scanned badge was replaced by a newer one
    live_serial: int | None = None


@dataclass(frozen=True)
class Verdict:
    outcome: Outcome
    message: str
    already_out: bool = False  # an exit scan of someone already checked out (ALREADY_IN)

    @property
    def tone(self) -> Tone:
        return self.outcome.tone

    @property
    def decision(self) -> Decision:
        return stored_decision(self.outcome)

    @property
    def changes_presence(self) -> bool:
        return self.outcome in CHANGES_PRESENCE


def token_refusal(check: TokenCheck) -> Verdict | None:
    """The verdict for a code that cannot be trusted, or None when the signature is good."""
    if check.status is TokenStatus.JUNK:
        return Verdict(
            Outcome.UNKNOWN,
            translate("CheckinMessage", "Not a Sakura badge. Scan the QR code on the badge."),
        )
    if check.status is TokenStatus.WRONG_PROGRAM:
        if check.other_program:
            text = translate(
                "CheckinMessage",
                "This badge belongs to another program ({program}); not valid here.",
            ).format(program=check.other_program)
        else:
            text = translate(
                "CheckinMessage", "This badge belongs to another program; not valid here."
            )
        return Verdict(Outcome.WRONG_PROGRAM, text)
    if check.status is TokenStatus.FORGED:
        return Verdict(
            Outcome.FORGED,
            translate(
                "CheckinMessage",
                "Invalid badge: its signature does not match (altered or forged). "
                "Call the coordinator.",
            ),
        )
    return None


def decide_person(
    person: PersonState | None, checkpoint: CheckpointFacts, direction: Direction
) -> Verdict:
    """The verdict for a trusted identification (a good badge, or a manual check-in)."""
    if person is None:
        return Verdict(
            Outcome.UNKNOWN,
            translate(
                "CheckinMessage", "This badge names nobody in the program (deleted participant?)."
            ),
        )
    if person.revoked:
        return Verdict(Outcome.REVOKED, _replaced(person.live_serial))
    if person.status is ParticipantStatus.WITHDRAWN:
        return Verdict(
            Outcome.WITHDRAWN,
            translate(
                "CheckinMessage", "{name} has withdrawn from the program. Call the coordinator."
            ).format(name=person.name),
        )
    if direction is Direction.OUT:
        return _decide_exit(person, checkpoint)
    return _decide_entry(person, checkpoint)


def _replaced(live_serial: int | None) -> str:
    if live_serial is None:
        return translate(
            "CheckinMessage",
            "This badge was replaced by a newer one. Ask for the new badge; "
            "call the coordinator if this is not its owner.",
        )
    return translate(
        "CheckinMessage",
        "This badge was replaced by a newer one #{serial}. Ask for the new badge; "
        "call the coordinator if this is not its owner.",
    ).format(serial=live_serial)


def _decide_entry(person: PersonState, checkpoint: CheckpointFacts) -> Verdict:
    if person.inside:
        return Verdict(Outcome.ALREADY_IN, _already_in(person.name, person.since))
    if person.status is ParticipantStatus.DEPARTED:
        return Verdict(
            Outcome.NOT_EXPECTED,
            translate(
                "CheckinMessage",
                "Checked in, but {name} is recorded as departed. Tell the coordinator.",
            ).format(name=person.name),
        )
    if not person.expected:
        return Verdict(
            Outcome.NOT_EXPECTED,
            translate(
                "CheckinMessage", "Checked in, but {name} is not expected at {checkpoint}."
            ).format(name=person.name, checkpoint=checkpoint.name),
        )
    return Verdict(
        Outcome.ACCEPTED,
        translate("CheckinMessage", "Welcome, {name}!").format(name=person.name),
    )


def _already_in(name: str, since: dt.datetime | None) -> str:
    if since is None:
        return translate("CheckinMessage", "{name} is already checked in.").format(name=name)
    return translate("CheckinMessage", "{name} is already checked in at {time}.").format(
        name=name, time=f"{since:%H:%M}"
    )


def _decide_exit(person: PersonState, checkpoint: CheckpointFacts) -> Verdict:
    if person.inside:
        return Verdict(
            Outcome.ACCEPTED,
            translate("CheckinMessage", "Goodbye, {name}: checked out.").format(name=person.name),
        )
    if person.since is not None:
        return Verdict(
            Outcome.ALREADY_IN,
            translate("CheckinMessage", "{name} is already checked out at {time}.").format(
                name=person.name, time=f"{person.since:%H:%M}"
            ),
            already_out=True,
        )
    return Verdict(
        Outcome.NOT_EXPECTED,
        translate(
            "CheckinMessage", "{name} was not checked in at {checkpoint}; nothing to check out."
        ).format(name=person.name, checkpoint=checkpoint.name),
    )


def decide(
    check: TokenCheck,
    person: PersonState | None,
    checkpoint: CheckpointFacts,
    direction: Direction,
) -> Verdict:
    """The whole decision for a scanned code (see the module docstring for the rules)."""
    refusal = token_refusal(check)
    if refusal is not None:
        return refusal
    return decide_person(person, checkpoint, direction)
