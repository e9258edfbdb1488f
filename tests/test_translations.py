"""The Japanese interface: the catalogue is complete and compiled, and the window speaks it.

The catalogue check runs `pyside6-lupdate` over the sources into a scratch copy of the committed
.ts: a string added to the code without its translation (or a .ts not updated) fails here.
"""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from gui_world import Boxes, record_boxes
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot

from sakura_desktop.core.checkin.decision import Outcome
from sakura_desktop.db.enums import ScanMethod
from sakura_desktop.settings import Settings
from sakura_desktop.tasks import SyncTaskRunner
from sakura_desktop.ui.checkin.text import decision_label, idle_view, method_label, team_label
from sakura_desktop.ui.dialogs.settings_dialog import SettingsDialog
from sakura_desktop.ui.i18n import (
    RESTART_EXIT_CODE,
    catalogue_file,
    current_language,
    install_language,
)
from sakura_desktop.ui.shell.main_window import MainWindow
from sakura_desktop.ui.workspace import Workspace

ROOT = Path(__file__).resolve().parent.parent
UPDATE = ROOT / "packaging" / "update_translations.py"


def test_the_japanese_catalogue_holds_every_marked_string_translated() -> None:
    done = subprocess.run(
        [sys.executable, str(UPDATE), "--check"], capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert "translations complete" in done.stdout


def test_the_shipped_qm_is_compiled_from_the_committed_ts(tmp_path: Path) -> None:
    ts_file = catalogue_file("ja").with_suffix(".ts")
    fresh = tmp_path / "fresh.qm"
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    subprocess.run([str(lrelease), str(ts_file), "-qm", str(fresh)], check=True, timeout=60)
    assert fresh.read_bytes() == catalogue_file("ja").read_bytes(), (
        "run python packaging/update_translations.py and commit the .qm"
    )


@pytest.fixture
def japanese(qapp: QApplication) -> Iterator[None]:
    assert install_language(qapp, "ja") == "ja"
    yield
    install_language(qapp, "en")
    assert current_language() == "en"


@pytest.mark.gui
def test_the_main_window_speaks_japanese(japanese: None, qtbot: QtBot) -> None:
    workspace = Workspace(Settings(), SyncTaskRunner())
    window = MainWindow(workspace, Settings())
    qtbot.addWidget(window)

    menus = [action.text() for action in window.menuBar().actions()]
    assert menus[:2] == ["ファイル(&F)", "表示(&V)"]
    assert "ヘルプ(&H)" in menus
    sidebar = [window.navigator.item(row).text() for row in range(window.navigator.count())]
    assert sidebar[:5] == ["概要", "参加者", "日程", "受付", "印刷"]
    assert window.menu_actions.screens["checkin"].text() == "受付"
    assert window.menu_actions.open_database.toolTip() == "データベースファイルを開きます"

    # The check-in screen's result words.
    checkin = window.pages["checkin"]
    assert checkin.result_panel.view.headline == "受付できます"
    assert idle_view().message.startswith("名札をスキャンするか")
    assert decision_label(Outcome.ACCEPTED) == "受付済み"
    assert decision_label(Outcome.FORGED) == "偽造"
    assert method_label(ScanMethod.CAMERA) == "カメラ"
    assert team_label("Red") == "チーム Red"
    workspace.close_database()


def test_english_is_the_source_language(qapp: QApplication) -> None:
    assert install_language(qapp, "en") == "en"
    assert QCoreApplication.translate("Menus", "&File") == "&File"
    assert decision_label(Outcome.ACCEPTED) == "Accepted"


def test_a_missing_catalogue_falls_back_to_english(
    qapp: QApplication, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr("sakura_desktop.ui.i18n.translations_dir", lambda: tmp_path)
    assert install_language(qapp, "ja") == "en"
    assert QCoreApplication.translate("Screens", "Overview") == "Overview"


@pytest.mark.gui
def test_choosing_japanese_offers_a_restart(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    boxes: Boxes = record_boxes(monkeypatch)
    exits: list[int] = []
    monkeypatch.setattr(QCoreApplication, "exit", lambda code=0: exits.append(code))
    settings = Settings()
    dialog = SettingsDialog(settings)
    qtbot.addWidget(dialog)
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("ja"))

    boxes.answer = "Later"
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert Settings().language == "ja"
    assert "speak 日本語 from its next start" in boxes.last
    assert exits == []

    again = SettingsDialog(settings)
    qtbot.addWidget(again)
    again.language_combo.setCurrentIndex(again.language_combo.findData("en"))
    boxes.answer = "Restart now"
    again.accept()
    assert exits == [RESTART_EXIT_CODE]
    assert Settings().language == "en"

    # Saving without changing the language asks nothing.
    count = len(boxes.texts)
    same = SettingsDialog(settings)
    qtbot.addWidget(same)
    same.accept()
    assert len(boxes.texts) == count


def test_the_core_speaks_the_window_language_and_the_command_line_english(
    qapp: QApplication,
) -> None:
    from sakura_desktop.core import i18n as core_i18n

    assert install_language(qapp, "ja") == "ja"
    try:
        # A translator is installed for the core's messages too, Qt's own.
        assert core_i18n.translate("Screens", "Check-in") == "受付"
    finally:
        install_language(qapp, "en")
    assert core_i18n.translate("Screens", "Check-in") == "Check-in"  # English again, as the CLI
