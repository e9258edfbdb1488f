"""The actions of the Participants screen on the selected participants and the program: add
and edit, withdraw and reinstate, re-issue badges, team assignment, the delegations and teams
dialogs, roster import (the wizard) and export.

A mixin of `ParticipantsPage`: each action runs a core use case through the task runner and
reports in the notice line; building the screen, loading and filtering live elsewhere.
"""

from __future__ import annotations

import re
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QMenu

from sakura_desktop.core.audit import Actor
from sakura_desktop.core.roster.delegations import DelegationRow
from sakura_desktop.core.roster.exporter import ExportResult
from sakura_desktop.core.roster.participants import (
    ParticipantDetail,
    ParticipantRow,
    get_participant,
    reinstate,
    withdraw,
)
from sakura_desktop.core.roster.teams import TeamRow, assign_to_team
from sakura_desktop.core.survey.answers import ParticipantSurvey, participant_survey
from sakura_desktop.core.tokens import IssuedToken, reissue_tokens
from sakura_desktop.db.engine import SessionFactory
from sakura_desktop.ui.dialogs import messages
from sakura_desktop.ui.i18n import QT_TRANSLATE_NOOP, translate
from sakura_desktop.ui.participants import file_dialogs
from sakura_desktop.ui.participants.dialogs import (
    DelegationsDialog,
    ParticipantDialog,
    TeamsDialog,
)
from sakura_desktop.ui.participants.import_wizard import ImportWizard
from sakura_desktop.ui.participants.jobs import export_table, run_use_case
from sakura_desktop.ui.participants.models import ParticipantTableModel
from sakura_desktop.ui.participants.text import counted
from sakura_desktop.ui.survey.import_dialog import SurveyImportDialog
from sakura_desktop.ui.survey.survey_dialog import SurveyDialog
from sakura_desktop.ui.widgets.progress import run_with_progress
from sakura_desktop.ui.workspace import Workspace

if TYPE_CHECKING:
    from sakura_desktop.ui.widgets.screen_page import ScreenPage as _Base
else:
    _Base = object

# Marked in the "ParticipantsPage" context; translated where shown.
EXPORT_TITLES = {
    "participants": QT_TRANSLATE_NOOP("ParticipantsPage", "Export participants"),
    "delegations": QT_TRANSLATE_NOOP("ParticipantsPage", "Export delegations"),
    "teams": QT_TRANSLATE_NOOP("ParticipantsPage", "Export teams"),
}
EXPORT_MENU = {
    "participants": QT_TRANSLATE_NOOP("ParticipantsPage", "Participants…"),
    "delegations": QT_TRANSLATE_NOOP("ParticipantsPage", "Delegations…"),
    "teams": QT_TRANSLATE_NOOP("ParticipantsPage", "Teams…"),
}
# What the notice line says while and after exporting each kind ("{0}" is the file).
EXPORTING = {
    "participants": QT_TRANSLATE_NOOP("ParticipantsPage", "Exporting participants to {0}…"),
    "delegations": QT_TRANSLATE_NOOP("ParticipantsPage", "Exporting delegations to {0}…"),
    "teams": QT_TRANSLATE_NOOP("ParticipantsPage", "Exporting teams to {0}…"),
}
EXPORTING_DOING = {
    "participants": QT_TRANSLATE_NOOP("ParticipantsPage", "exporting participants"),
    "delegations": QT_TRANSLATE_NOOP("ParticipantsPage", "exporting delegations"),
    "teams": QT_TRANSLATE_NOOP("ParticipantsPage", "exporting teams"),
}


def _participants(count: int) -> str:
    return counted(
        count,
        translate("ParticipantsPage", "{0} participant"),
        translate("ParticipantsPage", "{0} participants"),
    )


def _safe_name(text: str) -> str:
    return re.sub(r"[^\w\- ]+", "", text).strip() or "program"


class ActionsMixin(_Base):
    """What can be done from `ParticipantsPage` (which sets the fields and the methods below)."""

    workspace: Workspace
    model: ParticipantTableModel
    notice_label: QLabel
    delegations: list[DelegationRow]
    teams: list[TeamRow]
    dialog: ParticipantDialog | None
    delegations_dialog: DelegationsDialog | None
    teams_dialog: TeamsDialog | None
    wizard: ImportWizard | None
    survey_dialog: SurveyDialog | SurveyImportDialog | None
    _keep_selection: list[int]
    _keep_current: int | None

    if TYPE_CHECKING:

        @property
        def factory(self) -> SessionFactory | None: ...

        @property
        def program_id(self) -> int | None: ...

        def reload(self) -> None: ...

        def reload_after_change(self) -> None: ...

        def selected_rows(self) -> list[ParticipantRow]: ...

        def selected_ids(self) -> list[int]: ...

    # -- editing --------------------------------------------------------------------------

    def add_participant(self) -> None:
        self._open_participant_dialog(None)

    def edit_selected(self) -> None:
        rows = self.selected_rows()
        factory = self.factory
        if len(rows) != 1 or factory is None:
            return
        self.workspace.runner.run(
            run_use_case(partial(get_participant, factory, rows[0].id)),
            on_success=self._open_participant_dialog,
            on_error=lambda exc: messages.show_error(
                self, exc, translate("ParticipantsPage", "opening the participant")
            ),
            title=translate("ParticipantsPage", "Opening the participant"),
        )

    def _open_participant_dialog(self, detail: ParticipantDetail | None) -> None:
        factory, program_id = self.factory, self.program_id
        if factory is None or program_id is None:
            return
        dialog = ParticipantDialog(
            self.workspace, factory, program_id, self.delegations, detail, self
        )
        dialog.saved.connect(self._participant_saved)
        dialog.finished.connect(dialog.deleteLater)
        self.dialog = dialog
        dialog.open()

    def _participant_saved(self, detail: ParticipantDetail) -> None:
        name = detail.row.display_name
        is_new = self.model.view_row_of(detail.row.id) is None and not any(
            r.id == detail.row.id for r in self.model.all_rows()
        )
        self.notice_label.setText(
            translate("ParticipantsPage", "Added {0}.").format(name)
            if is_new
            else translate("ParticipantsPage", "Saved {0}.").format(name)
        )
        self._keep_selection, self._keep_current = [detail.row.id], detail.row.id
        # A new delegation leader or changed delegation shows in other rows and counts too.
        self.reload_after_change()

    def _confirm_status(self, rows: list[ParticipantRow], withdrawing: bool) -> bool:
        count = _participants(len(rows))
        names = ", ".join(r.display_name for r in rows[:5]) + (" …" if len(rows) > 5 else "")
        if withdrawing:
            title = button = translate("ParticipantsPage", "Withdraw")
            text = translate("ParticipantsPage", "Withdraw {0}?").format(count)
            informative = translate(
                "ParticipantsPage",
                "{0}.\n\nThey stay on the list (greyed) with their data, but check-in "
                "refuses them and head counts no longer expect them. You can reinstate them.",
            ).format(names)
        else:
            title = button = translate("ParticipantsPage", "Reinstate")
            text = translate("ParticipantsPage", "Reinstate {0}?").format(count)
            informative = translate(
                "ParticipantsPage", "{0}.\n\nThey are registered again and expected at check-in."
            ).format(names)
        return messages.choose(self, title, text, [button], informative=informative) == 0

    def withdraw_selected(self) -> None:
        self._change_status(withdrawing=True)

    def reinstate_selected(self) -> None:
        self._change_status(withdrawing=False)

    def _change_status(self, withdrawing: bool) -> None:
        factory = self.factory
        rows = [r for r in self.selected_rows() if r.withdrawn != withdrawing]
        if not rows or factory is None or not self._confirm_status(rows, withdrawing):
            return
        use_case = withdraw if withdrawing else reinstate
        actor = Actor.here(self.workspace.settings.station_name)

        def done(changed: int) -> None:
            done_text = (
                translate("ParticipantsPage", "Withdrew {0}.")
                if withdrawing
                else translate("ParticipantsPage", "Reinstated {0}.")
            )
            self.notice_label.setText(done_text.format(_participants(changed)))
            self.reload_after_change()

        run_with_progress(
            self.workspace.runner,
            self,
            run_use_case(partial(use_case, factory, [r.id for r in rows], actor=actor)),
            label=translate("ParticipantsPage", "Withdrawing…")
            if withdrawing
            else translate("ParticipantsPage", "Reinstating…"),
            on_success=done,
            on_error=lambda exc: messages.show_error(self, exc),
            cancellable=False,
        )

    # -- survey ---------------------------------------------------------------------------

    def survey_selected(self) -> None:
        """The selected participant's survey answers and alumni consent (from a paper sheet)."""
        rows = self.selected_rows()
        factory = self.factory
        if len(rows) != 1 or factory is None:
            return
        self.workspace.runner.run(
            run_use_case(partial(participant_survey, factory, rows[0].id)),
            on_success=self._open_survey_dialog,
            on_error=lambda exc: messages.show_error(
                self, exc, translate("ParticipantsPage", "opening the survey answers")
            ),
            title=translate("ParticipantsPage", "Opening the survey answers"),
        )

    def _open_survey_dialog(self, survey: ParticipantSurvey) -> None:
        factory = self.factory
        if factory is None:
            return
        dialog = SurveyDialog(self.workspace, factory, survey, self)
        dialog.saved.connect(
            lambda saved: self.notice_label.setText(
                translate("ParticipantsPage", "Saved the survey answers of {0}.").format(
                    saved.display_name
                )
            )
        )
        dialog.finished.connect(dialog.deleteLater)
        self.survey_dialog = dialog
        dialog.open()

    def open_survey_import(self) -> None:
        """Survey answers from an online form's export (matched by roster id or e-mail)."""
        factory, program = self.factory, self.workspace.program
        if factory is None or program is None:
            return
        dialog = SurveyImportDialog(self.workspace, factory, program.id, self)
        dialog.imported.connect(lambda result: self.notice_label.setText(result.summary()))
        dialog.finished.connect(dialog.deleteLater)
        self.survey_dialog = dialog
        dialog.open()

    # -- badges ---------------------------------------------------------------------------

    def _confirm_reissue(self, rows: list[ParticipantRow]) -> bool:
        count = len(rows)
        text = (
            translate("ParticipantsPage", "Re-issue the badge of {0}?").format(rows[0].display_name)
            if count == 1
            else translate("ParticipantsPage", "Re-issue the badges of {0}?").format(
                _participants(count)
            )
        )
        names = ", ".join(r.display_name for r in rows[:5]) + (" …" if count > 5 else "")
        informative = translate(
            "ParticipantsPage",
            "{0}.\n\nThe old badge stops working at once: check-in refuses it as "
            "replaced (REVOKED). A new badge must be printed and handed over (Print → Badges).",
        ).format(names)
        title = translate("ParticipantsPage", "Re-issue badge")
        button = title if count == 1 else translate("ParticipantsPage", "Re-issue badges")
        return messages.choose(self, title, text, [button], informative=informative) == 0

    def reissue_selected(self) -> None:
        """Replace the badges of the selected participants (a lost or damaged badge)."""
        factory = self.factory
        rows = self.selected_rows()
        if not rows or factory is None or not self._confirm_reissue(rows):
            return
        names = {r.id: r.display_name for r in rows}

        def done(issued: list[IssuedToken]) -> None:
            if len(issued) == 1:
                who = names.get(
                    issued[0].participant_id, translate("ParticipantsPage", "the participant")
                )
                text = translate(
                    "ParticipantsPage",
                    "Re-issued the badge of {0} (badge #{1}): the old badge no longer works; "
                    "print the new one.",
                ).format(who, issued[0].serial)
            else:
                text = counted(
                    len(issued),
                    translate(
                        "ParticipantsPage",
                        "Re-issued {0} badge: the old badges no longer work; print the new ones.",
                    ),
                    translate(
                        "ParticipantsPage",
                        "Re-issued {0} badges: the old badges no longer work; print the new ones.",
                    ),
                )
            self.notice_label.setText(text)

        run_with_progress(
            self.workspace.runner,
            self,
            run_use_case(partial(reissue_tokens, factory, [r.id for r in rows])),
            label=translate("ParticipantsPage", "Re-issuing badges…"),
            on_success=done,
            on_error=lambda exc: messages.show_error(self, exc),
            cancellable=False,
        )

    # -- teams ----------------------------------------------------------------------------

    def _fill_assign_menu(self, menu: QMenu) -> None:
        menu.clear()
        for team in self.teams:
            action = menu.addAction(f"{team.name}  ({team.size})")
            action.triggered.connect(partial(self.assign_selected_to_team, team.id))
        if self.teams:
            menu.addSeparator()
        no_team: QAction = menu.addAction(
            translate("ParticipantsPage", "No team (take out of their team)")
        )
        no_team.triggered.connect(partial(self.assign_selected_to_team, None))
        menu.addAction(translate("ParticipantsPage", "Manage teams…"), self.open_teams)

    def assign_selected_to_team(self, team_id: int | None, _checked: bool = False) -> None:
        factory = self.factory
        ids = self.selected_ids()
        if not ids or factory is None:
            return
        name = next(
            (t.name for t in self.teams if t.id == team_id),
            translate("ParticipantsPage", "no team"),
        )

        def done(count: int) -> None:
            self.notice_label.setText(
                translate("ParticipantsPage", "Put {0} into {1}.").format(
                    _participants(count), name
                )
            )
            self.reload_after_change()

        run_with_progress(
            self.workspace.runner,
            self,
            run_use_case(partial(assign_to_team, factory, ids, team_id)),
            label=translate("ParticipantsPage", "Assigning {0} to {1}…").format(
                _participants(len(ids)), name
            ),
            on_success=done,
            on_error=lambda exc: messages.show_error(
                self, exc, translate("ParticipantsPage", "assigning the team")
            ),
            cancellable=False,
        )

    def open_teams(self) -> None:
        factory, program_id = self.factory, self.program_id
        if factory is None or program_id is None:
            return
        dialog = TeamsDialog(
            self.workspace, factory, program_id, self.teams, self.model.all_rows(), self
        )
        dialog.changed.connect(self.reload_after_change)
        dialog.finished.connect(lambda _code: setattr(self, "teams_dialog", None))
        dialog.finished.connect(dialog.deleteLater)
        self.teams_dialog = dialog
        dialog.open()

    def open_delegations(self) -> None:
        factory, program_id = self.factory, self.program_id
        if factory is None or program_id is None:
            return
        dialog = DelegationsDialog(
            self.workspace, factory, program_id, self.delegations, self.model.all_rows(), self
        )
        dialog.changed.connect(self.reload_after_change)
        dialog.finished.connect(lambda _code: setattr(self, "delegations_dialog", None))
        dialog.finished.connect(dialog.deleteLater)
        self.delegations_dialog = dialog
        dialog.open()

    # -- import and export ----------------------------------------------------------------

    def open_import_wizard(self) -> None:
        factory, program = self.factory, self.workspace.program
        if factory is None or program is None:
            return
        wizard = ImportWizard(self.workspace, factory, program.id, program.title, self)
        wizard.imported.connect(lambda _summary: self.reload_after_change())
        wizard.finished.connect(wizard.deleteLater)
        self.wizard = wizard
        wizard.open()

    def export(self, kind: str) -> None:
        factory, program = self.factory, self.workspace.program
        if factory is None or program is None:
            return
        sensitive = False
        if kind == "participants":
            asked = file_dialogs.ask_sensitive_columns(self)
            if asked is None:
                return
            sensitive = asked
        settings = self.workspace.settings
        folder = Path(settings.roster_folder or settings.last_folder or Path.home())
        suggested = folder / f"{_safe_name(program.code or program.title)} {kind}.xlsx"
        path = file_dialogs.choose_export_path(
            self, translate("ParticipantsPage", EXPORT_TITLES[kind]), suggested
        )
        if path is None:
            return
        settings.roster_folder = str(path.parent)

        def done(result: ExportResult) -> None:
            self.notice_label.setText(
                counted(
                    result.rows,
                    translate("ParticipantsPage", "Exported {0} row to {path}."),
                    translate("ParticipantsPage", "Exported {0} rows to {path}."),
                    path=result.path,
                )
            )

        run_with_progress(
            self.workspace.runner,
            self,
            partial(export_table, kind, factory, program.id, path, include_sensitive=sensitive),
            label=translate("ParticipantsPage", EXPORTING[kind]).format(path.name),
            on_success=done,
            on_error=lambda exc: messages.show_error(
                self, exc, translate("ParticipantsPage", EXPORTING_DOING[kind])
            ),
        )
