"""The conflict engine: every kind, edge cases, agreement with a brute-force check, moves."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from schedule_world import (
    BUS_A,
    DELEGATION_1,
    DELEGATION_2,
    LAB_A1,
    LAB_A2,
    LAB_B,
    LECTURER,
    PARK,
    SITE_A,
    SITE_B,
    TEAM_1,
    TEAM_2,
    WITHDRAWN,
    at,
    engine_people_pairs,
    make_week,
    oracle_people_pairs,
    session,
)

from sakura_desktop.core.demo import create_demo_database
from sakura_desktop.core.schedule.conflicts import (
    Conflict,
    ConflictEngine,
    ConflictKind,
    Severity,
    conflicts_by_session,
    find_conflicts,
)
from sakura_desktop.core.schedule.loading import load_week, program_conflicts
from sakura_desktop.core.schedule.model import SessionData
from sakura_desktop.db.lifecycle import open_database

K = ConflictKind


def kinds(conflicts: list[Conflict]) -> list[ConflictKind]:
    return [c.kind for c in conflicts]


# --- audiences ------------------------------------------------------------------------------------


def test_audiences_expand_through_team_delegation_everyone_and_lecturer() -> None:
    week = make_week()
    team = session(1, at(0, "09:00"), at(0, "10:00"), team_ids=(TEAM_1,))
    delegation = session(2, at(0, "09:00"), at(0, "10:00"), delegation_ids=(DELEGATION_1,))
    everyone = session(3, at(0, "09:00"), at(0, "10:00"), for_everyone=True, lecturer_id=LECTURER)
    named = session(4, at(0, "09:00"), at(0, "10:00"), participant_ids=(5, WITHDRAWN))
    assert week.people_in(team) == {1, 2, 3}  # the withdrawn member is not expected
    assert week.people_in(delegation) == {1, 4}
    assert week.people_in(everyone) == {1, 2, 3, 4, 5, LECTURER}
    assert week.people_in(named) == {5}
    assert all(week.holds(s, p) == (p in week.people_in(s)) for s in (team, delegation, everyone,
               named) for p in range(1, 8))  # fmt: skip


# --- one session ----------------------------------------------------------------------------------


def test_clean_week_has_no_conflicts() -> None:
    week = make_week(
        session(1, at(0, "09:00"), at(0, "10:00"), team_ids=(TEAM_1,)),
        session(2, at(0, "10:00"), at(0, "11:00"), team_ids=(TEAM_1,), venue=LAB_A2),
    )
    assert find_conflicts(week) == []


def test_ends_before_start_and_zero_length() -> None:
    week = make_week(
        session(1, at(0, "10:00"), at(0, "09:00")),
        session(2, at(0, "10:00"), at(0, "10:00"), venue=LAB_A2),
    )
    found = find_conflicts(week)
    assert kinds(found) == [K.ENDS_BEFORE_START, K.ENDS_BEFORE_START]
    assert "ends before it starts" in found[0].sentence
    assert "ends when it starts" in found[1].sentence
    assert all(c.severity == Severity.ERROR for c in found)


def test_outside_program_dates_uses_the_program_time_zone() -> None:
    # 00:30 Tokyo on the first day is inside; 23:30 the day before is outside.
    inside = session(1, at(0, "00:30"), at(0, "01:00"))
    before = session(2, at(-1, "23:30"), at(0, "00:10"), venue=LAB_A2)
    after = session(3, at(4, "23:00"), at(5, "00:30"), venue=LAB_B)
    found = find_conflicts(make_week(inside, before, after))
    assert [(c.kind, c.session_ids) for c in found] == [
        (K.OUTSIDE_DATES, (2,)),
        (K.OUTSIDE_DATES, (3,)),
    ]
    assert "outside the program's dates (Mon 13 Jul to Fri 17 Jul 2026)" in found[0].sentence


def test_capacity_of_session_and_venue_count_the_lecturer() -> None:
    week = make_week(
        session(1, at(0, "09:00"), at(0, "10:00"), venue=LAB_B, team_ids=(TEAM_1,),
                participant_ids=(4,), lecturer_id=LECTURER, capacity=3),
    )  # fmt: skip
    found = find_conflicts(week)
    assert kinds(found) == [K.SESSION_CAPACITY, K.VENUE_CAPACITY]
    assert found[0].sentence.endswith("has 5 people but room for 3.")
    assert found[1].sentence.endswith("has 5 people but Lab B holds 4.")
    assert found[1].venue_id == LAB_B
    assert all(c.severity == Severity.WARNING for c in found)


def test_venue_capacity_exactly_full_is_fine() -> None:
    week = make_week(session(1, at(0, "09:00"), at(0, "10:00"), venue=LAB_B, team_ids=(TEAM_1,)))
    assert find_conflicts(week) == []


def test_transfer_shorter_than_the_trip() -> None:
    bus = session(1, at(0, "09:00"), at(0, "09:20"), venue=BUS_A, kind="transfer",
                  destination_site_id=SITE_B, for_everyone=True)  # fmt: skip
    found = find_conflicts(make_week(bus))
    assert kinds(found) == [K.TRANSFER_TOO_SHORT]
    assert "takes 20 min but the trip from Campus A to Park B takes 30 min" in found[0].sentence
    assert find_conflicts(make_week(replace(bus, end=at(0, "09:30")))) == []
    unknown = find_conflicts(make_week(bus, travel_minutes={}))
    assert [(c.kind, c.severity) for c in unknown] == [(K.TRANSFER_TOO_SHORT, Severity.WARNING)]


def test_lecturer_outside_availability() -> None:
    windows = {LECTURER: ((at(2, "08:30"), at(2, "17:00")),)}
    inside = session(1, at(2, "09:00"), at(2, "10:00"), lecturer_id=LECTURER)
    outside = session(2, at(2, "16:30"), at(2, "17:30"), lecturer_id=LECTURER, venue=LAB_A2)
    found = find_conflicts(make_week(inside, outside, availability=windows))
    assert [(c.kind, c.session_ids) for c in found] == [(K.LECTURER_UNAVAILABLE, (2,))]
    assert "Prof. Lee Six lectures 'S2'" in found[0].sentence
    assert "available only Wed 15 Jul 08:30–17:00" in found[0].sentence
    # No windows at all: always available.
    assert find_conflicts(make_week(outside)) == []


# --- pairs ----------------------------------------------------------------------------------------


def test_touching_sessions_are_not_a_conflict() -> None:
    week = make_week(
        session(1, at(0, "09:00"), at(0, "10:00"), team_ids=(TEAM_1,), lecturer_id=LECTURER),
        session(2, at(0, "10:00"), at(0, "11:00"), team_ids=(TEAM_1,), lecturer_id=LECTURER),
    )
    assert find_conflicts(week) == []


def test_venue_double_booked_but_bus_stops_and_open_spaces_are_shared() -> None:
    week = make_week(
        session(1, at(0, "09:00"), at(0, "10:00"), team_ids=(TEAM_1,)),
        session(2, at(0, "09:30"), at(0, "10:30"), team_ids=(TEAM_2,)),
        session(3, at(0, "09:00"), at(0, "10:00"), BUS_A, participant_ids=(1,), kind="transfer"),
        session(4, at(0, "09:00"), at(0, "10:00"), BUS_A, participant_ids=(4,), kind="transfer"),
        session(5, at(1, "09:00"), at(1, "10:00"), venue=PARK, team_ids=(TEAM_1,)),
        session(6, at(1, "09:00"), at(1, "10:00"), venue=PARK, team_ids=(TEAM_2,)),
    )  # fmt: skip
    found = [c for c in find_conflicts(week) if c.kind == K.VENUE_DOUBLE_BOOKED]
    assert [(c.session_ids, c.venue_id) for c in found] == [((1, 2), LAB_A1)]
    assert found[0].sentence.startswith("Lab A1 is double-booked: 'S1' (Mon 13 Jul 09:00–10:00)")


def test_whole_team_reported_once_not_per_member() -> None:
    week = make_week(
        session(1, at(0, "09:00"), at(0, "10:00"), title="Lab tour", team_ids=(TEAM_1,)),
        session(2, at(0, "09:30"), at(0, "10:30"), title="Lunch", team_ids=(TEAM_1, TEAM_2),
                venue=LAB_A2),
    )  # fmt: skip
    found = find_conflicts(week)
    assert kinds(found) == [K.TEAM_DOUBLE_BOOKED]
    assert found[0].sentence == (
        "Team 1 is in two places at once: 'Lab tour' (Mon 13 Jul 09:00–10:00) and 'Lunch' "
        "(Mon 13 Jul 09:30–10:30)."
    )
    assert found[0].team_id == TEAM_1
    assert found[0].participant_ids == (1, 2, 3)


def test_delegation_and_everyone_and_mixed_audiences() -> None:
    everyone = session(1, at(0, "09:00"), at(0, "10:00"), for_everyone=True, venue=LAB_A1)
    korea = session(2, at(0, "09:30"), at(0, "10:30"), delegation_ids=(DELEGATION_2,), venue=LAB_A2)
    found = find_conflicts(make_week(everyone, korea))
    assert [(c.kind, c.delegation_id, c.participant_ids) for c in found] == [
        (K.DELEGATION_DOUBLE_BOOKED, DELEGATION_2, (2, 3, 5))
    ]
    # Team 1 against India: only their intersection (person 1) is double-booked.
    team = session(3, at(1, "09:00"), at(1, "10:00"), team_ids=(TEAM_1,))
    india = session(4, at(1, "09:00"), at(1, "10:00"), delegation_ids=(DELEGATION_1,), venue=LAB_A2)
    found = find_conflicts(make_week(team, india))
    assert [(c.kind, c.participant_ids) for c in found] == [(K.PERSON_DOUBLE_BOOKED, (1,))]
    assert found[0].sentence.startswith("Ana One is in two places at once: 'S3'")


def test_everyone_twice_and_lecturer_double_booked() -> None:
    week = make_week(
        session(1, at(0, "09:00"), at(0, "10:00"), for_everyone=True),
        session(2, at(0, "09:00"), at(0, "10:00"), for_everyone=True, venue=LAB_A2),
        session(3, at(1, "09:00"), at(1, "10:00"), lecturer_id=LECTURER, team_ids=(TEAM_1,)),
        session(4, at(1, "09:30"), at(1, "10:00"), lecturer_id=LECTURER, team_ids=(TEAM_2,),
                venue=LAB_A2),
    )  # fmt: skip
    found = find_conflicts(week)
    assert kinds(found) == [K.EVERYONE_DOUBLE_BOOKED, K.LECTURER_DOUBLE_BOOKED]
    assert found[0].sentence.startswith("Everyone is in two places at once")
    assert found[1].sentence.startswith("Prof. Lee Six lectures in two places at once")


def test_travel_between_sites_and_transfers_move_people() -> None:
    lab_a = session(1, at(0, "09:00"), at(0, "10:00"), team_ids=(TEAM_1,))
    lab_b = session(2, at(0, "10:20"), at(0, "11:00"), team_ids=(TEAM_1,), venue=LAB_B)
    found = find_conflicts(make_week(lab_a, lab_b))
    assert [(c.kind, c.session_ids, c.participant_ids) for c in found] == [
        (K.TRAVEL_TIME, (1, 2), (1, 2, 3))
    ]
    assert found[0].sentence == (
        "Team 1: only 20 min from 'S1' (Mon 13 Jul 09:00–10:00) to 'S2' (Mon 13 Jul "
        "10:20–11:00); the trip from Campus A to Park B takes 30 min."
    )
    # A bus in between takes them: it starts at A (its stop) and ends at B (its destination).
    bus = session(3, at(0, "10:00"), at(0, "10:30"), venue=BUS_A, kind="transfer",
                  destination_site_id=SITE_B, team_ids=(TEAM_1,))  # fmt: skip
    assert find_conflicts(make_week(lab_a, bus, replace(lab_b, start=at(0, "10:30")))) == []
    # Same site: no travel needed.
    assert find_conflicts(make_week(lab_a, replace(lab_b, venue_id=LAB_A2))) == []


def test_travel_time_across_midnight() -> None:
    late = session(1, at(0, "23:30"), at(0, "23:50"), venue=LAB_B, participant_ids=(1,))
    early = session(2, at(1, "00:05"), at(1, "01:00"), participant_ids=(1,))
    found = find_conflicts(make_week(late, early))
    assert [(c.kind, c.session_ids) for c in found] == [(K.TRAVEL_TIME, (1, 2))]
    assert "only 15 min" in found[0].sentence and "takes 20 min" in found[0].sentence
    assert find_conflicts(make_week(late, replace(early, start=at(1, "00:10")))) == []


def test_unknown_travel_time_is_a_warning() -> None:
    week = make_week(
        session(1, at(0, "09:00"), at(0, "10:00"), participant_ids=(1,)),
        session(2, at(0, "15:00"), at(0, "16:00"), participant_ids=(1,), venue=LAB_B),
        travel_minutes={},
    )
    found = find_conflicts(week)
    assert [(c.kind, c.severity) for c in found] == [(K.TRAVEL_TIME, Severity.WARNING)]
    assert "no travel time is set from Campus A to Park B" in found[0].sentence


def test_conflicts_by_session_marks_both_blocks() -> None:
    week = make_week(
        session(1, at(0, "09:00"), at(0, "10:00"), team_ids=(TEAM_1,)),
        session(2, at(0, "09:30"), at(0, "10:30"), team_ids=(TEAM_1,), venue=LAB_A2),
    )
    marked = conflicts_by_session(find_conflicts(week))
    assert set(marked) == {1, 2}


# --- the engine against a brute-force check ------------------------------------------------------

VENUES = [LAB_A1, LAB_A2, LAB_B, BUS_A, PARK, None]


@st.composite
def random_session(draw: st.DrawFn, sid: int) -> SessionData:
    start = at(0, "20:00") + dt.timedelta(minutes=5 * draw(st.integers(0, 12 * 12)))
    length = dt.timedelta(minutes=5 * draw(st.integers(-2, 30)))
    kind = draw(st.sampled_from(["lecture", "transfer", "meal"]))
    audience = draw(st.sampled_from(["everyone", "teams", "delegations", "people", "mixed"]))
    teams = draw(st.lists(st.sampled_from([TEAM_1, TEAM_2]), max_size=2, unique=True))
    delegations = draw(
        st.lists(st.sampled_from([DELEGATION_1, DELEGATION_2]), max_size=2, unique=True)
    )
    people = draw(st.lists(st.integers(1, 7), max_size=3, unique=True))
    return session(
        sid, start, start + length,
        venue=draw(st.sampled_from(VENUES)),
        kind=kind,
        destination_site_id=draw(st.sampled_from([None, SITE_A, SITE_B]))
        if kind == "transfer" else None,
        for_everyone=audience == "everyone",
        team_ids=tuple(sorted(teams)) if audience in ("teams", "mixed") else (),
        delegation_ids=tuple(sorted(delegations)) if audience in ("delegations", "mixed") else (),
        participant_ids=tuple(sorted(people)) if audience in ("people", "mixed") else (),
        lecturer_id=draw(st.sampled_from([None, None, LECTURER, 1])),
        capacity=draw(st.sampled_from([None, 2, 5])),
    )  # fmt: skip


@st.composite
def random_week(draw: st.DrawFn) -> list[SessionData]:
    count = draw(st.integers(0, 14))
    return [draw(random_session(sid)) for sid in range(1, count + 1)]


TRAVEL = st.sampled_from([{(SITE_A, SITE_B): 30, (SITE_B, SITE_A): 20}, {(SITE_A, SITE_B): 15}])


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(sessions=random_week(), travel=TRAVEL)
def test_engine_agrees_with_brute_force(sessions: list[SessionData], travel: dict) -> None:
    week = make_week(*sessions, travel_minutes=travel)
    assert engine_people_pairs(find_conflicts(week)) == oracle_people_pairs(week)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    sessions=random_week(),
    moves=st.lists(
        st.tuples(st.integers(0, 13), st.integers(-30, 30), st.integers(-3, 12),
                  st.sampled_from([None, LAB_A1, LAB_B, BUS_A])),
        max_size=6,
    ),
)  # fmt: skip
def test_incremental_equals_full_after_moves(
    sessions: list[SessionData], moves: list[tuple[int, int, int, int | None]]
) -> None:
    engine = ConflictEngine(make_week(*sessions))
    before = engine.check_all()
    for index, shift, length, venue in moves:
        if not sessions:
            break
        target = engine.week.session_by_id[sessions[index % len(sessions)].id]
        start = target.start + dt.timedelta(minutes=10 * shift)
        end = start + dt.timedelta(minutes=10 * length)
        preview = engine.check_after_move(target.id, start, end, venue)
        assert engine.check_all() == before  # a preview leaves the engine as it was
        applied = engine.apply_move(target.id, start, end, venue)
        assert applied == preview
        assert applied == find_conflicts(engine.week)
        before = applied


def test_replace_add_remove_follow_edits() -> None:
    one = session(1, at(0, "09:00"), at(0, "10:00"), team_ids=(TEAM_1,))
    two = session(2, at(0, "11:00"), at(0, "12:00"), team_ids=(TEAM_2,), venue=LAB_A2)
    engine = ConflictEngine(make_week(one, two))
    assert engine.check_all() == []
    assert kinds(engine.replace_session(replace(two, team_ids=(TEAM_1,), start=at(0, "09:30"))))
    assert engine.replace_session(two) == []
    three = session(3, at(0, "11:30"), at(0, "12:30"), team_ids=(TEAM_2,))
    assert kinds(engine.add_session(three)) == [K.TEAM_DOUBLE_BOOKED]
    assert engine.remove_session(3) == []
    with pytest.raises(KeyError):
        engine.check_after_move(99, at(0, "09:00"), at(0, "10:00"))


# --- the demo week --------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def demo_factory(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    path = tmp_path_factory.mktemp("demo") / "demo.db"
    summary = create_demo_database(path)
    database, _ = open_database(path=path)
    try:
        yield database.session_factory, summary.id
    finally:
        database.dispose()


def test_demo_week_has_no_conflicts(demo_factory) -> None:  # type: ignore[no-untyped-def]
    factory, program_id = demo_factory
    assert program_conflicts(factory, program_id) == []


def test_demo_drag_a_lab_tour_onto_another_slot(demo_factory) -> None:  # type: ignore[no-untyped-def]
    factory, program_id = demo_factory
    week = load_week(factory, program_id)
    tours = [s for s in week.sessions if s.kind == "lab_tour"]
    engine = ConflictEngine(week)
    moved = engine.check_after_move(tours[0].id, tours[5].start, tours[5].end)
    assert {c.kind for c in moved} == {K.TEAM_DOUBLE_BOOKED, K.VENUE_DOUBLE_BOOKED}
    assert engine.check_all() == []
    assert engine_people_pairs(moved) == oracle_people_pairs(
        replace(week, sessions=tuple(
            replace(s, start=tours[5].start, end=tours[5].end) if s.id == tours[0].id else s
            for s in week.sessions
        ))
    )  # fmt: skip


def test_loading_reads_the_demo_as_plain_data(demo_factory, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    factory, program_id = demo_factory
    week = load_week(factory, program_id)
    assert week.timezone == "Asia/Tokyo" and len(week.sessions) == 58
    bus = next(s for s in week.sessions if s.kind == "transfer")
    assert week.venue_by_id[bus.venue_id or 0].kind == "bus_stop"
    assert week.end_site(bus) == bus.destination_site_id != week.start_site(bus)
    laureate = next(p for p in week.people if p.name == "Prof. Haruki Tanabe")
    assert laureate.id in week.availability
