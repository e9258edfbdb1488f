"""The Reports screen on the demo week with its first days scanned (offscreen).

Reports are chosen from the chooser, sorted by header clicks, exported (CSV, XLSX read back with
openpyxl; PNG loaded back as an image, SVG parsed as XML), computed in a real worker thread, and
recomputed when the journal or the program's data changes.
"""

from __future__ import annotations

import csv
import datetime as dt
import shutil
import subprocess
import sys
import textwrap
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from gui_world import Boxes, record_boxes
from openpyxl import load_workbook
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QLabel, QPushButton
from pytestqt.qtbot import QtBot
from reports_screen_world import make_scanned_demo

from sakura_desktop.core.checkin.checkpoints import expected_ids, list_checkpoints
from sakura_desktop.core.checkin.desk import CheckinDesk
from sakura_desktop.db.lifecycle import open_database
from sakura_desktop.settings import Settings
from sakura_desktop.tasks import (
    ProgressReporter,
    SyncTaskRunner,
    TaskHandle,
    TaskRunner,
    ThreadedTaskRunner,
)
from sakura_desktop.ui.reports import chart_panel, file_dialogs
from sakura_desktop.ui.reports.page import ReportsPage
from sakura_desktop.ui.widgets.table_model import SORT_ROLE
from sakura_desktop.ui.workspace import DatabaseTarget, Workspace

pytestmark = pytest.mark.gui


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


def _workspace(runner: TaskRunner, path: Path) -> Workspace:
    workspace = Workspace(Settings(), runner)
    database, report = open_database(path=path)
    workspace.adopt(database, report, DatabaseTarget(path=path, remember=False))
    return workspace


@pytest.fixture
def runner() -> CancellingRunner:
    return CancellingRunner()


@pytest.fixture
def workspace(runner: CancellingRunner, demo_db: Path) -> Iterator[Workspace]:
    ws = _workspace(runner, demo_db)
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


def _choose(page: ReportsPage, key: str) -> None:
    index = page.report_combo.findData(key)
    assert index >= 0, f"{key} is not offered"
    page.report_combo.setCurrentIndex(index)


def _column(page: ReportsPage, header: str) -> int:
    table = page.model.table
    assert table is not None
    return table.headers.index(header)


def _shown_values(page: ReportsPage, column: int) -> list[Any]:
    """A column's values in the order the view shows them (through the sorting proxy)."""
    proxy = page.proxy
    return [
        page.model.value(proxy.mapToSource(proxy.index(row, column)).row(), column)
        for row in range(proxy.rowCount())
    ]


def _click_header(qtbot: QtBot, page: ReportsPage, column: int) -> None:
    header = page.view.horizontalHeader()
    page.view.scrollTo(page.proxy.index(0, column))
    x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))


# -- choosing ----------------------------------------------------------------------------------


EXPECTED_TABLES = {
    "sessions": ["sessions"],
    "participants": ["participants"],
    "delegations": ["delegations"],
    "teams": ["teams"],
    "arrivals": ["arrivals"],
    "summary": None,  # several: checked apart
    "catering": None,
    "manifests": ["transfers", "manifests"],
    "rooming": ["rooming"],
    "survey": ["survey_response", "survey_satisfaction", "survey_come_back", "survey_comments"],
    "alumni": ["alumni"],
}
CHARTED = {"sessions", "delegations", "teams", "arrivals"}


def test_every_report_is_offered_and_shows_its_tables(page: ReportsPage, boxes: Boxes) -> None:
    offered = [page.report_combo.itemData(i) for i in range(page.report_combo.count())]
    assert offered == list(EXPECTED_TABLES)
    for key, tables in EXPECTED_TABLES.items():
        _choose(page, key)
        shown = [t.key for t in page.tables]
        if tables is not None:
            assert shown == tables, key
        assert shown, key
        # A report of several tables offers them in a second chooser; one table hides it.
        assert page.table_combo.isVisible() == (len(shown) > 1), key
        assert page.checkpoint_combo.isVisible() == (key == "arrivals"), key
        assert (page.chart.view is not None) == (key in CHARTED), key
        assert page.export_chart_button.isEnabled() == (key in CHARTED), key
    assert boxes.texts == []


def test_attendance_per_session_matches_the_scans(page: ReportsPage) -> None:
    _choose(page, "sessions")
    table = page.model.table
    assert table is not None and table.title == "Attendance per session"
    first = dict(zip(table.headers, table.rows[0], strict=True))
    assert first["Session"] == "Lunch (bento)"
    assert first["Expected"] == 96 and 0 < first["Present"] < 96  # a tenth or so missing
    # Sessions after Wednesday noon were not scanned: blank, not 0 %.
    assert table.rows[-1][_column(page, "Present")] is None
    assert page.proxy.index(0, _column(page, "Rate %")).data() == f"{first['Rate %']:.1f}"
    assert "Present: expected people let in" in page.notes.text()


def test_the_arrivals_timeline_counts_everyone_once(
    page: ReportsPage, workspace: Workspace
) -> None:
    assert workspace.factory is not None and workspace.program is not None
    checkpoints = list_checkpoints(workspace.factory, workspace.program.id, with_counts=True)
    everyone = checkpoints[0].expected  # the arrival checkpoint: everybody was scanned there
    _choose(page, "arrivals")
    assert page.checkpoint_combo.currentText() == "Arrival"
    table = page.model.table
    assert table is not None
    people = [row[_column(page, "People")] for row in table.rows]
    assert sum(people) == table.rows[-1][_column(page, "Total so far")] == everyone
    assert table.rows[0][0] == dt.datetime(2026, 7, 13, 9, 0)
    # Another checkpoint: the lunch's scans.
    lunch = page.checkpoint_combo.findText("Lunch", Qt.MatchFlag.MatchContains)
    page.checkpoint_combo.setCurrentIndex(lunch)
    table = page.model.table
    assert table is not None and table.title.startswith("Arrivals at Lunch")
    assert 0 < table.rows[-1][_column(page, "Total so far")] < everyone


def test_several_tables_are_chosen_in_the_second_chooser(page: ReportsPage) -> None:
    _choose(page, "survey")
    page.table_combo.setCurrentIndex(page.table_combo.findData("survey_come_back"))
    assert page.model.table is not None and page.model.table.key == "survey_come_back"
    assert page.proxy.headerData(0, Qt.Orientation.Horizontal) == "Answer"


# -- sorting -----------------------------------------------------------------------------------


def test_a_numeric_column_sorts_by_value_on_header_clicks(qtbot: QtBot, page: ReportsPage) -> None:
    _choose(page, "participants")
    attended = _column(page, "Attended")
    numbers = _shown_values(page, attended)
    # As text "3" would sort after "13": the column must hold both to prove anything.
    assert any(v < 10 for v in numbers) and any(v >= 10 for v in numbers)

    _click_header(qtbot, page, attended)
    assert _shown_values(page, attended) == sorted(numbers)
    _click_header(qtbot, page, attended)
    assert _shown_values(page, attended) == sorted(numbers, reverse=True)
    # Numbers are right-aligned, text is not.
    alignment = page.proxy.index(0, attended).data(Qt.ItemDataRole.TextAlignmentRole)
    assert alignment & int(Qt.AlignmentFlag.AlignRight)
    name = page.proxy.index(0, _column(page, "Name")).data(Qt.ItemDataRole.TextAlignmentRole)
    assert not name & int(Qt.AlignmentFlag.AlignRight)

    _choose(page, "sessions")  # blanks (attendance not recorded) sort before every number
    present = _column(page, "Present")
    _click_header(qtbot, page, present)
    ascending = _shown_values(page, present)
    blanks = ascending.count(None)
    assert blanks > 0 and ascending[:blanks] == [None] * blanks
    assert ascending[blanks:] == sorted(v for v in ascending if v is not None)


def test_rates_and_times_sort_as_values(qtbot: QtBot, page: ReportsPage) -> None:
    _choose(page, "delegations")
    rate = _column(page, "Rate %")
    _click_header(qtbot, page, rate)
    rates = _shown_values(page, rate)
    assert rates == sorted(rates) and len(set(rates)) > 1
    _choose(page, "sessions")  # a new table starts in the report's own order
    starts = _column(page, "Starts")
    assert _shown_values(page, starts) == sorted(_shown_values(page, starts))
    _click_header(qtbot, page, starts)
    _click_header(qtbot, page, starts)
    assert _shown_values(page, starts) == sorted(_shown_values(page, starts), reverse=True)
    assert page.proxy.index(0, starts).data(SORT_ROLE)[0] == 2  # sorted as times, not text


# -- exporting ---------------------------------------------------------------------------------


def test_export_the_table_as_csv_and_xlsx(
    page: ReportsPage, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _choose(page, "delegations")
    table = page.model.table
    assert table is not None
    out = tmp_path / "delegations.csv"
    monkeypatch.setattr(file_dialogs, "choose_table_path", lambda parent, suggested: out)
    page.export_table_button.click()
    with out.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    assert tuple(rows[0]) == table.headers
    assert [r[0] for r in rows[1:]] == [r[0] for r in table.rows]
    assert float(rows[1][-1]) == table.rows[0][-1]
    assert "Saved delegations.csv" in page.status.text()

    _choose(page, "survey")  # several tables: a sheet each
    book = tmp_path / "survey.xlsx"
    monkeypatch.setattr(file_dialogs, "choose_table_path", lambda parent, suggested: book)
    page.export_table_button.click()
    workbook = load_workbook(book)
    assert workbook.sheetnames == [t.key for t in page.tables]
    sheet = workbook["survey_response"]
    assert [c.value for c in sheet[1]] == list(page.tables[0].headers)


def test_export_the_chart_as_png_and_svg(
    page: ReportsPage, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _choose(page, "sessions")
    png = tmp_path / "sessions.png"
    monkeypatch.setattr(file_dialogs, "choose_chart_path", lambda parent, suggested: png)
    page.export_chart_button.click()
    image = QImage(str(png))
    assert not image.isNull() and image.width() >= 300 and image.height() >= 300
    colours = {
        image.pixelColor(x, y).name()
        for x in range(0, image.width(), 7)
        for y in range(0, image.height(), 7)
    }
    assert len(colours) > 3  # bars, labels and background, not a blank picture
    assert "#3c6e9f" in colours  # the expected bars' colour

    svg = tmp_path / "sessions.svg"
    monkeypatch.setattr(file_dialogs, "choose_chart_path", lambda parent, suggested: svg)
    page.export_chart_button.click()
    root = ET.parse(svg).getroot()
    assert root.tag.endswith("svg")
    texts = " ".join(t.text or "" for t in root.iter() if t.tag.endswith("text"))
    assert "Attendance per session" in texts and "Mon 12:30" in texts  # text, not pixels
    tags = [e.tag.rsplit("}", 1)[-1] for e in root.iter()]
    assert tags.count("rect") >= 2 * 33  # two bars per recorded session, drawn as shapes
    assert "image" not in tags  # vector graphics, not a screenshot inside an SVG
    assert "Saved sessions.svg" in page.status.text()
    assert png.stat().st_mode & 0o077 == 0 and svg.stat().st_mode & 0o077 == 0  # private


# -- without Qt Charts, in a worker, following the data ------------------------------------------


def test_without_qt_charts_the_tables_still_work(
    qtbot: QtBot, workspace: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken() -> Any:
        raise ImportError("No module named 'PySide6.QtCharts'")

    monkeypatch.setattr(chart_panel, "load_charts", broken)
    screen = ReportsPage(workspace)
    qtbot.addWidget(screen)
    screen.show()
    _choose(screen, "delegations")
    assert screen.model.rowCount() == 9
    assert screen.chart.message.text() == chart_panel.UNAVAILABLE
    assert "Charts are unavailable" in screen.chart.message.text()
    assert not screen.export_chart_button.isEnabled()
    assert screen.export_table_button.isEnabled()


def test_the_app_starts_without_qt_charts(demo_db: Path) -> None:
    """QtCharts loads when the Reports screen is first shown, not with the main window."""
    script = textwrap.dedent(
        f"""
        import sys
        from pathlib import Path
        from sakura_desktop.app import create_application
        from sakura_desktop.settings import Settings
        from sakura_desktop.tasks import SyncTaskRunner
        from sakura_desktop.ui.shell.main_window import MainWindow
        from sakura_desktop.ui.workspace import DatabaseTarget, Workspace
        app = create_application()
        settings = Settings()
        window = MainWindow(Workspace(settings, SyncTaskRunner()), settings)
        window.show()
        window.commands.open_target(DatabaseTarget(path=Path({str(demo_db)!r}), remember=False))
        print("before", "PySide6.QtCharts" in sys.modules)
        window.navigator.show_screen("reports")
        app.processEvents()  # the screen's page is built and shown when first asked for
        print("after", "PySide6.QtCharts" in sys.modules)
        print("rows", window.pages["reports"].model.rowCount())
        """
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=120, check=True
    )
    assert "before False" in done.stdout
    assert "after True" in done.stdout
    assert "rows 55" in done.stdout


def test_computed_in_a_worker_thread(qtbot: QtBot, demo_db: Path) -> None:
    runner = ThreadedTaskRunner()
    ws = _workspace(runner, demo_db)
    qtbot.waitUntil(lambda: ws.program is not None, timeout=10_000)
    screen = ReportsPage(ws)
    qtbot.addWidget(screen)
    screen.show()
    qtbot.waitUntil(lambda: screen.model.rowCount() == 55, timeout=20_000)
    assert screen.chart.view is not None
    _choose(screen, "teams")  # same computation: at once, no worker
    assert screen.model.table is not None and screen.model.table.key == "teams"
    runner.shutdown()
    ws.close_database()


def test_cancel_leaves_the_screen_usable(
    page: ReportsPage, runner: CancellingRunner, boxes: Boxes
) -> None:
    runner.cancel_next = True
    page.reload_button.click()
    assert page.model.rowCount() == 0
    assert page.status.text().startswith("Cancelled.")
    assert boxes.texts == []
    page.reload_button.click()
    assert page.model.rowCount() == 55


def _present_at_last_scanned(page: ReportsPage) -> int:
    table = page.model.table
    assert table is not None
    recorded = [row for row in table.rows if row[_column(page, "Present")] is not None]
    return sum(int(row[_column(page, "Present")] or 0) for row in recorded)


def test_follows_scans_and_changes_made_elsewhere(
    qtbot: QtBot, page: ReportsPage, workspace: Workspace
) -> None:
    _choose(page, "sessions")
    before = _present_at_last_scanned(page)
    factory, program = workspace.factory, workspace.program
    assert factory is not None and program is not None
    thursday = next(
        c
        for c in list_checkpoints(factory, program.id)
        if c.name.startswith("Bre") and c.starts is not None and c.starts.day == 16
    )
    desk = CheckinDesk(factory, program.id, station_name="Side door")
    with factory() as session:
        someone = min(expected_ids(session, thursday.facts))
    desk.check_in(thursday.id, someone)
    # A scan announces nothing; the screen looks at the journal when shown again.
    page.hide()
    page.show()
    assert _present_at_last_scanned(page) == before + 1

    # A change made on another screen while this one is hidden: recomputed when shown.
    page.hide()
    desk.check_in(thursday.id, someone + 1)
    workspace.announce_change(object())
    assert page.data_follower.stale
    page.show()
    assert _present_at_last_scanned(page) == before + 2


def test_fits_1280_by_720_and_every_control_has_a_tooltip(qtbot: QtBot, page: ReportsPage) -> None:
    page.resize(1280 - 200, 720 - 110)  # the window less the sidebar, menus, toolbar, status
    qtbot.wait(10)
    for button in (page.export_table_button, page.export_chart_button, page.reload_button):
        assert button.width() >= button.sizeHint().width(), button.text()
        assert button.geometry().right() <= page.content.width()
        assert button.toolTip()
    assert page.report_combo.toolTip() and page.view.toolTip() and page.search.toolTip()
    assert page.chart.view is not None and page.chart.view.toolTip()
    # Every report fits the narrowest main window (760 px less the 196 px sidebar).
    for key in EXPECTED_TABLES:
        _choose(page, key)
        assert page.minimumSizeHint().width() <= 760 - 196, key


def test_the_summary_charts_its_breakdowns_without_the_total(page: ReportsPage) -> None:
    _choose(page, "summary")
    keys = [page.table_combo.itemData(i) for i in range(page.table_combo.count())]
    assert keys[0] == "overview" and "by_country" in keys and "survey_response" in keys
    assert page.chart.view is None  # the overview is a list of facts: no chart
    page.table_combo.setCurrentIndex(keys.index("by_country"))
    table = page.model.table
    assert table is not None and table.rows[-1][0] == "Total"
    chart = page.chart.view
    assert chart is not None
    (categories,) = [a for a in chart.chart().axes() if hasattr(a, "categories")]
    assert len(categories.categories()) == len(table.rows) - 1  # the total is not a country
    assert "Total" not in categories.categories()


def test_keyboard_reaches_every_control(qtbot: QtBot, page: ReportsPage) -> None:
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    qtbot.keyClick(page, Qt.Key.Key_R, Qt.KeyboardModifier.AltModifier)
    assert page.report_combo.hasFocus()
    qtbot.keyClick(page.report_combo, Qt.Key.Key_Down)  # attendance per participant
    assert page.current_choice is not None and page.current_choice.key == "participants"
    reached = []
    for _ in range(8):
        qtbot.keyClick(page.focusWidget(), Qt.Key.Key_Tab)
        reached.append(page.focusWidget())
    for widget in (page.reload_button, page.export_table_button, page.view):
        assert widget in reached, widget.objectName()
    # Each Alt+letter does one thing.
    texts = [w.text() for w in page.findChildren(QLabel) + page.findChildren(QPushButton)]
    letters = [t[t.index("&") + 1].lower() for t in texts if "&" in t]
    assert len(letters) >= 7 and len(letters) == len(set(letters)), texts


def test_survey_answers_imported_from_the_screen_show_at_once(qtbot: QtBot, tmp_path: Path) -> None:
    from survey_world import make_survey_db
    from test_survey_import import bad_file

    from sakura_desktop.ui.survey.import_dialog import SurveyImportDialog

    path = tmp_path / "survey.db"
    make_survey_db(path)
    ws = _workspace(SyncTaskRunner(), path)
    screen = ReportsPage(ws)
    qtbot.addWidget(screen)
    screen.show()
    _choose(screen, "sessions")
    assert not screen.survey_button.isVisible()
    _choose(screen, "survey")
    assert screen.survey_button.isVisible()

    def answered() -> int:
        table = screen.model.table
        assert table is not None and table.key == "survey_response"
        return int(table.rows[-1][table.headers.index("Answered")] or 0)

    before = answered()
    screen.survey_button.click()
    dialog = screen.survey_dialog
    assert isinstance(dialog, SurveyImportDialog) and dialog.isVisible()
    dialog.load(bad_file(tmp_path))
    dialog.accept_box.setChecked(True)
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert answered() > before
    ws.close_database()


def test_an_export_that_cannot_be_written_says_so(
    page: ReportsPage, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, boxes: Boxes
) -> None:
    _choose(page, "sessions")
    nowhere = tmp_path / "no such folder" / "chart.svg"
    monkeypatch.setattr(file_dialogs, "choose_chart_path", lambda parent, suggested: nowhere)
    page.export_chart_button.click()
    assert f"Could not write {nowhere}" in boxes.last
    monkeypatch.setattr(
        file_dialogs, "choose_table_path", lambda parent, s: nowhere.with_suffix(".csv")
    )
    page.export_table_button.click()
    assert "does not exist" in boxes.last
    assert not nowhere.parent.exists()


def test_typing_finds_rows_in_the_table(qtbot: QtBot, page: ReportsPage) -> None:
    _choose(page, "participants")
    everyone = page.proxy.rowCount()
    delegation = _column(page, "Delegation")
    qtbot.keyClicks(page.search, "indonesia")
    shown = _shown_values(page, delegation)
    assert 0 < len(shown) < everyone
    assert all("Indonesia" in str(value) for value in shown)
    _click_header(qtbot, page, _column(page, "Attended"))  # sorting keeps the search
    assert page.proxy.rowCount() == len(shown)
    page.search.clear()
    assert page.proxy.rowCount() == everyone


def test_the_report_chosen_last_is_shown_next_time(
    qtbot: QtBot, page: ReportsPage, workspace: Workspace
) -> None:
    _choose(page, "teams")
    again = ReportsPage(workspace)
    qtbot.addWidget(again)
    again.show()
    assert again.report_combo.currentData() == "teams"
    assert again.model.table is not None and again.model.table.key == "teams"


def test_save_the_report_as_a_printable_pdf(
    page: ReportsPage, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from pypdf import PdfReader

    def saved(key: str) -> PdfReader:
        _choose(page, key)
        out = tmp_path / f"{key}.pdf"
        monkeypatch.setattr(file_dialogs, "choose_pdf_path", lambda parent, suggested: out)
        page.pdf_button.click()
        assert out.stat().st_mode & 0o077 == 0  # names inside: this user's only
        assert f"Saved {out.name}" in page.status.text()
        return PdfReader(str(out))

    sessions = saved("sessions")
    text = "".join(p.extract_text() for p in sessions.pages)
    assert "Attendance" in text and "Lunch (bento)" in text
    # Catering: a page (or more) per meal, for the kitchen.
    catering = saved("catering")
    meals = page.tables[0]
    assert meals.key == "catering" and len(catering.pages) >= len(meals.rows)
    # Manifests: a roll-call sheet per transfer.
    manifests = saved("manifests")
    assert len(manifests.pages) >= len(page.tables[0].rows)
