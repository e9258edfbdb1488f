"""Backups and restore: real SQLite files, a real station process writing, the command line."""

from __future__ import annotations

import hashlib
import os
import sqlite3
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from backup_world import (
    DemoWeek,
    acknowledged,
    build_demo_week,
    copy_week,
    event_uuids,
    start_station,
    wait_for_events,
)
from sqlalchemy import create_engine
from sqlalchemy.orm import sessionmaker

from sakura_desktop.core.backups import (
    BackupCounts,
    backup_before,
    describe_backups,
    list_backups,
    take_backup,
)
from sakura_desktop.core.backups_restore import restore_backup
from sakura_desktop.core.checkin.desk import CheckinDesk
from sakura_desktop.db.engine import make_engine, sqlite_url
from sakura_desktop.db.lifecycle import backups_folder, open_database, upgrade
from sakura_desktop.db.revisions import HEAD_REVISION
from sakura_desktop.errors import UserError


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> DemoWeek:
    return build_demo_week(tmp_path_factory.mktemp("template") / "template.db")


@pytest.fixture
def week(demo_template: DemoWeek, tmp_path: Path) -> DemoWeek:
    return copy_week(demo_template, tmp_path / "week.db")


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def participants(path: Path) -> int:
    conn = sqlite3.connect(path)
    try:
        return int(conn.execute("SELECT count(*) FROM participants").fetchone()[0])
    finally:
        conn.close()


def delete_participants(path: Path, how_many: int) -> None:
    conn = sqlite3.connect(path)
    try:
        with conn:
            conn.execute("PRAGMA foreign_keys=OFF")
            conn.execute(
                "DELETE FROM participants WHERE id IN "
                "(SELECT id FROM participants ORDER BY id DESC LIMIT ?)",
                (how_many,),
            )
    finally:
        conn.close()


def run_cli(*args: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "sakura_desktop", *map(str, args)],
        capture_output=True,
        text=True,
        stdin=subprocess.DEVNULL,
        timeout=120,
    )


# --- taking, naming, rotating, describing ---------------------------------------------------


def test_backups_are_listed_newest_first_with_reason_and_counts_and_rotate(week: DemoWeek) -> None:
    people = participants(week.path)
    made = [take_backup(week.path, f"manual {n}", keep=3) for n in range(5)]
    backups = list_backups(week.path)
    assert [b.path for b in backups] == made[:1:-1]  # the newest three, newest first
    assert [b.reason for b in backups] == ["manual-4", "manual-3", "manual-2"]
    assert backups[0].taken_at >= backups[1].taken_at >= backups[2].taken_at
    described = describe_backups(week.path)
    assert described[0].counts == BackupCounts(programs=1, participants=people, events=0)
    assert described[0].problem is None


def test_a_backup_is_a_private_self_contained_file(week: DemoWeek) -> None:
    backup = take_backup(week.path, "manual")
    assert stat.S_IMODE(backup.stat().st_mode) == 0o600
    assert sorted(p.name for p in backup.parent.iterdir()) == [backup.name]  # no -wal, no .part
    conn = sqlite3.connect(backup)
    try:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    finally:
        conn.close()


def test_backup_before_takes_a_file_an_open_database_or_its_session_factory(
    week: DemoWeek,
) -> None:
    database, _ = open_database(path=week.path)
    try:
        from_factory = backup_before(database.session_factory, "import")
        from_database = backup_before(database, "merge")
        from_path = backup_before(week.path, "before-purge")
    finally:
        database.dispose()
    assert [b.reason for b in list_backups(week.path)] == [
        "before-purge",
        "before-merge",
        "before-import",
    ]
    assert {from_factory, from_database, from_path} == {b.path for b in list_backups(week.path)}


def test_a_database_on_a_server_is_backed_up_by_the_server_not_by_us(tmp_path: Path) -> None:
    engine = create_engine("postgresql+psycopg://sakura:secret@db.example/sakura")  # no connect
    assert backup_before(sessionmaker(bind=engine), "purge") is None
    result = run_cli("backup", "--db-url", "postgresql+psycopg://sakura:secret@db.example/x")
    assert result.returncode == 1
    assert "the server's job (pg_dump" in result.stderr and "secret" not in result.stderr


def test_a_damaged_backup_is_listed_as_such(week: DemoWeek) -> None:
    backup = take_backup(week.path, "manual")
    backup.write_bytes(backup.read_bytes()[:100])
    (described,) = describe_backups(week.path)
    assert described.counts is None and described.problem is not None
    assert "damaged" in described.problem or "cannot" in described.problem.lower()


# --- restore -------------------------------------------------------------------------------


def test_restore_brings_the_backup_back_and_keeps_the_database_as_it_was(week: DemoWeek) -> None:
    people = participants(week.path)
    backup = take_backup(week.path, "manual")
    delete_participants(week.path, 10)
    database, _ = open_database(path=week.path)  # a window holding the file open
    try:
        report = restore_backup(week.path, backup)
        with database.engine.connect() as conn:  # the open connection sees the restored file
            seen = conn.exec_driver_sql("SELECT count(*) FROM participants").scalar()
    finally:
        database.dispose()
    assert seen == people == participants(week.path)
    assert report.safety_backup is not None
    assert participants(report.safety_backup) == people - 10
    assert report.counts.participants == people and not report.upgraded
    assert backup.exists()


def test_a_station_never_numbers_two_scans_alike_after_a_restore(week: DemoWeek) -> None:
    """Scans numbered 1-5 may already be at the other doors: after going back to a backup taken
    before them, the next scan here is number 6, not a second number 1 they would refuse."""
    backup = take_backup(week.path, "manual")
    database, _ = open_database(path=week.path)
    try:
        desk = CheckinDesk(database.session_factory, week.program_id, station_name="Door 1")
        for token in week.tokens[:5]:
            desk.scan(week.checkpoint_id, token)
    finally:
        database.dispose()
    restore_backup(week.path, backup)
    assert event_uuids(week.path) == set()
    database, _ = open_database(path=week.path)
    try:
        desk = CheckinDesk(database.session_factory, week.program_id, station_name="Door 1")
        made = desk.scan(week.checkpoint_id, week.tokens[9]).event_uuid
    finally:
        database.dispose()
    conn = sqlite3.connect(week.path)
    try:
        (seq,) = conn.execute(
            "SELECT station_seq FROM checkin_events WHERE uuid = ?", (made,)
        ).fetchone()
    finally:
        conn.close()
    assert seq == 6


@pytest.mark.parametrize(
    "spoil",
    [
        pytest.param(lambda b: b.write_bytes(b.read_bytes()[: 4096 * 3]), id="truncated"),
        pytest.param(lambda b: b.write_bytes(b"not a database at all\n" * 50), id="not-sqlite"),
        pytest.param(lambda b: _overwrite_pages(b), id="pages-overwritten"),
    ],
)
def test_restore_of_a_damaged_backup_is_refused_and_nothing_changes(
    week: DemoWeek, spoil: object
) -> None:
    backup = take_backup(week.path, "manual")
    spoil(backup)  # type: ignore[operator]
    delete_participants(week.path, 3)
    before_db, before_backup = digest(week.path), digest(backup)
    beside = sorted(os.listdir(backup.parent))
    with pytest.raises(UserError, match=r"cannot be restored|not a Sakura Desktop backup"):
        restore_backup(week.path, backup)
    assert digest(week.path) == before_db and digest(backup) == before_backup
    assert sorted(os.listdir(backup.parent)) == beside  # no safety backup, no -wal, no -shm


def _overwrite_pages(backup: Path) -> None:
    data = bytearray(backup.read_bytes())
    for page in range(3, len(data) // 4096, 2):  # every other page from the third: garbage
        data[page * 4096 + 8 : page * 4096 + 200] = b"\xa5" * 192
    backup.write_bytes(bytes(data))


def test_restore_of_another_programs_database_is_refused(week: DemoWeek, tmp_path: Path) -> None:
    foreign = tmp_path / "notes.db"
    conn = sqlite3.connect(foreign)
    conn.execute("CREATE TABLE notes (text TEXT)")
    conn.commit()
    conn.close()
    before = digest(foreign)
    with pytest.raises(UserError, match="another program's SQLite database"):
        restore_backup(week.path, foreign)
    assert digest(foreign) == before and list_backups(week.path) == []


def test_a_backup_from_an_older_version_is_upgraded_after_the_restore(
    week: DemoWeek, tmp_path: Path
) -> None:
    old = tmp_path / "old.db"
    engine = make_engine(sqlite_url(old))
    upgrade(engine, "0001")
    engine.dispose()
    report = restore_backup(week.path, old)
    assert report.upgraded and report.revision_restored == "0001"
    conn = sqlite3.connect(week.path)
    try:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone()[0] == (
            HEAD_REVISION
        )
    finally:
        conn.close()


@pytest.mark.slow
def test_backup_and_restore_while_another_process_keeps_scanning(week: DemoWeek) -> None:
    station = start_station(week)
    try:
        wait_for_events(week.path, 40)
        backup = take_backup(week.path, "manual")
        wait_for_events(week.path, len(event_uuids(backup)) + 40)
        report = restore_backup(week.path, backup)
        wait_for_events(week.path, len(event_uuids(backup)) + 20)  # it goes on writing
    finally:
        station.kill()
        station.wait(10)
    acked = acknowledged(station)
    in_backup = event_uuids(backup)
    assert report.counts.events == len(in_backup) >= 40
    after = event_uuids(week.path)
    assert in_backup <= after  # the backup's scans are all back
    assert len(after) >= len(in_backup) + 20 and set(acked[-10:]) <= after
    check = run_cli("check", "--db", week.path)
    assert check.returncode == 0, check.stdout + check.stderr
    safety = report.safety_backup
    assert safety is not None and len(event_uuids(safety)) >= len(in_backup) + 40


# --- the command line ----------------------------------------------------------------------


def test_cli_backup_list_and_restore_with_their_exit_codes(week: DemoWeek, tmp_path: Path) -> None:
    out = tmp_path / "copy.db"
    first = run_cli("backup", "--db", week.path, "--out", out)
    assert first.returncode == 0 and out.is_file(), first.stderr
    again = run_cli("backup", "--db", week.path, "--out", out)
    assert again.returncode == 1 and "already exists" in again.stderr

    assert run_cli("backup", "--db", week.path).returncode == 0  # into the backups folder
    listing = run_cli("backups", "--db", week.path)
    assert listing.returncode == 0 and "\tmanual\t1 program, " in listing.stdout

    people = participants(week.path)
    delete_participants(week.path, 5)
    unasked = run_cli("restore", "--db", week.path, out)  # no terminal to ask in
    assert unasked.returncode == 1 and "--yes" in unasked.stderr
    assert participants(week.path) == people - 5
    restored = run_cli("restore", "--db", week.path, out, "--yes")
    assert restored.returncode == 0, restored.stderr
    assert participants(week.path) == people
    assert "The database as it was is kept in" in restored.stdout

    out.write_bytes(b"garbage" * 1000)
    refused = run_cli("restore", "--db", week.path, out, "--yes")
    assert refused.returncode == 1 and "not a Sakura Desktop backup" in refused.stderr


def test_the_cli_backs_up_before_importing_a_roster(week: DemoWeek, tmp_path: Path) -> None:
    roster = tmp_path / "roster.csv"
    roster.write_text(
        "family_name,given_name,role,country\nTanaka,Hana,student,Japan\n", encoding="utf-8"
    )
    dry = run_cli("import-roster", "--db", week.path, roster, "--dry-run")
    assert dry.returncode in (0, 1) and list_backups(week.path) == []
    run_cli("import-roster", "--db", week.path, roster)
    assert [b.reason for b in list_backups(week.path)] == ["before-import"]
    assert backups_folder(week.path).is_dir()


def test_the_cli_backs_up_before_merging_journal_files(
    week: DemoWeek, demo_template: DemoWeek, tmp_path: Path
) -> None:
    door2 = copy_week(demo_template, tmp_path / "door2.db")
    database, _ = open_database(path=door2.path)
    try:
        desk = CheckinDesk(database.session_factory, door2.program_id, station_name="Door 2")
        desk.scan(door2.checkpoint_id, door2.tokens[0])
    finally:
        database.dispose()
    journal = tmp_path / "door2.sakura-journal"
    assert run_cli("sync", "export", "--db", door2.path, "--out", journal).returncode == 0
    merged = run_cli("sync", "import", "--db", week.path, journal)
    assert merged.returncode == 0, merged.stderr
    (backup,) = list_backups(week.path)
    assert backup.reason == "before-merge"
    assert len(event_uuids(backup.path)) == 0 and len(event_uuids(week.path)) == 1
