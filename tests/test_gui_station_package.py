"""File > Export station package… and File > Set up this laptop as a station…, driven with
keystrokes in the main window on real database files (SyncTaskRunner, message boxes recorded).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from gui_world import Boxes, record_boxes
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from sakura_desktop.core.checkin.checkpoints import ensure_checkpoints
from sakura_desktop.core.checkin.decision import Outcome
from sakura_desktop.core.checkin.desk import CheckinDesk
from sakura_desktop.core.demo import create_demo_database
from sakura_desktop.core.stations.envelope import KdfParams
from sakura_desktop.core.stations.package import export_station_package
from sakura_desktop.core.tokens import issue_missing_tokens
from sakura_desktop.db.lifecycle import open_database
from sakura_desktop.db.models import Station
from sakura_desktop.settings import Settings
from sakura_desktop.tasks import SyncTaskRunner
from sakura_desktop.ui.dialogs import station_package
from sakura_desktop.ui.dialogs.station_package import (
    ExportStationPackageDialog,
    SetUpStationDialog,
)
from sakura_desktop.ui.shell.main_window import MainWindow
from sakura_desktop.ui.workspace import DatabaseTarget, Workspace

pytestmark = pytest.mark.gui

PASSPHRASE = "plum blossom 2026"
CHEAP = KdfParams(log2_n=10)
DURING_WEEK = dt.datetime(2026, 7, 14, 1, 0, tzinfo=dt.UTC)


@pytest.fixture(autouse=True)
def boxes(monkeypatch: pytest.MonkeyPatch) -> Boxes:
    return record_boxes(monkeypatch)


@pytest.fixture
def settings() -> Settings:
    return Settings()  # in the per-test data folder (conftest)


@pytest.fixture
def demo_db(tmp_path: Path) -> Path:
    path = tmp_path / "coordinator.db"
    create_demo_database(path)
    return path


@pytest.fixture
def make_window(qtbot: QtBot, settings: Settings) -> Iterator[Callable[..., MainWindow]]:
    windows: list[MainWindow] = []

    def make(target: DatabaseTarget | None = None) -> MainWindow:
        window = MainWindow(
            Workspace(settings, SyncTaskRunner(), clock=lambda: DURING_WEEK), settings
        )
        qtbot.addWidget(window)
        windows.append(window)
        if target is not None:
            window.commands.open_target(target)
        return window

    yield make
    for window in windows:
        window.workspace.close_database()


def _type(qtbot: QtBot, edit: QLineEdit, text: str) -> None:
    edit.clear()
    qtbot.keyClicks(edit, text)


def _click(qtbot: QtBot, dialog: ExportStationPackageDialog | SetUpStationDialog) -> None:
    qtbot.mouseClick(dialog.footer.run_button, Qt.MouseButton.LeftButton)


def test_both_commands_are_in_the_file_menu(make_window: Callable[..., MainWindow]) -> None:
    window = make_window()
    file_menu = window.menuBar().actions()[0].menu()
    texts = [action.text() for action in file_menu.actions()]  # type: ignore[union-attr]
    assert "&Export station package…" in texts
    assert "Set up this laptop as a s&tation…" in texts


def test_export_asks_twice_then_writes_a_private_package(
    qtbot: QtBot,
    make_window: Callable[..., MainWindow],
    demo_db: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    boxes: Boxes,
) -> None:
    window = make_window(DatabaseTarget(path=demo_db))
    dialog = window.commands.export_station_package()
    assert isinstance(dialog, ExportStationPackageDialog) and dialog.isVisible()
    dialog.kdf = CHEAP
    out = tmp_path / "for the door.sakura-station"
    monkeypatch.setattr(station_package, "choose_package_to_save", lambda _parent, _s: out)
    qtbot.mouseClick(dialog.file_row.button, Qt.MouseButton.LeftButton)
    assert dialog.file_row.path() == out

    qtbot.keyClicks(dialog.passphrase_edit, "sakura")
    assert "Too short" in dialog.strength_label.text()
    _click(qtbot, dialog)
    assert dialog.isVisible() and "at least 8 characters" in dialog.footer.error_label.text()

    _type(qtbot, dialog.passphrase_edit, PASSPHRASE)
    assert dialog.strength_label.text().startswith("Strong")
    qtbot.keyClicks(dialog.repeat_edit, "plum blossom 2025")
    assert "differ" in dialog.strength_label.text()
    _click(qtbot, dialog)
    assert dialog.isVisible() and "differ" in dialog.footer.error_label.text()
    assert not out.exists()

    _type(qtbot, dialog.repeat_edit, PASSPHRASE)
    _click(qtbot, dialog)
    assert not dialog.isVisible() and dialog.summary is not None
    assert dialog.summary.counts.participants == 98
    assert out.stat().st_mode & 0o777 == 0o600
    assert "Station package written" in boxes.last and str(out) in boxes.last


def test_export_needs_a_program(make_window: Callable[..., MainWindow], boxes: Boxes) -> None:
    window = make_window()
    assert window.commands.export_station_package() is None
    assert "Open a program first" in boxes.last


@pytest.fixture
def package(demo_db: Path, tmp_path: Path) -> tuple[Path, str]:
    """The coordinator's package, and a badge token issued before it was written."""
    database, _ = open_database(path=demo_db)
    try:
        factory = database.session_factory
        token = issue_missing_tokens(factory, 1)[0].token
        ensure_checkpoints(factory, 1)
        out = tmp_path / "door.sakura-station"
        export_station_package(factory, 1, out, PASSPHRASE, kdf=CHEAP)
    finally:
        database.dispose()
    return out, token


def test_set_up_creates_the_station_database_and_opens_it(
    qtbot: QtBot,
    make_window: Callable[..., MainWindow],
    package: tuple[Path, str],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    settings: Settings,
) -> None:
    package_file, token = package
    settings.station_name = "Laptop 7"
    window = make_window()  # a fresh laptop: nothing open
    dialog = window.commands.set_up_station()
    assert isinstance(dialog, SetUpStationDialog)
    assert dialog.station_edit.text() == "Laptop 7"  # prefilled from Settings

    monkeypatch.setattr(station_package, "choose_package_to_open", lambda *_: package_file)
    qtbot.mouseClick(dialog.package_row.button, Qt.MouseButton.LeftButton)
    assert "SSP-2026-07" in dialog.header_label.text()
    assert "98 participants" in dialog.header_label.text()
    door_db = tmp_path / "door" / "station.db"
    monkeypatch.setattr(station_package, "choose_station_database", lambda *_: door_db)
    qtbot.mouseClick(dialog.database_row.button, Qt.MouseButton.LeftButton)

    qtbot.keyClicks(dialog.passphrase_edit, "plum blossom 2025")
    _type(qtbot, dialog.station_edit, "Door 2")
    _click(qtbot, dialog)
    assert dialog.isVisible()
    assert "The passphrase does not open" in dialog.footer.error_label.text()
    assert not door_db.exists() and settings.station_name == "Laptop 7"

    _type(qtbot, dialog.passphrase_edit, PASSPHRASE)
    _click(qtbot, dialog)
    assert not dialog.isVisible() and dialog.summary is not None
    assert settings.station_name == "Door 2"
    assert window.workspace.database is not None
    assert window.workspace.database.path == door_db.resolve()
    assert window.workspace.program is not None
    assert window.workspace.program.code == "SSP-2026-07"
    assert door_db.stat().st_mode & 0o777 == 0o600
    # The station row is this installation's: the check-in screen scans under its uuid.
    assert dialog.summary.station_uuid == settings.station_uuid

    factory = window.workspace.factory
    assert factory is not None
    desk = CheckinDesk(
        factory,
        window.workspace.program.id,
        station_name="Door 2",
        station_uuid=settings.station_uuid,
    )
    arrival = ensure_checkpoints(factory, window.workspace.program.id)[0]
    assert desk.scan(arrival.id, token).outcome is Outcome.ACCEPTED
    with factory() as session:
        local = session.scalars(select(Station.name).where(Station.is_local.is_(True))).all()
    assert local == ["Door 2"]  # the station made by the set-up, not a second one


def test_a_damaged_package_is_named_in_the_dialog(
    qtbot: QtBot,
    make_window: Callable[..., MainWindow],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    garbage = tmp_path / "holiday photos.sakura-station"
    garbage.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(100))
    window = make_window()
    dialog = window.commands.set_up_station()
    monkeypatch.setattr(station_package, "choose_package_to_open", lambda *_: garbage)
    qtbot.mouseClick(dialog.package_row.button, Qt.MouseButton.LeftButton)
    assert "is not a Sakura Desktop station package" in dialog.footer.error_label.text()
    assert dialog.isVisible() and dialog.database_row.path() is None
