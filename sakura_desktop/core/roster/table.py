"""From the rows a file gave to a RosterTable: which delimiter splits a CSV's text, which row is
the header (title rows above it skipped), which rows under it are total or count lines rather
than people, and the trimmed, named table built from that.

Kept apart from the file readers because it does not care where the rows came from (CSV or
XLSX), and because encoding detection scores each candidate reading by its header cells.
"""

from __future__ import annotations

import csv
import dataclasses
import datetime as dt
import re
import unicodedata
from collections import Counter
from collections.abc import Sequence

from sakura_desktop.core.i18n import translate
from sakura_desktop.core.roster.errors import RosterFileError
from sakura_desktop.core.roster.mapping import guess_field

Cell = str | int | float | bool | dt.date | dt.datetime | dt.time | None

DELIMITERS = (",", ";", "\t")
HEADER_SCAN_ROWS = 30
# Columns read from a file. A roster has a few dozen at most; survey exports and sheets of
# formulas can carry thousands, and every one of them would be held for every row.
MAX_COLUMNS = 200
# Distinct values a column may show before it counts as one of unique values (names, e-mails);
# below that its repeated values (country, gender, role) are held once.
_SHARED_VALUES = 512


@dataclasses.dataclass(frozen=True, slots=True)
class RawRow:
    number: int  # 1-based line (CSV) or row (XLSX) number in the file
    cells: tuple[Cell, ...]


@dataclasses.dataclass(frozen=True)
class RosterTable:
    source: str  # the file's name, for messages
    kind: str  # "csv" or "xlsx"
    encoding: str | None
    delimiter: str | None
    sheet: str | None
    header_row: int
    headers: tuple[str, ...]
    rows: tuple[RawRow, ...]
    notes: tuple[str, ...] = ()  # what was left out (total lines, columns past the limit), why
    # The file's row numbers of the total lines left out: data for the code that must know
    # them (the survey import), which must not read them back from a sentence in `notes`.
    total_rows: tuple[int, ...] = ()

    def preview(self, count: int = 20) -> tuple[RawRow, ...]:
        return self.rows[:count]


# --- delimiter and header detection ----------------------------------------------------------


def sniff_delimiter(text: str) -> str:
    """Comma, semicolon or tab: the one that splits the first lines into the most steady table."""
    sample = [line for line in text[:65536].splitlines()[:50] if line.strip()]
    best, best_score = ",", (-1, -1)
    for delimiter in DELIMITERS:
        widths = [len(row) for row in csv.reader(sample, delimiter=delimiter) if len(row) > 1]
        if not widths:
            continue
        width, steady = Counter(widths).most_common(1)[0]
        score = (steady, width)
        if score > best_score:
            best, best_score = delimiter, score
    return best


def header_cells(text: str) -> int:
    """How many cells of the best header candidate in the text's first rows name a field."""
    lines = [line for line in text[:65536].splitlines()[:HEADER_SCAN_ROWS] if line.strip()]
    delimiter = sniff_delimiter(text)
    best = 0
    try:
        for row in csv.reader(lines, delimiter=delimiter):
            best = max(best, sum(1 for cell in row if guess_field(cell)))
    except csv.Error:
        pass
    return best


def _filled(cell: Cell) -> bool:
    if cell is None:
        return False
    return not (isinstance(cell, str) and not cell.strip())


def find_header(rows: Sequence[RawRow]) -> int:
    """Index (in `rows`) of the header row, skipping title rows above the table.

    The header is the first row with the most cells that name a known field; failing that,
    the first row of text cells about as wide as the table.
    """
    scan = rows[:HEADER_SCAN_ROWS]
    hits = [sum(1 for c in r.cells if isinstance(c, str) and guess_field(c)) for r in scan]
    if hits and max(hits) >= 2:
        return hits.index(max(hits))
    widths = [sum(1 for c in r.cells if _filled(c)) for r in scan]
    widest = max(widths, default=0)
    for index, row in enumerate(scan):
        texts = all(isinstance(c, str) for c in row.cells if _filled(c))
        if texts and widths[index] >= max(2, (widest * 6 + 9) // 10):
            return index
    return 0


class RowCollector:
    """The filled rows of a file as they are read, each cut to `MAX_COLUMNS` with empty cells
    at its end dropped, repeated values held once; counts the widest row for the note."""

    def __init__(self) -> None:
        self.rows: list[RawRow] = []
        self.widest = 0
        self._shared: list[dict[str, str] | None] = []

    def add(self, number: int, cells: Sequence[Cell]) -> None:
        width = _width(cells)
        if width == 0:
            return
        self.widest = max(self.widest, width)
        kept = cells[: min(width, MAX_COLUMNS)]
        shared = self._shared
        if len(shared) < len(kept):
            shared.extend({} for _ in range(len(kept) - len(shared)))
        row: list[Cell] = []
        for column, cell in enumerate(kept):  # inline: this runs for every cell of the file
            values = shared[column]
            if values is not None and isinstance(cell, str):
                known = values.get(cell)
                if known is not None:
                    cell = known
                elif len(values) < _SHARED_VALUES:
                    values[cell] = cell
                else:
                    shared[column] = None  # a column of unique values: nothing to share
            row.append(cell)
        self.rows.append(RawRow(number, tuple(row)))

    def table(
        self, source: str, kind: str, *, encoding: str | None, delimiter: str | None,
        sheet: str | None,
    ) -> RosterTable:  # fmt: skip
        table = _table(source, kind, self.rows, encoding=encoding, delimiter=delimiter,
                       sheet=sheet)  # fmt: skip
        if self.widest <= MAX_COLUMNS:
            return table
        return dataclasses.replace(table, notes=(_columns_note(self.widest), *table.notes))


def _columns_note(widest: int) -> str:
    return translate(
        "RosterFiles",
        "The file has {count} columns; only the first {limit} were read (a roster "
        "needs far fewer). If a column you need is further right, move it among the first "
        "{limit} in the spreadsheet program and import again.",
    ).format(count=f"{widest:,}", limit=MAX_COLUMNS)


def _table(
    source: str,
    kind: str,
    rows: list[RawRow],
    *,
    encoding: str | None,
    delimiter: str | None,
    sheet: str | None,
) -> RosterTable:
    if not rows:
        raise RosterFileError(
            translate("RosterFiles", "{file} holds no table: every row is blank.").format(
                file=source
            )
        )
    index = find_header(rows)
    header, data = rows[index], rows[index + 1 :]
    if not data:
        raise RosterFileError(
            translate(
                "RosterFiles", "{file} has a header (row {row}) but no participant rows below it."
            ).format(file=source, row=header.number)
        )
    # The collector dropped each row's empty cells at its end: a row's width is its length.
    width = max(len(header.cells), *(len(r.cells) for r in data))
    headers = _header_names(header.cells, width)
    people: list[RawRow] = []
    totals: list[RawRow] = []
    for row in data:
        (totals if is_summary_row(row.cells) else people).append(row)
    trimmed = tuple(r if len(r.cells) == width else RawRow(r.number, _fit(r.cells, width))
                    for r in people)  # fmt: skip
    return RosterTable(
        source,
        kind,
        encoding,
        delimiter,
        sheet,
        header.number,
        headers,
        trimmed,
        notes=tuple(_summary_note(row) for row in totals),
        total_rows=tuple(row.number for row in totals),
    )


# --- total and count lines under the table -----------------------------------------------------

_SUMMARY_WORDS = frozenset(
    (
        "total", "totals", "grand total", "subtotal", "sub total", "sum", "count", "total count",
        "number of participants", "total participants", "合計", "計", "小計", "総計", "累計",
        "人数", "合計人数", "総人数", "参加者数", "总计", "合计", "小计", "总数", "人数合计",
        "總計", "合計人數", "總數", "小計人數", "합계", "소계", "총계", "총", "총인원", "인원",
    )
)  # fmt: skip
_SUMMARY_PREFIX = re.compile(
    r"^(?P<word>[^\d:：=]+?)\s*[:：=]?\s*(?P<count>\d[\d,]*\s*[^\d\s]{0,12})?$"
)
_COUNT = re.compile(
    r"^\d[\d,]*(\.\d+)?\s*(名|人|명|people|persons|participants|students|pax|rows)?\.?$",
    re.IGNORECASE,
)


def _summary_word(text: str) -> bool:
    folded = " ".join(unicodedata.normalize("NFKC", text).casefold().replace("-", " ").split())
    return folded.strip(" :：=.") in _SUMMARY_WORDS


def _count_cell(cell: Cell) -> bool:
    if isinstance(cell, bool):
        return False
    if isinstance(cell, int | float):
        return True
    if not isinstance(cell, str) or not cell.lstrip()[:1].isdigit():
        return False  # most cells: a name, not a count (isdigit knows full-width digits too)
    return bool(_COUNT.match(unicodedata.normalize("NFKC", cell).strip()))


def is_summary_row(cells: Sequence[Cell]) -> bool:
    """A total or count line under the table ("合計 | 4名", "Total: 12", "합계 | 3 | 1"),
    not a person: its first filled cell is a total word (alone or with its count) and every other
    filled cell is a number or a count."""
    head: Cell = None
    for cell in cells:  # a plain loop: this runs for every row of the file
        if cell is None or (isinstance(cell, str) and not cell.strip()):
            continue
        if head is None:
            if not isinstance(cell, str):
                return False
            head = cell
        elif not _count_cell(cell):
            # Cheapest test first: a person's row has a name after its first cell, not a
            # count, and that is known at its second filled cell.
            return False
    if not isinstance(head, str):
        return False
    first = unicodedata.normalize("NFKC", head).strip()
    if _summary_word(first):
        return True
    match = _SUMMARY_PREFIX.match(first)
    return bool(
        match and match["count"] and _summary_word(match["word"]) and _count_cell(match["count"])
    )


def _summary_note(row: RawRow) -> str:
    shown = " | ".join(str(cell).strip() for cell in row.cells if _filled(cell))
    return translate(
        "RosterFiles", "Row {row} ({cells}) is a total line, not a participant; it was left out."
    ).format(row=row.number, cells=shown)


def _width(cells: Sequence[Cell]) -> int:
    width = len(cells)
    while width and not _filled(cells[width - 1]):
        width -= 1
    return width


def _fit(cells: tuple[Cell, ...], width: int) -> tuple[Cell, ...]:
    if len(cells) == width:
        return cells
    if len(cells) > width:
        return cells[:width]
    return cells + (None,) * (width - len(cells))


def _header_names(cells: tuple[Cell, ...], width: int) -> tuple[str, ...]:
    names: list[str] = []
    seen: Counter[str] = Counter()
    for index in range(width):
        cell = cells[index] if index < len(cells) else None
        name = str(cell).strip() if _filled(cell) else f"Column {index + 1}"
        seen[name] += 1
        names.append(name if seen[name] == 1 else f"{name} ({seen[name]})")
    return tuple(names)
