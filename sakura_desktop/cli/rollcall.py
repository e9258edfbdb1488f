"""`rollcall`: the emergency roll call without the window (start, show, close)."""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from typing import TYPE_CHECKING

from sakura_desktop.cli.checkin import default_operator, default_station
from sakura_desktop.cli.common import chosen_program, database_options, open_from_args
from sakura_desktop.errors import UserError

if TYPE_CHECKING:
    from sakura_desktop.core.checkin.rollcall import (
        RollCall,
        RollCallState,
    )


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "rollcall",
        parents=[database_options()],
        help="start (or show) an emergency roll call of everyone on site; --close ends it",
        description="With no option: start a roll call of everyone expected on site now, or, "
        "when one is already open, show it: expected, accounted for, and each person still "
        "unaccounted for (minors first) with where they were last seen and whom to call. "
        "Scan people in at it with `checkin --checkpoint NAME`. With --close: close the open "
        "roll call; while anyone is unaccounted for, --reason is required and is kept.",
    )
    parser.add_argument("--close", action="store_true", help="close the open roll call")
    parser.add_argument("--reason", default="", help="why it is closed with people unaccounted")
    parser.add_argument("--station", default=default_station(), help="this station's name")
    parser.add_argument("--operator", default=default_operator(), help="who runs the roll call")
    parser.set_defaults(handler=run_rollcall)


def run_rollcall(args: argparse.Namespace) -> int:
    from sakura_desktop.core.checkin.rollcall import (
        close_roll_call,
        open_roll_calls,
        roll_call_state,
        start_roll_call,
    )

    database = open_from_args(args)
    try:
        program = chosen_program(database, args)
        factory = database.session_factory
        already = open_roll_calls(factory, program.id)
        if args.close:
            if not already:
                raise UserError("No roll call is open; start one with `sakura-desktop rollcall`.")
            closed = close_roll_call(
                factory,
                already[0].checkpoint_id,
                reason=args.reason,
                station_name=args.station,
                operator=args.operator,
            )
            print(format_closed(closed))
            return 0
        if already:
            call = already[0]
            print(f"{call.name} is already open (started {call.opened_at:%H:%M} at "
                  f"{call.opened_by}).")  # fmt: skip
        else:
            call = start_roll_call(
                factory, program.id, station_name=args.station, operator=args.operator
            )
            print(f"Started {call.name}. Scan people in with: sakura-desktop checkin "
                  f"--checkpoint '{call.name}'")  # fmt: skip
        state = roll_call_state(factory, call.checkpoint_id)
    finally:
        database.dispose()
    sys.stdout.write(format_state(state))
    return 0


def format_state(state: RollCallState) -> str:
    call = state.roll_call
    elapsed = _minutes(state.unaccounted_for(state.as_of))
    lines = [
        f"Roll call: {call.name} (started {call.opened_at:%a %H:%M} at {call.opened_by}; "
        f"as of {state.as_of:%H:%M})",
        f"Expected: {state.expected}  Accounted for: {state.accounted}  "
        f"Unaccounted for: {len(state.unaccounted)}",
    ]
    for item in state.unaccounted:
        person = item.person
        native = f" {person.native_name}" if person.native_name else ""
        group = person.delegation or "host"
        minor = "MINOR " if item.minor else "      "
        seen = f"last seen {item.last_seen.label}" if item.last_seen else "never scanned"
        call_whom = f"; call {item.call}" if item.call else ""
        lines.append(
            f"  {minor}{person.display_name}{native} ({group}) - unaccounted for {elapsed}; "
            f"{seen}{call_whom}"
        )
    return "\n".join(lines) + "\n"


def format_closed(call: RollCall) -> str:
    assert call.closed_at is not None
    reason = f" Reason kept: {call.close_reason}" if call.close_reason else ""
    return f"CLOSED  {call.name} at {call.closed_at:%H:%M} by {call.closed_by}.{reason}"


def _minutes(span: dt.timedelta) -> str:
    minutes, seconds = divmod(int(span.total_seconds()), 60)
    return f"{minutes} min {seconds:02d} s"
