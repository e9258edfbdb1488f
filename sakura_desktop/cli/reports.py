"""`report KIND --out FILE`: the reports as XLSX, CSV or PDF, headless.

KIND is summary, attendance, survey, alumni, catering, manifests or rooming. The file's
extension picks the format: .xlsx (a sheet per table), .csv (one file per table beside the one
named, when the report has several), .pdf (the printable report; catering prints a page per
meal for the kitchen, manifests a roll-call sheet per transfer).
"""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING, TypeAlias

from sakura_desktop.cli.common import chosen_program, database_options, open_from_args

if TYPE_CHECKING:
    from sakura_desktop.core.reports.kinds import ReportKind, ReportOptions
    from sakura_desktop.db.engine import SessionFactory

SubParsers: TypeAlias = "argparse._SubParsersAction[argparse.ArgumentParser]"

KINDS = ("summary", "attendance", "survey", "alumni", "catering", "manifests", "rooming")
FORMATS = (".xlsx", ".csv", ".pdf")


def _day(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date; write it as 2026-07-14") from exc


def register(subparsers: SubParsers) -> None:
    cmd = subparsers.add_parser(
        "report",
        parents=[database_options()],
        help="write a report: summary, attendance, survey, alumni, catering, manifests, rooming",
        description="Write a report as XLSX, CSV or PDF (chosen by the file's extension). "
        "summary: the post-visit report for the funder; attendance: per session, participant, "
        "delegation and team; survey: the questionnaire's results; alumni: the people who agreed "
        "to be contacted; catering: dietary counts per meal; manifests: a list per bus transfer "
        "that doubles as the roll-call sheet; rooming: the list for the hotel.",
    )
    cmd.add_argument("kind", choices=KINDS, metavar="KIND", help=", ".join(KINDS))
    cmd.add_argument("--out", type=Path, required=True, metavar="FILE",
                     help="FILE.xlsx, FILE.csv or FILE.pdf")  # fmt: skip
    cmd.add_argument("--day", type=_day, metavar="YYYY-MM-DD",
                     help="catering and manifests: only that day's meals or transfers")  # fmt: skip
    cmd.add_argument("--year", type=int, metavar="YEAR",
                     help="alumni: the year printed (default: the program's first)")  # fmt: skip
    cmd.set_defaults(handler=run_report)


def _check_out(out: Path) -> None:
    from sakura_desktop.errors import UserError

    if out.suffix.lower() not in FORMATS:
        raise UserError(f"Cannot write {out.name}: name the file .xlsx, .csv or .pdf.")
    if not out.parent.is_dir():
        raise UserError(f"Cannot write {out}: the folder {out.parent} does not exist.")


def run_report(args: argparse.Namespace) -> int:
    from sakura_desktop.core.reports.kinds import ReportKind, ReportOptions
    from sakura_desktop.core.reports.pdf import write_report_pdf

    out: Path = args.out
    _check_out(out)  # before opening anything: a wrong name costs nothing
    kind = ReportKind(args.kind)
    options = ReportOptions(day=args.day, alumni_year=args.year)
    database = open_from_args(args)
    try:
        program = chosen_program(database, args)
        factory = database.session_factory
        if out.suffix.lower() == ".pdf":
            pages = write_report_pdf(factory, program, kind, out, options=options)
            print(f"Wrote {out} ({kind.heading}, {pages} page{'s' if pages != 1 else ''}).")
        else:
            _write_tables(factory, program.id, kind, options, out)
    finally:
        database.dispose()
    return 0


def _write_tables(
    factory: SessionFactory, program_id: int, kind: ReportKind, options: ReportOptions, out: Path
) -> None:
    from sakura_desktop.core.reports.kinds import report_tables
    from sakura_desktop.core.reports.writers import write_tables

    tables = report_tables(factory, program_id, kind, options)
    paths = write_tables(tables, out)
    rows = sum(len(t.rows) for t in tables)
    if len(paths) == 1:
        print(f"Wrote {paths[0]} ({kind.heading}: {len(tables)} table(s), {rows} row(s)).")
    else:
        print(f"Wrote {len(paths)} CSV files beside {out.name} ({kind.heading}, one per table):")
        for path in paths:
            print(f"  {path}")
