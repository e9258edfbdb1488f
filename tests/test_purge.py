"""Purge after the week: no name, e-mail or birth date is left in any file of the database,
and the anonymous statistics are still there to read."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from roster_world import ROSTERS, write_csv
from sqlalchemy import delete, select
from sqlalchemy import text as sql

from sakura_desktop import cli
from sakura_desktop.core.audit import AuditAction, participant_history
from sakura_desktop.core.checkin.service import manual_checkin, scan
from sakura_desktop.core.demo import create_demo_database
from sakura_desktop.core.purge import purge_program
from sakura_desktop.core.purge_statistics import stored_statistics
from sakura_desktop.core.purge_text import REMOVED, NameScrubber
from sakura_desktop.core.roster.importer import import_roster_file
from sakura_desktop.core.roster.participants import ParticipantEdit, create_participant
from sakura_desktop.db.engine import Database
from sakura_desktop.db.lifecycle import backup_files, backup_sqlite, backups_folder, open_database
from sakura_desktop.db.models import Checkpoint, Participant, Program, SurveyResponse

OPERATOR = "Watanabe Operator"
REFUSED_CODE = "not-a-badge-Okonkwo-code"


def _personal_strings(database: Database) -> set[str]:
    """Every name, e-mail and birth date the database holds about participants."""
    values: set[str] = set()
    with database.session() as session:
        for person in session.scalars(select(Participant)):
            for text in (person.family_name, person.given_name, person.native_name, person.email):
                if text and len(text) >= 3:
                    values.add(text)
            if person.date_of_birth is not None:
                values.add(person.date_of_birth.isoformat())
    return values


def _files_of(db_path: Path) -> list[Path]:
    beside = [db_path.with_name(db_path.name + s) for s in ("-wal", "-shm", "-journal")]
    folder = backups_folder(db_path)
    backups = sorted(folder.iterdir()) if folder.is_dir() else []
    return [db_path, *[p for p in beside if p.exists()], *backups]


def _found(strings: set[str], files: list[Path]) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for file in files:
        data = file.read_bytes()
        for text in strings:
            for encoded in {text.encode("utf-8"), text.encode("utf-16-le")}:
                if encoded in data:
                    found.setdefault(text, []).append(file.name)
    return found


@pytest.fixture
def week(tmp_path: Path) -> Iterator[tuple[Database, int, Path]]:
    """The demo week, plus an imported roster, a hand-added person, scans and a backup."""
    path = tmp_path / "demo week.db"
    create_demo_database(path)
    database, _ = open_database(path=path)
    factory = database.session_factory
    with factory() as session:
        program_id = session.scalars(select(Program.id)).one()
    headers, rows = ROSTERS["cp932"]
    import_roster_file(
        factory, program_id, write_csv(tmp_path / "jp.csv", [headers, *rows], "cp932")
    )
    create_participant(
        factory,
        program_id,
        ParticipantEdit(
            family_name="Okonkwo",
            given_name="Chidinma",
            email="chidinma.okonkwo@example.ng",
            date_of_birth="2008-02-29",
            allergies="penicillin",
            notes="Okonkwo's mother calls on Tuesdays",
        ),
    )
    with database.session() as session:
        checkpoint = Checkpoint(program_id=program_id, name="Arrival desk", kind="arrival")
        session.add(checkpoint)
        session.commit()
        checkpoint_id = checkpoint.id
        first = session.scalars(
            select(Participant.id).where(Participant.program_id == program_id)
        ).first()
    assert first is not None
    manual_checkin(factory, program_id, checkpoint_id, first, "Door 1", OPERATOR)
    with database.session() as session:
        comment = "Thanks to Chidinma Okonkwo (chidinma.okonkwo@example.ng) and 山田 太郎!"
        # The demo's own answer for this person is replaced by one that names people.
        session.execute(delete(SurveyResponse).where(SurveyResponse.participant_id == first))
        session.add(SurveyResponse(participant_id=first, overall=5, comments=comment))
        session.commit()
    scan(factory, program_id, checkpoint_id, REFUSED_CODE, "Door 1", OPERATOR)
    backup_sqlite(path, "before the purge test")
    try:
        yield database, program_id, path
    finally:
        database.dispose()


def test_purge_leaves_no_personal_string_in_any_file_and_keeps_the_statistics(
    week: tuple[Database, int, Path],
) -> None:
    database, program_id, path = week
    personal = _personal_strings(database) | {OPERATOR, REFUSED_CODE, "penicillin"}
    assert {"Okonkwo", "chidinma.okonkwo@example.ng", "2008-02-29", "山田 太郎"} <= personal
    assert len(personal) > 300
    assert _found(personal, _files_of(path))  # the check finds them before

    report = purge_program(database, program_id)

    assert report.backups_removed >= 1 and report.fresh_backup is not None
    assert _found(personal, _files_of(path)) == {}
    assert [f.name for f in backup_files(path)] == [report.fresh_backup.name]
    assert path.with_name(path.name + "-wal").stat().st_size == 0

    stats = stored_statistics(database.session_factory, program_id)
    assert stats is not None and stats == report.statistics
    assert stats.participants == report.participants > 100
    assert stats.by_country["Japan"] >= 4
    assert sum(stats.by_age_band.values()) == stats.participants
    assert stats.by_age_band.get("not given", 0) < stats.participants
    assert stats.delegations and all(r.expected >= r.attended for r in stats.delegations)
    text = "\n".join(stats.lines())
    assert "Japan" in text and "15-17" in text
    with database.session() as session:
        person = session.scalars(
            select(Participant).where(Participant.program_id == program_id)
        ).first()
        assert person is not None and person.display_name.startswith("Participant ")
        history = participant_history(database.session_factory, person.id)
    assert history[-1].action is AuditAction.PURGED
    assert all(entry.os_user == "" for entry in history)
    with database.session() as session:
        response = session.scalars(
            select(SurveyResponse).where(SurveyResponse.comments.contains("Thanks to"))
        ).one()
        assert response.overall == 5 and "Thanks to" in response.comments  # scores and words stay
    with pytest.raises(Exception, match="immutable"), database.session() as session:
        session.execute(sql("UPDATE checkin_events SET operator = 'x'"))  # locked again


def test_purge_cli_refuses_without_yes_then_purges_and_statistics_reads_back(
    capsys: pytest.CaptureFixture[str], week: tuple[Database, int, Path]
) -> None:
    database, _program_id, path = week
    personal = _personal_strings(database)
    database.dispose()

    code = cli.main(["purge", "--db", str(path)])
    out, err = capsys.readouterr()
    assert code == 1 and "--yes" in err
    assert _found({"Okonkwo"}, [path])  # nothing was purged

    code = cli.main(["purge", "--db", str(path), "--yes"])
    out, err = capsys.readouterr()
    assert code == 0, err
    assert "Purged the personal data of" in out and "Japan" in out
    assert _found(personal, _files_of(path)) == {}

    code = cli.main(["statistics", "--db", str(path)])
    out, _ = capsys.readouterr()
    assert code == 0 and "By country" in out and "Japan" in out


def test_statistics_of_a_program_never_purged_says_so(
    capsys: pytest.CaptureFixture[str], db: Path
) -> None:
    code = cli.main(["statistics", "--db", str(db)])
    _, err = capsys.readouterr()
    assert code == 1 and "has not been purged" in err


def test_names_are_cut_from_free_text_but_ordinary_words_stay() -> None:
    scrubber = NameScrubber(["Tanabe", "Haruki", "An", "Nguyễn Văn", "山田 太郎", "a@b.example"])
    text = "Bring an apple; Prof. TANABE signs. Ask An or Nguyễn Văn, 山田太郎さん (a@b.example)."
    scrubbed = scrubber.scrub(text)
    assert scrubbed == (
        f"Bring an apple; Prof. {REMOVED} signs. Ask {REMOVED} or {REMOVED}, "
        f"{REMOVED}{REMOVED}さん ({REMOVED})."
    )
    assert sqlite3.sqlite_version  # the purge relies on VACUUM and wal_checkpoint(TRUNCATE)
