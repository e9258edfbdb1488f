"""Words and dates for the Overview, in the interface language (English dates as coordinators
write them: 13 Jul 2026; Japanese: 2026年7月13日)."""

from __future__ import annotations

import datetime as dt

from sakura_desktop.core.program_views import ProgramOverview, ProgramSummary
from sakura_desktop.ui import locale_format as fmt
from sakura_desktop.ui.i18n import QT_TRANSLATE_NOOP, translate

# The tiles' captions; translated where shown: translate("OverviewText", ROLE_LABELS[role]).
ROLE_LABELS: dict[str, str] = {
    "student": QT_TRANSLATE_NOOP("OverviewText", "Students"),
    "teacher": QT_TRANSLATE_NOOP("OverviewText", "Teachers"),
    "staff": QT_TRANSLATE_NOOP("OverviewText", "Staff"),
    "interpreter": QT_TRANSLATE_NOOP("OverviewText", "Interpreters"),
    "lecturer": QT_TRANSLATE_NOOP("OverviewText", "Lecturers"),
    "guest": QT_TRANSLATE_NOOP("OverviewText", "Guests"),
}
WITHDRAWN_LABEL = QT_TRANSLATE_NOOP("OverviewText", "Withdrawn")


def role_label(role: str) -> str:
    """A tile's caption: Students, …, Withdrawn."""
    return translate("OverviewText", ROLE_LABELS.get(role, WITHDRAWN_LABEL))


def date_range(start: dt.date, end: dt.date) -> str:
    """13–17 Jul 2026; 29 Jun – 3 Jul 2026; 28 Dec 2026 – 3 Jan 2027."""
    return fmt.date_range(start, end)


def _days(count: int) -> str:
    if count == 1:
        return translate("OverviewText", "1 day")
    return translate("OverviewText", "{0} days").format(count)


def _sessions(count: int) -> str:
    if count == 0:
        return translate("OverviewText", "no sessions")
    if count == 1:
        return translate("OverviewText", "1 session")
    return translate("OverviewText", "{0} sessions").format(count)


def program_subtitle(program: ProgramSummary) -> str:
    days = (program.end_date - program.start_date).days + 1
    dates = translate("OverviewText", "{0} {1} ({2})").format(
        fmt.weekday(program.start_date),
        date_range(program.start_date, program.end_date),
        _days(days),
    )
    parts = [
        program.code,
        program.host_institution or translate("OverviewText", "Host institution not set"),
        dates,
        translate("OverviewText", "Times in {0}").format(program.timezone),
    ]
    return "  ·  ".join(parts)


def day_caption(overview: ProgramOverview, today: dt.date) -> str:
    """Say honestly which day the session list shows, and why."""
    program = overview.program
    day = overview.day
    number = (day - program.start_date).days + 1
    total = (program.end_date - program.start_date).days + 1
    sessions = _sessions(len(overview.sessions))
    if overview.day_is_today:
        return translate(
            "OverviewText", "Today, {day} — day {number} of {total}: {sessions}."
        ).format(day=fmt.day_with_year(day), number=number, total=total, sessions=sessions)
    runs = date_range(program.start_date, program.end_date)
    if today < program.start_date:
        when = translate("OverviewText", "the program runs {0}").format(runs)
    else:
        when = translate("OverviewText", "the program ran {0}").format(runs)
    return translate(
        "OverviewText",
        "No sessions today ({today}) — {when}. Showing day {number}, {day}: {sessions}.",
    ).format(
        today=fmt.day_month_year(today),
        when=when,
        number=number,
        day=fmt.day(day),
        sessions=sessions,
    )
