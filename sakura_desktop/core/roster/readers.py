"""Read a roster file (CSV in any encoding coordinators receive, or XLSX) into a plain table.

The table keeps each row's number in the file (the line of a CSV, the row of a sheet), so every
later message can point at it. Title rows above the header and blank lines are skipped. A file
we cannot read with certainty raises `RosterFileError` saying which file, what is wrong and what
to do; an encoding we cannot tell for sure raises `EncodingUncertainError` with the candidates,
never a silent guess.
"""

from __future__ import annotations

import codecs
import csv
import datetime as dt
import io
import re
import unicodedata
import zipfile
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sakura_desktop.core.roster.errors import (
    EncodingCandidate,
    EncodingUncertainError,
    ImportCancelled,
    RosterFileError,
)
from sakura_desktop.core.roster.mapping import guess_field
from sakura_desktop.errors import UserError

Cell = str | int | float | bool | dt.date | dt.datetime | dt.time | None
Cancelled = Callable[[], bool]

DELIMITERS = (",", ";", "\t")
HEADER_SCAN_ROWS = 30
# Tried, in this order, when a file is not UTF-8. Supersets of what people name them:
# cp932 = Windows Shift_JIS, cp949 = Windows EUC-KR, cp950 = Windows Big5, gb18030 > GBK.
CANDIDATE_ENCODINGS = ("cp932", "gb18030", "cp950", "cp949")
# Western-Windows Excel's "CSV": tried too, but only when the text reads as Latin-script words.
LATIN_ENCODING = "cp1252"
ENCODING_ALIASES = {
    "shiftjis": "cp932",
    "sjis": "cp932",
    "shift_jis": "cp932",
    "mskanji": "cp932",
    "windows31j": "cp932",
    "gbk": "gb18030",
    "gb2312": "gb18030",
    "cp936": "gb18030",
    "big5": "cp950",
    "euckr": "cp949",
    "euc_kr": "cp949",
    "uhc": "cp949",
    "windows1252": "cp1252",
    "latin1": "cp1252",
    "ansi": "cp1252",
    "utf8": "utf-8",
    "utf8sig": "utf-8-sig",
    "utf8bom": "utf-8-sig",
}
_CHARSET_NORMALIZER_NAMES = {
    "cp932": "cp932",
    "shift_jis": "cp932",
    "gb18030": "gb18030",
    "gbk": "gb18030",
    "gb2312": "gb18030",
    "big5": "cp950",
    "cp950": "cp950",
    "big5hkscs": "cp950",
    "cp949": "cp949",
    "euc_kr": "cp949",
    "cp1252": "cp1252",
    "windows_1252": "cp1252",
}
XLSX_MAGIC = b"PK\x03\x04"
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


@dataclass(frozen=True)
class EncodingGuess:
    encoding: str
    confident: bool
    alternatives: tuple[str, ...] = ()


@dataclass(frozen=True)
class RawRow:
    number: int  # 1-based line (CSV) or row (XLSX) number in the file
    cells: tuple[Cell, ...]


@dataclass(frozen=True)
class RosterTable:
    source: str  # the file's name, for messages
    kind: str  # "csv" or "xlsx"
    encoding: str | None
    delimiter: str | None
    sheet: str | None
    header_row: int
    headers: tuple[str, ...]
    rows: tuple[RawRow, ...]
    notes: tuple[str, ...] = ()  # rows left out that are not people (total lines), and why

    def preview(self, count: int = 20) -> tuple[RawRow, ...]:
        return self.rows[:count]


# --- entry point -----------------------------------------------------------------------------


def read_roster(
    path: Path | str,
    *,
    encoding: str | None = None,
    sheet: str | None = None,
    is_cancelled: Cancelled | None = None,
) -> RosterTable:
    """Read a CSV or XLSX roster. `encoding` forces a CSV encoding; `sheet` picks a sheet."""
    path = Path(path)
    data = _read_bytes(path)
    if data.startswith(OLE_MAGIC):
        raise RosterFileError(
            f"{path.name} is an old-format Excel (.xls) or other Office file, which cannot be "
            "read. Open it in Excel and save it as .xlsx (Excel Workbook) or as CSV UTF-8."
        )
    if data.startswith(XLSX_MAGIC) or path.suffix.lower() in (".xlsx", ".xlsm"):
        return read_xlsx(path, sheet=sheet, is_cancelled=is_cancelled)
    return read_csv_bytes(data, path.name, encoding=encoding)


def _read_bytes(path: Path) -> bytes:
    try:
        data = path.read_bytes()
    except FileNotFoundError as exc:
        raise RosterFileError(f"No file at {path}; check the name and folder.") from exc
    except IsADirectoryError as exc:
        raise RosterFileError(f"{path} is a folder; choose the roster file inside it.") from exc
    except OSError as exc:
        raise RosterFileError(f"Cannot read {path}: {exc.strerror}.") from exc
    if not data.strip():
        raise RosterFileError(
            f"{path.name} is empty. Choose the file that holds the roster, or save it again "
            "from Excel."
        )
    return data


# --- encodings -------------------------------------------------------------------------------


def normalise_encoding(name: str) -> str:
    """A Python codec for what a user typed (Shift_JIS, GBK, EUC-KR, Big5, utf8 ...)."""
    key = name.strip().lower().replace("-", "").replace(" ", "")
    chosen = ENCODING_ALIASES.get(key, ENCODING_ALIASES.get(name.strip().lower(), name.strip()))
    try:
        codecs.lookup(chosen)
    except LookupError as exc:
        raise UserError(
            f"Unknown encoding {name!r}; use for example utf-8, shift_jis, gb18030, big5 or euc-kr."
        ) from exc
    return chosen


def decode(data: bytes, source: str, encoding: str | None = None) -> tuple[str, EncodingGuess]:
    """The file's text and how its encoding was found (forced, BOM, UTF-8 or detected)."""
    if encoding is not None:
        chosen = normalise_encoding(encoding)
        return _strict_decode(data, source, chosen), EncodingGuess(chosen, True)
    for bom, name in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
                      (codecs.BOM_UTF16_BE, "utf-16")):  # fmt: skip
        if data.startswith(bom):
            return _strict_decode(data, source, name), EncodingGuess(name, True)
    if b"\x00" in data:
        raise _binary_error(source)
    try:
        return data.decode("utf-8"), EncodingGuess("utf-8", True)
    except UnicodeDecodeError:
        pass
    guess, texts = detect_encoding(data)
    if guess is None:
        raise _binary_error(source) if _looks_binary_bytes(data) else _unknown_encoding(source)
    if not guess.confident:
        raise _uncertain_error(source, guess, texts)
    return texts[guess.encoding], guess


def _strict_decode(data: bytes, source: str, encoding: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise RosterFileError(
            f"{source} is not valid {encoding} text (line {line} holds bytes that {encoding} "
            "does not allow). Choose another encoding, or save the file as CSV UTF-8 in Excel."
        ) from exc


def _binary_error(source: str) -> RosterFileError:
    return RosterFileError(
        f"{source} does not look like a CSV text file: it holds binary data. If it is an Excel "
        "workbook, give it the .xlsx extension; otherwise save it from its program as CSV UTF-8."
    )


def _unknown_encoding(source: str) -> RosterFileError:
    return RosterFileError(
        f"{source} is in an unknown text encoding; choose one with --encoding (for example "
        "cp1252, cp932, gb18030), or save the file from Excel as CSV UTF-8."
    )


def _looks_binary_bytes(data: bytes) -> bool:
    sample = data[:20000]
    controls = sum(1 for byte in sample if byte < 0x20 and byte not in b"\t\r\n\f")
    return controls > max(2, len(sample) // 200)


def _uncertain_error(
    source: str, guess: EncodingGuess, texts: dict[str, str]
) -> EncodingUncertainError:
    names = (guess.encoding, *guess.alternatives)
    candidates = [EncodingCandidate(n, _sample(texts[n])) for n in names]
    listed = ", ".join(names)
    return EncodingUncertainError(
        f"Cannot tell the text encoding of {source} for sure (it reads as {listed}). Look at the "
        "preview and choose the encoding whose names read right (command line: --encoding).",
        candidates,
    )


def _sample(text: str, lines: int = 3) -> str:
    filled = [line for line in text.splitlines() if line.strip()]
    return "\n".join(filled[:lines])[:400]


def detect_encoding(data: bytes) -> tuple[EncodingGuess | None, dict[str, str]]:
    """Rank the legacy encodings that decode `data` without error; None when none does.

    charset-normalizer judges how natural each reading is (chaos, language coherence); we add
    our own penalty for characters that betray a wrong reading (half-width katakana from Korean,
    box drawings and small forms from Big5 read as GB). Confident only when one reading clearly
    beats the others, or, when they are close (short files), when one reading recognises more
    header cells than the others. cp1252 (Western Windows) joins only when its reading looks
    like Latin-script words.
    """
    texts: dict[str, str] = {}
    for name in CANDIDATE_ENCODINGS:
        try:
            texts[name] = data.decode(name)
        except UnicodeDecodeError:
            continue
    latin = _latin_reading(data)
    if latin is not None:
        if not texts:
            return EncodingGuess(LATIN_ENCODING, True), {LATIN_ENCODING: latin}
        texts[LATIN_ENCODING] = latin
    if not texts:
        return None, texts
    scores = {name: _badness(text, opinion) for name, text, opinion in _opinions(data, texts)}
    ranked = sorted(texts, key=lambda name: scores[name])
    best = ranked[0]
    close = [n for n in ranked[1:] if scores[n] - scores[best] < 0.1]
    if scores[best] < 0.3 and not close:
        return EncodingGuess(best, True, tuple(ranked[1:])), texts
    contenders = [best, *close] if close else ranked
    winner = _most_header_cells({name: texts[name] for name in contenders})
    if winner is not None:
        return EncodingGuess(winner, True, tuple(n for n in ranked if n != winner)), texts
    return EncodingGuess(best, False, tuple(close)), texts


def _most_header_cells(texts: dict[str, str]) -> str | None:
    """The one reading whose header row names the most known fields (None on a tie)."""
    hits = {name: header_cells(text) for name, text in texts.items()}
    top = max(hits.values(), default=0)
    leaders = [name for name, count in hits.items() if count == top]
    return leaders[0] if top > 0 and len(leaders) == 1 else None


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


_NOT_LATIN = re.compile(
    "[^\x00-\x7f\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u017f"
    "\u00a0\u00a1\u00aa\u00ab\u00b0\u00b7\u00ba\u00bb\u00bf"
    "\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192"
    "\u2013\u2014\u2018\u2019\u201c\u201d\u2026\u20ac]"
)
_LONG_NON_ASCII_RUN = re.compile("[^\x00-\x7f]{3,}")


def _latin_reading(data: bytes) -> str | None:
    """The cp1252 reading when it looks like Western text: accented Latin letters (and the usual
    typographic marks) inside ASCII words, never runs of three or more, as double-byte CJK text
    read as cp1252 would give. None otherwise."""
    try:
        text = data.decode(LATIN_ENCODING)
    except UnicodeDecodeError:
        return None
    if _NOT_LATIN.search(text) or _LONG_NON_ASCII_RUN.search(text):
        return None
    return text


def _opinions(
    data: bytes, texts: dict[str, str]
) -> Iterable[tuple[str, str, tuple[float, float] | None]]:
    from charset_normalizer import from_bytes

    opinions: dict[str, tuple[float, float]] = {}
    isolation = [n for n, ours in _CHARSET_NORMALIZER_NAMES.items() if ours in texts]
    for match in from_bytes(data, cp_isolation=isolation):
        ours = _CHARSET_NORMALIZER_NAMES.get(match.encoding)
        if ours is not None and ours not in opinions:
            opinions[ours] = (match.chaos, match.coherence)
    for name, text in texts.items():
        yield name, text, opinions.get(name)


def _badness(text: str, opinion: tuple[float, float] | None) -> float:
    chaos, coherence = opinion if opinion is not None else (1.0, 0.0)
    return chaos + _suspicion(text) - coherence


def _suspicion(text: str) -> float:
    """The share of non-ASCII characters that a correct reading of a roster would hardly hold."""
    wide = [ch for ch in text if ord(ch) > 0x7F]
    if not wide:
        return 0.0
    return sum(1 for ch in wide if _suspicious(ch)) / len(wide)


_SUSPICIOUS_RANGES = (
    (0xFF61, 0xFF9F),  # half-width katakana: Korean or Chinese bytes read as Shift_JIS
    (0x2500, 0x257F),  # box drawing
    (0xFE30, 0xFE6F),  # CJK compatibility and small form variants
    (0xE000, 0xF8FF),  # private use
    (0xF900, 0xFAFF),  # CJK compatibility ideographs
    (0x3400, 0x4DBF),  # CJK extension A (rare characters)
    (0x3130, 0x318F),  # isolated hangul jamo
)


def _suspicious(ch: str) -> bool:
    code = ord(ch)
    if any(low <= code <= high for low, high in _SUSPICIOUS_RANGES):
        return True
    return unicodedata.category(ch) in ("Co", "Cn", "Cc")


# --- CSV -------------------------------------------------------------------------------------


def read_csv_bytes(data: bytes, source: str, *, encoding: str | None = None) -> RosterTable:
    text, guess = decode(data, source, encoding)
    if _looks_binary(text):
        raise _binary_error(source)
    delimiter = sniff_delimiter(text)
    rows = list(_csv_rows(text, delimiter, source))
    return _table(source, "csv", rows, encoding=guess.encoding, delimiter=delimiter, sheet=None)


def _looks_binary(text: str) -> bool:
    sample = text[:20000]
    controls = sum(1 for ch in sample if ch < " " and ch not in "\t\r\n\f")
    return controls > max(2, len(sample) // 200)


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


def _csv_rows(text: str, delimiter: str, source: str) -> Iterable[RawRow]:
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    start = 1
    try:
        for record in reader:
            if any(cell.strip() for cell in record):
                yield RawRow(start, tuple(record))
            start = reader.line_num + 1
    except csv.Error as exc:
        raise RosterFileError(
            f"{source} is not a well-formed CSV file near line {reader.line_num} ({exc}). "
            "Open it in Excel and save it again as CSV."
        ) from exc


# --- XLSX ------------------------------------------------------------------------------------


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


# --- header detection and the table ----------------------------------------------------------


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
        raise RosterFileError(f"{source} holds no table: every row is blank.")
    index = find_header(rows)
    header, data = rows[index], rows[index + 1 :]
    if not data:
        raise RosterFileError(
            f"{source} has a header (row {header.number}) but no participant rows below it."
        )
    width = max(_width(header.cells), *(_width(r.cells) for r in data))
    headers = _header_names(header.cells, width)
    people: list[RawRow] = []
    notes: list[str] = []
    for row in data:
        if is_summary_row(row.cells):
            notes.append(_summary_note(row))
        else:
            people.append(row)
    trimmed = tuple(RawRow(r.number, _fit(r.cells, width)) for r in people)
    return RosterTable(
        source, kind, encoding, delimiter, sheet, header.number, headers, trimmed, tuple(notes)
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
    return isinstance(cell, str) and bool(_COUNT.match(unicodedata.normalize("NFKC", cell).strip()))


def is_summary_row(cells: Sequence[Cell]) -> bool:
    """A total or count line under the table ("合計 | 4名", "Total: 12", "합계 | 3 | 1"),
    not a person: its first filled cell is a total word (alone or with its count) and every other
    filled cell is a number or a count."""
    filled = [cell for cell in cells if _filled(cell)]
    if not filled or not isinstance(filled[0], str):
        return False
    # Cheapest test first: a person's row has a name after its first cell, not a count.
    if not all(_count_cell(cell) for cell in filled[1:]):
        return False
    first = unicodedata.normalize("NFKC", filled[0]).strip()
    if _summary_word(first):
        return True
    match = _SUMMARY_PREFIX.match(first)
    return bool(
        match and match["count"] and _summary_word(match["word"]) and _count_cell(match["count"])
    )


def _summary_note(row: RawRow) -> str:
    shown = " | ".join(str(cell).strip() for cell in row.cells if _filled(cell))
    return f"Row {row.number} ({shown}) is a total line, not a participant; it was left out."


def _width(cells: tuple[Cell, ...]) -> int:
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
