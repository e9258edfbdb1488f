"""Teams: by hand, moving people, and auto-forming balanced, deterministic mixed teams."""

from __future__ import annotations

import random
from collections import Counter
from pathlib import Path

import pytest
from roster_world import make_program, write_csv

from sakura_desktop.core.roster import import_roster_file
from sakura_desktop.core.roster.participants import list_participants
from sakura_desktop.core.roster.teams import (
    Person,
    add_members,
    assign_to_team,
    auto_form_teams,
    create_team,
    delete_team,
    form_groups,
    list_teams,
    remove_members,
    rename_team,
)
from sakura_desktop.db.engine import Database
from sakura_desktop.errors import UserError

COUNTRIES = ["TH", "VN", "KR", "CN", "TW", "IN", "MN", "PH"]


def world(database: Database, tmp_path: Path) -> int:
    rng = random.Random(7)
    rows = [["ID", "Family name", "Given name", "Gender", "Role", "Country"]]
    for c, country in enumerate(COUNTRIES):
        for n in range(8 + c):  # delegations of different sizes
            rows.append(
                [f"{country}-{n}", f"F{country}{n}", "G", rng.choice("FM"), "student", country]
            )
        rows.append([f"{country}-T", f"T{country}", "G", rng.choice("FM"), "teacher", country])
    rows.append(["STAFF-1", "Host", "Staff", "F", "staff", ""])
    program = make_program(database)
    summary = import_roster_file(
        database.session_factory, program.id, write_csv(tmp_path / "w.csv", rows)
    )
    assert summary.errors == ()
    return program.id


def spread(values: list[int]) -> int:
    return max(values) - min(values)


def test_auto_teams_are_balanced(database: Database, tmp_path: Path) -> None:
    program_id = world(database, tmp_path)
    factory = database.session_factory
    formed = auto_form_teams(factory, program_id, 6, seed=1)
    assert [t.name for t in formed.teams] == [f"Team {n}" for n in range(1, 7)]
    students = 8 * 8 + sum(range(8))
    assert formed.assigned == students
    people = list_participants(factory, program_id)
    by_team: dict[str, list] = {}
    for p in people:
        if p.team:
            by_team.setdefault(p.team, []).append(p)
    assert all(p.role == "student" for team in by_team.values() for p in team)
    assert spread([len(t) for t in by_team.values()]) <= 1
    for country in COUNTRIES:
        per_team = [sum(p.country_code == country for p in t) for t in by_team.values()]
        assert spread(per_team) <= 1, country
    for gender in ("female", "male"):
        assert spread([sum(p.gender == gender for p in t) for t in by_team.values()]) <= 2
    for team in formed.teams:
        assert team.delegations >= 7  # every team mixes (almost) every delegation


def test_auto_teams_are_deterministic_and_include_teachers(
    database: Database, tmp_path: Path
) -> None:
    program_id = world(database, tmp_path)
    factory = database.session_factory

    def membership() -> dict[int, str]:
        return {p.id: p.team for p in list_participants(factory, program_id)}

    auto_form_teams(factory, program_id, 5, seed=42)
    first = membership()
    auto_form_teams(factory, program_id, 5, seed=3)
    assert membership() != first
    auto_form_teams(factory, program_id, 5, seed=42)
    assert membership() == first

    formed = auto_form_teams(factory, program_id, 4, seed=42, include_teachers=True)
    assert formed.assigned == 8 * 8 + sum(range(8)) + 8
    teachers = [t.by_role.get("teacher", 0) for t in formed.teams]
    assert teachers == [2, 2, 2, 2]
    # Team 5 from before is left in place, now empty; staff never join a team.
    sizes = {t.name: t.size for t in list_teams(factory, program_id)}
    assert sizes["Team 5"] == 0
    staff = next(p for p in list_participants(factory, program_id) if p.role == "staff")
    assert staff.team == ""


def test_form_groups_is_pure_and_balanced() -> None:
    people = [Person(i, i % 3, "female" if i % 2 else "male", "student") for i in range(31)]
    groups = form_groups(people, 4, seed=9)
    assert groups == form_groups(list(reversed(people)), 4, seed=9)
    assert sorted(len(g) for g in groups) == [7, 8, 8, 8]
    assert sorted(i for g in groups for i in g) == list(range(31))


def test_auto_teams_refuses_impossible_requests(database: Database, tmp_path: Path) -> None:
    program_id = world(database, tmp_path)
    with pytest.raises(UserError, match="at least one team"):
        auto_form_teams(database.session_factory, program_id, 0)
    with pytest.raises(UserError, match="Cannot form 1000 teams from 92 people"):
        auto_form_teams(database.session_factory, program_id, 1000)
    empty = make_program(database, "EMPTY")
    with pytest.raises(UserError, match="nobody to put into teams"):
        auto_form_teams(database.session_factory, empty.id, 2)


def test_teams_by_hand(database: Database, tmp_path: Path) -> None:
    program_id = world(database, tmp_path)
    factory = database.session_factory
    red = create_team(factory, program_id, "  Red  ")
    blue = create_team(factory, program_id, "Blue", "#0000ff")
    assert (red.name, red.size, blue.colour) == ("Red", 0, "#0000ff")
    with pytest.raises(UserError, match="already exists"):
        create_team(factory, program_id, "Red")
    ids = [p.id for p in list_participants(factory, program_id)][:5]
    assert add_members(factory, red.id, ids) == 5
    assert add_members(factory, red.id, ids) == 0
    assert assign_to_team(factory, ids[:2], blue.id) == 2  # moved, not copied
    sizes = {t.name: t.size for t in list_teams(factory, program_id)}
    assert (sizes["Red"], sizes["Blue"]) == (3, 2)
    assert remove_members(factory, red.id, ids) == 3
    assert rename_team(factory, blue.id, "Azure").name == "Azure"
    assign_to_team(factory, ids[:2], None)
    delete_team(factory, blue.id)
    assert [t.name for t in list_teams(factory, program_id)] == ["Red"]
    assert Counter(p.team for p in list_participants(factory, program_id))[""] == 101


def test_auto_teams_report_teams_left_empty_that_sessions_still_use(database: Database) -> None:
    from sakura_desktop.core.demo import build_demo_program
    from sakura_desktop.core.roster.teams import AutoTeams, TeamRow

    program = build_demo_program(database.session_factory)
    formed = auto_form_teams(database.session_factory, program.id, 6)
    assert [t.name for t in formed.empty] == ["Team 7", "Team 8"]
    assert formed.sessions_for_empty > 0
    assert formed.empty_teams_warning() == (
        f"Team 7 and Team 8 are now empty but {formed.sessions_for_empty} sessions still list "
        "them; delete or reuse them."
    )
    again = auto_form_teams(database.session_factory, program.id, 8)
    assert (again.empty, again.sessions_for_empty, again.empty_teams_warning()) == ((), 0, None)
    lone = AutoTeams((), 0, 0, (TeamRow(9, "Team 9", "#000000", 0),), 1)
    assert lone.empty_teams_warning() == (
        "Team 9 is now empty but 1 session still lists it; delete or reuse it."
    )
    unused = AutoTeams((), 0, 0, (TeamRow(9, "Spare", "#000000", 0),), 0)
    assert unused.empty_teams_warning() == "Spare is now empty; delete or reuse it."
