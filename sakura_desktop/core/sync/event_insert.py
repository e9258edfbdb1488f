"""Writing many check-in events at once, fast enough for a 100,000-event journal."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any, cast

from sqlalchemy import Connection, Table, insert
from sqlalchemy.orm import Session

from sakura_desktop.db import checks
from sakura_desktop.db.models import CheckinEvent

CHUNK = 5000
# From this many new events on, SQLite builds the secondary indexes again after the insert
# instead of inserting every row into each of them (see `_indexes_set_aside`).
REBUILD_FROM = 20_000
LARGE_CACHE_KIB = -65536  # negative: KiB, as SQLite's PRAGMA cache_size takes it
IN_CHUNK = 900  # bound parameters per IN list (SQLite's old limit is 999)

EVENTS = cast(Table, CheckinEvent.__table__)
COLUMNS = (
    "uuid",
    "program_id",
    "participant_id",
    "checkpoint_id",
    "direction",
    "station_id",
    "station_seq",
    "occurred_at",
    "operator",
    "method",
    "decision",
    "raw_code",
    "voids_event_uuid",
    "note",
)


def time_writer(connection: Connection) -> Callable[[dt.datetime], Any]:
    """How the rows given to `insert_events` carry their time on this connection: SQLite's
    text (`sqlite_time`), or the aware instant itself for PostgreSQL. The caller converts while
    it builds each row: one pass over 100,000 rows instead of two."""
    return sqlite_time if connection.dialect.name == "sqlite" else _as_given


def _as_given(instant: dt.datetime) -> dt.datetime:
    return instant


def insert_events(connection: Connection, rows: list[tuple[Any, ...]]) -> None:
    """Rows (values in the order of `COLUMNS`, the time as `time_writer` gives it) into
    checkin_events; raises the driver's IntegrityError with the transaction still usable, so
    the caller can ask which row clashed."""
    if connection.dialect.name == "sqlite":
        _insert_sqlite(connection, rows)  # a failed statement leaves the transaction usable
    else:
        with connection.begin_nested():  # PostgreSQL: so we can still ask which it was
            for chunk in chunks(rows, CHUNK):
                connection.execute(
                    insert(EVENTS), [dict(zip(COLUMNS, r, strict=True)) for r in chunk]
                )


@contextmanager
def large_cache(session: Session) -> Iterator[None]:
    """SQLite: a 64 MB page cache while a large journal goes in (the default 2 MB makes every
    index insert of a 100,000-event merge go to the file), then the connection's own again."""
    connection = session.connection()
    if connection.dialect.name != "sqlite":
        yield
        return
    previous = connection.exec_driver_sql("PRAGMA cache_size").scalar()
    connection.exec_driver_sql(f"PRAGMA cache_size = {LARGE_CACHE_KIB}")
    try:
        yield
    finally:
        connection.exec_driver_sql(f"PRAGMA cache_size = {int(previous or -2000)}")


def _insert_sqlite(connection: Connection, rows: list[tuple[Any, ...]]) -> None:
    """One driver-level executemany: SQLAlchemy's per-row parameter handling would cost as much
    as SQLite's own work for a 100,000-event journal."""
    columns = ", ".join(COLUMNS)
    marks = ", ".join("?" for _ in COLUMNS)
    sql = f"INSERT INTO checkin_events ({columns}) VALUES ({marks})"
    held = connection.exec_driver_sql("SELECT max(id) FROM checkin_events").scalar() or 0
    written = EVENTS.c.id > held  # rows go in after the newest: SQLite gives max(id) + 1
    with (
        checks.checked_once(connection, EVENTS, written, "checking the merged events"),
        _indexes_set_aside(connection, len(rows), held),
    ):
        connection.exec_driver_sql(sql, rows)


@contextmanager
def _indexes_set_aside(connection: Connection, new_rows: int, held: int) -> Iterator[None]:
    """For a large merge, the table's secondary indexes are dropped and created again after the
    insert, inside the same transaction: creating an index sorts its keys once, while inserting
    100,000 rows into four indexes walks each B-tree 100,000 times. Only when the new rows are
    many and at least as many as the table's newest id, so that re-reading the whole table costs
    less than it saves. The uniqueness indexes (uuid; station and number) stay: they check the
    rows as they go in. The indexes are back before the block ends, even when the insert fails
    (the caller may still ask which row clashed); a rollback restores them too.
    """
    if new_rows < REBUILD_FROM or new_rows < held:
        yield
        return
    # Each index exactly as the database defines it (its migrations), not as the models say.
    indexes = connection.exec_driver_sql(
        "SELECT name, sql FROM sqlite_master WHERE type = 'index' "
        "AND tbl_name = 'checkin_events' AND sql IS NOT NULL AND sql NOT LIKE 'CREATE UNIQUE%'"
    ).all()
    for name, _sql in indexes:
        connection.exec_driver_sql(f'DROP INDEX "{name}"')
    try:
        yield
    finally:
        for _name, sql in indexes:
            connection.exec_driver_sql(sql)


def sqlite_time(instant: dt.datetime) -> str:
    """An aware instant as a UTCDateTime column holds it in SQLite: UTC, without a zone, with
    microseconds ('2026-07-13 01:00:00.000000'). Written directly because the column's own
    converter took a third of a second per 100,000 events; tests/test_sync_merge_speed.py
    checks that both agree."""
    if instant.tzinfo is not dt.UTC:  # a journal's times are UTC already
        if instant.utcoffset() is None:
            raise ValueError(f"naive datetime {instant!r}: times must carry a time zone")
        instant = instant.astimezone(dt.UTC)
    return instant.isoformat(" ", "microseconds")[:26]  # without its "+00:00"


def chunks(items: Sequence[Any], size: int) -> Iterable[Sequence[Any]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]
