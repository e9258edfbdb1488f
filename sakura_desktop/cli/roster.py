"""`import-roster`, `export` and `teams`: the roster use cases headless."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from sakura_desktop.cli.common import (
    backing_up,
    chosen_program,
    database_options,
    importing_file,
    mapping_choices,
    open_from_args,
)
from sakura_desktop.errors import UserError

if TYPE_CHECKING:
    from sakura_desktop.core.roster.teams import TeamRow

# The export kinds (core.roster.exporter.EXPORTS), named here so that parsing loads no roster code.
EXPORT_KINDS = ("delegations", "participants", "teams")


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    _register_import(subparsers)
    export = subparsers.add_parser(
        "export",
        parents=[database_options()],
        help="export participants, delegations or teams to CSV or XLSX",
        description="Write participants, delegations or teams to a .csv file (UTF-8 with BOM, "
        "so Excel opens it) or an .xlsx workbook.",
    )
    export.add_argument("what", choices=EXPORT_KINDS, help="what to export")
    export.add_argument("--out", required=True, type=Path, metavar="FILE", help="FILE.csv|.xlsx")
    export.add_argument(
        "--include-sensitive",
        action="store_true",
        help="participants: also write dietary needs, allergies, emergency contacts and notes "
        "(left out unless asked for)",
    )
    export.set_defaults(handler=run_export)
    teams = subparsers.add_parser(
        "teams",
        parents=[database_options()],
        help="list teams, or auto-form N mixed teams",
        description="Without --auto, list the program's teams and their sizes. With --auto N, "
        "put the active students (and teachers with --include-teachers) into teams Team 1..N, "
        "balancing delegation, gender and role; the same seed gives the same teams.",
    )
    teams.add_argument("--auto", type=int, metavar="N", help="form N mixed teams")
    teams.add_argument("--seed", type=int, default=0, help="random seed (default 0)")
    teams.add_argument("--include-teachers", action="store_true", help="put teachers in too")
    teams.set_defaults(handler=run_teams)


def _register_import(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "import-roster",
        parents=[database_options()],
        help="import participants from a CSV or XLSX roster",
        description="Import a roster (CSV in UTF-8, Shift_JIS, GB18030, Big5, EUC-KR ...; or "
        "XLSX). Rows update the participants they match (ID, then e-mail, then name + birth date "
        "+ delegation) and never duplicate them. A file with errors imports nothing unless "
        "--skip-invalid is given. Exit 1 when the file is rejected.",
    )
    parser.add_argument("file", type=Path, metavar="FILE", help="the roster (.csv or .xlsx)")
    parser.add_argument(
        "--mapping",
        metavar="JSON",
        help='column mapping as JSON text or a .json file: {"header": "field" or null}, e.g. '
        '{"氏名": "full_name"}',
    )
    parser.add_argument("--dry-run", action="store_true", help="check and count; write nothing")
    parser.add_argument(
        "--skip-invalid", action="store_true", help="import the valid rows, list the skipped ones"
    )
    parser.add_argument(
        "--encoding", metavar="ENC", help="force the CSV encoding (utf-8, shift_jis, gb18030 ...)"
    )
    parser.set_defaults(handler=run_import)


def run_import(args: argparse.Namespace) -> int:
    from sakura_desktop.core.roster.importer import import_roster_file

    choices = mapping_choices(args.mapping)
    with importing_file(args) as (database, program):
        summary = import_roster_file(
            database.session_factory,
            program.id,
            args.file,
            encoding=args.encoding,
            choices=choices,
            skip_invalid=args.skip_invalid,
            dry_run=args.dry_run,
            before_write=backing_up(database, "import"),
        )
    lines = summary.lines()
    if summary.rejected:
        print("\n".join(lines[:-1]))
        raise UserError(lines[-1])
    print("\n".join(lines))
    return 0


def run_export(args: argparse.Namespace) -> int:
    from sakura_desktop.core.roster.exporter import EXPORTS, export_participants
    from sakura_desktop.core.roster.wording import plural

    database = open_from_args(args)
    try:
        program = chosen_program(database, args)
        if args.what == "participants":
            result = export_participants(
                database.session_factory,
                program.id,
                args.out,
                include_sensitive=args.include_sensitive,
            )
        else:
            result = EXPORTS[args.what](database.session_factory, program.id, args.out)
    finally:
        database.dispose()
    counted = plural(result.rows, args.what.removesuffix("s"), args.what)
    print(f"Exported {counted} to {result.path}.")
    if args.what == "participants" and not args.include_sensitive:
        print(
            "Dietary needs, allergies, emergency contacts and notes were left out; "
            "add --include-sensitive to write them."
        )
    return 0


def run_teams(args: argparse.Namespace) -> int:
    from sakura_desktop.core.roster.teams import auto_form_teams, list_teams
    from sakura_desktop.core.roster.wording import plural

    database = open_from_args(args)
    try:
        program = chosen_program(database, args)
        factory = database.session_factory
        if args.auto is not None:
            formed = auto_form_teams(
                factory, program.id, args.auto, args.seed, include_teachers=args.include_teachers
            )
            teams_formed = plural(len(formed.teams), "team")
            people = plural(formed.assigned, "person", "people")
            print(f"Formed {teams_formed} from {people} (seed {formed.seed}).")
            warning = formed.empty_teams_warning()
            if warning is not None:
                print(f"Warning: {warning}", file=sys.stderr)
        teams = list_teams(factory, program.id)
    finally:
        database.dispose()
    sys.stdout.write(format_teams(teams))
    return 0


def format_teams(teams: list[TeamRow]) -> str:
    from sakura_desktop.core.roster.wording import plural

    if not teams:
        return "No teams yet (form them with: teams --auto N).\n"
    lines = []
    for team in teams:
        roles = ", ".join(f"{role} {n}" for role, n in sorted(team.by_role.items()))
        genders = ", ".join(f"{g} {n}" for g, n in sorted(team.by_gender.items()))
        mixed = plural(team.delegations, "delegation")
        detail = f" ({roles}; {genders}; {mixed})" if team.size else ""
        lines.append(f"{team.name}: {team.size}{detail}")
    return "\n".join(lines) + "\n"
