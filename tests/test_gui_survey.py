"""Typing a participant's survey answers in from the Participants screen, with the keyboard."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from participants_gui_world import open_in, workspace
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QDialogButtonBox
from pytestqt.qtbot import QtBot
from survey_world import make_survey_db

from sakura_desktop.core.survey.answers import participant_survey
from sakura_desktop.core.survey.questionnaire import PARTS, ComeBack, Consent
from sakura_desktop.db.engine import Database
from sakura_desktop.ui.participants.page import ParticipantsPage
from sakura_desktop.ui.survey.import_dialog import SurveyImportDialog
from sakura_desktop.ui.survey.survey_dialog import SurveyDialog
from sakura_desktop.ui.workspace import Workspace

pytestmark = pytest.mark.gui
__all__ = ["workspace"]  # fixtures


@pytest.fixture
def opened(qtbot: QtBot, workspace: Workspace, tmp_path: Path) -> Iterator[ParticipantsPage]:
    path = tmp_path / "week.db"
    make_survey_db(path)
    page = ParticipantsPage(workspace)
    qtbot.addWidget(page)
    page.resize(1200, 700)
    open_in(workspace, path)
    yield page


def open_dialog(page: ParticipantsPage, given: str) -> tuple[SurveyDialog, int]:
    ids = [r.id for r in page.model.all_rows() if r.given_name == given]
    assert len(ids) == 1
    page.select_ids(ids)
    page.survey_selected()
    dialog = page.survey_dialog
    assert isinstance(dialog, SurveyDialog) and dialog.isVisible()
    return dialog, ids[0]


def column_box(dialog: SurveyImportDialog, header: str) -> QComboBox:
    assert dialog.table is not None
    box = dialog.columns.cellWidget(dialog.table.headers.index(header), 2)
    assert isinstance(box, QComboBox)
    return box


def factory_of(workspace: Workspace) -> Database:
    assert workspace.database is not None
    return workspace.database


def test_answers_typed_from_a_sheet_are_saved(
    qtbot: QtBot, opened: ParticipantsPage, workspace: Workspace
) -> None:
    dialog, pid = open_dialog(opened, "Busaba")  # no answers yet, consent recorded as no
    first = dialog.score_boxes[PARTS[0].key]
    first.setFocus()
    # As read off the sheet: 4, 5, blank (did not take part), 3, 2, 4; maybe; a comment; yes.
    for key in ("4", "5", None, "3", "2", "4"):
        if key is not None:
            qtbot.keyClicks(dialog.focusWidget(), key)
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab)
    qtbot.keyClicks(dialog.focusWidget(), "m")
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab)
    qtbot.keyClicks(dialog.focusWidget(), "More lab time")
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab)
    qtbot.keyClicks(dialog.focusWidget(), "y")
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Return)
    assert not dialog.isVisible()
    saved = participant_survey(factory_of(workspace).session_factory, pid)
    assert [saved.answers.score(p.key) for p in PARTS] == [4, 5, None, 3, 2, 4]
    assert saved.answers.come_back is ComeBack.MAYBE
    assert saved.answers.comments == "More lab time"
    assert saved.consent is Consent.YES
    assert opened.notice_label.text() == "Saved the survey answers of Busaba Chai."


def test_existing_answers_show_and_cancel_changes_nothing(
    qtbot: QtBot, opened: ParticipantsPage, workspace: Workspace
) -> None:
    dialog, pid = open_dialog(opened, "Anan")
    assert all(box.currentData() == 5 for box in dialog.score_boxes.values())
    assert dialog.come_back.currentData() == "yes"
    assert dialog.consent.currentData() == "yes"
    box = dialog.score_boxes["overall"]
    box.setFocus()
    qtbot.keyClicks(box, "1")
    assert box.currentData() == 1
    cancel = dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel)
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    saved = participant_survey(factory_of(workspace).session_factory, pid)
    assert saved.answers.score("overall") == 5


def test_import_dialog_lists_the_bad_rows_and_imports_only_once_accepted(
    qtbot: QtBot, opened: ParticipantsPage, workspace: Workspace, tmp_path: Path
) -> None:
    from test_survey_import import bad_file, state

    path = factory_of(workspace).path
    assert path is not None
    before = state(path)
    opened.open_survey_import()
    dialog = opened.survey_dialog
    assert isinstance(dialog, SurveyImportDialog) and dialog.isVisible()
    dialog.load(bad_file(tmp_path))
    rows = [dialog.messages.item(i).text() for i in range(dialog.messages.count())]
    assert [row.split(":")[0] for row in rows] == ["Row 3", "Row 4", "Row 5"]
    assert "3 valid, 3 left out" in dialog.summary.text()
    assert not dialog.import_button.isEnabled()
    assert state(path) == before
    # A field chosen for a second column leaves the first one, and the check follows.
    timestamp_box, comments_box = (column_box(dialog, h) for h in ("Timestamp", "Any comments?"))
    timestamp_box.setCurrentIndex(timestamp_box.findData("comments"))
    assert comments_box.currentData() is None
    comments_box.setCurrentIndex(comments_box.findData("comments"))
    assert timestamp_box.currentData() is None
    dialog.accept_box.setFocus()
    qtbot.keyClick(dialog.accept_box, Qt.Key.Key_Space)
    assert dialog.import_button.isEnabled()
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    after = state(path)
    assert after["S001"] == ((4, 4, "yes", "Great labs"), "yes")
    assert after["S004"] == before["S004"]
    assert opened.notice_label.text().endswith("consent changed for 2.")
