"""The rooming list for the hotel: who sleeps in which room, and when they come and go.

Withdrawn people are left out (the hotel must not keep a room for them). Rooms are listed in
natural order (room 9 before room 10); people without a room come last, so the desk sees who
still needs one. Arrival and departure are in the program's time zone, blank when not given.
"""

from __future__ import annotations

import re

from sakura_desktop.core.i18n import translate
from sakura_desktop.core.reports.columns import value_text
from sakura_desktop.core.reports.snapshot import Person, Snapshot, load_snapshot
from sakura_desktop.core.reports.table import ReportTable, ReportValue
from sakura_desktop.core.timeutil import local
from sakura_desktop.db.engine import SessionFactory

NO_ROOM = "(no room yet)"
_DIGITS = re.compile(r"(\d+)")


def natural_key(text: str) -> tuple[tuple[int, int | str], ...]:
    """'Room 9' < 'Room 10': digits compare as numbers."""
    return tuple(
        (0, int(part)) if part.isdigit() else (1, part.casefold())
        for part in _DIGITS.split(text)
        if part
    )


def rooming_table(
    factory: SessionFactory, program_id: int, *, snapshot: Snapshot | None = None
) -> ReportTable:
    snap = snapshot or load_snapshot(factory, program_id)
    timezone = snap.program.timezone
    people = [p for p in snap.people.values() if not p.withdrawn]

    def order(person: Person) -> tuple[bool, tuple[tuple[int, int | str], ...], tuple[str, str]]:
        room = person.room.strip()
        return (not room, natural_key(room), person.sort_key)

    rows: list[tuple[ReportValue, ...]] = []
    people.sort(key=order)
    for person in people:
        delegation = snap.delegation_of(person)
        rows.append(
            (
                person.room.strip() or value_text(NO_ROOM),
                person.family_name,
                person.preferred_name or person.given_name,
                person.native_name,
                value_text(person.gender),
                value_text(snap.delegation_name(person)),
                delegation.country_name if delegation else "",
                value_text(person.role),
                local(person.arrival_at, timezone).replace(tzinfo=None)
                if person.arrival_at
                else None,
                local(person.departure_at, timezone).replace(tzinfo=None)
                if person.departure_at
                else None,
            )
        )
    return ReportTable(
        key="rooming",
        title=translate("ReportTables", "Rooming list: {program}").format(
            program=snap.program.title
        ),
        headers=(
            "Room",
            "Family name",
            "Given name",
            "Native name",
            "Gender",
            "Delegation",
            "Country",
            "Role",
            "Arrival",
            "Departure",
        ),
        rows=rows,
        notes=(
            translate(
                "ReportTables", "Withdrawn people are not listed. Times are local to the program."
            ),
        ),
        row_countries=tuple(snap.country_code(p) for p in people),
    )
