"""`station-package` and `station-init`: set up another laptop as a check-in door in one step."""

from __future__ import annotations

import argparse
import shlex
import sys
from pathlib import Path

from sakura_desktop.cli.common import chosen_program, database_options, open_from_args
from sakura_desktop.core.stations import PACKAGE_SUFFIX
from sakura_desktop.errors import UserError

PASSPHRASE_HELP = (
    "file whose first line is the passphrase (- reads it from standard input); keep it out of "
    "the command line, where other users and the shell history could see it"
)


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    package = subparsers.add_parser(
        "station-package",
        parents=[database_options()],
        help="export an encrypted station package of the program for a door's laptop",
        description="Write the program (people, delegations, teams, schedule, checkpoints, "
        "badges, the badge secret and the scans so far) into one file encrypted with a "
        "passphrase. `station-init` on another laptop turns it into a working check-in "
        "station. The file holds personal data: give the passphrase separately.",
    )
    package.add_argument(
        "--out", required=True, type=Path, metavar=f"FILE{PACKAGE_SUFFIX}", help="write here"
    )
    package.add_argument("--passphrase-file", required=True, metavar="F", help=PASSPHRASE_HELP)
    package.set_defaults(handler=run_station_package)

    init = subparsers.add_parser(
        "station-init",
        help="set this laptop up as a check-in station from a station package",
        description="Create a new database from a station package and register this laptop's "
        "station in it, ready to scan. An existing database is never overwritten.",
    )
    init.add_argument(
        "--package", required=True, type=Path, metavar="FILE", help="the station package"
    )
    target = init.add_mutually_exclusive_group(required=True)
    target.add_argument("--db", type=Path, metavar="PATH", help="the new database file to create")
    target.add_argument(
        "--db-url",
        metavar="URL",
        help="instead: an EMPTY shared database (postgresql+psycopg://...) to load the program "
        "into; every laptop then points at it with --db-url and scans as its own station",
    )
    init.add_argument("--passphrase-file", required=True, metavar="F", help=PASSPHRASE_HELP)
    init.add_argument(
        "--station", metavar="NAME", help="this station's name, e.g. 'Door 2' (with --db)"
    )
    init.set_defaults(handler=run_station_init)


def read_passphrase(source: str) -> str:
    """The first line of `source` (a file, or `-` for stdin), its line ending removed."""
    if source == "-":
        text = sys.stdin.readline()
        where = "standard input"
    else:
        path = Path(source)
        where = str(path)
        try:
            text = path.read_text(encoding="utf-8-sig")
        except FileNotFoundError:
            raise UserError(
                f"There is no passphrase file {path}. Write the passphrase on the first line "
                "of a file readable only by you, and give its path."
            ) from None
        except (OSError, UnicodeDecodeError) as exc:
            raise UserError(f"Cannot read the passphrase file {path}: {exc}.") from None
    lines = text.splitlines()
    if not lines or not lines[0]:
        raise UserError(
            f"The passphrase file ({where}) is empty; write the passphrase on its first line."
        )
    return lines[0]


def _size(size: int) -> str:
    return f"{size / 1024:.1f} KiB" if size < 1024 * 1024 else f"{size / 1024 / 1024:.1f} MiB"


def run_station_package(args: argparse.Namespace) -> int:
    from sakura_desktop.core.stations.package import export_station_package

    passphrase = read_passphrase(args.passphrase_file)
    database = open_from_args(args)
    try:
        program = chosen_program(database, args)
        summary = export_station_package(database.session_factory, program.id, args.out, passphrase)
    finally:
        database.dispose()
    print(
        f"Wrote the station package of {summary.program_code} ({summary.program_title}) to "
        f"{summary.path} ({_size(summary.size_bytes)}): {summary.counts.describe()}."
    )
    print(
        "Give the passphrase to the door staff separately from the file, then on their laptop: "
        f"sakura-desktop station-init --package {shlex.quote(summary.path.name)} --db PATH "
        "--passphrase-file F --station NAME"
    )
    return 0


def run_station_init(args: argparse.Namespace) -> int:
    from sakura_desktop.core.stations.package import init_station_from_package

    if args.db_url:
        return _load_into_server(args)
    if not args.station:
        raise UserError("Name this station with --station, for example --station 'Door 2'.")
    passphrase = read_passphrase(args.passphrase_file)
    summary = init_station_from_package(args.package, args.db, passphrase, args.station)
    print(
        f"Set up station {summary.station_name!r} for {summary.program_code} "
        f"({summary.program_title}) in {summary.db_path}: {summary.counts.describe()}."
    )
    checkpoint = summary.arrival_checkpoint or "ID_OR_NAME"
    command = [
        "sakura-desktop",
        "checkin",
        "--db",
        str(summary.db_path),
        "--checkpoint",
        checkpoint,
        "--station",
        summary.station_name,
    ]
    print(f"Next, scan badges with:\n  {shlex.join(command)}")
    return 0


def _load_into_server(args: argparse.Namespace) -> int:
    from sakura_desktop.core.stations.package import load_package_into_server

    passphrase = read_passphrase(args.passphrase_file)
    summary = load_package_into_server(args.package, args.db_url, passphrase)
    print(
        f"Loaded {summary.program_code} ({summary.program_title}) into {summary.server}: "
        f"{summary.counts.describe()}."
    )
    checkpoint = summary.arrival_checkpoint or "ID_OR_NAME"
    print(
        "Every station now runs on the server, e.g.:\n  "
        + shlex.join(["sakura-desktop", "--db-url", summary.server])
        + "\n  "
        + shlex.join(
            ["sakura-desktop", "checkin", "--db-url", summary.server, "--checkpoint", checkpoint]
        )
    )
    # The badge key stays on the laptop that loaded the server (db/badge_secrets.py).
    print(
        "Each other laptop first takes the badge key from this package, once:\n  "
        + shlex.join(
            [
                "sakura-desktop",
                "badge-key",
                str(args.package),
                "--passphrase-file",
                str(args.passphrase_file),
                "--db-url",
                summary.server,
            ]
        )
    )
    return 0
