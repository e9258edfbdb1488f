"""`history`: one participant's audit log (when, who, what, which fields; never values)."""

from __future__ import annotations

import argparse
import sys

from sakura_desktop.cli.common import chosen_program, database_options, open_from_args


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    history = subparsers.add_parser(
        "history",
        parents=[database_options()],
        help="show who changed a participant, when, and which fields",
        description="List every change to one participant, oldest first: when (UTC), the "
        "station and OS user, what happened (created, edited, imported, status changed, "
        "purged) and the names of the fields it touched. Values are never recorded.",
    )
    history.add_argument(
        "person", metavar="PERSON", help="roster ID, e-mail, uuid, id, or a part of the name"
    )
    history.set_defaults(handler=run_history)


def run_history(args: argparse.Namespace) -> int:
    from sakura_desktop.core.audit import find_person, participant_history

    database = open_from_args(args)
    try:
        program = chosen_program(database, args)
        person_id, name = find_person(database.session_factory, program.id, args.person)
        entries = participant_history(database.session_factory, person_id)
    finally:
        database.dispose()
    lines = [f"History of {name} (#{person_id}):"]
    lines += [f"{e.occurred_at:%Y-%m-%d %H:%M:%S} UTC  {e.who or '-'}  {e.what}" for e in entries]
    if not entries:
        lines.append("No change recorded (changes are recorded from this version on).")
    sys.stdout.write("\n".join(lines) + "\n")
    return 0
