"""The rotation planner: square and non-square cases, capacity, infeasible inputs, travel."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from itertools import pairwise
from pathlib import Path

import pytest

from sakura_desktop.core.demo import create_demo_database
from sakura_desktop.core.schedule.conflicts import ConflictKind
from sakura_desktop.core.schedule.editing import delete_sessions
from sakura_desktop.core.schedule.loading import load_week, program_conflicts
from sakura_desktop.core.schedule.rotation import (
    RotationInfeasible,
    RotationPlan,
    RotationProblem,
    RotationStation,
    RotationTeam,
    TimeSlot,
    parse_slots,
    plan_rotation,
    planned_sessions,
    rotation_conflicts,
    rotation_problem,
    write_rotation,
)
from sakura_desktop.db.lifecycle import open_database
from sakura_desktop.errors import UserError

UTC = dt.UTC


def slots(count: int, gap: int = 10, length: int = 45) -> tuple[TimeSlot, ...]:
    base = dt.datetime(2026, 7, 14, 0, 0, tzinfo=UTC)
    step = dt.timedelta(minutes=length + gap)
    return tuple(
        TimeSlot(base + n * step, base + n * step + dt.timedelta(minutes=length))
        for n in range(count)
    )


def problem(
    teams: int,
    stations: int,
    slot_count: int,
    capacity: int | list[int] = 1,
    sites: list[int] | None = None,
    travel: dict[tuple[int, int], int] | None = None,
    gap: int = 10,
) -> RotationProblem:
    caps = capacity if isinstance(capacity, list) else [capacity] * stations
    return RotationProblem(
        tuple(RotationTeam(n, f"Team {n + 1}") for n in range(teams)),
        tuple(
            RotationStation(100 + n, f"Lab {n + 1}", caps[n], sites[n] if sites else None)
            for n in range(stations)
        ),
        slots(slot_count, gap),
        travel or {},
    )


def check(plan: RotationPlan | RotationInfeasible) -> RotationPlan:
    assert isinstance(plan, RotationPlan), plan
    p = plan.problem
    visits = [(v.team.id, v.station.id) for v in plan.visits]
    assert sorted(visits) == sorted((t.id, s.id) for t in p.teams for s in p.stations)
    assert len({(v.team.id, v.slot) for v in plan.visits}) == len(plan.visits)
    load = Counter((v.slot, v.station.id) for v in plan.visits)
    assert all(load[(v.slot, v.station.id)] <= v.station.capacity for v in plan.visits)
    return plan


@pytest.mark.parametrize(
    ("teams", "stations", "slot_count", "capacity"),
    [
        (4, 4, 4, 1),  # square
        (8, 4, 4, 2),  # the demo's Tuesday: pairs of teams
        (5, 3, 6, 1),  # more slots than stations: idle slots
        (8, 4, 8, 1),  # more teams than stations
        (3, 5, 5, 1),  # fewer teams than stations
        (10, 3, 4, 3),  # capacity 3, uneven
        (9, 3, 3, 3),  # exactly full
        (100, 10, 40, 3),  # large
    ],
)
def test_feasible_shapes(teams: int, stations: int, slot_count: int, capacity: int) -> None:
    check(plan_rotation(problem(teams, stations, slot_count, capacity)))


def test_mixed_capacities_use_the_colouring_when_needed() -> None:
    check(plan_rotation(problem(6, 3, 6, capacity=[1, 2, 3])))


def test_square_plan_is_a_latin_square_and_deterministic() -> None:
    first = check(plan_rotation(problem(4, 4, 4)))
    assert first == plan_rotation(problem(4, 4, 4))
    for slot in range(4):
        assert sorted(len(first.at(slot, 100 + s)) for s in range(4)) == [1, 1, 1, 1]
    lines = first.lines("Asia/Tokyo")
    assert lines[0] == "Slot 1: Tue 14 Jul 09:00–09:45"
    assert lines[1] == "  Lab 1: Team 1"


@pytest.mark.parametrize(
    ("args", "reason"),
    [
        ((8, 4, 4, 1), "8 teams × 4 stations need 32 visits but 4 stations × capacity 1 × 4 "
                       "slots give only 16."),
        # Fewer slots than stations: that is what to fix, whatever the capacity says.
        ((8, 4, 3, 1), "Each team must visit 4 stations but there are only 3 slots; add 1 "
                       "slot(s) or drop station(s)."),
        ((2, 4, 3, 2), "Each team must visit 4 stations but there are only 3 slots"),
        ((5, 2, 4, [1, 2]), "Lab 1 takes 1 team(s) per slot × 4 slots = 4 visits, but all 5 "
                            "teams must visit it"),
        ((0, 2, 2, 1), "at least one team"),
    ],
)  # fmt: skip
def test_infeasible_inputs_say_why(args: tuple, reason: str) -> None:
    result = plan_rotation(problem(*args))
    assert isinstance(result, RotationInfeasible)
    assert reason in result.reason


def test_bad_slots_and_duplicates() -> None:
    overlapping = problem(2, 2, 2)
    bad = RotationProblem(overlapping.teams, overlapping.stations,
                          (overlapping.slots[1], overlapping.slots[0]))  # fmt: skip
    result = plan_rotation(bad)
    assert isinstance(result, RotationInfeasible) and "slot 2 starts before slot 1" in result.reason
    twice = RotationProblem((RotationTeam(1, "A"), RotationTeam(2, "A")), overlapping.stations,
                            overlapping.slots)  # fmt: skip
    assert "listed twice" in plan_rotation(twice).reason  # type: ignore[union-attr]


def test_travel_time_between_consecutive_slots() -> None:
    travel = {(1, 2): 30, (2, 1): 30}
    # Two labs on each of two sites, 10 minutes between slots: with 4 slots every team would
    # have to change sites between two back-to-back slots.
    stuck = plan_rotation(problem(4, 4, 4, sites=[1, 1, 2, 2], travel=travel))
    assert isinstance(stuck, RotationInfeasible)
    assert "travel times" in stuck.reason
    # With 40 minutes between slots they can.
    plan = check(plan_rotation(problem(4, 4, 4, sites=[1, 1, 2, 2], travel=travel, gap=40)))
    # With two spare slots, a team idles one slot to travel.
    plan = check(plan_rotation(problem(4, 4, 6, sites=[1, 1, 2, 2], travel=travel)))
    for team in plan.problem.teams:
        visits = sorted((v.slot, v.station.site_id) for v in plan.visits if v.team == team)
        for (slot_a, site_a), (slot_b, site_b) in pairwise(visits):
            assert site_a == site_b or slot_b - slot_a >= 2


def test_parse_slots() -> None:
    parsed = parse_slots("2026-07-14T09:00/60, 2026-07-14 10:10/45\n# lunch\n2026-07-14T13:00/30",
                         "Asia/Tokyo")  # fmt: skip
    assert [
        (s.start.isoformat(), int((s.end - s.start).total_seconds() // 60)) for s in parsed
    ] == [
        ("2026-07-14T09:00:00+09:00", 60),
        ("2026-07-14T10:10:00+09:00", 45),
        ("2026-07-14T13:00:00+09:00", 30),
    ]
    with pytest.raises(UserError, match="2026-07-14T09:00/60"):
        parse_slots("tomorrow at nine", "Asia/Tokyo")


def test_write_rotation_into_the_demo_and_undo(tmp_path: Path) -> None:
    summary = create_demo_database(tmp_path / "demo.db")
    database, _ = open_database(path=tmp_path / "demo.db")
    try:
        factory = database.session_factory
        before = len(load_week(factory, summary.id).sessions)
        # Friday afternoon is free: four seminar rooms on campus, two teams per room.
        slots_ = parse_slots("2026-07-17T13:30/40,2026-07-17T14:15/40,2026-07-17T15:00/40,"
                             "2026-07-17T15:45/40", "Asia/Tokyo")  # fmt: skip
        stations = ["Seminar Room B201", "Seminar Room B202", "Seminar Room B203",
                    "Seminar Room B204"]  # fmt: skip
        teams = [f"Team {n}" for n in range(1, 9)]
        default = rotation_problem(factory, summary.id, teams, stations, slots_)
        assert [s.capacity for s in default.stations] == [3, 3, 3, 3]  # 30 seats, teams of 10
        rotation = rotation_problem(factory, summary.id, teams, stations, slots_, capacity=2)
        plan = check(plan_rotation(rotation))
        created = write_rotation(factory, summary.id, plan)
        assert len(created) == 16
        week = load_week(factory, summary.id)
        assert len(week.sessions) == before + 16
        made = [week.session_by_id[i] for i in created]
        assert all(len(s.team_ids) == 2 and s.title.startswith("Lab tour: Seminar") for s in made)
        delete_sessions(factory, created)
        assert len(load_week(factory, summary.id).sessions) == before
        assert program_conflicts(factory, summary.id) == []
        with pytest.raises(UserError, match="no venue named 'Nowhere'"):
            rotation_problem(factory, summary.id, teams, ["Nowhere"], slots_)
    finally:
        database.dispose()


def test_rotation_conflicts_with_the_rest_of_the_week(tmp_path: Path) -> None:
    """The planner keeps the rotation consistent, not the week: those conflicts are reported
    before anything is written, and they are the ones the written week then has."""
    summary = create_demo_database(tmp_path / "demo.db")
    database, _ = open_database(path=tmp_path / "demo.db")
    try:
        factory = database.session_factory
        stations = ["Seminar Room B201", "Seminar Room B202"]
        free = parse_slots("2026-07-17T13:30/40,2026-07-17T14:15/40", "Asia/Tokyo")
        quiet = check(plan_rotation(rotation_problem(factory, summary.id, ["Team 1", "Team 2"],
                                                     stations, free)))  # fmt: skip
        assert rotation_conflicts(factory, summary.id, quiet) == []
        # Tuesday morning: Teams 1 and 2 are already on their lab tours.
        busy = parse_slots("2026-07-14T09:30/40,2026-07-14T10:15/40", "Asia/Tokyo")
        plan = check(plan_rotation(rotation_problem(factory, summary.id, ["Team 1", "Team 2"],
                                                    stations, busy)))  # fmt: skip
        before = len(load_week(factory, summary.id).sessions)
        found = rotation_conflicts(factory, summary.id, plan)
        assert len(load_week(factory, summary.id).sessions) == before  # nothing written
        kinds = Counter(c.kind for c in found)
        assert kinds[ConflictKind.TEAM_DOUBLE_BOOKED] == 4 and kinds[ConflictKind.TRAVEL_TIME] == 4
        assert all(any(i < 0 for i in c.session_ids) for c in found)
        assert any("Team 1 is in two places at once" in c.sentence for c in found)
        assert [s.id for s in planned_sessions(plan)] == [-1, -2, -3, -4]
        write_rotation(factory, summary.id, plan)
        written = {c.sentence for c in program_conflicts(factory, summary.id)}
        assert written == {c.sentence for c in found}
    finally:
        database.dispose()
