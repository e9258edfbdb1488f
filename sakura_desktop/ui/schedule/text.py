"""Words and colours of the Schedule screen (no widgets): kinds, severities, times."""

from __future__ import annotations

import datetime as dt

from sakura_desktop.core.schedule.conflicts import Conflict, ConflictKind, Severity
from sakura_desktop.core.timeutil import local
from sakura_desktop.db.enums import SessionKind
from sakura_desktop.ui.i18n import QT_TRANSLATE_NOOP, translate
from sakura_desktop.ui.locale_format import day, time, weekday_time

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

# The kinds' names as `SessionKind.label` spells them, marked here for translation (db/ has no Qt).
KIND_LABELS: dict[str, str] = {
    SessionKind.LECTURE.value: QT_TRANSLATE_NOOP("SessionKinds", "Lecture"),
    SessionKind.LAB_TOUR.value: QT_TRANSLATE_NOOP("SessionKinds", "Lab tour"),
    SessionKind.EXPERIMENT.value: QT_TRANSLATE_NOOP("SessionKinds", "Experiment"),
    SessionKind.MEAL.value: QT_TRANSLATE_NOOP("SessionKinds", "Meal"),
    SessionKind.TRANSFER.value: QT_TRANSLATE_NOOP("SessionKinds", "Transfer"),
    SessionKind.CEREMONY.value: QT_TRANSLATE_NOOP("SessionKinds", "Ceremony"),
    SessionKind.CULTURAL.value: QT_TRANSLATE_NOOP("SessionKinds", "Cultural"),
    SessionKind.FREE_TIME.value: QT_TRANSLATE_NOOP("SessionKinds", "Free time"),
}

CONFLICT_LABELS: dict[ConflictKind, str] = {
    ConflictKind.ENDS_BEFORE_START: QT_TRANSLATE_NOOP("Conflicts", "Ends before it starts"),
    ConflictKind.OUTSIDE_DATES: QT_TRANSLATE_NOOP("Conflicts", "Outside the program"),
    ConflictKind.EVERYONE_DOUBLE_BOOKED: QT_TRANSLATE_NOOP("Conflicts", "Everyone double-booked"),
    ConflictKind.TEAM_DOUBLE_BOOKED: QT_TRANSLATE_NOOP("Conflicts", "Team double-booked"),
    ConflictKind.DELEGATION_DOUBLE_BOOKED: QT_TRANSLATE_NOOP(
        "Conflicts", "Delegation double-booked"
    ),
    ConflictKind.LECTURER_DOUBLE_BOOKED: QT_TRANSLATE_NOOP("Conflicts", "Lecturer double-booked"),
    ConflictKind.PERSON_DOUBLE_BOOKED: QT_TRANSLATE_NOOP("Conflicts", "Person double-booked"),
    ConflictKind.VENUE_DOUBLE_BOOKED: QT_TRANSLATE_NOOP("Conflicts", "Venue double-booked"),
    ConflictKind.TRAVEL_TIME: QT_TRANSLATE_NOOP("Conflicts", "Too little travel time"),
    ConflictKind.TRANSFER_TOO_SHORT: QT_TRANSLATE_NOOP("Conflicts", "Transfer too short"),
    ConflictKind.SESSION_CAPACITY: QT_TRANSLATE_NOOP("Conflicts", "Session over capacity"),
    ConflictKind.VENUE_CAPACITY: QT_TRANSLATE_NOOP("Conflicts", "Venue too small"),
    ConflictKind.LECTURER_UNAVAILABLE: QT_TRANSLATE_NOOP("Conflicts", "Lecturer unavailable"),
}


def kind_colours(kind: str) -> tuple[str, str]:
    return KIND_COLOURS.get(kind, UNKNOWN_KIND)


def kind_label(kind: str) -> str:
    label = KIND_LABELS.get(kind)
    return translate("SessionKinds", label) if label else kind.replace("_", " ").capitalize()


def conflict_label(conflict: Conflict) -> str:
    label = CONFLICT_LABELS.get(conflict.kind)
    if label:
        return translate("Conflicts", label)
    return str(conflict.kind).replace("_", " ").capitalize()


def severity_colour(severity: Severity) -> str:
    return ERROR_COLOUR if severity == Severity.ERROR else WARNING_COLOUR


def worst(conflicts: list[Conflict]) -> Severity | None:
    if not conflicts:
        return None
    if any(c.severity == Severity.ERROR for c in conflicts):
        return Severity.ERROR
    return Severity.WARNING


def clock(instant: dt.datetime, timezone: str) -> str:
    return time(local(instant, timezone))


def span(start: dt.datetime, end: dt.datetime, timezone: str) -> str:
    """'09:15–10:00', or with the day when it ends on another day ('22:00–Wed 01:00')."""
    a, b = local(start, timezone), local(end, timezone)
    return f"{time(a)}–{time(b)}" if a.date() == b.date() else f"{time(a)}–{weekday_time(b)}"


def day_span(start: dt.datetime, end: dt.datetime, timezone: str) -> str:
    """'Tue 14 Jul 09:15–10:00' (Japanese '7月14日(火) 09:15–10:00'): what the drag bubble and
    the status line say."""
    return f"{day(local(start, timezone))} {span(start, end, timezone)}"


# Counts as whole sentences for the translators (English has two forms, Japanese one).
def conflicts_count(n: int) -> str:
    if n == 1:
        return translate("ScheduleText", "1 conflict")
    return translate("ScheduleText", "{0} conflicts").format(n)


def sessions_count(n: int) -> str:
    if n == 1:
        return translate("ScheduleText", "1 session")
    return translate("ScheduleText", "{0} sessions").format(n)


def events_count(n: int) -> str:
    if n == 1:
        return translate("ScheduleText", "1 event")
    return translate("ScheduleText", "{0} events").format(n)
