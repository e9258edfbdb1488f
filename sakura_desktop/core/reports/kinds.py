"""Every report by its name, as the CLI and the Reports screen ask for it.

`report_tables(factory, program_id, kind)` returns the tables of one report; the writers and
the PDF documents take them from there. Options only some reports use (a day for catering and
manifests, the alumni year) travel in `ReportOptions`.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum

from sakura_desktop.core.i18n import QT_TRANSLATE_NOOP, translate
from sakura_desktop.core.reports.attendance import Progress
from sakura_desktop.core.reports.table import ReportTable
from sakura_desktop.db.engine import SessionFactory


class ReportKind(StrEnum):
    SUMMARY = "summary"
    ATTENDANCE = "attendance"
    SURVEY = "survey"
    ALUMNI = "alumni"
    CATERING = "catering"
    MANIFESTS = "manifests"
    ROOMING = "rooming"

    @property
    def heading(self) -> str:
        return translate("ReportTables", TITLES[self])


# Translated where shown (`ReportKind.heading`).
TITLES = {
    ReportKind.SUMMARY: QT_TRANSLATE_NOOP("ReportTables", "Post-visit summary"),
    ReportKind.ATTENDANCE: QT_TRANSLATE_NOOP("ReportTables", "Attendance"),
    ReportKind.SURVEY: QT_TRANSLATE_NOOP("ReportTables", "Survey results"),
    ReportKind.ALUMNI: QT_TRANSLATE_NOOP("ReportTables", "Alumni list"),
    ReportKind.CATERING: QT_TRANSLATE_NOOP("ReportTables", "Catering: dietary counts per meal"),
    ReportKind.MANIFESTS: QT_TRANSLATE_NOOP("ReportTables", "Transfer manifests"),
    ReportKind.ROOMING: QT_TRANSLATE_NOOP("ReportTables", "Rooming list"),
}


@dataclass(frozen=True)
class ReportOptions:
    day: dt.date | None = None  # catering and manifests: only that day's meals or transfers
    alumni_year: int | None = None  # the year printed on the alumni list (default: the program's)


def report_tables(
    factory: SessionFactory,
    program_id: int,
    kind: ReportKind,
    options: ReportOptions | None = None,
    *,
    progress: Progress | None = None,
) -> list[ReportTable]:
    """The tables of report `kind` (each report's module says what it counts)."""
    options = options or ReportOptions()
    if kind is ReportKind.SUMMARY:
        from sakura_desktop.core.reports.summary import build_summary

        return build_summary(factory, program_id, progress=progress).tables
    if kind is ReportKind.ATTENDANCE:
        from sakura_desktop.core.reports.attendance import attendance_tables, compute_attendance

        return attendance_tables(compute_attendance(factory, program_id, progress=progress))
    if kind is ReportKind.SURVEY:
        from sakura_desktop.core.survey.reports import survey_tables

        return survey_tables(factory, program_id)
    if kind is ReportKind.ALUMNI:
        from sakura_desktop.core.survey.reports import alumni_table

        return [alumni_table(factory, program_id, options.alumni_year)]
    if kind is ReportKind.CATERING:
        from sakura_desktop.core.reports.catering import catering_tables, compute_catering

        return catering_tables(compute_catering(factory, program_id, day=options.day))
    if kind is ReportKind.MANIFESTS:
        from sakura_desktop.core.reports.manifests import compute_manifests, manifest_tables

        return manifest_tables(compute_manifests(factory, program_id, day=options.day))
    from sakura_desktop.core.reports.rooming import rooming_table

    return [rooming_table(factory, program_id)]
