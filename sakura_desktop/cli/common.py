"""What every subcommand shares: where the database is, which program, and error handling.

The command modules import only argparse and this module at their top; everything a command
uses (SQLAlchemy, Alembic, openpyxl, ReportLab, the core use cases) is imported inside the
function that runs it, so that `--version`, `--help` and a mistyped argument answer at once.
"""

from __future__ import annotations

import argparse
import contextlib
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from sakura_desktop.errors import UserError
from sakura_desktop.paths import default_database_path

if TYPE_CHECKING:
    from sakura_desktop.core.programs import ProgramSummary
    from sakura_desktop.db.engine import Database

Handler = Callable[[argparse.Namespace], int]


DATABASE_OPTIONS = ("db", "db_url", "program")


def database_options() -> argparse.ArgumentParser:
    """--db / --db-url / --program, added to every subcommand through `parents=`.

    They are accepted before or after the command (`sakura-desktop --db x.db info` and
    `sakura-desktop info --db x.db`). Their defaults are suppressed so that a subcommand's parser
    does not overwrite a value given before it; `fill_database_defaults` sets what is missing.
    """
    parent = argparse.ArgumentParser(add_help=False, argument_default=argparse.SUPPRESS)
    where = parent.add_argument_group("database")
    exclusive = where.add_mutually_exclusive_group()
    exclusive.add_argument(
        "--db",
        metavar="PATH",
        type=Path,
        help=f"SQLite database file (default: {default_database_path()})",
    )
    exclusive.add_argument(
        "--db-url",
        metavar="URL",
        help="any SQLAlchemy URL instead of a file, e.g. postgresql+psycopg://host/sakura",
    )
    where.add_argument(
        "--program",
        metavar="ID_OR_CODE",
        help="the program to work on (default: the only program in the database)",
    )
    return parent


def fill_database_defaults(args: argparse.Namespace) -> None:
    for name in DATABASE_OPTIONS:
        if not hasattr(args, name):
            setattr(args, name, None)


def open_from_args(args: argparse.Namespace, *, create: bool = False) -> Database:
    from sakura_desktop.db.lifecycle import open_database

    if args.db_url:
        database, _ = open_database(args.db_url, create=create)
    else:
        database, _ = open_database(path=args.db or default_database_path(), create=create)
    return database


def chosen_program(database: Database, args: argparse.Namespace) -> ProgramSummary:
    from sakura_desktop.core.programs import resolve_program

    return resolve_program(database.session_factory, args.program)


def mapping_choices(text: str | None) -> dict[str, str | None] | None:
    """`--mapping`: inline JSON or a .json file naming which column holds which field."""
    from sakura_desktop.core.roster.mapping import parse_mapping_json

    if text is None:
        return None
    candidate = Path(text)
    if candidate.suffix.lower() == ".json":
        try:
            text = candidate.read_text(encoding="utf-8-sig")
        except OSError as exc:
            raise UserError(f"Cannot read the mapping file {candidate}: {exc.strerror}.") from exc
    return parse_mapping_json(text)


@contextlib.contextmanager
def importing_file(args: argparse.Namespace) -> Iterator[tuple[Database, ProgramSummary]]:
    """The open database and chosen program for a file import (roster, survey answers): when
    the file's encoding is uncertain, each candidate reading is shown before the error; the
    database is closed however the import ends. The backup is the import's to take
    (`backing_up`), once the file passed its checks and is about to be written."""
    from sakura_desktop.core.roster.errors import EncodingUncertainError

    database = open_from_args(args)
    try:
        program = chosen_program(database, args)
        yield database, program
    except EncodingUncertainError as exc:
        for candidate in exc.candidates:
            print(f"--- read as {candidate.encoding}:\n{candidate.sample}")
        raise
    finally:
        database.dispose()


def backing_up(database: Database, reason: str) -> Callable[[], None]:
    """The `before_write` hook of an import: back the database up (`reason`: "import" ...).

    Taken only when the import is about to write, not before the file is read: a refused file
    or a dry run would otherwise push a good backup out of the few that are kept."""
    from sakura_desktop.core.backups import backup_before

    def backup() -> None:
        backup_before(database, reason)

    return backup
