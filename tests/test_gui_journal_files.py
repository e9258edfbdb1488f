"""Sync > Export journal… and Import journals…: journals carried by hand between two laptops."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from checkin_world import World
from gui_world import Boxes, record_boxes
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot
from sync_world import Laptop, two_doors

from sakura_desktop.core.checkin.service import headcount
from sakura_desktop.db.lifecycle import open_database
from sakura_desktop.settings import Settings
from sakura_desktop.tasks import SyncTaskRunner
from sakura_desktop.ui.sync.journal_files import JournalFiles
from sakura_desktop.ui.workspace import DatabaseTarget, Workspace

pytestmark = pytest.mark.gui


@pytest.fixture(autouse=True)
def boxes(monkeypatch: pytest.MonkeyPatch) -> Boxes:
    return record_boxes(monkeypatch)


@pytest.fixture
def pair(tmp_path: Path) -> Iterator[tuple[World, Laptop, Laptop]]:
    with two_doors(tmp_path) as doors:
        yield doors


def _commands(qtbot: QtBot, laptop: Laptop, station: str) -> tuple[JournalFiles, Workspace]:
    settings = Settings()
    settings.station_name = station
    workspace = Workspace(settings, SyncTaskRunner())
    window = QWidget()
    qtbot.addWidget(window)
    database, report = open_database(path=laptop.path)
    workspace.adopt(database, report, DatabaseTarget(path=laptop.path, remember=False))
    workspace.select_program(laptop.program_id)  # the file holds a second program too
    return JournalFiles(window, workspace), workspace


def test_a_journal_carried_by_hand_merges_once_and_a_damaged_one_is_refused(
    qtbot: QtBot, pair: tuple[World, Laptop, Laptop], tmp_path: Path, boxes: Boxes
) -> None:
    world, door1, door2 = pair
    door1.desk().scan(door1.checkpoint_id("Welcome"), world.tokens["duc"])
    sender, _ = _commands(qtbot, door1, "Door 1")
    sender.export_to(tmp_path / "door1")
    carried = tmp_path / "door1.sakura-journal"
    assert carried.exists() and carried.stat().st_mode & 0o777 == 0o600
    assert "Wrote 1 scans of Door 1" in boxes.last

    receiver, workspace = _commands(qtbot, door2, "Door 2")
    changes: list[bool] = []
    workspace.journal_changed.connect(lambda: changes.append(True))
    damaged = tmp_path / "damaged.sakura-journal"
    damaged.write_bytes(carried.read_bytes()[:-40])
    receiver.import_paths([carried, damaged])

    assert "1 new scans, 0 already known, 0 duplicates, 1 files refused." in boxes.last
    assert "damaged.sakura-journal: refused. damaged.sakura-journal is incomplete" in boxes.last
    assert changes == [True]  # the screens that show scans re-read them
    count = headcount(door2.db.session_factory, door2.checkpoint_id("Welcome"))
    assert count.present == 1

    receiver.import_paths([carried])
    assert "0 new scans, 1 already known" in boxes.last
    assert changes == [True]  # nothing new: nothing to re-read
    workspace.close_database()
