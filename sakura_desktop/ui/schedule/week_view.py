"""The week view: days as columns, a time axis, sessions as blocks coloured by kind.

A custom-painted `QAbstractScrollArea`: the day header stays on top and the time axis on the left
while the body scrolls. Blocks of overlapping sessions sit side by side (`layout.pack`); a day
with many lanes gets a wider column. The view edits nothing itself: it emits what the user asked
for (select, edit, delete, create, move) and the page decides.

Mouse: click selects, double-click edits (on empty space: a new session there), drag moves (to
another time or day), dragging the bottom edge resizes; both snap to 5 minutes and show the new
time while dragging. Ctrl+wheel zooms. Keys: arrows move the selection between blocks, Enter
edits, Delete deletes, Alt+Up/Down nudges by 5 minutes and Alt+Left/Right by a day, Escape stops
a drag, Ctrl++ / Ctrl+- zoom.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, replace

from PySide6.QtCore import QEvent, QPoint, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QResizeEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QToolTip, QWidget

from sakura_desktop.core.schedule.conflicts import Conflict, Severity
from sakura_desktop.core.schedule.model import SessionData, WeekData
from sakura_desktop.core.timeutil import at_local, local
from sakura_desktop.ui.schedule import layout
from sakura_desktop.ui.schedule.models import severity_icon
from sakura_desktop.ui.schedule.text import (
    day_span,
    kind_colours,
    kind_label,
    severity_colour,
    span,
    worst,
)

AXIS_WIDTH = 54
HEADER_HEIGHT = 42
MIN_DAY_WIDTH = 130
MIN_LANE_WIDTH = 64
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


class WeekView(QAbstractScrollArea):
    selection_changed = Signal(object)  # session id or None
    edit_requested = Signal(int)
    delete_requested = Signal(int)
    create_requested = Signal(object)  # an aware datetime: where the user double-clicked
    move_previewed = Signal(int, object, object)  # session id, new start, new end
    move_committed = Signal(int, object, object)
    move_cancelled = Signal()
    zoom_changed = Signal(float)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("WeekView")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.viewport().setMouseTracking(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.verticalScrollBar().setSingleStep(20)
        self.horizontalScrollBar().setSingleStep(20)
        self.setAccessibleName("Week view")
        self.week: WeekData | None = None
        self.sessions: dict[int, SessionData] = {}
        self.conflicts: dict[int, list[Conflict]] = {}
        self.days: list[dt.date] = []
        self.program_days: tuple[dt.date, dt.date] | None = None
        self.first_hour, self.last_hour = layout.DEFAULT_HOURS
        self.placed: dict[int, layout.Placed] = {}
        self.day_x: list[float] = []
        self.day_width: list[float] = []
        self.zoom = DEFAULT_ZOOM
        self.selected_id: int | None = None
        self._drag: _Drag | None = None
        self._pending: tuple[int, dt.datetime, dt.datetime] | None = None
        self._scrolled_once = False
        self.empty_text = ""

    # -- data --------------------------------------------------------------------------------

    @property
    def timezone(self) -> str:
        return self.week.timezone if self.week is not None else "UTC"

    def set_week(self, week: WeekData | None, sessions: Sequence[SessionData]) -> None:
        """Show `sessions` (of `week`) in the program's days; keeps the selection if it can."""
        self.week = week
        self.sessions = {s.id: s for s in sessions}
        self._drag, self._pending = None, None
        if week is None:
            self.days, self.placed = [], {}
        else:
            self.program_days = (week.start_date, week.end_date)
            self.days = layout.week_days(week.start_date, week.end_date, sessions, week.timezone)
            self.first_hour, self.last_hour = layout.hour_range(sessions, week.timezone)
            self.placed = {
                p.session_id: p for p in layout.place_sessions(sessions, self.days, week.timezone)
            }
        if self.selected_id not in self.sessions:
            self._select(None)
        self._relayout()
        if not self._scrolled_once and self.days:
            self._scrolled_once = True
            self.verticalScrollBar().setValue(0)
        self.viewport().update()

    def set_conflicts(self, by_session: dict[int, list[Conflict]]) -> None:
        self.conflicts = by_session
        self.viewport().update()

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
        minimum = [max(MIN_DAY_WIDTH, n * MIN_LANE_WIDTH) for n in lanes]
        available = self.viewport().width() - AXIS_WIDTH
        extra = max(0.0, available - sum(minimum))
        share = extra / len(minimum) if minimum else 0.0
        self.day_width = [m + share for m in minimum]
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

    # -- zoom --------------------------------------------------------------------------------

    def set_zoom(self, zoom: float, anchor_y: float | None = None) -> None:
        zoom = min(max(zoom, ZOOM_LEVELS[0]), ZOOM_LEVELS[-1])
        if zoom == self.zoom:
            return
        anchor = anchor_y if anchor_y is not None else self.viewport().height() / 2
        minutes = self.minutes_at(anchor + self.offset().y())
        self.zoom = zoom
        self._relayout()
        self.verticalScrollBar().setValue(int(self.y_of(minutes) - anchor))
        self.viewport().update()
        self.zoom_changed.emit(zoom)

    def zoom_in(self, anchor_y: float | None = None) -> None:
        bigger = [z for z in ZOOM_LEVELS if z > self.zoom + 1e-6]
        if bigger:
            self.set_zoom(bigger[0], anchor_y)

    def zoom_out(self, anchor_y: float | None = None) -> None:
        smaller = [z for z in ZOOM_LEVELS if z < self.zoom - 1e-6]
        if smaller:
            self.set_zoom(smaller[-1], anchor_y)

    # -- selection ---------------------------------------------------------------------------

    def select(self, session_id: int | None, *, scroll: bool = True) -> None:
        if session_id is not None and session_id not in self.placed:
            return
        self._select(session_id)
        if session_id is not None and scroll:
            self.ensure_visible(session_id)

    def _select(self, session_id: int | None) -> None:
        if session_id == self.selected_id:
            return
        self.selected_id = session_id
        self.viewport().update()
        self.selection_changed.emit(session_id)

    def neighbour(self, key: int) -> int | None:
        """The block an arrow key moves the selection to (None: nowhere to go)."""
        rects = {sid: self._rect(p) for sid, p in self.placed.items()}
        if not rects:
            return None
        if self.selected_id not in rects:
            return min(self.placed.values(), key=lambda p: (p.day, p.start, p.lane)).session_id
        current = rects[self.selected_id]
        here = current.center()
        best: tuple[float, int] | None = None
        for sid, rect in rects.items():
            if sid == self.selected_id:
                continue
            dx = rect.center().x() - here.x()
            dy = rect.center().y() - here.y()
            # Only blocks wholly on that side: from a wide block, Right goes to the next day.
            if key == Qt.Key.Key_Left and rect.right() <= current.left() + 1:
                score = -dx + 2 * abs(dy)
            elif key == Qt.Key.Key_Right and rect.left() >= current.right() - 1:
                score = dx + 2 * abs(dy)
            elif key == Qt.Key.Key_Up and rect.bottom() <= current.top() + 1:
                score = -dy + 3 * abs(dx)
            elif key == Qt.Key.Key_Down and rect.top() >= current.bottom() - 1:
                score = dy + 3 * abs(dx)
            else:
                continue
            if best is None or (score, sid) < best:
                best = (score, sid)
        return best[1] if best is not None else None

    # -- events ------------------------------------------------------------------------------

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._relayout()

    def scrollContentsBy(self, dx: int, dy: int) -> None:
        self.viewport().update()

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            if event.angleDelta().y() > 0:
                self.zoom_in(event.position().y())
            elif event.angleDelta().y() < 0:
                self.zoom_out(event.position().y())
            event.accept()
            return
        super().wheelEvent(event)

    def viewportEvent(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            session_id = self.session_at(event.pos())
            if session_id is None:
                QToolTip.hideText()
            else:
                QToolTip.showText(event.globalPos(), self.tooltip(session_id), self.viewport())
            return True
        return super().viewportEvent(event)

    def tooltip(self, session_id: int) -> str:
        session = self.sessions[session_id]
        assert self.week is not None
        lines = [
            f"<b>{_html(session.title)}</b>",
            f"{kind_label(session.kind)} · {day_span(session.start, session.end, self.timezone)}",
        ]
        venue = self.week.venue_label(session)
        if venue:
            lines.append(_html(venue))
        audience = self.week.audience_label(session)
        if audience:
            lines.append("For " + _html(audience))
        for conflict in self.conflicts.get(session_id, []):
            colour = severity_colour(conflict.severity)
            lines.append(f"<span style='color:{colour}'>⚠ {_html(conflict.sentence)}</span>")
        return "<br>".join(lines)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        if event.button() != Qt.MouseButton.LeftButton:
            super().mousePressEvent(event)
            return
        session_id = self.session_at(event.position())
        self.select(session_id, scroll=False)
        if session_id is None:
            return
        rect = self.block_rect(session_id)
        assert rect is not None
        where = self.to_content(event.position())
        session = self.sessions[session_id]
        resize = rect.height() > 3 * EDGE and where.y() >= rect.bottom() - EDGE
        self._drag = _Drag(
            session_id, resize, where, self.placed[session_id].day, session.start, session.end
        )

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        drag = self._drag
        if drag is None or not event.buttons() & Qt.MouseButton.LeftButton:
            self._hover_cursor(event.position())
            return
        where = self.to_content(event.position())
        if not drag.active:
            distance = (where - drag.press).manhattanLength()
            if distance < QApplication.startDragDistance():
                return
            drag.active = True
        self._autoscroll(event.position())
        start, end = self.dragged_times(drag, self.to_content(event.position()))
        if (start, end) != (drag.new_start, drag.new_end):
            drag.new_start, drag.new_end = start, end
            self.move_previewed.emit(drag.session_id, start, end)
        self.viewport().update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        drag, self._drag = self._drag, None
        if drag is None or event.button() != Qt.MouseButton.LeftButton:
            super().mouseReleaseEvent(event)
            return
        if not drag.active:
            return
        start, end = drag.new_start, drag.new_end
        if start is None or end is None or (start, end) == (drag.start, drag.end):
            self.move_cancelled.emit()
            self.viewport().update()
            return
        self._pending = (drag.session_id, start, end)
        self.viewport().update()
        self.move_committed.emit(drag.session_id, start, end)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            return
        self._drag = None
        session_id = self.session_at(event.position())
        if session_id is not None:
            self.edit_requested.emit(session_id)
            return
        where = event.position()
        if where.x() >= AXIS_WIDTH and where.y() >= HEADER_HEIGHT:
            when = self.time_at(where)
            if when is not None:
                self.create_requested.emit(when)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        mods = event.modifiers()
        arrows = (Qt.Key.Key_Left, Qt.Key.Key_Right, Qt.Key.Key_Up, Qt.Key.Key_Down)
        if key == Qt.Key.Key_Escape and self._drag is not None:
            active = self._drag.active
            self._drag = None
            if active:
                self.move_cancelled.emit()
            self.viewport().update()
        elif key in arrows and mods & Qt.KeyboardModifier.AltModifier:
            self.nudge(key)
        elif key in arrows:
            target = self.neighbour(key)
            if target is not None:
                self.select(target)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.selected_id is not None:
            self.edit_requested.emit(self.selected_id)
        elif key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and self.selected_id is not None:
            self.delete_requested.emit(self.selected_id)
        elif (
            key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal)
            and mods & Qt.KeyboardModifier.ControlModifier
        ):
            self.zoom_in()
        elif key == Qt.Key.Key_Minus and mods & Qt.KeyboardModifier.ControlModifier:
            self.zoom_out()
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def nudge(self, key: int) -> None:
        """Alt+arrow: the selected session 5 minutes earlier or later, or a day either way."""
        if self.selected_id is None or self._drag is not None:
            return
        session = self.sessions[self.selected_id]
        if key in (Qt.Key.Key_Left, Qt.Key.Key_Right):  # the same wall-clock time, a day away
            days = -1 if key == Qt.Key.Key_Left else 1
            start = _shift_days(session.start, days, self.timezone)
            end = start + (session.end - session.start)
        else:
            step = dt.timedelta(minutes=-SNAP_MINUTES if key == Qt.Key.Key_Up else SNAP_MINUTES)
            start, end = session.start + step, session.end + step
        self.move_committed.emit(self.selected_id, start, end)

    def _hover_cursor(self, point: QPointF) -> None:
        session_id = self.session_at(point)
        if session_id is None:
            self.viewport().unsetCursor()
            return
        rect = self.block_rect(session_id)
        assert rect is not None
        where = self.to_content(point)
        if rect.height() > 3 * EDGE and where.y() >= rect.bottom() - EDGE:
            self.viewport().setCursor(Qt.CursorShape.SizeVerCursor)
        else:
            self.viewport().setCursor(Qt.CursorShape.OpenHandCursor)

    def _autoscroll(self, point: QPointF) -> None:
        v = self.verticalScrollBar()
        if point.y() < HEADER_HEIGHT + 16:
            v.setValue(v.value() - 12)
        elif point.y() > self.viewport().height() - 16:
            v.setValue(v.value() + 12)

    def dragged_times(self, drag: _Drag, where: QPointF) -> tuple[dt.datetime, dt.datetime]:
        """The snapped start and end a drag to content point `where` gives."""
        tz = self.timezone
        base_day = self.days[drag.day]
        midnight = at_local(base_day, dt.time(0, 0), tz)
        start_min = (drag.start - midnight).total_seconds() / 60
        end_min = (drag.end - midnight).total_seconds() / 60
        delta = (where.y() - drag.press.y()) / self.zoom
        if drag.resize:
            new_end = max(start_min + SNAP_MINUTES, _snap(end_min + delta, SNAP_MINUTES))
            return drag.start, midnight + dt.timedelta(minutes=new_end)
        duration = drag.end - drag.start
        new_start = _snap(start_min + delta, SNAP_MINUTES)
        new_start = min(max(new_start, 0.0), layout.DAY_MINUTES - SNAP_MINUTES)
        day = self.days[self.day_at(where.x())]
        start = at_local(day, dt.time(0, 0), tz) + dt.timedelta(minutes=new_start)
        return start, start + duration

    # -- painting ----------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self.viewport())
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        painter.fillRect(self.viewport().rect(), palette.color(QPalette.ColorRole.Base))
        if not self.days:
            painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
            painter.drawText(self.viewport().rect(), Qt.AlignmentFlag.AlignCenter, self.empty_text)
            return
        offset = self.offset()
        painter.save()
        painter.translate(-offset)
        self._paint_grid(painter, palette)
        self._paint_blocks(painter)
        self._paint_drag(painter)
        painter.restore()
        self._paint_header(painter, palette, offset.x())
        self._paint_axis(painter, palette, offset.y())
        painter.end()

    def _paint_grid(self, painter: QPainter, palette: QPalette) -> None:
        base = palette.color(QPalette.ColorRole.Base)
        dark = base.lightness() < 128
        alt = palette.color(QPalette.ColorRole.AlternateBase)
        outside = QColor("#3a3a3a" if dark else "#ececec")
        height = self.body_height()
        for index, day in enumerate(self.days):
            column = self.day_column(index)
            in_program = self.program_days is None or (
                self.program_days[0] <= day <= self.program_days[1]
            )
            if not in_program:
                painter.fillRect(column, outside)
            elif index % 2:
                painter.fillRect(column, alt)
        line = palette.color(QPalette.ColorRole.Mid)
        faint = QColor(line)
        faint.setAlpha(70)
        line.setAlpha(140)
        right = AXIS_WIDTH + sum(self.day_width)
        for hour in range(self.first_hour, self.last_hour + 1):
            y = self.y_of(hour * 60)
            painter.setPen(QPen(line, 1))
            painter.drawLine(QPointF(AXIS_WIDTH, y), QPointF(right, y))
            if hour < self.last_hour and self.zoom >= 0.8:
                painter.setPen(QPen(faint, 1, Qt.PenStyle.DotLine))
                y2 = self.y_of(hour * 60 + 30)
                painter.drawLine(QPointF(AXIS_WIDTH, y2), QPointF(right, y2))
        painter.setPen(QPen(line, 1))
        for x in self.day_x:
            painter.drawLine(QPointF(x, HEADER_HEIGHT), QPointF(x, HEADER_HEIGHT + height))

    def _paint_blocks(self, painter: QPainter) -> None:
        moving = self._drag.session_id if self._drag is not None and self._drag.active else None
        pending = self._pending[0] if self._pending is not None else None
        for session_id, placed in self.placed.items():
            ghost = session_id in (moving, pending)
            self._paint_block(painter, self._rect(placed), self.sessions[session_id], ghost)

    def _paint_block(
        self,
        painter: QPainter,
        rect: QRectF,
        session: SessionData,
        ghost: bool = False,
        floating: bool = False,
    ) -> None:
        fill_name, accent_name = kind_colours(session.kind)
        fill, accent = QColor(fill_name), QColor(accent_name)
        conflicts = self.conflicts.get(session.id, [])
        severity = worst(conflicts)
        selected = session.id == self.selected_id
        painter.save()
        if ghost:
            painter.setOpacity(0.35)
        if floating:
            painter.setOpacity(0.92)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(fill)
        painter.drawRoundedRect(rect, 4, 4)
        stripe = QRectF(rect.left(), rect.top(), min(4.0, rect.width() / 3), rect.height())
        painter.setBrush(accent)
        painter.drawRoundedRect(stripe, 2, 2)
        if severity is not None:
            pen = QPen(QColor(severity_colour(severity)), 2.5)
            pen.setStyle(
                Qt.PenStyle.SolidLine if severity == Severity.ERROR else Qt.PenStyle.DashLine
            )
        else:
            pen = QPen(accent.darker(115), 1)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRoundedRect(rect.adjusted(0.5, 0.5, -0.5, -0.5), 4, 4)
        if selected:
            painter.setPen(QPen(QColor(SELECTED_COLOUR), 2))
            painter.drawRoundedRect(rect.adjusted(-2, -2, 2, 2), 5, 5)
        icon_room = 0.0
        if severity is not None and rect.width() > 26 and rect.height() > 14:
            size = 14
            icon_rect = QRectF(rect.right() - size - 3, rect.top() + 3, size, size)
            severity_icon(severity).paint(painter, icon_rect.toRect())
            icon_room = size + 3
        self._paint_text(painter, rect, session, icon_room)
        painter.restore()

    def _paint_text(
        self, painter: QPainter, rect: QRectF, session: SessionData, icon_room: float
    ) -> None:
        if rect.width() < 22 or rect.height() < 12 or self.week is None:
            return
        inner = rect.adjusted(7, 2, -3, -2)
        title_font = QFont(self.font())
        title_font.setPointSizeF(max(7.0, self.font().pointSizeF() * 0.92))
        title_font.setBold(True)
        body_font = QFont(self.font())
        body_font.setPointSizeF(max(6.5, self.font().pointSizeF() * 0.85))
        lines: list[tuple[QFont, str]] = [(title_font, session.title)]
        times = span(session.start, session.end, self.timezone)
        venue = self.week.venue_by_id.get(session.venue_id) if session.venue_id else None
        details = [times]
        if venue is not None:
            details.append(venue.name)
        audience = self.week.audience_label(session)
        if audience:
            details.append(audience)
        lines += [(body_font, text) for text in details]
        painter.setPen(QColor("#1d1d1f"))
        y = inner.top()
        for number, (font, text) in enumerate(lines):
            metrics = QFontMetricsF(font)
            height = metrics.height()
            if y + height > inner.bottom() + 1 and number > 0:
                break
            width = inner.width() - (icon_room if number == 0 else 0)
            if (
                number == 0
                and y + 2 * height <= inner.bottom() - height
                and width < metrics.horizontalAdvance(text)
            ):
                # A tall block: the title may take two lines before the details.
                painter.setFont(font)
                box = QRectF(inner.left(), y, width, 2 * height)
                flags = (
                    Qt.TextFlag.TextWordWrap
                    | Qt.AlignmentFlag.AlignLeft
                    | Qt.AlignmentFlag.AlignTop
                )
                wrapped = _two_lines(metrics, text, width)
                painter.drawText(box, int(flags), wrapped)
                y += height * (wrapped.count("\n") + 1)
                continue
            painter.setFont(font)
            elided = metrics.elidedText(text, Qt.TextElideMode.ElideRight, width)
            painter.drawText(
                QRectF(inner.left(), y, width, height), int(Qt.AlignmentFlag.AlignLeft), elided
            )
            y += height

    def _paint_drag(self, painter: QPainter) -> None:
        floating: tuple[int, dt.datetime, dt.datetime] | None = None
        drag = self._drag
        if drag is not None and drag.active and drag.new_start and drag.new_end:
            floating = (drag.session_id, drag.new_start, drag.new_end)
        elif self._pending is not None:
            floating = self._pending
        if floating is None or self.week is None:
            return
        session_id, start, end = floating
        original = self.sessions[session_id]
        moved = replace(original, start=start, end=end)
        day, minutes = layout.minutes_of(start, self.timezone)
        if day not in self.days:
            return
        day_index = self.days.index(day)
        end_minutes = minutes + (end - start).total_seconds() / 60
        placed = layout.Placed(session_id, day_index, minutes, min(end_minutes, layout.DAY_MINUTES))
        rect = self._rect(placed)
        self._paint_block(painter, rect, moved, floating=True)
        if drag is not None and drag.active:
            self._paint_bubble(painter, rect, day_span(start, end, self.timezone))

    def _paint_bubble(self, painter: QPainter, rect: QRectF, text: str) -> None:
        font = QFont(self.font())
        font.setBold(True)
        metrics = QFontMetricsF(font)
        width = metrics.horizontalAdvance(text) + 14
        height = metrics.height() + 8
        x = rect.left()
        right_edge = AXIS_WIDTH + sum(self.day_width)
        x = min(x, right_edge - width - 2)
        y = rect.top() - height - 4
        if y < HEADER_HEIGHT + self.offset().y():
            y = rect.bottom() + 4
        bubble = QRectF(x, y, width, height)
        painter.save()
        painter.setOpacity(1.0)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(30, 30, 34, 230))
        painter.drawRoundedRect(bubble, 5, 5)
        painter.setPen(QColor("white"))
        painter.setFont(font)
        painter.drawText(bubble, int(Qt.AlignmentFlag.AlignCenter), text)
        painter.restore()

    def _paint_header(self, painter: QPainter, palette: QPalette, dx: float) -> None:
        band = QRectF(0, 0, self.viewport().width(), HEADER_HEIGHT)
        painter.fillRect(band, palette.color(QPalette.ColorRole.Window))
        bold = QFont(self.font())
        bold.setBold(True)
        small = QFont(self.font())
        small.setPointSizeF(self.font().pointSizeF() * 0.85)
        text = palette.color(QPalette.ColorRole.WindowText)
        muted = palette.color(QPalette.ColorRole.PlaceholderText)
        for index, day in enumerate(self.days):
            cell = QRectF(self.day_x[index] - dx, 0, self.day_width[index], HEADER_HEIGHT)
            if cell.right() < AXIS_WIDTH:
                continue
            in_program = self.program_days is None or (
                self.program_days[0] <= day <= self.program_days[1]
            )
            painter.setFont(bold)
            painter.setPen(text if in_program else muted)
            top = QRectF(cell.left(), 4, cell.width(), HEADER_HEIGHT / 2 - 2)
            painter.drawText(top, int(Qt.AlignmentFlag.AlignCenter), f"{day:%a %d %b}")
            painter.setFont(small)
            painter.setPen(muted)
            bottom = QRectF(cell.left(), HEADER_HEIGHT / 2, cell.width(), HEADER_HEIGHT / 2 - 4)
            if in_program and self.program_days is not None:
                caption = f"Day {(day - self.program_days[0]).days + 1}"
            else:
                caption = "outside the program"
            painter.drawText(bottom, int(Qt.AlignmentFlag.AlignCenter), caption)
        painter.setPen(QPen(palette.color(QPalette.ColorRole.Mid), 1))
        painter.drawLine(
            QPointF(0, HEADER_HEIGHT - 0.5), QPointF(band.right(), HEADER_HEIGHT - 0.5)
        )

    def _paint_axis(self, painter: QPainter, palette: QPalette, dy: float) -> None:
        band = QRectF(0, HEADER_HEIGHT, AXIS_WIDTH, self.viewport().height() - HEADER_HEIGHT)
        painter.fillRect(band, palette.color(QPalette.ColorRole.Window))
        painter.save()
        painter.setClipRect(band)
        small = QFont(self.font())
        small.setPointSizeF(self.font().pointSizeF() * 0.9)
        painter.setFont(small)
        painter.setPen(palette.color(QPalette.ColorRole.WindowText))
        metrics = QFontMetricsF(small)
        for hour in range(self.first_hour, self.last_hour + 1):
            y = self.y_of(hour * 60) - dy
            label = QRectF(
                0,
                y - metrics.height() / 2 + (metrics.height() / 2 if hour == self.first_hour else 0),
                AXIS_WIDTH - 8,
                metrics.height(),
            )
            painter.drawText(
                label,
                int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                f"{hour:02d}:00",
            )
        painter.restore()
        painter.setPen(QPen(palette.color(QPalette.ColorRole.Mid), 1))
        painter.drawLine(
            QPointF(AXIS_WIDTH - 0.5, 0), QPointF(AXIS_WIDTH - 0.5, self.viewport().height())
        )
        painter.fillRect(
            QRectF(0, 0, AXIS_WIDTH - 1, HEADER_HEIGHT - 1),
            palette.color(QPalette.ColorRole.Window),
        )


def _snap(minutes: float, step: int) -> float:
    return float(round(minutes / step) * step)


def _shift_days(instant: dt.datetime, days: int, timezone: str) -> dt.datetime:
    moment = local(instant, timezone)
    return at_local(moment.date() + dt.timedelta(days=days), moment.time(), timezone)


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _two_lines(metrics: QFontMetricsF, text: str, width: float) -> str:
    """The text wrapped at words onto two lines, each elided to `width`."""
    words = text.split()
    first = ""
    for n, word in enumerate(words):
        candidate = f"{first} {word}".strip()
        if metrics.horizontalAdvance(candidate) > width:
            if not first:  # one word wider than the block: one elided line
                return metrics.elidedText(text, Qt.TextElideMode.ElideRight, width)
            rest = " ".join(words[n:])
            return first + "\n" + metrics.elidedText(rest, Qt.TextElideMode.ElideRight, width)
        first = candidate
    return metrics.elidedText(text, Qt.TextElideMode.ElideRight, width)
