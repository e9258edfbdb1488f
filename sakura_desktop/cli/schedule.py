"""`schedule import|export`, `conflicts`, `rotate`, `ics`: the week's schedule without the GUI."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, TypeAlias

from sakura_desktop.cli.common import chosen_program, database_options, open_from_args
from sakura_desktop.errors import NotFoundError, UserError

if TYPE_CHECKING:
    from sakura_desktop.core.schedule.conflicts import Conflict
    from sakura_desktop.core.schedule.model import GroupData, PersonData

SubParsers: TypeAlias = "argparse._SubParsersAction[argparse.ArgumentParser]"


def register(subparsers: SubParsers) -> None:
    common = database_options()
    _register_schedule(subparsers, common)
    conflicts = subparsers.add_parser(
        "conflicts",
        parents=[common],
        help="list the schedule's conflicts (exit 1 when there is any)",
        description="Print one line per conflict: its KIND, then a sentence. Exit 0 and "
        "'No conflicts.' when there is none, 1 otherwise.",
    )
    conflicts.set_defaults(handler=run_conflicts)
    _register_rotate(subparsers, common)
    ics = subparsers.add_parser(
        "ics",
        parents=[common],
        help="export the schedule as an iCalendar file",
        description="Write the program's sessions (or one team's, or one participant's) as an "
        "iCalendar file for phones and calendar programs. Re-exporting updates the events.",
    )
    ics.add_argument("--out", type=Path, required=True, metavar="FILE.ics")
    who = ics.add_mutually_exclusive_group()
    who.add_argument("--team", metavar="NAME", help="only this team's sessions")
    who.add_argument(
        "--participant", metavar="ID", help="only this participant's (database or roster id)"
    )
    ics.set_defaults(handler=run_ics)


def _register_schedule(subparsers: SubParsers, common: argparse.ArgumentParser) -> None:
    schedule = subparsers.add_parser(
        "schedule",
        parents=[common],
        help="import or export the schedule as CSV or XLSX",
        description="Import or export the week's sessions as CSV (UTF-8) or XLSX.",
    )
    actions = schedule.add_subparsers(title="actions", metavar="ACTION", required=True)
    importer = actions.add_parser(
        "import",
        parents=[common],
        help="import sessions from a CSV or XLSX file",
        description="Check every row first (row and column in every message; nothing is written "
        "when any row is wrong), then create or update the sessions in one step and list the "
        "conflicts of the week. Columns: title, kind, start, end, venue, site, capacity, "
        "lecturer, audience (team/delegation names separated by ';', or 'everyone'), "
        "destination, host, description, uuid.",
    )
    importer.add_argument("file", type=Path, metavar="FILE")
    importer.set_defaults(handler=run_import)
    exporter = actions.add_parser(
        "export",
        parents=[common],
        help="export the sessions to a CSV or XLSX file",
        description="Write every session to FILE.csv (UTF-8 with BOM) or FILE.xlsx.",
    )
    exporter.add_argument("--out", type=Path, required=True, metavar="FILE.csv|FILE.xlsx")
    exporter.set_defaults(handler=run_export)


def _register_rotate(subparsers: SubParsers, common: argparse.ArgumentParser) -> None:
    rotate = subparsers.add_parser(
        "rotate",
        parents=[common],
        help="plan a rotation of teams through stations (lab tours) and add it to the schedule",
        description="Each team visits each station once, one station per time slot, station "
        "capacity and travel times respected. Slots are local start time / minutes. The "
        "conflicts the plan creates with the rest of the week are listed (KIND, then a "
        "sentence); they do not stop the plan from being written (exit 0). Exit 1 when no "
        "rotation is possible.",
    )
    rotate.add_argument("--teams", required=True, metavar="T1,T2,...", help="team names")
    rotate.add_argument("--stations", required=True, metavar="S1,S2,...", help="venue names")
    slots = rotate.add_mutually_exclusive_group(required=True)
    slots.add_argument("--slots", metavar='"2026-07-14T09:00/60,..."')
    slots.add_argument("--slots-file", type=Path, metavar="FILE", help="one slot per line")
    rotate.add_argument(
        "--capacity",
        type=int,
        metavar="N",
        help="teams per station at once (default: venue seats / the largest team's size)",
    )
    rotate.add_argument("--title", default="Lab tour", help="title prefix (default: Lab tour)")
    rotate.add_argument("--dry-run", action="store_true", help="print the plan, write nothing")
    rotate.set_defaults(handler=run_rotate)


def _names(text: str) -> list[str]:
    return [name.strip() for name in text.split(",") if name.strip()]


def run_import(args: argparse.Namespace) -> int:
    from sakura_desktop.core.schedule.io import import_schedule

    database = open_from_args(args)
    try:
        program = chosen_program(database, args)
        report = import_schedule(database.session_factory, program.id, args.file)
    finally:
        database.dispose()
    print(
        f"Imported {args.file.name}: {report.created} created, {report.updated} updated, "
        f"{report.unchanged} unchanged."
    )
    _print_conflicts(report.conflicts)
    return 0


def run_export(args: argparse.Namespace) -> int:
    from sakura_desktop.core.schedule.io import export_schedule

    database = open_from_args(args)
    try:
        program = chosen_program(database, args)
        count = export_schedule(database.session_factory, program.id, args.out)
    finally:
        database.dispose()
    print(f"Wrote {count} sessions to {args.out}.")
    return 0


def run_conflicts(args: argparse.Namespace) -> int:
    from sakura_desktop.core.schedule.loading import program_conflicts

    database = open_from_args(args)
    try:
        program = chosen_program(database, args)
        conflicts = program_conflicts(database.session_factory, program.id)
    finally:
        database.dispose()
    # Decided before printing: `conflicts | head -1` closes the pipe, and the exit status must
    # still say that there are conflicts (the broken-pipe handling in `cli.main` keeps it).
    args.exit_status = 1 if conflicts else 0
    _print_conflicts(conflicts)
    return int(args.exit_status)


def _print_conflicts(conflicts: tuple[Conflict, ...] | list[Conflict]) -> None:
    if not conflicts:
        print("No conflicts.")
    for conflict in conflicts:
        print(f"{conflict.kind.value.upper()}: {conflict.sentence}")


def run_rotate(args: argparse.Namespace) -> int:
    from sakura_desktop.core.schedule.rotation import (
        RotationInfeasible,
        parse_slots,
        plan_rotation,
        rotation_conflicts,
        rotation_problem,
        write_rotation,
    )

    database = open_from_args(args)
    try:
        program = chosen_program(database, args)
        text = args.slots if args.slots is not None else _read_text(args.slots_file)
        slots = parse_slots(text, program.timezone)
        factory = database.session_factory
        problem = rotation_problem(
            factory, program.id, _names(args.teams), _names(args.stations), slots, args.capacity
        )
        plan = plan_rotation(problem)
        if isinstance(plan, RotationInfeasible):
            raise UserError(f"No rotation is possible: {plan.reason}")
        # Checked before anything is written, so a dry run and a real run say the same.
        conflicts = rotation_conflicts(factory, program.id, plan, title_prefix=args.title)
        print("\n".join(plan.lines(program.timezone)))
        _print_rotation_conflicts(conflicts)
        if args.dry_run:
            print("Dry run: nothing was written.")
            return 0
        created = write_rotation(factory, program.id, plan, title_prefix=args.title)
    finally:
        database.dispose()
    if conflicts:
        print(
            f"Added {len(created)} sessions to the schedule, with the {_count(conflicts)} above: "
            "fix them in the week view (or see `sakura-desktop conflicts`)."
        )
    else:
        print(f"Added {len(created)} sessions to the schedule.")
    return 0


def _count(conflicts: list[Conflict]) -> str:
    return f"{len(conflicts)} conflict" + ("" if len(conflicts) == 1 else "s")


def _print_rotation_conflicts(conflicts: list[Conflict]) -> None:
    """The conflicts the plan creates with the rest of the week, like `conflicts` prints them."""
    if not conflicts:
        print("The plan creates no conflicts with the rest of the week.")
        return
    for conflict in conflicts:
        print(f"{conflict.kind.value.upper()}: {conflict.sentence}")
    print(f"The plan creates {_count(conflicts)} with the rest of the week.")


def _read_text(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8-sig")
    except OSError as exc:
        raise UserError(f"Cannot read {path}: {exc.strerror or exc}.") from exc


def run_ics(args: argparse.Namespace) -> int:
    from sakura_desktop.core.schedule.ics import export_ics
    from sakura_desktop.core.schedule.loading import load_week

    database = open_from_args(args)
    try:
        program = chosen_program(database, args)
        factory = database.session_factory
        team_id = participant_id = None
        if args.team is not None or args.participant is not None:
            week = load_week(factory, program.id)
            if args.team is not None:
                team_id = _team_id(week.teams, args.team)
            else:
                participant_id = _participant_id(week.people, args.participant)
        count = export_ics(
            factory, program.id, args.out, team_id=team_id, participant_id=participant_id
        )
    finally:
        database.dispose()
    print(f"Wrote {count} events to {args.out}.")
    return 0


def _team_id(teams: tuple[GroupData, ...], name: str) -> int:
    for team in teams:
        if team.name.casefold() == name.strip().casefold():
            return team.id
    raise NotFoundError(f"No team {name!r} in this program.")


def _participant_id(people: tuple[PersonData, ...], given: str) -> int:
    """A participant named by roster id (external id) first, then by database id."""
    for person in people:
        if person.external_id == given.strip():
            return person.id
    for person in people:
        if str(person.id) == given.strip():
            return person.id
    raise NotFoundError(f"No participant with the id {given!r} in this program.")
