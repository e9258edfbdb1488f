"""Read the rows of an XLSX workbook's sheet (the one named, else the active one).

Separate from the CSV path because it needs openpyxl (imported only when a workbook is read),
its own damaged-file messages and cancellation between rows of large sheets.
"""

from __future__ import annotations

import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from sakura_desktop.core.roster.errors import ImportCancelled, RosterFileError
from sakura_desktop.core.roster.table import RawRow, RosterTable, _filled, _table

Cancelled = Callable[[], bool]


def read_xlsx(
    path: Path, *, sheet: str | None = None, is_cancelled: Cancelled | None = None
) -> RosterTable:
    import openpyxl

    try:
        workbook = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, OSError, ValueError, EOFError) as exc:
        raise _damaged_xlsx(path) from exc
    try:
        worksheet = _choose_sheet(workbook, sheet, path)
        rows = _xlsx_rows(worksheet, is_cancelled)
        title = str(worksheet.title)
    except (zipfile.BadZipFile, KeyError, OSError, ValueError, EOFError, TypeError) as exc:
        raise _damaged_xlsx(path) from exc
    finally:
        workbook.close()
    return _table(path.name, "xlsx", rows, encoding=None, delimiter=None, sheet=title)


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


def _xlsx_rows(worksheet: Any, is_cancelled: Cancelled | None) -> list[RawRow]:
    rows: list[RawRow] = []
    values = worksheet.iter_rows(values_only=True)
    for number, cells in enumerate(values, start=1):
        if number % 2000 == 0 and is_cancelled is not None and is_cancelled():
            raise ImportCancelled()
        if any(_filled(cell) for cell in cells):
            rows.append(RawRow(number, tuple(cells)))
    return rows
