"""The Schedule and Print screens in Japanese: their words and dates come from the catalogue and
ui/locale_format, while what participants get on paper stays English.

Each test builds the screen on the demo week with the Japanese translators installed; the last
one checks the same words in English, as the other GUI tests expect them.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from gui_world import Boxes, record_boxes
from pypdf import PdfReader
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from sakura_desktop.core.demo import create_demo_database
from sakura_desktop.core.documents import DocumentKind
from sakura_desktop.db.lifecycle import open_database
from sakura_desktop.settings import Settings
from sakura_desktop.tasks import SyncTaskRunner
from sakura_desktop.ui.i18n import install_language
from sakura_desktop.ui.print.choices import AudienceMode
from sakura_desktop.ui.print.page import PrintPage
from sakura_desktop.ui.schedule.page import SchedulePage
from sakura_desktop.ui.schedule.session_dialog import SessionDialog
from sakura_desktop.ui.workspace import DatabaseTarget, Workspace

pytestmark = pytest.mark.gui

LAB_TOUR = 10  # Tue 14 Jul 09:15–10:00, Superconductivity Laboratory, Teams 1 and 5
SAME_TEAMS_LATER = 15  # Tue 10:10–10:55, the same teams


@pytest.fixture(autouse=True)
def boxes(monkeypatch: pytest.MonkeyPatch) -> Boxes:
    return record_boxes(monkeypatch)


@pytest.fixture(scope="module")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.db"
    create_demo_database(path)
    return path


@pytest.fixture
def workspace(tmp_path: Path, demo_template: Path) -> Iterator[Workspace]:
    path = tmp_path / "demo.db"
    shutil.copy(demo_template, path)
    ws = Workspace(Settings(), SyncTaskRunner())
    database, report = open_database(path=path)
    ws.adopt(database, report, DatabaseTarget(path=path, remember=False))
    yield ws
    ws.close_database()


@pytest.fixture
def english(qapp: QApplication) -> None:
    assert install_language(qapp, "en") == "en"


def schedule_page(qtbot: QtBot, workspace: Workspace) -> SchedulePage:
    page = SchedulePage(workspace)
    qtbot.addWidget(page)
    page.resize(1400, 900)
    assert page.controller.week is not None
    return page


def test_the_schedule_speaks_japanese(
    japanese: None, qtbot: QtBot, workspace: Workspace, boxes: Boxes
) -> None:
    page = schedule_page(qtbot, workspace)
    assert page.new_button.text() == "新しいセッション(&N)…"
    assert page.rotation_button.text() == "ローテーション計画(&R)…"
    modes = [page.mode_combo.itemText(i) for i in range(page.mode_combo.count())]
    assert modes == ["プログラム全体", "チーム別", "会場別", "参加者別"]
    assert page.status_label.text().startswith("ブロックをドラッグで移動")
    assert page.conflict_title.text() == "競合なし"

    # The status line dates the selected session the Japanese way; the title is data.
    page.view.select(LAB_TOUR)
    assert "7月14日(火) 09:15–10:00" in page.status_label.text()
    assert "Lab tour" in page.status_label.text()
    assert "研究室見学 · 7月14日(火) 09:15–10:00" in page.view.tooltip(LAB_TOUR)

    # A move onto the same teams' next tour: the conflict list, its title and the undo tooltip.
    target = page.controller.session(SAME_TEAMS_LATER)
    assert target is not None
    page.move_session(LAB_TOUR, target.start, target.end)
    assert page.conflict_title.text().startswith("競合 ")
    assert page.conflict_model.index(0, 0).data().startswith("チームの予定が重複")
    assert page.undo_action.toolTip().startswith("元に戻す：「Lab tour")
    assert page.undo_action.toolTip().endswith("」を移動（Ctrl+Z）")

    # Deleting asks in Japanese (and Cancel keeps the session).
    page.delete_session(LAB_TOUR)
    assert boxes.last.startswith("セッションの削除\n「Lab tour")
    assert page.controller.session(LAB_TOUR) is not None


def test_the_session_dialog_speaks_japanese(
    japanese: None, qtbot: QtBot, workspace: Workspace
) -> None:
    page = schedule_page(qtbot, workspace)
    page.edit_session(LAB_TOUR)
    dialog = page.session_dialog
    assert isinstance(dialog, SessionDialog)
    assert dialog.windowTitle().startswith("セッションの編集 — Lab tour")
    kinds = [dialog.kind_combo.itemText(i) for i in range(dialog.kind_combo.count())]
    assert kinds[:3] == ["講義", "研究室見学", "実験"]
    assert dialog.kind_combo.currentText() == "研究室見学"
    assert dialog.start_edit.text() == "2026年7月14日(火)  09:15"
    dialog.title_edit.clear()
    dialog.accept()
    assert dialog.error_label.text() == "セッションにタイトルを付けてください。"
    dialog.reject()


def test_the_print_screen_speaks_japanese_and_the_badges_stay_english(
    japanese: None, qtbot: QtBot, workspace: Workspace
) -> None:
    page = PrintPage(workspace)
    qtbot.addWidget(page)
    page.resize(1300, 850)
    options = page.options
    assert page.generate_button.text() == "プレビューを作成"
    kinds = [options.kind_combo.itemText(i) for i in range(options.kind_combo.count())]
    assert kinds[:2] == ["名札", "実験ノート"]
    options.set_kind(DocumentKind.BADGES)
    assert options.kind_hint.text() == "受付で使う署名付き QR コード入りの名札です。"
    assert options.layout_combo.currentText() == "A4 用紙に 90×55 mm の名札 8 枚"
    assert options.audience_note.text().endswith(" 人（参加取消の人は除きます）")
    options.set_kind(DocumentKind.SIGNIN_SHEETS)
    first_session = options.session_model.index(0, 0).data()
    assert first_session.startswith("7月13日(月) ")

    options.set_kind(DocumentKind.BADGES)
    options.mode_buttons[AudienceMode.TEAM].setChecked(True)
    page.generate()
    generated = page.generated
    assert generated is not None
    people, pages = generated.result.documents, generated.result.pages
    assert page.summary_label.text() == f"名札 {people} 枚、{pages} ページ。"
    assert page.preview.of_label.text() == f"/ {pages}"
    text = PdfReader(str(generated.result.paths[0])).pages[0].extract_text()
    assert "STUDENT" in text or "TEACHER" in text  # the participants' paper stays English


def test_the_same_screens_in_english_are_unchanged(
    english: None, qtbot: QtBot, workspace: Workspace
) -> None:
    page = schedule_page(qtbot, workspace)
    assert page.new_button.text() == "&New session…"
    assert page.conflict_title.text() == "No conflicts"
    page.view.select(LAB_TOUR)
    assert "Tue 14 Jul 09:15–10:00" in page.status_label.text()
    printing = PrintPage(workspace)
    qtbot.addWidget(printing)
    printing.options.set_kind(DocumentKind.SIGNIN_SHEETS)
    assert printing.options.session_model.index(0, 0).data().startswith("Mon 13 Jul ")
    assert printing.generate_button.text() == "Generate preview"
