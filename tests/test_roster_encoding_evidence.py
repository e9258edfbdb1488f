"""Short CJK rosters decided by evidence in the text, and files that mix encodings refused.

Every file is written here from Unicode text with `.encode(...)`, the way a delegation's
spreadsheet program saves it (no BOM), five students a file, and imported through the command
line into a real SQLite file; what the database holds afterwards is what a coordinator sees.
"""

from __future__ import annotations

import codecs
from collections.abc import Sequence
from pathlib import Path

import pytest
from roster_world import counts, csv_text, people

from sakura_desktop import cli
from sakura_desktop.core.roster import EncodingUncertainError, RosterFileError, read_roster
from sakura_desktop.db.lifecycle import open_database

# (family, given, native name) of five students per delegation.
CHINESE = [
    ("Wang", "Xiaoming", "王小明"),
    ("Li", "Hua", "李华"),
    ("Zhang", "Wei", "张伟"),
    ("Liu", "Yang", "刘洋"),
    ("Chen", "Jing", "陈静"),
]
TAIWANESE = [
    ("Chen", "Meiling", "陳美玲"),
    ("Lin", "Chihhao", "林志豪"),
    ("Huang", "Yating", "黃雅婷"),
    ("Chang", "Chienhung", "張建宏"),
    ("Hsu", "Shufen", "許淑芬"),
]
HONG_KONG = [
    ("Chan", "Tai Man", "陳大文"),
    ("Wong", "Ka Yan", "黃嘉欣"),
    ("Leung", "Chi Wai", "梁志偉"),
    ("Cheung", "Hoi Ting", "張凱婷"),
    ("Lau", "Wing Sze", "劉詠詩"),
]
KOREAN = [
    ("Kim", "Minjun", "김민준"),
    ("Lee", "Seoyeon", "이서연"),
    ("Park", "Jiho", "박지호"),
    ("Choi", "Yuna", "최유나"),
    ("Jung", "Hayun", "정하윤"),
]
JAPANESE = [
    ("Yamada", "Taro", "山田太郎"), ("Sato", "Hanako", "佐藤花子"),
    ("Suzuki", "Ichiro", "鈴木一郎"), ("Takahashi", "Yui", "高橋結衣"),
    ("Nakamura", "Sakura", "中村さくら"),
]  # fmt: skip

ENGLISH_HEADERS = ["Family name", "Given name", "Native name", "Country", "Gender", "Date of birth"]
NATIVE_HEADERS = {
    "gb18030": ["姓", "名", "中文姓名", "国家", "性别", "出生日期"],
    "cp950": ["姓", "名", "中文姓名", "國家", "性別", "出生日期"],
    "cp949": ["성", "이름", "한글이름", "국가", "성별", "생년월일"],
    "cp932": ["姓", "名", "漢字氏名", "国籍", "性別", "生年月日"],
}


def roster_rows(
    students: Sequence[tuple[str, str, str]], country: str | None, headers: list[str]
) -> list[list[str]]:
    rows = [headers if country is not None else headers[:3] + headers[4:]]
    for number, (family, given, native) in enumerate(students):
        gender = "MF"[number % 2]
        cells = [family, given, native, country or "", gender, f"2008-0{number + 1}-1{number}"]
        rows.append(cells if country is not None else cells[:3] + cells[4:])
    return rows


def write_roster(path: Path, rows: list[list[str]], encoding: str) -> Path:
    path.write_bytes(csv_text(rows).encode(encoding))
    return path


def import_cli(capsys: pytest.CaptureFixture[str], db: Path, path: Path) -> tuple[int, str, str]:
    code = cli.main(["import-roster", "--db", str(db), str(path)])
    out, err = capsys.readouterr()
    return code, out, err


def stored(db: Path) -> tuple[set[str], tuple[int, int, int, int]]:
    database, _ = open_database(path=db)
    try:
        return {p.native_name for p in people(database)}, counts(database)
    finally:
        database.dispose()


# --- 1. short CJK files decided by the evidence in their text ----------------------------------

DELEGATIONS = {
    "China (the issue's file)": ("gb18030", CHINESE, "China", False),
    "PRC": ("gb18030", CHINESE, "PRC", False),
    "中国, Chinese headers": ("gb18030", CHINESE, "中国", True),
    "Taiwan": ("cp950", TAIWANESE, "Taiwan", False),
    "台灣, Chinese headers": ("cp950", TAIWANESE, "台灣", True),
    "Hong Kong": ("cp950", HONG_KONG, "Hong Kong", False),
    "Korea": ("cp949", KOREAN, "Korea", False),
    "대한민국, Korean headers": ("cp949", KOREAN, "대한민국", True),
    "Japan": ("cp932", JAPANESE, "Japan", False),
    "日本, Japanese headers": ("cp932", JAPANESE, "日本", True),
}


@pytest.mark.parametrize("case", DELEGATIONS)
def test_five_student_roster_in_its_national_encoding_imports_right(
    capsys: pytest.CaptureFixture[str], db: Path, tmp_path: Path, case: str
) -> None:
    encoding, students, country, native_headers = DELEGATIONS[case]
    headers = NATIVE_HEADERS[encoding] if native_headers else ENGLISH_HEADERS
    path = write_roster(tmp_path / "delegation.csv", roster_rows(students, country, headers),
                        encoding)  # fmt: skip
    code, out, err = import_cli(capsys, db, path)
    assert (code, err) == (0, ""), out + err
    assert "created 5" in out
    names, _ = stored(db)
    assert names == {native for _, _, native in students}
    assert read_roster(path).encoding == encoding


NO_COUNTRY = {
    # The CP949 reading of GB18030 bytes mixes Hangul and Han inside one name.
    "Chinese in GB18030": ("gb18030", CHINESE),
    # The GB18030 reading of Big5 bytes breaks names apart and reads rare characters.
    "Taiwanese in Big5": ("cp950", TAIWANESE),
    # The CP949 and GB18030 readings of Shift_JIS give syllables and characters no name uses.
    "Japanese in Shift_JIS": ("cp932", JAPANESE),
}


@pytest.mark.parametrize("case", NO_COUNTRY)
def test_names_in_one_script_decide_without_a_country_column(
    db: Path, tmp_path: Path, case: str
) -> None:
    encoding, students = NO_COUNTRY[case]
    path = write_roster(tmp_path / "names.csv", roster_rows(students, None, ENGLISH_HEADERS),
                        encoding)  # fmt: skip
    table = read_roster(path)
    assert table.encoding == encoding
    assert [row.cells[2] for row in table.rows] == [native for _, _, native in students]


def test_country_column_settles_readings_that_are_both_names(tmp_path: Path) -> None:
    # One Hangul name read as GB18030 or Big5 is common Chinese characters too: without more
    # text, every reading is a plausible name and the user is asked; "Korea" settles it.
    unsure = write_roster(tmp_path / "unsure.csv", [["Name"], ["김민준"]], "cp949")
    with pytest.raises(EncodingUncertainError) as info:
        read_roster(unsure)
    readings = {candidate.encoding: candidate.sample for candidate in info.value.candidates}
    assert {"cp949", "gb18030"} <= set(readings)
    assert readings["cp949"].endswith("김민준")
    rows = [["Name", "Country"], ["김민준", "Korea"]]
    sure = read_roster(write_roster(tmp_path / "korea.csv", rows, "cp949"))
    assert (sure.encoding, sure.rows[0].cells) == ("cp949", ("김민준", "Korea"))


def test_a_reading_that_is_not_names_loses_to_the_country_column(tmp_path: Path) -> None:
    # A Hong Kong school that writes "China" in Big5: the GB18030 reading is not names, so the
    # country column (which points at GB18030) does not override the text itself.
    rows = roster_rows(HONG_KONG, "China", ENGLISH_HEADERS)
    table = read_roster(write_roster(tmp_path / "hk.csv", rows, "cp950"))
    assert table.encoding == "cp950"
    assert [row.cells[2] for row in table.rows] == [n for _, _, n in HONG_KONG]


# --- 2. files that mix encodings are refused, naming the rows ---------------------------------

EUROPEANS = [
    ["Family name", "Given name", "Native name", "Country", "Gender"],
    ["Nguyễn", "Văn An", "Nguyễn Văn An", "Vietnam", "M"],
    ["Lê", "Thu Hà", "Lê Thu Hà", "Vietnam", "F"],
    ["Müller", "Jürgen", "", "Germany", "M"],
    ["Dubois", "Zoë", "", "France", "F"],
    ["García", "José", "", "Spain", "M"],
]


def mixed_file(path: Path, rows: list[list[str]], other: str, lines: set[int]) -> Path:
    """UTF-8 text in which the rows on `lines` (1-based) were saved in `other`."""
    parts = [
        csv_text([row]).encode(other if number in lines else "utf-8")
        for number, row in enumerate(rows, start=1)
    ]
    path.write_bytes(b"".join(parts))
    return path


def test_utf8_roster_with_one_cp1252_row_is_refused_naming_the_row(
    capsys: pytest.CaptureFixture[str], db: Path, tmp_path: Path
) -> None:
    path = mixed_file(tmp_path / "europe.csv", EUROPEANS, "cp1252", {4})
    before = stored(db)
    code, out, err = import_cli(capsys, db, path)
    assert code == 1
    assert err.count("\n") == 1, err
    assert "europe.csv" in err and "UTF-8" in err and "line 4" in err
    assert "save" in err.lower()
    assert stored(db) == before
    assert "峄" not in out + err and "黮" not in out + err


def test_each_row_in_another_encoding_is_named(tmp_path: Path) -> None:
    path = mixed_file(tmp_path / "europe.csv", EUROPEANS, "cp1252", {4, 6})
    with pytest.raises(RosterFileError) as info:
        read_roster(path)
    assert "lines 4 and 6" in str(info.value)


def test_excel_csv_utf8_with_a_pasted_cp1252_row_is_refused(tmp_path: Path) -> None:
    # Excel's "CSV UTF-8" starts with a BOM; a row pasted in from a Western file does not fit.
    path = mixed_file(tmp_path / "excel.csv", EUROPEANS, "cp1252", {4})
    path.write_bytes(codecs.BOM_UTF8 + path.read_bytes())
    with pytest.raises(RosterFileError, match=r"excel\.csv mixes text encodings: .* line 4,"):
        read_roster(path)


def test_utf8_japanese_roster_with_one_shift_jis_row_is_refused(
    capsys: pytest.CaptureFixture[str], db: Path, tmp_path: Path
) -> None:
    rows = roster_rows(JAPANESE, "日本", NATIVE_HEADERS["cp932"])
    path = mixed_file(tmp_path / "japan.csv", rows, "cp932", {5})
    before = stored(db)
    code, _, err = import_cli(capsys, db, path)
    assert code == 1
    assert "japan.csv" in err and "line 5" in err and "UTF-8" in err
    assert stored(db) == before


def test_a_file_valid_in_one_legacy_encoding_is_still_read(
    capsys: pytest.CaptureFixture[str], db: Path, tmp_path: Path
) -> None:
    rows = [row[:2] + row[3:] for row in EUROPEANS if row[3] != "Vietnam"]
    path = write_roster(tmp_path / "western.csv", rows, "cp1252")
    code, _, err = import_cli(capsys, db, path)
    assert (code, err) == (0, ""), err
    database, _ = open_database(path=db)
    try:
        names = {(p.family_name, p.given_name) for p in people(database)}
    finally:
        database.dispose()
    assert names == {("Müller", "Jürgen"), ("Dubois", "Zoë"), ("García", "José")}
