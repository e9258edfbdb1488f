"""Cells that a spreadsheet would execute, made inert: every CSV and XLSX export goes through here.

A text typed into a roster ("=HYPERLINK(...)", "+cmd|...", "@SUM(...)") is a formula to Excel,
LibreOffice and Google Sheets when it lands in a cell. OWASP's rule for CSV: a text that starts
with `=`, `+`, `-`, `@`, a tab or a carriage return gets a leading apostrophe, which the
spreadsheet shows as text (Excel hides the apostrophe). In XLSX every text is written as a string
cell, never a formula, and keeps its exact characters. Numbers and dates are data, not text: they
keep their value and type.
"""

from __future__ import annotations

import re
from typing import Any

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
# A field that `inert_csv_text` marked, as it appears in CSV text: at a line's or field's start
# (after a delimiter or an opening quote), an apostrophe before a formula start.
_MARKED_FIELD = re.compile(r"""(?:^|[,;\t"])'[=+\-@\t\r]""", re.MULTILINE)


def inert_csv_text(text: str) -> str:
    """`text` as a CSV field a spreadsheet shows and never runs."""
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def csv_text_as_typed(field: str) -> str:
    """The inverse of `inert_csv_text`, for importers reading back a CSV this program wrote.

    Only an apostrophe followed by a formula start is removed: "'O'Brien" stays as it is.
    """
    if field.startswith("'") and field[1:].startswith(FORMULA_STARTS):
        return field[1:]
    return field


def has_marked_fields(csv_text: str) -> bool:
    """Whether a CSV text may hold fields `inert_csv_text` marked (one search of the whole text
    spares a look at every field of a file that has none)."""
    return _MARKED_FIELD.search(csv_text) is not None


def csv_row_as_typed(record: list[str]) -> list[str]:
    """A CSV record read back with `csv_text_as_typed` on every field (cheap when none needs it)."""
    if not any(field.startswith("'") for field in record):
        return record
    return [csv_text_as_typed(field) for field in record]


def csv_field(value: str | int | float | None) -> str:
    """A CSV field: text made inert, a number written as it is (-5 is a number, not a formula)."""
    if value is None:
        return ""
    if isinstance(value, str):
        return inert_csv_text(value)
    return str(value)


def as_xlsx_text(cell: Any) -> Any:
    """An openpyxl cell whose text value is stored as a string, never as a formula.

    openpyxl turns a value starting with "=" into a formula cell; a string cell keeps the text.
    Numbers, dates and empty cells are left as they are. Returns the cell.
    """
    if isinstance(cell.value, str):
        cell.data_type = "s"
    return cell
