"""The week view's geometry: where days, hours and blocks sit, in content and viewport coordinates.

`WeekGeometry` is the base of `WeekView`: it holds the layout constants and maps between
minutes, days and pixels (block rectangles, hit tests, scrolling a block into view, column widths
for the viewport's width). It is apart from the painting and the gestures because both read it and
neither changes it; the state it reads is set by `WeekView`. The `_Drag` record of a gesture in
progress sits here too, as the gestures write it and the painting reads it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import QPoint, QPointF, QRectF, QSize
from PySide6.QtWidgets import QAbstractScrollArea

from sakura_desktop.core.schedule.model import WeekData
from sakura_desktop.core.timeutil import at_local
from sakura_desktop.ui.schedule import layout

AXIS_WIDTH = 54
HEADER_HEIGHT = 42
MIN_DAY_WIDTH = 130
MIN_LANE_WIDTH = 64
# When the roomy widths do not fit the viewport (a 1280×720 laptop, 200 % scaling) columns narrow
# down to these before the view scrolls sideways: a block keeps a word or two of its title.
COMPACT_DAY_WIDTH = 96
COMPACT_LANE_WIDTH = 44
ZOOM_LEVELS = (0.6, 0.8, 1.0, 1.25, 1.5, 2.0, 2.5, 3.0)  # pixels per minute
DEFAULT_ZOOM = 1.25
SNAP_MINUTES = 5
EDGE = 6  # pixels at a block's bottom that resize instead of move
SELECTED_COLOUR = "#8e3b6b"


@dataclass
class _Drag:
    session_id: int
    resize: bool
    press: QPointF  # content coordinates
    day: int
    start: dt.datetime
    end: dt.datetime
    active: bool = False
    new_start: dt.datetime | None = None
    new_end: dt.datetime | None = None


def column_widths(lanes: list[int], available: float) -> list[float]:
    """Day column widths for `available` pixels: roomy when they fit, else narrowed towards the
    compact widths (in proportion to what each day can give), else compact and scrolling."""
    roomy = [max(MIN_DAY_WIDTH, n * MIN_LANE_WIDTH) for n in lanes]
    if not roomy:
        return []
    if sum(roomy) <= available:
        share = (available - sum(roomy)) / len(roomy)
        return [width + share for width in roomy]
    compact = [max(COMPACT_DAY_WIDTH, n * COMPACT_LANE_WIDTH) for n in lanes]
    room = max(0.0, available - sum(compact))
    give = sum(roomy) - sum(compact)
    scale = min(1.0, room / give) if give > 0 else 0.0
    return [small + (big - small) * scale for small, big in zip(compact, roomy, strict=True)]


class WeekGeometry(QAbstractScrollArea):
    """Coordinates of the week view; the fields below are set by `WeekView`."""

    week: WeekData | None
    days: list[dt.date]
    first_hour: int
    last_hour: int
    placed: dict[int, layout.Placed]
    day_x: list[float]
    day_width: list[float]
    zoom: float

    @property
    def timezone(self) -> str:
        return self.week.timezone if self.week is not None else "UTC"

    # -- geometry ----------------------------------------------------------------------------

    def ppm(self) -> float:
        return self.zoom

    def body_height(self) -> float:
        return (self.last_hour - self.first_hour) * 60 * self.zoom

    def content_size(self) -> QSize:
        width = AXIS_WIDTH + sum(self.day_width)
        return QSize(int(width), int(HEADER_HEIGHT + self.body_height() + 12))

    def _relayout(self) -> None:
        lanes = layout.lanes_per_day(self.placed.values(), len(self.days))
        self.day_width = column_widths(lanes, self.viewport().width() - AXIS_WIDTH)
        self.day_x = []
        x = float(AXIS_WIDTH)
        for width in self.day_width:
            self.day_x.append(x)
            x += width
        size = self.content_size()
        view = self.viewport().size()
        self.horizontalScrollBar().setRange(0, max(0, size.width() - view.width()))
        self.horizontalScrollBar().setPageStep(view.width())
        self.verticalScrollBar().setRange(0, max(0, size.height() - view.height()))
        self.verticalScrollBar().setPageStep(view.height())

    def offset(self) -> QPointF:
        return QPointF(self.horizontalScrollBar().value(), self.verticalScrollBar().value())

    def to_content(self, point: QPointF | QPoint) -> QPointF:
        return QPointF(point) + self.offset()

    def y_of(self, minutes: float) -> float:
        return HEADER_HEIGHT + (minutes - self.first_hour * 60) * self.zoom

    def minutes_at(self, y: float) -> float:
        return (y - HEADER_HEIGHT) / self.zoom + self.first_hour * 60

    def day_at(self, x: float) -> int:
        """The day column under content x (clamped to the first and last day)."""
        for index, (left, width) in enumerate(zip(self.day_x, self.day_width, strict=True)):
            if x < left + width:
                return index
        return max(0, len(self.days) - 1)

    def _rect(self, placed: layout.Placed) -> QRectF:
        width = self.day_width[placed.day]
        lane_width = (width - 6) / placed.lanes
        x = self.day_x[placed.day] + 3 + placed.lane * lane_width
        top = self.y_of(placed.start)
        bottom = self.y_of(placed.end)
        return QRectF(x + 1, top + 1, lane_width - 2, max(6.0, bottom - top - 2))

    def block_rect(self, session_id: int) -> QRectF | None:
        """Where a block is drawn, in content coordinates (None when not in this view)."""
        placed = self.placed.get(session_id)
        return self._rect(placed) if placed is not None else None

    def block_rect_in_viewport(self, session_id: int) -> QRectF | None:
        rect = self.block_rect(session_id)
        return rect.translated(-self.offset()) if rect is not None else None

    def day_column(self, day: int) -> QRectF:
        return QRectF(self.day_x[day], HEADER_HEIGHT, self.day_width[day], self.body_height())

    def session_at(self, point: QPointF | QPoint) -> int | None:
        """The block under a viewport point (the topmost if they touch)."""
        where = self.to_content(point)
        if where.y() < HEADER_HEIGHT + self.offset().y() or point.x() < AXIS_WIDTH:
            return None
        for session_id, placed in self.placed.items():
            if self._rect(placed).contains(where):
                return session_id
        return None

    def time_at(self, point: QPointF | QPoint) -> dt.datetime | None:
        if not self.days:
            return None
        where = self.to_content(point)
        minutes = _snap(self.minutes_at(where.y()), 15)
        day = self.days[self.day_at(where.x())]
        return at_local(day, dt.time(0, 0), self.timezone) + dt.timedelta(minutes=minutes)

    def ensure_visible(self, session_id: int) -> None:
        rect = self.block_rect(session_id)
        if rect is None:
            return
        view = self.viewport().size()
        v = self.verticalScrollBar()
        top = rect.top() - HEADER_HEIGHT - 12
        if top < v.value():
            v.setValue(int(top))
        elif rect.bottom() + 12 > v.value() + view.height():
            v.setValue(int(min(top, rect.bottom() + 12 - view.height())))
        h = self.horizontalScrollBar()
        left = rect.left() - AXIS_WIDTH - 8
        if left < h.value():
            h.setValue(int(left))
        elif rect.right() + 8 > h.value() + view.width():
            h.setValue(int(rect.right() + 8 - view.width()))

    def scroll_to_hour(self, hour: int) -> None:
        self.verticalScrollBar().setValue(int(self.y_of(hour * 60) - HEADER_HEIGHT))


def _snap(minutes: float, step: int) -> float:
    return float(round(minutes / step) * step)
