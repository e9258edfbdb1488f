"""What a roster file is, decided from its content; files too big or too wide for a roster.

Each case goes through `sakura-desktop import-roster` (the CLI's main function, or a real
process where memory is measured) against a real SQLite file: exit 0 and the names stored, or
exit 1 with one sentence saying what is wrong and what to do, and nothing stored. Never exit 3.
"""

from __future__ import annotations

import csv
import io
import subprocess
import sys
import zipfile
from pathlib import Path

import openpyxl
import pytest
from roster_world import counts, csv_text, people

from sakura_desktop import cli
from sakura_desktop.core.roster import read_roster
from sakura_desktop.core.roster.readers import MAX_FILE_BYTES
from sakura_desktop.core.roster.table import MAX_COLUMNS
from sakura_desktop.core.roster.xlsx import MAX_SHEET_BYTES
from sakura_desktop.db.lifecycle import open_database

ROWS = [
    ["Family name", "Given name", "Native name", "Country", "Gender"],
    ["Nguyen", "Van An", "Nguyễn Văn An", "Vietnam", "M"],
    ["Kim", "Minjun", "김민준", "Korea", "M"],
    ["Yamada", "Taro", "山田太郎", "Japan", "M"],
]
NATIVE = {"Nguyễn Văn An", "김민준", "山田太郎"}


def import_cli(
    capsys: pytest.CaptureFixture[str], db: Path, path: Path, *options: str
) -> tuple[int, str, str]:
    code = cli.main(["import-roster", "--db", str(db), *options, str(path)])
    out, err = capsys.readouterr()
    return code, out, err


def stored(db: Path) -> tuple[set[str], tuple[int, int, int, int]]:
    database, _ = open_database(path=db)
    try:
        return {p.native_name for p in people(database)}, counts(database)
    finally:
        database.dispose()


def workbook(path: Path, rows: list[list[str]]) -> Path:
    book = openpyxl.Workbook()
    for row in rows:
        book.active.append(row)
    book.save(path)
    return path


def refused(code: int, err: str, *phrases: str) -> bool:
    """Exit 1 with one line naming everything in `phrases`."""
    return code == 1 and err.count("\n") == 1 and all(p in err for p in phrases)


# --- 3. the content decides, not the extension --------------------------------------------------


def test_workbook_renamed_csv_is_read_as_a_workbook(
    capsys: pytest.CaptureFixture[str], db: Path, tmp_path: Path
) -> None:
    path = tmp_path / "roster.csv"
    path.write_bytes(workbook(tmp_path / "roster.xlsx", ROWS).read_bytes())
    code, out, err = import_cli(capsys, db, path)
    assert (code, err) == (0, ""), err
    assert out.startswith("Imported roster.csv: 3 rows; created 3")
    assert stored(db)[0] == NATIVE


def test_csv_named_xlsx_is_read_as_csv(
    capsys: pytest.CaptureFixture[str], db: Path, tmp_path: Path
) -> None:
    path = tmp_path / "roster.xlsx"
    path.write_bytes(csv_text(ROWS).encode("utf-8"))
    code, _, err = import_cli(capsys, db, path)
    assert (code, err) == (0, ""), err
    assert stored(db)[0] == NATIVE


def damaged_workbooks(tmp_path: Path) -> dict[str, tuple[Path, str]]:
    good = workbook(tmp_path / "good.xlsx", ROWS).read_bytes()
    truncated = tmp_path / "truncated.csv"
    truncated.write_bytes(good[: len(good) // 2])
    broken_xml = tmp_path / "broken.xlsx"
    with zipfile.ZipFile(tmp_path / "good.xlsx") as source, zipfile.ZipFile(broken_xml, "w") as out:
        for item in source.infolist():
            data = source.read(item)
            if item.filename == "xl/worksheets/sheet1.xml":
                data = data[: len(data) // 2]  # the sheet's XML ends mid-tag
            out.writestr(item, data)
    word = tmp_path / "letter.csv"
    with zipfile.ZipFile(word, "w") as out:
        out.writestr("[Content_Types].xml", "<Types/>")
        out.writestr("word/document.xml", "<w:document/>")
    xls = tmp_path / "old.csv"
    xls.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600)
    return {
        "truncated": (truncated, "truncated.csv is not a readable Excel workbook"),
        "broken xml": (broken_xml, "broken.xlsx is not a readable Excel workbook"),
        "word": (word, "letter.csv is a ZIP file but not an Excel workbook"),
        "xls": (xls, "old.csv is an old-format Excel (.xls)"),
    }


@pytest.mark.parametrize("case", ["truncated", "broken xml", "word", "xls"])
def test_damaged_or_foreign_file_is_one_sentence_never_a_crash(
    capsys: pytest.CaptureFixture[str], db: Path, tmp_path: Path, case: str
) -> None:
    path, message = damaged_workbooks(tmp_path)[case]
    before = stored(db)
    code, _, err = import_cli(capsys, db, path)
    assert refused(code, err, message), err
    assert ".xlsx" in err and "CSV" in err  # what to save it as
    assert stored(db) == before


# --- 4. size: refused above a stated limit, memory modest at the limit --------------------------


def test_csv_over_the_size_limit_is_refused_before_reading(
    capsys: pytest.CaptureFixture[str], db: Path, tmp_path: Path
) -> None:
    path = tmp_path / "huge.csv"
    line = "Nguyen,Van An,Nguyễn Văn An,Vietnam,M\r\n".encode()
    with path.open("wb") as out:
        out.write(csv_text(ROWS[:1]).encode())
        out.write(line * (MAX_FILE_BYTES // len(line) + 1))
    size_mb = path.stat().st_size / 1_000_000
    code, _, err = import_cli(capsys, db, path)
    assert refused(code, err, "huge.csv", f"{size_mb:.1f} MB", "limit is 20 MB", "split"), err
    assert stored(db)[1] == (0, 0, 0, 0)


def test_workbook_whose_sheet_unpacks_past_the_limit_is_refused(
    capsys: pytest.CaptureFixture[str], db: Path, tmp_path: Path
) -> None:
    # A few hundred kilobytes on disk that would unpack to a sheet bigger than the limit.
    good = workbook(tmp_path / "good.xlsx", ROWS)
    bomb = tmp_path / "bomb.xlsx"
    row = '<row><c t="inlineStr"><is><t>Nguyen</t></is></c></row>'
    with zipfile.ZipFile(good) as source, zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as out:
        for item in source.infolist():
            if item.filename != "xl/worksheets/sheet1.xml":
                out.writestr(item, source.read(item))
        with out.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as sheet:
            sheet.write(b'<worksheet xmlns="http://schemas.openxmlformats.org/'
                        b'spreadsheetml/2006/main"><sheetData>')  # fmt: skip
            chunk = row.encode() * 20_000
            for _ in range(MAX_SHEET_BYTES // len(chunk) + 1):
                sheet.write(chunk)
            sheet.write(b"</sheetData></worksheet>")
    assert bomb.stat().st_size < MAX_FILE_BYTES
    code, _, err = import_cli(capsys, db, bomb)
    assert refused(code, err, "bomb.xlsx", "MB", "limit"), err
    assert stored(db)[1] == (0, 0, 0, 0)


def roster_near_the_limit(path: Path) -> int:
    """A realistic UTF-8 roster just under the size limit; returns its row count."""
    countries = ["Vietnam", "Korea", "Japan", "China", "Thailand"]
    natives = ["Nguyễn Văn An", "김민준", "山田太郎", "王小明", "สมชาย ใจดี", ""]
    number = 0
    with path.open("w", encoding="utf-8", newline="") as out:
        writer = csv.writer(out, lineterminator="\r\n")
        writer.writerow(["ID", "Family name", "Given name", "Native name", "Country", "Gender",
                         "Date of birth", "Role", "Email", "Dietary", "Phone"])  # fmt: skip
        while out.tell() < MAX_FILE_BYTES - 2000:
            number += 1
            writer.writerow([
                f"P{number:06d}", "Nguyen", f"Given{number}", natives[number % 6],
                countries[number % 5], "MF"[number % 2], f"2008-{number % 12 + 1:02d}-15",
                "student", f"p{number}@example.org", ["", "halal"][number % 2],
                f"+84 90 {number:07d}",
            ])  # fmt: skip
    return number


@pytest.mark.slow
def test_reading_a_file_at_the_limit_keeps_memory_modest(tmp_path: Path) -> None:
    path = tmp_path / "at-limit.csv"
    rows = roster_near_the_limit(path)
    # The child reports its own peak as the kernel keeps it for its address space (VmHWM).
    # Not getrusage: RUSAGE_CHILDREN is the largest child this test process ever had, and a
    # child started by vfork inherits the parent's (pytest's) high-water mark in ru_maxrss.
    script = (
        "import re, sys; from pathlib import Path; "
        "from sakura_desktop.core.roster import read_roster; "
        "print(len(read_roster(sys.argv[1]).rows)); "
        "print(re.search(r'VmHWM:\\s+(\\d+)', Path('/proc/self/status').read_text())[1])"
    )
    result = subprocess.run(
        [sys.executable, "-c", script, str(path)], capture_output=True, text=True, check=True
    )
    count, peak_kb = result.stdout.split()
    assert int(count) == rows
    peak_mb = int(peak_kb) / 1024
    assert peak_mb < 12 * MAX_FILE_BYTES / 1_000_000, f"peak {peak_mb:.0f} MB"


# --- 5. thousands of columns: said, not silently ignored ----------------------------------------


def wide_rows(extra: int) -> list[list[str]]:
    header = ROWS[0] + [f"Survey question {n}" for n in range(1, extra + 1)]
    return [header] + [row + ["yes"] * extra for row in ROWS[1:]]


@pytest.mark.parametrize("kind", ["csv", "xlsx"])
def test_thousands_of_columns_are_said_on_the_command_line(
    capsys: pytest.CaptureFixture[str], db: Path, tmp_path: Path, kind: str
) -> None:
    rows = wide_rows(3407)  # 3,412 columns
    if kind == "csv":
        path = tmp_path / "wide.csv"
        path.write_bytes(csv_text(rows).encode("utf-8"))
    else:
        path = workbook(tmp_path / "wide.xlsx", rows)
    code, out, err = import_cli(capsys, db, path)
    assert (code, err) == (0, ""), err
    assert f"The file has 3,412 columns; only the first {MAX_COLUMNS} were read" in out
    assert stored(db)[0] == NATIVE


def test_a_roster_of_ordinary_width_has_no_column_note(tmp_path: Path) -> None:
    path = tmp_path / "ordinary.csv"
    path.write_bytes(csv_text(wide_rows(MAX_COLUMNS - len(ROWS[0]))).encode("utf-8"))
    table = read_roster(path)
    assert len(table.headers) == MAX_COLUMNS and table.notes == ()


def test_empty_formatted_columns_do_not_count(tmp_path: Path) -> None:
    # Spreadsheets often carry empty cells far to the right: not columns of the roster.
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\r\n").writerows(row + [""] * 5000 for row in ROWS)
    path = tmp_path / "padded.csv"
    path.write_text(buffer.getvalue(), encoding="utf-8")
    table = read_roster(path)
    assert table.headers == tuple(ROWS[0]) and table.notes == ()
