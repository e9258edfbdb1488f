"""The import wizard says what it would leave out: a total line under the table (preview), and a
column holding names in another script that no field reads (mapping page, live as the user
changes the mapping, and the check report). Driven with keystrokes and clicks."""

from __future__ import annotations

from pathlib import Path

import pytest
from participants_gui_world import db_people, open_in, workspace
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QWizard
from pytestqt.qtbot import QtBot
from roster_world import make_program, write_csv

from sakura_desktop.db.lifecycle import open_database
from sakura_desktop.ui.participants.import_wizard import MAPPING, PREVIEW, REPORT, ImportWizard
from sakura_desktop.ui.workspace import Workspace

pytestmark = pytest.mark.gui
__all__ = ["workspace"]  # fixture

ROWS = [
    ["Family name", "Given name", "Country", "Ghi chú (tên)", "Ghi chú"],
    ["Nguyen", "Van An", "Vietnam", "阮文安", "vegetarian"],
    ["Tran", "Thi Binh", "Vietnam", "陳氏平", ""],
    ["Le", "Duc Chi", "Vietnam", "黎德志", ""],
    ["Total", "3", "", "", ""],
]
WARNING = (
    "Column 'Ghi chú (tên)' holds non-Latin text in 3 rows but is not mapped to any field; "
    "choose its field or it will not be imported."
)


def click_next(qtbot: QtBot, wizard: ImportWizard) -> None:
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)


def test_the_wizard_names_the_unmapped_native_column_until_it_is_mapped(
    qtbot: QtBot, workspace: Workspace, tmp_path: Path
) -> None:
    path = tmp_path / "week.db"
    database, _ = open_database(path=path, create=True)
    make_program(database)
    database.dispose()
    opened = open_in(workspace, path)
    roster = write_csv(tmp_path / "vn.csv", ROWS)
    assert workspace.program is not None
    wizard = ImportWizard(workspace, opened.session_factory, workspace.program.id)
    qtbot.addWidget(wizard)
    wizard.show()

    qtbot.keyClicks(wizard.file_page.path_edit, str(roster))
    click_next(qtbot, wizard)
    qtbot.waitUntil(lambda: wizard.currentId() == PREVIEW)
    notes = wizard.preview_page.notes
    assert notes.isVisible()
    assert "Row 5 (Total | 3) is a total line, not a participant; it was left out." in notes.text()
    click_next(qtbot, wizard)

    assert wizard.currentId() == MAPPING
    page = wizard.mapping_page
    assert page.unmapped.isVisible() and page.unmapped.text() == WARNING
    row = page.model.mapping.headers.index("Ghi chú (tên)")
    combo = page.view.indexWidget(page.model.index(row, 2))
    assert isinstance(combo, QComboBox)
    combo.setFocus()
    qtbot.keyClicks(combo, "Native")  # the combo's keyboard search picks "Native name"
    assert combo.currentText() == "Native name"
    assert not page.unmapped.isVisible()
    qtbot.keyClick(combo, Qt.Key.Key_Home)  # back to "— not imported —": the warning returns
    assert combo.currentIndex() == 0
    assert page.unmapped.isVisible() and page.unmapped.text() == WARNING

    click_next(qtbot, wizard)
    qtbot.waitUntil(lambda: wizard.currentId() == REPORT and wizard.state.report is not None)
    details = wizard.report_page.details.text()
    assert f"Warning: {WARNING}" in details.splitlines()
    assert "Warning: Row 5 (Total | 3) is a total line" in details
    assert db_people(opened) == {}  # the check wrote nothing
