"""Creating, editing and deleting sessions, and the rotation and places dialogs, for the Schedule.

`ScheduleEditing` is the base of `SchedulePage` that opens the dialogs and turns what they return
into undoable changes submitted to the `ScheduleController`. It is apart from the page so the
page itself is only the wiring of widgets (toolbar, week view, conflict panel) and the display.
"""

from __future__ import annotations

import datetime as dt
from functools import partial

from sakura_desktop.core.schedule.editing import SessionDraft, draft_of
from sakura_desktop.core.schedule.model import SessionData
from sakura_desktop.core.schedule.rotation import RotationPlan
from sakura_desktop.core.timeutil import at_local
from sakura_desktop.db.enums import SessionKind
from sakura_desktop.ui.dialogs import messages
from sakura_desktop.ui.i18n import translate
from sakura_desktop.ui.schedule.changes import (
    Applied,
    Change,
    SessionChange,
    write_rotation_change,
)
from sakura_desktop.ui.schedule.places_dialog import PlacesDialog
from sakura_desktop.ui.schedule.rotation_dialog import RotationDialog
from sakura_desktop.ui.schedule.session_dialog import SessionDialog
from sakura_desktop.ui.schedule.text import day_span
from sakura_desktop.ui.schedule.view_choice import (
    VIEW_ALL,
    VIEW_PARTICIPANT,
    VIEW_TEAM,
    VIEW_VENUE,
    ScheduleViewChoice,
)
from sakura_desktop.ui.schedule.week_view import WeekView
from sakura_desktop.ui.workspace import Workspace


def _busy() -> str:
    return translate(
        "ScheduleEditing", "Another change is still being saved; try again in a moment."
    )


class ScheduleEditing(ScheduleViewChoice):
    """The editing part of `SchedulePage`; the fields below are set by the page."""

    workspace: Workspace
    view: WeekView
    session_dialog: SessionDialog | None
    rotation_dialog: RotationDialog | None
    places_dialog: PlacesDialog | None

    def _reselect(self, uuid: str | None) -> None:
        target = self.controller.ids_by_uuid().get(uuid or "")
        if target is not None:
            self.view.select(target)

    # -- editing ---------------------------------------------------------------------------------

    def _open_session_dialog(
        self, draft: SessionDraft, title: str, before: SessionData | None
    ) -> None:
        week = self.controller.week
        if week is None:
            return
        dialog = SessionDialog(week, self.controller.lecturers, draft, title=title, parent=self)
        self.session_dialog = dialog

        def submitted(new: SessionDraft) -> None:
            if before is not None and new == draft_of(before):
                dialog.finish()
                return
            if before is None:
                label = translate("ScheduleEditing", "Create '{0}'").format(new.title)
                change = Change(label, (SessionChange(None, None, new),))
            else:
                item = SessionChange(before.uuid, draft_of(before), new)
                change = Change(
                    translate("ScheduleEditing", "Edit '{0}'").format(new.title), (item,)
                )

            def done(applied: Applied) -> None:
                dialog.finish()
                edit = applied.edit
                if isinstance(edit, Change) and edit.items:
                    self._reselect(edit.items[0].uuid)

            started = self.controller.submit(
                change,
                on_done=done,
                on_error=lambda exc: dialog.show_error(
                    messages.describe(exc, translate("ScheduleEditing", "saving"))
                ),
            )
            if not started:
                dialog.show_error(_busy())

        dialog.submitted.connect(submitted)
        dialog.finished.connect(lambda _r: self._dialog_closed(dialog))
        dialog.open()

    def _dialog_closed(self, dialog: SessionDialog) -> None:
        if self.session_dialog is dialog:
            self.session_dialog = None
        dialog.deleteLater()
        self.view.setFocus()

    def edit_session(self, session_id: int) -> None:
        session = self.controller.session(session_id)
        if session is None or self.controller.busy:
            return
        title = translate("ScheduleEditing", "Edit session — {0}").format(session.title)
        self._open_session_dialog(draft_of(session), title, session)

    def new_session(self, when: dt.datetime | None = None) -> None:
        week = self.controller.week
        if week is None or self.controller.busy:
            return
        if when is None:
            selected = self.controller.session(self.view.selected_id or -1)
            when = (
                selected.end
                if selected is not None
                else at_local(week.start_date, dt.time(9, 0), week.timezone)
            )
        target = self.target
        draft = SessionDraft(
            title="",
            kind=SessionKind.LECTURE.value,
            start=when,
            end=when + dt.timedelta(hours=1),
            venue_id=target if self.mode == VIEW_VENUE else None,
            for_everyone=self.mode in (VIEW_ALL, VIEW_VENUE),
            team_ids=(target,) if self.mode == VIEW_TEAM and target is not None else (),
            participant_ids=(target,)
            if self.mode == VIEW_PARTICIPANT and target is not None
            else (),
        )
        self._open_session_dialog(draft, translate("ScheduleEditing", "New session"), None)

    def _delete_selected(self) -> None:
        if self.view.selected_id is not None:
            self.delete_session(self.view.selected_id)

    def delete_session(self, session_id: int) -> None:
        session = self.controller.session(session_id)
        week = self.controller.week
        if session is None or week is None or self.controller.busy:
            return
        when = day_span(session.start, session.end, week.timezone)
        answer = messages.choose(
            self,
            translate("ScheduleEditing", "Delete session"),
            translate("ScheduleEditing", "Delete '{0}' ({1})?").format(session.title, when),
            [translate("ScheduleEditing", "Delete")],
            informative=translate(
                "ScheduleEditing",
                "Its check-in records stay. Undo (Ctrl+Z) brings the session back.",
            ),
            cancel=translate("ScheduleEditing", "Cancel"),
        )
        if answer != 0:
            return
        label = translate("ScheduleEditing", "Delete '{0}'").format(session.title)
        change = Change(label, (SessionChange(session.uuid, draft_of(session), None),))
        self.controller.submit(change)

    # -- dialogs -----------------------------------------------------------------------------------

    def open_rotation(self) -> None:
        week = self.controller.week
        factory = self.controller.factory
        if week is None or factory is None:
            return
        dialog = RotationDialog(week, self.workspace.runner, factory, self)
        self.rotation_dialog = dialog
        dialog.apply_requested.connect(partial(self._apply_rotation, dialog))
        dialog.finished.connect(lambda _r: setattr(self, "rotation_dialog", None))
        dialog.open()

    def _apply_rotation(self, dialog: RotationDialog, plan: RotationPlan, prefix: str) -> None:
        factory, program_id = self.controller.factory, self.controller.program_id
        if factory is None or program_id is None:
            return
        started = self.controller.submit_task(
            partial(write_rotation_change, factory, program_id, plan, prefix),
            translate("ScheduleEditing", "Apply rotation"),
            on_done=lambda _a: dialog.finish(),
            on_error=lambda exc: dialog.show_error(
                messages.describe(exc, translate("ScheduleEditing", "writing the rotation"))
            ),
        )
        if not started:
            dialog.show_error(_busy())

    def open_places(self) -> None:
        week = self.controller.week
        factory = self.controller.factory
        if week is None or factory is None:
            return
        dialog = PlacesDialog(week, self.controller.lecturers, self.workspace.runner, factory, self)
        self.places_dialog = dialog

        def closed() -> None:
            self.places_dialog = None
            if dialog.dirty:
                self.controller.reload()
                self.workspace.announce_change(self)
            dialog.deleteLater()

        dialog.finished.connect(lambda _r: closed())
        dialog.open()
