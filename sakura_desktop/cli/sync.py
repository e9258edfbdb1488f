"""`sync export`, `sync import`, `sync folder`: journal exchange between offline stations."""

from __future__ import annotations

import argparse
import time
from pathlib import Path
from typing import TYPE_CHECKING

from sakura_desktop.cli.common import chosen_program, database_options, open_from_args
from sakura_desktop.core.sync import SUFFIX
from sakura_desktop.errors import UserError

if TYPE_CHECKING:
    from sakura_desktop.core.sync.files import FileReport
    from sakura_desktop.core.sync.folder import FolderReport, FolderSync
    from sakura_desktop.core.sync.merge import MergeReport

FOLDER_INTERVAL_S = 2.0


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    common = database_options()
    sync = subparsers.add_parser(
        "sync",
        help="exchange scans with other stations through journal files",
        description="Write this station's scans to a signed journal file, merge other "
        "stations' journals, or keep a shared folder in sync.",
    )
    commands = sync.add_subparsers(title="sync commands", metavar="SYNC_COMMAND", required=True)

    export = commands.add_parser(
        "export",
        parents=[common],
        help="write this database's scans to a journal file",
        description="Write this station's scans of the program to a journal file (with --all, "
        "every station's scans this database holds). With --from-seq/--to-seq, only that range "
        "of each station's scan numbers.",
    )
    export.add_argument("--out", type=Path, required=True, metavar=f"FILE{SUFFIX}")
    export.add_argument("--all", action="store_true", help="include scans merged from others")
    export.add_argument("--from-seq", type=int, default=1, metavar="N")
    export.add_argument("--to-seq", type=int, metavar="M")
    export.set_defaults(handler=run_export)

    merge = commands.add_parser(
        "import",
        parents=[common],
        help="merge journal files into this database",
        description="Merge each journal file and print what it brought: new scans, scans "
        "already known, duplicate admissions, and what was refused or held back. Exit status "
        "1 when any file was refused (the others are still merged).",
    )
    merge.add_argument("files", nargs="+", type=Path, metavar="FILE")
    merge.set_defaults(handler=run_import)

    folder = commands.add_parser(
        "folder",
        parents=[common],
        help="keep a shared folder in sync (USB stick, network share, synced folder)",
        description="Write this station's journal to DIR and merge the other stations' "
        f"journals from it, every {FOLDER_INTERVAL_S:.0f} s until Ctrl-C, printing a line "
        "only when something happened. With --once, one round and a summary.",
    )
    folder.add_argument("folder", type=Path, metavar="DIR")
    folder.add_argument("--once", action="store_true", help="one round, then exit")
    folder.set_defaults(handler=run_folder)


def run_export(args: argparse.Namespace) -> int:
    from sakura_desktop.core.sync.export import export_journal

    database = open_from_args(args)
    try:
        program = chosen_program(database, args)
        report = export_journal(
            database.session_factory,
            program.id,
            args.out,
            everything=args.all,
            from_seq=args.from_seq,
            to_seq=args.to_seq,
        )
    finally:
        database.dispose()
    stations = ", ".join(report.stations) or "no station"
    print(f"Wrote {report.events} scans of {program.code} ({stations}) to {report.path}.")
    return 0


def format_report(report: MergeReport) -> list[str]:
    lines = [
        f"{report.source}: {report.new} new, {report.known} already known, "
        f"{report.duplicates} duplicates"
    ]
    lines += [f"  {note}" for note in report.notes]
    return lines


def _refused(name: str, error: str) -> str:
    return f"{name}: REFUSED: {error}"


def run_import(args: argparse.Namespace) -> int:
    from sakura_desktop.core.sync.files import merge_journals

    database = open_from_args(args)
    try:
        program = chosen_program(database, args)
        files = merge_journals(database.session_factory, program.id, args.files)
    finally:
        database.dispose()
    for file in files:
        if file.report is None:
            print(_refused(file.path.name, file.error or ""))
        else:
            print("\n".join(format_report(file.report)))
    reports = [f.report for f in files if f.report is not None]
    new = sum(r.new for r in reports)
    known = sum(r.known for r in reports)
    duplicates = sum(r.duplicates for r in reports)
    refused = len(files) - len(reports)
    print(f"Total: {new} new, {known} already known, {duplicates} duplicates, {refused} refused.")
    return 1 if refused else 0


def _folder_lines(report: FolderReport) -> list[str]:
    lines = [
        f"Wrote {e.path.name}: {e.new} new scans of {e.station} ({e.events} in the file)"
        for e in report.exported
    ]
    for merged in report.merged:
        lines += _file_lines(merged)
    return lines


def _file_lines(merged: FileReport) -> list[str]:
    if merged.report is None:
        return [_refused(merged.path.name, merged.error or "")]
    if not merged.eventful:
        return []
    return format_report(merged.report)


def run_folder(args: argparse.Namespace) -> int:
    from sakura_desktop.core.sync.folder import FolderSync

    database = open_from_args(args)
    try:
        program = chosen_program(database, args)
        sync = FolderSync(database.session_factory, program.id, args.folder)
        if args.once:
            report = sync.sync_once()
            for line in _folder_lines(report):
                print(line)
            merged = [m for m in report.merged if m.report is not None]
            refused = sum(1 for m in report.merged if m.refused)
            print(
                f"Folder {args.folder}: wrote {len(report.exported)} journals, read "
                f"{len(report.merged)}: {sum(m.report.new for m in merged if m.report)} new "
                f"scans, {refused} refused."
            )
            return 1 if refused else 0
        print(f"Syncing {program.code} with {args.folder} (Ctrl-C to stop).", flush=True)
        return _loop(sync)
    finally:
        database.dispose()


def _loop(sync: FolderSync) -> int:
    """Until Ctrl-C; a folder that goes away (the stick pulled out) is said once and waited for."""
    last_problem = ""
    try:
        while True:
            stamp = time.strftime("%H:%M:%S")
            try:
                lines = _folder_lines(sync.sync_once())
                last_problem = ""
            except UserError as exc:
                lines = [str(exc)] if str(exc) != last_problem else []
                last_problem = str(exc)
            for line in lines:
                print(f"{stamp} {line}", flush=True)
            time.sleep(FOLDER_INTERVAL_S)
    except KeyboardInterrupt:
        print("Stopped.")
        return 0
