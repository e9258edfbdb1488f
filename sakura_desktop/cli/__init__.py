"""The `sakura-desktop` command: the GUI when given no subcommand, the same use cases headless.

Exit codes: 0 success; 1 a user error (one line on stderr says what and what to do); 2 wrong
usage (argparse); 3 an unexpected internal error (details in the log file); 130 interrupted.
Each feature area registers its subcommands from its own module.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Sequence

from sakura_desktop import APP_ID, __version__
from sakura_desktop.cli import (
    backups,
    badge_key,
    basics,
    checkin,
    history,
    integrity,
    printing,
    purge,
    reports,
    rollcall,
    roster,
    schedule,
    stations,
    survey,
    sync,
)
from sakura_desktop.cli.common import database_options, fill_database_defaults
from sakura_desktop.errors import UserError

log = logging.getLogger(__name__)

FEATURE_MODULES = [
    basics,
    roster,
    schedule,
    checkin,
    rollcall,
    printing,
    stations,
    badge_key,
    sync,
    integrity,
    backups,
    survey,
    history,
    purge,
    reports,
]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=APP_ID,
        parents=[database_options()],
        description="Run a science exchange week offline: people, schedule, check-in, printing. "
        "With no command, opens the desktop application.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument(
        "--demo",
        action="store_true",
        help="open the application on a fresh demo database in a temporary folder",
    )
    parser.add_argument(
        "--selftest",
        action="store_true",
        help="check this installation headless (print badges in every script, read their QR "
        "codes back) and exit: 0 when it works",
    )
    parser.add_argument("-v", "--verbose", action="store_true", help="log debug details")
    subparsers = parser.add_subparsers(title="commands", metavar="COMMAND")
    for module in FEATURE_MODULES:
        module.register(subparsers)
    return parser


def _run_gui(args: argparse.Namespace) -> int:
    # Imported here so that headless commands never load Qt.
    from sakura_desktop.app import run_gui

    return run_gui(database_path=args.db, db_url=args.db_url, demo=args.demo)


def main(argv: Sequence[str] | None = None) -> int:
    from sakura_desktop.db.file_modes import use_private_umask

    use_private_umask()  # every file this process writes is readable by the user only (POSIX)
    args = build_parser().parse_args(argv)
    fill_database_defaults(args)
    from sakura_desktop.logging_setup import configure_logging  # after parsing: --help is quick

    log_file = configure_logging(verbose=args.verbose)
    handler = getattr(args, "handler", None)
    try:
        if args.selftest:
            from sakura_desktop.selftest import run_selftest  # Qt, ReportLab: only when asked

            return run_selftest()
        if handler is None:
            return _run_gui(args)
        result: int = handler(args)
        sys.stdout.flush()  # a closed pipe shows here, inside the handling below
        return result
    except UserError as exc:
        print(f"{APP_ID}: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print(f"{APP_ID}: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # The reader went away (`sakura-desktop headcount ... | head`): not an error of ours.
        # Point stdout at devnull so the interpreter's final flush does not complain again.
        # A handler whose exit status carries meaning (`conflicts`: 1 when there is any) sets
        # `args.exit_status` before writing; that status stands.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return int(getattr(args, "exit_status", 0))
    except Exception as exc:
        log.exception("unexpected error")
        where = f" Details are in {log_file}." if log_file else ""
        print(f"{APP_ID}: unexpected error: {exc!r}.{where}", file=sys.stderr)
        return 3
