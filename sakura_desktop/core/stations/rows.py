"""Which rows of a program a station package carries, and how their values travel in JSON.

The package holds the program's rows table by table, as lists of JSON values under their column
names. A station database is always new, so rows keep their ids: every reference stays right
without remapping. Notebooks and lecturers' availabilities stay behind (a door neither prints
nor plans); a reference to them travels empty.
"""

from __future__ import annotations

import base64
import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

from sqlalchemy import ColumnElement, Table, TypeDecorator, select
from sqlalchemy.orm import Session

from sakura_desktop.core.i18n import translate
from sakura_desktop.core.stations.envelope import damaged_error
from sakura_desktop.db.base import Base, utc_now

Where = Callable[[Table, int], ColumnElement[bool]]
Decoder = Callable[[Any], Any]


# --- which rows travel --------------------------------------------------------------------------


def table_named(name: str) -> Table:
    return Base.metadata.tables[name]


def _the_program(table: Table, program_id: int) -> ColumnElement[bool]:
    return table.c.id == program_id


def _of_program(table: Table, program_id: int) -> ColumnElement[bool]:
    return table.c.program_id == program_id


def _through(parent: str, column: str) -> Where:
    def where(table: Table, program_id: int) -> ColumnElement[bool]:
        owner = table_named(parent)
        return table.c[column].in_(select(owner.c.id).where(owner.c.program_id == program_id))

    return where


def _scanning_stations(table: Table, program_id: int) -> ColumnElement[bool]:
    events = table_named("checkin_events")
    return table.c.id.in_(select(events.c.station_id).where(events.c.program_id == program_id))


# Parents before children: a fresh database takes the rows in this order.
COPIED: tuple[tuple[str, Where], ...] = (
    ("programs", _the_program),
    ("sites", _of_program),
    ("venues", _through("sites", "site_id")),
    ("travel_times", _of_program),
    ("delegations", _of_program),
    ("participants", _of_program),
    ("teams", _of_program),
    ("team_memberships", _through("teams", "team_id")),
    ("schedule_sessions", _of_program),
    ("session_audiences", _through("schedule_sessions", "session_id")),
    ("checkpoints", _of_program),
    ("badge_tokens", _through("participants", "participant_id")),
    ("stations", _scanning_stations),
    ("checkin_events", _of_program),
)
COPIED_NAMES = frozenset(name for name, _ in COPIED)


def _left_behind(table: Table) -> set[str]:
    """Columns that point at a table the package does not carry: exported empty."""
    blank = set()
    for column in table.columns:
        if any(fk.column.table.name not in COPIED_NAMES for fk in column.foreign_keys):
            assert column.nullable, f"{table.name}.{column.name} cannot be left empty"
            blank.add(column.name)
    return blank


def _order(table: Table) -> list[ColumnElement[Any]]:
    if table.name == "checkin_events":
        # An undo refers to the scan it voids: the voided scan goes in first.
        return [table.c.voids_event_uuid.is_not(None), table.c.id]
    return list(table.primary_key.columns)


# --- values in JSON ----------------------------------------------------------------------------


def _encode(value: Any) -> Any:
    if isinstance(value, dt.date):  # datetimes too (UTC, with their offset)
        return value.isoformat()
    if isinstance(value, bytes | memoryview):
        return base64.b64encode(bytes(value)).decode("ascii")
    return value


def _same(value: Any) -> Any:
    return value


def _decoder(table: Table, column: str) -> Decoder:
    column_type = table.c[column].type
    if isinstance(column_type, TypeDecorator):  # UTCDateTime says `object`; its impl knows
        column_type = column_type.impl_instance
    python_type = column_type.python_type
    if python_type is dt.datetime:
        return dt.datetime.fromisoformat
    if python_type is dt.date:
        return dt.date.fromisoformat
    if python_type is bytes:
        return base64.b64decode
    return _same


def read_table(session: Session, name: str, where: Where, program_id: int) -> dict[str, Any]:
    table = table_named(name)
    blank = _left_behind(table)
    result = session.execute(select(table).where(where(table, program_id)).order_by(*_order(table)))
    columns = list(result.keys())
    rows = [
        [None if col in blank else _encode(value) for col, value in zip(columns, row, strict=True)]
        for row in result
    ]
    return {"columns": columns, "rows": rows}


def decoded_rows(path: Path, name: str, entry: dict[str, Any]) -> list[dict[str, Any]]:
    table = table_named(name)
    try:
        columns = [str(column) for column in entry["columns"]]
        known = [column for column in columns if column in table.c]
        decoders = {column: _decoder(table, column) for column in known}
        rows = []
        for values in entry["rows"]:
            row = dict(zip(columns, values, strict=True))  # ValueError on a short row
            rows.append(
                {c: None if row[c] is None else decoders[c](row[c]) for c in known},
            )
        return rows
    except (KeyError, TypeError, ValueError) as exc:
        raise damaged_error(
            path,
            translate("StationPackage", "its {table} are unreadable").format(
                table=name.replace("_", " ")
            ),
        ) from exc


def as_foreign(stations: list[dict[str, Any]], events: list[dict[str, Any]]) -> None:
    """Copied stations are other laptops to this one: known from a merge, as of now."""
    now = utc_now()
    last_seq: dict[int, int] = {}
    for event in events:
        station = event["station_id"]
        last_seq[station] = max(last_seq.get(station, 0), event["station_seq"])
    for station in stations:
        station.update(
            is_local=False,
            last_merged_at=now,
            exported_seq=0,
            last_seq=last_seq.get(station["id"], 0),
        )
