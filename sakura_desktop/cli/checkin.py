"""`tokens`, `checkpoints`, `checkin`, `headcount`, `undo`: offline check-in without the GUI."""

from __future__ import annotations

import argparse
import csv
import getpass
import platform
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from sakura_desktop.cli.common import chosen_program, database_options, open_from_args

if TYPE_CHECKING:
    from sakura_desktop.core.checkin.checkpoints import (
        CheckpointInfo,
    )
    from sakura_desktop.core.checkin.people import PersonCard
    from sakura_desktop.core.checkin.service import (
        Headcount,
        ScanResult,
    )
    from sakura_desktop.core.tokens import (
        IssuedToken,
    )
    from sakura_desktop.db.engine import Database

TOKEN_COLUMNS = [
    "participant_id",
    "family_name",
    "given_name",
    "native_name",
    "delegation",
    "serial",
    "token",
]


def default_station() -> str:
    return platform.node() or "command line"


def default_operator() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no login name (some containers and services)
        return ""


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    common = database_options()
    tokens = subparsers.add_parser(
        "tokens",
        parents=[common],
        help="badge tokens (QR payloads) of every participant, issuing missing ones",
        description="Issue a badge token to every participant who has none, then list every "
        "participant with their live token as CSV (to stdout, or to --out). With --reissue, "
        "replace the badges of the given participants instead (a lost badge): their old badge "
        "is revoked at once and only the new tokens are listed; print the new badges.",
    )
    tokens.add_argument("--out", type=Path, metavar="FILE.csv", help="write the CSV here")
    tokens.add_argument(
        "--reissue",
        nargs="+",
        metavar="PARTICIPANT",
        help="re-issue the badge of these participants (database id or roster id); "
        "their old badge scans as REVOKED from now on",
    )
    tokens.set_defaults(handler=run_tokens)

    checkpoints = subparsers.add_parser(
        "checkpoints",
        parents=[common],
        help="list the check-in checkpoints (creating the standard ones)",
        description="Create the arrival checkpoint and one per session where missing, then "
        "print one line per checkpoint, tab-separated: id, name, kind, expected count, and "
        "the directions it records (entry, or entry+exit).",
    )
    checkpoints.add_argument(
        "--roll-call", metavar="NAME", help="also create an ad-hoc roll call, e.g. 'Dinner 19:00'"
    )
    checkpoints.set_defaults(handler=run_checkpoints)

    checkin = subparsers.add_parser(
        "checkin",
        parents=[common],
        help="check badge tokens in (or out) at a checkpoint",
        description="Check each token in at the checkpoint and print one line per scan, the "
        "decision first: ACCEPTED, ALREADY_IN, NOT_EXPECTED, WITHDRAWN, UNKNOWN, REVOKED, "
        "FORGED, WRONG_PROGRAM. With no TOKEN, reads one token per line from stdin.",
    )
    _checkpoint_option(checkin)
    checkin.add_argument("--station", default=default_station(), help="this station's name")
    checkin.add_argument("--operator", default=default_operator(), help="who is scanning")
    checkin.add_argument("--exit", action="store_true", help="check out instead of in")
    checkin.add_argument("tokens", nargs="*", metavar="TOKEN")
    checkin.set_defaults(handler=run_checkin)

    count = subparsers.add_parser(
        "headcount",
        parents=[common],
        help="expected, present and missing people at a checkpoint",
        description="Print the expected and present counts at a checkpoint, then each missing "
        "person with their delegation, team, where they were last seen and whom to call.",
    )
    _checkpoint_option(count)
    count.set_defaults(handler=run_headcount)

    void = subparsers.add_parser(
        "undo",
        parents=[common],
        help="undo a scan (writes a voiding event; nothing is deleted)",
        description="Void the scan with this event id (printed by `checkin`).",
    )
    void.add_argument("event", metavar="EVENT_UUID")
    void.add_argument("--station", default=default_station(), help="this station's name")
    void.add_argument("--operator", default=default_operator(), help="who undoes")
    void.set_defaults(handler=run_undo)


def _checkpoint_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--checkpoint",
        required=True,
        metavar="ID_OR_NAME",
        help="checkpoint id, name, or a part of its name only it contains",
    )


def _checkpoint(database: Database, program_id: int, id_or_name: str) -> CheckpointInfo:
    from sakura_desktop.core.checkin.checkpoints import (
        ensure_checkpoints,
        list_checkpoints,
        resolve_checkpoint,
    )

    factory = database.session_factory
    if not list_checkpoints(factory, program_id):
        ensure_checkpoints(factory, program_id)
    return resolve_checkpoint(factory, program_id, id_or_name)


# --- tokens -----------------------------------------------------------------------------------


def run_tokens(args: argparse.Namespace) -> int:
    from sakura_desktop.core.checkin.people import load_cards
    from sakura_desktop.core.tokens import find_participant, issue_missing_tokens, reissue_tokens

    database = open_from_args(args)
    try:
        program = chosen_program(database, args)
        factory = database.session_factory
        if args.reissue:
            ids = [find_participant(factory, program.id, text) for text in args.reissue]
            issued = reissue_tokens(factory, ids)
        else:
            issued = issue_missing_tokens(factory, program.id)
        with factory() as session:
            cards = load_cards(session, program.id)
    finally:
        database.dispose()
    rows = [_token_row(token, cards) for token in issued]
    if not args.reissue:  # re-issued ones stay in the order they were asked for
        rows.sort(key=lambda row: (row["delegation"], row["family_name"], row["given_name"]))
    if args.out is None:
        _write_csv(sys.stdout, rows)
        return 0
    with args.out.open("w", encoding="utf-8-sig", newline="") as handle:
        _write_csv(handle, rows)
    what = "new badge tokens (the old badges no longer work)" if args.reissue else "badge tokens"
    print(f"Wrote {len(rows)} {what} of {program.code} to {args.out}.")
    return 0


def _token_row(token: IssuedToken, cards: dict[int, PersonCard]) -> dict[str, str]:
    card = cards[token.participant_id]
    return {
        "participant_id": str(token.participant_id),
        "family_name": card.family_name,
        "given_name": card.given_name,
        "native_name": card.native_name,
        "delegation": card.delegation,
        "serial": str(token.serial),
        "token": token.token,
    }


def _write_csv(handle: TextIO, rows: Iterable[dict[str, str]]) -> None:
    from sakura_desktop.core.spreadsheet_cells import inert_csv_text

    writer = csv.DictWriter(handle, fieldnames=TOKEN_COLUMNS, lineterminator="\n")
    writer.writeheader()
    writer.writerows({key: inert_csv_text(text) for key, text in row.items()} for row in rows)


# --- checkpoints ------------------------------------------------------------------------------


def run_checkpoints(args: argparse.Namespace) -> int:
    from sakura_desktop.core.checkin.checkpoints import (
        create_roll_call,
        ensure_checkpoints,
        list_checkpoints,
    )

    database = open_from_args(args)
    try:
        program = chosen_program(database, args)
        factory = database.session_factory
        ensure_checkpoints(factory, program.id)
        if args.roll_call:
            create_roll_call(factory, program.id, args.roll_call)
        infos = list_checkpoints(factory, program.id, with_counts=True)
    finally:
        database.dispose()
    for info in infos:
        directions = "entry+exit" if info.allows_exit else "entry"
        print(f"{info.id}\t{info.name}\t{info.kind.value}\t{info.expected}\t{directions}")
    return 0


# --- checkin ----------------------------------------------------------------------------------


def _codes(args: argparse.Namespace) -> Iterator[str]:
    """The codes to scan: the arguments, else stdin's lines; empty or blank ones are skipped."""
    lines = args.tokens if args.tokens else sys.stdin
    for line in lines:
        if line.strip():
            yield line.strip()


def format_scan(result: ScanResult) -> str:
    person = result.person
    who = ""
    if person is not None:
        where = ", ".join(part for part in (person.delegation, person.team) if part)
        who = f"{person.display_name}" + (f" ({where})" if where else "") + ": "
    return f"{result.outcome.word}  {who}{result.message}  [event {result.event_uuid}]"


def run_checkin(args: argparse.Namespace) -> int:
    from sakura_desktop.core.checkin.service import CheckinDesk
    from sakura_desktop.db.enums import Direction, ScanMethod

    database = open_from_args(args)
    try:
        program = chosen_program(database, args)
        checkpoint = _checkpoint(database, program.id, args.checkpoint)
        desk = CheckinDesk(
            database.session_factory,
            program.id,
            station_name=args.station,
            operator=args.operator,
        )
        direction = Direction.OUT if args.exit else Direction.IN
        for code in _codes(args):
            result = desk.scan(checkpoint.id, code, method=ScanMethod.SCANNER, direction=direction)
            print(format_scan(result), flush=True)
    finally:
        database.dispose()
    return 0


# --- headcount and undo -----------------------------------------------------------------------


def run_headcount(args: argparse.Namespace) -> int:
    from sakura_desktop.core.checkin.service import headcount

    database = open_from_args(args)
    try:
        program = chosen_program(database, args)
        checkpoint = _checkpoint(database, program.id, args.checkpoint)
        count = headcount(database.session_factory, checkpoint.id)
    finally:
        database.dispose()
    sys.stdout.write(format_headcount(count))
    return 0


def format_headcount(count: Headcount) -> str:
    lines = [
        f"Checkpoint: {count.checkpoint.name} (as of {count.as_of:%a %d %b %H:%M})",
        f"Expected: {count.expected}",
        f"Present: {count.present}",
    ]
    if count.extra:
        lines.append(f"Also inside, not expected: {count.extra}")
    lines.append(f"Missing: {len(count.missing)}")
    for missing in count.missing:
        person = missing.person
        group = ", ".join(
            p for p in (person.delegation, person.team and f"team {person.team}") if p
        )
        seen = f"last seen {missing.last_seen.label}" if missing.last_seen else "never scanned"
        call = f"; call {missing.contact}" if missing.contact else ""
        native = f" {person.native_name}" if person.native_name else ""
        lines.append(f"  {person.display_name}{native} ({group or 'host'}) - {seen}{call}")
    return "\n".join(lines) + "\n"


def run_undo(args: argparse.Namespace) -> int:
    from sakura_desktop.core.checkin.service import undo

    database = open_from_args(args)
    try:
        result = undo(database.session_factory, args.event, args.station, args.operator)
    finally:
        database.dispose()
    print(f"VOIDED  {result.message}  [event {result.event_uuid}]")
    return 0
