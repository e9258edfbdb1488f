"""Report tables to XLSX (a sheet per table) and CSV (a file per table).

* XLSX: numbers stay numbers, dates and times are real date cells, every text is a string cell
  (never a formula: `core.spreadsheet_cells`), headers bold and frozen, columns sized to their
  content. Sheet names are the tables' keys, made unique and cut to Excel's 31 characters.
* CSV: UTF-8 with a BOM (Excel then reads non-Latin names right), texts that a spreadsheet would
  run get a leading apostrophe. One table goes to the file named; several tables go to one file
  each beside it, `<name>-<table key>.csv` (a folder of plain CSV files opens directly in any
  spreadsheet, which a ZIP would not).
* Every file is written whole to a hidden temporary file readable by this user only and then
  renamed into place: a reader never meets half a report, and personal data is never left
  readable by others.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from sakura_desktop.core.i18n import translate
from sakura_desktop.core.private_files import write_private_atomically
from sakura_desktop.core.reports.table import ReportTable, ReportValue
from sakura_desktop.core.spreadsheet_cells import as_xlsx_text, csv_field
from sakura_desktop.errors import UserError

SHEET_NAME_MAX = 31
WIDEST_COLUMN = 60  # characters; a long comment must not make a column a screen wide
_NOT_TEXT = ("=", "#")  # what openpyxl would store as a formula or an error, not as text
_FORBIDDEN_IN_SHEET_NAMES = str.maketrans({c: "_" for c in "[]:*?/\\"})


def write_tables(tables: Sequence[ReportTable], out: Path) -> list[Path]:
    """Write `tables` to `out` (.xlsx or .csv); returns the files written."""
    suffix = out.suffix.lower()
    if suffix == ".xlsx":
        write_xlsx(tables, out)
        return [out]
    if suffix == ".csv":
        return write_csv(tables, out)
    raise UserError(
        translate("ReportFiles", "Cannot write {name}: name the file .xlsx or .csv.").format(
            name=out.name
        )
    )


def _write(path: Path, data: bytes) -> None:
    if not path.parent.is_dir():
        raise UserError(
            translate(
                "ReportFiles", "Cannot write {file}: the folder {folder} does not exist."
            ).format(file=path, folder=path.parent)
        )
    try:
        write_private_atomically(path, data)
    except OSError as exc:
        raise UserError(
            translate("ReportFiles", "Cannot write {file}: {error}. Choose another folder.").format(
                file=path, error=exc.strerror
            )
        ) from exc


# --- CSV --------------------------------------------------------------------------------------


def csv_value(value: ReportValue) -> str:
    if isinstance(value, dt.datetime):
        return value.strftime("%Y-%m-%d %H:%M")
    if isinstance(value, dt.date):
        return value.isoformat()
    return csv_field(value)


def csv_bytes(table: ReportTable) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow([csv_field(header) for header in table.headers])
    writer.writerows([csv_value(v) for v in row] for row in table.rows)
    return buffer.getvalue().encode("utf-8-sig")


def csv_paths(tables: Sequence[ReportTable], out: Path) -> list[Path]:
    """Where each table's CSV goes (see the module docstring)."""
    if len(tables) == 1:
        return [out]
    return [out.with_name(f"{out.stem}-{table.key}{out.suffix}") for table in tables]


def write_csv(tables: Sequence[ReportTable], out: Path) -> list[Path]:
    if not tables:
        raise UserError(
            translate("ReportFiles", "There is nothing to write: the report holds no table.")
        )
    paths = csv_paths(tables, out)
    contents = [csv_bytes(table) for table in tables]  # all built before anything is written
    for path, data in zip(paths, contents, strict=True):
        _write(path, data)
    return paths


# --- XLSX -------------------------------------------------------------------------------------


def sheet_names(tables: Sequence[ReportTable]) -> list[str]:
    """Unique sheet names Excel accepts, from the tables' keys."""
    names: list[str] = []
    taken: set[str] = set()
    for table in tables:
        base = (table.key or "table").translate(_FORBIDDEN_IN_SHEET_NAMES)[:SHEET_NAME_MAX]
        name, number = base, 2
        while name.casefold() in taken:
            suffix = f" ({number})"
            name = base[: SHEET_NAME_MAX - len(suffix)] + suffix
            number += 1
        taken.add(name.casefold())
        names.append(name)
    return names


def xlsx_bytes(tables: Sequence[ReportTable]) -> bytes:
    from openpyxl import Workbook

    if not tables:
        raise UserError(
            translate("ReportFiles", "There is nothing to write: the report holds no table.")
        )
    workbook = Workbook(write_only=True)
    for table, name in zip(tables, sheet_names(tables), strict=True):
        _add_sheet(workbook, name, table)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def write_xlsx(tables: Sequence[ReportTable], out: Path) -> None:
    _write(out, xlsx_bytes(tables))


def _add_sheet(workbook: Any, name: str, table: ReportTable) -> None:
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    sheet = workbook.create_sheet(name)
    widths = [len(header) for header in table.headers]
    for row in table.rows[:200]:  # a sample is enough to size the columns
        for index, value in enumerate(row[: len(widths)]):
            widths[index] = max(widths[index], len(csv_value(value)))
    for index, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = min(width + 2, WIDEST_COLUMN)
    sheet.freeze_panes = "A2"
    bold = Font(bold=True)
    header_cells = []
    for header in table.headers:
        cell = as_xlsx_text(WriteOnlyCell(sheet, value=header))
        cell.font = bold
        header_cells.append(cell)
    sheet.append(header_cells)
    for row in table.rows:
        sheet.append([_cell(sheet, WriteOnlyCell, value) for value in row])


def _cell(sheet: Any, cell_type: Any, value: ReportValue) -> Any:
    """The value as openpyxl should write it. Plain values are appended as they are (a styled
    cell per value costs more than the rest of the report); a text openpyxl would take for a
    formula (it starts with "=") or an error ("#N/A") becomes a string cell, and a date gets its
    format."""
    if isinstance(value, str):
        return as_xlsx_text(cell_type(sheet, value=value)) if value.startswith(_NOT_TEXT) else value
    if not isinstance(value, dt.date):
        return value
    cell = cell_type(sheet, value=value)
    cell.number_format = "yyyy-mm-dd hh:mm" if isinstance(value, dt.datetime) else "yyyy-mm-dd"
    return cell
