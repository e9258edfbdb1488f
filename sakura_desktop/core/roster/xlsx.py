"""Read the rows of an XLSX workbook's sheet (the one named, else the active one).

Separate from the CSV path because it needs openpyxl (imported only when a workbook is read),
its own damaged-file messages, a limit on what the archive unpacks to, and cancellation
between rows of large sheets. The file's content made it a workbook, whatever its extension,
so openpyxl gets an open file (it refuses names that do not end in .xlsx).
"""

from __future__ import annotations

import logging
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import IO, Any

from sakura_desktop.core.roster.errors import ImportCancelled, RosterFileError
from sakura_desktop.core.roster.table import RosterTable, RowCollector

Cancelled = Callable[[], bool]

# What the sheets and their shared strings may unpack to: about 95,000 rows of eleven columns
# (a roster of 10,000 people is about 6 MB), as much as a CSV at its 20 MB limit holds within
# a factor of two, and read in about the same memory. A small file that unpacks to far more
# is not a roster (or is a zip bomb).
MAX_SHEET_BYTES = 60_000_000

log = logging.getLogger(__name__)


def read_xlsx(
    path: Path, *, sheet: str | None = None, is_cancelled: Cancelled | None = None
) -> RosterTable:
    with path.open("rb") as handle:
        _check_archive(handle, path)
        handle.seek(0)
        collector, title = _read_sheet(handle, path, sheet, is_cancelled)
    return collector.table(path.name, "xlsx", encoding=None, delimiter=None, sheet=title)


def _check_archive(handle: IO[bytes], path: Path) -> None:
    """Refuse a ZIP that is not a workbook, or whose sheets unpack past the limit, before
    openpyxl reads it."""
    try:
        with zipfile.ZipFile(handle) as archive:
            members = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError, EOFError) as exc:
        raise _damaged_xlsx(path) from exc
    names = {member.filename for member in members}
    if "xl/workbook.xml" not in names:
        raise RosterFileError(
            f"{path.name} is a ZIP file but not an Excel workbook (it holds no sheets; perhaps "
            "a Word, OpenDocument or Numbers file). Open it in its program and save the roster "
            "as .xlsx (Excel Workbook) or as CSV UTF-8."
        )
    unpacked = sum(m.file_size for m in members if _sheet_data(m.filename))
    if unpacked > MAX_SHEET_BYTES:
        raise RosterFileError(
            f"{path.name} unpacks to {unpacked / 1_000_000:,.0f} MB of sheet data; the limit is "
            f"{MAX_SHEET_BYTES // 1_000_000} MB for a roster (a roster of 10,000 people is about "
            "6 MB). Check that this is the roster, or save only the roster's sheet as .xlsx or "
            "CSV UTF-8 and import that."
        )


def _sheet_data(name: str) -> bool:
    return name.startswith("xl/worksheets/") or name == "xl/sharedStrings.xml"


def _read_sheet(
    handle: IO[bytes], path: Path, sheet: str | None, is_cancelled: Cancelled | None
) -> tuple[RowCollector, str]:
    import openpyxl

    workbook = None
    try:
        workbook = openpyxl.load_workbook(handle, read_only=True, data_only=True)
        worksheet = _choose_sheet(workbook, sheet, path)
        return _xlsx_rows(worksheet, is_cancelled), str(worksheet.title)
    except (RosterFileError, ImportCancelled, MemoryError):
        raise
    except Exception as exc:
        # openpyxl raises whatever its parsers meet in a damaged file (BadZipFile, KeyError,
        # ParseError, TypeError, InvalidFileException ...): each means the file, not this code.
        log.info("workbook %s unreadable: %r", path.name, exc)
        raise _damaged_xlsx(path) from exc
    finally:
        if workbook is not None:
            workbook.close()


def _damaged_xlsx(path: Path) -> RosterFileError:
    return RosterFileError(
        f"{path.name} is not a readable Excel workbook (it looks truncated or damaged). Open it "
        "in Excel and save it again as .xlsx, or save it as CSV UTF-8 and import that."
    )


def _choose_sheet(workbook: Any, sheet: str | None, path: Path) -> Any:
    names: list[str] = list(workbook.sheetnames)
    if sheet is not None:
        if sheet not in names:
            raise RosterFileError(
                f"{path.name} has no sheet named {sheet!r} (sheets: {', '.join(names)})."
            )
        return workbook[sheet]
    return workbook.active


def _xlsx_rows(worksheet: Any, is_cancelled: Cancelled | None) -> RowCollector:
    collector = RowCollector()
    values = worksheet.iter_rows(values_only=True)
    for number, cells in enumerate(values, start=1):
        if number % 2000 == 0 and is_cancelled is not None and is_cancelled():
            raise ImportCancelled()
        collector.add(number, cells)
    return collector
