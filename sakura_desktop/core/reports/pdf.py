"""A report as a printable PDF: the one use case the Reports screen and `report KIND --out
FILE.pdf` share. Catering prints a page per meal for the kitchen, manifests a roll-call sheet per
transfer (of one day, or of every day), any other report its tables with vector charts.

The words (the heading, "written <date>", the refusal when there is nothing to print) follow the
window's language through core/i18n.py; the command line's stay English.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from sakura_desktop.core.i18n import translate
from sakura_desktop.core.program_views import ProgramSummary
from sakura_desktop.core.reports.kinds import ReportKind, ReportOptions, report_tables
from sakura_desktop.core.reports.table import ReportTable
from sakura_desktop.core.schedule.day_text import long_date_label
from sakura_desktop.db.engine import SessionFactory
from sakura_desktop.errors import UserError

if TYPE_CHECKING:  # ReportLab loads only when a PDF is written
    from sakura_desktop.printing.common import CancelFn, ProgressFn


def write_report_pdf(
    factory: SessionFactory,
    program: ProgramSummary,
    kind: ReportKind,
    out: Path,
    *,
    options: ReportOptions | None = None,
    tables: Sequence[ReportTable] | None = None,
    progress: ProgressFn | None = None,
    is_cancelled: CancelFn | None = None,
) -> int:
    """Write `kind` to `out` and return its pages. `tables` are the ones already computed (a
    screen's), else they are computed here. Raises UserError, leaving no file, when a catering
    or manifests PDF would have no page."""
    options = options or ReportOptions()
    if kind is ReportKind.CATERING:
        from sakura_desktop.core.reports.catering import compute_catering
        from sakura_desktop.printing.catering import render_catering

        meals = compute_catering(factory, program.id, day=options.day).meals
        result = render_catering(meals, out, progress=progress, is_cancelled=is_cancelled)
        return _nonempty(result.pages, kind, out)
    if kind is ReportKind.MANIFESTS:
        from sakura_desktop.core.reports.manifests import compute_manifests
        from sakura_desktop.printing.manifests import render_manifests

        manifests = compute_manifests(factory, program.id, day=options.day)
        result = render_manifests(manifests, out, progress=progress, is_cancelled=is_cancelled)
        return _nonempty(result.pages, kind, out)
    if tables is None:
        tables = report_tables(factory, program.id, kind, options)
    return write_tables_pdf(program, kind.heading, tables, out, progress, is_cancelled)


def write_tables_pdf(
    program: ProgramSummary,
    heading: str,
    tables: Sequence[ReportTable],
    out: Path,
    progress: ProgressFn | None = None,
    is_cancelled: CancelFn | None = None,
) -> int:
    """Tables (with their charts) under `heading`, the program and today's date; the pages."""
    from sakura_desktop.printing.report_pdf import render_report, report_document

    subtitle = translate("ReportPdf", "{title} · {code} · written {date}").format(
        title=program.title, code=program.code, date=long_date_label(dt.date.today())
    )
    document = report_document(heading, subtitle, tables)
    return render_report(document, out, progress=progress, is_cancelled=is_cancelled).pages


def _nonempty(pages: int, kind: ReportKind, out: Path) -> int:
    if pages == 0:
        out.unlink(missing_ok=True)
        nothing = (
            translate("ReportPdf", "The schedule has no meal; nothing was written.")
            if kind is ReportKind.CATERING
            else translate("ReportPdf", "The schedule has no transfer; nothing was written.")
        )
        raise UserError(nothing)
    return pages
