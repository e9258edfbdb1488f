"""What makes a large merge fast leaves the database exactly as a slow one would.

A merge of many events (a 100,000-event journal) drops the journal table's secondary indexes and
creates them again after the insert, and tests the table's CHECK constraints once over the new
rows instead of row by row (core/sync/event_insert.py, db/checks.py); times are written as the
column stores them without its converter. These tests make the threshold small, so that a
handful of scans take the fast path, and check that the indexes come back the same (also when
the merge is refused half-way), that a broken rule still refuses everything, and that the times
are stored as the ORM stores them.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from checkin_world import World
from sqlalchemy import event, func, select
from sqlalchemy.dialects import sqlite
from sqlalchemy.exc import IntegrityError
from sync_world import Laptop, two_doors

from sakura_desktop.core.sync import event_insert
from sakura_desktop.core.sync.event_insert import (
    COLUMNS,
    EVENTS,
    insert_events,
    sqlite_time,
    time_writer,
)
from sakura_desktop.core.sync.merge_conflicts import SequenceConflictError
from sakura_desktop.db.locking import write_session
from sakura_desktop.db.models import CheckinEvent, Station

NAMES = ("anong", "somchai", "duc", "minji", "jisoo", "hana", "taro")


@pytest.fixture
def pair(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[tuple[World, Laptop, Laptop]]:
    monkeypatch.setattr(event_insert, "REBUILD_FROM", 5)
    with two_doors(tmp_path) as doors:
        yield doors


def _indexes(path: Path) -> set[tuple[str, str | None]]:
    with sqlite3.connect(path) as conn:
        return set(
            conn.execute(
                "SELECT name, sql FROM sqlite_master "
                "WHERE type = 'index' AND tbl_name = 'checkin_events'"
            )
        )


def _scan_everyone(world: World, door: Laptop) -> int:
    desk = door.desk()
    scans = 0
    for checkpoint in ("Welcome", "Arrival"):
        for name in NAMES:
            desk.scan(door.checkpoint_id(checkpoint), world.tokens[name])
            scans += 1
    return scans


def _statements(laptop: Laptop) -> list[str]:
    seen: list[str] = []

    def record(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        seen.append(statement)

    event.listen(laptop.db.engine, "before_cursor_execute", record)
    return seen


def test_a_large_merge_sets_the_indexes_aside_and_puts_them_back(
    pair: tuple[World, Laptop, Laptop], tmp_path: Path
) -> None:
    world, door1, door2 = pair
    scans = _scan_everyone(world, door1)
    before = _indexes(door2.path)
    assert any(name.startswith("ix_checkin_events_") for name, _sql in before)
    statements = _statements(door2)

    report = door2.merge(door1.export(tmp_path / "1.sakura-journal"))

    assert report.new == scans
    assert any(s.startswith("DROP INDEX") for s in statements)  # the fast path was taken
    assert _indexes(door2.path) == before
    assert door2.event_uuids() == door1.event_uuids()
    with sqlite3.connect(door2.path) as conn:
        plan = " ".join(
            str(row)
            for row in conn.execute(
                "EXPLAIN QUERY PLAN SELECT id FROM checkin_events "
                "WHERE checkpoint_id = 1 AND participant_id = 2"
            )
        )
    assert "ix_checkin_events_checkpoint_id_participant_id" in plan


def test_a_large_merge_refused_half_way_changes_nothing_and_keeps_the_indexes(
    pair: tuple[World, Laptop, Laptop], tmp_path: Path
) -> None:
    world, door1, door2 = pair
    _scan_everyone(world, door1)
    journal_file = door1.export(tmp_path / "1.sakura-journal")
    taken = sorted(door1.event_uuids())[3]
    door2.desk().scan(door2.checkpoint_id("Welcome"), world.tokens["anong"])
    with door2.db.session() as session:  # the same scan id, held under another number
        station = session.scalar(select(Station.id).where(Station.is_local.is_(True)))
        checkpoint = door2.checkpoint_id("Arrival")
    with sqlite3.connect(door2.path) as conn:
        conn.execute(
            "INSERT INTO checkin_events (uuid, program_id, checkpoint_id, direction, station_id,"
            " station_seq, occurred_at, operator, method, decision, note) VALUES"
            " (?, ?, ?, 'in', ?, 99, '2026-07-13 00:00:00.000000', '', 'scanner', 'unknown', '')",
            (taken, door2.program_id, checkpoint, station),
        )
    before_indexes, before_events = _indexes(door2.path), door2.event_uuids()

    with pytest.raises(SequenceConflictError):
        door2.merge(journal_file)

    assert _indexes(door2.path) == before_indexes
    assert door2.event_uuids() == before_events


def test_a_row_that_breaks_a_rule_is_refused_with_everything_written_with_it(
    pair: tuple[World, Laptop, Laptop],
) -> None:
    world, _door1, door2 = pair
    door2.desk().scan(door2.checkpoint_id("Welcome"), world.tokens["anong"])
    with door2.db.session() as session:
        station = session.scalar(select(Station.id).where(Station.is_local.is_(True)))
    when = dt.datetime(2026, 7, 13, 1, 0, tzinfo=dt.UTC)
    good = dict.fromkeys(COLUMNS) | {
        "program_id": door2.program_id, "checkpoint_id": door2.checkpoint_id("Welcome"),
        "direction": "in", "station_id": station, "occurred_at": when, "operator": "",
        "method": "scanner", "decision": "unknown", "note": "",
    }  # fmt: skip
    numbered = [
        good | {"uuid": f"00000000-0000-4000-8000-{n:012d}", "station_seq": 100 + n}
        for n in range(8)
    ]
    rows = [tuple(row[c] for c in COLUMNS) for row in numbered]
    broken = list(rows[5])
    broken[COLUMNS.index("decision")] = "waved through"  # no such decision
    rows[5] = tuple(broken)
    factory = door2.db.session_factory

    with pytest.raises(IntegrityError, match="decision_known"), write_session(factory) as session:
        connection = session.connection()
        at = COLUMNS.index("occurred_at")
        written = time_writer(connection)
        insert_events(connection, [(*r[:at], written(r[at]), *r[at + 1 :]) for r in rows])

    with door2.db.session() as session:
        assert session.scalar(select(func.count()).select_from(CheckinEvent)) == 1


@pytest.mark.parametrize(
    "instant",
    [
        dt.datetime(2026, 7, 13, 1, 0, tzinfo=dt.UTC),
        dt.datetime(2026, 7, 13, 10, 0, 0, 123456, tzinfo=ZoneInfo("Asia/Tokyo")),
        dt.datetime(2026, 12, 31, 23, 59, 59, 999999, tzinfo=dt.timezone(dt.timedelta(hours=-5))),
    ],
)
def test_times_are_written_as_the_column_writes_them(instant: dt.datetime) -> None:
    dialect = sqlite.dialect()
    column_writes = EVENTS.c.occurred_at.type.dialect_impl(dialect).bind_processor(dialect)
    assert column_writes is not None  # the UTCDateTime column, then SQLite's DATETIME text
    assert sqlite_time(instant) == column_writes(instant)
