"""File > Check the database…: the checks run in a worker thread and a dialog lists the problems."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from checkin_world import build_world
from gui_world import Boxes, record_boxes
from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot
from test_integrity import copy_event, event_of, raw

from sakura_desktop.core.demo import create_demo_database
from sakura_desktop.db.lifecycle import open_database
from sakura_desktop.settings import Settings
from sakura_desktop.tasks import ThreadedTaskRunner
from sakura_desktop.ui.dialogs.integrity_dialog import IntegrityDialog
from sakura_desktop.ui.shell.main_window import MainWindow
from sakura_desktop.ui.workspace import DatabaseTarget, Workspace

pytestmark = pytest.mark.gui

WAIT_MS = 20_000


@pytest.fixture(autouse=True)
def boxes(monkeypatch: pytest.MonkeyPatch) -> Boxes:
    return record_boxes(monkeypatch)


@pytest.fixture
def make_window(qtbot: QtBot) -> Iterator[Callable[[Path | None], MainWindow]]:
    windows: list[MainWindow] = []

    def make(path: Path | None) -> MainWindow:
        workspace = Workspace(Settings(), ThreadedTaskRunner())
        window = MainWindow(workspace, workspace.settings)
        qtbot.addWidget(window)
        windows.append(window)
        if path is not None:
            window.commands.open_target(DatabaseTarget(path=path))
            qtbot.waitUntil(lambda: workspace.programs_loaded, timeout=WAIT_MS)
        return window

    yield make
    for window in windows:
        window.close()
        window.workspace.close_database()


def _check(qtbot: QtBot, window: MainWindow) -> IntegrityDialog:
    window.menu_actions.check_database.trigger()
    qtbot.waitUntil(
        lambda: isinstance(window.commands.active_dialog, IntegrityDialog), timeout=WAIT_MS
    )
    dialog = window.commands.active_dialog
    assert isinstance(dialog, IntegrityDialog)
    return dialog


def test_the_menu_item_lists_each_problem_in_its_sentence(
    qtbot: QtBot, make_window: Callable[[Path | None], MainWindow], tmp_path: Path
) -> None:
    path = tmp_path / "damaged.db"
    db, _ = open_database(path=path, create=True)
    world = build_world(db)
    world.desk().scan(world.cp("Welcome lecture"), world.tokens["minji"])
    db.dispose()
    with raw(path) as conn:
        (stranger,) = conn.execute(
            "SELECT id FROM participants WHERE program_id = ?", (world.other_program_id,)
        ).fetchone()
        copy_event(conn, event_of(conn, world.people["minji"]), participant_id=stranger)
        conn.execute("UPDATE stations SET last_seq = 1")

    window = make_window(path)
    action = window.menu_actions.check_database
    assert action.text() == "&Check the database…"
    assert action in window.menuBar().actions()[0].menu().actions()  # in the File menu
    dialog = _check(qtbot, window)

    assert dialog.verdict.text().startswith("2 problems found: 2 programs, 9 participants")
    other, station = dialog.lines
    assert other.startswith("Problem: In SSP-TEST, the scan of Person Other")
    assert "the person belongs to OTHER-WEEK, not to SSP-TEST" in other
    assert station.startswith("Problem: Station Main door has numbered its scans up to 1")
    assert dialog.findings.isVisible()
    assert str(path) in dialog.where.text()

    dialog.copy_button.click()
    copied = QGuiApplication.clipboard().text()
    assert copied.splitlines()[0] == dialog.verdict.text()
    assert other in copied and station in copied


def test_a_healthy_database_says_so_and_lists_nothing(
    qtbot: QtBot, make_window: Callable[[Path | None], MainWindow], tmp_path: Path
) -> None:
    path = tmp_path / "demo.db"
    create_demo_database(path)
    dialog = _check(qtbot, make_window(path))
    assert dialog.verdict.text().startswith("No problems found: 1 program, 98 participants")
    assert dialog.lines == []
    assert not dialog.findings.isVisible()


def test_with_no_database_open_it_says_what_to_do(
    make_window: Callable[[Path | None], MainWindow], boxes: Boxes
) -> None:
    window = make_window(None)
    window.menu_actions.check_database.trigger()
    assert "Open a database first." in boxes.last
    assert window.commands.active_dialog is None
