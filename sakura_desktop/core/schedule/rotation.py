"""The rotation planner: N teams through M stations (lab tours) in K time slots.

Each team visits each station exactly once, a station hosts at most `capacity` teams per slot, and
a team moving between stations at different sites needs the travel time between its two visits
(where the travel time is given; idle slots in between count as time to travel).

Without travel limits the counting conditions are also sufficient: a plan exists exactly when
K >= M and every station has capacity x K >= N (a bipartite edge colouring, König's theorem), and
one is always found. With travel limits a deterministic depth-first search looks for a plan and
says why none exists when it cannot find one. The same input always gives the same plan.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace

from sqlalchemy import select
from sqlalchemy.orm import Session

from sakura_desktop.core.i18n import translate
from sakura_desktop.core.schedule.conflicts import Conflict, ConflictEngine
from sakura_desktop.core.schedule.day_text import day_time_label
from sakura_desktop.core.schedule.loading import load_week
from sakura_desktop.core.schedule.model import SessionData
from sakura_desktop.core.schedule.rotation_checks import (
    counting_problem,
    input_problem,
    travel_reason,
)
from sakura_desktop.core.timeutil import zone
from sakura_desktop.db.engine import SessionFactory
from sakura_desktop.db.enums import SessionKind
from sakura_desktop.db.models import (
    Program,
    ScheduleSession,
    SessionAudience,
    Site,
    Team,
    TravelTime,
    Venue,
)
from sakura_desktop.errors import NotFoundError, UserError

SEARCH_LIMIT = 200_000  # nodes of the depth-first search before giving up


@dataclass(frozen=True)
class RotationTeam:
    id: int
    name: str


@dataclass(frozen=True)
class RotationStation:
    id: int  # the venue
    name: str
    capacity: int = 1  # teams at once
    site_id: int | None = None


@dataclass(frozen=True)
class TimeSlot:
    start: dt.datetime
    end: dt.datetime


@dataclass(frozen=True)
class RotationProblem:
    teams: tuple[RotationTeam, ...]
    stations: tuple[RotationStation, ...]
    slots: tuple[TimeSlot, ...]
    travel_minutes: Mapping[tuple[int, int], int] = field(default_factory=dict)  # site -> site


@dataclass(frozen=True)
class Visit:
    team: RotationTeam
    station: RotationStation
    slot: int  # index into the problem's slots


@dataclass(frozen=True)
class RotationPlan:
    problem: RotationProblem
    visits: tuple[Visit, ...]  # by slot, then station, then team

    def at(self, slot: int, station_id: int) -> list[RotationTeam]:
        return [v.team for v in self.visits if v.slot == slot and v.station.id == station_id]

    def lines(self, timezone: str) -> list[str]:
        """Slot by slot, station by station: what `rotate --dry-run` prints."""
        out = []
        for index, slot in enumerate(self.problem.slots):
            start = slot.start.astimezone(zone(timezone))
            end = slot.end.astimezone(zone(timezone))
            when = f"{day_time_label(start)}–{end:%H:%M}"
            out.append(
                translate("ScheduleRotation", "Slot {number}: {when}").format(
                    number=index + 1, when=when
                )
            )
            for station in self.problem.stations:
                teams = ", ".join(team.name for team in self.at(index, station.id)) or "—"
                out.append(f"  {station.name}: {teams}")
        return out


@dataclass(frozen=True)
class RotationInfeasible:
    reason: str


def plan_rotation(problem: RotationProblem) -> RotationPlan | RotationInfeasible:
    """A plan, or the reason there is none."""
    reason = input_problem(problem) or counting_problem(problem)
    if reason:
        return RotationInfeasible(reason)
    search = _Search(problem)
    grid = search.run()
    if grid is None and not _has_travel_limits(problem):
        grid = _colouring(problem)
    if grid is None:
        return RotationInfeasible(travel_reason(search.exhausted, SEARCH_LIMIT))
    return _plan(problem, grid)


# --- checks -------------------------------------------------------------------------------------


def _has_travel_limits(problem: RotationProblem) -> bool:
    stations = problem.stations
    return any(
        _travel_blocks(problem, a, b, slot, slot + 1)
        for slot in range(len(problem.slots) - 1)
        for a in stations
        for b in stations
    )


def _travel_blocks(
    problem: RotationProblem, a: RotationStation, b: RotationStation, slot_a: int, slot_b: int
) -> bool:
    """Whether a team cannot make it from `a` in slot_a to `b` in slot_b."""
    if a.site_id is None or b.site_id is None or a.site_id == b.site_id:
        return False
    need = problem.travel_minutes.get((a.site_id, b.site_id))
    if need is None:
        return False
    gap = problem.slots[slot_b].start - problem.slots[slot_a].end
    return gap < dt.timedelta(minutes=need)


# --- search -------------------------------------------------------------------------------


Grid = list[list[int | None]]  # [slot][team] -> station index or None (idle)


@dataclass
class _Frame:
    choices: list[int | None]
    next: int = 0
    placed: int | None = None
    previous: tuple[int, int] | None = None


class _Search:
    """Depth-first, slot by slot and team by team, cheapest-looking choice first."""

    def __init__(self, problem: RotationProblem) -> None:
        self.p = problem
        self.n, self.m, self.k = len(problem.teams), len(problem.stations), len(problem.slots)
        self.grid: Grid = [[None] * self.n for _ in range(self.k)]
        self.load = [[0] * self.m for _ in range(self.k)]
        self.seen = [[False] * self.m for _ in range(self.n)]
        self.left = [self.m] * self.n  # stations still to visit, per team
        self.last: list[tuple[int, int] | None] = [None] * self.n  # (slot, station)
        self.steps = 0
        self.exhausted = True

    def run(self) -> Grid | None:
        """Iterative depth-first search (an explicit stack: plans can be hundreds of cells deep)."""
        total = self.n * self.k
        stack = [_Frame(self._options(0))]
        while stack:
            frame, cell = stack[-1], len(stack) - 1
            slot, team = divmod(cell, self.n)
            if frame.placed is not None:
                self._place(slot, team, frame.placed, frame.previous, -1)
                frame.placed = None
            if frame.next == len(frame.choices):
                stack.pop()
                continue
            choice = frame.choices[frame.next]
            frame.next += 1
            if choice is not None:
                frame.previous = self.last[team]
                frame.placed = choice
                self._place(slot, team, choice, (slot, choice), +1)
            if cell + 1 == total:
                return [row[:] for row in self.grid]
            self.steps += 1
            if self.steps > SEARCH_LIMIT:
                self.exhausted = False
                return None
            stack.append(_Frame(self._options(cell + 1)))
        return None

    def _options(self, cell: int) -> list[int | None]:
        slot, team = divmod(cell, self.n)
        if team == 0 and slot and not self._still_possible(slot):
            return []
        return self._choices(slot, team)

    def _choices(self, slot: int, team: int) -> list[int | None]:
        order = sorted(range(self.m), key=lambda s: (s - slot - team) % self.m)
        found: list[int | None] = [s for s in order if self._allowed(slot, team, s)]
        if self.k - slot - 1 >= self.left[team]:
            found.append(None)
        return found

    def _allowed(self, slot: int, team: int, station: int) -> bool:
        if (
            self.seen[team][station]
            or self.load[slot][station] >= self.p.stations[station].capacity
        ):
            return False
        last = self.last[team]
        if last is None:
            return True
        stations = self.p.stations
        return not _travel_blocks(self.p, stations[last[1]], stations[station], last[0], slot)

    def _place(
        self, slot: int, team: int, station: int, last: tuple[int, int] | None, step: int
    ) -> None:
        self.grid[slot][team] = station if step > 0 else None
        self.load[slot][station] += step
        self.seen[team][station] = step > 0
        self.left[team] -= step
        self.last[team] = last

    def _still_possible(self, slot: int) -> bool:
        remaining = self.k - slot
        for station in range(self.m):
            waiting = sum(1 for team in range(self.n) if not self.seen[team][station])
            if waiting > self.p.stations[station].capacity * remaining:
                return False
        return True


def _colouring(problem: RotationProblem) -> Grid:
    """Bipartite edge colouring (teams × station places) with K colours; always succeeds here."""
    n, k = len(problem.teams), len(problem.slots)
    places = [
        (index, copy) for index, s in enumerate(problem.stations) for copy in range(s.capacity)
    ]
    place_of = {key: offset for offset, key in enumerate(places)}
    team_colour: list[dict[int, int]] = [{} for _ in range(n)]  # colour -> place
    place_colour: list[dict[int, int]] = [{} for _ in places]  # colour -> team
    for team in range(n):
        for index, station in enumerate(problem.stations):
            place = place_of[(index, team % station.capacity)]
            _colour_edge(team, place, k, team_colour, place_colour)
    grid: Grid = [[None] * n for _ in range(k)]
    for team, colours in enumerate(team_colour):
        for colour, place in colours.items():
            grid[colour][team] = places[place][0]
    return grid


def _colour_edge(
    team: int,
    place: int,
    k: int,
    team_colour: list[dict[int, int]],
    place_colour: list[dict[int, int]],
) -> None:
    a = next(c for c in range(k) if c not in team_colour[team])
    if a in place_colour[place]:
        b = next(c for c in range(k) if c not in place_colour[place])
        _flip_path(place, a, b, team_colour, place_colour)
    team_colour[team][a] = place
    place_colour[place][a] = team


def _flip_path(
    place: int,
    a: int,
    b: int,
    team_colour: list[dict[int, int]],
    place_colour: list[dict[int, int]],
) -> None:
    """Swap colours a and b along the alternating path starting at `place` with colour a."""
    path: list[tuple[int, int, int]] = []  # (team, place, colour)
    current_place, colour = place, a
    while True:
        team = place_colour[current_place].get(colour)
        if team is None:
            break
        path.append((team, current_place, colour))
        colour = b if colour == a else a
        next_place = team_colour[team].get(colour)
        if next_place is None:
            break
        path.append((team, next_place, colour))
        current_place, colour = next_place, (b if colour == a else a)
    for team, where, colour in path:
        del team_colour[team][colour]
        del place_colour[where][colour]
    for team, where, colour in path:
        other = b if colour == a else a
        team_colour[team][other] = where
        place_colour[where][other] = team


def _plan(problem: RotationProblem, grid: Grid) -> RotationPlan:
    visits = sorted(
        (slot, station, team)
        for slot, row in enumerate(grid)
        for team, station in enumerate(row)
        if station is not None
    )
    return RotationPlan(
        problem,
        tuple(Visit(problem.teams[t], problem.stations[s], slot) for slot, s, t in visits),
    )


# --- reading the problem from a program, writing the plan ---------------------------------

SLOT = re.compile(r"^\s*(\d{4}-\d{2}-\d{2})[T ](\d{1,2}):(\d{2})\s*/\s*(\d+)\s*$")


def parse_slots(text: str, timezone: str) -> tuple[TimeSlot, ...]:
    """'2026-07-14T09:00/60, 2026-07-14T10:10/45' (local time / minutes); also one per line."""
    slots = []
    items = [item for line in text.splitlines() for item in line.split("#")[0].split(",")]
    for item in (i for i in items if i.strip()):
        match = SLOT.match(item)
        if match is None:
            raise UserError(
                translate(
                    "ScheduleRotation",
                    "Cannot read the time slot {slot}; write it as "
                    "2026-07-14T09:00/60 (local start time / length in minutes).",
                ).format(slot=repr(item.strip()))
            )
        day, hours, minutes, length = match.groups()
        start = dt.datetime.combine(
            dt.date.fromisoformat(day), dt.time(int(hours), int(minutes)), tzinfo=zone(timezone)
        )
        slots.append(TimeSlot(start, start + dt.timedelta(minutes=int(length))))
    if not slots:
        raise UserError(translate("ScheduleRotation", "No time slots given."))
    return tuple(slots)


def rotation_problem(
    factory: SessionFactory,
    program_id: int,
    team_names: Sequence[str],
    station_names: Sequence[str],
    slots: Sequence[TimeSlot],
    capacity: int | None = None,
) -> RotationProblem:
    """Teams and stations (venues) named as the coordinator names them.

    A station's capacity in teams is `capacity` when given, else its venue's seats divided by the
    largest team's size (at least 1), else (no seat count) every team at once.
    """
    with factory() as session:
        if session.get(Program, program_id) is None:
            raise NotFoundError(
                translate("ScheduleRotation", "No program with id {id}.").format(id=program_id)
            )
        teams = [_find_team(session, program_id, name) for name in team_names]
        largest = max((len(team.members) for team in teams), default=1) or 1
        venues = [_find_venue(session, program_id, name) for name in station_names]
        travel = _travel(session, program_id)
        stations = tuple(
            RotationStation(
                v.id, v.name, _capacity(v.capacity, largest, capacity, len(teams)), v.site_id
            )
            for v in venues
        )
        return RotationProblem(
            tuple(RotationTeam(t.id, t.name) for t in teams), stations, tuple(slots), travel
        )


def _capacity(seats: int | None, largest: int, given: int | None, teams: int) -> int:
    if given is not None:
        return given
    if seats is None:
        return max(teams, 1)
    return max(1, seats // largest)


def _find_team(session: Session, program_id: int, name: str) -> Team:
    team = session.scalar(
        select(Team).where(Team.program_id == program_id, Team.name == name.strip())
    )
    if team is None:
        known = ", ".join(session.scalars(select(Team.name).where(Team.program_id == program_id)))
        raise NotFoundError(
            translate(
                "ScheduleRotation", "No team {name} in this program (teams: {known})."
            ).format(name=repr(name.strip()), known=known or translate("ScheduleRotation", "none"))
        )
    return team


def _find_venue(session: Session, program_id: int, name: str) -> Venue:
    venues = session.scalars(
        select(Venue)
        .join(Site, Venue.site_id == Site.id)
        .where(Site.program_id == program_id, Venue.name == name.strip())
    ).all()
    if len(venues) != 1:
        if not venues:
            text = translate("ScheduleRotation", "There is no venue named {name} in this program.")
        else:
            text = translate(
                "ScheduleRotation", "There is several venues named {name} in this program."
            )
        raise UserError(text.format(name=repr(name.strip())))
    return venues[0]


def _travel(session: Session, program_id: int) -> dict[tuple[int, int], int]:
    rows = session.execute(
        select(TravelTime.from_site_id, TravelTime.to_site_id, TravelTime.minutes).where(
            TravelTime.program_id == program_id
        )
    )
    return {(a, b): minutes for a, b, minutes in rows}


def planned_sessions(
    plan: RotationPlan,
    *,
    title_prefix: str = "Lab tour",
    kind: SessionKind = SessionKind.LAB_TOUR,
    host: str = "",
) -> list[SessionData]:
    """The sessions a plan adds (one per station and slot with its teams as the audience), as
    plain data with negative ids -1, -2, ... since none is written yet."""
    sessions: list[SessionData] = []
    for index, slot in enumerate(plan.problem.slots):
        for station in plan.problem.stations:
            teams = plan.at(index, station.id)
            if teams:
                sessions.append(
                    SessionData(
                        id=-(len(sessions) + 1),
                        title=f"{title_prefix}: {station.name}",
                        kind=kind.value,
                        start=slot.start.astimezone(dt.UTC),
                        end=slot.end.astimezone(dt.UTC),
                        venue_id=station.id,
                        team_ids=tuple(sorted(team.id for team in teams)),
                        host=host,
                    )
                )
    return sessions


def rotation_conflicts(
    factory: SessionFactory,
    program_id: int,
    plan: RotationPlan,
    *,
    title_prefix: str = "Lab tour",
    kind: SessionKind = SessionKind.LAB_TOUR,
    host: str = "",
) -> list[Conflict]:
    """The conflicts the plan would create with the rest of the week (nothing is written).

    The planner keeps the rotation itself consistent but does not look at the week's other
    sessions: a team already at lunch, a venue already booked, a tour outside the program's
    dates. These are the conflicts of the week with the plan's sessions added that involve at
    least one of them (their session ids are the negative ids of `planned_sessions`).
    """
    week = load_week(factory, program_id)
    added = planned_sessions(plan, title_prefix=title_prefix, kind=kind, host=host)
    engine = ConflictEngine(replace(week, sessions=(*week.sessions, *added)))
    new = {session.id for session in added}
    return [c for c in engine.check_all() if new.intersection(c.session_ids)]


def write_rotation(
    factory: SessionFactory,
    program_id: int,
    plan: RotationPlan,
    *,
    title_prefix: str = "Lab tour",
    kind: SessionKind = SessionKind.LAB_TOUR,
    host: str = "",
) -> list[int]:
    """One session per station and slot with its teams as the audience, in one transaction.

    Returns the new session ids; deleting them (`editing.delete_sessions`) undoes the rotation.
    """
    with factory.begin() as session:
        if session.get(Program, program_id) is None:
            raise NotFoundError(
                translate("ScheduleRotation", "No program with id {id}.").format(id=program_id)
            )
        created = []
        for planned in planned_sessions(plan, title_prefix=title_prefix, kind=kind, host=host):
            row = ScheduleSession(
                program_id=program_id,
                title=planned.title,
                kind=planned.kind,
                start_at=planned.start,
                end_at=planned.end,
                venue_id=planned.venue_id,
                host=planned.host,
                audience=[SessionAudience(team_id=team_id) for team_id in planned.team_ids],
            )
            session.add(row)
            session.flush()
            created.append(row.id)
        return created
