"""File > Restore from a backup…, File > Back up now, the automatic backups and their setting."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from backup_world import DemoWeek, build_demo_week, copy_week
from gui_world import Boxes, record_boxes
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from sakura_desktop.core.backups import list_backups, take_backup
from sakura_desktop.core.checkin.desk import CheckinDesk
from sakura_desktop.db.lifecycle import open_database
from sakura_desktop.settings import Settings
from sakura_desktop.tasks import ThreadedTaskRunner
from sakura_desktop.ui.dialogs.restore_dialog import RestoreDialog
from sakura_desktop.ui.dialogs.settings_dialog import SettingsDialog
from sakura_desktop.ui.print.page import PrintPage
from sakura_desktop.ui.shell.main_window import MainWindow
from sakura_desktop.ui.workspace import DatabaseTarget, Workspace

pytestmark = pytest.mark.gui

WAIT_MS = 20_000


@pytest.fixture(autouse=True)
def boxes(monkeypatch: pytest.MonkeyPatch) -> Boxes:
    return record_boxes(monkeypatch)


@pytest.fixture(scope="module")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> DemoWeek:
    return build_demo_week(tmp_path_factory.mktemp("template") / "template.db")


@pytest.fixture
def week(demo_template: DemoWeek, tmp_path: Path) -> DemoWeek:
    return copy_week(demo_template, tmp_path / "week.db")


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
            qtbot.waitUntil(lambda: not window.commands.backups.running, timeout=WAIT_MS)
        return window

    yield make
    for window in windows:
        window.close()
        window.workspace.runner.shutdown()
        window.workspace.close_database()


def participants(path: Path) -> int:
    conn = sqlite3.connect(path)
    try:
        return int(conn.execute("SELECT count(*) FROM participants").fetchone()[0])
    finally:
        conn.close()


def print_people(window: MainWindow) -> int:
    page = window.pages["print"]
    assert isinstance(page, PrintPage)
    return len(page.data.people) if page.data is not None else -1


def _restore_dialog(qtbot: QtBot, window: MainWindow) -> RestoreDialog:
    window.menu_actions.restore_backup.trigger()
    qtbot.waitUntil(
        lambda: isinstance(window.commands.active_dialog, RestoreDialog), timeout=WAIT_MS
    )
    dialog = window.commands.active_dialog
    assert isinstance(dialog, RestoreDialog)
    qtbot.waitUntil(lambda: dialog.status.text() != "Reading the backups…", timeout=WAIT_MS)
    return dialog


def _rows(dialog: RestoreDialog) -> list[list[str]]:
    table = dialog.table
    return [
        [table.item(row, column).text() for column in range(table.columnCount())]
        for row in range(table.rowCount())
    ]


def test_opening_a_database_backs_it_up_unless_unchanged_since_its_last_backup(
    qtbot: QtBot, make_window: Callable[[Path | None], MainWindow], week: DemoWeek
) -> None:
    make_window(week.path)
    assert [b.reason for b in list_backups(week.path)] == ["start"]
    second = make_window(None)  # the window opened again on the same, unchanged file
    second.commands.open_target(DatabaseTarget(path=week.path))
    qtbot.waitUntil(lambda: second.workspace.programs_loaded, timeout=WAIT_MS)
    assert [b.reason for b in list_backups(week.path)] == ["start"]


def test_the_restore_dialog_lists_backups_and_restores_one(
    qtbot: QtBot, make_window: Callable[[Path | None], MainWindow], week: DemoWeek, boxes: Boxes
) -> None:
    people = participants(week.path)
    take_backup(week.path, "manual")  # the whole week, before most people are lost
    conn = sqlite3.connect(week.path)
    with conn:
        conn.execute("PRAGMA foreign_keys=OFF")
        conn.execute("DELETE FROM participants WHERE id > (SELECT min(id) + 9 FROM participants)")
    conn.close()
    assert participants(week.path) == 10
    window = make_window(week.path)
    window.workspace.settings.backup_interval_min = 0
    window.show()
    window.navigator.show_screen("print")
    qtbot.waitUntil(lambda: 0 <= print_people(window) <= 10, timeout=WAIT_MS)
    printable_before = print_people(window)

    action = window.menu_actions.restore_backup
    assert action.text() == "&Restore from a backup…"
    assert action in window.menuBar().actions()[0].menu().actions()  # in the File menu
    dialog = _restore_dialog(qtbot, window)
    start, whole = _rows(dialog)
    assert start[1:5] == ["On opening", "1", "10", "0"]
    assert whole[1:5] == ["Backed up by hand", "1", str(people), "0"]

    # Back up now adds a row at the top, holding the database as it is now.
    with qtbot.waitSignal(dialog.listed, timeout=WAIT_MS):
        qtbot.mouseClick(dialog.back_up_button, Qt.MouseButton.LeftButton)
    assert [row[1] for row in _rows(dialog)] == [
        "Backed up by hand",
        "On opening",
        "Backed up by hand",
    ]

    # Choosing the oldest and answering the question restores it; the screens follow.
    dialog.table.selectRow(2)
    boxes.answer = "Restore"
    with qtbot.waitSignal(dialog.restored, timeout=WAIT_MS) as restored:
        qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert "Replace what week.db holds now by the backup of" in boxes.last
    assert f"(1 program, {people} participants, 0 scans)?" in boxes.last
    assert participants(week.path) == people
    report = restored.args[0]
    assert report.safety_backup is not None and participants(report.safety_backup) == 10
    qtbot.waitUntil(lambda: len(_rows(dialog)) == 4, timeout=WAIT_MS)
    assert _rows(dialog)[0][1] == "Before a restore"
    assert "Restored from" in dialog.status.text()
    # The Print screen follows without F5.
    qtbot.waitUntil(lambda: print_people(window) > printable_before + 80, timeout=WAIT_MS)


def test_a_damaged_backup_is_shown_and_cannot_be_restored(
    qtbot: QtBot, make_window: Callable[[Path | None], MainWindow], week: DemoWeek
) -> None:
    window = make_window(week.path)
    (start,) = list_backups(week.path)
    start.path.write_bytes(start.path.read_bytes()[:5000])
    dialog = _restore_dialog(qtbot, window)
    (row,) = _rows(dialog)
    assert row[1].startswith("On opening: damaged, cannot be restored")
    assert "is damaged" in dialog.table.item(0, 1).toolTip()
    dialog.table.selectRow(0)
    assert not dialog.restore_button.isEnabled()


def test_the_restore_dialog_of_a_database_on_a_server_says_whose_job_it_is(
    make_window: Callable[[Path | None], MainWindow], boxes: Boxes, tmp_path: Path
) -> None:
    window = make_window(None)
    database, _ = open_database(path=tmp_path / "x.db", create=True)
    database.url = "postgresql+psycopg://sakura:secret@db.example/sakura"  # as if on a server
    window.workspace.database = database
    window.menu_actions.restore_backup.trigger()
    assert "the server's job (pg_dump" in boxes.last and "secret" not in boxes.last
    assert window.commands.active_dialog is None
    window.workspace.database = None
    database.dispose()


def test_automatic_backups_run_only_when_the_data_changed(
    qtbot: QtBot, make_window: Callable[[Path | None], MainWindow], week: DemoWeek
) -> None:
    window = make_window(week.path)
    backups = window.commands.backups
    backups.back_up_if_changed()  # nothing changed since the start backup
    assert not backups.running and [b.reason for b in list_backups(week.path)] == ["start"]

    # A scan is written without any screen announcing it: the file says it changed.
    database, _ = open_database(path=week.path)
    desk = CheckinDesk(database.session_factory, week.program_id, station_name="Bus door")
    desk.scan(week.checkpoint_id, week.tokens[0])
    database.dispose()
    with qtbot.waitSignal(backups.taken, timeout=WAIT_MS):
        backups.back_up_if_changed()
    assert [b.reason for b in list_backups(week.path)] == ["periodic", "start"]
    backups.back_up_if_changed()
    assert not backups.running and len(list_backups(week.path)) == 2


def test_the_backup_interval_is_a_setting(
    qtbot: QtBot, make_window: Callable[[Path | None], MainWindow]
) -> None:
    window = make_window(None)
    backups = window.commands.backups
    assert backups.timer.isActive() and backups.timer.interval() == 10 * 60_000
    window.menu_actions.settings.trigger()
    dialog = window.commands.active_dialog
    assert isinstance(dialog, SettingsDialog)
    dialog.backup_spin.selectAll()
    qtbot.keyClicks(dialog.backup_spin, "25")
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert window.workspace.settings.backup_interval_min == 25
    assert backups.timer.interval() == 25 * 60_000

    window.menu_actions.settings.trigger()
    dialog = window.commands.active_dialog
    assert isinstance(dialog, SettingsDialog)
    dialog.backup_spin.selectAll()
    qtbot.keyClick(dialog.backup_spin, Qt.Key.Key_0)
    assert dialog.backup_spin.value() == 0 and dialog.backup_spin.specialValueText() == "Never"
    qtbot.mouseClick(
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
    )
    assert not backups.timer.isActive()


def test_back_up_now_from_the_file_menu(
    qtbot: QtBot, make_window: Callable[[Path | None], MainWindow], week: DemoWeek
) -> None:
    window = make_window(week.path)
    window.menu_actions.back_up_now.trigger()
    qtbot.waitUntil(lambda: len(list_backups(week.path)) == 2, timeout=WAIT_MS)
    assert list_backups(week.path)[0].reason == "manual"
