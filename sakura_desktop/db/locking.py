"""Write transactions that no other station can interleave with, on SQLite and PostgreSQL.

A check-in decision reads a person's standing and writes the event that changes it; if another
process may write between the read and the write, two doors admit the same person. So the
decision and its record share one transaction that holds a lock from its first statement:

* SQLite: `BEGIN IMMEDIATE` takes the database's write lock before anything is read (every other
  writer waits in SQLite's busy handler; readers go on under WAL).
* PostgreSQL: rows are locked, not the database: `lock_standing` takes a transaction-scoped
  advisory lock on one (checkpoint, person) pair, and a station's sequence counter is a row
  updated in place (the row lock orders its events).

A lost race on busy is retried within a time budget; only after the budget does the caller see a
`DatabaseBusyError` with a sentence, never "database is locked".
"""

from __future__ import annotations

import random
import sqlite3
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any, TypeVar

from sqlalchemy import Connection, Engine, event, text
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session

from sakura_desktop.core.i18n import QT_TRANSLATE_NOOP, translate
from sakura_desktop.db.engine import SQLITE_BUSY_TIMEOUT_MS, SessionFactory
from sakura_desktop.errors import UserError

T = TypeVar("T")

IMMEDIATE_OPTION = "sakura_sqlite_immediate"
DEFAULT_BUDGET_S = 8.0
_RETRY_PAUSE_S = 0.005
# PostgreSQL: deadlock_detected, serialization_failure, lock_not_available.
_PG_RETRY_CODES = {"40P01", "40001", "55P03"}


class DatabaseBusyError(UserError):
    """Another station held the database for longer than the operation could wait."""


def _begin_immediate(conn: Connection) -> None:
    """BEGIN IMMEDIATE, retried every millisecond or so instead of through SQLite's busy handler.

    The busy handler sleeps 1, 2, 5, 10 ... 100 ms between tries, so a waiting door keeps
    missing the moments the lock is free while the others take it again (p99 of 450 ms with
    three stations scanning flat out); short, jittered tries keep every door's wait near the
    length of one scan.
    """
    if not conn.get_execution_options().get(IMMEDIATE_OPTION):
        return
    raw = conn.connection.dbapi_connection
    assert raw is not None
    deadline = time.monotonic() + DEFAULT_BUDGET_S
    raw.execute("PRAGMA busy_timeout = 0")
    try:
        while True:
            try:
                raw.execute("BEGIN IMMEDIATE")
                return
            except sqlite3.OperationalError as exc:
                if not _busy_message(str(exc)) or time.monotonic() >= deadline:
                    raise
                time.sleep(random.uniform(0.0003, 0.0015))
    finally:
        raw.execute(f"PRAGMA busy_timeout = {SQLITE_BUSY_TIMEOUT_MS}")


def _busy_message(message: str) -> bool:
    message = message.lower()
    return "database is locked" in message or "database is busy" in message


def install_sqlite_immediate(engine: Engine) -> None:
    """Let sessions opened by `write_session` begin with BEGIN IMMEDIATE on this engine.

    Other transactions keep the driver's default (deferred) behaviour.
    """
    if not event.contains(engine, "begin", _begin_immediate):
        event.listen(engine, "begin", _begin_immediate)


_IMMEDIATE_ATTRIBUTE = "_sakura_immediate_engine"


def _immediate_bind(bind: Any) -> Engine:
    """The engine's BEGIN IMMEDIATE twin, made once and kept on the engine (a scan should not
    build one on every transaction; it goes when the engine goes)."""
    engine: Engine = bind if isinstance(bind, Engine) else bind.engine
    immediate: Engine | None = getattr(engine, _IMMEDIATE_ATTRIBUTE, None)
    if immediate is None:
        install_sqlite_immediate(engine)
        immediate = engine.execution_options(**{IMMEDIATE_OPTION: True})
        setattr(engine, _IMMEDIATE_ATTRIBUTE, immediate)
    return immediate


def _bind(factory: SessionFactory) -> Any:
    bind = factory.kw.get("bind")
    if bind is None:
        raise ValueError("the session factory has no engine bound")
    return bind


@contextmanager
def write_session(factory: SessionFactory) -> Iterator[Session]:
    """One write transaction that holds the write lock from its first statement (SQLite), or
    an ordinary transaction where rows are locked explicitly (PostgreSQL). Commits on success."""
    bind = _bind(factory)
    if bind.dialect.name == "sqlite":
        bind = _immediate_bind(bind)
    session = Session(bind=bind, expire_on_commit=False)
    try:
        with session.begin():
            yield session
    finally:
        session.close()


def lock_standing(session: Session, checkpoint_id: int, participant_id: int) -> None:
    """Hold, until the transaction ends, the right to decide on this person at this checkpoint.

    SQLite already holds the whole database (BEGIN IMMEDIATE); PostgreSQL takes an advisory lock
    keyed by the pair, so scans of other people never wait for each other.
    """
    if session.get_bind().dialect.name == "postgresql":
        session.execute(
            text("SELECT pg_advisory_xact_lock(:checkpoint, :participant)"),
            {"checkpoint": checkpoint_id, "participant": participant_id},
        )


def _retryable(exc: OperationalError) -> bool:
    code = getattr(exc.orig, "sqlstate", None) or getattr(exc.orig, "pgcode", None)
    if code in _PG_RETRY_CODES:
        return True
    return _busy_message(str(exc.orig))


# What callers say they could not do; marked here so the sentence above reads whole in Japanese.
BUSY_ACTIONS = (
    QT_TRANSLATE_NOOP("DatabaseBusy", "record this"),
    QT_TRANSLATE_NOOP("DatabaseBusy", "record the scan"),
    QT_TRANSLATE_NOOP("DatabaseBusy", "record the check-in"),
    QT_TRANSLATE_NOOP("DatabaseBusy", "undo the scan"),
    QT_TRANSLATE_NOOP("DatabaseBusy", "start the roll call"),
    QT_TRANSLATE_NOOP("DatabaseBusy", "close the roll call"),
)


def run_locked(
    factory: SessionFactory,
    work: Callable[[Session], T],
    *,
    budget_s: float = DEFAULT_BUDGET_S,
    what: str = "record this",
) -> T:
    """Run `work` in one `write_session`, retried while the database is busy, within a budget."""
    deadline = time.monotonic() + budget_s
    while True:
        try:
            with write_session(factory) as session:
                return work(session)
        except OperationalError as exc:
            if not _retryable(exc):
                raise
            if time.monotonic() >= deadline:
                raise DatabaseBusyError(
                    translate(
                        "DatabaseBusy",
                        "Could not {action}: another station kept the database busy for "
                        "{seconds} s. Try again; if it keeps happening, check that no other "
                        "program holds the database open.",
                    ).format(action=translate("DatabaseBusy", what), seconds=f"{budget_s:.0f}")
                ) from exc
            time.sleep(_RETRY_PAUSE_S)
