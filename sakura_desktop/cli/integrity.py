"""`check`: SQLite's integrity and foreign-key checks and the application's own rules."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from sakura_desktop.cli.common import database_options, open_from_args

if TYPE_CHECKING:
    from sakura_desktop.core.integrity_report import IntegrityReport


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    check = subparsers.add_parser(
        "check",
        parents=[database_options()],
        help="check the database for damage and broken rules; exit 1 when anything is wrong",
        description="Run SQLite's integrity and foreign-key checks (on a SQLite file) and the "
        "application's own rules on every program of the database: scans name a person and a "
        "checkpoint of their own program, every badge verifies, one live badge per person, "
        "nobody admitted twice in a row by one station, undos void a real scan. Each problem "
        "is one sentence; exit status 1 when there is any, 0 otherwise. Every program is "
        "checked (--program is not needed). The check changes nothing; opening an older "
        "database upgrades it after a backup, as every command does.",
    )
    check.set_defaults(handler=run_check)


def run_check(args: argparse.Namespace) -> int:
    report = _check(args)
    args.exit_status = 0 if report.ok else 1  # stands even when stdout is a closed pipe
    sys.stdout.write(format_report(report))
    return int(args.exit_status)


def _check(args: argparse.Namespace) -> IntegrityReport:
    import sqlite3

    from sqlalchemy.exc import DatabaseError

    from sakura_desktop.core.integrity import check_damaged_file, check_database
    from sakura_desktop.paths import default_database_path

    try:
        database = open_from_args(args)
    except (DatabaseError, sqlite3.DatabaseError) as exc:
        if args.db_url:
            raise
        # A SQLite file too damaged to open: what SQLite says of it, instead of a crash.
        return check_damaged_file(args.db or default_database_path(), exc)
    try:
        return check_database(database.session_factory, database.engine)
    finally:
        database.dispose()


def format_report(report: IntegrityReport) -> str:
    lines = [f"PROBLEM: {problem.sentence}" for problem in report.problems]
    lines += [f"NOTE: {note.sentence}" for note in report.notes]
    lines.append(report.verdict)
    return "\n".join(lines) + "\n"
