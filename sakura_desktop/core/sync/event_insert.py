"""Writing many check-in events at once, fast enough for a 100,000-event journal."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any, cast

from sqlalchemy import Connection, Table, insert
from sqlalchemy.orm import Session

from sakura_desktop.db.models import CheckinEvent

CHUNK = 5000
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
_OCCURRED_AT = COLUMNS.index("occurred_at")


def insert_events(connection: Connection, rows: list[tuple[Any, ...]]) -> None:
    """Rows (values in the order of `COLUMNS`) into checkin_events; raises the driver's
    IntegrityError with the transaction still usable, so the caller can ask which row clashed."""
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
    as SQLite's own work for a 100,000-event journal. Times are converted by the column's own
    type, so they are stored exactly as the ORM stores them."""
    to_db = EVENTS.c.occurred_at.type.bind_processor(connection.dialect)
    assert to_db is not None
    columns = ", ".join(COLUMNS)
    marks = ", ".join("?" for _ in COLUMNS)
    sql = f"INSERT INTO checkin_events ({columns}) VALUES ({marks})"
    converted = [
        (*row[:_OCCURRED_AT], to_db(row[_OCCURRED_AT]), *row[_OCCURRED_AT + 1 :]) for row in rows
    ]
    connection.exec_driver_sql(sql, converted)


def chunks(items: Sequence[Any], size: int) -> Iterable[Sequence[Any]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]
