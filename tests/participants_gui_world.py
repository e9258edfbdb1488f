"""Helpers for the Participants screen's GUI tests: a workspace on a real database file, a small
roster imported through core, and message boxes recorded instead of shown."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from gui_world import Boxes, record_boxes
from roster_world import make_program, write_csv
from sqlalchemy import select

from sakura_desktop.core.roster import import_roster_file
from sakura_desktop.db.engine import Database
from sakura_desktop.db.lifecycle import open_database
from sakura_desktop.db.models import Participant
from sakura_desktop.settings import Settings
from sakura_desktop.tasks import SyncTaskRunner
from sakura_desktop.ui.workspace import DatabaseTarget, Workspace

DURING_WEEK = dt.datetime(2026, 7, 21, 1, 0, tzinfo=dt.UTC)

ROSTER = [
    ["ID", "Family name", "Given name", "Native name", "Country", "Gender", "Date of birth",
     "Role", "E-mail"],
    ["VN-1", "Nguyễn", "An", "Nguyễn An", "Vietnam", "F", "2008-01-02", "student",
     "an@example.vn"],
    ["VN-2", "Nguyễn", "Binh", "Nguyễn Bình", "Vietnam", "M", "2008-02-03", "student", ""],
    ["VN-3", "Tran", "Chi", "Trần Chi", "Vietnam", "F", "1980-03-04", "leader", ""],
    ["KR-1", "Kim", "Minjun", "김민준", "Korea", "M", "2008-01-15", "student", ""],
    ["KR-2", "Lee", "Seoyeon", "이서연", "Korea", "F", "2008-04-22", "student", ""],
    ["JP-1", "Yamada", "Taro", "山田 太郎", "Japan", "M", "2008-04-05", "student", ""],
    ["JP-2", "Sato", "Hanako", "佐藤 花子", "Japan", "F", "2008-05-06", "teacher", ""],
    ["TH-1", "Jaidee", "Somchai", "สมชาย ใจดี", "Thailand", "M", "2008-06-07", "student", ""],
]  # fmt: skip


@pytest.fixture
def boxes(monkeypatch: pytest.MonkeyPatch) -> Boxes:
    return record_boxes(monkeypatch)


@pytest.fixture
def roster_db(tmp_path: Path) -> Iterator[tuple[Path, int]]:
    """A database file with one program and the small roster above imported."""
    path = tmp_path / "week.db"
    database, _ = open_database(path=path, create=True)
    try:
        program = make_program(database)
        csv_path = write_csv(tmp_path / "roster.csv", ROSTER)
        summary = import_roster_file(database.session_factory, program.id, csv_path)
        assert summary.created == len(ROSTER) - 1, summary.lines()
    finally:
        database.dispose()
    yield path, program.id


@pytest.fixture
def workspace() -> Iterator[Workspace]:
    ws = Workspace(Settings(), SyncTaskRunner(), clock=lambda: DURING_WEEK)
    yield ws
    ws.close_database()


def open_in(workspace: Workspace, path: Path) -> Database:
    database, report = open_database(path=path)
    workspace.adopt(database, report, DatabaseTarget(path=path, remember=False))
    return database


def db_people(database: Database) -> dict[str, Participant]:
    """Participants by external id (detached copies to read)."""
    with database.session() as session:
        people = list(session.scalars(select(Participant)))
        session.expunge_all()
    return {p.external_id or str(p.id): p for p in people}
