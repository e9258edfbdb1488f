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
import html
from collections.abc import Sequence

from PySide6.QtCore import QEvent, QPointF, Qt, Signal
from PySide6.QtGui import QHelpEvent, QKeyEvent, QMouseEvent, QResizeEvent, QWheelEvent
from PySide6.QtWidgets import QApplication, QToolTip, QWidget

from sakura_desktop.core.schedule.conflicts import Conflict
from sakura_desktop.core.schedule.model import SessionData, WeekData
from sakura_desktop.core.timeutil import at_local, local
from sakura_desktop.ui.schedule import layout
from sakura_desktop.ui.schedule.text import day_span, kind_label, severity_colour
from sakura_desktop.ui.schedule.week_geometry import (
    AXIS_WIDTH,
    DEFAULT_ZOOM,
    EDGE,
    HEADER_HEIGHT,
    MIN_DAY_WIDTH,
    MIN_LANE_WIDTH,
    SELECTED_COLOUR,
    SNAP_MINUTES,
    ZOOM_LEVELS,
    _Drag,
    _snap,
)
from sakura_desktop.ui.schedule.week_painter import WeekPainting

# The layout constants live with the geometry; they stay importable from here.
__all__ = [
    "AXIS_WIDTH",
    "DEFAULT_ZOOM",
    "EDGE",
    "HEADER_HEIGHT",
    "MIN_DAY_WIDTH",
    "MIN_LANE_WIDTH",
    "SELECTED_COLOUR",
    "SNAP_MINUTES",
    "ZOOM_LEVELS",
    "WeekView",
]


class WeekView(WeekPainting):
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
        self.setAccessibleName(self.tr("Week view"))
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
            f"<b>{html.escape(session.title, quote=False)}</b>",
            f"{kind_label(session.kind)} · {day_span(session.start, session.end, self.timezone)}",
        ]
        venue = self.week.venue_label(session)
        if venue:
            lines.append(html.escape(venue, quote=False))
        audience = self.week.audience_label(session)
        if audience:
            lines.append(self.tr("For {0}").format(html.escape(audience, quote=False)))
        for conflict in self.conflicts.get(session_id, []):
            colour = severity_colour(conflict.severity)
            sentence = html.escape(conflict.sentence, quote=False)
            lines.append(f"<span style='color:{colour}'>⚠ {sentence}</span>")
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


def _shift_days(instant: dt.datetime, days: int, timezone: str) -> dt.datetime:
    moment = local(instant, timezone)
    return at_local(moment.date() + dt.timedelta(days=days), moment.time(), timezone)
