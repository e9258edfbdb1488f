"""Experiment notebooks: the shared content laid out once, printed for every participant.

The body (everything after the cover) is the same for everyone, so it is laid out once into
pages of drawing steps; each PDF draws every body page once into a Form XObject and every
participant's copy refers to it, adding only the personal cover (names, delegation, program
and dates, QR) and the footer (name, page numbers). One PDF for everyone is therefore barely
larger than one notebook.

A booklet imposes A5 pages two per A4 landscape sheet for saddle stitching: pages are padded
with blanks to a multiple of four and ordered so the folded stack reads 1, 2, 3 ...

This module writes the files; the shared data is in `notebook_types`, the body layout in
`notebook_body` (whole-page graph and autograph blocks in `notebook_special`), the cover and
footer in `notebook_cover` and the page order in `notebook_booklet`. Their public names stay
importable from here.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sakura_desktop.printing.common import (
    A4_LANDSCAPE,
    CancelFn,
    ProgressFn,
    RenderResult,
    Ticker,
    finish,
    new_canvas,
    safe_filename,
    writing,
)
from sakura_desktop.printing.notebook_body import layout_body as layout_body
from sakura_desktop.printing.notebook_booklet import booklet_order as booklet_order
from sakura_desktop.printing.notebook_cover import draw_cover as draw_cover
from sakura_desktop.printing.notebook_cover import draw_footer as draw_footer
from sakura_desktop.printing.notebook_markup import NotebookDoc
from sakura_desktop.printing.notebook_types import GEOMETRY as GEOMETRY
from sakura_desktop.printing.notebook_types import Draw as Draw
from sakura_desktop.printing.notebook_types import Geometry as Geometry
from sakura_desktop.printing.notebook_types import NotebookEvent as NotebookEvent
from sakura_desktop.printing.notebook_types import NotebookPerson as NotebookPerson
from sakura_desktop.printing.text import Canvas

# --- pages and files ----------------------------------------------------------------------------


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
