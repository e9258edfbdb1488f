"""Sync in the GUI: the status text per mode, the folder exchange merging a dropped journal, the
sync folder in Settings, and the Check-in screen following another station's scans live."""

from __future__ import annotations

import datetime as dt
import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from sakura_desktop.core.checkin.checkpoints import CheckpointInfo, ensure_checkpoints
from sakura_desktop.core.checkin.desk import CheckinDesk
from sakura_desktop.core.demo import create_demo_database
from sakura_desktop.core.sync.folder import FolderSync
from sakura_desktop.core.sync.status import SyncStatus
from sakura_desktop.core.tokens import issue_missing_tokens
from sakura_desktop.db.enums import CheckpointKind
from sakura_desktop.db.lifecycle import open_database
from sakura_desktop.db.models import Program
from sakura_desktop.settings import Settings
from sakura_desktop.tasks import SyncTaskRunner
from sakura_desktop.ui.checkin.page import CheckinPage
from sakura_desktop.ui.dialogs.settings_dialog import SettingsDialog
from sakura_desktop.ui.sync.service import sync_for
from sakura_desktop.ui.sync.status import SyncMode, SyncView, describe, sync_mode
from sakura_desktop.ui.workspace import DatabaseTarget, Workspace

pytestmark = pytest.mark.gui
NOW = dt.datetime(2026, 7, 14, 1, 0, tzinfo=dt.UTC)


@dataclass
class Site:
    """One program on two laptops: this one (the GUI) and door 2 (a copy made before any scan)."""

    here: Path
    door2: Path
    program_id: int
    tokens: dict[int, str]
    arrival: CheckpointInfo


@pytest.fixture
def site(tmp_path: Path) -> Site:
    here = tmp_path / "here.db"
    create_demo_database(here)
    database, _ = open_database(path=here)
    factory = database.session_factory
    with factory() as session:
        program_id = session.scalars(select(Program.id)).one()
    tokens = {t.participant_id: t.token for t in issue_missing_tokens(factory, program_id)}
    checkpoints = ensure_checkpoints(factory, program_id)
    database.dispose()
    door2 = tmp_path / "door2.db"
    shutil.copy(here, door2)
    arrival = next(c for c in checkpoints if c.kind is CheckpointKind.ARRIVAL)
    return Site(here, door2, program_id, tokens, arrival)


@dataclass
class Station:
    page: CheckinPage
    workspace: Workspace
    settings: Settings


@pytest.fixture
def station(qtbot: QtBot, site: Site, tmp_path: Path) -> Iterator[Station]:
    settings = Settings()
    settings.station_name = "Main door"
    settings.sync_folder = str(tmp_path / "sync")
    (tmp_path / "sync").mkdir()
    workspace = Workspace(settings, SyncTaskRunner())
    page = CheckinPage(workspace, camera_devices=list, live_poll_ms=50)
    qtbot.addWidget(page)
    database, report = open_database(path=site.here)
    workspace.adopt(database, report, DatabaseTarget(path=site.here, remember=False))
    page.resize(1280, 720)
    page.show()
    page.select_checkpoint(site.arrival.id)
    yield Station(page, workspace, settings)
    page.shutdown()
    workspace.close_database()


def door2_scans(site: Site, participant_ids: list[int], folder: Path | None) -> None:
    database, _ = open_database(path=site.door2)
    try:
        desk = CheckinDesk(database.session_factory, site.program_id, station_name="Door 2")
        for pid in participant_ids:
            assert desk.scan(site.arrival.id, site.tokens[pid]).changes_presence
        if folder is not None:
            FolderSync(database.session_factory, site.program_id, folder).export_own()
    finally:
        database.dispose()


# --- the status text ------------------------------------------------------------------------


def test_mode_is_alone_folder_or_server() -> None:
    assert sync_mode("sqlite:////tmp/a.db", "").label == "Alone"
    assert sync_mode("sqlite:////tmp/a.db", "E:/sync").label == "Folder: E:/sync"
    server = "postgresql+psycopg://sakura:secret@db.campus.local/sakura"
    assert sync_mode(server, "").label == "Server: db.campus.local"
    assert sync_mode(server, "E:/sync").kind == "server"  # the server decides
    assert sync_mode(None, "").kind == "alone"


def test_status_line_says_merge_age_pending_scans_stations_and_duplicates() -> None:
    status = SyncStatus(
        stations=[], not_exported=3, duplicates=0, last_merge_at=NOW - dt.timedelta(minutes=2)
    )
    line, tip = describe(SyncView(SyncMode("folder", "E:/sync"), status), NOW)
    assert line == "Folder: E:/sync · merged 2 min ago · 3 not exported"
    assert "Mode: Folder: E:/sync" in tip
    alone, _ = describe(SyncView(SyncMode("alone"), None), NOW)
    assert alone == "Alone"
    problem, _ = describe(SyncView(SyncMode("alone"), None, [], "x.journal was not merged"), NOW)
    assert problem.endswith("x.journal was not merged")


def test_status_bar_label_shows_the_server_host(qtbot: QtBot) -> None:
    from sakura_desktop.ui.sync.status import SyncStatusLabel

    workspace = Workspace(Settings(), SyncTaskRunner())
    source = sync_for(workspace).status
    assert sync_for(workspace) is sync_for(workspace)  # one per workspace
    label = SyncStatusLabel(source)
    qtbot.addWidget(label)
    assert label.full_text() == "Alone"
    source.view = SyncView(SyncMode("server", "db.campus.local"))
    source.changed.emit(source.view)
    assert label.full_text() == "Server: db.campus.local"
    label.resize(60, 20)
    label.show()
    assert label.text() != label.full_text() and "…" in label.text()  # elided, not cut


# --- the folder exchange ----------------------------------------------------------------------


def test_folder_sync_merges_a_dropped_journal_and_the_screen_shows_it(
    qtbot: QtBot, site: Site, station: Station, tmp_path: Path
) -> None:
    page, folder = station.page, tmp_path / "sync"
    service = sync_for(station.workspace)
    assert service.folder.folder == folder
    hc = page.headcount_panel
    first, second = (m.person.participant_id for m in hc.model.rows[:2])
    before = hc.present
    page.scan_code(site.tokens[first])  # this station admits `first` ...
    assert hc.present == before + 1
    door2_scans(site, [first, second], folder)  # ... and so does door 2, with `second`
    service.sync_now()
    qtbot.waitUntil(lambda: hc.present == before + 2, timeout=3000)
    assert second not in hc.model.participant_ids()
    assert "Door 2" in [line.station for line in page.recent_model.rows]
    # this station's own journal is in the folder too, for door 2 to merge
    assert len(list(folder.glob("*.sakura-journal"))) == 2
    line = page.sync_line
    qtbot.waitUntil(lambda: "1 duplicate" in line.full_text(), timeout=3000)
    assert "stations: Door 2 (merged just now)" in line.full_text()
    assert line.full_text().startswith("Sync — Folder: …/")  # the folder's last two parts
    assert "also admitted at" in line.full_text()
    assert "also admitted at Door 2" in line.toolTip()
    assert "Door 2:" in line.toolTip() and "Main door (this laptop)" in line.toolTip()


def test_a_refused_journal_is_said_once(
    qtbot: QtBot, site: Site, station: Station, tmp_path: Path
) -> None:
    folder = tmp_path / "sync"
    door2_scans(site, [next(iter(site.tokens))], folder)
    journal = next(folder.glob("*.sakura-journal"))
    data = bytearray(journal.read_bytes())
    data[len(data) // 2] ^= 0xFF
    journal.write_bytes(bytes(data))
    service = sync_for(station.workspace)
    said: list[str] = []
    service.folder.problem.connect(said.append)
    service.sync_now()
    journal.touch()  # changed again (same bad content): read again, not said again
    service.sync_now()
    assert len(said) == 1 and journal.name in said[0]
    assert journal.name in station.page.sync_line.full_text()


# --- Settings ---------------------------------------------------------------------------------


def test_settings_dialog_takes_a_typed_sync_folder_and_refuses_a_missing_one(
    qtbot: QtBot, tmp_path: Path
) -> None:
    settings = Settings()
    dialog = SettingsDialog(settings)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.sync_edit, str(tmp_path / "nowhere"))
    qtbot.mouseClick(
        dialog.buttons.button(dialog.buttons.StandardButton.Ok), Qt.MouseButton.LeftButton
    )
    assert dialog.error_label.isVisible() and "does not exist" in dialog.error_label.text()
    assert settings.sync_folder == ""
    dialog.sync_edit.clear()
    qtbot.keyClicks(dialog.sync_edit, str(tmp_path))
    qtbot.keyClick(dialog.sync_edit, Qt.Key.Key_Return)
    assert settings.sync_folder == str(tmp_path)
    again = SettingsDialog(settings)
    qtbot.addWidget(again)
    assert again.sync_edit.text() == str(tmp_path)
    qtbot.mouseClick(again.sync_none, Qt.MouseButton.LeftButton)
    again.accept()
    assert settings.sync_folder == ""


def test_station_uuid_is_made_once_and_kept() -> None:
    settings = Settings()
    first = settings.station_uuid
    assert len(first) == 36 and Settings().station_uuid == first


# --- live -------------------------------------------------------------------------------------


def test_checkin_page_shows_a_scan_written_by_another_session(
    qtbot: QtBot, site: Site, station: Station
) -> None:
    page = station.page
    hc = page.headcount_panel
    person = hc.model.rows[0].person.participant_id
    before = hc.present
    database, _ = open_database(path=site.here)  # another engine: another station's process
    try:
        desk = CheckinDesk(database.session_factory, site.program_id, station_name="Side door")
        desk.scan(site.arrival.id, site.tokens[person])
    finally:
        database.dispose()
    qtbot.waitUntil(lambda: hc.present == before + 1, timeout=2000)
    assert person not in hc.model.participant_ids()
    assert page.recent_model.rows[0].station == "Side door"
