"""`backup`, `backups` and `restore`: a database file's backups from the command line."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from sakura_desktop.cli.common import database_options, open_from_args
from sakura_desktop.errors import UserError
from sakura_desktop.paths import default_database_path

if TYPE_CHECKING:
    from sakura_desktop.core.backups import BackupDescription


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    backup = subparsers.add_parser(
        "backup",
        parents=[database_options()],
        help="back up a database file (a consistent copy, even while it is in use)",
        description="Copy the database with SQLite's online backup API, which gives a "
        "consistent copy even while stations write to it. With --out, into that new file; "
        "without, into the '<name>-backups' folder beside the database, where the newest "
        "backups are kept. A database on a server (--db-url) is backed up by its server "
        "(pg_dump).",
    )
    backup.add_argument("--out", metavar="FILE", type=Path, help="the new backup file")
    backup.set_defaults(handler=run_backup)

    listing = subparsers.add_parser(
        "backups",
        parents=[database_options()],
        help="list a database's backups with their time, reason and counts",
        description="List the backups in the '<name>-backups' folder beside the database, "
        "newest first: when and why each was taken, and how many programs, participants and "
        "scans it holds (read from the backup itself). A damaged one is named as such.",
    )
    listing.set_defaults(handler=run_list)

    restore = subparsers.add_parser(
        "restore",
        parents=[database_options()],
        help="replace a database's content by a backup (the current one is backed up first)",
        description="Check the backup (SQLite's integrity check, a Sakura Desktop schema this "
        "version can read) and refuse a damaged or foreign file, leaving it untouched; back up "
        "the current database into its backups folder; then replace its content by the "
        "backup's (upgrading it when it comes from an older version). Asks before replacing "
        "when run in a terminal; elsewhere (scripts, no terminal) --yes is required.",
    )
    restore.add_argument("file", metavar="FILE", type=Path, help="the backup to restore")
    restore.add_argument(
        "--yes", action="store_true", help="replace without asking (needed without a terminal)"
    )
    restore.set_defaults(handler=run_restore)


def _database_file(args: argparse.Namespace) -> Path:
    if args.db_url:
        from sakura_desktop.core.backups import describe_server

        raise UserError(describe_server(args.db_url))
    path: Path = args.db or default_database_path()
    return path


def run_backup(args: argparse.Namespace) -> int:
    from sakura_desktop.core.backups import take_backup, write_backup_to

    path = _database_file(args)
    open_from_args(args).dispose()  # refuses what is not ours, upgrades what is older
    made = write_backup_to(path, args.out) if args.out else take_backup(path, "manual")
    print(f"Backed up {path} to {made}.")
    return 0


def run_list(args: argparse.Namespace) -> int:
    from sakura_desktop.core.backups import describe_backups
    from sakura_desktop.db.lifecycle import backups_folder

    path = _database_file(args)
    described = describe_backups(path)
    if not described:
        print(f"No backups of {path} (in {backups_folder(path)}).")
        return 0
    for description in described:
        print(format_backup(description))
    return 0


def format_backup(description: BackupDescription) -> str:
    file = description.file
    counts = description.counts
    holds = counts.phrase() if counts is not None else f"CANNOT BE RESTORED: {description.problem}"
    return f"{file.taken_at:%Y-%m-%d %H:%M:%S}\t{file.reason}\t{holds}\t{file.path}"


def run_restore(args: argparse.Namespace) -> int:
    from sakura_desktop.core.backups_restore import check_backup, restore_backup

    path = _database_file(args)
    check_backup(args.file)  # a damaged or foreign file is refused before asking anything
    if not args.yes and not _confirmed(path, args.file):
        print("Nothing was restored.")
        return 1
    report = restore_backup(path, args.file)
    print(f"Restored {path} from {report.restored_from}: {report.counts.phrase()}.")
    if report.safety_backup is not None:
        print(f"The database as it was is kept in {report.safety_backup}.")
    if report.upgraded:
        print(
            f"The backup came from an older version (schema {report.revision_restored}) "
            "and was upgraded."
        )
    return 0


def _confirmed(path: Path, backup: Path) -> bool:
    if not sys.stdin.isatty():
        raise UserError(
            f"Restoring replaces the content of {path} by {backup}; add --yes to do it "
            "without a terminal to ask in. Nothing was changed."
        )
    answer = input(f"Replace the content of {path} by {backup}? [y/N] ")
    return answer.strip().lower() in {"y", "yes"}
