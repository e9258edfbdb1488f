"""The first start: the welcome page's four ways in, the program wizard's sites, and Help.

Real database files in the per-test data folder (conftest points SAKURA_DESKTOP_DATA_DIR at it),
real clicks and keystrokes; tasks run with the SyncTaskRunner.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from gui_world import Boxes, record_boxes
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from sakura_desktop.db.lifecycle import open_database
from sakura_desktop.db.models import Program, Site
from sakura_desktop.paths import default_database_path, demo_database_path
from sakura_desktop.settings import Settings
from sakura_desktop.tasks import SyncTaskRunner
from sakura_desktop.ui.dialogs.help import DataLocationsDialog, QuickStartDialog, ShortcutsDialog
from sakura_desktop.ui.dialogs.new_program import NewProgramDialog
from sakura_desktop.ui.participants.import_wizard import ImportWizard
from sakura_desktop.ui.shell.main_window import MainWindow
from sakura_desktop.ui.workspace import Workspace

pytestmark = pytest.mark.gui

DURING_WEEK = dt.datetime(2026, 7, 14, 1, 0, tzinfo=dt.UTC)


@pytest.fixture(autouse=True)
def boxes(monkeypatch: pytest.MonkeyPatch) -> Boxes:
    return record_boxes(monkeypatch)


@pytest.fixture
def window(qtbot: QtBot) -> Iterator[MainWindow]:
    settings = Settings()
    workspace = Workspace(settings, SyncTaskRunner(), clock=lambda: DURING_WEEK)
    main = MainWindow(workspace, settings)
    qtbot.addWidget(main)
    main.resize(1280, 720)
    main.show()
    qtbot.waitExposed(main)
    yield main
    workspace.close_database()


def _program_sites(path: Path) -> tuple[list[str], list[str]]:
    database, _ = open_database(path=path)
    try:
        with database.session() as session:
            programs = list(session.scalars(select(Program.code)))
            sites = list(session.scalars(select(Site.name).order_by(Site.id)))
    finally:
        database.dispose()
    return programs, sites


def _fill_program(qtbot: QtBot, dialog: NewProgramDialog, sites: str) -> None:
    qtbot.keyClicks(dialog.code_edit, "SSP-2026-11")
    qtbot.keyClicks(dialog.title_edit, "November science week")
    qtbot.keyClicks(dialog.host_edit, "Tohoku University")
    for number, line in enumerate(sites.split("\n")):
        if number:
            qtbot.keyClick(dialog.sites_edit, Qt.Key.Key_Return)
        qtbot.keyClicks(dialog.sites_edit, line)
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)


def test_a_first_start_welcomes_with_four_ways_in(window: MainWindow) -> None:
    page = window.overview
    assert page.stack.currentWidget() is page.welcome
    titles = [card.title_label.text() for card in page.welcome.cards]
    assert titles == [
        "Try the demo week",
        "Create your program",
        "Open a database…",
        "Import a roster…",
    ]
    # Each explanation is shown whole: wrapped over lines, not cut to the first one.
    for card in page.welcome.cards:
        body = card.body_label
        one_line = body.fontMetrics().height()
        assert body.height() >= 2 * one_line, body.text()
        assert card.height() >= card.heightForWidth(card.width())
    assert window.workspace.database is None
    assert not default_database_path().exists()  # nothing is created behind the user's back


def test_the_demo_card_opens_a_demo_week_that_is_not_remembered(
    qtbot: QtBot, window: MainWindow
) -> None:
    qtbot.mouseClick(window.overview.welcome.demo_card, Qt.MouseButton.LeftButton)
    program = window.workspace.program
    assert program is not None and program.code == "SSP-2026-07"
    assert window.overview.stack.currentWidget() is window.overview.content
    assert window.workspace.database is not None
    assert window.workspace.database.path == demo_database_path()
    assert Settings().last_database == ""  # the next start welcomes again
    assert Settings().recent_files == []

    # Chosen again, the same demo file is reopened (what was tried there is kept).
    modified = demo_database_path().stat().st_mtime_ns
    window.workspace.close_database()
    assert window.overview.stack.currentWidget() is window.overview.welcome
    qtbot.mouseClick(window.overview.welcome.demo_card, Qt.MouseButton.LeftButton)
    assert window.workspace.program is not None
    assert demo_database_path().stat().st_mtime_ns >= modified


def test_create_your_program_makes_the_database_and_the_program_with_its_sites(
    qtbot: QtBot, window: MainWindow
) -> None:
    qtbot.mouseClick(window.overview.welcome.create_card, Qt.MouseButton.LeftButton)
    dialog = window.commands.active_dialog
    assert isinstance(dialog, NewProgramDialog)
    assert default_database_path().exists()
    _fill_program(qtbot, dialog, "Aobayama campus\n\n  Hotel   Metropolitan \nAobayama campus")
    assert dialog.isVisible()  # a site listed twice is refused, nothing created
    assert "listed twice" in dialog.error_label.text()

    dialog.sites_edit.setPlainText("Aobayama campus\n\n  Hotel   Metropolitan ")
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert window.workspace.program is not None
    assert _program_sites(default_database_path()) == (
        ["SSP-2026-11"],
        ["Aobayama campus", "Hotel Metropolitan"],
    )
    assert Settings().last_database == str(default_database_path())


def test_import_a_roster_creates_a_program_first_then_opens_the_wizard(
    qtbot: QtBot, window: MainWindow
) -> None:
    qtbot.mouseClick(window.overview.welcome.import_card, Qt.MouseButton.LeftButton)
    dialog = window.commands.active_dialog
    assert isinstance(dialog, NewProgramDialog)
    _fill_program(qtbot, dialog, "")
    assert window.navigator.current_key == "participants"
    wizard = window.pages["participants"].findChild(ImportWizard)
    assert wizard is not None and wizard.isVisible()
    wizard.reject()


def test_opening_says_so_instead_of_welcoming(window: MainWindow) -> None:
    page = window.overview
    window.workspace.begin_opening("/data/week.db")
    assert page.stack.currentWidget() is page.empty
    assert page.empty.title_label.text() == "Opening…"
    assert "/data/week.db" in page.empty.body_label.text()
    window.workspace.end_opening()
    assert page.stack.currentWidget() is page.welcome


def test_help_has_the_guide_the_shortcuts_and_where_the_data_is(
    qtbot: QtBot, window: MainWindow
) -> None:
    qtbot.mouseClick(window.overview.welcome.demo_card, Qt.MouseButton.LeftButton)
    help_menu = next(a for a in window.menuBar().actions() if a.text() == "&Help").menu()
    labels = [a.text() for a in help_menu.actions() if not a.isSeparator()]  # type: ignore[union-attr]
    assert labels == [
        "&Quick start",
        "&Keyboard shortcuts",
        "&Where is my data?",
        "&About Sakura Desktop",
    ]
    for action in help_menu.actions():  # type: ignore[union-attr]
        assert action.isSeparator() or action.toolTip()

    qtbot.keyClick(window, Qt.Key.Key_F1)
    guide = window.commands.active_dialog
    assert isinstance(guide, QuickStartDialog)
    text = guide.browser.toPlainText()
    for heading in ("Before the week", "The first morning", "At every door", "After the week"):
        assert heading in text
    guide.reject()

    window.menu_actions.shortcuts.trigger()
    shortcuts = window.commands.active_dialog
    assert isinstance(shortcuts, ShortcutsDialog)
    rows = {
        shortcuts.table.item(row, 1).text(): shortcuts.table.item(row, 0).text()
        for row in range(shortcuts.table.rowCount())
    }
    assert rows["Quit"] == "Ctrl+Q"
    assert rows["Sync now"] == "Ctrl+Shift+S"
    assert rows["Check-in"] == "Ctrl+4"
    shortcuts.reject()

    window.menu_actions.data_places.trigger()
    places = window.commands.active_dialog
    assert isinstance(places, DataLocationsDialog)
    assert str(demo_database_path()) in places.path_labels["Open database"].text()
    assert "sakura-demo-backups" in places.path_labels["Its backups"].text()
    assert places.path_labels["Log"].text().count("sakura-desktop.log") == 1


@pytest.mark.parametrize("width", [900, 420])
def test_an_empty_state_shows_its_whole_explanation(qtbot: QtBot, width: int) -> None:
    from sakura_desktop.ui.widgets.empty_state import EmptyState

    state = EmptyState()
    qtbot.addWidget(state)
    state.resize(width, 600)
    state.show_message(
        "This database holds no program yet",
        "A program is one exchange week: its title, host institution, dates, time zone and "
        "sites. Create one to start adding delegations, participants and the schedule.",
        [("Create a program…", lambda: None)],
    )
    state.show()
    qtbot.waitExposed(state)
    body = state.body_label
    assert body.width() > 300  # not squeezed to its one-word minimum
    assert body.height() >= body.heightForWidth(body.width())  # every line shown
