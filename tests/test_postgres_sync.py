"""A journal from an offline door merged into a shared PostgreSQL database.

Runs only when SAKURA_TEST_PG_URL names a database we may wipe (see tests/test_postgres.py).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from checkin_world import build_world
from pg_support import PG_URL, wipe_postgres
from sqlalchemy import select, text

from sakura_desktop.core.checkin.service import CheckinDesk, headcount
from sakura_desktop.core.sync.duplicates import duplicate_admissions
from sakura_desktop.core.sync.export import export_journal
from sakura_desktop.core.sync.merge import merge_journal
from sakura_desktop.db.engine import Database
from sakura_desktop.db.lifecycle import open_database
from sakura_desktop.db.models import CheckinEvent, Checkpoint, Participant, Program

pytestmark = pytest.mark.skipif(not PG_URL, reason="SAKURA_TEST_PG_URL is not set")


@pytest.fixture
def pg() -> Iterator[Database]:
    assert PG_URL is not None
    wipe_postgres(PG_URL)
    database, _ = open_database(PG_URL, create=True)
    try:
        yield database
    finally:
        database.dispose()


def _copy_world_to_sqlite(pg: Database, path: Path) -> Database:
    """An offline door set up from the server's data: the same uuids for program, people and
    checkpoints (what a station package carries)."""
    door, _ = open_database(path=path, create=True)
    tables = [t for t in Program.metadata.sorted_tables if t.name != "app_metadata"]
    table_of_metadata = Program.metadata.tables["app_metadata"]
    with pg.engine.connect() as source, door.engine.begin() as target:
        for table in tables:
            rows = [dict(row._mapping) for row in source.execute(select(table))]
            if rows:
                target.execute(table.insert(), rows)
        # The program's secret is copied locked: the note saying so goes with it.
        notes = table_of_metadata.select().where(table_of_metadata.c.key.like("badge_secret:%"))
        target.execute(
            table_of_metadata.insert(), [dict(r._mapping) for r in source.execute(notes)]
        )
    return door


def test_an_offline_doors_journal_merges_into_postgres_once(pg: Database, tmp_path: Path) -> None:
    world = build_world(pg)
    door = _copy_world_to_sqlite(pg, tmp_path / "door.db")
    try:
        lecture = world.cp("Welcome lecture")
        with door.session() as session:
            assert session.scalar(select(Checkpoint.id).where(Checkpoint.id == lecture))
        CheckinDesk(pg.session_factory, world.program_id, station_name="Server door").scan(
            lecture, world.tokens["anong"]
        )
        offline = CheckinDesk(door.session_factory, world.program_id, station_name="Bus door")
        offline.scan(lecture, world.tokens["anong"])
        offline.scan(lecture, world.tokens["duc"])
        journal = tmp_path / "bus.sakura-journal"
        export_journal(door.session_factory, world.program_id, journal)
    finally:
        door.dispose()

    first = merge_journal(pg.session_factory, world.program_id, journal)
    again = merge_journal(pg.session_factory, world.program_id, journal)

    assert (first.new, first.duplicates, again.new, again.known) == (2, 1, 0, 2)
    assert headcount(pg.session_factory, lecture).present == 2
    (duplicate,) = duplicate_admissions(pg.session_factory, world.program_id)
    assert (duplicate.station, duplicate.counted_station) == ("Bus door", "Server door")
    with pg.session() as session:
        assert session.scalar(select(text("count(*)")).select_from(CheckinEvent)) == 3
        assert session.scalar(select(text("count(*)")).select_from(Participant)) > 0
