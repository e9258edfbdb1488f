"""The chart beside a report's table: loads Qt Charts on first use, or says why there is none.

Qt Charts comes from PySide6-Addons and is loaded only here, the first time the Reports screen
is shown, so the app starts without it. Where it cannot be loaded the panel says so in a
sentence and the screen keeps its tables and exports.
"""

from __future__ import annotations

import importlib
import logging
from pathlib import Path
from types import ModuleType
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QStackedWidget, QVBoxLayout, QWidget

from sakura_desktop.core.reports.table import ReportTable
from sakura_desktop.ui.i18n import QT_TRANSLATE_NOOP
from sakura_desktop.ui.reports.catalog import chart_for

log = logging.getLogger(__name__)

UNAVAILABLE = QT_TRANSLATE_NOOP(
    "ChartPanel",
    "Charts are unavailable on this computer: Qt Charts (from PySide6-Addons) could not be "
    "loaded. The tables and their exports work as usual.",
)
WAITING = QT_TRANSLATE_NOOP("ChartPanel", "The chart appears here once the report is computed.")


def load_charts() -> ModuleType:
    """The charts module, imported now (it imports QtCharts). Tests replace this."""
    return importlib.import_module("sakura_desktop.ui.reports.charts")


class ChartPanel(QWidget):
    """Shows the chart of the table on display, or a sentence saying why there is none."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reportChartPanel")
        self._charts: ModuleType | None = None
        self.unavailable = False
        self.view: Any = None  # the chart view on display (a QChartView), or None
        self._table: ReportTable | None = None

        self.message = QLabel()
        self.message.setObjectName("chartMessage")
        self.message.setWordWrap(True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setMargin(16)
        self.scroll_area = QScrollArea()
        self.scroll_area.setObjectName("chartScroll")
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.message)
        self.stack.addWidget(self.scroll_area)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)
        self._say(self.tr(WAITING))

    @property
    def loaded(self) -> bool:
        return self._charts is not None

    def ensure_loaded(self) -> None:
        """Import Qt Charts once; on failure remember it and say so."""
        if self._charts is not None or self.unavailable:
            return
        try:
            self._charts = load_charts()
        except ImportError as exc:  # PySide6-Addons missing or broken: tables still work
            log.warning("Qt Charts unavailable: %s", type(exc).__name__)
            self.unavailable = True
        self.show_table(self._table)

    def show_table(self, table: ReportTable | None) -> None:
        self._table = table
        self._drop_view()
        if self.unavailable:
            self._say(self.tr(UNAVAILABLE))
            return
        if table is None or self._charts is None:
            self._say(self.tr(WAITING))
            return
        spec = chart_for(table)
        if spec is None:
            self._say(self.tr("This report has no chart: its table says it best."))
            return
        view = self._charts.chart_view(table, spec)
        if view is None:
            self._say(self.tr("Nothing to chart yet: the table is empty."))
            return
        self.view = view
        self.scroll_area.setWidget(view)
        self.stack.setCurrentWidget(self.scroll_area)

    def _drop_view(self) -> None:
        if self.view is not None:
            old = self.scroll_area.takeWidget()
            if old is not None:
                old.deleteLater()
            self.view = None

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.stack.setCurrentWidget(self.message)

    def save(self, path: Path) -> None:
        """Write the chart on display to `path`: SVG for .svg, else PNG."""
        assert self._charts is not None and self.view is not None
        if path.suffix.lower() == ".svg":
            self._charts.save_svg(self.view, path)
        else:
            self._charts.save_png(self.view, path)
