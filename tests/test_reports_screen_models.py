"""The Reports screen's table model and its proxy, without a screen: typed sorting and display."""

from __future__ import annotations

import datetime as dt
import time

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from pytestqt.qtbot import QtBot

from sakura_desktop.core.reports.table import ReportTable
from sakura_desktop.ui.reports.catalog import CHARTS, chart_for
from sakura_desktop.ui.reports.models import ReportSortProxy, ReportTableModel, cell_text

pytestmark = pytest.mark.gui


def _proxy(table: ReportTable) -> tuple[ReportTableModel, ReportSortProxy]:
    model = ReportTableModel()
    proxy = ReportSortProxy()
    proxy.setSourceModel(model)
    model.set_table(table)
    return model, proxy


def _column(proxy: ReportSortProxy, column: int) -> list[str]:
    return [proxy.index(row, column).data() for row in range(proxy.rowCount())]


TABLE = ReportTable(
    "groups",
    "Groups",
    ("Name", "People", "Rate %", "Since"),
    [
        ("b", 10, 50.0, dt.datetime(2026, 7, 14, 9, 0)),
        ("a", 9, 88.0, None),
        ("c", 100, None, dt.datetime(2026, 7, 13, 9, 0)),
        ("d", 10, 86.8, dt.datetime(2026, 7, 13, 10, 0)),
    ],
)


def test_numbers_sort_as_numbers_blanks_first(qtbot: QtBot) -> None:
    model, proxy = _proxy(TABLE)
    proxy.sort(1, Qt.SortOrder.AscendingOrder)
    assert _column(proxy, 1) == ["9", "10", "10", "100"]  # as text: 10, 10, 100, 9
    assert _column(proxy, 0) == ["a", "b", "d", "c"]  # equal values keep the report's order
    proxy.sort(1, Qt.SortOrder.DescendingOrder)
    assert _column(proxy, 0) == ["c", "b", "d", "a"]
    proxy.sort(2, Qt.SortOrder.AscendingOrder)
    assert _column(proxy, 2) == ["", "50.0", "86.8", "88.0"]  # one decimal for the column
    proxy.sort(3, Qt.SortOrder.AscendingOrder)
    assert _column(proxy, 0) == ["a", "c", "d", "b"]  # times as times
    proxy.sort(-1, Qt.SortOrder.AscendingOrder)
    assert _column(proxy, 0) == ["b", "a", "c", "d"]  # back to the report's order
    assert model.is_numeric(1) and model.is_numeric(2) and not model.is_numeric(0)


def test_percentages_written_as_text_sort_as_numbers(qtbot: QtBot) -> None:
    table = ReportTable("t", "T", ("Share",), [("85 %",), ("9 %",), ("100 %",)])
    _, proxy = _proxy(table)
    proxy.sort(0, Qt.SortOrder.AscendingOrder)
    assert _column(proxy, 0) == ["9 %", "85 %", "100 %"]


def test_a_selected_row_stays_selected_through_a_sort(qtbot: QtBot) -> None:
    _model, proxy = _proxy(TABLE)  # kept: the proxy does not own its source
    selection = QItemSelectionModel(proxy)
    selection.select(
        proxy.index(2, 0),
        QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
    )
    proxy.sort(1, Qt.SortOrder.DescendingOrder)
    (selected,) = {index.row() for index in selection.selectedIndexes()}
    assert proxy.index(selected, 0).data() == "c"


def test_three_thousand_rows_sort_at_once(qtbot: QtBot) -> None:
    rows = [
        (f"Person {i:04d}", (i * 7919) % 41, round((i * 104_729) % 1000 / 10, 1))
        for i in range(3000)
    ]
    _, proxy = _proxy(ReportTable("p", "P", ("Name", "Attended", "Rate %"), rows))
    started = time.perf_counter()
    proxy.sort(2, Qt.SortOrder.DescendingOrder)
    proxy.sort(1, Qt.SortOrder.AscendingOrder)
    elapsed = time.perf_counter() - started
    shown = [int(text) for text in _column(proxy, 1)]
    assert shown == sorted(shown)
    assert elapsed < 0.25  # comparing pairs of cells through Python took ~0.5 s per sort


def test_cells_read_as_a_coordinator_expects() -> None:
    assert cell_text(dt.datetime(2026, 7, 13, 12, 30)) == "Mon 13 Jul 12:30"
    assert cell_text(dt.date(2026, 7, 13)) == "Mon 13 Jul 2026"
    assert cell_text(2026) == "2026"  # a year, not 2,026
    assert cell_text(None) == ""


def test_a_chart_is_offered_only_where_its_columns_exist() -> None:
    sessions = ReportTable("sessions", "S", ("Session", "Starts", "Expected", "Present"), [])
    assert chart_for(sessions) is CHARTS["sessions"]
    renamed = ReportTable("sessions", "S", ("Session", "Starts", "Expected", "Here"), [])
    assert chart_for(renamed) is None  # the core renamed a column: no chart, no crash
    assert chart_for(ReportTable("rooming", "R", ("Room",), [])) is None
