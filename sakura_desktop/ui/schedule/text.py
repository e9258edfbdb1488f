"""Words and colours of the Schedule screen (no widgets): kinds, severities, times."""

from __future__ import annotations

import datetime as dt

from sakura_desktop.core.schedule.conflicts import Conflict, ConflictKind, Severity
from sakura_desktop.core.timeutil import local
from sakura_desktop.db.enums import SessionKind

# Fill (light) and accent (stripe, legend) of each kind: distinct hues that read with dark text.
KIND_COLOURS: dict[str, tuple[str, str]] = {
    SessionKind.LECTURE.value: ("#dbe8fb", "#3b6fc4"),
    SessionKind.LAB_TOUR.value: ("#d9f2e3", "#2e8b57"),
    SessionKind.EXPERIMENT.value: ("#e6e0f8", "#6a4fc1"),
    SessionKind.MEAL.value: ("#fdebd3", "#d4861f"),
    SessionKind.TRANSFER.value: ("#e3e6ea", "#66727f"),
    SessionKind.CEREMONY.value: ("#f9dde8", "#b83b6e"),
    SessionKind.CULTURAL.value: ("#fbf3c9", "#b39412"),
    SessionKind.FREE_TIME.value: ("#dcf1f3", "#2a8e99"),
}
UNKNOWN_KIND = ("#eeeeee", "#888888")
ERROR_COLOUR = "#d32f2f"
WARNING_COLOUR = "#ef8a00"

KIND_LABELS: dict[str, str] = {kind.value: kind.label for kind in SessionKind}

CONFLICT_LABELS: dict[ConflictKind, str] = {
    ConflictKind.ENDS_BEFORE_START: "Ends before it starts",
    ConflictKind.OUTSIDE_DATES: "Outside the program",
    ConflictKind.EVERYONE_DOUBLE_BOOKED: "Everyone double-booked",
    ConflictKind.TEAM_DOUBLE_BOOKED: "Team double-booked",
    ConflictKind.DELEGATION_DOUBLE_BOOKED: "Delegation double-booked",
    ConflictKind.LECTURER_DOUBLE_BOOKED: "Lecturer double-booked",
    ConflictKind.PERSON_DOUBLE_BOOKED: "Person double-booked",
    ConflictKind.VENUE_DOUBLE_BOOKED: "Venue double-booked",
    ConflictKind.TRAVEL_TIME: "Too little travel time",
    ConflictKind.TRANSFER_TOO_SHORT: "Transfer too short",
    ConflictKind.SESSION_CAPACITY: "Session over capacity",
    ConflictKind.VENUE_CAPACITY: "Venue too small",
    ConflictKind.LECTURER_UNAVAILABLE: "Lecturer unavailable",
}


def kind_colours(kind: str) -> tuple[str, str]:
    return KIND_COLOURS.get(kind, UNKNOWN_KIND)


def kind_label(kind: str) -> str:
    return KIND_LABELS.get(kind, kind.replace("_", " ").capitalize())


def conflict_label(conflict: Conflict) -> str:
    return CONFLICT_LABELS.get(conflict.kind, str(conflict.kind).replace("_", " ").capitalize())


def severity_colour(severity: Severity) -> str:
    return ERROR_COLOUR if severity == Severity.ERROR else WARNING_COLOUR


def worst(conflicts: list[Conflict]) -> Severity | None:
    if not conflicts:
        return None
    if any(c.severity == Severity.ERROR for c in conflicts):
        return Severity.ERROR
    return Severity.WARNING


def clock(instant: dt.datetime, timezone: str) -> str:
    return f"{local(instant, timezone):%H:%M}"


def span(start: dt.datetime, end: dt.datetime, timezone: str) -> str:
    """'09:15–10:00', or with the day when it ends on another day."""
    a, b = local(start, timezone), local(end, timezone)
    return f"{a:%H:%M}–{b:%H:%M}" if a.date() == b.date() else f"{a:%H:%M}–{b:%a %H:%M}"


def day_span(start: dt.datetime, end: dt.datetime, timezone: str) -> str:
    """'Tue 14 Jul 09:15–10:00': what the drag bubble and the status line say."""
    return f"{local(start, timezone):%a %d %b} {span(start, end, timezone)}"


def count(n: int, word: str, plural: str | None = None) -> str:
    return f"{n} {word if n == 1 else (plural or word + 's')}"
