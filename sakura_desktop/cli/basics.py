"""`demo` and `info`: create a demo database; tell what a database holds."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from sakura_desktop.cli.common import chosen_program, database_options, open_from_args
from sakura_desktop.errors import UserError

if TYPE_CHECKING:
    from sakura_desktop.core.info import DatabaseInfo, ProgramCounts


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    common = database_options()
    demo = subparsers.add_parser(
        "demo",
        parents=[common],
        help="create a database holding the demo program",
        description="Create a new database holding a realistic demo week (8 delegations, "
        "about 100 people, 5 days of sessions). Never overwrites an existing file.",
    )
    demo.set_defaults(handler=run_demo)
    info = subparsers.add_parser(
        "info",
        parents=[common],
        help="schema revision and the programs in a database, with their counts",
        description="Print the database's schema revision and, for each program, its dates "
        "and counts. With --program, only that program.",
    )
    info.set_defaults(handler=run_info)


def run_demo(args: argparse.Namespace) -> int:
    from sakura_desktop.core.demo import build_demo_program, create_demo_database

    if args.db_url:
        database = open_from_args(args, create=True)
        try:
            summary = build_demo_program(database.session_factory)
        finally:
            database.dispose()
        where = database.display_name
    else:
        if args.db is None:
            raise UserError("Say where to create the demo database: sakura-desktop demo --db PATH")
        summary = create_demo_database(args.db)
        where = str(args.db)
    print(
        f"Created the demo program {summary.code} in {where}: {summary.delegations} "
        f"delegations, {summary.participants} participants, {summary.teams} teams, "
        f"{summary.sessions} sessions."
    )
    return 0


def run_info(args: argparse.Namespace) -> int:
    from sakura_desktop.core.info import DatabaseInfo, database_info

    database = open_from_args(args)
    try:
        info = database_info(database)
        if args.program is not None:
            wanted = chosen_program(database, args).id
            info = DatabaseInfo(
                info.location,
                info.revision,
                info.head,
                info.created_with,
                [p for p in info.programs if p.program.id == wanted],
            )
    finally:
        database.dispose()
    sys.stdout.write(format_info(info))
    return 0


def format_info(info: DatabaseInfo) -> str:
    state = "up to date" if info.up_to_date else f"application's newest is {info.head}"
    lines = [
        f"Database: {info.location}",
        f"Schema revision: {info.revision} ({state})",
        f"Created with: Sakura Desktop {info.created_with or 'unknown'}",
        f"Programs: {len(info.programs)}",
    ]
    for counts in info.programs:
        lines.extend(_program_lines(counts))
    return "\n".join(lines) + "\n"


def _program_lines(counts: ProgramCounts) -> list[str]:
    program = counts.program
    roles = ", ".join(f"{role} {n}" for role, n in counts.by_role.items() if n)
    return [
        f"  [{program.id}] {program.code}  {program.title}",
        f"      {program.start_date} to {program.end_date} ({program.timezone})"
        + (f", host: {program.host_institution}" if program.host_institution else ""),
        f"      delegations {program.delegations}, participants {program.participants}"
        + (f" ({roles})" if roles else ""),
        f"      teams {program.teams}, sessions {program.sessions}, "
        f"checkpoints {counts.checkpoints}, check-in events {counts.checkin_events}",
    ]
