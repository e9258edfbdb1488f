"""Participant queries and edits (same rules as the import), withdraw, delegations."""

from __future__ import annotations

import datetime as dt
import unicodedata
from pathlib import Path

import pytest
from roster_world import make_program, write_csv

from sakura_desktop.core.roster import ValidationFailed, import_roster_file
from sakura_desktop.core.roster.delegations import (
    DelegationDraft,
    create_delegation,
    delete_delegation,
    list_delegations,
    set_leader,
    update_delegation,
)
from sakura_desktop.core.roster.participants import (
    ParticipantEdit,
    create_participant,
    get_participant,
    list_participants,
    reinstate,
    update_participant,
    validate_edit,
    withdraw,
)
from sakura_desktop.core.roster.teams import assign_to_team, create_team
from sakura_desktop.db.engine import Database
from sakura_desktop.errors import UserError


def seeded(database: Database, tmp_path: Path) -> int:
    program = make_program(database)
    rows = [
        ["ID", "Family name", "Given name", "Native name", "Gender", "Date of birth", "E-mail",
         "Country", "Room", "Allergies"],
        ["VN-1", "Nguyen", "An", "Nguyễn An", "M", "2008-01-02", "an@example.vn", "VN", "301", ""],
        ["VN-2", "Tran", "Binh", "Trần Bình", "F", "2008-02-03", "binh@example.vn", "VN", "302",
         "peanuts"],
    ]  # fmt: skip
    import_roster_file(database.session_factory, program.id, write_csv(tmp_path / "vn.csv", rows))
    return program.id


def test_list_and_get(database: Database, tmp_path: Path) -> None:
    program_id = seeded(database, tmp_path)
    factory = database.session_factory
    team = create_team(factory, program_id, "Red")
    rows = list_participants(factory, program_id)
    assign_to_team(factory, [rows[0].id], team.id)
    rows = list_participants(factory, program_id)
    assert [(r.family_name, r.delegation, r.country_code, r.team) for r in rows] == [
        ("Nguyen", "Vietnam", "VN", "Red"), ("Tran", "Vietnam", "VN", ""),
    ]  # fmt: skip
    assert rows[1].allergies == "peanuts" and rows[1].room == "302"
    assert rows[0].display_name == "An Nguyen"
    detail = get_participant(factory, rows[0].id)
    assert detail.row == rows[0] and detail.program_id == program_id


def test_edit_uses_the_importer_rules(database: Database, tmp_path: Path) -> None:
    program_id = seeded(database, tmp_path)
    factory = database.session_factory
    an, binh = list_participants(factory, program_id)
    bad = ParticipantEdit(family_name=" ", gender="Q", date_of_birth="2008-02-30", email="x")
    problems = validate_edit(factory, program_id, bad, an.id)
    assert [field for field, _ in problems] == ["Name", "Gender", "Date of birth", "E-mail"]
    clash = ParticipantEdit(family_name="Nguyen", email="BINH@example.vn", external_id="VN-2")
    with pytest.raises(ValidationFailed) as info:
        update_participant(factory, an.id, clash)
    assert [field for field, _ in info.value.problems] == ["ID", "E-mail"]
    nfd = unicodedata.normalize("NFD", "Nguyễn  Văn An")
    saved = update_participant(
        factory,
        an.id,
        ParticipantEdit(family_name=" NGUYEN ", given_name=nfd, native_name=f" {nfd}",
                        gender="男", date_of_birth="2008年1月2日", role="団長",
                        delegation_id=an.delegation_id, email="an@example.vn"),
    )  # fmt: skip
    assert saved.row.given_name == unicodedata.normalize("NFC", "Nguyễn Văn An")
    assert saved.row.native_name == unicodedata.normalize("NFC", "Nguyễn  Văn An")  # spacing kept
    assert (saved.row.gender, saved.row.date_of_birth) == ("male", dt.date(2008, 1, 2))
    assert (saved.row.role, saved.row.is_leader) == ("teacher", True)
    second_leader = ParticipantEdit(
        family_name="Tran", role="leader", delegation_id=an.delegation_id
    )
    assert validate_edit(factory, program_id, second_leader, binh.id) == [
        ("Role", "this delegation already has a leader; change theirs first.")
    ]
    created = create_participant(factory, program_id, ParticipantEdit(given_name="Budi"))
    assert (created.row.given_name, created.row.status, created.row.role) == (
        "Budi", "registered", "student",
    )  # fmt: skip


def test_withdraw_and_reinstate(database: Database, tmp_path: Path) -> None:
    program_id = seeded(database, tmp_path)
    factory = database.session_factory
    ids = [p.id for p in list_participants(factory, program_id)]
    assert withdraw(factory, ids) == 2
    assert withdraw(factory, ids) == 0
    assert all(p.withdrawn for p in list_participants(factory, program_id))
    assert reinstate(factory, ids[:1]) == 1
    assert [p.status for p in list_participants(factory, program_id)] == ["registered", "withdrawn"]


def test_delegation_crud(database: Database, tmp_path: Path) -> None:
    program_id = seeded(database, tmp_path)
    factory = database.session_factory
    mongolia = create_delegation(factory, program_id, DelegationDraft("Ulaanbaatar HS", "モンゴル"))
    assert (mongolia.country_code, mongolia.country_name, mongolia.participants) == (
        "MN",
        "Mongolia",
        0,
    )
    with pytest.raises(UserError, match="not a country we know"):
        create_delegation(factory, program_id, DelegationDraft("X", "Narnia"))
    with pytest.raises(UserError, match="already exists"):
        update_delegation(factory, mongolia.id, DelegationDraft("Vietnam", "MN"))
    vietnam = next(d for d in list_delegations(factory, program_id) if d.name == "Vietnam")
    with pytest.raises(UserError, match="still has 2 participants"):
        delete_delegation(factory, vietnam.id)
    binh = list_participants(factory, program_id)[1]
    assert set_leader(factory, vietnam.id, binh.id).leader_name == "Binh Tran"
    with pytest.raises(UserError, match="must be a member"):
        set_leader(factory, mongolia.id, binh.id)
    delete_delegation(factory, mongolia.id)
    assert [d.name for d in list_delegations(factory, program_id)] == ["Vietnam"]
