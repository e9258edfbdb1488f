"""Closed vocabularies stored as short strings and guarded by CHECK constraints."""

from __future__ import annotations

from enum import StrEnum


class Role(StrEnum):
    STUDENT = "student"
    TEACHER = "teacher"
    STAFF = "staff"
    INTERPRETER = "interpreter"
    LECTURER = "lecturer"
    GUEST = "guest"


class Gender(StrEnum):
    FEMALE = "female"
    MALE = "male"
    OTHER = "other"
    UNSPECIFIED = "unspecified"


class ParticipantStatus(StrEnum):
    REGISTERED = "registered"
    ARRIVED = "arrived"
    WITHDRAWN = "withdrawn"
    DEPARTED = "departed"


class SessionKind(StrEnum):
    LECTURE = "lecture"
    LAB_TOUR = "lab_tour"
    EXPERIMENT = "experiment"
    MEAL = "meal"
    TRANSFER = "transfer"
    CEREMONY = "ceremony"
    CULTURAL = "cultural"
    FREE_TIME = "free_time"

    @property
    def label(self) -> str:
        return self.value.replace("_", " ").capitalize()


class VenueKind(StrEnum):
    HALL = "hall"
    LAB = "lab"
    ROOM = "room"
    DINING = "dining"
    BUS_STOP = "bus_stop"
    OUTDOOR = "outdoor"
    OTHER = "other"


class CheckpointKind(StrEnum):
    ARRIVAL = "arrival"
    SESSION = "session"
    TRANSFER = "transfer"
    ROLL_CALL = "roll_call"


class Direction(StrEnum):
    IN = "in"
    OUT = "out"


class ScanMethod(StrEnum):
    SCANNER = "scanner"
    CAMERA = "camera"
    MANUAL = "manual"
    UNDO = "undo"


class Decision(StrEnum):
    ACCEPTED = "accepted"
    ALREADY_IN = "already_in"
    NOT_EXPECTED = "not_expected"
    WITHDRAWN = "withdrawn"
    UNKNOWN = "unknown"
    FORGED = "forged"
    WRONG_PROGRAM = "wrong_program"
    REVOKED = "revoked"  # a badge that was re-issued: whoever holds it may not be its owner
    VOIDED = "voided"
    # Not scans: a roll call was opened (so every station learns of it through the journal), or
    # closed (the reason, when anyone was still unaccounted for, in `note`).
    OPENED = "opened"
    CLOSED = "closed"


def sql_in(column: str, values: type[StrEnum]) -> str:
    """A CHECK constraint body that limits `column` to the enum's values."""
    quoted = ", ".join(f"'{member.value}'" for member in values)
    return f"{column} IN ({quoted})"
