"""The Participants screen, its dialogs, the import wizard, the survey dialog and the station
package dialogs in Japanese: the compiled catalogue reaches every part a coordinator reads, and
the English plural sentences come out as one Japanese form."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from participants_gui_world import boxes, open_in, roster_db, workspace
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from sakura_desktop.core.purge import WHAT_IS_KEPT, WHAT_IS_LOST
from sakura_desktop.core.survey.mapping import SurveyField
from sakura_desktop.db.engine import Database
from sakura_desktop.ui import locale_format
from sakura_desktop.ui.dialogs.messages import describe
from sakura_desktop.ui.dialogs.new_program import NewProgramDialog
from sakura_desktop.ui.i18n import install_language, translate
from sakura_desktop.ui.participants.import_wizard import ImportWizard
from sakura_desktop.ui.participants.models import column_index
from sakura_desktop.ui.participants.page import ParticipantsPage
from sakura_desktop.ui.survey.words import field_label
from sakura_desktop.ui.workspace import Workspace

pytestmark = pytest.mark.gui
__all__ = ["boxes", "roster_db", "workspace"]  # fixtures


@pytest.fixture
def page(
    japanese: None, qtbot: QtBot, workspace: Workspace, roster_db: tuple[Path, int]
) -> Iterator[ParticipantsPage]:
    widget = ParticipantsPage(workspace)
    qtbot.addWidget(widget)
    widget.resize(1280, 720)
    open_in(workspace, roster_db[0])
    yield widget


def header(page: ParticipantsPage, key: str) -> str:
    return str(page.model.headerData(column_index(key), Qt.Orientation.Horizontal))


def test_the_participants_screen_speaks_japanese(page: ParticipantsPage) -> None:
    assert page.title_label.text() == "参加者"
    assert page.import_button.text() == "名簿を取り込む…"
    assert [header(page, key) for key in ("family_name", "given_name", "role", "status")] == [
        "姓",
        "名",
        "区分",
        "状態",
    ]
    assert page.count_label.text() == "参加者 8 人"
    assert page.role_filter.itemText(0) == "すべての区分"
    assert page.role_filter.itemText(page.role_filter.findData("student")) == "学生"
    roles = {page.model.index(r, column_index("role")).data() for r in range(8)}
    assert "学生" in roles and "教員" in roles
    page.search.setText("Nguy")
    assert page.count_label.text() == "8 人中 2 人を表示"


def test_the_import_wizard_and_the_dialogs_speak_japanese(
    page: ParticipantsPage, workspace: Workspace
) -> None:
    program = workspace.program
    factory = workspace.factory
    assert program is not None and factory is not None
    wizard = ImportWizard(workspace, factory, program.id, program.title, page)
    assert wizard.windowTitle() == f"名簿の取り込み — {program.title}"
    assert wizard.file_page.title() == "名簿ファイルの選択"
    wizard.deleteLater()

    dialog = NewProgramDialog(workspace, page)
    assert dialog.windowTitle() == "新しいプログラム"
    assert dialog.create_button.text() == "プログラムを作成"
    # The start date reads as a Japanese date: 2026年7月27日(月).
    assert "年" in dialog.start_edit.text() and dialog.start_edit.text().endswith("(月)")
    dialog.deleteLater()

    assert describe(RuntimeError("x"), "データベースの検査").startswith(
        "データベースの検査中に問題が発生しました。"
    )
    assert field_label(SurveyField.ROSTER_ID) == "名簿のID"
    assert locale_format.day(dt.date(2026, 7, 13)) == "7月13日(月)"


def test_the_purge_dialog_has_every_core_sentence_in_japanese(japanese: None) -> None:
    """Core's lists of what a purge removes and keeps are marked there (context "Purge") and
    shown translated by the dialog: a sentence core changes or adds needs its translation."""
    for sentence in WHAT_IS_LOST + WHAT_IS_KEPT:
        assert translate("Purge", sentence) != sentence, sentence


def test_english_stays_as_it_was(
    qapp: QApplication, qtbot: QtBot, workspace: Workspace, roster_db: tuple[Path, int]
) -> None:
    install_language(qapp, "en")
    widget = ParticipantsPage(workspace)
    qtbot.addWidget(widget)
    database: Database = open_in(workspace, roster_db[0])
    assert database is not None
    assert widget.count_label.text() == "8 participants"
    assert header(widget, "family_name") == "Family name"
    assert widget.role_filter.itemText(widget.role_filter.findData("staff")) == "Staff"
