"""The personal parts of each copy: the cover (title, owner's names, delegation, QR, program and
dates) and the footer on every body page (name, page numbers).

Separate from the body because these are drawn afresh for every participant, while the body is
drawn once and shared.
"""

from __future__ import annotations

from reportlab.lib import colors

from sakura_desktop.printing import text
from sakura_desktop.printing.badges import draw_qr
from sakura_desktop.printing.common import ACCENT, INK, MM, MUTED, RULE
from sakura_desktop.printing.notebook_markup import NotebookDoc
from sakura_desktop.printing.notebook_types import Geometry, NotebookEvent, NotebookPerson
from sakura_desktop.printing.text import Box, Canvas


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
