"""Schema lifecycle on real files: create, upgrade keeping data, back up, refuse the unreadable."""

from __future__ import annotations

import datetime as dt
import hashlib
import secrets
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import MetaData, Table, create_engine, insert, select, text
from sqlalchemy.exc import DBAPIError, IntegrityError

from sakura_desktop.db import lifecycle
from sakura_desktop.db.engine import make_engine, sqlite_url
from sakura_desktop.db.lifecycle import (
    backup_sqlite,
    head_revision,
    open_database,
    script_directory,
    upgrade,
)
from sakura_desktop.db.models import Base, Delegation, Participant, Program
from sakura_desktop.db.revisions import HEAD_REVISION, KNOWN_REVISIONS
from sakura_desktop.errors import DatabaseOpenError, NewerSchemaError

FIRST_REVISION = "0001"


def file_digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def revision_of(path: Path) -> str | None:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("SELECT version_num FROM alembic_version").fetchone()[0]
    finally:
        conn.close()


def test_migrations_form_one_linear_history_starting_at_0001() -> None:
    revisions = list(script_directory().walk_revisions())
    assert len(script_directory().get_heads()) == 1
    assert revisions[-1].revision == FIRST_REVISION
    assert head_revision() == revisions[0].revision


def test_the_revisions_named_without_alembic_are_alembics() -> None:
    """db/revisions.py names the shipped revisions so that opening needs no Alembic."""
    directory = script_directory()
    assert directory.get_current_head() == HEAD_REVISION
    assert {rev.revision for rev in directory.walk_revisions()} == KNOWN_REVISIONS


def test_opening_a_database_at_head_does_not_load_alembic(db_path: Path) -> None:
    open_database(path=db_path, create=True)[0].dispose()
    probe = (
        "import sys; from pathlib import Path; from sakura_desktop.db.lifecycle import "
        f"open_database; open_database(path=Path({str(db_path)!r}))[0].dispose(); "
        "print(sorted(m for m in sys.modules if m.split('.')[0] == 'alembic'))"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"


def test_new_database_is_at_head_and_matches_the_models(db_path: Path) -> None:
    database, report = open_database(path=db_path, create=True)
    try:
        assert report.revision_before is None
        assert report.revision_after == head_revision()
        assert report.backup is None  # nothing to protect in a new file
        with database.engine.connect() as conn:
            differences = compare_metadata(MigrationContext.configure(conn), Base.metadata)
        assert differences == []
    finally:
        database.dispose()
    assert revision_of(db_path) == head_revision()


def _seed_first_revision(path: Path) -> None:
    """A database as version 0001 of the schema left it, with a program and people in it."""
    engine = make_engine(sqlite_url(path))
    upgrade(engine, FIRST_REVISION)
    with engine.begin() as conn:
        conn.execute(
            insert(Program.__table__),
            [
                {
                    "id": 1,
                    "uuid": "6f1c0e52-8f0d-4d57-9a59-0a9d7e1c0001",
                    "code": "SSP-OLD",
                    "title": "Spring week",
                    "host_institution": "Host U",
                    "start_date": dt.date(2026, 3, 2),
                    "end_date": dt.date(2026, 3, 6),
                    "timezone": "Asia/Tokyo",
                    "secret": secrets.token_bytes(32),
                    "created_at": dt.datetime(2026, 1, 1, tzinfo=dt.UTC),
                }
            ],
        )
        conn.execute(
            insert(Delegation.__table__),
            [
                {
                    "id": 1,
                    "uuid": "6f1c0e52-8f0d-4d57-9a59-0a9d7e1c0002",
                    "program_id": 1,
                    "name": "Korea",
                    "country_code": "KR",
                    "country_name": "Korea",
                    "institution": "Seoul Science High School",
                }
            ],
        )
        # The participants table as revision 0001 made it (later revisions add columns).
        participants = Table("participants", MetaData(), autoload_with=conn)
        conn.execute(
            insert(participants),
            [
                {
                    "uuid": f"6f1c0e52-8f0d-4d57-9a59-0a9d7e1c01{n:02d}",
                    "program_id": 1,
                    "delegation_id": 1,
                    "family_name": "Kim",
                    "given_name": f"Minji {n}",
                    "native_name": "김민지",
                    "preferred_name": "",
                    "role": "student",
                    "is_leader": False,
                    "gender": "female",
                    "dietary": "",
                    "allergies": "",
                    "emergency_contact_name": "",
                    "emergency_contact_phone": "",
                    "emergency_contact_relation": "",
                    "title": "",
                    "room": "",
                    "status": "registered",
                    "notes": "",
                    "created_at": dt.datetime(2026, 1, 1, tzinfo=dt.UTC),
                    "updated_at": dt.datetime(2026, 1, 1, tzinfo=dt.UTC),
                }
                for n in range(12)
            ],
        )
    engine.dispose()


def test_upgrade_from_first_revision_keeps_data_and_backs_up_first(db_path: Path) -> None:
    _seed_first_revision(db_path)
    assert revision_of(db_path) == FIRST_REVISION

    database, report = open_database(path=db_path)
    try:
        assert report.revision_before == FIRST_REVISION
        assert report.revision_after == head_revision()
        with database.session() as session:
            people = session.scalars(select(Participant).order_by(Participant.id)).all()
            assert [p.native_name for p in people] == ["김민지"] * 12
            assert session.scalars(select(Program)).one().code == "SSP-OLD"
        # Tables of later revisions now exist and work.
        with database.engine.connect() as conn:
            assert conn.execute(text("SELECT count(*) FROM checkin_events")).scalar() == 0
    finally:
        database.dispose()

    assert report.backup is not None and report.backup.exists()
    assert report.backup.parent == db_path.parent / f"{db_path.stem}-backups"
    assert revision_of(report.backup) == FIRST_REVISION
    backup_conn = sqlite3.connect(report.backup)
    assert backup_conn.execute("SELECT count(*) FROM participants").fetchone()[0] == 12
    backup_conn.close()


def test_every_revision_downgrades_and_upgrades_again(db_path: Path) -> None:
    from alembic import command

    engine = make_engine(sqlite_url(db_path))
    upgrade(engine)
    config = lifecycle.alembic_config()
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.downgrade(config, "base")
    with engine.connect() as conn:
        tables = {
            row[0]
            for row in conn.execute(text("SELECT name FROM sqlite_master WHERE type='table'"))
        }
    assert tables == {"alembic_version"}
    upgrade(engine)
    engine.dispose()
    assert revision_of(db_path) == head_revision()


def test_database_from_a_newer_version_is_refused_and_left_untouched(db_path: Path) -> None:
    database, _ = open_database(path=db_path, create=True)
    database.dispose()
    conn = sqlite3.connect(db_path)
    conn.execute("PRAGMA journal_mode=DELETE")  # fold the WAL in so the file is the whole db
    conn.execute("UPDATE alembic_version SET version_num = '0099_from_the_future'")
    conn.commit()
    conn.close()
    before = file_digest(db_path)

    with pytest.raises(NewerSchemaError, match="newer version of Sakura Desktop") as caught:
        open_database(path=db_path)
    assert "0099_from_the_future" in str(caught.value)
    assert "not changed" in str(caught.value)
    assert file_digest(db_path) == before
    assert not Path(f"{db_path}-wal").exists()
    assert not (db_path.parent / f"{db_path.stem}-backups").exists()


def test_a_file_that_is_not_a_database_is_refused_unchanged(tmp_path: Path) -> None:
    junk = tmp_path / "roster.db"
    junk.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8)
    before = file_digest(junk)
    with pytest.raises(DatabaseOpenError, match="not a Sakura Desktop database"):
        open_database(path=junk)
    assert file_digest(junk) == before


def test_a_foreign_sqlite_database_is_refused(tmp_path: Path) -> None:
    other = tmp_path / "other.sqlite"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE customers (id INTEGER PRIMARY KEY)")
    conn.commit()
    conn.close()
    with pytest.raises(DatabaseOpenError, match="not a Sakura Desktop database"):
        open_database(path=other)


def test_missing_file_is_not_created_unless_asked(tmp_path: Path) -> None:
    missing = tmp_path / "nowhere" / "missing.db"
    with pytest.raises(DatabaseOpenError, match="No database at"):
        open_database(path=missing)
    assert not missing.exists()
    database, _ = open_database(path=missing, create=True)
    database.dispose()
    assert missing.exists()


def test_reopening_at_head_takes_no_backup(db_path: Path) -> None:
    for _ in range(2):
        database, report = open_database(path=db_path, create=True)
        database.dispose()
    assert report.backup is None
    assert report.revision_before == head_revision()


def test_backups_rotate(db_path: Path) -> None:
    database, _ = open_database(path=db_path, create=True)
    try:
        made = [backup_sqlite(db_path, f"manual{n}", keep=3) for n in range(5)]
    finally:
        database.dispose()
    kept = sorted((db_path.parent / f"{db_path.stem}-backups").iterdir())
    assert kept == made[-3:]


def test_any_sqlalchemy_url_works(tmp_path: Path) -> None:
    url = sqlite_url(tmp_path / "by-url.db")
    database, report = open_database(url, create=True)
    try:
        assert report.revision_after == head_revision()
        assert database.display_name.endswith("by-url.db")
    finally:
        database.dispose()


def test_unreachable_url_gives_a_clear_error() -> None:
    with pytest.raises(DatabaseOpenError, match="Cannot connect"):
        open_database("postgresql+psycopg2://nobody@127.0.0.1:1/none")


def test_metadata_records_the_version(db_path: Path) -> None:
    database, _ = open_database(path=db_path, create=True)
    database.dispose()
    engine = create_engine(sqlite_url(db_path))
    with engine.connect() as conn:
        rows = dict(conn.execute(text("SELECT key, value FROM app_metadata")).all())
    engine.dispose()
    from sakura_desktop import __version__

    assert rows == {"created_with": __version__, "last_opened_with": __version__}


def test_upgrade_from_0002_numbers_each_stations_events_in_recorded_order(db_path: Path) -> None:
    _seed_first_revision(db_path)
    engine = make_engine(sqlite_url(db_path))
    upgrade(engine, "0002")
    with engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO stations (id, uuid, name, first_seen_at) VALUES "
                "(1, 'a0000000-0000-0000-0000-000000000001', 'Door A', '2026-03-02 00:00:00'),"
                "(2, 'a0000000-0000-0000-0000-000000000002', 'Door B', '2026-03-02 00:00:00')"
            )
        )
        conn.execute(
            text(
                "INSERT INTO checkpoints (id, uuid, program_id, name, kind, allows_exit, "
                "created_at) VALUES (1, 'c0000000-0000-0000-0000-000000000001', 1, 'Arrival', "
                "'arrival', 0, '2026-03-02 00:00:00')"
            )
        )
        for n, station in enumerate([1, 2, 1, 1, 2], start=1):
            conn.execute(
                text(
                    "INSERT INTO checkin_events (id, uuid, program_id, participant_id, "
                    "checkpoint_id, direction, station_id, occurred_at, operator, method, "
                    "decision) VALUES (:id, :uuid, 1, :person, 1, 'in', :station, "
                    "'2026-03-02 01:00:00', '', 'scanner', 'accepted')"
                ),
                {"id": n, "uuid": f"e0000000-0000-0000-0000-00000000000{n}", "person": n,
                 "station": station},
            )  # fmt: skip
    engine.dispose()

    database, report = open_database(path=db_path)
    try:
        assert report.revision_before == "0002" and report.backup is not None
        with database.engine.connect() as conn:
            numbered = conn.execute(
                text("SELECT id, station_id, station_seq FROM checkin_events ORDER BY id")
            ).all()
            assert [tuple(row) for row in numbered] == [
                (1, 1, 1), (2, 2, 1), (3, 1, 2), (4, 1, 3), (5, 2, 2)
            ]  # fmt: skip
            last = conn.execute(text("SELECT id, last_seq, is_local FROM stations ORDER BY id"))
            assert [tuple(row) for row in last] == [(1, 3, 1), (2, 2, 1)]
        # The journal is still append-only, and a station still numbers each event once.
        with pytest.raises(DBAPIError, match="immutable"), database.engine.begin() as conn:
            conn.execute(text("UPDATE checkin_events SET operator = 'x'"))
        with pytest.raises(IntegrityError), database.engine.begin() as conn:
            conn.execute(
                text(
                    "INSERT INTO checkin_events (uuid, program_id, checkpoint_id, direction, "
                    "station_id, station_seq, occurred_at, operator, method, decision) SELECT "
                    "'dup', 1, 1, 'in', 1, 3, occurred_at, '', 'scanner', 'unknown' "
                    "FROM checkin_events LIMIT 1"
                )
            )
    finally:
        database.dispose()
