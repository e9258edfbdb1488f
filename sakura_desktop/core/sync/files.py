"""Merging several journal files, each on its own: a refused file changes nothing and does
not stop the others (the shared folder, `sync import`, and Sync > Import journals…)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from sakura_desktop.core.backups import backup_before
from sakura_desktop.core.i18n import translate
from sakura_desktop.core.sync.journal_file import JournalError
from sakura_desktop.core.sync.merge import MergeReport, merge_journal
from sakura_desktop.db.engine import SessionFactory


@dataclass(frozen=True)
class FileReport:
    path: Path
    report: MergeReport | None
    error: str | None = None  # why the file was refused

    @property
    def refused(self) -> bool:
        return self.error is not None

    @property
    def eventful(self) -> bool:
        """Worth a line: refused, brought something, or holds something back."""
        report = self.report
        return report is None or bool(
            report.new or report.duplicates or report.held_back or report.already_undone
        )


def merge_journals(
    factory: SessionFactory,
    program_id: int,
    paths: Sequence[Path],
    progress: Callable[[int, int, str], None] | None = None,
) -> list[FileReport]:
    """Merge each file in turn; one report per file, in the order given.

    The database is backed up first (the shared folder's frequent merges are covered by the
    periodic backup instead: they go through `merge_journal` one file at a time).
    """
    if paths:
        if progress is not None:
            progress(0, len(paths), translate("Sync", "Backing up the database before the merge…"))
        backup_before(factory, "merge")
    reports: list[FileReport] = []
    for done, path in enumerate(paths):
        if progress is not None:
            progress(done, len(paths), translate("Sync", "Merging {file}…").format(file=path.name))
        try:
            reports.append(FileReport(path, merge_journal(factory, program_id, path)))
        except JournalError as exc:
            reports.append(FileReport(path, None, str(exc)))
    return reports
