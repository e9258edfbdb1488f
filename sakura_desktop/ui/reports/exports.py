"""The Reports screen's way out: the report's tables (XLSX, CSV), a printable PDF, its chart.

A part of the screen that owns its three buttons. It reads what the screen shows through
`shown()` and says what it wrote with `said(text)`; the files are written by the core writers
and the printing package in a worker (the chart, a widget, is drawn on the GUI thread).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget

from sakura_desktop.core.reports.table import ReportTable
from sakura_desktop.errors import UserError
from sakura_desktop.ui.dialogs import messages
from sakura_desktop.ui.reports import file_dialogs, jobs
from sakura_desktop.ui.reports.chart_panel import ChartPanel
from sakura_desktop.ui.widgets.progress import run_with_progress
from sakura_desktop.ui.workspace import Workspace


@dataclass(frozen=True)
class ShownReport:
    source: str  # jobs.SOURCES key
    name: str  # for file names: the table on show, or the report
    tables: list[ReportTable]  # every table of the chosen report
    day: dt.date | None = None  # catering and manifests: the day chosen, None = every day


def _button(text: str, name: str, tooltip: str) -> QPushButton:
    button = QPushButton(text)
    button.setObjectName(name)
    button.setToolTip(tooltip)
    return button


class ReportExports(QWidget):
    said = Signal(str)  # what was written, where

    def __init__(
        self,
        workspace: Workspace,
        shown: Callable[[], ShownReport | None],
        chart: ChartPanel,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self._shown = shown
        self._chart = chart
        self.table_button = _button(
            self.tr("Export &table…"),
            "exportTable",
            self.tr(
                "Save the report's tables as an Excel workbook (a sheet each) or CSV (a file each)"
            ),
        )
        self.pdf_button = _button(
            self.tr("Save P&DF…"),
            "savePdf",
            self.tr(
                "A printable report: its tables with their charts; catering a page per meal "
                "for the kitchen; manifests a roll-call sheet per bus"
            ),
        )
        self.chart_button = _button(
            self.tr("Export c&hart…"),
            "exportChart",
            self.tr("Save the chart as a PNG image or an SVG drawing"),
        )
        self.table_button.clicked.connect(self.export_table)
        self.pdf_button.clicked.connect(self.save_pdf)
        self.chart_button.clicked.connect(self.export_chart)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(8)
        for button in (self.table_button, self.pdf_button, self.chart_button):
            row.addWidget(button)

    def follow(self) -> None:
        """Enable what can be written now: tables once computed, a chart where one is drawn."""
        shown = self._shown()
        has_tables = shown is not None and bool(shown.tables)
        self.table_button.setEnabled(has_tables)
        self.pdf_button.setEnabled(has_tables)
        self.chart_button.setEnabled(self._chart.view is not None)

    def _suggested(self, name: str, suffix: str) -> Path:
        last = self.workspace.settings.last_folder
        return (Path(last) if last else Path.home()) / f"report-{name}{suffix}"

    def _chosen(self, path: Path | None) -> Path | None:
        if path is not None:
            self.workspace.settings.last_folder = str(path.parent)
        return path

    def export_table(self) -> None:
        """Every table of the chosen report to .xlsx or .csv, written by the core writers."""
        shown = self._shown()
        if shown is None or not shown.tables:
            return
        path = self._chosen(
            file_dialogs.choose_table_path(self, self._suggested(shown.name, ".xlsx"))
        )
        if path is None:
            return

        def written(paths: list[Path]) -> None:
            names = ", ".join(p.name for p in paths)
            self.said.emit(self.tr("Saved {0} in {1}.").format(names, path.parent))

        run_with_progress(
            self.workspace.runner,
            self,
            partial(jobs.export_tables, list(shown.tables), path),
            label=self.tr("Writing {0}…").format(path.name),
            title=self.tr("Export the table"),
            on_success=written,
            on_error=lambda exc: messages.show_error(self, exc, self.tr("exporting the table")),
        )

    def save_pdf(self) -> None:
        """The chosen report as a printable PDF (written off the GUI thread)."""
        ws, shown = self.workspace, self._shown()
        if shown is None or not shown.tables or ws.factory is None or ws.program is None:
            return
        path = self._chosen(file_dialogs.choose_pdf_path(self, self._suggested(shown.name, ".pdf")))
        if path is None:
            return

        def written(pages: int) -> None:
            text = (
                self.tr("Saved {0} in {1} (1 page).")
                if pages == 1
                else self.tr("Saved {0} in {1} ({2} pages).")
            )
            self.said.emit(text.format(path.name, path.parent, pages))

        run_with_progress(
            ws.runner,
            self,
            partial(
                jobs.save_pdf,
                shown.source,
                list(shown.tables),
                ws.factory,
                ws.program,
                path,
                day=shown.day,
            ),
            label=self.tr("Writing {0}…").format(path.name),
            title=self.tr("Save the report as a PDF"),
            on_success=written,
            on_error=lambda exc: messages.show_error(self, exc, self.tr("saving the PDF")),
        )

    def export_chart(self) -> None:
        """The chart on display as PNG or SVG (drawn on the GUI thread: it is a widget)."""
        shown = self._shown()
        if self._chart.view is None or shown is None:
            return
        path = self._chosen(
            file_dialogs.choose_chart_path(self, self._suggested(shown.name, ".png"))
        )
        if path is None:
            return
        try:
            self._chart.save(path)
        except UserError as exc:
            messages.show_error(self, exc, self.tr("exporting the chart"))
            return
        self.said.emit(self.tr("Saved {0} in {1}.").format(path.name, path.parent))
