"""Engines and sessions: SQLite with the pragmas we rely on, or any SQLAlchemy URL."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL, make_url
from sqlalchemy.orm import Session, sessionmaker

SQLITE_BUSY_TIMEOUT_MS = 10_000


def sqlite_url(path: Path | str) -> str:
    """The URL of a SQLite file, its path quoted: a '#', '?' or '%' in a name stays in the name."""
    absolute = str(Path(path).expanduser().resolve())
    return URL.create("sqlite", database=absolute).render_as_string(hide_password=False)


def sqlite_path(url: str) -> Path | None:
    """The file behind a SQLite URL, or None for other databases and in-memory SQLite."""
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or not parsed.database:
        return None
    if parsed.database == ":memory:":
        return None
    return Path(parsed.database)


def server_name(url: str) -> str | None:
    """The server a shared database lives on ("192.168.1.20"), or None for a SQLite file."""
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        return None
    return parsed.host or parsed.database or "local socket"


def url_display(url: str) -> str:
    """A URL as it may be shown to the user: the password hidden."""
    return make_url(url).render_as_string(hide_password=True)


def _set_sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    try:
        # WAL lets the check-in screen read while another thread writes; NORMAL is durable
        # across application crashes (only a power cut may lose the last commits).
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA synchronous=NORMAL")
        # A 32 MiB page cache (SQLite's default is 2 MiB, taken only as pages are read): writing
        # a roster's rows into the participants table and its indexes re-read index pages the
        # small cache had dropped; 30,000 rows took 5.0 s of CPU with it and 4.1 s without.
        cursor.execute("PRAGMA cache_size=-32768")
    finally:
        cursor.close()


def make_engine(url: str) -> Engine:
    # hide_parameters: an error's message (logged, shown) must not carry the row's bound values,
    # which are names, birth dates, e-mails and allergies.
    if make_url(url).get_backend_name() == "sqlite":
        engine = create_engine(
            url,
            connect_args={"timeout": SQLITE_BUSY_TIMEOUT_MS / 1000},
            hide_parameters=True,
        )
        event.listen(engine, "connect", _set_sqlite_pragmas)
        return engine
    return create_engine(url, pool_pre_ping=True, hide_parameters=True)


class Database:
    """An open database: its engine and a session factory.

    Each unit of work (and each thread) opens its own session with `session()` and closes it; no
    ORM object leaves the unit of work that loaded it.
    """

    def __init__(self, url: str, engine: Engine | None = None) -> None:
        self.url = url
        self.engine = engine if engine is not None else make_engine(url)
        self.session_factory: sessionmaker[Session] = sessionmaker(
            bind=self.engine, expire_on_commit=False
        )

    @property
    def path(self) -> Path | None:
        return sqlite_path(self.url)

    @property
    def display_name(self) -> str:
        path = self.path
        if path is not None:
            return str(path)
        return url_display(self.url)

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A session that commits when the block succeeds and rolls back when it raises."""
        session = self.session_factory()
        try:
            yield session
            session.commit()
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()

    def dispose(self) -> None:
        self.engine.dispose()


SessionFactory = sessionmaker[Session]
"""What core use cases take: call it (or `.begin()`) to open one session per unit of work."""
