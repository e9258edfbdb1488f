"""The participant dialog's History tab, and the export question whose box is off by default."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from participants_gui_world import Boxes, boxes, open_in, roster_db, workspace
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QCheckBox, QDialogButtonBox, QMessageBox
from pytestqt.qtbot import QtBot

from sakura_desktop.db.engine import Database
from sakura_desktop.settings import Settings
from sakura_desktop.ui.participants import file_dialogs
from sakura_desktop.ui.participants.page import ParticipantsPage
from sakura_desktop.ui.workspace import Workspace

pytestmark = pytest.mark.gui
__all__ = ["boxes", "roster_db", "workspace"]  # fixtures


@pytest.fixture
def page(qtbot: QtBot, workspace: Workspace) -> ParticipantsPage:
    widget = ParticipantsPage(workspace)
    qtbot.addWidget(widget)
    widget.resize(1200, 700)
    return widget


@pytest.fixture
def opened(page: ParticipantsPage, workspace: Workspace, roster_db: tuple[Path, int]) -> Database:
    return open_in(workspace, roster_db[0])


def _select(page: ParticipantsPage, given: str) -> None:
    page.search.setText(given)
    page.view.selectRow(0)


def test_history_tab_shows_who_changed_which_field_and_no_value(
    qtbot: QtBot, page: ParticipantsPage, opened: Database, boxes: Boxes
) -> None:
    settings = Settings()
    settings.station_name = "Front desk"
    _select(page, "Minjun")
    page.edit_selected()
    dialog = page.dialog
    assert dialog is not None
    assert [dialog.tabs.tabText(i) for i in range(dialog.tabs.count())] == ["Details", "History"]
    first = dialog.history.texts()[0][2]
    assert first.startswith("Imported: ") and "Family name" in first and "2008" not in first
    qtbot.keyClicks(dialog.allergies, "shellfish")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert not dialog.isVisible()

    boxes.answer = "Withdraw"
    _select(page, "Minjun")
    page.withdraw_selected()
    page.edit_selected()
    dialog = page.dialog
    assert dialog is not None
    dialog.tabs.setCurrentIndex(1)
    rows = dialog.history.texts()
    assert [row[2] for row in rows[:2]] == [
        "Status changed: registered → withdrawn",
        "Edited: Allergies",
    ]
    assert rows[0][1].endswith("on Front desk") and rows[1][1].endswith("on Front desk")
    assert not any("shellfish" in cell for row in rows for cell in row)


def _answer_export_question(qtbot: QtBot, tick: bool) -> list[bool]:
    """Click through the real question when it shows; returns whether the box was ticked first."""
    seen: list[bool] = []

    def answer() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, answer)
            return
        check = box.findChild(QCheckBox, "includeSensitive")
        assert check is not None
        seen.append(check.isChecked())
        if tick:
            qtbot.mouseClick(check, Qt.MouseButton.LeftButton)
        export = next(b for b in box.buttons() if b.text() == "Export…")
        qtbot.mouseClick(export, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, answer)
    return seen


def _header(path: Path) -> list[str]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return next(csv.reader(handle))


def test_export_question_leaves_sensitive_columns_out_unless_ticked(
    qtbot: QtBot,
    page: ParticipantsPage,
    opened: Database,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    plain, full = tmp_path / "plain.csv", tmp_path / "full.csv"
    monkeypatch.setattr(file_dialogs, "choose_export_path", lambda *_args: plain)
    seen = _answer_export_question(qtbot, tick=False)
    page.export("participants")
    assert seen == [False]
    assert "Allergies" not in _header(plain) and "Date of birth" in _header(plain)

    monkeypatch.setattr(file_dialogs, "choose_export_path", lambda *_args: full)
    seen = _answer_export_question(qtbot, tick=True)
    page.export("participants")
    assert seen == [False]  # off again: the choice is made for each export
    assert {"Allergies", "Dietary needs", "Emergency contact", "Notes"} <= set(_header(full))
