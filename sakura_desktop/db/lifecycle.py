"""Opening a database: refuse what we cannot read, back up, then upgrade to the newest schema.

Order matters. We look at the file read-only first, so that a database written by a newer
version (or a file that is not a database at all) is refused *before* anything touches it:
even switching SQLite to WAL mode rewrites the file header.
"""

from __future__ import annotations

import datetime as dt
import logging
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, inspect, select

from sakura_desktop import __version__
from sakura_desktop.db.engine import Database, make_engine, sqlite_path, sqlite_url, url_display
from sakura_desktop.db.models import AppMetadata
from sakura_desktop.errors import DatabaseOpenError, NewerSchemaError

log = logging.getLogger(__name__)

MIGRATIONS_DIR = Path(__file__).parent / "migrations"
BACKUPS_KEPT = 10


@dataclass(frozen=True)
class OpenReport:
    revision_before: str | None
    revision_after: str
    backup: Path | None


def alembic_config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


def script_directory() -> ScriptDirectory:
    return ScriptDirectory.from_config(alembic_config())


def head_revision() -> str:
    head = script_directory().get_current_head()
    assert head is not None, "the package ships no migrations"
    return head


def known_revisions() -> set[str]:
    return {rev.revision for rev in script_directory().walk_revisions()}


def _sqlite_revision_read_only(path: Path) -> tuple[str | None, bool]:
    """(alembic revision or None, whether the file holds any table), reading without writing."""
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    except sqlite3.Error as exc:
        raise DatabaseOpenError(f"Cannot open {path}: {exc}.") from exc
    try:
        tables = {
            row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
        }
        if "alembic_version" not in tables:
            return None, bool(tables)
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        return (row[0] if row else None), True
    except sqlite3.DatabaseError as exc:
        raise DatabaseOpenError(
            f"{path} is not a Sakura Desktop database (SQLite says: {exc}). "
            "Choose another file; this one was not changed."
        ) from exc
    finally:
        conn.close()


def _engine_revision(engine: Engine) -> tuple[str | None, bool]:
    with engine.connect() as conn:
        tables = set(inspect(conn).get_table_names())
        revision = MigrationContext.configure(conn).get_current_revision()
    return revision, bool(tables)


def _check_revision(where: str, revision: str | None, has_tables: bool) -> None:
    if revision is None:
        if has_tables:
            raise DatabaseOpenError(
                f"{where} holds tables but is not a Sakura Desktop database. "
                "Choose another file; this one was not changed."
            )
        return
    if revision not in known_revisions():
        raise NewerSchemaError(
            f"{where} was written by a newer version of Sakura Desktop (schema {revision}; "
            f"this is version {__version__}, schema {head_revision()}). "
            "Install the newer version to open it; the file was not changed."
        )


def backup_sqlite(path: Path, reason: str, keep: int = BACKUPS_KEPT) -> Path:
    """Copy a live SQLite database (WAL included) into `<name>-backups/` next to it.

    Uses SQLite's online backup API, which gives a consistent copy even while another
    connection writes. Keeps the newest `keep` backups of this database.
    """
    folder = path.parent / f"{path.stem}-backups"
    folder.mkdir(exist_ok=True)
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    target = folder / f"{path.stem}-{stamp}-{reason}{path.suffix or '.db'}"
    source = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        dest = sqlite3.connect(target)
        try:
            source.backup(dest)
        finally:
            dest.close()
    finally:
        source.close()
    backups = sorted(folder.glob(f"{path.stem}-*{path.suffix or '.db'}"))
    for old in backups[:-keep] if keep > 0 else []:
        old.unlink()
    log.info("backed up %s to %s", path, target)
    return target


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
        if file.is_dir():
            raise DatabaseOpenError(f"{file} is a folder, not a database file.")
        if not file.exists() and not create:
            raise DatabaseOpenError(
                f"No database at {file}. Create one (File > New database, or "
                "`sakura-desktop demo --db PATH`) or check the path."
            )
        if file.exists():
            before, has_tables = _sqlite_revision_read_only(file)
        else:
            file.parent.mkdir(parents=True, exist_ok=True)
            before, has_tables = None, False
        _check_revision(str(file), before, has_tables)
        engine = make_engine(url)
    else:
        try:
            engine = make_engine(url)
        except Exception as exc:  # unknown dialect, missing driver, malformed URL
            raise DatabaseOpenError(f"Cannot connect to {url_display(url)}: {exc}") from exc
        try:
            before, has_tables = _engine_revision(engine)
            _check_revision(url_display(url), before, has_tables)
        except DatabaseOpenError:
            engine.dispose()
            raise
        except Exception as exc:
            engine.dispose()
            raise DatabaseOpenError(f"Cannot connect to {url_display(url)}: {exc}") from exc

    head = head_revision()
    backup = None
    if before is not None and before != head and file is not None:
        backup = backup_sqlite(file, f"before-upgrade-from-{before}")
    if before != head:
        log.info("upgrading %s from %s to %s", url, before, head)
        upgrade(engine)
    database = Database(url, engine)
    _record_metadata(database)
    return database, OpenReport(before, head, backup)


def current_revision(database: Database) -> str | None:
    return _engine_revision(database.engine)[0]
