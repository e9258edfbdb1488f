"""The notebook's whole-page blocks: the millimetre graph page and the lecturer's autograph page.

They are separate from the flowing body blocks because each takes a page of its own, drawn to
the frame rather than to the text cursor.
"""

from __future__ import annotations

from reportlab.lib import colors

from sakura_desktop.printing import text
from sakura_desktop.printing.common import ACCENT, INK, MM, MUTED
from sakura_desktop.printing.notebook_markup import Graph
from sakura_desktop.printing.notebook_types import _Layout
from sakura_desktop.printing.text import Box, Canvas


def _graph(layout: _Layout, block: Graph) -> None:
    layout.fresh_page()
    frame = layout.frame
    title_h = layout.size * 2.2
    grid = Box(frame.x + 8 * MM, frame.y + 8 * MM, frame.width - 8 * MM,
               frame.height - title_h - 8 * MM)  # fmt: skip
    cols, rows = int(grid.width // MM), int(grid.height // MM)
    grid = Box(grid.x, grid.top - rows * MM, cols * MM, rows * MM)
    size = layout.size

    def draw(canvas: Canvas) -> None:
        canvas.setFillColor(ACCENT)
        text.draw_fitted(
            canvas,
            "Graph",
            Box(frame.x, frame.top - title_h, frame.width, title_h),
            size * 1.45,
            bold=True,
            valign="top",
        )
        _grid(canvas, grid, cols, rows)
        canvas.setFillColor(INK)
        text.draw_fitted(
            canvas,
            f"{block.x_label} →",
            Box(grid.x, grid.y - 7 * MM, grid.width, 5 * MM),
            size,
            align="center",
        )
        canvas.saveState()
        canvas.translate(grid.x - 3 * MM, grid.y)
        canvas.rotate(90)
        text.draw_fitted(
            canvas, f"{block.y_label} →", Box(0, 0, grid.height, 5 * MM), size, align="center"
        )
        canvas.restoreState()  # fmt: skip

    layout.add(draw)
    layout.new_page()


def _grid(canvas: Canvas, grid: Box, cols: int, rows: int) -> None:
    for step, colour, width in ((1, "#cfe3d4", 0.2), (5, "#9cc7a8", 0.4), (10, "#5f9e70", 0.7)):
        canvas.setStrokeColor(colors.HexColor(colour))
        canvas.setLineWidth(width)
        path = canvas.beginPath()
        for c in range(0, cols + 1, step):
            path.moveTo(grid.x + c * MM, grid.y)
            path.lineTo(grid.x + c * MM, grid.top)
        for r in range(0, rows + 1, step):
            path.moveTo(grid.x, grid.y + r * MM)
            path.lineTo(grid.right, grid.y + r * MM)
        canvas.drawPath(path, stroke=1, fill=0)


def _autograph(layout: _Layout) -> None:
    if layout.y < layout.frame.y + layout.frame.height * 0.55:
        layout.new_page()
    frame, size, event = layout.frame, layout.size, layout.event
    box = Box(frame.x, frame.y + 22 * MM, frame.width, layout.y - frame.y - 28 * MM)

    def draw(canvas: Canvas) -> None:
        canvas.setStrokeColor(ACCENT)
        canvas.setLineWidth(1.2)
        canvas.setDash(4, 3)
        canvas.roundRect(box.x, box.y, box.width, box.height, 6 * MM, stroke=1, fill=0)
        canvas.setDash()
        canvas.setFillColor(MUTED)
        text.draw_fitted(
            canvas,
            "Autograph",
            box.inset(6 * MM).__class__(
                box.x + 6 * MM, box.top - 12 * MM, box.width - 12 * MM, 8 * MM
            ),
            size * 1.2,
        )
        canvas.setStrokeColor(INK)
        canvas.setLineWidth(0.6)
        canvas.line(frame.x, frame.y + 10 * MM, frame.x + frame.width * 0.55, frame.y + 10 * MM)
        canvas.line(
            frame.right - frame.width * 0.3, frame.y + 10 * MM, frame.right, frame.y + 10 * MM
        )
        canvas.setFillColor(INK)
        text.draw_fitted(
            canvas,
            event.lecturer,
            Box(frame.x, frame.y + 3 * MM, frame.width * 0.55, 6 * MM),
            size,
            lang=event.lecturer_lang,
        )
        text.draw_fitted(canvas, "Date", Box(frame.right - frame.width * 0.3, frame.y + 3 * MM,
                         frame.width * 0.3, 6 * MM), size)  # fmt: skip

    layout.add(draw)
    layout.new_page()


def survey_page(layout: _Layout) -> None:
    """The post-visit questionnaire (`[survey]`) on a page of its own: the same questionnaire as
    the sheet, scaled to the notebook's frame; the name line is left for the participant."""
    from sakura_desktop.printing.survey_sheet import draw_questionnaire

    layout.fresh_page()
    frame, program = layout.frame, layout.event.program

    def draw(canvas: Canvas) -> None:
        draw_questionnaire(canvas, frame, program_title=program)

    layout.add(draw)
    layout.new_page()
