"""Sync > Export journal… and Import journals…: carrying journals by hand (a USB stick, e-mail)
when no sync folder is shared. The work runs in a worker; the outcome is told in one message."""

from __future__ import annotations

from functools import partial
from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QWidget

from sakura_desktop.core.sync import SUFFIX
from sakura_desktop.core.sync.export import ExportReport, export_journal
from sakura_desktop.core.sync.files import FileReport, merge_journals
from sakura_desktop.db.engine import SessionFactory
from sakura_desktop.tasks.runner import ProgressReporter
from sakura_desktop.ui.dialogs import messages
from sakura_desktop.ui.i18n import translate
from sakura_desktop.ui.workspace import Workspace


def _filter() -> str:
    return translate("JournalFiles", "Sakura Desktop journals (*{0});;All files (*)").format(SUFFIX)


def _export(
    factory: SessionFactory, program_id: int, out: Path, everything: bool, _: ProgressReporter
) -> ExportReport:
    return export_journal(factory, program_id, out, everything=everything)


def _import(
    factory: SessionFactory, program_id: int, paths: list[Path], progress: ProgressReporter
) -> list[FileReport]:
    return merge_journals(factory, program_id, paths, progress.report)


def import_summary(files: list[FileReport]) -> tuple[str, str]:
    """(the headline, one line per file) of what an import did."""
    new = sum(f.report.new for f in files if f.report)
    known = sum(f.report.known for f in files if f.report)
    duplicates = sum(f.report.duplicates for f in files if f.report)
    refused = sum(1 for f in files if f.report is None)
    headline = translate("JournalFiles", "{0} new scans, {1} already known, {2} duplicates").format(
        new, known, duplicates
    )
    if refused:
        headline += translate("JournalFiles", ", {0} files refused").format(refused)
    headline += translate("JournalFiles", ".")
    lines = []
    for item in files:
        if item.report is None:
            lines.append(
                translate("JournalFiles", "{0}: refused. {1}").format(item.path.name, item.error)
            )
            continue
        report = item.report
        notes = " ".join(report.notes)
        lines.append(
            translate("JournalFiles", "{0}: {1} new, {2} already known, {3} duplicates. {4}")
            .format(item.path.name, report.new, report.known, report.duplicates, notes)
            .strip()
        )
    return headline, "\n".join(lines)


class JournalFiles:
    """The two commands, for the shell's Sync menu."""

    def __init__(self, window: QWidget, workspace: Workspace) -> None:
        self.window = window
        self.workspace = workspace

    def _target(self) -> tuple[SessionFactory, int] | None:
        factory, program = self.workspace.factory, self.workspace.program
        if factory is None or program is None:
            messages.inform(
                self.window,
                translate("JournalFiles", "Journals"),
                translate("JournalFiles", "Open a database and choose a program first."),
            )
            return None
        return factory, program.id

    def _folder(self) -> str:
        settings = self.workspace.settings
        return settings.sync_folder or settings.last_folder or str(Path.home())

    def export(self, everything: bool = False) -> None:
        target = self._target()
        if target is None:
            return
        program = self.workspace.program
        assert program is not None
        station = self.workspace.settings.station_name.replace(" ", "-") or "station"
        suggested = str(Path(self._folder()) / f"{program.code}-{station}{SUFFIX}")
        name, _ = QFileDialog.getSaveFileName(
            self.window,
            translate("JournalFiles", "Export this station's journal"),
            suggested,
            _filter(),
        )
        if name:
            self.export_to(Path(name), everything)

    def export_to(self, out: Path, everything: bool = False) -> None:
        target = self._target()
        if target is None:
            return
        if out.suffix != SUFFIX:
            out = out.with_name(out.name + SUFFIX)
        self.workspace.runner.run(
            partial(_export, *target, out, everything),
            on_success=self._exported,
            on_error=lambda exc: messages.show_error(
                self.window, exc, translate("JournalFiles", "exporting the journal")
            ),
            title="Exporting the journal",
        )

    def _exported(self, report: ExportReport) -> None:
        stations = ", ".join(report.stations) or translate("JournalFiles", "no station")
        messages.inform(
            self.window,
            translate("JournalFiles", "Journal exported"),
            translate("JournalFiles", "Wrote {0} scans of {1} to {2}.").format(
                report.events, stations, report.path.name
            ),
            translate(
                "JournalFiles",
                "Carry it to the other laptops and import it there (Sync > Import journals…). "
                "It is in {0}, readable by you only.",
            ).format(report.path.parent),
        )

    def import_files(self) -> None:
        if self._target() is None:
            return
        names, _ = QFileDialog.getOpenFileNames(
            self.window,
            translate("JournalFiles", "Import journals from other stations"),
            self._folder(),
            _filter(),
        )
        if names:
            self.import_paths([Path(name) for name in names])

    def import_paths(self, paths: list[Path]) -> None:
        target = self._target()
        if target is None:
            return
        self.workspace.runner.run(
            partial(_import, *target, paths),
            on_success=self._imported,
            on_error=lambda exc: messages.show_error(
                self.window, exc, translate("JournalFiles", "importing journals")
            ),
            title="Importing journals",
        )

    def _imported(self, files: list[FileReport]) -> None:
        headline, details = import_summary(files)
        if any(f.report is not None and f.report.new for f in files):
            self.workspace.journal_changed.emit()
        messages.inform(
            self.window, translate("JournalFiles", "Journals imported"), headline, details
        )
