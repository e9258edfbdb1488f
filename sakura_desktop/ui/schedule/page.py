"""The Schedule screen: the week view with its conflict panel, and every way to change the week.

The page wires widgets to the `ScheduleController` (state, writes, undo) and opens the dialogs;
the view paints and reports gestures, the dialogs collect input, core use cases do the work.
Choosing which sessions to show lives in `view_choice`, and opening the dialogs and turning their
answers into changes in `session_editing`; `SchedulePage` builds on both.
"""

from __future__ import annotations

import datetime as dt
import html

import shiboken6
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListView,
    QMenu,
    QPushButton,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from sakura_desktop.core.schedule.conflicts import Conflict, conflicts_by_session
from sakura_desktop.ui.dialogs import messages
from sakura_desktop.ui.i18n import QT_TRANSLATE_NOOP, translate
from sakura_desktop.ui.schedule.changes import Move
from sakura_desktop.ui.schedule.controller import ScheduleController
from sakura_desktop.ui.schedule.legend import Legend
from sakura_desktop.ui.schedule.models import ConflictListModel
from sakura_desktop.ui.schedule.places_dialog import PlacesDialog
from sakura_desktop.ui.schedule.rotation_dialog import RotationDialog
from sakura_desktop.ui.schedule.session_dialog import SessionDialog
from sakura_desktop.ui.schedule.session_editing import ScheduleEditing
from sakura_desktop.ui.schedule.text import conflicts_count, day_span
from sakura_desktop.ui.schedule.transfers import ScheduleTransfers
from sakura_desktop.ui.schedule.view_choice import (
    VIEW_ALL,
    VIEW_PARTICIPANT,
    VIEW_TEAM,
    VIEW_VENUE,
)
from sakura_desktop.ui.schedule.week_view import WeekView
from sakura_desktop.ui.widgets.data_follower import DataFollower
from sakura_desktop.ui.workspace import Workspace

# The view modes live with the view choice; they stay importable from here.
__all__ = ["HINT", "VIEW_ALL", "VIEW_PARTICIPANT", "VIEW_TEAM", "VIEW_VENUE", "SchedulePage"]

HINT = QT_TRANSLATE_NOOP(
    "SchedulePage",
    "Drag a block to move it, drag its bottom edge to change its length, double-click to edit. "
    "Arrows select, Alt+arrows nudge, Enter edits, Delete deletes.",
)


class SchedulePage(ScheduleEditing):
    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("SchedulePage")
        self.workspace = workspace
        self.controller = ScheduleController(workspace, self)
        self.controller.report_error = self._report_error
        self.session_dialog: SessionDialog | None = None
        self.rotation_dialog: RotationDialog | None = None
        self.places_dialog: PlacesDialog | None = None
        self.transfers = ScheduleTransfers(self)

        self._build_actions()
        layout = QVBoxLayout(self.content)
        layout.setContentsMargins(12, 10, 12, 8)
        layout.setSpacing(6)
        layout.addLayout(self._build_toolbar())
        self.legend = Legend()
        layout.addWidget(self.legend)

        self.view = WeekView()
        self.conflict_model = ConflictListModel(self)
        self.conflict_list = QListView()
        self.conflict_list.setObjectName("conflictList")
        self.conflict_list.setModel(self.conflict_model)
        self.conflict_list.setWordWrap(True)
        self.conflict_list.setAlternatingRowColors(True)
        self.conflict_list.setSpacing(2)
        self.conflict_list.setUniformItemSizes(False)
        self.conflict_list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.conflict_list.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.conflict_list.clicked.connect(self._conflict_clicked)
        self.conflict_list.activated.connect(self._conflict_clicked)
        self.conflict_title = QLabel()
        self.conflict_title.setObjectName("SectionTitle")
        self.conflict_title.setWordWrap(True)
        panel = QWidget()
        panel_layout = QVBoxLayout(panel)
        panel_layout.setContentsMargins(6, 0, 0, 0)
        panel_layout.addWidget(self.conflict_title)
        panel_layout.addWidget(self.conflict_list, 1)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.view)
        self.splitter.addWidget(panel)
        self.splitter.setStretchFactor(0, 4)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([1000, 220])  # the week first: five days on a 1280×720 laptop
        self.splitter.setChildrenCollapsible(False)
        layout.addWidget(self.splitter, 1)
        self.status_label = QLabel(translate("SchedulePage", HINT))
        self.status_label.setObjectName("Hint")
        self.status_label.setWordWrap(True)
        layout.addWidget(self.status_label)

        view = self.view
        view.selection_changed.connect(self._selection_changed)
        view.edit_requested.connect(self.edit_session)
        view.delete_requested.connect(self.delete_session)
        view.create_requested.connect(self.new_session)
        view.move_previewed.connect(self._move_previewed)
        view.move_committed.connect(self.move_session)
        view.move_cancelled.connect(self._move_cancelled)
        view.zoom_changed.connect(lambda _zoom: self._update_buttons())

        c = self.controller
        c.loaded.connect(self._loaded)
        c.week_changed.connect(self._show_week)
        c.conflicts_changed.connect(self._show_conflicts)
        c.busy_changed.connect(lambda _busy: self._update_buttons())
        c.load_failed.connect(self._load_failed)
        c.undo_stack.canUndoChanged.connect(lambda _can: self._update_buttons())
        c.undo_stack.canRedoChanged.connect(lambda _can: self._update_buttons())
        c.undo_stack.undoTextChanged.connect(lambda _t: self._update_buttons())
        c.undo_stack.redoTextChanged.connect(lambda _t: self._update_buttons())

        workspace.database_changed.connect(self.refresh)
        workspace.programs_changed.connect(self.refresh)
        workspace.program_changed.connect(self.refresh)
        self.data_follower = DataFollower(self, workspace, self.controller.reload)
        self.refresh()

    # -- building --------------------------------------------------------------------------------

    def _action(self, text: str, slot: object, *keys: QKeySequence | str) -> QAction:
        action = QAction(text, self)
        if keys:
            action.setShortcuts([QKeySequence(k) for k in keys])
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        action = self._action
        self.undo_action = action(self.tr("Undo"), self.controller.undo, "Ctrl+Z")
        self.redo_action = action(self.tr("Redo"), self.controller.redo, "Ctrl+Shift+Z", "Ctrl+Y")
        self.new_action = action(self.tr("New session…"), lambda: self.new_session(None))
        self.delete_action = action(self.tr("Delete session"), self._delete_selected)
        self.rotation_action = action(self.tr("Rotation planner…"), self.open_rotation)
        self.places_action = action(self.tr("Places and lecturers…"), self.open_places)
        self.import_action = action(
            self.tr("Import schedule…"), lambda: self.transfers.import_file()
        )
        self.export_action = action(self.tr("Export schedule…"), lambda: self.transfers.export())
        self.ics_action = action(self.tr("Export iCalendar…"), lambda: self.transfers.export_ics())
        self.zoom_in_action = action(self.tr("Zoom in"), lambda: self.view.zoom_in())
        self.zoom_out_action = action(self.tr("Zoom out"), lambda: self.view.zoom_out())

    def _tool(self, action: QAction, name: str) -> QToolButton:
        button = QToolButton()
        button.setDefaultAction(action)
        button.setObjectName(name)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        return button

    def _build_toolbar(self) -> QHBoxLayout:
        self.mode_combo = QComboBox()
        self.mode_combo.setObjectName("viewMode")
        for label, key in (
            (self.tr("Whole program"), VIEW_ALL),
            (self.tr("One team"), VIEW_TEAM),
            (self.tr("One venue"), VIEW_VENUE),
            (self.tr("One participant"), VIEW_PARTICIPANT),
        ):
            self.mode_combo.addItem(label, key)
        self.target_combo = QComboBox()
        self.target_combo.setObjectName("viewTarget")
        self.target_combo.setMinimumWidth(220)
        self.target_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.mode_combo.currentIndexChanged.connect(self._mode_changed)
        self.target_combo.currentIndexChanged.connect(lambda _i: self._show_week())
        show = QLabel(self.tr("&Show:"))
        show.setBuddy(self.mode_combo)
        self.undo_button = self._tool(self.undo_action, "undoButton")
        self.redo_button = self._tool(self.redo_action, "redoButton")
        self.new_button = QPushButton(self.tr("&New session…"))
        self.new_button.clicked.connect(self.new_action.trigger)
        self.rotation_button = QPushButton(self.tr("&Rotation planner…"))
        self.rotation_button.clicked.connect(self.rotation_action.trigger)
        more = QMenu(self)
        more.addAction(self.places_action)
        more.addSeparator()
        more.addAction(self.import_action)
        more.addAction(self.export_action)
        more.addAction(self.ics_action)
        more.addSeparator()
        more.addAction(self.delete_action)
        self.more_button = QToolButton()
        self.more_button.setText(self.tr("More"))
        self.more_button.setMenu(more)
        self.more_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.zoom_out_button = self._tool(self.zoom_out_action, "zoomOut")
        self.zoom_out_button.setText("−")
        self.zoom_out_button.setToolTip(self.tr("Zoom out (Ctrl+wheel)"))
        self.zoom_in_button = self._tool(self.zoom_in_action, "zoomIn")
        self.zoom_in_button.setText("+")
        self.zoom_in_button.setToolTip(self.tr("Zoom in (Ctrl+wheel)"))
        row = QHBoxLayout()
        row.setSpacing(6)
        row.addWidget(show)
        row.addWidget(self.mode_combo)
        row.addWidget(self.target_combo)
        row.addStretch(1)
        row.addWidget(self.zoom_out_button)
        row.addWidget(self.zoom_in_button)
        row.addSpacing(8)
        row.addWidget(self.undo_button)
        row.addWidget(self.redo_button)
        row.addSpacing(8)
        row.addWidget(self.new_button)
        row.addWidget(self.rotation_button)
        row.addWidget(self.more_button)
        return row

    # -- workspace -------------------------------------------------------------------------------

    def refresh(self) -> None:
        ws = self.workspace
        factory = ws.factory
        if factory is None or ws.program is None:
            self.controller.clear()
            if factory is None:
                self.show_message(
                    self.tr("No database is open"),
                    self.tr("Open or create a database (File menu) to plan the week's schedule."),
                )
            elif not ws.programs_loaded:
                self.show_message(self.tr("Loading…"), self.tr("Reading the database."))
            else:
                self.show_message(
                    self.tr("This database holds no program yet"),
                    self.tr(
                        "Create a program (its dates and time zone) before planning its schedule."
                    ),
                )
            return
        self.controller.load(factory, ws.program.id)

    def _loaded(self) -> None:
        week = self.controller.week
        if week is None:
            return
        self._fill_targets(week)
        self.show_content()
        self._show_week()

    def _load_failed(self, text: str) -> None:
        self.show_message(self.tr("The schedule could not be loaded"), text)

    # -- which sessions ------------------------------------------------------------------------

    def _mode_changed(self) -> None:
        week = self.controller.week
        if week is not None:
            self._fill_targets(week)
        self._show_week()

    # -- showing -------------------------------------------------------------------------------

    def _show_week(self) -> None:
        week = self.controller.week
        sessions = self.visible_sessions()
        self.view.empty_text = self.tr("Nothing to show.") if week is None else ""
        self.view.set_week(week, sessions)
        self._show_conflicts()
        self._update_buttons()

    def _show_conflicts(self) -> None:
        shown = self.controller.shown_conflicts
        visible = set(self.view.sessions)
        in_view = [c for c in shown if visible & set(c.session_ids)]
        self.view.set_conflicts(conflicts_by_session(in_view))
        self.conflict_model.set_conflicts(in_view)
        self.conflict_title.setText(self._conflicts_title(len(in_view), len(shown)))

    def _conflicts_title(self, in_view: int, total: int) -> str:
        """'No conflicts', '3 conflicts (if dropped here)', '1 conflict in this view (4 in the
        week)': each a whole sentence for the translators."""
        dragging = self.controller.preview is not None
        if not in_view:
            if total:
                if dragging:
                    text = self.tr("No conflicts (if dropped here) in this view ({0} in the week)")
                else:
                    text = self.tr("No conflicts in this view ({0} in the week)")
                return text.format(conflicts_count(total))
            return (
                self.tr("No conflicts (if dropped here)") if dragging else self.tr("No conflicts")
            )
        if self.mode == VIEW_ALL:
            counted = conflicts_count(total)
            return self.tr("{0} (if dropped here)").format(counted) if dragging else counted
        if dragging:
            text = self.tr("{0} in this view (if dropped here) ({1} in the week)")
        else:
            text = self.tr("{0} in this view ({1} in the week)")
        return text.format(conflicts_count(in_view), total)

    def _update_buttons(self) -> None:
        c = self.controller
        stack = c.undo_stack
        if not shiboken6.isValid(stack) or not shiboken6.isValid(self.undo_action):
            return  # being destroyed: the stack announces its last changes
        ready = c.week is not None and not c.busy
        self.undo_action.setEnabled(ready and stack.canUndo())
        self.redo_action.setEnabled(ready and stack.canRedo())
        self.undo_action.setToolTip(
            self.tr("Undo {0} (Ctrl+Z)").format(stack.undoText())
            if stack.canUndo()
            else self.tr("Undo (Ctrl+Z)")
        )
        self.redo_action.setToolTip(
            self.tr("Redo {0} (Ctrl+Shift+Z)").format(stack.redoText())
            if stack.canRedo()
            else self.tr("Redo (Ctrl+Shift+Z)")
        )
        for action in (
            self.new_action,
            self.rotation_action,
            self.places_action,
            self.import_action,
            self.export_action,
            self.ics_action,
        ):
            action.setEnabled(ready)
        self.delete_action.setEnabled(ready and self.view.selected_id is not None)
        self.zoom_in_action.setEnabled(self.view.zoom < 3.0)
        self.zoom_out_action.setEnabled(self.view.zoom > 0.6)

    def _selection_changed(self, session_id: int | None) -> None:
        self._update_buttons()
        session = self.controller.session(session_id) if session_id is not None else None
        week = self.controller.week
        if session is None or week is None:
            self.status_label.setText(translate("SchedulePage", HINT))
            return
        parts = [
            f"<b>{html.escape(session.title, quote=False)}</b>",
            day_span(session.start, session.end, week.timezone),
        ]
        if week.venue_label(session):
            parts.append(html.escape(week.venue_label(session), quote=False))
        if week.audience_label(session):
            audience = html.escape(week.audience_label(session), quote=False)
            parts.append(self.tr("for {0}").format(audience))
        self.status_label.setText(" · ".join(parts))

    def _conflict_clicked(self, index: QModelIndex) -> None:
        if not index.isValid():
            return
        conflict: Conflict = self.conflict_model.conflict_at(index.row())
        for session_id in conflict.session_ids:
            if session_id in self.view.placed:
                self.view.select(session_id)
                self.view.setFocus()
                return

    def _report_error(self, exc: BaseException, doing: str) -> None:
        messages.show_error(self, exc, doing)

    # -- moving ----------------------------------------------------------------------------------

    def _move_previewed(self, session_id: int, start: dt.datetime, end: dt.datetime) -> None:
        self.controller.preview_move(session_id, start, end)
        week = self.controller.week
        session = self.controller.session(session_id)
        if week is not None and session is not None:
            title = html.escape(session.title, quote=False)
            self.status_label.setText(f"<b>{title}</b> → {day_span(start, end, week.timezone)}")

    def _move_cancelled(self) -> None:
        self.controller.end_preview()
        self.status_label.setText(translate("SchedulePage", HINT))

    def move_session(self, session_id: int, start: dt.datetime, end: dt.datetime) -> None:
        """Write a move (drag, resize or nudge) as an undoable step."""
        session = self.controller.session(session_id)
        if session is None:
            return
        resize = start == session.start and end != session.end
        label = (self.tr("Resize '{0}'") if resize else self.tr("Move '{0}'")).format(session.title)
        move = Move(label, session.uuid, (session.start, session.end), (start, end))
        if not self.controller.submit(move, on_done=lambda _a: self._reselect(session.uuid)):
            self.controller.end_preview()
            self._show_week()
