"""File > Purge personal data…: the code must be typed, the purge runs in a worker, and the kept
statistics are shown; no name of the week is left in the database's files."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from gui_world import Boxes, record_boxes
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import select
from test_purge import _files_of, _found, _personal_strings

from sakura_desktop.core.demo import create_demo_database
from sakura_desktop.core.programs import ProgramDraft, create_program
from sakura_desktop.db.lifecycle import open_database
from sakura_desktop.db.models import Program
from sakura_desktop.settings import Settings
from sakura_desktop.tasks import SyncTaskRunner, ThreadedTaskRunner
from sakura_desktop.ui.dialogs.purge_dialog import PurgeDialog
from sakura_desktop.ui.shell.main_window import MainWindow
from sakura_desktop.ui.workspace import DatabaseTarget, Workspace

pytestmark = pytest.mark.gui

WAIT_MS = 30_000


@pytest.fixture(autouse=True)
def boxes(monkeypatch: pytest.MonkeyPatch) -> Boxes:
    return record_boxes(monkeypatch)


@pytest.fixture
def demo(tmp_path: Path) -> tuple[Path, str, set[str]]:
    path = tmp_path / "week.db"
    create_demo_database(path)
    database, _ = open_database(path=path)
    try:
        with database.session() as session:
            code = session.scalars(select(Program.code)).one()
        personal = _personal_strings(database)
    finally:
        database.dispose()
    return path, code, personal


@pytest.fixture
def window(qtbot: QtBot, demo: tuple[Path, str, set[str]]) -> Iterator[MainWindow]:
    workspace = Workspace(Settings(), ThreadedTaskRunner())
    main = MainWindow(workspace, workspace.settings)
    qtbot.addWidget(main)
    main.commands.open_target(DatabaseTarget(path=demo[0]))
    qtbot.waitUntil(lambda: workspace.program is not None, timeout=WAIT_MS)
    yield main
    main.close()
    workspace.close_database()


def test_purge_from_the_menu_needs_the_typed_code_and_shows_the_statistics(
    qtbot: QtBot, window: MainWindow, demo: tuple[Path, str, set[str]]
) -> None:
    path, code, personal = demo
    window.menu_actions.purge_personal_data.trigger()
    qtbot.waitUntil(lambda: isinstance(window.commands.active_dialog, PurgeDialog), timeout=WAIT_MS)
    dialog = window.commands.active_dialog
    assert isinstance(dialog, PurgeDialog)
    explained = dialog.explanation.text()
    for lost in ("date of birth", "allergies", "every backup", "cannot be undone"):
        assert lost in explained
    assert "The week is not over" not in explained  # the demo week of July 2026 is over
    assert not dialog.purge_button.isEnabled()
    qtbot.keyClicks(dialog.confirm, code[:-1])
    assert not dialog.purge_button.isEnabled()  # almost is not enough
    qtbot.keyClicks(dialog.confirm, code[-1])
    assert dialog.purge_button.isEnabled()

    qtbot.mouseClick(dialog.purge_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=WAIT_MS)
    assert "was purged" in dialog.explanation.text()
    shown = dialog.statistics.toPlainText()
    assert "By country" in shown and "By age band" in shown and dialog.statistics.isVisible()
    window.workspace.close_database()
    assert _found(personal, _files_of(path)) == {}


def test_the_dialog_warns_when_the_week_is_not_over(qtbot: QtBot, tmp_path: Path) -> None:
    database, _ = open_database(path=tmp_path / "next.db", create=True)
    try:
        today = dt.date.today()
        draft = ProgramDraft("NEXT", "Next week", today, today + dt.timedelta(days=5))
        program = create_program(database.session_factory, draft)
        workspace = Workspace(Settings(), SyncTaskRunner())
        dialog = PurgeDialog(workspace, database, program, None)
        qtbot.addWidget(dialog)
        assert "The week is not over" in dialog.explanation.text()
        qtbot.keyClicks(dialog.confirm, "next")  # the code, but in the wrong case
        assert not dialog.purge_button.isEnabled()
    finally:
        database.dispose()
