"""`survey`: import survey answers from a form's export; print the questionnaire."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from sakura_desktop.cli.common import (
    backing_up,
    chosen_program,
    database_options,
    importing_file,
    mapping_choices,
    open_from_args,
)
from sakura_desktop.errors import UserError


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    survey = subparsers.add_parser(
        "survey",
        help="the post-visit survey: import answers, print the questionnaire",
        description="The post-visit questionnaire (satisfaction 1-5 per part of the week, "
        "whether to come back to Japan, comments, consent to alumni contact).",
    )
    commands = survey.add_subparsers(title="survey commands", metavar="COMMAND", required=True)
    _register_import(commands)
    _register_sheet(commands)


def _register_import(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = commands.add_parser(
        "import",
        parents=[database_options()],
        help="import answers from a Google/Microsoft Forms export (CSV or XLSX)",
        description="Match each row to a participant by roster id or e-mail and record its "
        "answers (replacing earlier ones). Every row that would be left out (an unknown id, a "
        "blank row, an answer outside the scale, an earlier answer of someone who answered "
        "again) is listed by row, and nothing is written unless --accept is given; then the "
        "valid rows are imported. Exit 1 when rows are left out and not accepted.",
    )
    parser.add_argument("file", type=Path, metavar="FILE", help="the export (.csv or .xlsx)")
    parser.add_argument(
        "--mapping",
        metavar="JSON",
        help='column mapping as JSON text or a .json file: {"header": "field" or null}; fields: '
        "roster_id, email, lectures, lab_tours, experiments, cultural, meals_lodging, overall, "
        "come_back, comments, consent",
    )
    parser.add_argument("--dry-run", action="store_true", help="check and list; write nothing")
    parser.add_argument(
        "--accept", action="store_true", help="import the valid rows, leaving out the listed ones"
    )
    parser.add_argument(
        "--encoding", metavar="ENC", help="force the CSV encoding (utf-8, shift_jis, gb18030 ...)"
    )
    parser.set_defaults(handler=run_import)


def _register_sheet(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = commands.add_parser(
        "sheet",
        parents=[database_options()],
        help="print the questionnaire as a PDF sheet (English)",
        description="The questionnaire on one A4 sheet for participants to fill in by hand. "
        "With a database, the sheet names the program; with --each, one sheet per student and "
        "teacher with their name and roster id printed on it.",
    )
    parser.add_argument("--out", required=True, type=Path, metavar="FILE.pdf", help="the PDF")
    parser.add_argument(
        "--each", action="store_true", help="one named sheet per participant (needs a database)"
    )
    parser.set_defaults(handler=run_sheet)


def run_import(args: argparse.Namespace) -> int:
    from sakura_desktop.core.survey.importer import import_survey_file

    choices = mapping_choices(args.mapping)
    with importing_file(args) as (database, program):
        result = import_survey_file(
            database.session_factory,
            program.id,
            args.file,
            choices=choices,
            dry_run=args.dry_run,
            accept=args.accept,
            encoding=args.encoding,
            before_write=backing_up(database, "survey-import"),
        )
    plan = result.plan
    unmapped = plan.mapping.unmapped()
    lines = [f"Columns: {header!r} -> {field.label}" for header, field in
             zip(plan.mapping.headers, plan.mapping.fields, strict=True) if field]  # fmt: skip
    if unmapped:
        lines.append("Columns not read: " + ", ".join(repr(h) for h in unmapped))
    lines.extend(str(message) for message in plan.refused)
    lines.append(result.summary())
    sys.stdout.write("\n".join(lines) + "\n")
    return 1 if plan.refused and not args.accept else 0


def run_sheet(args: argparse.Namespace) -> int:
    from sakura_desktop.printing.survey_sheet import SheetPerson, write_survey_sheet

    title = ""
    people: list[SheetPerson] = []
    if args.db is not None or args.db_url is not None:
        from sakura_desktop.core.survey.roster import surveyed_people

        database = open_from_args(args)
        try:
            program = chosen_program(database, args)
            title = program.title
            if args.each:
                people = surveyed_people(database.session_factory, program.id)
        finally:
            database.dispose()
    elif args.each:
        raise UserError("--each prints one sheet per participant: give the database (--db).")
    pages = write_survey_sheet(args.out, program_title=title, people=people)
    print(f"Wrote {args.out} ({pages} page(s)).")
    return 0
