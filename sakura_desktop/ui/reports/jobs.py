"""The Reports screen's units of work, run by the task runner off the GUI thread.

Each calls core use cases (which open their own database session) and returns plain values:
`ReportTable`s, checkpoint names, file paths. No widgets and no numbers of our own here.
"""

from __future__ import annotations

import datetime as dt
import importlib.util
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from sakura_desktop.core.program_views import ProgramSummary
from sakura_desktop.core.reports.table import ReportTable
from sakura_desktop.db.engine import SessionFactory
from sakura_desktop.tasks import ProgressReporter
from sakura_desktop.ui.i18n import translate


@dataclass(frozen=True)
class CheckpointChoice:
    id: int
    name: str


@dataclass(frozen=True)
class ReportResult:
    """What one computation gives the screen."""

    source: str
    checkpoint_id: int | None
    tables: list[ReportTable]
    checkpoints: list[CheckpointChoice]
    newest_event: int  # the journal as read: a later scan or undo makes the report stale


# (factory, program id, checkpoint id, day, progress) -> tables; each report reads what it needs
Source = Callable[
    [SessionFactory, int, int | None, dt.date | None, ProgressReporter], list[ReportTable]
]


def _arrivals(
    factory: SessionFactory,
    program_id: int,
    checkpoint: int | None,
    _day: dt.date | None,
    progress: ProgressReporter,
) -> list[ReportTable]:
    from sakura_desktop.core.checkin.checkpoints import get_checkpoint
    from sakura_desktop.core.reports.attendance import arrivals_table, arrivals_timeline

    if checkpoint is None:
        return []
    progress.report(0, 0, translate("ReportJobs", "Reading the check-in journal…"))
    name = get_checkpoint(factory, checkpoint).name
    return [arrivals_table(name, arrivals_timeline(factory, checkpoint))]


def _kind(kind: str) -> Source:
    """A report the core computes by its name (`core.reports.kinds.report_tables`), as the
    `report` command does: the screen and the CLI show the same numbers."""

    def source(
        factory: SessionFactory,
        program_id: int,
        _checkpoint: int | None,
        day: dt.date | None,
        progress: ProgressReporter,
    ) -> list[ReportTable]:
        from sakura_desktop.core.reports.kinds import ReportKind, ReportOptions, report_tables

        progress.report(0, 0, translate("ReportJobs", "Reading the program…"))
        options = ReportOptions(day=day)  # catering and manifests: that day's only
        return report_tables(
            factory, program_id, ReportKind(kind), options, progress=progress.report
        )

    return source


KINDS_MODULE = "sakura_desktop.core.reports.kinds"
# source key -> (the core module it needs, how to compute it)
SOURCES: dict[str, tuple[str, Source]] = {
    "arrivals": ("sakura_desktop.core.reports.attendance", _arrivals),
    **{
        kind: (KINDS_MODULE, _kind(kind))
        for kind in (
            "attendance",
            "summary",
            "catering",
            "manifests",
            "rooming",
            "survey",
            "alumni",
        )
    },
}


def source_available(source: str) -> bool:
    """Whether this version ships the core use case (looked up without importing it)."""
    entry = SOURCES.get(source)
    return entry is not None and importlib.util.find_spec(entry[0]) is not None


def compute(
    source: str,
    factory: SessionFactory,
    program_id: int,
    checkpoint_id: int | None,
    progress: ProgressReporter,
    *,
    day: dt.date | None = None,
) -> ReportResult:
    from sakura_desktop.core.checkin.checkpoints import list_checkpoints
    from sakura_desktop.core.checkin.live import newest_event_id

    newest = newest_event_id(factory, program_id)  # first: a scan during the report makes it stale
    checkpoints = [CheckpointChoice(c.id, c.name) for c in list_checkpoints(factory, program_id)]
    if source == "arrivals" and checkpoint_id not in {c.id for c in checkpoints}:
        checkpoint_id = checkpoints[0].id if checkpoints else None
    tables = SOURCES[source][1](factory, program_id, checkpoint_id, day, progress)
    progress.check()
    return ReportResult(source, checkpoint_id, tables, checkpoints, newest)


def newest_event(factory: SessionFactory, program_id: int, _progress: ProgressReporter) -> int:
    from sakura_desktop.core.checkin.live import newest_event_id

    return newest_event_id(factory, program_id)


def export_tables(
    tables: Sequence[ReportTable], path: Path, progress: ProgressReporter
) -> list[Path]:
    """The tables as .xlsx (a sheet each) or .csv (a file each), by the core report writers."""
    from sakura_desktop.core.reports.writers import write_tables

    progress.report(0, 0, translate("ReportJobs", "Writing {0}…").format(path.name))
    return write_tables(tables, path)


def save_pdf(
    source: str,
    tables: Sequence[ReportTable],
    factory: SessionFactory,
    program: ProgramSummary,
    path: Path,
    progress: ProgressReporter,
    *,
    day: dt.date | None = None,
) -> int:
    """The report as a printable PDF, as `report KIND --out FILE.pdf` writes it (one core use
    case): catering a page per meal, manifests a roll-call sheet per bus (of `day`, or of every
    day), any other report the tables on screen (not computed again) with their charts.
    Returns the number of pages."""
    from sakura_desktop.core.reports.kinds import ReportKind, ReportOptions
    from sakura_desktop.core.reports.pdf import write_report_pdf, write_tables_pdf

    writing = translate("ReportJobs", "Writing {0}…").format(path.name)

    def ticked(done: int, total: int) -> None:
        progress.report(done, total, writing)

    def cancelled() -> bool:
        return progress.cancelled

    progress.report(0, 0, writing)
    if source in {kind.value for kind in ReportKind}:
        pages = write_report_pdf(factory, program, ReportKind(source), path,
                                 options=ReportOptions(day=day), tables=tables,
                                 progress=ticked, is_cancelled=cancelled)  # fmt: skip
    else:  # a table of its own (an arrivals timeline): its title heads the page
        heading = tables[0].title if tables else translate("ReportJobs", "Report")
        pages = write_tables_pdf(program, heading, tables, path, ticked, cancelled)
    progress.check()
    return pages
