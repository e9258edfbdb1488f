"""Personal and team itineraries: the week day by day, times in the program's time zone."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from sakura_desktop.printing import text
from sakura_desktop.printing.common import (
    A4,
    FAINT,
    INK,
    MM,
    MUTED,
    CancelFn,
    ProgressFn,
    RenderResult,
    accent_band,
    render_each,
)
from sakura_desktop.printing.fonts import CjkLang
from sakura_desktop.printing.text import Box, Canvas


@dataclass(frozen=True)
class Entry:
    time: str  # "09:00–10:45"
    title: str
    where: str
    note: str = ""


@dataclass(frozen=True)
class DayPlan:
    label: str  # "Monday 13 July"
    entries: tuple[Entry, ...]


@dataclass(frozen=True)
class Itinerary:
    heading: str  # the person's or team's name
    subheading: str  # native name, delegation, team
    program: str
    timezone_note: str  # "All times are Japan time (Asia/Tokyo)."
    days: tuple[DayPlan, ...]
    lang: CjkLang | None = None


MARGIN = 16 * MM
SIZE = 9.5


@dataclass
class _Page:
    canvas: Canvas
    itinerary: Itinerary
    y: float = 0.0
    number: int = 0

    def start(self) -> None:
        self.number += 1
        w, h = A4
        it = self.itinerary
        accent_band(self.canvas, A4, 30 * MM)
        text.draw_fitted(self.canvas, it.heading, Box(MARGIN, h - 17 * MM, w - 2 * MARGIN,
                         11 * MM), 24, lang=it.lang, bold=True)  # fmt: skip
        text.draw_fitted(self.canvas, it.subheading, Box(MARGIN, h - 25 * MM, w - 2 * MARGIN,
                         7 * MM), 12, lang=it.lang)  # fmt: skip
        self.canvas.setFillColor(MUTED)
        footer = f"{it.program}  ·  {it.timezone_note}  ·  page {self.number}"
        text.draw_fitted(self.canvas, footer, Box(MARGIN, 8 * MM, w - 2 * MARGIN, 5 * MM), 8)
        self.y = h - 36 * MM

    def room(self, height: float) -> None:
        if self.y - height < 16 * MM:
            self.canvas.showPage()
            self.start()


def _day(page: _Page, day: DayPlan) -> None:
    w = A4[0] - 2 * MARGIN
    page.room(10 * MM + 7 * MM * min(len(day.entries), 2))
    canvas = page.canvas
    canvas.setFillColor(FAINT)
    canvas.rect(MARGIN, page.y - 7 * MM, w, 7 * MM, stroke=0, fill=1)
    canvas.setFillColor(INK)
    text.draw_fitted(canvas, day.label, Box(MARGIN + 2 * MM, page.y - 6 * MM, w, 5 * MM), 11,
                     bold=True)  # fmt: skip
    page.y -= 9 * MM
    for entry in day.entries:
        _entry(page, entry, w)
    page.y -= 3 * MM


def _entry(page: _Page, entry: Entry, width: float) -> None:
    time_w, where_w = 28 * MM, width * 0.34
    title_w = width - time_w - where_w - 4 * MM
    detail = entry.title + (f" — {entry.note}" if entry.note else "")
    height = (
        max(
            text.wrapped_height(detail, title_w, SIZE),
            text.wrapped_height(entry.where, where_w, SIZE * 0.9),
            SIZE * 1.3,
        )
        + 2 * MM
    )
    page.room(height)
    canvas, top = page.canvas, page.y
    canvas.setFillColor(INK)
    text.draw_wrapped(canvas, entry.time, MARGIN + 2 * MM, top, time_w, SIZE, bold=True)
    text.draw_wrapped(canvas, detail, MARGIN + time_w, top, title_w, SIZE)
    canvas.setFillColor(MUTED)
    text.draw_wrapped(canvas, entry.where, MARGIN + width - where_w, top, where_w, SIZE * 0.9)
    page.y -= height  # fmt: skip


def _itinerary(canvas: Canvas, itinerary: Itinerary) -> None:
    """One itinerary, starting on a new page and taking as many as its days need."""
    page = _Page(canvas, itinerary)
    page.start()
    for day in itinerary.days:
        _day(page, day)
    canvas.showPage()


def render_itineraries(
    itineraries: Sequence[Itinerary],
    out: Path,
    *,
    progress: ProgressFn | None = None,
    is_cancelled: CancelFn | None = None,
) -> RenderResult:
    return render_each(itineraries, out, _itinerary, page=A4, title="Itineraries",
                       progress=progress, is_cancelled=is_cancelled)  # fmt: skip
