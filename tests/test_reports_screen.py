"""The Reports screen on the demo week with its first days scanned (offscreen).

Reports are chosen from the chooser and sorted by header clicks; the screen computes in a real
worker thread, recomputes when the journal or the program's data changes, loads Qt Charts only
when shown, fits the narrowest window and is reachable by keyboard. Exports:
test_reports_screen_exports.py.
"""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import pytest
from gui_world import Boxes
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton
from pytestqt.qtbot import QtBot
from reports_gui_world import (
    CancellingRunner,
    boxes,
    choose,
    click_header,
    column,
    demo_db,
    make_workspace,
    page,
    runner,
    scanned_template,
    shown_values,
    workspace,
)

from sakura_desktop.core.checkin.checkpoints import expected_ids, list_checkpoints
from sakura_desktop.core.checkin.desk import CheckinDesk
from sakura_desktop.tasks import (
    ThreadedTaskRunner,
)
from sakura_desktop.ui.reports import chart_panel
from sakura_desktop.ui.reports.page import ReportsPage
from sakura_desktop.ui.widgets.table_model import SORT_ROLE
from sakura_desktop.ui.workspace import Workspace

pytestmark = pytest.mark.gui
__all__ = ["boxes", "demo_db", "page", "runner", "scanned_template", "workspace"]  # fixtures


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
        choose(page, key)
        shown = [t.key for t in page.tables]
        if tables is not None:
            assert shown == tables, key
        assert shown, key
        # A report of several tables offers them in a second chooser; one table hides it.
        assert page.table_combo.isVisible() == (len(shown) > 1), key
        assert page.checkpoint_combo.isVisible() == (key == "arrivals"), key
        assert (page.chart.view is not None) == (key in CHARTED), key
        assert page.exports.chart_button.isEnabled() == (key in CHARTED), key
    assert boxes.texts == []


def test_attendance_per_session_matches_the_scans(page: ReportsPage) -> None:
    choose(page, "sessions")
    table = page.model.table
    assert table is not None and table.title == "Attendance per session"
    first = dict(zip(table.headers, table.rows[0], strict=True))
    assert first["Session"] == "Lunch (bento)"
    assert first["Expected"] == 96 and 0 < first["Present"] < 96  # a tenth or so missing
    # Sessions after Wednesday noon were not scanned: blank, not 0 %.
    assert table.rows[-1][column(page, "Present")] is None
    assert page.proxy.index(0, column(page, "Rate %")).data() == f"{first['Rate %']:.1f}"
    assert "Present: expected people let in" in page.notes.text()


def test_the_arrivals_timeline_counts_everyone_once(
    page: ReportsPage, workspace: Workspace
) -> None:
    assert workspace.factory is not None and workspace.program is not None
    checkpoints = list_checkpoints(workspace.factory, workspace.program.id, with_counts=True)
    everyone = checkpoints[0].expected  # the arrival checkpoint: everybody was scanned there
    choose(page, "arrivals")
    assert page.checkpoint_combo.currentText() == "Arrival"
    table = page.model.table
    assert table is not None
    people = [row[column(page, "People")] for row in table.rows]
    assert sum(people) == table.rows[-1][column(page, "Total so far")] == everyone
    assert table.rows[0][0] == dt.datetime(2026, 7, 13, 9, 0)
    # Another checkpoint: the lunch's scans.
    lunch = page.checkpoint_combo.findText("Lunch", Qt.MatchFlag.MatchContains)
    page.checkpoint_combo.setCurrentIndex(lunch)
    table = page.model.table
    assert table is not None and table.title.startswith("Arrivals at Lunch")
    assert 0 < table.rows[-1][column(page, "Total so far")] < everyone


def test_several_tables_are_chosen_in_the_second_chooser(page: ReportsPage) -> None:
    choose(page, "survey")
    page.table_combo.setCurrentIndex(page.table_combo.findData("survey_come_back"))
    assert page.model.table is not None and page.model.table.key == "survey_come_back"
    assert page.proxy.headerData(0, Qt.Orientation.Horizontal) == "Answer"


# -- sorting -----------------------------------------------------------------------------------


def test_a_numeric_column_sorts_by_value_on_header_clicks(qtbot: QtBot, page: ReportsPage) -> None:
    choose(page, "participants")
    attended = column(page, "Attended")
    numbers = shown_values(page, attended)
    # As text "3" would sort after "13": the column must hold both to prove anything.
    assert any(v < 10 for v in numbers) and any(v >= 10 for v in numbers)

    click_header(qtbot, page, attended)
    assert shown_values(page, attended) == sorted(numbers)
    click_header(qtbot, page, attended)
    assert shown_values(page, attended) == sorted(numbers, reverse=True)
    # Numbers are right-aligned, text is not.
    alignment = page.proxy.index(0, attended).data(Qt.ItemDataRole.TextAlignmentRole)
    assert alignment & int(Qt.AlignmentFlag.AlignRight)
    name = page.proxy.index(0, column(page, "Name")).data(Qt.ItemDataRole.TextAlignmentRole)
    assert not name & int(Qt.AlignmentFlag.AlignRight)

    choose(page, "sessions")  # blanks (attendance not recorded) sort before every number
    present = column(page, "Present")
    click_header(qtbot, page, present)
    ascending = shown_values(page, present)
    blanks = ascending.count(None)
    assert blanks > 0 and ascending[:blanks] == [None] * blanks
    assert ascending[blanks:] == sorted(v for v in ascending if v is not None)


def test_rates_and_times_sort_as_values(qtbot: QtBot, page: ReportsPage) -> None:
    choose(page, "delegations")
    rate = column(page, "Rate %")
    click_header(qtbot, page, rate)
    rates = shown_values(page, rate)
    assert rates == sorted(rates) and len(set(rates)) > 1
    choose(page, "sessions")  # a new table starts in the report's own order
    starts = column(page, "Starts")
    assert shown_values(page, starts) == sorted(shown_values(page, starts))
    click_header(qtbot, page, starts)
    click_header(qtbot, page, starts)
    assert shown_values(page, starts) == sorted(shown_values(page, starts), reverse=True)
    assert page.proxy.index(0, starts).data(SORT_ROLE)[0] == 2  # sorted as times, not text


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
    choose(screen, "delegations")
    assert screen.model.rowCount() == 9
    assert screen.chart.message.text() == chart_panel.UNAVAILABLE
    assert "Charts are unavailable" in screen.chart.message.text()
    assert not screen.exports.chart_button.isEnabled()
    assert screen.exports.table_button.isEnabled()


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
    ws = make_workspace(runner, demo_db)
    qtbot.waitUntil(lambda: ws.program is not None, timeout=10_000)
    screen = ReportsPage(ws)
    qtbot.addWidget(screen)
    screen.show()
    qtbot.waitUntil(lambda: screen.model.rowCount() == 55, timeout=20_000)
    assert screen.chart.view is not None
    choose(screen, "teams")  # same computation: at once, no worker
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
    recorded = [row for row in table.rows if row[column(page, "Present")] is not None]
    return sum(int(row[column(page, "Present")] or 0) for row in recorded)


def test_follows_scans_and_changes_made_elsewhere(
    qtbot: QtBot, page: ReportsPage, workspace: Workspace
) -> None:
    choose(page, "sessions")
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
    for button in (page.exports.table_button, page.exports.chart_button, page.reload_button):
        assert button.width() >= button.sizeHint().width(), button.text()
        right = button.mapTo(page.content, button.rect().topRight()).x()
        assert right <= page.content.width(), button.text()
        assert button.toolTip()
    assert page.report_combo.toolTip() and page.view.toolTip() and page.search.toolTip()
    assert page.chart.view is not None and page.chart.view.toolTip()
    # Every report fits the narrowest main window (760 px less the 196 px sidebar).
    for key in EXPECTED_TABLES:
        choose(page, key)
        assert page.minimumSizeHint().width() <= 760 - 196, key


def test_the_summary_charts_its_breakdowns_without_the_total(page: ReportsPage) -> None:
    choose(page, "summary")
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
    for widget in (page.reload_button, page.exports.table_button, page.view):
        assert widget in reached, widget.objectName()
    # Each Alt+letter does one thing.
    texts = [w.text() for w in page.findChildren(QLabel) + page.findChildren(QPushButton)]
    letters = [t[t.index("&") + 1].lower() for t in texts if "&" in t]
    assert len(letters) >= 7 and len(letters) == len(set(letters)), texts


def test_typing_finds_rows_in_the_table(qtbot: QtBot, page: ReportsPage) -> None:
    choose(page, "participants")
    everyone = page.proxy.rowCount()
    delegation = column(page, "Delegation")
    qtbot.keyClicks(page.search, "indonesia")
    shown = shown_values(page, delegation)
    assert 0 < len(shown) < everyone
    assert all("Indonesia" in str(value) for value in shown)
    click_header(qtbot, page, column(page, "Attended"))  # sorting keeps the search
    assert page.proxy.rowCount() == len(shown)
    page.search.clear()
    assert page.proxy.rowCount() == everyone


def test_the_report_chosen_last_is_shown_next_time(
    qtbot: QtBot, page: ReportsPage, workspace: Workspace
) -> None:
    choose(page, "teams")
    again = ReportsPage(workspace)
    qtbot.addWidget(again)
    again.show()
    assert again.report_combo.currentData() == "teams"
    assert again.model.table is not None and again.model.table.key == "teams"


def test_catering_and_manifests_for_one_day(page: ReportsPage) -> None:
    choose(page, "catering")
    assert page.day_combo.isVisible() and page.day is None  # every day
    every_day = page.model.table
    assert every_day is not None
    tuesday = dt.date(2026, 7, 14)
    page.day_combo.setCurrentIndex(page.day_combo.findData(tuesday.isoformat()))
    table = page.model.table
    assert table is not None and 0 < len(table.rows) < len(every_day.rows)
    assert {row[column(page, "Date")] for row in table.rows} == {tuesday}  # the kitchen's day
    choose(page, "manifests")  # the day holds for the buses too
    transfers = page.model.table
    assert transfers is not None and transfers.rows
    assert {row[column(page, "Departs")].date() for row in transfers.rows} == {tuesday}
    shown = page.shown_report()
    assert shown is not None and shown.day == tuesday and shown.name.endswith("2026-07-14")
    choose(page, "sessions")
    assert not page.day_combo.isVisible()
