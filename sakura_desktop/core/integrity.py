"""Checking a database: SQLite's own file checks, then the rules the schema cannot hold.

The schema already refuses most bad states (foreign keys, unique keys, CHECKs, the partial
unique index that allows one live badge per person, the trigger that keeps scans immutable).
What it cannot say is checked here: that a scan names a person and a checkpoint of its own
program, that every badge can be made into a code that verifies under its program's secret,
that an undo voids a scan of the same person at the same checkpoint, that a station's counter
is ahead of its scans, and that the schema's guards are still in place (a file edited by
another tool may have lost them, or may have been written with foreign keys off).

Two stations working apart may both admit a person; after a merge the later admission is kept
as a duplicate and shown (`core.sync.duplicates`). That is expected and only noted. The same
station admitting a person twice with no check-out between is a problem: its lock forbids it.

Every finding is a sentence a coordinator can act on. Nothing is written to the database.

This module runs the checks; each rule lives in its own module (`integrity_guards`,
`integrity_events`, `integrity_links`, `integrity_badges`, `integrity_admissions`,
`integrity_stations`), SQLite's file checks in `integrity_sqlite` and the report's words in
`integrity_report`.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.exc import DatabaseError
from sqlalchemy.orm import Session

from sakura_desktop.core.i18n import translate
from sakura_desktop.core.integrity_admissions import check_admissions
from sakura_desktop.core.integrity_badges import check_badges
from sakura_desktop.core.integrity_events import check_event_references, check_voiding
from sakura_desktop.core.integrity_guards import check_guards
from sakura_desktop.core.integrity_links import check_program_links
from sakura_desktop.core.integrity_report import (
    Checked,
    Facts,
    Findings,
    IntegrityReport,
    ProblemKind,
    first_line,
    restore_advice,
)
from sakura_desktop.core.integrity_sqlite import (
    damage_sentence,
    sqlite_foreign_keys,
    sqlite_integrity,
)
from sakura_desktop.core.integrity_stations import check_stations
from sakura_desktop.db.engine import SessionFactory

log = logging.getLogger(__name__)


Report = Callable[[int, int, str], None]


# --- the use case ------------------------------------------------------------------------------


def check_database(
    factory: SessionFactory, engine: Engine, progress: Report | None = None
) -> IntegrityReport:
    """Run every check on an open database (read only) and say what is wrong, if anything."""
    report = progress or (lambda done, total, text: None)
    findings = Findings()
    is_sqlite = engine.dialect.name == "sqlite"
    # (progress label, what a finding says could not be read, the check)
    steps: list[tuple[str, str, Callable[[Session, Facts, Findings], None]]] = [
        (
            translate("Integrity", "Checking the schema's guards…"),
            translate("Integrity", "the schema's guards"),
            check_guards,
        ),
        (
            translate("Integrity", "Checking the scans…"),
            translate("Integrity", "the scans"),
            check_event_references,
        ),
        (
            translate("Integrity", "Checking the links between programs…"),
            translate("Integrity", "the links between programs"),
            check_program_links,
        ),
        (
            translate("Integrity", "Checking the undone scans…"),
            translate("Integrity", "the undone scans"),
            check_voiding,
        ),
        (
            translate("Integrity", "Checking the badges…"),
            translate("Integrity", "the badges"),
            check_badges,
        ),
        (
            translate("Integrity", "Checking admissions…"),
            translate("Integrity", "admissions"),
            check_admissions,
        ),
        (
            translate("Integrity", "Checking the stations…"),
            translate("Integrity", "the stations"),
            check_stations,
        ),
    ]
    total = len(steps) + (2 if is_sqlite else 0)
    done = 0
    if is_sqlite:
        report(done, total, translate("Integrity", "Checking the file (SQLite integrity check)…"))
        if sqlite_integrity(engine, findings):
            # Reading a damaged file may return wrong rows: its contents are not judged.
            return IntegrityReport(findings.listed(), (), Checked(contents_checked=False))
        report(done + 1, total, translate("Integrity", "Checking the file (foreign keys)…"))
        sqlite_foreign_keys(engine, findings)
        done += 2
    with factory() as session:
        facts = Facts.load(session)
        for label, what, step in steps:
            report(done, total, label)
            with _unreadable(findings, what, session):
                step(session, facts, findings)
            done += 1
        checked = facts.checked(session, sqlite_checks=is_sqlite)
    report(total, total, translate("Integrity", "Done."))
    return IntegrityReport(findings.listed(), tuple(findings.notes), checked)


def check_damaged_file(path: Path, error: BaseException) -> IntegrityReport:
    """What SQLite says about a file that could not even be opened (read only, nothing
    written): the report `check` gives instead of a crash."""
    import sqlite3

    findings = Findings()
    uri = path.absolute().as_uri() + "?mode=ro"
    try:
        conn = sqlite3.connect(uri, uri=True)
        try:
            rows = [str(r[0]) for r in conn.execute("PRAGMA integrity_check(100)")]
        finally:
            conn.close()
    except sqlite3.Error as exc:
        rows = [str(exc)]
    faults = [x for row in rows for x in row.splitlines() if x != "ok" and not x.startswith("***")]
    findings.add(ProblemKind.DAMAGED_FILE, damage_sentence(faults or [str(error)], []))
    return IntegrityReport(findings.listed(), (), Checked(contents_checked=False))


@contextmanager
def _unreadable(findings: Findings, what: str, session: Session) -> Iterator[None]:
    """One check that cannot read its rows becomes a finding; the other checks still run
    (after a rollback: PostgreSQL refuses every statement of a transaction that failed)."""
    try:
        yield
    except DatabaseError as exc:
        session.rollback()
        findings.add(
            ProblemKind.UNREADABLE,
            translate(
                "Integrity",
                "Could not read {what}: the database answered {answer}. The file may be "
                "damaged: restore the newest backup that passes this check, or send the file to "
                "whoever looks after Sakura Desktop.",
            ).format(what=what, answer=first_line(exc.orig)),
        )
    except (TypeError, ValueError, ArithmeticError) as exc:
        session.rollback()
        # SQLite stores whatever another tool writes (text in a number column): say so rather
        # than crash, and keep the traceback in the log in case it is our mistake after all.
        log.warning("checking %s failed", what, exc_info=True)
        findings.add(
            ProblemKind.UNREADABLE,
            translate(
                "Integrity",
                "Could not check {what}: a value there is not of the kind Sakura Desktop writes "
                "({error}). {restore}",
            ).format(what=what, error=type(exc).__name__, restore=restore_advice()),
        )
