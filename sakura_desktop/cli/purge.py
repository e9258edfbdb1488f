"""`purge` and `statistics`: remove a program's personal data after the week, read what is kept."""

from __future__ import annotations

import argparse
import sys

from sakura_desktop.cli.common import chosen_program, database_options, open_from_args
from sakura_desktop.errors import UserError


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    purge = subparsers.add_parser(
        "purge",
        parents=[database_options()],
        help="after the week: remove the program's personal data, keep anonymous statistics",
        description="Remove every participant's names, roster ID, e-mail, phone, birth date, "
        "room, dietary needs, allergies, emergency contact and notes; session hosts and names "
        "in schedule and notebook texts; operators, raw codes and notes of the check-in "
        "journal; OS users in the audit log; and every backup of the database (one fresh "
        "backup of the purged database is taken). Counts by country, role, gender, age band "
        "and status and the attendance rates are kept (see `statistics`). A SQLite file is "
        "then rebuilt and its write-ahead log emptied. This cannot be undone: --yes is required.",
    )
    purge.add_argument(
        "--yes", action="store_true", help="confirm: the personal data cannot be brought back"
    )
    purge.set_defaults(handler=run_purge)
    statistics = subparsers.add_parser(
        "statistics",
        parents=[database_options()],
        help="show the anonymous statistics a purge kept",
        description="Print the counts and attendance rates kept when the program was purged.",
    )
    statistics.set_defaults(handler=run_statistics)


def run_purge(args: argparse.Namespace) -> int:
    if not args.yes:
        raise UserError(
            "Purging removes every participant's personal data and every backup of this "
            "database for good; run the command again with --yes to do it."
        )
    from sakura_desktop.core.audit import Actor
    from sakura_desktop.core.purge import purge_program

    database = open_from_args(args)
    try:
        program = chosen_program(database, args)
        report = purge_program(database, program.id, actor=Actor.here())
    finally:
        database.dispose()
    sys.stdout.write("\n".join(report.lines()) + "\n")
    return 0


def run_statistics(args: argparse.Namespace) -> int:
    from sakura_desktop.core.purge_statistics import stored_statistics

    database = open_from_args(args)
    try:
        program = chosen_program(database, args)
        stats = stored_statistics(database.session_factory, program.id)
    finally:
        database.dispose()
    if stats is None:
        raise UserError(
            f"{program.code} has not been purged, so no statistics were kept yet; "
            "they are counted by `sakura-desktop purge --yes` after the week."
        )
    sys.stdout.write("\n".join(stats.lines()) + "\n")
    return 0
