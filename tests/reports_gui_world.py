"""Shared by the Reports screen's GUI tests: the scanned demo week, a workspace on it, the
screen shown, and helpers that choose a report and read the table as the view shows it."""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from gui_world import Boxes, record_boxes
from PySide6.QtCore import QPoint, Qt
from pytestqt.qtbot import QtBot
from reports_screen_world import make_scanned_demo

from sakura_desktop.db.lifecycle import open_database
from sakura_desktop.settings import Settings
from sakura_desktop.tasks import ProgressReporter, SyncTaskRunner, TaskHandle, TaskRunner
from sakura_desktop.ui.reports.page import ReportsPage
from sakura_desktop.ui.workspace import DatabaseTarget, Workspace

__all__ = ["boxes", "demo_db", "page", "runner", "scanned_template", "workspace"]  # fixtures


@pytest.fixture(autouse=True)
def boxes(monkeypatch: pytest.MonkeyPatch) -> Boxes:
    return record_boxes(monkeypatch)


@pytest.fixture(scope="module")
def scanned_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("reports") / "demo.db"
    make_scanned_demo(path)
    return path


@pytest.fixture
def demo_db(tmp_path: Path, scanned_template: Path) -> Path:
    path = tmp_path / "demo.db"
    shutil.copy(scanned_template, path)
    return path


class CancellingRunner(SyncTaskRunner):
    """Cancels the next task at its first progress report, as the dialog's Cancel would."""

    def __init__(self) -> None:
        self.cancel_next = False

    def run(self, fn: Callable[[ProgressReporter], Any], **kwargs: Any) -> TaskHandle:
        if not self.cancel_next:
            return super().run(fn, **kwargs)
        self.cancel_next = False

        def cancelled_at_first_report(reporter: ProgressReporter) -> Any:
            report = reporter.report

            def cancel_then_report(done: int, total: int = 0, text: str = "") -> None:
                reporter.cancel()
                report(done, total, text)

            reporter.report = cancel_then_report  # type: ignore[method-assign]
            return fn(reporter)

        return super().run(cancelled_at_first_report, **kwargs)


def make_workspace(runner: TaskRunner, path: Path) -> Workspace:
    workspace = Workspace(Settings(), runner)
    database, report = open_database(path=path)
    workspace.adopt(database, report, DatabaseTarget(path=path, remember=False))
    return workspace


@pytest.fixture
def runner() -> CancellingRunner:
    return CancellingRunner()


@pytest.fixture
def workspace(runner: CancellingRunner, demo_db: Path) -> Iterator[Workspace]:
    ws = make_workspace(runner, demo_db)
    assert ws.program is not None
    yield ws
    ws.close_database()


@pytest.fixture
def page(qtbot: QtBot, workspace: Workspace) -> ReportsPage:
    screen = ReportsPage(workspace)
    qtbot.addWidget(screen)
    screen.resize(1084, 620)
    screen.show()
    qtbot.waitExposed(screen)
    return screen


def choose(page: ReportsPage, key: str) -> None:
    index = page.report_combo.findData(key)
    assert index >= 0, f"{key} is not offered"
    page.report_combo.setCurrentIndex(index)


def column(page: ReportsPage, header: str) -> int:
    table = page.model.table
    assert table is not None
    return table.headers.index(header)


def shown_values(page: ReportsPage, column: int) -> list[Any]:
    """A column's values in the order the view shows them (through the sorting proxy)."""
    proxy = page.proxy
    return [
        page.model.value(proxy.mapToSource(proxy.index(row, column)).row(), column)
        for row in range(proxy.rowCount())
    ]


def click_header(qtbot: QtBot, page: ReportsPage, column: int) -> None:
    header = page.view.horizontalHeader()
    page.view.scrollTo(page.proxy.index(0, column))
    x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
