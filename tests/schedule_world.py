"""A small hand-made week for the schedule tests, and a brute-force oracle to check the engine.

Two sites (A and B, 30 min A->B, 20 min B->A), venues at each, a bus stop at A; two teams and two
delegations that cross each other; a lecturer; a withdrawn participant.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from itertools import combinations, pairwise

from sakura_desktop.core.schedule.conflicts import (
    DOUBLE_BOOKINGS,
    SHARED_VENUE_KINDS,
    Conflict,
    ConflictKind,
)
from sakura_desktop.core.schedule.model import (
    GroupData,
    PersonData,
    SessionData,
    SiteData,
    VenueData,
    WeekData,
)

TOKYO = dt.timezone(dt.timedelta(hours=9))
SITE_A, SITE_B = 1, 2
LAB_A1, LAB_A2, LAB_B, BUS_A, PARK = 11, 12, 13, 14, 15
TEAM_1, TEAM_2 = 21, 22
DELEGATION_1, DELEGATION_2 = 31, 32
LECTURER = 6
WITHDRAWN = 7


def at(day: int, hhmm: str) -> dt.datetime:
    hours, minutes = hhmm.split(":")
    return dt.datetime(2026, 7, 13 + day, int(hours), int(minutes), tzinfo=TOKYO)


def session(
    sid: int, start: dt.datetime, end: dt.datetime, venue: int | None = LAB_A1, **kw: object
) -> SessionData:
    kw.setdefault("title", f"S{sid}")
    kw.setdefault("kind", "lecture")
    return SessionData(id=sid, start=start, end=end, venue_id=venue, **kw)  # type: ignore[arg-type]


def make_week(*sessions: SessionData, **kw: object) -> WeekData:
    people = (
        PersonData(1, "Ana One", DELEGATION_1),
        PersonData(2, "Bo Two", DELEGATION_2),
        PersonData(3, "Cy Three", DELEGATION_2),
        PersonData(4, "Di Four", DELEGATION_1),
        PersonData(5, "Ed Five", DELEGATION_2),
        PersonData(LECTURER, "Prof. Lee Six", None),
        PersonData(WITHDRAWN, "Flo Seven", DELEGATION_1, active=False),
    )
    values: dict[str, object] = {
        "program_id": 1,
        "title": "Test week",
        "timezone": "Asia/Tokyo",
        "start_date": dt.date(2026, 7, 13),
        "end_date": dt.date(2026, 7, 17),
        "sessions": tuple(sessions),
        "sites": (SiteData(SITE_A, "Campus A", "1 A Street"), SiteData(SITE_B, "Park B")),
        "venues": (
            VenueData(LAB_A1, "Lab A1", SITE_A, 10, "lab"),
            VenueData(LAB_A2, "Lab A2", SITE_A, 10, "lab"),
            VenueData(LAB_B, "Lab B", SITE_B, 4, "lab"),
            VenueData(BUS_A, "Bus stop A", SITE_A, 50, "bus_stop"),
            VenueData(PARK, "Park", SITE_B, None, "outdoor"),
        ),
        "people": people,
        "teams": (GroupData(TEAM_1, "Team 1"), GroupData(TEAM_2, "Team 2")),
        "delegations": (GroupData(DELEGATION_1, "India"), GroupData(DELEGATION_2, "Korea")),
        "memberships": ((TEAM_1, 1), (TEAM_1, 2), (TEAM_1, 3), (TEAM_1, WITHDRAWN), (TEAM_2, 4),
                        (TEAM_2, 5)),
        "travel_minutes": {(SITE_A, SITE_B): 30, (SITE_B, SITE_A): 20},
    }  # fmt: skip
    values.update(kw)
    return WeekData(**values)  # type: ignore[arg-type]


# --- the oracle: every rule, all pairs, no cleverness ---------------------------------------------


Triple = tuple[int, int, int]


def oracle_people_pairs(week: WeekData) -> tuple[set[Triple], set[Triple], set[tuple[int, int]]]:
    """(double-booked (a, b, person) with a < b, travel (first, then, person), venue (a, b))."""
    valid = [s for s in week.sessions if s.end > s.start]
    people = {s.id: week.people_in(s) for s in valid}
    overlaps: set[Triple] = set()
    venues: set[tuple[int, int]] = set()
    for a, b in combinations(valid, 2):
        if a.start < b.end and b.start < a.end:
            low, high = sorted((a.id, b.id))
            overlaps |= {(low, high, p) for p in people[a.id] & people[b.id]}
            venue = week.venue_by_id.get(a.venue_id or -1)
            if a.venue_id == b.venue_id and venue and venue.kind not in SHARED_VENUE_KINDS:
                venues.add((low, high))
    travel: set[Triple] = set()
    for person in {p for group in people.values() for p in group}:
        mine = sorted(
            (s for s in valid if person in people[s.id]), key=lambda s: (s.start, s.end, s.id)
        )
        for a, b in pairwise(mine):
            if a.end > b.start:
                continue
            origin, goal = week.end_site(a), week.start_site(b)
            if origin is None or goal is None or origin == goal:
                continue
            need = week.travel_minutes.get((origin, goal))
            if need is None or b.start - a.end < dt.timedelta(minutes=need):
                travel.add((a.id, b.id, person))
    return overlaps, travel, venues


def engine_people_pairs(
    conflicts: list[Conflict],
) -> tuple[set[Triple], set[Triple], set[tuple[int, int]]]:
    """The same three sets read off the engine's conflicts (each triple reported exactly once)."""
    overlaps: Counter[Triple] = Counter()
    travel: Counter[Triple] = Counter()
    venues: set[tuple[int, int]] = set()
    for c in conflicts:
        if c.kind in DOUBLE_BOOKINGS:
            low, high = sorted(c.session_ids)
            overlaps.update((low, high, p) for p in c.participant_ids)
        elif c.kind == ConflictKind.TRAVEL_TIME:
            first, then = c.session_ids
            travel.update((first, then, p) for p in c.participant_ids)
        elif c.kind == ConflictKind.VENUE_DOUBLE_BOOKED:
            low, high = sorted(c.session_ids)
            venues.add((low, high))
    assert all(n == 1 for n in overlaps.values()), "a person reported twice for one pair"
    assert all(n == 1 for n in travel.values()), "a person reported twice for one trip"
    return set(overlaps), set(travel), venues
