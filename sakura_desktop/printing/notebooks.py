"""Experiment notebooks: the shared content laid out once, printed for every participant.

The body (everything after the cover) is the same for everyone, so it is laid out once into
pages of drawing steps; each PDF draws every body page once into a Form XObject and every
participant's copy refers to it, adding only the personal cover (names, delegation, program
and dates, QR) and the footer (name, page numbers). One PDF for everyone is therefore barely
larger than one notebook.

A booklet imposes A5 pages two per A4 landscape sheet for saddle stitching: pages are padded
with blanks to a multiple of four and ordered so the folded stack reads 1, 2, 3 ...
"""

from __future__ import annotations

import io
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.utils import ImageReader

from sakura_desktop.printing import text
from sakura_desktop.printing.badges import draw_qr
from sakura_desktop.printing.common import (
    A4,
    A4_LANDSCAPE,
    A5,
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
    finish,
    new_canvas,
    safe_filename,
    writing,
)
from sakura_desktop.printing.fonts import CjkLang
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
    Table,
)
from sakura_desktop.printing.text import Box, Canvas

Draw = Callable[[Canvas], None]


@dataclass(frozen=True)
class NotebookPerson:
    participant_id: int
    given_name: str
    family_name: str
    native_name: str
    delegation: str
    country: str
    team: str
    token: str
    lang: CjkLang | None = None

    @property
    def full_name(self) -> str:
        return f"{self.given_name} {self.family_name}".strip()


@dataclass(frozen=True)
class NotebookEvent:
    program: str
    dates: str
    host: str
    lecturer: str  # the notebook's lecturer, for the cover and the autograph page
    lecturer_lang: CjkLang | None = None
    images: Mapping[str, bytes] = field(default_factory=dict)  # stored with the notebook
    image_folder: Path | None = None  # else where relative [image: ...] files are looked up


@dataclass(frozen=True)
class Geometry:
    page: tuple[float, float]
    margin: float
    footer: float
    body: float  # text size

    @property
    def frame(self) -> Box:
        w, h = self.page
        return Box(self.margin, self.margin + self.footer, w - 2 * self.margin,
                   h - 2 * self.margin - self.footer)  # fmt: skip


GEOMETRY = {
    "A4": Geometry(A4, 18 * MM, 8 * MM, 10.5),
    "A5": Geometry(A5, 13 * MM, 7 * MM, 9.0),
}


# --- layout: the shared body into pages of drawing steps --------------------------------------


@dataclass
class _Layout:
    geo: Geometry
    event: NotebookEvent
    pages: list[list[Draw]] = field(default_factory=list)
    y: float = 0.0

    @property
    def frame(self) -> Box:
        return self.geo.frame

    @property
    def size(self) -> float:
        return self.geo.body

    def new_page(self) -> None:
        self.pages.append([])
        self.y = self.frame.top

    def fresh_page(self) -> None:
        """A new page unless the current one is still empty."""
        if not self.pages or self.pages[-1]:
            self.new_page()

    def room(self, height: float) -> None:
        if not self.pages or self.y - height < self.frame.y:
            self.new_page()

    def add(self, draw: Draw) -> None:
        self.pages[-1].append(draw)


def _heading(layout: _Layout, block: Heading) -> None:
    size = layout.size * 1.45
    gap = size * 0.9 if layout.y < layout.frame.top - 1 else 0.0
    layout.room(gap + size * 1.4 + layout.size * 4)
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


def _ruled_lines(layout: _Layout, count: int, indent: float = 0.0, pitch: float = 8 * MM) -> None:
    frame = layout.frame
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


def _step(layout: _Layout, block: Step) -> None:
    layout.room(layout.size * 3)
    _marker(layout, block.number, MUTED if block.question else ACCENT, circle=True)
    _paragraph(layout, block.text, indent=layout.size * 2.3, after=0.4)
    if block.image is not None:
        _figure(layout, block.image, indent=layout.size * 2.3)
    if block.question:
        _ruled_lines(layout, 3, indent=layout.size * 2.3, pitch=7.5 * MM)


def _image(layout: _Layout, figure: Figure) -> ImageReader | str | None:
    """The figure's picture: stored with the notebook, else a file (the editor's preview of a
    text not saved yet), else None (a labelled placeholder is drawn)."""
    data = layout.event.images.get(figure.path)
    if data is not None:
        return ImageReader(io.BytesIO(data))
    if layout.event.image_folder is None:
        return None
    path = layout.event.image_folder / Path(figure.path).expanduser()  # absolute: as it is
    return str(path) if path.is_file() else None


def _figure(layout: _Layout, figure: Figure, indent: float = 0.0) -> None:
    picture = _image(layout, figure)
    width = (layout.frame.width - indent) * 0.6
    height = min(width * 0.66, 60 * MM)
    layout.room(height + layout.size * 2)
    x, top = layout.frame.x + indent, layout.y

    def draw(canvas: Canvas) -> None:
        if picture is not None:
            canvas.drawImage(picture, x, top - height, width, height,
                             preserveAspectRatio=True, anchor="sw")  # fmt: skip
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


def _table(layout: _Layout, block: Table) -> None:
    columns = (
        max(len(block.header), *(len(r) for r in block.rows)) if block.rows else len(block.header)
    )
    widths = [layout.frame.width / columns] * columns
    header_h = _table_row_height(layout, block.header, widths[0], True)
    layout.room(header_h * 2)
    _table_row(layout, block.header, widths, header_h, True)
    for row in block.rows:
        padded = tuple(row) + ("",) * (columns - len(row))
        height = _table_row_height(layout, padded, widths[0], False)
        if layout.y - height < layout.frame.y:
            layout.new_page()
            _table_row(layout, block.header, widths, header_h, True)
        _table_row(layout, padded, widths, height, False)
    layout.y -= layout.size


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


def _block(layout: _Layout, block: Block) -> None:
    if isinstance(block, Heading):
        _heading(layout, block)
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
    for index, block in enumerate(doc.blocks):
        if isinstance(block, Heading) and _introduces_autograph(doc.blocks[index + 1 :]):
            layout.fresh_page()  # the heading and its words stay on the autograph page
        _block(layout, block)
    return [page for page in layout.pages if page]


# --- the personal parts -----------------------------------------------------------------------


def draw_cover(
    canvas: Canvas, doc: NotebookDoc, person: NotebookPerson, event: NotebookEvent, geo: Geometry
) -> None:
    w, h = geo.page
    m = geo.margin
    band = Box(0, h - h * 0.2, w, h * 0.2)
    canvas.setFillColor(ACCENT)
    canvas.rect(band.x, band.y, band.width, band.height, stroke=0, fill=1)
    canvas.setFillColor(colors.white)
    inner = band.inset(m, band.height * 0.16)
    text.draw_fitted(canvas, "EXPERIMENT NOTEBOOK", Box(inner.x, inner.top - inner.height * 0.22,
                     inner.width, inner.height * 0.22), h * 0.014, bold=True)  # fmt: skip
    text.draw_fitted(canvas, doc.title, Box(inner.x, inner.y, inner.width, inner.height * 0.72),
                     h * 0.035, bold=True, max_lines=2, valign="top")  # fmt: skip
    canvas.setFillColor(INK)
    if event.lecturer:
        text.draw_fitted(canvas, f"with {event.lecturer}", Box(m, band.y - h * 0.06, w - 2 * m,
                         h * 0.035), h * 0.02, lang=event.lecturer_lang)  # fmt: skip
    _owner(canvas, person, Box(m, h * 0.3, w - 2 * m, h * 0.36), h)
    _cover_footer(canvas, person, event, geo)


def _owner(canvas: Canvas, person: NotebookPerson, box: Box, h: float) -> None:
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.8)
    canvas.roundRect(box.x, box.y, box.width, box.height, 4 * MM, stroke=1, fill=0)
    pad = box.width * 0.05
    qr = min(box.height * 0.62, box.width * 0.34)
    draw_qr(canvas, person.token, Box(box.right - pad - qr, box.y + pad, qr, qr))
    col = Box(box.x + pad, box.y + pad, box.width - 3 * pad - qr, box.height - 2 * pad)
    rows = [("This notebook belongs to", 0.1, h * 0.012, False, MUTED, None),
            (person.given_name, 0.24, h * 0.05, True, INK, person.lang),
            (person.family_name.upper(), 0.13, h * 0.026, False, INK, person.lang),
            (person.native_name, 0.15, h * 0.03, False, MUTED, person.lang),
            (person.delegation, 0.1, h * 0.017, True, INK, None),
            (", ".join(p for p in (person.country, person.team) if p), 0.1, h * 0.015, False,
             MUTED, None)]  # fmt: skip
    top = col.top
    for content, share, size, bold, colour, lang in rows:
        height = col.height * share
        canvas.setFillColor(colour)
        text.draw_fitted(canvas, content, Box(col.x, top - height, col.width, height), size,
                         bold=bold, lang=lang)  # fmt: skip
        top -= height + col.height * 0.03


def _cover_footer(
    canvas: Canvas, person: NotebookPerson, event: NotebookEvent, geo: Geometry
) -> None:
    w, m = geo.page[0], geo.margin
    canvas.setFillColor(INK)
    text.draw_fitted(canvas, event.program, Box(m, m + 12 * MM, w - 2 * m, 7 * MM),
                     geo.body * 1.3, bold=True, align="center")  # fmt: skip
    canvas.setFillColor(MUTED)
    line = "  ·  ".join(p for p in (event.dates, event.host) if p)
    text.draw_fitted(canvas, line, Box(m, m + 5 * MM, w - 2 * m, 6 * MM), geo.body,
                     align="center")  # fmt: skip
    del person


def draw_footer(
    canvas: Canvas, person: NotebookPerson, number: int, total: int, geo: Geometry
) -> None:
    w, m = geo.page[0], geo.margin
    box = Box(m, m * 0.55, w - 2 * m, geo.footer * 0.8)
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.4)
    canvas.line(m, box.top + 1.5, w - m, box.top + 1.5)
    canvas.setFillColor(MUTED)
    name = person.full_name + (f"  ·  {person.delegation}" if person.delegation else "")
    text.draw_fitted(canvas, name, Box(box.x, box.y, box.width * 0.75, box.height),
                     geo.body * 0.8, lang=person.lang)  # fmt: skip
    text.draw_fitted(canvas, f"{number} / {total}", Box(box.x + box.width * 0.75, box.y,
                     box.width * 0.25, box.height), geo.body * 0.8, align="right")  # fmt: skip


# --- pages, booklets and files ----------------------------------------------------------------


def booklet_order(pages: int) -> list[tuple[int | None, int | None]]:
    """(left, right) page indices (0-based; None is blank) of each A4 side, in print order.

    Pages are padded to a multiple of four; sheet k's front holds (last-2k, 2k), its back
    (2k+1, last-2k-1): fold the stack and the pages read in order.
    """
    padded = -(-max(pages, 1) // 4) * 4
    last = padded - 1
    sides: list[tuple[int, int]] = []
    for k in range(padded // 4):
        sides.append((last - 2 * k, 2 * k))
        sides.append((2 * k + 1, last - 2 * k - 1))
    return [(_real(left, pages), _real(right, pages)) for left, right in sides]


def _real(index: int, pages: int) -> int | None:
    return index if index < pages else None


@dataclass
class _Writer:
    doc: NotebookDoc
    event: NotebookEvent
    geo: Geometry
    body: list[list[Draw]]
    booklet: bool

    @property
    def total(self) -> int:
        return len(self.body) + 1

    def forms(self, canvas: Canvas) -> None:
        """Each body page drawn once, as a Form XObject every copy refers to."""
        for index, steps in enumerate(self.body):
            canvas.beginForm(f"nb{index}", lowerx=0, lowery=0, upperx=self.geo.page[0],
                             uppery=self.geo.page[1])  # fmt: skip
            for step in steps:
                step(canvas)
            canvas.endForm()

    def logical(self, canvas: Canvas, person: NotebookPerson, index: int) -> None:
        if index == 0:
            draw_cover(canvas, self.doc, person, self.event, self.geo)
            return
        canvas.doForm(f"nb{index - 1}")
        draw_footer(canvas, person, index + 1, self.total, self.geo)

    def person(self, canvas: Canvas, person: NotebookPerson) -> None:
        if not self.booklet:
            for index in range(self.total):
                self.logical(canvas, person, index)
                canvas.showPage()
            return
        for left, right in booklet_order(self.total):
            for slot, page in ((0, left), (1, right)):
                if page is None:
                    continue
                canvas.saveState()
                canvas.translate(slot * self.geo.page[0], 0)
                self.logical(canvas, person, page)
                canvas.restoreState()
            canvas.showPage()

    def sheet(self) -> tuple[float, float]:
        return A4_LANDSCAPE if self.booklet else self.geo.page


def _write(writer: _Writer, people: Sequence[NotebookPerson], target: Any, ticker: Ticker) -> int:
    canvas = new_canvas(target, writer.sheet(), writer.doc.title)
    writer.forms(canvas)
    for person in people:
        writer.person(canvas, person)
        ticker.step()
    return finish(canvas)


def per_participant_paths(out: Path, people: Sequence[NotebookPerson]) -> Iterator[Path]:
    """FILE.pdf -> FILE-<id>-<name>.pdf beside it; a folder -> notebook-<id>-<name>.pdf in it."""
    folder, stem = (out.parent, out.stem) if out.suffix.lower() == ".pdf" else (out, "notebook")
    for person in people:
        name = safe_filename(f"{person.family_name}-{person.given_name}")
        yield folder / f"{stem}-{person.participant_id:04d}-{name}.pdf"


def render_notebooks(
    doc: NotebookDoc,
    people: Sequence[NotebookPerson],
    out: Path,
    event: NotebookEvent,
    *,
    paper: str = "A4",
    booklet: bool = False,
    per_participant: bool = False,
    progress: ProgressFn | None = None,
    is_cancelled: CancelFn | None = None,
) -> RenderResult:
    """One PDF for everyone (in the order given), or one file per participant."""
    geo = GEOMETRY["A5" if booklet else paper]
    writer = _Writer(doc, event, geo, layout_body(doc, geo, event), booklet)
    ticker = Ticker(len(people), progress, is_cancelled)
    ticker.start()
    if not per_participant:
        with writing(out) as partial:
            pages = _write(writer, people, partial, ticker)
        return RenderResult((out,), pages, len(people))
    paths: list[Path] = []
    pages = 0
    try:
        for person, path in zip(people, per_participant_paths(out, people), strict=True):
            with writing(path) as partial:
                pages += _write(writer, [person], partial, Ticker(1))
            paths.append(path)
            ticker.step()
    except BaseException:
        for path in paths:
            path.unlink(missing_ok=True)
        raise
    return RenderResult(tuple(paths), pages, len(people))
