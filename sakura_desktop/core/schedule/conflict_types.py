"""Conflict types: the kinds, severities and the `Conflict` record, with their sentence helpers.

Everything a caller needs to read a conflict list (the GUI's marks and legend, the CLI, the
exports) without pulling in the engine that finds them; the small builders (`error`,
`warning`, `join_words`) are shared by the per-kind checks in `conflict_checks`.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

from sakura_desktop.core.i18n import translate
from sakura_desktop.db.enums import VenueKind

SHARED_VENUE_KINDS = frozenset({VenueKind.BUS_STOP.value, VenueKind.OUTDOOR.value})
NAMES_SHOWN = 3


class ConflictKind(StrEnum):
    ENDS_BEFORE_START = "ends_before_start"
    OUTSIDE_DATES = "outside_dates"
    EVERYONE_DOUBLE_BOOKED = "everyone_double_booked"
    TEAM_DOUBLE_BOOKED = "team_double_booked"
    DELEGATION_DOUBLE_BOOKED = "delegation_double_booked"
    LECTURER_DOUBLE_BOOKED = "lecturer_double_booked"
    PERSON_DOUBLE_BOOKED = "person_double_booked"
    VENUE_DOUBLE_BOOKED = "venue_double_booked"
    TRAVEL_TIME = "travel_time"
    TRANSFER_TOO_SHORT = "transfer_too_short"
    SESSION_CAPACITY = "session_capacity"
    VENUE_CAPACITY = "venue_capacity"
    LECTURER_UNAVAILABLE = "lecturer_unavailable"


DOUBLE_BOOKINGS = frozenset(
    {
        ConflictKind.EVERYONE_DOUBLE_BOOKED,
        ConflictKind.TEAM_DOUBLE_BOOKED,
        ConflictKind.DELEGATION_DOUBLE_BOOKED,
        ConflictKind.LECTURER_DOUBLE_BOOKED,
        ConflictKind.PERSON_DOUBLE_BOOKED,
    }
)
KIND_ORDER = {kind: n for n, kind in enumerate(ConflictKind)}


class Severity(StrEnum):
    ERROR = "error"  # cannot happen as planned
    WARNING = "warning"  # may be fine, a person should look


@dataclass(frozen=True)
class Conflict:
    kind: ConflictKind
    severity: Severity
    sentence: str
    session_ids: tuple[int, ...]  # in time order
    participant_ids: tuple[int, ...] = ()  # everyone affected (sorted)
    venue_id: int | None = None
    team_id: int | None = None
    delegation_id: int | None = None


def conflicts_by_session(conflicts: Iterable[Conflict]) -> dict[int, list[Conflict]]:
    """For marking blocks: each session id with the conflicts it takes part in."""
    found: dict[int, list[Conflict]] = defaultdict(list)
    for conflict in conflicts:
        for session_id in conflict.session_ids:
            found[session_id].append(conflict)
    return dict(found)


def join_words(parts: list[str]) -> str:
    if len(parts) <= 1:
        return "".join(parts)
    earlier = translate("ScheduleConflicts", ", ").join(parts[:-1])
    return translate("ScheduleConflicts", "{first} and {second}").format(
        first=earlier, second=parts[-1]
    )


def error(
    kind: ConflictKind,
    sentence: str,
    session_ids: tuple[int, ...],
    people: Iterable[int] = (),
    *,
    venue_id: int | None = None,
    team_id: int | None = None,
    delegation_id: int | None = None,
) -> Conflict:
    return Conflict(
        kind, Severity.ERROR, sentence, session_ids, tuple(sorted(people)), venue_id, team_id,
        delegation_id,
    )  # fmt: skip


def warning(
    kind: ConflictKind,
    sentence: str,
    session_ids: tuple[int, ...],
    *,
    people: Iterable[int] = (),
    venue_id: int | None = None,
) -> Conflict:
    return Conflict(kind, Severity.WARNING, sentence, session_ids, tuple(sorted(people)), venue_id)
