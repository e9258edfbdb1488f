"""A deliberately naive schedule checker for tests: every rule, all pairs, no cleverness.

It reads a program straight from the database and returns every conflict it finds, so a test can
assert "no conflicts" on the demo and "this conflict" on a demo it broke on purpose. It is a
reference to compare the real conflict detector against, not the detector itself.

Who is in a session: for_everyone means every participant who has not withdrawn; a team or a
delegation means its members who have not withdrawn; a named participant means that person; and
the session's lecturer is in it too.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass
from itertools import combinations, pairwise

from sqlalchemy import select
from sqlalchemy.orm import Session

from sakura_desktop.core.timeutil import local, local_day_bounds
from sakura_desktop.db.enums import ParticipantStatus, SessionKind
from sakura_desktop.db.models import (
    Availability,
    Participant,
    Program,
    ScheduleSession,
    SessionAudience,
    Site,
    TeamMembership,
    TravelTime,
    Venue,
)


@dataclass(frozen=True)
class Slot:
    id: int
    title: str
    kind: str
    start: dt.datetime
    end: dt.datetime
    venue_id: int | None
    start_site: int | None
    end_site: int | None  # the destination for a transfer
    capacity: int | None
    venue_capacity: int | None
    lecturer_id: int | None
    people: frozenset[int]


@dataclass(frozen=True)
class Conflict:
    kind: str  # order, dates, venue, capacity, person, travel, transfer, availability
    message: str


@dataclass(frozen=True)
class Week:
    timezone: str
    first_day: dt.date
    last_day: dt.date
    slots: list[Slot]
    travel: dict[tuple[int, int], int]
    availability: dict[int, list[tuple[dt.datetime, dt.datetime]]]


def _audiences(session: Session, program_id: int) -> dict[int, set[int]]:
    """People (active participants) of each session, lecturers not included."""
    active = {
        pid: delegation
        for pid, delegation, status in session.execute(
            select(Participant.id, Participant.delegation_id, Participant.status).where(
                Participant.program_id == program_id
            )
        )
        if status != ParticipantStatus.WITHDRAWN
    }
    teams: dict[int, set[int]] = defaultdict(set)
    for team_id, pid in session.execute(
        select(TeamMembership.team_id, TeamMembership.participant_id)
    ):
        if pid in active:
            teams[team_id].add(pid)
    people: dict[int, set[int]] = defaultdict(set)
    rows = session.execute(
        select(SessionAudience)
        .join(ScheduleSession, SessionAudience.session_id == ScheduleSession.id)
        .where(ScheduleSession.program_id == program_id)
    ).scalars()
    for row in rows:
        if row.team_id is not None:
            people[row.session_id] |= teams[row.team_id]
        elif row.delegation_id is not None:
            people[row.session_id] |= {p for p, d in active.items() if d == row.delegation_id}
        elif row.participant_id in active:
            people[row.session_id].add(row.participant_id)
    everyone = set(active)
    for sid in session.scalars(
        select(ScheduleSession.id).where(
            ScheduleSession.program_id == program_id, ScheduleSession.for_everyone
        )
    ):
        people[sid] |= everyone
    return people


def load_week(session: Session, program_id: int) -> Week:
    program = session.get(Program, program_id)
    assert program is not None
    venues = {
        venue.id: venue
        for venue in session.scalars(select(Venue).join(Site).where(Site.program_id == program_id))
    }
    people = _audiences(session, program_id)
    slots = []
    for row in session.scalars(
        select(ScheduleSession).where(ScheduleSession.program_id == program_id)
    ):
        venue = venues.get(row.venue_id) if row.venue_id is not None else None
        start_site = venue.site_id if venue else None
        end_site = (
            row.destination_site_id
            if row.kind == SessionKind.TRANSFER and row.destination_site_id is not None
            else start_site
        )
        members = set(people[row.id])
        if row.lecturer_id is not None:
            members.add(row.lecturer_id)
        slots.append(
            Slot(
                id=row.id,
                title=row.title,
                kind=row.kind,
                start=row.start_at,
                end=row.end_at,
                venue_id=row.venue_id,
                start_site=start_site,
                end_site=end_site,
                capacity=row.capacity,
                venue_capacity=venue.capacity if venue else None,
                lecturer_id=row.lecturer_id,
                people=frozenset(members),
            )
        )
    travel = {
        (t.from_site_id, t.to_site_id): t.minutes
        for t in session.scalars(select(TravelTime).where(TravelTime.program_id == program_id))
    }
    availability: dict[int, list[tuple[dt.datetime, dt.datetime]]] = defaultdict(list)
    for window in session.scalars(
        select(Availability)
        .join(Participant, Availability.participant_id == Participant.id)
        .where(Participant.program_id == program_id)
    ):
        availability[window.participant_id].append((window.start_at, window.end_at))
    return Week(
        program.timezone, program.start_date, program.end_date, slots, travel, dict(availability)
    )


def _label(slot: Slot, timezone: str) -> str:
    return (
        f"{slot.title!r} {local(slot.start, timezone):%a %H:%M}-{local(slot.end, timezone):%H:%M}"
    )


def _overlap(a: Slot, b: Slot) -> bool:
    return a.start < b.end and b.start < a.end  # touching (end == start) is fine


def _single_slot_conflicts(week: Week) -> list[Conflict]:
    found = []
    opens = local_day_bounds(week.first_day, week.timezone)[0]
    closes = local_day_bounds(week.last_day, week.timezone)[1]
    for slot in week.slots:
        label = _label(slot, week.timezone)
        if slot.end <= slot.start:
            found.append(Conflict("order", f"{label} ends before it starts"))
        if slot.start < opens or slot.end > closes:
            found.append(Conflict("dates", f"{label} is outside the program dates"))
        size = len(slot.people)
        for limit, what in ((slot.capacity, "session"), (slot.venue_capacity, "venue")):
            if limit is not None and size > limit:
                found.append(Conflict("capacity", f"{label}: {size} people, {what} holds {limit}"))
        if (
            slot.kind == SessionKind.TRANSFER
            and slot.start_site is not None
            and slot.end_site is not None
            and slot.start_site != slot.end_site
        ):
            need = week.travel.get((slot.start_site, slot.end_site))
            if need is None or slot.end - slot.start < dt.timedelta(minutes=need):
                found.append(Conflict("transfer", f"{label} is shorter than the trip ({need} min)"))
        if slot.lecturer_id is not None and slot.lecturer_id in week.availability:
            windows = week.availability[slot.lecturer_id]
            if not any(start <= slot.start and slot.end <= end for start, end in windows):
                found.append(Conflict("availability", f"{label}: lecturer not available"))
    return found


def _venue_conflicts(week: Week) -> list[Conflict]:
    return [
        Conflict(
            "venue",
            f"{_label(a, week.timezone)} and {_label(b, week.timezone)} share a venue",
        )
        for a, b in combinations(week.slots, 2)
        if a.venue_id is not None and a.venue_id == b.venue_id and _overlap(a, b)
    ]


def _person_conflicts(week: Week) -> list[Conflict]:
    by_person: dict[int, list[Slot]] = defaultdict(list)
    for slot in week.slots:
        for person in slot.people:
            by_person[person].append(slot)
    found = []
    for person, slots in sorted(by_person.items()):
        slots.sort(key=lambda s: (s.start, s.end, s.id))
        for a, b in combinations(slots, 2):
            if _overlap(a, b):
                found.append(
                    Conflict(
                        "person",
                        f"participant {person} in {_label(a, week.timezone)} "
                        f"and {_label(b, week.timezone)}",
                    )
                )
        for a, b in pairwise(slots):
            found += _travel_conflict(week, person, a, b)
    return found


def _travel_conflict(week: Week, person: int, a: Slot, b: Slot) -> list[Conflict]:
    """`a` then `b` for one person: moving between sites takes at least the travel time."""
    if a.end_site is None or b.start_site is None or a.end_site == b.start_site:
        return []
    need = week.travel.get((a.end_site, b.start_site))
    gap = b.start - a.end
    if need is None or gap < dt.timedelta(minutes=need):
        return [
            Conflict(
                "travel",
                f"participant {person}: {gap} from {_label(a, week.timezone)} to "
                f"{_label(b, week.timezone)}, the trip takes {need} min",
            )
        ]
    return []


def find_conflicts(week: Week) -> list[Conflict]:
    return _single_slot_conflicts(week) + _venue_conflicts(week) + _person_conflicts(week)
