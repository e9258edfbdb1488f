"""`print KIND` and `notebook export|import`: the printed documents, headless."""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path
from typing import TYPE_CHECKING, TypeAlias

from sakura_desktop.cli.common import chosen_program, database_options, open_from_args

if TYPE_CHECKING:
    from sakura_desktop.core.documents import PrintRequest, PrintResult

SubParsers: TypeAlias = "argparse._SubParsersAction[argparse.ArgumentParser]"


def register(subparsers: SubParsers) -> None:
    _register_print(subparsers)
    _register_notebook(subparsers)


def _document_kind(text: str) -> str:
    # Checked when given, not when the parser is built: the kinds live with ReportLab's users.
    from sakura_desktop.core.documents import DocumentKind

    kinds = [kind.value for kind in DocumentKind]
    if text not in kinds:
        raise argparse.ArgumentTypeError(f"unknown kind {text!r}; choose from {', '.join(kinds)}")
    return text


def _layout_name(text: str) -> str:
    from sakura_desktop.core.documents import badge_layouts

    names = [name for name, _ in badge_layouts()]
    if text not in names:
        raise argparse.ArgumentTypeError(f"unknown layout {text!r}; choose from {', '.join(names)}")
    return text


def _register_print(subparsers: SubParsers) -> None:
    cmd = subparsers.add_parser(
        "print",
        parents=[database_options()],
        help="write badges, notebooks, itineraries, sign-in sheets, certificates or door signs",
        description="Write a printable PDF. People are in roster order; withdrawn people are "
        "left out. Badges printed are recorded, so --unprinted prints only the new ones.",
    )
    cmd.add_argument("kind", type=_document_kind, metavar="KIND",
                     help="badges, notebooks, itineraries, signin-sheets, certificates or "
                     "door-signs")  # fmt: skip
    cmd.add_argument("--out", type=Path, required=True, metavar="FILE.pdf")
    who = cmd.add_argument_group("who (badges, notebooks, itineraries, certificates)")
    who.add_argument("--delegation", metavar="D", help="name, id or country code")
    who.add_argument("--team", metavar="T", help="name or id")
    who.add_argument("--participant", nargs="+", default=[], metavar="ID",
                     help="roster id (e.g. CN-001) or database id")  # fmt: skip
    who.add_argument("--unprinted", action="store_true", help="only badges not printed yet")
    opts = cmd.add_argument_group("options")
    opts.add_argument("--layout", type=_layout_name, metavar="NAME",
                      help="badge layout (default: the first; a wrong name lists all)")  # fmt: skip
    opts.add_argument("--back", action="store_true", help="badges: print the back side too")
    opts.add_argument("--no-mark", action="store_true",
                      help="badges: do not record them as printed (a proof)")  # fmt: skip
    opts.add_argument("--notebook", metavar="TITLE", help="which notebook (default: the only one)")
    opts.add_argument("--paper", choices=("A4", "A5"), default="A4")
    opts.add_argument("--booklet", action="store_true", help="impose A5 pages as a booklet on A4")
    opts.add_argument("--per-participant", action="store_true",
                      help="notebooks: one file per participant beside --out")  # fmt: skip
    opts.add_argument("--include-staff", action="store_true",
                      help="notebooks: lecturers, staff, interpreters and guests too (default: "
                      "students and teachers, and anyone named with --participant)")  # fmt: skip
    opts.add_argument("--by-team", action="store_true", help="itineraries: one per team")
    opts.add_argument("--session", type=int, nargs="+", default=[], metavar="ID",
                      help="sign-in sheets and door signs: these sessions only")  # fmt: skip
    opts.add_argument(
        "--threshold",
        type=float,
        default=0.8,
        help="certificates: the share of sessions attended (default 0.8)",
    )
    opts.add_argument("--signature", type=Path, metavar="IMAGE", help="certificates: signature")
    opts.add_argument("--signer", metavar="NAME",
                      help="certificates: the person who signs (kept for the program)")  # fmt: skip
    opts.add_argument("--signer-title", metavar="TITLE",
                      help="certificates: the signer's title, e.g. 'Director, Sakura Science "
                      "Programme' (kept for the program)")  # fmt: skip
    seal = opts.add_mutually_exclusive_group()
    seal.add_argument("--seal", type=Path, metavar="IMAGE",
                      help="certificates: the host's seal or logo, PNG or JPEG (stored in the "
                      "database, so a reprint on another laptop has it)")  # fmt: skip
    seal.add_argument("--no-seal", action="store_true",
                      help="certificates: remove the stored seal")  # fmt: skip
    opts.add_argument(
        "--issued",
        type=_date,
        metavar="YYYY-MM-DD",
        help="certificates: the date of issue (default: the program's last day)",
    )
    cmd.set_defaults(handler=run_print)


def _register_notebook(subparsers: SubParsers) -> None:
    cmd = subparsers.add_parser(
        "notebook", parents=[database_options()], help="export or import a notebook's text",
        description="Export an experiment notebook's text to a file, or import one (a notebook "
        "with the same title is replaced). The markup is described in the README "
        "(Notebook markup).",
    )  # fmt: skip
    cmd.add_argument("action", choices=("export", "import"))
    cmd.add_argument("file", type=Path, metavar="FILE.txt")
    cmd.add_argument("--notebook", metavar="TITLE", help="the notebook (export: default the "
                     "only one; import: default the file's '# Title')")  # fmt: skip
    cmd.set_defaults(handler=run_notebook)


def _request(args: argparse.Namespace, program_id: int) -> PrintRequest:
    from sakura_desktop.core.documents import Audience, DocumentKind, PrintRequest, badge_layouts

    audience = Audience(args.delegation, args.team, participants=tuple(args.participant),
                        unprinted=args.unprinted)  # fmt: skip
    return PrintRequest(
        kind=DocumentKind(args.kind), program_id=program_id, out=args.out, audience=audience,
        layout=args.layout or badge_layouts()[0][0], back=args.back, mark_printed=not args.no_mark,
        notebook=args.notebook, paper=args.paper, booklet=args.booklet,
        per_participant=args.per_participant, include_staff=args.include_staff,
        by_team=args.by_team,
        session_ids=tuple(args.session), threshold=args.threshold,
        signature_image=args.signature, signer=args.signer, signer_title=args.signer_title,
        seal_image=args.seal, no_seal=args.no_seal, issued=args.issued,
    )  # fmt: skip


def _date(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a date like 2026-07-17") from None


def format_result(result: PrintResult) -> str:
    where = str(result.paths[0]) if len(result.paths) == 1 else f"{len(result.paths)} files"
    lines = [f"Wrote {result.documents} {result.kind.value} ({result.pages} pages) to {where}."]
    if result.marked_printed:
        lines.append(f"Recorded {result.marked_printed} badges as printed.")
    if result.skipped:
        lines.append(f"Left out {len(result.skipped)}:")
        lines.extend(f"  {line}" for line in result.skipped)
    return "\n".join(lines)


def run_print(args: argparse.Namespace) -> int:
    from sakura_desktop.core.documents import generate

    database = open_from_args(args)
    try:
        program = chosen_program(database, args)
        result = generate(database.session_factory, _request(args, program.id))
    finally:
        database.dispose()
    print(format_result(result))
    warning = result.uncovered_warning()
    if warning:
        print(f"Warning: {warning}", file=sys.stderr)
    return 0


def run_notebook(args: argparse.Namespace) -> int:
    from sakura_desktop.core.documents.notebook_store import export_notebook, import_notebook

    database = open_from_args(args)
    try:
        program = chosen_program(database, args)
        factory = database.session_factory
        if args.action == "export":
            info = export_notebook(factory, program.id, args.notebook, args.file)
            print(f"Exported {info.title!r} to {args.file}.")
        else:
            info = import_notebook(factory, program.id, args.file, args.notebook)
            print(f"Imported {info.title!r} from {args.file}.")
    finally:
        database.dispose()
    return 0
