"""Audit fixes: total lines, cp1252 files, short legacy-encoded files, synonyms, benchmark docs."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from roster_world import make_program, people, write_csv

from sakura_desktop.core.roster import RosterFileError, import_roster_file, read_roster
from sakura_desktop.core.roster.mapping import _SYNONYMS, guess_field, synonym_conflicts
from sakura_desktop.core.roster.readers import is_summary_row
from sakura_desktop.db.engine import Database

# --- total lines under the table --------------------------------------------------------------


def totals_workbook(path: Path) -> Path:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(["姓", "名", "国籍", "性別"])
    sheet.append(["Nguyen", "Van An", "ベトナム", "男"])
    sheet.append(["Tran", "Thi Bich", "ベトナム", "女"])
    sheet.append(["Jaidee", "Somchai", "タイ", "男"])
    sheet.append(["Sukjai", "Malee", "タイ", "女"])
    sheet.append(["合計", "4名"])
    workbook.save(path)
    return path


def test_total_row_is_not_a_person(database: Database, tmp_path: Path) -> None:
    path = totals_workbook(tmp_path / "totals.xlsx")
    table = read_roster(path)
    assert [r.number for r in table.rows] == [2, 3, 4, 5]
    assert table.notes == (
        "Row 6 (合計 | 4名) is a total line, not a participant; it was left out.",
    )
    program = make_program(database)
    summary = import_roster_file(database.session_factory, program.id, path)
    assert (summary.rows, summary.created, summary.errors) == (4, 4, ())
    assert "Warning: Row 6 (合計 | 4名) is a total line, not a participant; it was left out." in (
        summary.lines()
    )
    assert "4名" not in {p.given_name for p in people(database)}
    assert all(p.delegation_id is not None for p in people(database))


@pytest.mark.parametrize(
    "cells",
    [("合計", "4名"), ("Total", 12), ("Total: 12",), ("TOTAL",), ("小計：3名",), ("합계", "3명"),
     ("总计", "", "5人"), ("合计", 5), ("Grand total", "12 people"), ("計", None, "4")],
)  # fmt: skip
def test_summary_rows_in_several_languages(cells: tuple[object, ...]) -> None:
    assert is_summary_row(cells)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "cells", [("Sum", "Chan"), ("Yamada", "Taro"), ("計", "Wang"), ("12", "Total"), (4, "名")]
)
def test_people_are_not_summary_rows(cells: tuple[object, ...]) -> None:
    assert not is_summary_row(cells)  # type: ignore[arg-type]


def test_person_without_delegation_among_several_is_flagged(
    database: Database, tmp_path: Path
) -> None:
    rows = [
        ["Family name", "Given name", "Country"],
        ["Jaidee", "Somchai", "Thailand"],
        ["Nguyen", "An", "Viet Nam"],
        ["Lost", "Person", ""],
    ]
    program = make_program(database)
    summary = import_roster_file(
        database.session_factory, program.id, write_csv(tmp_path / "r.csv", rows)
    )
    assert summary.errors == ()
    assert any(
        w.startswith("1 row (4) names a person with no delegation or country")
        for w in summary.warnings
    ), summary.warnings
    single = [["Family name", "Given name", "Country"], ["A", "B", "Japan"], ["C", "D", ""]]
    other = make_program(database, "SSP-ONE")
    summary = import_roster_file(
        database.session_factory, other.id, write_csv(tmp_path / "one.csv", single)
    )
    assert summary.warnings == ()


# --- cp1252 and unknown encodings -------------------------------------------------------------


def test_western_windows_csv_reads_as_cp1252(database: Database, tmp_path: Path) -> None:
    rows = [
        ["Family name", "Given name", "Country", "Notes"],
        ["Müller", "José", "Germany", "Größe L"],
        ["Peña", "Iñigo", "Spain", "café – crème"],
        ["O’Brien", "Seán", "France", ""],
    ]
    path = write_csv(tmp_path / "western.csv", rows, "cp1252")
    table = read_roster(path)
    assert table.encoding == "cp1252"
    assert table.rows[0].cells[:2] == ("Müller", "José")
    program = make_program(database)
    summary = import_roster_file(database.session_factory, program.id, path)
    assert (summary.created, summary.errors) == (3, ())
    assert {p.family_name for p in people(database)} == {"Müller", "Peña", "O’Brien"}


def test_undecodable_text_asks_for_an_encoding_not_binary(tmp_path: Path) -> None:
    path = tmp_path / "odd.csv"
    path.write_bytes(b"Family name,Given name\r\n\x81\x8d\x8f\x90\x9d,\xff\xfe\xfd\r\n")
    with pytest.raises(RosterFileError) as info:
        read_roster(path)
    text = str(info.value)
    assert "unknown text encoding; choose one with --encoding" in text
    assert "cp1252, cp932, gb18030" in text and "binary" not in text


# --- short files: ties broken by the header ---------------------------------------------------

SHORT_FILES = {
    "cp932": "姓,名,漢字氏名,性別\r\nYamada,Taro,山田 太郎,男\r\n",
    "gb18030": "姓名,国籍,性别\r\nWang Xiaoming,中国,男\r\n",
    "cp950": "姓名,國籍,性別\r\nChen Meiling,台灣,女\r\n",
    "cp949": "성명,국적,성별\r\nKim Minjun,한국,남\r\n",
}


@pytest.mark.parametrize("encoding", SHORT_FILES)
def test_two_line_files_are_read_by_their_headers(tmp_path: Path, encoding: str) -> None:
    text = SHORT_FILES[encoding]
    path = tmp_path / f"{encoding}.csv"
    path.write_bytes(text.encode(encoding))
    table = read_roster(path)
    assert table.encoding == encoding
    lines = text.splitlines()
    assert table.headers == tuple(lines[0].split(","))
    assert table.rows[0].cells == tuple(lines[1].split(","))


# --- synonyms ---------------------------------------------------------------------------------


def test_no_header_names_two_fields() -> None:
    assert synonym_conflicts() == {}


def test_english_name_synonyms_agree() -> None:
    assert guess_field("英文名") == guess_field("英文名字") == guess_field("영문이름")
    assert guess_field("영문이름") is not None
    assert all(isinstance(words, tuple) for words in _SYNONYMS.values())


# --- benchmark documents ----------------------------------------------------------------------


def test_each_benchmark_owns_its_document() -> None:
    from benchmarks import bench_participants_ui, bench_roster

    assert bench_roster.DEFAULT_OUT.name == "benchmarks-roster.md"
    assert bench_participants_ui.DEFAULT_OUT.name == "benchmarks-participants-ui.md"
    text = bench_roster.report(
        10, {k: {"first": 1.0, "again": 1.0, "list": 0.1} for k in ("csv", "xlsx")},
        {"csv": 1000, "xlsx": 1000},
    )  # fmt: skip
    assert "does not exist yet" not in text and "benchmarks-participants-ui.md" in text
    root = Path(bench_roster.__file__).resolve().parent.parent / "docs"
    roster_doc = (root / "benchmarks-roster.md").read_text(encoding="utf-8")
    screen_doc = (root / "benchmarks-participants-ui.md").read_text(encoding="utf-8")
    assert "## Participants screen" not in roster_doc and "does not exist yet" not in roster_doc
    assert "benchmarks-participants-ui.md" in roster_doc
    assert screen_doc.startswith(bench_participants_ui.TITLE)
    assert "| Screen opening, s |" in screen_doc
