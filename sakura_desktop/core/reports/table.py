"""The one shape every report's numbers take before they are shown or written."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sakura_desktop.core.i18n import translate

# A cell keeps its type so that a spreadsheet gets real numbers and dates, not text.
ReportValue = str | int | float | dt.date | dt.datetime | None


@dataclass(frozen=True)
class ReportTable:
    """A titled table: one sheet of a workbook, one CSV file, one table of the PDF report.

    `key` is a short stable name (a sheet name, a file-name suffix); `title` is what a reader
    sees; `notes` are sentences printed under the title (what is counted and how).

    `headers` are given in English and shown in the interface's language (the catalogue is
    core/reports/columns.py; without a translator, as on the command line, they stay English);
    `columns` keeps the English names, so that code finding a column by name (charts, the PDF)
    works in any language.
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
    columns: tuple[str, ...] = ()  # the headers in English (filled from `headers`)
    sum_rows: int = 0  # the last rows are sums ("Total", in any language), not categories

    def __post_init__(self) -> None:
        if not self.columns:
            object.__setattr__(self, "columns", tuple(self.headers))
            shown = tuple(translate("ReportColumns", header) for header in self.headers)
            object.__setattr__(self, "headers", shown)

    def category_rows(self) -> list[tuple[ReportValue, ...]]:
        """The rows without the sums under them (what a chart draws)."""
        return self.rows[: len(self.rows) - self.sum_rows]

    def column(self, name: str) -> int | None:
        """The index of the column named `name` in English (any case), None when absent."""
        wanted = name.casefold()
        return next((i for i, c in enumerate(self.columns) if c.casefold() == wanted), None)
