"""Reading roster files: encodings, delimiters, title rows, XLSX, and broken files."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl
import pytest
from roster_world import ROSTERS, counts, make_program, people, write_csv

from sakura_desktop.core.roster import (
    EncodingUncertainError,
    RosterFileError,
    import_roster_file,
    read_roster,
)
from sakura_desktop.db.engine import Database

ENCODINGS = {
    "utf-8": "cp932",
    "utf-8-sig": "cp932",
    "cp932": "cp932",
    "shift_jis": "cp932",
    "gb18030": "gb18030",
    "gbk": "gb18030",
    "cp950": "cp950",
    "big5": "cp950",
    "cp949": "cp949",
    "euc_kr": "cp949",
}

NATIVE_COLUMN = {"cp932": 3, "gb18030": 3, "cp950": 2, "cp949": 2}


@pytest.mark.parametrize(("encoding", "roster"), ENCODINGS.items())
def test_each_encoding_round_trips_native_names(
    database: Database, tmp_path: Path, encoding: str, roster: str
) -> None:
    headers, rows = ROSTERS[roster]
    if encoding == "shift_jis":  # 髙 exists only in Windows' cp932
        rows = [[cell.replace("髙", "高") for cell in row] for row in rows]
    path = write_csv(tmp_path / f"{encoding}.csv", [headers, *rows], encoding)
    table = read_roster(path)
    assert table.headers == tuple(headers)
    native = NATIVE_COLUMN[roster]
    assert [r.cells[native] for r in table.rows] == [r[native] for r in rows]

    program = make_program(database)
    summary = import_roster_file(database.session_factory, program.id, path)
    assert (summary.created, summary.errors) == (len(rows), ())
    stored = {p.native_name for p in people(database)}
    assert stored == {r[native] for r in rows}


def test_detected_encoding_is_reported(tmp_path: Path) -> None:
    headers, rows = ROSTERS["cp932"]
    assert read_roster(write_csv(tmp_path / "a.csv", [headers, *rows], "cp932")).encoding == "cp932"
    bom = read_roster(write_csv(tmp_path / "b.csv", [headers, *rows], "utf-8-sig"))
    assert bom.encoding == "utf-8-sig" and bom.headers[0] == "参加者番号"  # no BOM in the header
    headers, rows = ROSTERS["cp949"]
    assert (
        read_roster(write_csv(tmp_path / "c.csv", [headers, *rows], "euc_kr")).encoding == "cp949"
    )


def test_utf16_from_excel_unicode_text(tmp_path: Path) -> None:
    headers, rows = ROSTERS["cp949"]
    path = write_csv(tmp_path / "unicode.txt", [headers, *rows], "utf-16", delimiter="\t")
    table = read_roster(path)
    assert table.delimiter == "\t" and table.rows[0].cells[2] == "김민준"


def test_unsure_encoding_is_never_guessed_silently(tmp_path: Path) -> None:
    path = tmp_path / "tiny.csv"
    path.write_bytes("name\n김민준\n".encode("euc_kr"))
    with pytest.raises(EncodingUncertainError) as info:
        read_roster(path)
    assert "tiny.csv" in str(info.value) and "--encoding" in str(info.value)
    readings = {c.encoding: c.sample for c in info.value.candidates}
    assert readings["cp949"].endswith("김민준")
    forced = read_roster(path, encoding="EUC-KR")
    assert forced.rows[0].cells == ("김민준",) and forced.encoding == "cp949"


def test_wrong_forced_encoding_is_a_clear_error(tmp_path: Path) -> None:
    headers, rows = ROSTERS["cp949"]
    path = write_csv(tmp_path / "kr.csv", [headers, *rows], "euc_kr")
    with pytest.raises(RosterFileError, match=r"kr\.csv is not valid utf-8 text \(line 1"):
        read_roster(path, encoding="utf-8")
    with pytest.raises(Exception, match="Unknown encoding 'klingon'"):
        read_roster(path, encoding="klingon")


@pytest.mark.parametrize("delimiter", [",", ";", "\t"])
def test_delimiters_blank_lines_and_title_rows(tmp_path: Path, delimiter: str) -> None:
    rows = [
        ["Sakura Science Exchange 2026 — participant list"],
        [],
        ["Family name", "Given name", "Country", "Date of birth"],
        ["Jaidee", "Somchai", "Thailand", "05/04/2008"],
        [],
        ["", "", "", ""],
        ["Nguyen", "Van An", "Viet Nam", "2008-01-02"],
    ]
    table = read_roster(write_csv(tmp_path / "r.csv", rows, delimiter=delimiter))
    assert table.delimiter == delimiter
    assert table.header_row == 3
    assert table.headers == ("Family name", "Given name", "Country", "Date of birth")
    assert [r.number for r in table.rows] == [4, 7]  # the file's own line numbers
    assert table.rows[1].cells[1] == "Van An"


def test_quoted_multiline_cell_keeps_line_numbers(tmp_path: Path) -> None:
    path = tmp_path / "q.csv"
    path.write_text('Family name,Given name,Notes\nA,B,"two\nlines"\nC,D,x\n', encoding="utf-8")
    table = read_roster(path)
    assert [r.number for r in table.rows] == [2, 4]
    assert table.rows[0].cells[2] == "two\nlines"


def japanese_workbook(path: Path) -> Path:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = "名簿"
    sheet["A1"] = "令和8年度 さくらサイエンス 招へい者名簿"
    sheet.merge_cells("A1:G1")
    sheet.append([])
    sheet.append(["No.", "氏名", "漢字氏名", "国籍", "性別", "生年月日", "所属"])
    sheet.append(
        [1, "NGUYEN Van An", "Nguyễn Văn An", "ベトナム", "男", 39543, "Hanoi-Amsterdam HS"]
    )
    sheet.append(
        [2, "TRAN Thi Bich", "Trần Thị Bích", "ベトナム", "女", 39600.0, "Hanoi-Amsterdam HS"]
    )
    sheet.append([None] * 7)
    sheet.append([3, "SOMCHAI Jaidee", "สมชาย ใจดี", "タイ", "M", dt.datetime(2008, 1, 2), ""])
    workbook.save(path)
    return path


def test_xlsx_with_merged_title_japanese_headers_and_serial_dates(
    database: Database, tmp_path: Path
) -> None:
    path = japanese_workbook(tmp_path / "名簿.xlsx")
    table = read_roster(path)
    assert (table.kind, table.sheet, table.header_row) == ("xlsx", "名簿", 3)
    assert [r.number for r in table.rows] == [4, 5, 7]
    program = make_program(database)
    summary = import_roster_file(database.session_factory, program.id, path)
    assert summary.errors == () and summary.created == 3
    # Named after the sending school (所属) when the row has one, else the country.
    assert set(summary.delegations_created) == {"Hanoi-Amsterdam HS", "Thailand"}
    stored = {p.native_name: p for p in people(database)}
    an = stored["Nguyễn Văn An"]
    assert (an.family_name, an.given_name, an.gender) == ("NGUYEN", "Van An", "male")
    assert an.date_of_birth == dt.date(2008, 4, 5)  # Excel serial 39543
    assert stored["Trần Thị Bích"].date_of_birth == dt.date(2008, 6, 1)
    assert stored["สมชาย ใจดี"].date_of_birth == dt.date(2008, 1, 2)


# --- broken files: a clear error, nothing written --------------------------------------------


def broken_files(tmp_path: Path) -> dict[str, tuple[Path, str]]:
    good = japanese_workbook(tmp_path / "good.xlsx").read_bytes()
    truncated = tmp_path / "truncated.xlsx"
    truncated.write_bytes(good[: len(good) // 2])
    junk = tmp_path / "junk.csv"
    junk.write_bytes(bytes(range(256)) * 40)
    empty = tmp_path / "empty.csv"
    empty.write_bytes(b"")
    xls = tmp_path / "old.xls"
    xls.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600)
    header_only = write_csv(tmp_path / "header.csv", [["Family name", "Given name"]])
    return {
        "truncated": (truncated, "truncated.xlsx is not a readable Excel workbook"),
        "junk": (junk, "junk.csv does not look like a CSV text file"),
        "empty": (empty, "empty.csv is empty"),
        "xls": (xls, "old.xls is an old-format Excel"),
        "header only": (header_only, "header.csv has a header (row 1) but no participant rows"),
        "missing": (tmp_path / "nope.csv", "No file at"),
    }


@pytest.mark.parametrize("case", ["truncated", "junk", "empty", "xls", "header only", "missing"])
def test_broken_file_is_a_clear_error_and_writes_nothing(
    database: Database, tmp_path: Path, case: str
) -> None:
    program = make_program(database)
    path, message = broken_files(tmp_path)[case]
    before = counts(database)
    with pytest.raises(RosterFileError) as info:
        import_roster_file(database.session_factory, program.id, path)
    text = str(info.value)
    assert message in text
    assert "\n" not in text
    if case not in ("missing", "header only"):
        assert any(hint in text for hint in ("save", "Save", "Choose")), text  # what to do
    assert counts(database) == before
