"""Read a roster file (CSV in any encoding coordinators receive, or XLSX) into a plain table.

The table keeps each row's number in the file (the line of a CSV, the row of a sheet), so every
later message can point at it. Title rows above the header and blank lines are skipped. A file
we cannot read with certainty raises `RosterFileError` saying which file, what is wrong and what
to do; an encoding we cannot tell for sure raises `EncodingUncertainError` with the candidates,
never a silent guess.

Encoding detection lives in `encoding`, the XLSX sheet reader in `xlsx`, and header and
total-line detection in `table`; their public names stay importable from here.
"""

from __future__ import annotations

import csv
from collections.abc import Iterator
from pathlib import Path

from sakura_desktop.core.i18n import translate
from sakura_desktop.core.roster.encoding import CANDIDATE_ENCODINGS as CANDIDATE_ENCODINGS
from sakura_desktop.core.roster.encoding import ENCODING_ALIASES as ENCODING_ALIASES
from sakura_desktop.core.roster.encoding import LATIN_ENCODING as LATIN_ENCODING
from sakura_desktop.core.roster.encoding import EncodingGuess as EncodingGuess
from sakura_desktop.core.roster.encoding import _binary_error, _looks_binary
from sakura_desktop.core.roster.encoding import decode as decode
from sakura_desktop.core.roster.encoding import detect_encoding as detect_encoding
from sakura_desktop.core.roster.encoding import normalise_encoding as normalise_encoding
from sakura_desktop.core.roster.errors import RosterFileError
from sakura_desktop.core.roster.table import DELIMITERS as DELIMITERS
from sakura_desktop.core.roster.table import HEADER_SCAN_ROWS as HEADER_SCAN_ROWS
from sakura_desktop.core.roster.table import Cell as Cell
from sakura_desktop.core.roster.table import RawRow as RawRow
from sakura_desktop.core.roster.table import RosterTable as RosterTable
from sakura_desktop.core.roster.table import RowCollector
from sakura_desktop.core.roster.table import find_header as find_header
from sakura_desktop.core.roster.table import header_cells as header_cells
from sakura_desktop.core.roster.table import is_summary_row as is_summary_row
from sakura_desktop.core.roster.table import sniff_delimiter as sniff_delimiter
from sakura_desktop.core.roster.xlsx import Cancelled as Cancelled
from sakura_desktop.core.roster.xlsx import read_xlsx as read_xlsx
from sakura_desktop.core.spreadsheet_cells import csv_row_as_typed, has_marked_fields

XLSX_MAGIC = b"PK\x03\x04"
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
# A roster of 10,000 people is about 2 MB; 20 MB is a file that is not a roster, or many.
MAX_FILE_BYTES = 20_000_000


# --- entry point -----------------------------------------------------------------------------


def read_roster(
    path: Path | str,
    *,
    encoding: str | None = None,
    sheet: str | None = None,
    is_cancelled: Cancelled | None = None,
) -> RosterTable:
    """Read a CSV or XLSX roster, whatever its extension says: the first bytes decide.
    `encoding` forces a CSV encoding; `sheet` picks a sheet."""
    path = Path(path)
    start = _file_start(path)
    if start.startswith(OLE_MAGIC):
        raise RosterFileError(
            translate(
                "RosterFiles",
                "{file} is an old-format Excel (.xls) workbook, a password-protected one, or "
                "another Office file, which cannot be read. Open it in Excel and save it (without "
                "a password) as .xlsx (Excel Workbook) or as CSV UTF-8.",
            ).format(file=path.name)
        )
    if start.startswith(XLSX_MAGIC):
        return read_xlsx(path, sheet=sheet, is_cancelled=is_cancelled)
    return read_csv_file(path, encoding=encoding)


def _file_start(path: Path) -> bytes:
    """The file's first bytes, once it is known to exist, hold something and fit the limit."""
    try:
        size = path.stat().st_size
        with path.open("rb") as handle:
            start = handle.read(8)
    except FileNotFoundError as exc:
        raise RosterFileError(
            translate("RosterFiles", "No file at {path}; check the name and folder.").format(
                path=path
            )
        ) from exc
    except IsADirectoryError as exc:
        raise RosterFileError(
            translate(
                "RosterFiles", "{path} is a folder; choose the roster file inside it."
            ).format(path=path)
        ) from exc
    except OSError as exc:
        raise _unreadable(path, exc) from exc
    if size > MAX_FILE_BYTES:
        raise RosterFileError(
            translate(
                "RosterFiles",
                "{file} is {size} MB; the limit is {limit} MB for a roster file (a roster of "
                "10,000 people is about 2 MB). Check that this is the roster, or split it into "
                "several files and import each.",
            ).format(
                file=path.name, size=f"{size / 1_000_000:.1f}", limit=MAX_FILE_BYTES // 1_000_000
            )
        )
    return start


def _read_bytes(path: Path) -> bytes:
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise _unreadable(path, exc) from exc
    if not data.strip():
        raise RosterFileError(
            translate(
                "RosterFiles",
                "{file} is empty. Choose the file that holds the roster, or save it again "
                "from Excel.",
            ).format(file=path.name)
        )
    return data


def _unreadable(path: Path, exc: OSError) -> RosterFileError:
    return RosterFileError(
        translate("RosterFiles", "Cannot read {path}: {reason}.").format(
            path=path, reason=exc.strerror
        )
    )


# --- CSV -------------------------------------------------------------------------------------


def read_csv_file(path: Path, *, encoding: str | None = None) -> RosterTable:
    data = _read_bytes(path)
    text, guess = decode(data, path.name, encoding)
    del data  # the text alone is held while the rows are built
    return _csv_table(text, path.name, guess.encoding)


def _csv_table(text: str, source: str, encoding: str) -> RosterTable:
    if _looks_binary(text):
        raise _binary_error(source)
    delimiter = sniff_delimiter(text)
    collector = RowCollector()
    reader = csv.reader(_lines(text), delimiter=delimiter)
    # Our own exports mark text a spreadsheet would run ("'+81 ..."); read it as typed. Most
    # files hold no apostrophe at all, which one scan for the character tells faster than the
    # pattern does (30,000 rows: 1 ms against 34 ms).
    marked = "'" in text and has_marked_fields(text)
    start = 1
    try:
        for record in reader:
            collector.add(start, csv_row_as_typed(record) if marked else record)
            start = reader.line_num + 1
    except csv.Error as exc:
        raise RosterFileError(
            translate(
                "RosterFiles",
                "{file} is not a well-formed CSV file near line {line} ({error}). "
                "Open it in Excel and save it again as CSV.",
            ).format(file=source, line=reader.line_num, error=exc)
        ) from exc
    return collector.table(source, "csv", encoding=encoding, delimiter=delimiter, sheet=None)


def _lines(text: str) -> Iterator[str]:
    """The text's lines with their endings, one at a time (a copy of the whole text split into
    lines would double what a large file holds in memory)."""
    ending = "\n" if "\n" in text else "\r"  # old Mac files end lines with CR alone
    start, size = 0, len(text)
    while start < size:
        end = text.find(ending, start)
        end = size if end < 0 else end + 1
        yield text[start:end]
        start = end
