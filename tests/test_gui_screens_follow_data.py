"""Every screen shows what the database holds after a change made elsewhere in the app.

The Print screen once still said 97 people after an import added three delegations, until F5:
a coordinator could print an incomplete set of badges. Here the import runs through the real
wizard on the Participants screen of the real main window, and the Print, Overview and Check-in
screens are looked at afterwards without pressing F5.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from participants_gui_world import Boxes, boxes, open_in, workspace
from pytestqt.qtbot import QtBot
from roster_world import make_program
from test_gui_import_wizard import shift_jis_roster

from sakura_desktop.db.lifecycle import open_database
from sakura_desktop.settings import Settings
from sakura_desktop.ui.participants.import_wizard import SUMMARY
from sakura_desktop.ui.participants.page import ParticipantsPage
from sakura_desktop.ui.print.page import PrintPage
from sakura_desktop.ui.shell.main_window import MainWindow
from sakura_desktop.ui.workspace import Workspace

pytestmark = pytest.mark.gui
__all__ = ["boxes", "workspace"]  # fixtures


@pytest.fixture
def window(qtbot: QtBot, workspace: Workspace, tmp_path: Path) -> Iterator[MainWindow]:
    path = tmp_path / "week.db"
    database, _ = open_database(path=path, create=True)
    try:
        make_program(database)
    finally:
        database.dispose()
    main = MainWindow(workspace, Settings())
    qtbot.addWidget(main)
    main.show()
    open_in(workspace, path)
    yield main


def import_through_the_wizard(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    window.navigator.show_screen("participants")
    page = window.pages["participants"]
    assert isinstance(page, ParticipantsPage)
    page.open_import_wizard()
    wizard = page.wizard
    assert wizard is not None
    wizard.file_page.path_edit.setText(str(shift_jis_roster(tmp_path)))
    for _ in range(3):
        wizard.next()
    wizard.report_page.skip_invalid.setChecked(True)
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentId() == SUMMARY)
    wizard.accept()


def print_people(window: MainWindow) -> int:
    page = window.pages["print"]
    assert isinstance(page, PrintPage)
    assert page.data is not None
    return len(page.data.people)


def test_the_print_screen_shows_people_imported_on_another_screen(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, boxes: Boxes
) -> None:
    window.navigator.show_screen("print")
    assert print_people(window) == 0

    import_through_the_wizard(qtbot, window, tmp_path)
    window.navigator.show_screen("print")

    assert print_people(window) == 4  # no F5
    page = window.pages["print"]
    assert isinstance(page, PrintPage)
    delegations = [group.name for group in page.data.delegations] if page.data else []
    assert delegations, "the new delegation is offered for printing"
    assert boxes.texts == []


def test_a_hidden_screen_reloads_when_shown_not_before(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, boxes: Boxes
) -> None:
    window.navigator.show_screen("print")
    print_page = window.pages["print"]
    assert isinstance(print_page, PrintPage)
    import_through_the_wizard(qtbot, window, tmp_path)

    # While the Participants screen is in front, the Print screen only knows it is out of date.
    assert print_page.data_follower.stale
    assert print_people(window) == 0
    window.navigator.show_screen("print")
    assert not print_page.data_follower.stale
    assert print_people(window) == 4


def test_the_overview_counts_people_imported_on_another_screen(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, boxes: Boxes
) -> None:
    window.navigator.show_screen("overview")
    overview = window.overview
    assert overview.overview is not None
    assert sum(overview.overview.by_role.values()) == 0

    import_through_the_wizard(qtbot, window, tmp_path)
    window.navigator.show_screen("overview")

    assert overview.overview is not None
    assert sum(overview.overview.by_role.values()) == 4
