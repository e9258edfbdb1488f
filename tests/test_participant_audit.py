"""The audit log of changes to participants: who, when, which fields; never a value."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from roster_world import ROSTERS, make_program, write_csv
from sqlalchemy import select

from sakura_desktop import cli
from sakura_desktop.core.audit import Actor, AuditAction, participant_history
from sakura_desktop.core.programs import resolve_program
from sakura_desktop.core.roster.importer import import_roster_file
from sakura_desktop.core.roster.participants import (
    ParticipantEdit,
    create_participant,
    reinstate,
    update_participant,
    withdraw,
)
from sakura_desktop.db.engine import Database
from sakura_desktop.db.lifecycle import open_database
from sakura_desktop.db.models import Participant

DOOR = Actor("Door 2", "yumi")


def _all_audit_text(db_path: Path) -> str:
    """Every text column of the audit rows. The timestamp and the UUID are left out: they are
    generated, can only hold a time and an id, and by chance contain digit runs such as '412'."""
    conn = sqlite3.connect(db_path)
    try:
        rows = conn.execute(
            "SELECT station, os_user, action, fields, detail FROM participant_audit"
        ).fetchall()
    finally:
        conn.close()
    return "\n".join(repr(row) for row in rows)


def test_create_edit_withdraw_reinstate_are_each_recorded_with_who_and_fields(
    database: Database, db_path: Path
) -> None:
    program = make_program(database)
    factory = database.session_factory
    edit = ParticipantEdit(
        family_name="Okafor",
        given_name="Adaeze",
        date_of_birth="2008-03-09",
        allergies="peanuts (severe)",
        email="adaeze@example.ng",
    )
    person = create_participant(factory, program.id, edit, actor=DOOR)
    changed = ParticipantEdit(**{**edit.__dict__, "allergies": "peanuts, sesame", "room": "412"})
    update_participant(factory, person.row.id, changed, actor=DOOR)
    update_participant(factory, person.row.id, changed, actor=DOOR)  # no change: no row
    withdraw(factory, [person.row.id], actor=Actor("Office", "ken"))
    reinstate(factory, [person.row.id], actor=Actor("Office", "ken"))

    history = participant_history(factory, person.row.id)
    assert [h.action for h in history] == [
        AuditAction.CREATED,
        AuditAction.EDITED,
        AuditAction.STATUS_CHANGED,
        AuditAction.STATUS_CHANGED,
    ]
    assert history[0].who == "yumi on Door 2"
    assert {"family_name", "allergies", "date_of_birth", "email"} <= set(history[0].fields)
    assert history[1].fields == ("allergies", "room")
    assert history[1].what == "Edited: Allergies, Room"
    assert history[2].what == "Status changed: registered → withdrawn"
    assert history[3].who == "ken on Office"
    assert all(h.occurred_at.tzinfo is not None for h in history)
    stored = _all_audit_text(db_path)
    for value in ("peanuts", "sesame", "412", "2008", "adaeze@", "Okafor", "Adaeze"):
        assert value not in stored


def test_an_import_writes_one_row_per_new_and_changed_person_and_no_values(
    database: Database, db_path: Path, tmp_path: Path
) -> None:
    program = make_program(database)
    factory = database.session_factory
    headers, rows = ROSTERS["cp932"]
    roster = write_csv(tmp_path / "jp.csv", [headers, *rows], "cp932")
    import_roster_file(factory, program.id, roster)
    rows[0][10] = "そば、えび"  # allergies of JP-01 change
    import_roster_file(
        factory, program.id, write_csv(tmp_path / "jp2.csv", [headers, *rows], "cp932")
    )

    with factory() as session:
        ids = dict(session.execute(select(Participant.external_id, Participant.id)).all())
    first = participant_history(factory, ids["JP-01"])
    assert [h.action for h in first] == [AuditAction.IMPORTED, AuditAction.IMPORTED]
    assert first[0].detail == "added" and "allergies" in first[0].fields
    assert first[1].detail == "updated" and first[1].fields == ("allergies",)
    assert [h.action for h in participant_history(factory, ids["JP-02"])] == [AuditAction.IMPORTED]
    stored = _all_audit_text(db_path)
    for value in ("そば", "えび", "Yamada", "taro@example.jp", "2008-04-05"):
        assert value not in stored


def test_history_command_names_the_person_and_lists_changes(
    capsys: pytest.CaptureFixture[str], db: Path
) -> None:
    database, _ = open_database(path=db)
    try:
        factory = database.session_factory
        program = resolve_program(factory, None)
        person = create_participant(
            factory,
            program.id,
            ParticipantEdit(family_name="Okafor", given_name="Adaeze"),
            actor=DOOR,
        )
        update_participant(
            factory,
            person.row.id,
            ParticipantEdit(family_name="Okafor", given_name="Adaeze", allergies="latex"),
            actor=DOOR,
        )
    finally:
        database.dispose()
    assert cli.main(["history", "--db", str(db), "adaeze"]) == 0
    out = capsys.readouterr().out
    assert "History of Adaeze Okafor" in out
    assert "yumi on Door 2  Created: Family name, Given name" in out
    assert "Edited: Allergies" in out and "latex" not in out
    assert cli.main(["history", "--db", str(db), "Nobody"]) == 1
    assert "Nobody in this program" in capsys.readouterr().err
