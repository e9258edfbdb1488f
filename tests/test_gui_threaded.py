"""The whole window with the real threaded task runner, as a coordinator runs it.

The other GUI tests use the synchronous runner; this one proves that every screen loads its data
off the GUI thread and gets it back by signal, with no error box, and that a check-in and a print
preview work end to end through worker threads.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from gui_world import Boxes, record_boxes
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from sakura_desktop.core.checkin.checkpoints import ensure_checkpoints
from sakura_desktop.core.demo import create_demo_database
from sakura_desktop.core.programs import list_programs
from sakura_desktop.core.tokens import issue_missing_tokens
from sakura_desktop.db.lifecycle import open_database
from sakura_desktop.settings import Settings
from sakura_desktop.tasks import ThreadedTaskRunner
from sakura_desktop.ui.checkin.page import CheckinPage
from sakura_desktop.ui.participants.page import ParticipantsPage
from sakura_desktop.ui.print.page import PrintPage
from sakura_desktop.ui.schedule.page import SchedulePage
from sakura_desktop.ui.shell.main_window import MainWindow
from sakura_desktop.ui.workspace import DatabaseTarget, Workspace

pytestmark = pytest.mark.gui
WAIT_MS = 20_000


@pytest.fixture(autouse=True)
def boxes(monkeypatch: pytest.MonkeyPatch) -> Boxes:
    return record_boxes(monkeypatch)


@pytest.fixture
def demo_with_badges(tmp_path: Path) -> tuple[Path, str]:
    path = tmp_path / "demo.db"
    create_demo_database(path)
    database, _ = open_database(path=path)
    try:
        program = list_programs(database.session_factory)[0]
        ensure_checkpoints(database.session_factory, program.id)
        token = issue_missing_tokens(database.session_factory, program.id)[0].token
    finally:
        database.dispose()
    return path, token


@pytest.fixture
def window(qtbot: QtBot, demo_with_badges: tuple[Path, str]) -> Iterator[MainWindow]:
    workspace = Workspace(Settings(), ThreadedTaskRunner())
    main = MainWindow(workspace, workspace.settings)
    qtbot.addWidget(main)
    main.resize(1280, 800)
    main.show()
    main.commands.open_target(DatabaseTarget(path=demo_with_badges[0]))
    qtbot.waitUntil(lambda: workspace.program is not None, timeout=WAIT_MS)
    yield main
    main.close()  # stops the check-in camera thread and the page timers
    qtbot.wait(50)
    workspace.close_database()


def _show(window: MainWindow, key: str) -> None:
    window.navigator.setCurrentRow(window.navigator.keys.index(key))


def test_every_screen_loads_through_worker_threads(
    qtbot: QtBot, window: MainWindow, boxes: Boxes
) -> None:
    _show(window, "participants")
    participants = window.pages["participants"]
    assert isinstance(participants, ParticipantsPage)
    qtbot.waitUntil(lambda: participants.model.visible_count == 98, timeout=WAIT_MS)

    _show(window, "schedule")
    schedule = window.pages["schedule"]
    assert isinstance(schedule, SchedulePage)
    qtbot.waitUntil(lambda: len(schedule.view.sessions) == 58, timeout=WAIT_MS)
    assert len(schedule.view.placed) == 58

    _show(window, "print")
    printing = window.pages["print"]
    assert isinstance(printing, PrintPage)
    qtbot.waitUntil(lambda: printing.generate_button.isEnabled(), timeout=WAIT_MS)
    printing.generate_button.click()
    qtbot.waitUntil(lambda: printing.preview.page_count > 0, timeout=WAIT_MS)
    assert boxes.texts == []


def test_a_scan_round_trips_through_the_worker(
    qtbot: QtBot, window: MainWindow, demo_with_badges: tuple[Path, str], boxes: Boxes
) -> None:
    _show(window, "checkin")
    checkin = window.pages["checkin"]
    assert isinstance(checkin, CheckinPage)
    qtbot.waitUntil(lambda: checkin.checkpoint_combo.count() > 0, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: checkin.headcount_panel.expected > 0, timeout=WAIT_MS)
    present = checkin.headcount_panel.present
    checkin.input.setText(demo_with_badges[1])  # a manual paste, then Enter: still a check-in
    qtbot.keyClick(checkin.input, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: checkin.recent_model.rowCount() == 1, timeout=WAIT_MS)
    assert checkin.checkpoint_combo.currentText() == "Arrival"  # outside the week: arrival
    qtbot.waitUntil(lambda: checkin.headcount_panel.present == present + 1, timeout=WAIT_MS)
    assert checkin.result_panel.tone.name == "GREEN"
    assert boxes.texts == []
