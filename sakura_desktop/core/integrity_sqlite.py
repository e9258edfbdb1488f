"""SQLite's own checks of a database file: `PRAGMA integrity_check` (damaged pages, rows that
break a rule of the schema) and `PRAGMA foreign_key_check`, each finding said as a sentence."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from typing import Any

from sqlalchemy import Engine
from sqlalchemy.exc import DatabaseError

from sakura_desktop.core.i18n import translate
from sakura_desktop.core.integrity_report import (
    Findings,
    ProblemKind,
    count_of,
    first_line,
    restore_advice,
)

log = logging.getLogger(__name__)


# --- SQLite's own checks -----------------------------------------------------------------------


# Lines of PRAGMA integrity_check that name a row breaking a rule of the schema (written with
# the rule switched off), not a damaged page: the rows themselves are still readable.
_RULE_BROKEN = ("CHECK constraint failed in ", "NULL value in ", "non-unique entry in index ")


def sqlite_integrity(engine: Engine, findings: Findings) -> bool:
    """PRAGMA integrity_check; True when the file is damaged (beyond rows breaking rules)."""
    try:
        with engine.connect() as conn:
            rows = [str(r[0]) for r in conn.exec_driver_sql("PRAGMA integrity_check(100)")]
            lines = [line for row in rows for line in row.splitlines()]
            faults = [x for x in lines if x != "ok" and not x.startswith("***")]
            damage = [x for x in faults if not x.startswith(_RULE_BROKEN)]
            tables = _damaged_tables(conn, damage) if damage else []
    except DatabaseError as exc:
        faults = damage = [str(exc.orig)]
        tables = []
    for fault in faults:
        if fault not in damage:
            findings.add(
                ProblemKind.RULE_BROKEN,
                translate(
                    "Integrity",
                    "A row breaks one of the database's own rules (SQLite says: {fault}). "
                    "{restore}",
                ).format(fault=fault, restore=restore_advice()),
            )
    if not damage:
        return False
    findings.add(ProblemKind.DAMAGED_FILE, damage_sentence(damage, tables))
    return True


def _damaged_tables(conn: Any, rows: Sequence[str]) -> list[str]:
    """The tables whose pages SQLite named (when SQLite was built with the dbstat table)."""
    import re

    pages = sorted({int(p) for row in rows for p in re.findall(r"page (\d+)", row)})
    tables: list[str] = []
    try:
        for page in pages[:20]:
            name = conn.exec_driver_sql(
                "SELECT name FROM dbstat WHERE pageno = ?", (page,)
            ).scalar()
            if name and name not in tables:
                tables.append(str(name))
    except DatabaseError:
        return []
    return tables


def damage_sentence(faults: Sequence[str], tables: Sequence[str]) -> str:
    found = count_of(len(faults), "fault")
    if tables:
        found = translate("Integrity", "{faults} (in {tables})").format(
            faults=found, tables=", ".join(tables)
        )
    first = faults[0] if faults else translate("Integrity", "no detail")
    return translate(
        "Integrity",
        "The database file is damaged: SQLite's integrity check found {found}, the first: "
        "{first}. Some rows may be lost or wrong, so its contents were not checked further. "
        "Stop using this file: copy it aside, then restore the newest backup (the '-backups' "
        "folder beside the database) and check that one.",
    ).format(found=found, first=repr(first))


# References that the checks below describe better than a bare foreign-key row can.
_DESCRIBED_ELSEWHERE = {
    ("checkin_events", "participant_id"),
    ("checkin_events", "checkpoint_id"),
    ("checkin_events", "voids_event_uuid"),
    ("badge_tokens", "participant_id"),
}


def sqlite_foreign_keys(engine: Engine, findings: Findings) -> None:
    with engine.connect() as conn:
        try:
            rows = conn.exec_driver_sql("PRAGMA foreign_key_check").all()
        except DatabaseError as exc:
            findings.add(
                ProblemKind.UNREADABLE,
                translate(
                    "Integrity",
                    "SQLite could not check the references between rows: {error}. {restore}",
                ).format(error=first_line(exc.orig), restore=restore_advice()),
            )
            return
        columns: dict[tuple[str, int], str] = {}
        for table, rowid, parent, fkid in rows:
            if (table, fkid) not in columns:
                for fk in conn.exec_driver_sql(f'PRAGMA foreign_key_list("{table}")'):
                    columns[(table, fk[0])] = str(fk[3])
            column = columns.get((table, fkid), "?")
            if (table, column) in _DESCRIBED_ELSEWHERE:
                continue
            findings.add(
                ProblemKind.MISSING_ROW,
                translate(
                    "Integrity",
                    "Row {row} of the table {table} names, in its column {column}, a row of "
                    "{parent} that does not exist. {restore}",
                ).format(
                    row=rowid, table=table, column=column, parent=parent, restore=restore_advice()
                ),
            )
