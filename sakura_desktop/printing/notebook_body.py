"""The notebook body laid out once: each markup block (headings, paragraphs, bullets, steps,
figures, tables, ruled lines) turned into pages of drawing steps.

The body is the same for every participant, so it is laid out here once and drawn into shared
Form XObjects by the writer in `notebooks`; the whole-page blocks live in `notebook_special`.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.utils import ImageReader

from sakura_desktop.printing import text
from sakura_desktop.printing.common import ACCENT, FAINT, INK, MM, MUTED, RULE, split_rows
from sakura_desktop.printing.notebook_markup import (
    Autograph,
    Block,
    Bullet,
    Figure,
    Graph,
    Heading,
    Lines,
    NotebookDoc,
    PageBreak,
    Paragraph,
    Step,
    Survey,
    Table,
)
from sakura_desktop.printing.notebook_special import _autograph, _graph, survey_page
from sakura_desktop.printing.notebook_types import (
    Draw,
    Geometry,
    NotebookEvent,
    _Layout,
    picture_size,
    print_pixels,
)
from sakura_desktop.printing.text import Box, Canvas


def _heading(layout: _Layout, block: Heading, following: Block | None) -> None:
    size = layout.size * 1.45
    gap = size * 0.9 if layout.y < layout.frame.top - 1 else 0.0
    own = gap + text.wrapped_height(block.text, layout.frame.width, size, bold=True) + size * 0.6
    # kept with what it introduces: never last on a page, never apart from its note lines
    layout.room(min(own + _keep_height(layout, following), layout.frame.height))
    gap = size * 0.9 if layout.y < layout.frame.top - 1 else 0.0
    top = layout.y - (gap if layout.y < layout.frame.top - 1 else 0.0)
    x, width = layout.frame.x, layout.frame.width
    colour = colors.HexColor("#c0392b") if block.kind == "safety" else ACCENT

    def draw(canvas: Canvas) -> None:
        canvas.setFillColor(colour)
        bottom = text.draw_wrapped(canvas, block.text, x, top, width, size, bold=True)
        canvas.setStrokeColor(colour)
        canvas.setLineWidth(0.8)
        canvas.line(x, bottom - 2, x + width, bottom - 2)

    layout.add(draw)
    layout.y = top - text.wrapped_height(block.text, width, size, bold=True) - size * 0.6


def _paragraph(layout: _Layout, content: str, indent: float = 0.0, after: float = 0.5) -> None:
    size, frame = layout.size, layout.frame
    lines = text.wrap(content, frame.width - indent, size)
    for line in lines:
        layout.room(size * 1.4)
        top = layout.y
        layout.add(_line_step(line, frame.x + indent, top, size))
        layout.y -= size * 1.4
    layout.y -= size * after


def _ink_line(canvas: Canvas, line: text.Prepared, x: float, top: float, size: float) -> None:
    canvas.setFillColor(INK)
    text.draw_lines(canvas, [line], x, top, size)


def _line_step(line: text.Prepared, x: float, top: float, size: float) -> Draw:
    def draw(canvas: Canvas) -> None:
        _ink_line(canvas, line, x, top, size)

    return draw


def _marker(layout: _Layout, label: str, colour: Any, circle: bool) -> None:
    size, x, top = layout.size, layout.frame.x, layout.y

    def draw(canvas: Canvas) -> None:
        canvas.setFillColor(colour)
        if circle:
            canvas.circle(x + size * 0.75, top - size * 0.62, size * 0.72, stroke=0, fill=1)
            canvas.setFillColor(colors.white)
            box = Box(x, top - size * 1.3, size * 1.5, size * 1.3)
            text.draw_fitted(canvas, label, box.inset(size * 0.25), size * 0.85, bold=True,
                             align="center")  # fmt: skip
        else:
            canvas.rect(x + size * 0.45, top - size * 0.85, size * 0.45, size * 0.45, 0, 1)
        canvas.setFillColor(INK)

    layout.add(draw)


def _bullet(layout: _Layout, block: Bullet) -> None:
    layout.room(layout.size * 1.4)
    colour = colors.HexColor("#c0392b") if block.safety else ACCENT
    _marker(layout, "!" if block.safety else "", colour, circle=block.safety)
    _paragraph(layout, block.text, indent=layout.size * 2.0, after=0.3)


NOTE_PITCH = 8 * MM
QUESTION_PITCH = 7.5 * MM
QUESTION_LINES = 3


def _ruled_lines(
    layout: _Layout, count: int, indent: float = 0.0, pitch: float = NOTE_PITCH
) -> None:
    frame = layout.frame
    layout.room(min(count * pitch, frame.height))  # a block of lines that fits is not split
    for _ in range(count):
        layout.room(pitch)
        y = layout.y - pitch

        def draw(canvas: Canvas, y: float = y) -> None:
            canvas.setStrokeColor(RULE)
            canvas.setLineWidth(0.5)
            canvas.line(frame.x + indent, y, frame.right, y)

        layout.add(draw)
        layout.y = y
    layout.y -= layout.size


def _step_height(layout: _Layout, block: Step) -> float:
    """The room a whole step takes: its words, its figure, its answer lines."""
    size, indent = layout.size, layout.size * 2.3
    lines = len(text.wrap(block.text, layout.frame.width - indent, size))
    height = max(lines * size * 1.4, size * 1.4) + size * 0.4
    if block.image is not None:
        height += figure_height(layout, indent)
    if block.question:
        height += QUESTION_LINES * QUESTION_PITCH + size
    return height


def _step(layout: _Layout, block: Step) -> None:
    # a step stays with its figure and answer lines on one page (unless they need more)
    layout.room(min(_step_height(layout, block), layout.frame.height))
    _marker(layout, block.number, MUTED if block.question else ACCENT, circle=True)
    _paragraph(layout, block.text, indent=layout.size * 2.3, after=0.4)
    if block.image is not None:
        _figure(layout, block.image, indent=layout.size * 2.3)
    if block.question:
        _ruled_lines(layout, QUESTION_LINES, indent=layout.size * 2.3, pitch=QUESTION_PITCH)


def _picture_bytes(layout: _Layout, figure: Figure) -> bytes | None:
    """The figure's picture: stored with the notebook, else a file (the editor's preview of a
    text not saved yet), else None (a labelled placeholder is drawn)."""
    data = layout.event.images.get(figure.path)
    if data is not None:
        return data
    if layout.event.image_folder is None:
        return None
    path = layout.event.image_folder / Path(figure.path).expanduser()  # absolute: as it is
    return path.read_bytes() if path.is_file() else None


def _fit(data: bytes, width: float, height: float) -> tuple[float, float]:
    """The size the picture takes inside width × height, its proportions kept."""
    px_w, px_h = picture_size(data)
    scale = min(width / px_w, height / px_h)
    return px_w * scale, px_h * scale


def figure_height(layout: _Layout, indent: float = 0.0) -> float:
    """The room a figure takes: the picture's box, its caption and the space after."""
    width = (layout.frame.width - indent) * 0.6
    return min(width * 0.66, 60 * MM) + layout.size * 2


def _figure(layout: _Layout, figure: Figure, indent: float = 0.0) -> None:
    data = _picture_bytes(layout, figure)
    width = (layout.frame.width - indent) * 0.6
    height = min(width * 0.66, 60 * MM)
    layout.room(figure_height(layout, indent))
    x, top = layout.frame.x + indent, layout.y
    picture: ImageReader | None = None
    if data is not None:
        placed = _fit(data, width, height)
        # resampled once a run to 300 dpi at the placed size, whatever the camera gave
        picture = ImageReader(io.BytesIO(layout.pictures.at(data, print_pixels(*placed))))
        height = placed[1]  # the caption goes right under the picture

    def draw(canvas: Canvas) -> None:
        if picture is not None:
            canvas.drawImage(picture, x, top - placed[1], placed[0], placed[1], mask="auto")
        else:
            canvas.setStrokeColor(RULE)
            canvas.rect(x, top - height, width, height, stroke=1, fill=0)
            canvas.setFillColor(MUTED)
            text.draw_fitted(
                canvas,
                f"(image not found: {figure.path})",
                Box(x, top - height, width, height).inset(4),
                8,
                align="center",
            )
        canvas.setFillColor(MUTED)
        text.draw_fitted(canvas, figure.caption, Box(x, top - height - 14, width, 12),
                         layout.size * 0.85)  # fmt: skip

    layout.add(draw)
    layout.y = top - height - layout.size * 2


def _table_row_height(layout: _Layout, row: Sequence[str], width: float, bold: bool) -> float:
    size = layout.size
    tallest = max((text.wrapped_height(cell, width - 6, size, bold=bold) for cell in row),
                  default=size)  # fmt: skip
    return max(tallest + 8, 10 * MM)


def _table_row(
    layout: _Layout, row: Sequence[str], widths: Sequence[float], height: float, header: bool
) -> None:
    x0, top, size = layout.frame.x, layout.y, layout.size

    def draw(canvas: Canvas) -> None:
        canvas.setStrokeColor(MUTED)
        canvas.setLineWidth(0.6)
        x = x0
        for width, cell in zip(widths, row, strict=False):
            canvas.setFillColor(FAINT if header else colors.white)
            canvas.rect(x, top - height, width, height, stroke=1, fill=1)
            canvas.setFillColor(INK)
            text.draw_wrapped(canvas, cell, x + 3, top - 4, width - 6, size, bold=header)
            x += width

    layout.add(draw)
    layout.y -= height


def _table_shape(layout: _Layout, block: Table) -> tuple[list[float], list[tuple[str, ...]]]:
    """Column widths and rows padded to the widest row."""
    columns = (
        max(len(block.header), *(len(r) for r in block.rows)) if block.rows else len(block.header)
    )
    widths = [layout.frame.width / columns] * columns
    return widths, [tuple(row) + ("",) * (columns - len(row)) for row in block.rows]


def _table(layout: _Layout, block: Table) -> None:
    widths, rows = _table_shape(layout, block)
    header_h = _table_row_height(layout, block.header, widths[0], True)
    heights = [_table_row_height(layout, row, widths[0], False) for row in rows]
    if not layout.pages:
        layout.new_page()
    frame = layout.frame
    shares = split_rows(heights, header_h, layout.y - frame.y, frame.height)
    start = 0
    for number, share in enumerate(shares):
        if number > 0 or share == 0:
            layout.new_page()
        if share == 0:
            continue
        _table_row(layout, block.header, widths, header_h, True)  # repeated on every page
        for row, height in zip(rows[start : start + share], heights[start : start + share],
                               strict=True):  # fmt: skip
            _table_row(layout, row, widths, height, False)
        start += share
    if not rows:
        layout.room(header_h)
        _table_row(layout, block.header, widths, header_h, True)
    layout.y -= layout.size


def _keep_height(layout: _Layout, block: Block | None) -> float:
    """The least of `block` that must share a page with the heading before it."""
    size = layout.size
    if isinstance(block, Lines):
        return min(block.count * NOTE_PITCH, layout.frame.height)
    if isinstance(block, Step):
        return min(_step_height(layout, block), layout.frame.height)
    if isinstance(block, Figure):
        return figure_height(layout)
    if isinstance(block, Table):
        widths, rows = _table_shape(layout, block)
        heights = [_table_row_height(layout, row, widths[0], False) for row in rows]
        head = _table_row_height(layout, block.header, widths[0], True)
        if head + sum(heights) <= layout.frame.height / 3:
            return head + sum(heights)  # a short table is never split (common.split_rows)
        return head + sum(heights[:2])
    if isinstance(block, Paragraph | Bullet):
        return size * 1.4 * 2  # two lines of it
    return size * 4


def _block(layout: _Layout, block: Block, following: Block | None) -> None:
    if isinstance(block, Heading):
        _heading(layout, block, following)
    elif isinstance(block, Paragraph):
        _paragraph(layout, block.text)
    elif isinstance(block, Bullet):
        _bullet(layout, block)
    elif isinstance(block, Step):
        _step(layout, block)
    elif isinstance(block, Figure):
        _figure(layout, block)
    elif isinstance(block, Table):
        _table(layout, block)
    elif isinstance(block, Graph):
        _graph(layout, block)
    elif isinstance(block, Lines):
        _ruled_lines(layout, block.count)
    elif isinstance(block, Autograph):
        _autograph(layout)
    elif isinstance(block, PageBreak):
        layout.fresh_page()
    elif isinstance(block, Survey):
        survey_page(layout)


def _introduces_autograph(rest: Sequence[Block]) -> bool:
    for block in rest:
        if isinstance(block, Heading):
            return False
        if isinstance(block, Autograph):
            return True
    return False


def layout_body(doc: NotebookDoc, geo: Geometry, event: NotebookEvent) -> list[list[Draw]]:
    """The body pages (after the cover) as lists of drawing steps."""
    layout = _Layout(geo, event)
    layout.new_page()
    blocks = doc.blocks
    for index, block in enumerate(blocks):
        if isinstance(block, Heading) and _introduces_autograph(blocks[index + 1 :]):
            layout.fresh_page()  # the heading and its words stay on the autograph page
        following = blocks[index + 1] if index + 1 < len(blocks) else None
        after = blocks[index + 2] if index + 2 < len(blocks) else None
        if isinstance(block, Step) and isinstance(following, Step) and not isinstance(after, Step):
            # the last step of a list never turns the page alone
            both = _step_height(layout, block) + _step_height(layout, following)
            layout.room(min(both, layout.frame.height))
        _block(layout, block, following)
    return [page for page in layout.pages if page]
