"""Every control of every screen can be reached from the keyboard (issue 14: any screen).

A control either takes the focus with Tab, or has a key: a mnemonic or shortcut of its own, or,
on the Check-in screen (where the scan field keeps the focus for the USB scanner), a screen key
from ui/checkin/keys.py. Real keystrokes through qtbot work the Check-in screen's controls.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from gui_world import Boxes, record_boxes
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from sakura_desktop.core.demo import create_demo_database
from sakura_desktop.settings import Settings
from sakura_desktop.tasks import SyncTaskRunner
from sakura_desktop.ui.checkin.keys import CHECKIN_KEYS
from sakura_desktop.ui.dialogs.help import screen_shortcuts
from sakura_desktop.ui.shell.main_window import MainWindow
from sakura_desktop.ui.shell.navigation import SCREENS
from sakura_desktop.ui.workspace import DatabaseTarget, Workspace

pytestmark = pytest.mark.gui

TUESDAY = dt.datetime(2026, 7, 14, 1, 0, tzinfo=dt.UTC)
CONTROLS = (QAbstractButton, QComboBox, QLineEdit, QAbstractItemView, QAbstractSpinBox)
# Read-only tables beside the scan field: what they show is also exported and printed by key.
READ_ONLY_ON_CHECKIN = {"missingTable", "recentScans", "searchResults"}


@pytest.fixture(autouse=True)
def boxes(monkeypatch: pytest.MonkeyPatch) -> Boxes:
    return record_boxes(monkeypatch)


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path) -> Iterator[MainWindow]:
    demo = tmp_path / "demo.db"
    create_demo_database(demo)
    settings = Settings()
    workspace = Workspace(settings, SyncTaskRunner(), clock=lambda: TUESDAY)
    main = MainWindow(workspace, settings)
    qtbot.addWidget(main)
    main.resize(1280, 720)
    main.show()
    qtbot.waitExposed(main)
    main.commands.open_target(DatabaseTarget(path=demo))
    yield main
    workspace.close_database()


def _keyed_controls(page: QWidget) -> set[int]:
    """The controls the Check-in screen's keys work (by identity)."""
    found = set()
    for key in CHECKIN_KEYS:
        if key.control == "direction":
            found |= {id(page.entry_button), id(page.exit_button)}  # type: ignore[attr-defined]
            continue
        target: object = page
        for name in key.control.split("."):
            target = getattr(target, name)
        found.add(id(target))
    return found


def _unreachable(key: str, page: QWidget) -> list[str]:
    keyed = _keyed_controls(page) if key == "checkin" else set()
    problems = []
    for control in page.findChildren(QWidget):
        if not isinstance(control, CONTROLS) or isinstance(control, QHeaderView):
            continue
        if not (control.isVisible() and control.isEnabled()):
            continue
        if control.focusPolicy() & Qt.FocusPolicy.TabFocus or id(control) in keyed:
            continue
        if isinstance(control, QAbstractButton) and (
            "&" in control.text().replace("&&", "") or not control.shortcut().isEmpty()
        ):
            continue
        if key == "checkin" and control.objectName() in READ_ONLY_ON_CHECKIN:
            continue
        problems.append(f"{key}: {type(control).__name__} {control.objectName()!r}")
    return problems


def test_every_control_of_every_screen_is_reachable_by_keyboard(
    qtbot: QtBot, window: MainWindow
) -> None:
    problems = []
    for screen in SCREENS:
        window.navigator.show_screen(screen.key)
        qtbot.wait(50)
        problems += _unreachable(screen.key, window.pages[screen.key])
    assert problems == []


def test_the_check_in_keys_work_the_controls(qtbot: QtBot, window: MainWindow) -> None:
    window.navigator.show_screen("checkin")
    page = window.pages["checkin"]
    qtbot.waitUntil(lambda: page.input.hasFocus(), timeout=3000)

    qtbot.keyClick(page.input, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)
    assert page.mute_button.isChecked() and page.sounds.muted
    qtbot.keyClick(page.input, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)
    assert not page.mute_button.isChecked()

    qtbot.keyClick(
        page.input,
        Qt.Key.Key_O,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert page.operator_edit.hasFocus()
    page.refocus()

    qtbot.keyClick(page.input, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    popup = page.checkpoint_combo.view()
    qtbot.waitUntil(popup.isVisible, timeout=3000)
    page.checkpoint_combo.hidePopup()

    # The tooltips name the keys.
    assert "(Ctrl+M)" in page.mute_button.toolTip()
    assert "Who is scanning" in page.operator_edit.toolTip()  # what it said is kept
    assert "(Ctrl+E)" in page.entry_button.toolTip()


def test_help_lists_the_check_in_keys() -> None:
    listed = {shortcut.keys for shortcut in screen_shortcuts()}
    assert {"Ctrl+K", "Ctrl+E", "Ctrl+M", "Ctrl+P"} <= listed
