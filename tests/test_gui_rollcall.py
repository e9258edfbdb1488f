"""The emergency roll call in the window: Ctrl+Shift+R, minors first, scanning, paper, closing,
and a roll call started at another station showing up here.

Tasks run with the SyncTaskRunner; message boxes are recorded instead of shown.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from gui_world import Boxes, record_boxes
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog
from pytestqt.qtbot import QtBot

from sakura_desktop.core.checkin.rollcall import get_roll_call, start_roll_call
from sakura_desktop.core.demo import create_demo_database
from sakura_desktop.core.tokens import issue_missing_tokens
from sakura_desktop.settings import Settings
from sakura_desktop.tasks import SyncTaskRunner
from sakura_desktop.ui.rollcall.window import RollCallWindow
from sakura_desktop.ui.shell.main_window import MainWindow
from sakura_desktop.ui.workspace import DatabaseTarget, Workspace

pytestmark = pytest.mark.gui

# Tue 14 Jul 2026, 10:00 in Tokyo: the second day of the demo week.
DURING_WEEK = dt.datetime(2026, 7, 14, 1, 0, tzinfo=dt.UTC)


@pytest.fixture(autouse=True)
def boxes(monkeypatch: pytest.MonkeyPatch) -> Boxes:
    return record_boxes(monkeypatch)


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path) -> Iterator[MainWindow]:
    path = tmp_path / "demo.db"
    create_demo_database(path)
    settings = Settings()
    settings.station_name = "Main door"
    workspace = Workspace(settings, SyncTaskRunner(), clock=lambda: DURING_WEEK)
    main = MainWindow(workspace, settings)
    qtbot.addWidget(main)
    main.commands.open_target(DatabaseTarget(path=path, remember=False))
    main.show()
    yield main
    for roll_call in main.roll_call.windows.values():
        roll_call.stop()
    workspace.close_database()


def _only_window(main: MainWindow) -> RollCallWindow:
    (window,) = main.roll_call.windows.values()
    return window


def test_ctrl_shift_r_starts_a_roll_call_with_minors_first(
    qtbot: QtBot, window: MainWindow
) -> None:
    qtbot.keyClick(
        window,
        Qt.Key.Key_R,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    roll_call = _only_window(window)
    assert roll_call.isVisible()
    assert roll_call.title.text().startswith("Roll call Tue 10:00 — started 10:00 at Main door")
    state = roll_call.state
    assert state is not None and state.accounted == 0
    # The laureate comes on Wednesday only: not on site on Tuesday, so not unaccounted for.
    assert state.expected == len(state.unaccounted) == 96
    model = roll_call.model
    column0 = [model.index(row, 0).data() for row in range(model.rowCount())]
    minors = [text for text in column0 if text.startswith("MINOR")]
    assert minors and column0[: len(minors)] == minors
    assert "unaccounted for 96" in roll_call.counts.text()
    assert f"({len(minors)} minors)" in roll_call.counts.text()
    leader_call = model.index(0, 5).data()
    assert "+81 90-" in leader_call


def test_scanning_in_the_window_accounts_for_people_and_the_list_prints(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    window.roll_call_action.trigger()
    roll_call = _only_window(window)
    first = roll_call.model.person_at(0).person
    factory = window.workspace.factory
    assert factory is not None and window.workspace.program is not None
    tokens = {
        t.participant_id: t.token
        for t in issue_missing_tokens(factory, window.workspace.program.id)
    }
    qtbot.keyClicks(roll_call.scan_field, tokens[first.participant_id])
    qtbot.keyClick(roll_call.scan_field, Qt.Key.Key_Return)
    assert "ACCEPTED" in roll_call.scan_result.text()
    assert roll_call.state is not None and roll_call.state.accounted == 1
    assert first.participant_id not in {
        roll_call.model.person_at(row).person.participant_id
        for row in range(roll_call.model.rowCount())
    }

    pdf = roll_call.save_pdf(tmp_path / "missing.pdf")
    # Qt writes words apart (tabs, new lines between cells): compare words.
    text = " ".join(" ".join(page.extract_text() for page in PdfReader(pdf).pages).split())
    assert "Unaccounted for: Roll call Tue 10:00" in text
    assert "unaccounted for 95" in text
    second = roll_call.model.person_at(0).person
    assert second.family_name in text and "MINOR" in text


def test_closing_asks_for_a_reason_while_people_are_missing(
    window: MainWindow, boxes: Boxes, monkeypatch: pytest.MonkeyPatch
) -> None:
    window.roll_call_action.trigger()
    roll_call = _only_window(window)
    answers = iter([("   ", True), ("Drill: the students are in the lecture hall", True)])
    monkeypatch.setattr(QInputDialog, "getMultiLineText", lambda *_a, **_k: next(answers))

    roll_call.ask_close()
    assert "96 people are still unaccounted for" in boxes.last
    assert roll_call.roll_call.is_open and roll_call.close_button.isEnabled()

    roll_call.ask_close()
    assert not roll_call.roll_call.is_open
    assert "closed at 10:00 by Main door (Drill: the students" in roll_call.title.text()
    assert not roll_call.close_button.isEnabled() and not roll_call.scan_field.isEnabled()


def test_a_roll_call_started_at_another_station_opens_here(window: MainWindow) -> None:
    factory = window.workspace.factory
    assert factory is not None and window.workspace.program is not None
    started = start_roll_call(
        factory,
        window.workspace.program.id,
        station_name="Door 2",
        now=lambda: DURING_WEEK + dt.timedelta(minutes=5),
    )
    window.roll_call.poll()  # the next tick of the poll timer
    roll_call = _only_window(window)
    assert roll_call.roll_call.checkpoint_id == started.checkpoint_id
    assert roll_call.notice.isVisibleTo(roll_call)
    assert roll_call.notice.text().startswith("Roll call started at Door 2 at 10:05")
    window.roll_call.poll()
    assert len(window.roll_call.windows) == 1  # told once, not at every poll
    assert get_roll_call(factory, started.checkpoint_id).is_open
