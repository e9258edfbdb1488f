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
    split_rows,
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
        if self.y - height < BOTTOM:
            self.next()

    def next(self) -> None:
        self.canvas.showPage()
        self.start()


BOTTOM = 16 * MM  # the footer's top
DAY_HEAD = 9 * MM
TIME_W = 28 * MM


def _columns(width: float) -> tuple[float, float]:
    """(title width, where width) beside the time column."""
    where_w = width * 0.34
    return width - TIME_W - where_w - 4 * MM, where_w


def _detail(entry: Entry) -> str:
    return entry.title + (f" — {entry.note}" if entry.note else "")


def _entry_height(entry: Entry, width: float) -> float:
    title_w, where_w = _columns(width)
    return (
        max(
            text.wrapped_height(_detail(entry), title_w, SIZE),
            text.wrapped_height(entry.where, where_w, SIZE * 0.9),
            SIZE * 1.3,
        )
        + 2 * MM
    )


def _day(page: _Page, day: DayPlan) -> None:
    """A day's heading and rows: the heading never without two rows under it (or the day's only
    one), never a lone last row on a new page, and the heading repeated "(cont.)" on every page
    the day goes on to."""
    width = A4[0] - 2 * MARGIN
    heights = [_entry_height(entry, width) for entry in day.entries]
    page_room = A4[1] - 36 * MM - BOTTOM
    shares = split_rows(heights, DAY_HEAD, page.y - BOTTOM, page_room)
    start = 0
    for number, share in enumerate(shares):
        if number > 0 or share == 0:
            page.next()
        if share == 0:
            continue
        _day_heading(page, day.label + (" (cont.)" if start else ""), width)
        for entry, height in zip(day.entries[start : start + share],
                                 heights[start : start + share], strict=True):  # fmt: skip
            _entry(page, entry, width, height)
        start += share
    if not day.entries:
        page.room(DAY_HEAD)
        _day_heading(page, day.label, width)
    page.y -= 3 * MM


def _day_heading(page: _Page, label: str, width: float) -> None:
    canvas = page.canvas
    canvas.setFillColor(FAINT)
    canvas.rect(MARGIN, page.y - 7 * MM, width, 7 * MM, stroke=0, fill=1)
    canvas.setFillColor(INK)
    text.draw_fitted(canvas, label, Box(MARGIN + 2 * MM, page.y - 6 * MM, width, 5 * MM), 11,
                     bold=True)  # fmt: skip
    page.y -= DAY_HEAD


def _entry(page: _Page, entry: Entry, width: float, height: float) -> None:
    title_w, where_w = _columns(width)
    canvas, top = page.canvas, page.y
    canvas.setFillColor(INK)
    text.draw_wrapped(canvas, entry.time, MARGIN + 2 * MM, top, TIME_W, SIZE, bold=True)
    text.draw_wrapped(canvas, _detail(entry), MARGIN + TIME_W, top, title_w, SIZE)
    canvas.setFillColor(MUTED)
    text.draw_wrapped(canvas, entry.where, MARGIN + width - where_w, top, where_w, SIZE * 0.9)
    page.y -= height


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
