"""Import and export of the Schedule screen: schedule files (CSV/XLSX) and iCalendar.

Each runs through the task runner behind a progress dialog. An import that fails lists every
problem with its row and column (`ImportProblemsDialog`); one that succeeds says what changed and
the conflicts of the imported week, reloads the week and clears the undo history (an undo across
an import could silently overwrite what the file brought).
"""

from __future__ import annotations

from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from sakura_desktop.core.schedule.ics import export_ics
from sakura_desktop.core.schedule.io import (
    ImportReport,
    ScheduleImportError,
    export_schedule,
    import_schedule,
)
from sakura_desktop.db.engine import SessionFactory
from sakura_desktop.tasks import ProgressReporter
from sakura_desktop.ui.dialogs import messages
from sakura_desktop.ui.i18n import translate
from sakura_desktop.ui.schedule import files
from sakura_desktop.ui.schedule.import_dialog import ImportProblemsDialog
from sakura_desktop.ui.schedule.text import (
    conflict_label,
    conflicts_count,
    events_count,
    sessions_count,
)
from sakura_desktop.ui.widgets.progress import run_with_progress

if TYPE_CHECKING:
    from sakura_desktop.ui.schedule.page import SchedulePage

CONFLICTS_SHOWN = 12


def _import(
    factory: SessionFactory, program_id: int, path: Path, progress: ProgressReporter
) -> ImportReport:
    progress.report(0, 0, _importing(path))
    return import_schedule(factory, program_id, path)


def _export(factory: SessionFactory, program_id: int, path: Path, _p: ProgressReporter) -> int:
    return export_schedule(factory, program_id, path)


def _export_ics(
    factory: SessionFactory,
    program_id: int,
    path: Path,
    team_id: int | None,
    participant_id: int | None,
    _progress: ProgressReporter,
) -> int:
    return export_ics(factory, program_id, path, team_id=team_id, participant_id=participant_id)


def _importing(path: Path) -> str:
    return translate("ScheduleTransfers", "Importing {0}…").format(path.name)


def _writing(path: Path) -> str:
    return translate("ScheduleTransfers", "Writing {0}…").format(path.name)


def import_summary(report: ImportReport) -> tuple[str, str]:
    """(text, details) of the box after an import."""
    text = translate("ScheduleTransfers", "{0} added, {1} updated, {2} unchanged.").format(
        sessions_count(report.created), report.updated, report.unchanged
    )
    if not report.conflicts:
        return text, translate("ScheduleTransfers", "The imported week has no conflicts.")
    lines = [f"• {conflict_label(c)}: {c.sentence}" for c in report.conflicts[:CONFLICTS_SHOWN]]
    more = len(report.conflicts) - CONFLICTS_SHOWN
    if more > 0:
        lines.append(
            translate("ScheduleTransfers", "… and {0} more, listed beside the week view.").format(
                more
            )
        )
    head = translate("ScheduleTransfers", "The week now has {0}:").format(
        conflicts_count(len(report.conflicts))
    )
    return text, "\n".join([head, *lines])


class ScheduleTransfers:
    def __init__(self, page: SchedulePage) -> None:
        self.page = page
        self.problems_dialog: ImportProblemsDialog | None = None
        self.last_report: ImportReport | None = None

    def _context(self) -> tuple[SessionFactory, int] | None:
        controller = self.page.controller
        if controller.factory is None or controller.program_id is None:
            return None
        return controller.factory, controller.program_id

    def _folder(self) -> str:
        return self.page.workspace.settings.last_folder or str(Path.home())

    def import_file(self) -> None:
        context = self._context()
        if context is None:
            return
        path = files.choose_schedule_file(self.page, self._folder())
        if path is None:
            return
        factory, program_id = context

        def done(report: ImportReport) -> None:
            self.last_report = report
            self.page.controller.undo_stack.clear()
            self.page.controller.reload()
            self.page.workspace.announce_change(self.page)
            text, details = import_summary(report)
            messages.inform(
                self.page, translate("ScheduleTransfers", "Schedule imported"), text, details
            )

        def failed(exc: BaseException) -> None:
            if isinstance(exc, ScheduleImportError):
                dialog = ImportProblemsDialog(path.name, exc.problems, self.page)
                self.problems_dialog = dialog
                dialog.open()
            else:
                doing = translate("ScheduleTransfers", "importing {0}").format(path.name)
                messages.show_error(self.page, exc, doing)

        run_with_progress(
            self.page.workspace.runner,
            self.page,
            partial(_import, factory, program_id, path),
            label=_importing(path),
            on_success=done,
            on_error=failed,
            title=translate("ScheduleTransfers", "Import schedule"),
            cancellable=False,
        )

    def export(self) -> None:
        context = self._context()
        if context is None:
            return
        factory, program_id = context
        path = files.choose_schedule_export(self.page, Path(self._folder()) / "schedule.xlsx")
        if path is None:
            return
        run_with_progress(
            self.page.workspace.runner,
            self.page,
            partial(_export, factory, program_id, path),
            label=_writing(path),
            on_success=lambda n: self.page.status_label.setText(
                translate("ScheduleTransfers", "Exported {0} to {1}.").format(
                    sessions_count(n), path
                )
            ),
            on_error=lambda exc: messages.show_error(
                self.page, exc, translate("ScheduleTransfers", "exporting the schedule")
            ),
            title=translate("ScheduleTransfers", "Export schedule"),
            cancellable=False,
        )

    def export_ics(self) -> None:
        """The calendar of what the view shows: a team, a participant, else the program."""
        context = self._context()
        if context is None:
            return
        factory, program_id = context
        page = self.page
        team_id = page.target if page.mode == "team" else None
        participant_id = page.target if page.mode == "participant" else None
        name = page.target_combo.currentText() if (team_id or participant_id) else "program"
        safe = "".join(ch if ch.isalnum() else "-" for ch in name).strip("-").lower() or "program"
        path = files.choose_ics_path(page, Path(self._folder()) / f"schedule-{safe}.ics")
        if path is None:
            return
        run_with_progress(
            page.workspace.runner,
            page,
            partial(_export_ics, factory, program_id, path, team_id, participant_id),
            label=_writing(path),
            on_success=lambda n: page.status_label.setText(
                translate("ScheduleTransfers", "Exported {0} to {1}.").format(events_count(n), path)
            ),
            on_error=lambda exc: messages.show_error(
                page, exc, translate("ScheduleTransfers", "exporting the calendar")
            ),
            title=translate("ScheduleTransfers", "Export iCalendar"),
            cancellable=False,
        )
