"""The printable report: titled tables and vector charts on A4, for the funder or the office.

Every report's `ReportTable`s print here the same way: a title, the notes saying what is
counted, the table with its header repeated on each page, numbers right-aligned. The post-visit
summary and the attendance report add charts (`report_charts`) beside the tables they picture:
participants by country (a pie) and by role, attendance per session and per delegation, and the
survey's satisfaction per part of the week.
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from reportlab.graphics import renderPDF
from reportlab.graphics.shapes import Drawing

from sakura_desktop.core.i18n import translate
from sakura_desktop.core.private_files import write_private_atomically
from sakura_desktop.core.reports.table import ReportTable, ReportValue
from sakura_desktop.core.schedule.day_text import date_label, day_time_label
from sakura_desktop.printing import report_charts, text
from sakura_desktop.printing.common import (
    A4,
    ACCENT,
    FAINT,
    INK,
    MM,
    MUTED,
    RULE,
    CancelFn,
    ProgressFn,
    RenderResult,
    Ticker,
    accent_band,
    finish,
    new_canvas,
)
from sakura_desktop.printing.fonts import CjkLang, cjk_lang_for_country
from sakura_desktop.printing.text import Box, Canvas

MARGIN = 15 * MM
BODY_SIZE = 7.8
HEAD_SIZE = 7.4
LINE = 3.6 * MM  # one line of a body cell
CELL_PAD = 1.2 * MM
MAX_CELL_LINES = 8
FOOTER = 10 * MM
NO_VALUE = "–"


@dataclass(frozen=True)
class ChartBlock:
    drawing: Drawing


Block = ReportTable | ChartBlock


@dataclass(frozen=True)
class ReportDocument:
    title: str
    subtitle: str  # the program and the date written
    blocks: Sequence[Block]


def cell_text(value: ReportValue) -> str:
    """How a value reads on paper."""
    if value is None:
        return NO_VALUE
    if isinstance(value, float):
        return f"{value:.1f}" if value != int(value) or abs(value) < 1000 else f"{value:.0f}"
    if isinstance(value, dt.datetime):
        return day_time_label(value)
    if isinstance(value, dt.date):
        return date_label(value)
    return str(value)


def _numeric(table: ReportTable, column: int) -> bool:
    values = [row[column] for row in table.rows[:50] if row[column] is not None]
    return bool(values) and all(isinstance(v, int | float) for v in values)


class _Page:
    """The flow of blocks down the pages: a cursor and a page break when a block needs one."""

    def __init__(self, canvas: Canvas, document: ReportDocument) -> None:
        self.canvas = canvas
        self.document = document
        self.width = A4[0] - 2 * MARGIN
        self.number = 0
        self.top = 0.0
        self.new_page(first=True)

    def new_page(self, first: bool = False) -> None:
        if not first:
            self.canvas.showPage()
        self.number += 1
        canvas = self.canvas
        h = A4[1]
        if first:
            accent_band(canvas, A4, 26 * MM)
            text.draw_fitted(canvas, self.document.title, Box(MARGIN, h - 17 * MM,
                             self.width, 10 * MM), 20, bold=True)  # fmt: skip
            text.draw_fitted(canvas, self.document.subtitle, Box(MARGIN, h - 24 * MM,
                             self.width, 6 * MM), 10)  # fmt: skip
            self.top = h - 34 * MM
        else:
            canvas.setFillColor(MUTED)
            text.draw_fitted(canvas, self.document.title, Box(MARGIN, h - 12 * MM,
                             self.width, 5 * MM), 8)  # fmt: skip
            self.top = h - 17 * MM
        canvas.setFillColor(MUTED)
        page = translate("ReportPdf", "page {number}").format(number=self.number)
        text.draw_fitted(canvas, page, Box(MARGIN, 6 * MM, self.width, 4 * MM), 7.5,
                         align="right")  # fmt: skip
        canvas.setFillColor(INK)

    @property
    def room(self) -> float:
        return self.top - FOOTER

    def need(self, height: float) -> None:
        """Start a new page unless `height` fits below the cursor."""
        if height > self.room and self.top < A4[1] - 40 * MM:
            self.new_page()

    def chart(self, drawing: Drawing) -> None:
        self.need(drawing.height + 4 * MM)
        renderPDF.draw(drawing, self.canvas, MARGIN, self.top - drawing.height)
        self.top -= drawing.height + 6 * MM

    def heading(self, table: ReportTable) -> None:
        notes_height = sum(
            text.wrapped_height(n, self.width, 7.5, leading=1.25) + 1 * MM for n in table.notes
        )
        self.need(8 * MM + notes_height + 3 * LINE)  # a title never ends a page
        canvas = self.canvas
        canvas.setFillColor(ACCENT)
        text.draw_fitted(canvas, table.title, Box(MARGIN, self.top - 6 * MM, self.width,
                         6 * MM), 12, bold=True)  # fmt: skip
        self.top -= 7.5 * MM
        canvas.setFillColor(MUTED)
        for note in table.notes:
            self.top = text.draw_wrapped(canvas, note, MARGIN, self.top, self.width, 7.5,
                                         leading=1.25) - 1 * MM  # fmt: skip
        canvas.setFillColor(INK)
        self.top -= 1.5 * MM


def _column_widths(table: ReportTable, width: float) -> list[float]:
    """Widths in proportion to each column's longest text (capped), never narrower than its
    header's longest word: a header may take two lines, a word may not be cut."""
    weights = []
    for index, header in enumerate(table.headers):
        longest = max((len(cell_text(row[index])) for row in table.rows[:300]), default=1)
        word = max((len(w) for w in header.split()), default=1)
        weights.append(max(6.0, min(float(longest), 42.0), float(word) * 1.1))
    total = sum(weights)
    return [width * w / total for w in weights]


def _lines_of(value: str, width: float, lang: CjkLang | None) -> list[text.Prepared] | None:
    """The wrapped lines of a cell too long for one line, or None when one line will do."""
    if " " not in value or len(value) * BODY_SIZE * 0.5 <= width:
        return None  # most cells are short (a cheap estimate first); a single word shrinks
    lines = text.wrap(value, width, BODY_SIZE, lang=lang)
    return lines[:MAX_CELL_LINES] if len(lines) > 1 else None


def _row_lang(table: ReportTable, index: int) -> CjkLang | None:
    """The Han forms of the person a row names (their country's), None when unknown."""
    if index >= len(table.row_countries) or not table.row_countries[index]:
        return None
    return cjk_lang_for_country(table.row_countries[index])


def _draw_table(page: _Page, table: ReportTable, ticker: Ticker) -> None:
    # A short table is never split (its last rows alone on the next page read as another table).
    whole = 20 * MM + len(table.notes) * 4 * MM + len(table.rows) * (LINE + 1.2 * MM)
    if page.room < whole <= (A4[1] - 2 * MARGIN) / 3:
        page.new_page()
    page.heading(table)
    widths = _column_widths(table, page.width)
    numeric = [_numeric(table, i) for i in range(len(table.headers))]
    _draw_head(page, table, widths, numeric)
    if not table.rows:
        page.canvas.setFillColor(MUTED)
        empty = translate("ReportPdf", "Nothing to list.")
        box = Box(MARGIN, page.top - LINE, page.width, LINE)
        text.draw_fitted(page.canvas, empty, box, BODY_SIZE)
        page.canvas.setFillColor(INK)
        page.top -= LINE + 6 * MM
        return
    for number, row in enumerate(table.rows):
        cells = [cell_text(v) for v in row]
        lang = _row_lang(table, number)
        wrapped = [None if numeric[i] else _lines_of(c, widths[i] - 2 * CELL_PAD, lang)
                   for i, c in enumerate(cells)]  # fmt: skip
        lines = max([len(w) for w in wrapped if w] + [1])
        height = lines * LINE + 1.2 * MM
        if height > page.room:
            page.new_page()
            _draw_head(page, table, widths, numeric)
        _draw_row(page, cells, wrapped, widths, numeric, height, lang, shaded=number % 2 == 1)
        if number % 200 == 199:
            ticker.check()
    page.top -= 6 * MM


def _draw_head(page: _Page, table: ReportTable, widths: list[float], numeric: list[bool]) -> None:
    canvas, height = page.canvas, 8 * MM
    canvas.setFillColor(FAINT)
    canvas.rect(MARGIN, page.top - height, page.width, height, stroke=0, fill=1)
    x = MARGIN
    canvas.setFillColor(INK)
    for header, width, is_number in zip(table.headers, widths, numeric, strict=True):
        box = Box(
            x + CELL_PAD, page.top - height + 0.8 * MM, width - 2 * CELL_PAD, height - 1.6 * MM
        )
        text.draw_fitted(canvas, header, box, HEAD_SIZE, bold=True, max_lines=2,
                         align="right" if is_number else "left")  # fmt: skip
        x += width
    page.top -= height


def _draw_row(
    page: _Page,
    cells: list[str],
    wrapped: list[list[text.Prepared] | None],
    widths: list[float],
    numeric: list[bool],
    height: float,
    lang: CjkLang | None,
    *,
    shaded: bool,
) -> None:
    canvas = page.canvas
    bottom = page.top - height
    if shaded:
        canvas.setFillColorRGB(0.965, 0.97, 0.98)
        canvas.rect(MARGIN, bottom, page.width, height, stroke=0, fill=1)
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.3)
    canvas.line(MARGIN, bottom, MARGIN + page.width, bottom)
    canvas.setFillColor(INK)
    x = MARGIN
    for cell, lines, width, is_number in zip(cells, wrapped, widths, numeric, strict=True):
        inner = width - 2 * CELL_PAD
        if lines:
            text.draw_lines(canvas, lines, x + CELL_PAD, page.top - 0.6 * MM, BODY_SIZE,
                            leading=LINE / BODY_SIZE)  # fmt: skip
        else:
            box = Box(x + CELL_PAD, page.top - LINE - 0.6 * MM, inner, LINE)
            text.draw_fitted(canvas, cell, box, BODY_SIZE, lang=lang,
                             align="right" if is_number else "left")  # fmt: skip
        x += width
    page.top = bottom


def render_report(
    document: ReportDocument,
    out: Path,
    *,
    progress: ProgressFn | None = None,
    is_cancelled: CancelFn | None = None,
) -> RenderResult:
    """Write the document to `out` (all or nothing, readable by this user only)."""
    ticker = Ticker(len(document.blocks), progress, is_cancelled)
    ticker.start()
    buffer = io.BytesIO()
    canvas = new_canvas(buffer, A4, document.title)
    page = _Page(canvas, document)
    for block in document.blocks:
        if isinstance(block, ChartBlock):
            page.chart(block.drawing)
        else:
            _draw_table(page, block, ticker)
        ticker.step()
    canvas.showPage()
    pages = finish(canvas)
    write_private_atomically(out, buffer.getvalue())
    return RenderResult((out,), pages, 1)


# --- documents with their charts --------------------------------------------------------------


def _chart_for(table: ReportTable, width: float) -> Drawing | None:
    """The picture of a table, for the tables a picture reads faster than."""
    rows = table.category_rows()  # without the sums (their label may be translated)
    if not rows:
        return None
    if table.key == "survey_come_back":  # one of the two numbers the programme judges itself by
        counts = [int(_number(r[1]) or 0) for r in rows]
        return report_charts.pie(
            translate("ReportPdf", "Would you like to come back to Japan?"),
            [str(r[0]) for r in rows],
            counts,
            width=width,
        )
    if table.key == "by_country":
        counts = [int(_number(r[1]) or 0) for r in rows]
        return report_charts.pie(table.title, [str(r[0]) for r in rows], counts, width=width)
    if table.key in ("by_role", "by_age", "by_gender"):
        values = [_number(r[1]) for r in rows]
        return report_charts.horizontal_bars(
            table.title, [str(r[0]) for r in rows], values, width=width
        )
    if table.key in ("sessions", "delegations", "teams"):
        return _rate_chart(table, rows, width)
    if table.key == "survey_satisfaction":
        return report_charts.horizontal_bars(
            translate("ReportPdf", "Satisfaction per part of the week (mean, 1-5)"),
            [str(r[0]) for r in rows],
            [_number(r[2]) for r in rows], width=width, value_max=5, decimals=1)  # fmt: skip
    return None


def _rate_chart(
    table: ReportTable, rows: list[tuple[ReportValue, ...]], width: float
) -> Drawing | None:
    column = table.column("Rate %")  # by its English name: the header may be translated
    if column is None:
        return None
    shown = [r for r in rows if r[column] is not None]
    if not shown:
        return None
    if table.key == "sessions":  # label a session by its time too: titles repeat (Lunch, Bus)
        labels = [f"{cell_text(r[2])}  {r[0]}" for r in shown]
    else:
        labels = [str(r[0]) for r in shown]
    return report_charts.horizontal_bars(
        table.title + " (% of expected present)", labels, [_number(r[column]) for r in shown],
        width=width, value_max=100, value_suffix="%")  # fmt: skip


def _number(value: ReportValue) -> float | None:
    return float(value) if isinstance(value, int | float) else None


CHART_ROWS_MAX = 60  # beyond this a chart would not fit a page; the table says it all


def with_charts(tables: Sequence[ReportTable]) -> list[Block]:
    """The tables, each preceded by its chart where it has one."""
    width = A4[0] - 2 * MARGIN
    blocks: list[Block] = []
    for table in tables:
        chart = _chart_for(table, width) if len(table.rows) <= CHART_ROWS_MAX else None
        if chart is not None:
            blocks.append(ChartBlock(chart))
        blocks.append(table)
    return blocks


def report_document(
    title: str, subtitle: str, tables: Sequence[ReportTable], *, charts: bool = True
) -> ReportDocument:
    return ReportDocument(title, subtitle, with_charts(tables) if charts else list(tables))
