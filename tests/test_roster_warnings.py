"""Nothing a file holds is dropped without a word: every column no field reads that holds names
or non-Latin text is named on the command line (import and dry run), and the reader's notes on
the table (total lines left out, columns not read) are printed too."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from roster_world import people, write_csv

from sakura_desktop import cli
from sakura_desktop.core.roster import build_mapping
from sakura_desktop.core.roster.mapping import (
    holds_non_latin,
    profile_columns,
    unmapped_column_warnings,
)
from sakura_desktop.db.lifecycle import open_database

HEADERS = ["Họ", "Tên", "Quốc tịch", "Ghi chú (tên)", "Middle name", "T-shirt"]
ROWS = [
    ["Nguyen", "Van An", "Vietnam", "阮文安", "Van", "M"],
    ["Tran", "Thi Binh", "Vietnam", "陳氏平", "Thi", "S"],
    ["Le", "Duc Chi", "Vietnam", "黎德志", "", "L"],
    ["Pham", "Minh", "Vietnam", "范明", "", "M"],
    ["Vo", "Lan", "Vietnam", "武蘭", "", "S"],
]
MAPPING = '{"Họ": "family_name", "Tên": "given_name", "Quốc tịch": "country"}'
GHI_CHU = (
    "Warning: Column 'Ghi chú (tên)' holds non-Latin text in 5 rows but is not mapped to any "
    "field; choose its field or it will not be imported."
)
MIDDLE = (
    "Warning: Column 'Middle name' looks like it holds names (2 rows filled in) but is not "
    "mapped to any field; choose its field or it will not be imported."
)


def test_non_latin_text_is_told_apart_from_latin_with_accents() -> None:
    assert not holds_non_latin("Nguyễn Müller Ærø Łódź")
    assert not holds_non_latin("Nguye\u0302\u0303n")  # decomposed (NFD) stays Latin
    assert holds_non_latin("阮文安") and holds_non_latin("Lee 이서연") and holds_non_latin("Сараа")


def test_unmapped_columns_with_names_are_named_on_import_and_dry_run(
    capsys: pytest.CaptureFixture[str], db: Path, tmp_path: Path
) -> None:
    path = write_csv(tmp_path / "vn.csv", [HEADERS, *ROWS])
    code = cli.main(
        ["import-roster", "--db", str(db), "--dry-run", "--mapping", MAPPING, str(path)]
    )
    out, err = capsys.readouterr()
    assert (code, err) == (0, "")
    lines = out.splitlines()
    assert GHI_CHU in lines and MIDDLE in lines
    assert not any("T-shirt" in line for line in lines)  # Latin and not names: no noise
    code = cli.main(["import-roster", "--db", str(db), "--mapping", MAPPING, str(path)])
    out, _ = capsys.readouterr()
    assert code == 0 and GHI_CHU in out.splitlines()
    database, _ = open_database(path=db)
    try:
        assert [(p.family_name, p.native_name) for p in people(database)][:2] == [
            ("Nguyen", ""), ("Tran", "")
        ]  # fmt: skip
    finally:
        database.dispose()


def test_mapping_the_column_silences_its_warning(
    capsys: pytest.CaptureFixture[str], db: Path, tmp_path: Path
) -> None:
    path = write_csv(tmp_path / "vn.csv", [HEADERS, *ROWS])
    mapping = MAPPING[:-1] + ', "Ghi chú (tên)": "native_name", "Middle name": null}'
    code = cli.main(["import-roster", "--db", str(db), "--mapping", mapping, str(path)])
    out, _ = capsys.readouterr()
    assert code == 0 and "Ghi chú" not in out and MIDDLE in out.splitlines()
    database, _ = open_database(path=db)
    try:
        assert people(database)[0].native_name == "阮文安"
    finally:
        database.dispose()


def test_a_second_name_column_of_the_same_field_is_not_dropped_silently() -> None:
    headers = ("氏名", "氏名 (2)", "国籍")
    rows = [("YAMADA Taro", "山田 太郎", "日本")]
    from sakura_desktop.core.roster import RawRow

    table_rows = [RawRow(2, cells) for cells in rows]
    mapping = build_mapping(headers)
    assert mapping.fields[1] is None
    warnings = unmapped_column_warnings(mapping, profile_columns(table_rows))
    assert warnings == (
        "Column '氏名 (2)' holds non-Latin text in 1 row but is not mapped to any field; choose "
        "its field or it will not be imported.",
    )


def test_the_readers_notes_on_the_table_reach_the_command_line(
    capsys: pytest.CaptureFixture[str], db: Path, tmp_path: Path
) -> None:
    rows = [["氏名", "国籍"], ["YAMADA Taro", "日本"], ["SATO Hanako", "日本"], ["合計", "2名"]]
    path = write_csv(tmp_path / "jp.csv", rows, "cp932")
    code = cli.main(["import-roster", "--db", str(db), "--dry-run", str(path)])
    out, _ = capsys.readouterr()
    assert code == 0
    assert "Warning: Row 4 (合計 | 2名) is a total line, not a participant; it was left out." in (
        out.splitlines()
    )


def test_the_installed_command_prints_the_warning(db: Path, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "vn.csv", [HEADERS, *ROWS])
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    done = subprocess.run(
        [sys.executable, "-m", "sakura_desktop", "import-roster", "--db", str(db), "--dry-run",
         "--mapping", MAPPING, str(path)],
        capture_output=True, text=True, encoding="utf-8", env=env, timeout=120, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert GHI_CHU in done.stdout.splitlines()
