"""Bus manifests on paper: one per transfer, doubling as the roll-call sheet at the door.

Each rider has a tick box, names in both scripts (the native name in its country's CJK forms),
the delegation and whom to call (the delegation leader and phone). The header says seats needed
against the bus's capacity, in red when people would be left without a seat; the foot leaves
room to write the count on board and the departure time.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from sakura_desktop.core.i18n import QT_TRANSLATE_NOOP, translate
from sakura_desktop.core.reports.manifests import Manifest, Rider
from sakura_desktop.core.schedule.day_text import day_time_label
from sakura_desktop.printing import text
from sakura_desktop.printing.common import (
    A4,
    ACCENT,
    FAINT,
    INK,
    MM,
    MUTED,
    CancelFn,
    ProgressFn,
    RenderResult,
    render_each,
)
from sakura_desktop.printing.fonts import CjkLang, cjk_lang_for_country
from sakura_desktop.printing.text import Box, Canvas

MARGIN = 14 * MM
ROW_H = 8.5 * MM
TOP_ROOM = 44 * MM  # title, times and seats
FOOT_ROOM = 24 * MM  # the lines to fill in on the bus
# (header, share of the width)
COLUMNS = (
    ("✓", 0.06),
    ("#", 0.05),
    (QT_TRANSLATE_NOOP("Manifest", "Family name"), 0.17),
    (QT_TRANSLATE_NOOP("Manifest", "Given name"), 0.15),
    (QT_TRANSLATE_NOOP("Manifest", "Native name"), 0.16),
    (QT_TRANSLATE_NOOP("Manifest", "Delegation"), 0.18),
    (QT_TRANSLATE_NOOP("Manifest", "Leader · phone"), 0.23),
)


def seats_line(manifest: Manifest) -> str:
    capacity = manifest.capacity
    if capacity is None:
        return translate("Manifest", "Seats needed: {needed} (bus capacity not given)").format(
            needed=manifest.seats_needed
        )
    if manifest.over_capacity:
        return translate(
            "Manifest",
            "Seats needed: {needed} of {capacity}: {over} WITHOUT A SEAT, book another vehicle",
        ).format(needed=manifest.seats_needed, capacity=capacity, over=manifest.over_capacity)
    return translate("Manifest", "Seats needed: {needed} of {capacity} ({spare} spare)").format(
        needed=manifest.seats_needed, capacity=capacity, spare=capacity - manifest.seats_needed
    )


def _header(canvas: Canvas, manifest: Manifest, page: int, pages: int) -> float:
    w, h = A4
    width = w - 2 * MARGIN
    canvas.setFillColor(ACCENT)
    text.draw_fitted(canvas, manifest.title, Box(MARGIN, h - 24 * MM, width, 11 * MM), 18,
                     bold=True, max_lines=2)  # fmt: skip
    canvas.setFillColor(MUTED)
    route = " → ".join(p for p in (manifest.origin, manifest.destination) if p)
    when = f"{day_time_label(manifest.departs)}–{manifest.arrives:%H:%M}"
    of = translate("Manifest", "sheet {page} of {pages}").format(page=page, pages=pages)
    line = "  ·  ".join(p for p in (when, route, of) if p)
    text.draw_fitted(canvas, line, Box(MARGIN, h - 31 * MM, width, 6 * MM), 10)
    canvas.setFillColor(ACCENT if manifest.over_capacity else INK)
    text.draw_fitted(canvas, seats_line(manifest), Box(MARGIN, h - 39 * MM, width, 6 * MM), 11,
                     bold=True)  # fmt: skip
    top = h - TOP_ROOM
    _row(canvas, top, [translate("Manifest", c) for c, _ in COLUMNS], header=True)
    return float(top - ROW_H)


def _row(canvas: Canvas, top: float, cells: Sequence[str], *, header: bool = False,
         lang: CjkLang | None = None) -> None:  # fmt: skip
    x, width = MARGIN, A4[0] - 2 * MARGIN
    canvas.setLineWidth(0.5)
    for index, ((_, share), cell) in enumerate(zip(COLUMNS, cells, strict=True)):
        column_width = width * share
        canvas.setStrokeColor(MUTED)
        canvas.setFillColor(FAINT if header else (1, 1, 1))
        canvas.rect(x, top - ROW_H, column_width, ROW_H, stroke=1, fill=1)
        if index == 0 and not header:  # the tick box
            side = 4.6 * MM
            canvas.rect(x + (column_width - side) / 2, top - (ROW_H + side) / 2, side, side)
        canvas.setFillColor(INK)
        box = Box(x + 1.5 * MM, top - ROW_H + 1 * MM, column_width - 3 * MM, ROW_H - 2 * MM)
        text.draw_fitted(canvas, cell, box, 9.5, bold=header, max_lines=2,
                         lang=lang if index == 4 else None,
                         align="center" if index < 2 else "left")  # fmt: skip
        x += column_width


def _cells(number: int, rider: Rider) -> list[str]:
    contact = " · ".join(p for p in (rider.leader, rider.leader_phone) if p)
    return ["", str(number), rider.family_name, rider.given_name, rider.native_name,
            rider.delegation, contact]  # fmt: skip


def _foot(canvas: Canvas) -> None:
    width = A4[0] - 2 * MARGIN
    canvas.setFillColor(MUTED)
    line = translate(
        "Manifest", "Counted on board: {0}    Checked by: {1}    Departed at: {0}"
    ).format("________", "______________")
    text.draw_fitted(canvas, line, Box(MARGIN, 12 * MM, width, 6 * MM), 10)
    canvas.setFillColor(INK)


def _per_page() -> int:
    return int((A4[1] - TOP_ROOM - ROW_H - FOOT_ROOM) // ROW_H)


def _manifest(canvas: Canvas, manifest: Manifest) -> None:
    per_page = _per_page()
    riders = manifest.riders
    pages = max(1, -(-len(riders) // per_page))
    for page in range(pages):
        top = _header(canvas, manifest, page + 1, pages)
        for offset, rider in enumerate(riders[page * per_page : (page + 1) * per_page]):
            number = page * per_page + offset + 1
            _row(canvas, top, _cells(number, rider), lang=cjk_lang_for_country(rider.country_code))
            top -= ROW_H
        _foot(canvas)
        canvas.showPage()


def render_manifests(
    manifests: Sequence[Manifest],
    out: Path,
    *,
    progress: ProgressFn | None = None,
    is_cancelled: CancelFn | None = None,
) -> RenderResult:
    """One manifest per transfer (as many sheets as its riders need) in one PDF."""
    title = translate("Manifest", "Transfer manifests")
    return render_each(manifests, out, _manifest, page=A4, title=title,
                          progress=progress, is_cancelled=is_cancelled)  # fmt: skip
