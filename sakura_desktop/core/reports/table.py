"""The one shape every report's numbers take before they are shown or written."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

# A cell keeps its type so that a spreadsheet gets real numbers and dates, not text.
ReportValue = str | int | float | dt.date | dt.datetime | None


@dataclass(frozen=True)
class ReportTable:
    """A titled table: one sheet of a workbook, one CSV file, one table of the PDF report.

    `key` is a short stable name (a sheet name, a file-name suffix); `title` is what a reader
    sees; `notes` are sentences printed under the title (what is counted and how).
    """

    key: str
    title: str
    headers: tuple[str, ...]
    rows: list[tuple[ReportValue, ...]] = field(default_factory=list)
    notes: tuple[str, ...] = ()
    # Per row, the ISO country code of the person it names ("" when none), so that paper prints
    # their native name in their country's Han forms (Chinese, Taiwanese, Korean, Japanese);
    # empty when the rows name no one. Spreadsheets ignore it.
    row_countries: tuple[str, ...] = ()
