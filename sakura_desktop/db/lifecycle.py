"""Opening a database: refuse what we cannot read, back up, then upgrade to the newest schema.

Order matters. We look at the file read-only first, so that a database written by a newer
version (or a file that is not a database at all) is refused *before* anything touches it:
even switching SQLite to WAL mode rewrites the file header.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import re
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, inspect, select, text

from sakura_desktop import __version__
from sakura_desktop.core.i18n import translate
from sakura_desktop.db.badge_secrets import lock_database_secrets
from sakura_desktop.db.engine import Database, make_engine, sqlite_path, sqlite_url, url_display
from sakura_desktop.db.file_modes import make_database_private, make_private
from sakura_desktop.db.models import AppMetadata
from sakura_desktop.db.revisions import HEAD_REVISION, KNOWN_REVISIONS
from sakura_desktop.errors import DatabaseOpenError, NewerSchemaError

if TYPE_CHECKING:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

log = logging.getLogger(__name__)

MIGRATIONS_DIR = Path(__file__).parent / "migrations"
BACKUPS_KEPT = 10
SQLITE_HEADER = b"SQLite format 3\x00"
BACKUP_STAMP_FORMAT = "%Y%m%d-%H%M%S-%f"


@dataclass(frozen=True)
class OpenReport:
    revision_before: str | None
    revision_after: str
    backup: Path | None


def alembic_config() -> Config:
    from alembic.config import Config  # Alembic loads only to create or upgrade (revisions.py)

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


def script_directory() -> ScriptDirectory:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config())


def head_revision() -> str:
    return HEAD_REVISION


def known_revisions() -> set[str]:
    return set(KNOWN_REVISIONS)


def _beside(path: Path, suffix: str) -> Path:
    """A file SQLite keeps next to the database: `x.db-wal`, `x.db-shm`, `x.db-journal`."""
    return path.with_name(path.name + suffix)


def _read_only_uri(path: Path) -> str:
    """A URI that opens `path` read-only, quoted so '#', '?' and '%' stay part of the name."""
    return path.absolute().as_uri() + "?mode=ro"


def _untouched_uri(path: Path) -> str:
    """A URI that reads `path` without creating or writing anything beside it.

    With no `-wal` or `-journal` beside it holding anything, the file alone is the whole
    database: it is read as immutable, so SQLite creates no `-shm`/`-wal` (a refused file must be
    left exactly as it was, journals included). Otherwise the journal is honoured. Only for a
    look before opening: a backup of a live database must take SQLite's locks (`_read_only_uri`).
    """
    uri = _read_only_uri(path)
    return uri if _journal_holds_data(path) else uri + "&immutable=1"


def _journal_holds_data(path: Path) -> bool:
    for suffix in ("-wal", "-journal"):
        try:
            if _beside(path, suffix).stat().st_size > 0:
                return True
        except FileNotFoundError:
            pass
    return False


def _refuse_what_is_not_a_database(path: Path, *, create: bool) -> None:
    """Look at the first bytes ourselves: an empty or foreign file never reaches SQLite.

    An empty file becomes a database only where creating one was asked for (a new database or
    a station set up into a file claimed beforehand); opened as an existing database it is
    refused, since it holds no program and was probably never one.
    """
    try:
        with path.open("rb") as handle:
            header = handle.read(len(SQLITE_HEADER))
    except PermissionError as exc:
        raise DatabaseOpenError(
            translate(
                "DatabaseOpen",
                "{path} cannot be read by this user. Make it readable (or copy it to a folder of "
                "your own) and open it again; it was not changed.",
            ).format(path=path)
        ) from exc
    if not header:
        if not create and not _journal_holds_data(path):
            raise DatabaseOpenError(
                translate(
                    "DatabaseOpen",
                    "{path} is empty (0 bytes): it is not a Sakura Desktop database. To start a "
                    "new one, delete it or choose another name (File > New database, or "
                    "`sakura-desktop demo --db PATH`); it was not changed.",
                ).format(path=path)
            )
        return  # a database that another program is creating right now: SQLite will tell
    if header != SQLITE_HEADER:
        raise DatabaseOpenError(
            translate(
                "DatabaseOpen",
                "{path} is not a Sakura Desktop database (it is not a SQLite file at all). "
                "Choose another file; this one was not changed.",
            ).format(path=path)
        )


def _refuse_what_cannot_be_written(path: Path) -> None:
    """Check-in, imports and even opening write to the database: say so before SQLite fails.

    In WAL mode SQLite also creates `-wal` and `-shm` beside the file, so the folder must be
    writable too unless both already exist and are writable.
    """
    for file in (path, _beside(path, "-wal"), _beside(path, "-shm")):
        if file.exists() and not os.access(file, os.W_OK):
            if file == path:
                text = translate(
                    "DatabaseOpen",
                    "{path} is read-only: Sakura Desktop writes every check-in and change "
                    "into it. Make it writable or copy it to a folder you can write to and open "
                    "the copy; it was not changed.",
                )
            else:
                text = translate(
                    "DatabaseOpen",
                    "{path} is read-only (its journal {journal} is): Sakura Desktop writes "
                    "every check-in and change into it. Make it writable or copy it to a folder "
                    "you can write to and open the copy; it was not changed.",
                )
            raise DatabaseOpenError(text.format(path=path, journal=file.name))
    journals_ready = _beside(path, "-wal").exists() and _beside(path, "-shm").exists()
    if not journals_ready and not os.access(path.parent, os.W_OK | os.X_OK):
        raise DatabaseOpenError(
            translate(
                "DatabaseOpen",
                "{path} is in a folder this user cannot write to ({folder}): while the "
                "database is open SQLite keeps {name}-wal and {name}-shm beside it. Copy "
                "the database to a folder you can write to, or make this folder writable; it was "
                "not changed.",
            ).format(path=path, folder=path.parent, name=path.name)
        )


def _sqlite_revision_read_only(path: Path) -> tuple[str | None, bool]:
    """(alembic revision or None, whether the file holds any table), reading without writing."""
    try:
        conn = sqlite3.connect(_untouched_uri(path), uri=True)
    except sqlite3.Error as exc:
        _refuse_what_cannot_be_written(path)
        raise DatabaseOpenError(
            translate("DatabaseOpen", "Cannot open {path}: {reason}.").format(path=path, reason=exc)
        ) from exc
    try:
        tables = {
            row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
        }
        if "alembic_version" not in tables:
            return None, bool(tables)
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        return (row[0] if row else None), True
    except sqlite3.OperationalError as exc:
        _refuse_what_cannot_be_written(path)  # e.g. a live -wal in a read-only folder
        raise DatabaseOpenError(
            translate("DatabaseOpen", "Cannot read {path}: {reason}. It was not changed.").format(
                path=path, reason=exc
            )
        ) from exc
    except sqlite3.DatabaseError as exc:
        raise DatabaseOpenError(
            translate(
                "DatabaseOpen",
                "{path} is not a Sakura Desktop database (SQLite says: {reason}). "
                "Choose another file; this one was not changed.",
            ).format(path=path, reason=exc)
        ) from exc
    finally:
        conn.close()


def _engine_revision(engine: Engine) -> tuple[str | None, bool]:
    with engine.connect() as conn:
        tables = set(inspect(conn).get_table_names())
        revision = None
        if "alembic_version" in tables:
            revision = conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
    return revision, bool(tables)


def _check_revision(where: str, revision: str | None, has_tables: bool) -> None:
    if revision is None:
        if has_tables:
            raise DatabaseOpenError(
                translate(
                    "DatabaseOpen",
                    "{where} holds tables but is not a Sakura Desktop database. "
                    "Choose another file; this one was not changed.",
                ).format(where=where)
            )
        return
    if revision not in known_revisions():
        raise NewerSchemaError(
            translate(
                "DatabaseOpen",
                "{where} was written by a newer version of Sakura Desktop (schema {revision}; "
                "this is version {version}, schema {head}). "
                "Install the newer version to open it; the file was not changed.",
            ).format(where=where, revision=revision, version=__version__, head=head_revision())
        )


def backups_folder(path: Path) -> Path:
    """Where the backups of the database at `path` are kept: `<stem>-backups/` beside it."""
    return path.parent / f"{path.stem}-backups"


def make_backups_folder(path: Path) -> Path:
    """The backups folder of the database at `path`, created when missing.

    The one place that creates it: whatever a backups folder must be (private to this user)
    is decided here.
    """
    folder = backups_folder(path)
    folder.mkdir(mode=0o700, exist_ok=True)
    make_private(folder)  # one made by an older version (0755), or mkdir's mode under a umask
    return folder


def backup_file_name(path: Path, when: dt.datetime, reason: str) -> str:
    """`<stem>-<YYYYmmdd-HHMMSS-micro>-<reason><suffix>`: sorted by name is sorted by time."""
    tag = re.sub(r"[^a-z0-9]+", "-", reason.lower()).strip("-") or "backup"
    return f"{path.stem}-{when.strftime(BACKUP_STAMP_FORMAT)}-{tag}{path.suffix or '.db'}"


def backup_sqlite(path: Path, reason: str, keep: int = BACKUPS_KEPT) -> Path:
    """Back up a live SQLite database (WAL included) into `<stem>-backups/` next to it.

    Keeps the newest `keep` backups of this database (`keep=0`: remove none).
    """
    folder = make_backups_folder(path)
    target = folder / backup_file_name(path, dt.datetime.now(), reason)
    copy_live_sqlite(path, target)
    rotate_backups(path, keep)
    log.info("backed up %s to %s", path, target)
    return target


def copy_live_sqlite(path: Path, target: Path) -> None:
    """Copy the database at `path` into a new file `target` with SQLite's online backup API.

    The API gives a consistent copy even while another connection writes (a file copy of a live
    database may catch half a transaction or miss what is still in `-wal`). The copy is written
    under a hidden name and renamed when complete, so a crash never leaves half a backup under a
    backup's name; it is a self-contained file (rollback journal, no `-wal` to lose).
    """
    partial = target.with_name(f".{target.name}.part")
    # Created by us, readable by this user only, before SQLite writes anything into it.
    os.close(os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600))
    try:
        source = sqlite3.connect(_read_only_uri(path), uri=True)
        try:
            dest = sqlite3.connect(partial)
            try:
                source.backup(dest)
                dest.execute("PRAGMA journal_mode=DELETE")
            finally:
                dest.close()
        finally:
            source.close()
        os.replace(partial, target)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise


def backup_files(path: Path) -> list[Path]:
    """This database's backups in its backups folder, oldest first (by the time in the name)."""
    folder = backups_folder(path)
    if not folder.is_dir():
        return []
    pattern = re.compile(
        re.escape(path.stem) + r"-\d{8}-\d{6}-\d{6}-[a-z0-9-]+" + re.escape(path.suffix or ".db")
    )
    return sorted(file for file in folder.iterdir() if pattern.fullmatch(file.name))


def rotate_backups(path: Path, keep: int) -> list[Path]:
    """Remove all but the newest `keep` backups of this database (none when `keep` <= 0)."""
    backups = backup_files(path)
    removed = backups[:-keep] if keep > 0 else []
    for old in removed:
        old.unlink(missing_ok=True)
    return removed


def _record_metadata(database: Database) -> None:
    with database.session() as session:
        existing = {row.key: row for row in session.scalars(select(AppMetadata))}
        if "created_with" not in existing:
            session.add(AppMetadata(key="created_with", value=__version__))
        if "last_opened_with" in existing:
            existing["last_opened_with"].value = __version__
        else:
            session.add(AppMetadata(key="last_opened_with", value=__version__))


def upgrade(engine: Engine, revision: str = "head") -> None:
    from alembic import command

    config = alembic_config()
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, revision)


def open_database(
    url: str | None = None, *, path: Path | None = None, create: bool = False
) -> tuple[Database, OpenReport]:
    """Open (and when needed create, back up and upgrade) a database.

    Give either a SQLAlchemy `url` or a SQLite `path`. A missing SQLite file is created only
    when `create` is true.
    """
    if (url is None) == (path is None):
        raise ValueError("give exactly one of url and path")
    url = url if url is not None else sqlite_url(path)  # type: ignore[arg-type]
    file = sqlite_path(url)
    if file is not None:
        before = _inspect_sqlite_file(file, create=create)
        # Before SQLite opens it: the journals it creates take the database file's mode.
        make_database_private(file, backups_folder(file))
        engine = make_engine(url)
    else:
        engine, before = _connect_server(url)

    head = head_revision()
    backup = None
    if before is not None and before != head and file is not None:
        backup = _backup_before_upgrade(engine, file, before)
    if before != head:
        log.info("upgrading %s from %s to %s", url_display(url), before, head)
        upgrade(engine)
    database = Database(url, engine)
    _record_metadata(database)
    with database.session_factory() as session:
        lock_database_secrets(session)  # a database from before holds its badge secret plain
    if file is not None:
        make_database_private(file, backups_folder(file))  # a file SQLite has just created
    return database, OpenReport(before, head, backup)


def _inspect_sqlite_file(file: Path, *, create: bool) -> str | None:
    """The schema revision of a file we may open; refuse, leaving it untouched, otherwise."""
    if file.is_dir():
        raise DatabaseOpenError(
            translate("DatabaseOpen", "{path} is a folder, not a database file.").format(path=file)
        )
    if not file.exists():
        if not create:
            raise DatabaseOpenError(
                translate(
                    "DatabaseOpen",
                    "No database at {path}. Create one (File > New database, or "
                    "`sakura-desktop demo --db PATH`) or check the path.",
                ).format(path=file)
            )
        _make_room_for_new_file(file)
        return None
    _refuse_what_is_not_a_database(file, create=create)
    before, has_tables = _sqlite_revision_read_only(file)
    _check_revision(str(file), before, has_tables)
    _refuse_what_cannot_be_written(file)
    return before


def _make_room_for_new_file(file: Path) -> None:
    try:
        file.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise DatabaseOpenError(
            translate(
                "DatabaseOpen",
                "Cannot create {path}: the folder cannot be made ({reason}). "
                "Choose a folder you can write to.",
            ).format(path=file, reason=exc.strerror)
        ) from exc
    if not os.access(file.parent, os.W_OK | os.X_OK):
        raise DatabaseOpenError(
            translate(
                "DatabaseOpen",
                "Cannot create {path}: this user cannot write to the folder {folder}. "
                "Choose a folder you can write to.",
            ).format(path=file, folder=file.parent)
        )


def _connect_server(url: str) -> tuple[Engine, str | None]:
    try:
        engine = make_engine(url)
    except Exception as exc:  # unknown dialect, missing driver, malformed URL
        raise DatabaseOpenError(
            translate("DatabaseOpen", "Cannot connect to {url}: {reason}").format(
                url=url_display(url), reason=exc
            )
        ) from exc
    try:
        before, has_tables = _engine_revision(engine)
        _check_revision(url_display(url), before, has_tables)
    except DatabaseOpenError:
        engine.dispose()
        raise
    except Exception as exc:
        engine.dispose()
        raise DatabaseOpenError(
            translate("DatabaseOpen", "Cannot connect to {url}: {reason}").format(
                url=url_display(url), reason=exc
            )
        ) from exc
    return engine, before


def _backup_before_upgrade(engine: Engine, file: Path, before: str) -> Path:
    try:
        return backup_sqlite(file, f"before-upgrade-from-{before}")
    except (OSError, sqlite3.Error) as exc:
        engine.dispose()
        raise DatabaseOpenError(
            translate(
                "DatabaseOpen",
                "Cannot back up {path} before upgrading it ({reason}), so it was not upgraded and "
                "not changed. Free some disk space or copy it to a folder you can write to.",
            ).format(path=file, reason=exc)
        ) from exc


def current_revision(database: Database) -> str | None:
    return _engine_revision(database.engine)[0]
