"""Read the rows of an XLSX workbook's sheet (the one named, else the active one).

Separate from the CSV path because it needs a workbook reader (loaded only when a workbook is
read), its own damaged-file messages, a limit on what the archive unpacks to, and cancellation
between rows of large sheets. The file's content made it a workbook, whatever its extension.

The rows are read with python-calamine (Rust's calamine): 30,000 rows take under a second where
openpyxl's read-only mode took twelve. openpyxl still writes the exports.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
import zipfile
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import IO, Any

from sakura_desktop.core.i18n import translate
from sakura_desktop.core.roster.errors import ImportCancelled, RosterFileError
from sakura_desktop.core.roster.table import Cell, RosterTable, RowCollector

Cancelled = Callable[[], bool]

# What the sheets and their shared strings may unpack to: about 95,000 rows of eleven columns
# (a roster of 10,000 people is about 6 MB), as much as a CSV at its 20 MB limit holds within
# a factor of two, and read in about the same memory. A small file that unpacks to far more
# is not a roster (or is a zip bomb).
MAX_SHEET_BYTES = 60_000_000
# <workbookView ... activeTab="2"/> in xl/workbook.xml: the sheet shown when it was saved.
_ACTIVE_TAB = re.compile(rb"<(?:\w+:)?workbookView\b[^>]*\bactiveTab=\"(\d+)\"")

log = logging.getLogger(__name__)


def read_xlsx(
    path: Path, *, sheet: str | None = None, is_cancelled: Cancelled | None = None
) -> RosterTable:
    with path.open("rb") as handle:
        active = _check_archive(handle, path)
        handle.seek(0)
        collector, title = _read_sheet(handle, path, sheet, active, is_cancelled)
    return collector.table(path.name, "xlsx", encoding=None, delimiter=None, sheet=title)


def _check_archive(handle: IO[bytes], path: Path) -> int:
    """Refuse a ZIP that is not a workbook, or whose sheets unpack past the limit, before the
    sheets are read; the index of the sheet that was active when the workbook was saved."""
    try:
        with zipfile.ZipFile(handle) as archive:
            members = archive.infolist()
            names = {member.filename for member in members}
            book = archive.read("xl/workbook.xml") if "xl/workbook.xml" in names else b""
    except (zipfile.BadZipFile, OSError, ValueError, EOFError) as exc:
        raise _damaged_xlsx(path) from exc
    if "xl/workbook.xml" not in names:
        raise RosterFileError(
            translate(
                "RosterFiles",
                "{file} is a ZIP file but not an Excel workbook (it holds no sheets; perhaps "
                "a Word, OpenDocument or Numbers file). Open it in its program and save the roster "
                "as .xlsx (Excel Workbook) or as CSV UTF-8.",
            ).format(file=path.name)
        )
    unpacked = sum(m.file_size for m in members if _sheet_data(m.filename))
    if unpacked > MAX_SHEET_BYTES:
        raise RosterFileError(
            translate(
                "RosterFiles",
                "{file} unpacks to {size} MB of sheet data; the limit is {limit} MB for a roster "
                "(a roster of 10,000 people is about 6 MB). Check that this is the roster, or save "
                "only the roster's sheet as .xlsx or CSV UTF-8 and import that.",
            ).format(
                file=path.name,
                size=f"{unpacked / 1_000_000:,.0f}",
                limit=MAX_SHEET_BYTES // 1_000_000,
            )
        )
    active = _ACTIVE_TAB.search(book)
    return int(active[1]) if active else 0


def _sheet_data(name: str) -> bool:
    return name.startswith("xl/worksheets/") or name == "xl/sharedStrings.xml"


def _read_sheet(
    handle: IO[bytes], path: Path, sheet: str | None, active: int, is_cancelled: Cancelled | None
) -> tuple[RowCollector, str]:
    from python_calamine import CalamineWorkbook

    try:
        # From the open file, not the path: calamine would go by a name ending in .csv.
        workbook = CalamineWorkbook.from_filelike(handle)
        try:
            title = _choose_sheet(list(workbook.sheet_names), sheet, active, path)
            worksheet = workbook.get_sheet_by_name(title)
            first_row, first_column = worksheet.start or (0, 0)
            rows = worksheet.iter_rows()
            return _collect(rows, first_row, first_column, is_cancelled), title
        finally:
            workbook.close()
    except (RosterFileError, ImportCancelled, MemoryError):
        raise
    except Exception as exc:
        # calamine raises its own errors for whatever a damaged file holds (a broken ZIP entry,
        # bad XML, a missing part): each means the file, not this code.
        log.info("workbook %s unreadable: %r", path.name, exc)
        raise _damaged_xlsx(path) from exc


def _damaged_xlsx(path: Path) -> RosterFileError:
    return RosterFileError(
        translate(
            "RosterFiles",
            "{file} is not a readable Excel workbook (it looks truncated or damaged). Open it "
            "in Excel and save it again as .xlsx, or save it as CSV UTF-8 and import that.",
        ).format(file=path.name)
    )


def _choose_sheet(names: list[str], sheet: str | None, active: int, path: Path) -> str:
    if sheet is not None:
        if sheet not in names:
            raise RosterFileError(
                translate(
                    "RosterFiles", "{file} has no sheet named {sheet} (sheets: {sheets})."
                ).format(file=path.name, sheet=repr(sheet), sheets=", ".join(names))
            )
        return sheet
    if not names:
        raise _damaged_xlsx(path)
    return names[active] if active < len(names) else names[0]


def _collect(
    rows: Iterable[list[Any]], first_row: int, first_column: int, is_cancelled: Cancelled | None
) -> RowCollector:
    """Rows as the table expects them: numbered as in the sheet, empty cells None, whole
    numbers int (calamine gives every number as a float, Excel's 1001 as 1001.0)."""
    collector = RowCollector()
    padding: list[Cell] = [None] * first_column  # the sheet's empty columns on the left
    for number, cells in enumerate(rows, start=first_row + 1):
        if number % 2000 == 0 and is_cancelled is not None and is_cancelled():
            raise ImportCancelled()
        collector.add(number, [*padding, *(_cell(value) for value in cells)])
    return collector


def _cell(value: Any) -> Cell:
    if value == "":
        return None
    if type(value) is float and value.is_integer():
        return int(value)
    if isinstance(value, dt.timedelta):  # a duration cell: no roster field reads one
        return str(value)
    cell: Cell = value  # str, bool, date, datetime, time, float
    return cell
