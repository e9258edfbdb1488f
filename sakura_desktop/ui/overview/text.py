"""Words and dates for the Overview (English; dates as coordinators write them: 13 Jul 2026)."""

from __future__ import annotations

import datetime as dt

from sakura_desktop.core.programs import ProgramOverview, ProgramSummary

ROLE_LABELS: dict[str, str] = {
    "student": "Students",
    "teacher": "Teachers",
    "staff": "Staff",
    "interpreter": "Interpreters",
    "lecturer": "Lecturers",
    "guest": "Guests",
}


def day_month_year(day: dt.date) -> str:
    return f"{day.day} {day:%b %Y}"


def weekday_day_month(day: dt.date) -> str:
    return f"{day:%a} {day.day} {day:%b}"


def date_range(start: dt.date, end: dt.date) -> str:
    """13–17 Jul 2026; 29 Jun – 3 Jul 2026; 28 Dec 2026 – 3 Jan 2027."""
    if start == end:
        return day_month_year(start)
    if start.year != end.year:
        return f"{day_month_year(start)} – {day_month_year(end)}"
    if start.month != end.month:
        return f"{start.day} {start:%b} – {day_month_year(end)}"
    return f"{start.day}–{end.day} {end:%b %Y}"


def program_subtitle(program: ProgramSummary) -> str:
    days = (program.end_date - program.start_date).days + 1
    parts = [
        program.code,
        program.host_institution or "Host institution not set",
        f"{program.start_date:%a} {date_range(program.start_date, program.end_date)}"
        f" ({days} day{'s' if days != 1 else ''})",
        f"Times in {program.timezone}",
    ]
    return "  ·  ".join(parts)


def day_caption(overview: ProgramOverview, today: dt.date) -> str:
    """Say honestly which day the session list shows, and why."""
    program = overview.program
    day = overview.day
    number = (day - program.start_date).days + 1
    total = (program.end_date - program.start_date).days + 1
    count = len(overview.sessions)
    sessions = f"{count} session{'s' if count != 1 else ''}" if count else "no sessions"
    if overview.day_is_today:
        return f"Today, {weekday_day_month(day)} {day.year} — day {number} of {total}: {sessions}."
    runs = date_range(program.start_date, program.end_date)
    when = f"the program {'runs' if today < program.start_date else 'ran'} {runs}"
    return (
        f"No sessions today ({day_month_year(today)}) — {when}. "
        f"Showing day {number}, {weekday_day_month(day)}: {sessions}."
    )
