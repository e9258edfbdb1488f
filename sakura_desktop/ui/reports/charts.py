"""Charts of a `ReportTable` with Qt Charts, and their export as PNG and SVG.

This module imports QtCharts at its top, so nothing imports it until the Reports screen is first
shown (`chart_panel.load_charts`): the app starts without PySide6-Addons' chart library loaded.
Bars are horizontal when their labels are long (session titles, delegations): one bar per row
reads at any count, and the chart grows downward (inside a scroll area) instead of squeezing.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QLineSeries,
    QValueAxis,
)
from PySide6.QtCore import QBuffer, QIODevice, QMargins, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import QSizePolicy, QWidget

from sakura_desktop import APP_NAME
from sakura_desktop.core.private_files import write_private_atomically
from sakura_desktop.core.reports.table import ReportTable, ReportValue
from sakura_desktop.errors import UserError
from sakura_desktop.ui import locale_format
from sakura_desktop.ui.i18n import translate
from sakura_desktop.ui.reports.catalog import ChartSpec, chart_columns
from sakura_desktop.ui.reports.models import cell_text, number_in

# The app's palette: sakura pink for what happened, slate for what was expected.
SERIES_COLOURS = ("#3c6e9f", "#d9577a", "#6a9c4d", "#c9892f")
ROW_HEIGHT = 30  # per bar group of a horizontal chart, so labels never overlap
LABEL_LIMIT = 44  # characters of a category label; the full text is in the table


def _short(label: str) -> str:
    return label if len(label) <= LABEL_LIMIT else label[: LABEL_LIMIT - 1] + "…"


def _label_text(value: ReportValue, one_day: bool) -> str:
    """A category label's part: a time as its hour (and weekday unless all are of one day)."""
    if isinstance(value, dt.datetime):
        return locale_format.time(value) if one_day else locale_format.weekday_time(value)
    return cell_text(value)


def _one_day(rows: list[tuple[ReportValue, ...]], columns: tuple[int, ...]) -> dt.date | None:
    """The day every time among the category columns falls on, if they share one."""
    times = [row[c] for row in rows for c in columns]
    days = {value.date() for value in times if isinstance(value, dt.datetime)}
    return days.pop() if len(days) == 1 else None


def unique_labels(texts: list[str]) -> list[str]:
    """Category labels, shortened and made unique: a category axis merges equal labels."""
    labels: list[str] = []
    seen: set[str] = set()
    for text in texts:
        label, number = _short(text), 2
        while label in seen:
            label = f"{_short(text)} ({number})"
            number += 1
        seen.add(label)
        labels.append(label)
    return labels


def _value_axis(top: float) -> QValueAxis:
    axis = QValueAxis()
    axis.setRange(0, top if top > 0 else 1)
    axis.setLabelFormat("%.0f")
    axis.applyNiceNumbers()
    return axis


def _chart(spec: ChartSpec) -> QChart:
    chart = QChart()
    chart.setTitle(translate("Reports", spec.title))
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    chart.setTheme(QChart.ChartTheme.ChartThemeLight)
    chart.setBackgroundRoundness(0)
    chart.setMargins(QMargins(4, 4, 4, 4))
    # On top: a tall chart scrolls, and its legend must be read before the bars.
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignTop)
    return chart


def build_chart(table: ReportTable, spec: ChartSpec) -> QChart | None:
    """The chart `spec` draws from `table`, or None when the table lacks its columns or rows."""
    columns = chart_columns(table, spec)
    if columns is None:
        return None
    category, bars, line = columns
    # A horizontal chart draws its first category at the bottom: reversed, it reads as the table.
    shown = [  # sums are left out by position: their label may be translated
        row for row in table.category_rows() if cell_text(row[category[0]]) not in spec.skip_rows
    ]
    if not shown:
        return None
    rows = list(reversed(shown)) if spec.horizontal else shown
    day = _one_day(rows, category)
    labels = unique_labels(
        [" · ".join(_label_text(row[c], day is not None) for c in category) for row in rows]
    )
    chart = _chart(spec)
    series = QHorizontalBarSeries() if spec.horizontal else QBarSeries()
    top = 0.0
    for number, column in enumerate(bars):
        bar_set = QBarSet(table.headers[column])
        bar_set.setColor(QColor(SERIES_COLOURS[number % len(SERIES_COLOURS)]))
        values = [number_in(row[column]) or 0.0 for row in rows]
        top = max(top, *values)
        bar_set.append(values)
        series.append(bar_set)
    series.setBarWidth(0.8)
    chart.addSeries(series)
    axis_labels = QBarCategoryAxis()
    axis_labels.append(labels)
    if line is not None:
        line_series = QLineSeries()
        line_series.setName(table.headers[line])
        pen = QPen(QColor(SERIES_COLOURS[1]))
        pen.setWidthF(2.5)
        line_series.setPen(pen)
        for index, row in enumerate(rows):
            value = number_in(row[line]) or 0.0
            top = max(top, value)
            line_series.append(index, value)
        chart.addSeries(line_series)
    value_axis = _value_axis(top)
    value_axis.setTitleText(translate("Reports", spec.value_title))
    if spec.horizontal:
        chart.addAxis(axis_labels, Qt.AlignmentFlag.AlignLeft)
        chart.addAxis(value_axis, Qt.AlignmentFlag.AlignBottom)
    else:
        chart.addAxis(axis_labels, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(value_axis, Qt.AlignmentFlag.AlignLeft)
        if day is not None:
            axis_labels.setTitleText(locale_format.long_day(day))
        if len(labels) > 6:
            axis_labels.setLabelsAngle(-90)
    for each in chart.series():
        each.attachAxis(axis_labels)
        each.attachAxis(value_axis)
    return chart


class ReportChartView(QChartView):
    """A chart as tall as its bars need (a horizontal chart) and no smaller than readable."""

    def __init__(self, chart: QChart, spec: ChartSpec, rows: int, parent: QWidget | None = None):
        super().__init__(chart, parent)
        self.setObjectName("reportChart")
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setToolTip(
            translate("Reports", "{0}. Export it with “Export chart…” as PNG or SVG.").format(
                translate("Reports", spec.title)
            )
        )
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        height = 120 + rows * ROW_HEIGHT if spec.horizontal else 300
        self.setMinimumSize(QSize(320, max(280, height)))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)


def chart_view(table: ReportTable, spec: ChartSpec) -> ReportChartView | None:
    chart = build_chart(table, spec)
    if chart is None:
        return None
    return ReportChartView(chart, spec, len(table.rows))


def _cannot_write(path: Path) -> str:
    return translate("Reports", "Could not write {0}. Choose a folder you can write to.").format(
        path
    )


def _write(path: Path, data: bytes) -> None:
    """Like every export: whole or not at all, readable by this user only."""
    try:
        write_private_atomically(path, data)
    except OSError as exc:
        raise UserError(_cannot_write(path)) from exc


def png_bytes(view: QChartView) -> bytes:
    """The chart as it looks on screen (at the screen's pixel ratio, so sharp on HiDPI)."""
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    view.grab().save(buffer, "PNG")
    return bytes(buffer.data().data())


def svg_bytes(view: QChartView) -> bytes:
    """The chart as vector graphics: bars, lines and text stay sharp at any size."""
    size = view.size()
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    generator = QSvgGenerator()
    generator.setOutputDevice(buffer)
    generator.setSize(size)
    generator.setViewBox(QRect(0, 0, size.width(), size.height()))
    generator.setTitle(view.chart().title())
    generator.setDescription(f"Made with {APP_NAME}")
    painter = QPainter(generator)
    try:
        view.render(painter, QRectF(0, 0, size.width(), size.height()), view.rect())
    finally:
        painter.end()
    return bytes(buffer.data().data())


def save_png(view: QChartView, path: Path) -> None:
    _write(path, png_bytes(view))


def save_svg(view: QChartView, path: Path) -> None:
    _write(path, svg_bytes(view))
