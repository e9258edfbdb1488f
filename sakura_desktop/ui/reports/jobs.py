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
from sakura_desktop.errors import UserError
from sakura_desktop.tasks import ProgressReporter


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
    progress.report(0, 0, "Reading the check-in journal…")
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

        progress.report(0, 0, "Reading the program…")
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

    progress.report(0, 0, f"Writing {path.name}…")
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
    """The report as a printable PDF, as `report KIND --out FILE.pdf` writes it: catering a page
    per meal for the kitchen, manifests a roll-call sheet per bus (of `day`, or of every day),
    any other report its tables
    (the ones on screen, not computed again) with their charts drawn as vector graphics.
    Returns the number of pages."""

    def ticked(done: int, total: int) -> None:
        progress.report(done, total, f"Writing {path.name}…")

    def cancelled() -> bool:
        return progress.cancelled

    progress.report(0, 0, f"Writing {path.name}…")
    if source == "catering":
        from sakura_desktop.core.reports.catering import compute_catering
        from sakura_desktop.printing.catering import render_catering

        meals = compute_catering(factory, program.id, day=day).meals
        pages = render_catering(meals, path, progress=ticked, is_cancelled=cancelled).pages
    elif source == "manifests":
        from sakura_desktop.core.reports.manifests import compute_manifests
        from sakura_desktop.printing.manifests import render_manifests

        manifests = compute_manifests(factory, program.id, day=day)
        pages = render_manifests(manifests, path, progress=ticked, is_cancelled=cancelled).pages
    else:
        from sakura_desktop.printing.report_pdf import render_report, report_document

        title = _pdf_title(source, tables)
        subtitle = f"{program.title} · {program.code} · written {dt.date.today():%d %B %Y}"
        document = report_document(title, subtitle, tables)
        pages = render_report(document, path, progress=ticked, is_cancelled=cancelled).pages
    progress.check()
    if pages == 0:
        path.unlink(missing_ok=True)
        what = {"catering": "meal", "manifests": "transfer"}.get(source, "table")
        raise UserError(f"The schedule has no {what} to print; nothing was written.")
    return pages


def _pdf_title(source: str, tables: Sequence[ReportTable]) -> str:
    """The report's heading as the command line prints it; a one-table report's own title."""
    from sakura_desktop.core.reports.kinds import ReportKind

    if source in {kind.value for kind in ReportKind}:
        return ReportKind(source).heading  # in the interface's language
    return tables[0].title if tables else "Report"
