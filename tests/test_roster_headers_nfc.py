"""Headers as delegations really write them (full-width brackets, qualifiers, two languages in
one cell) find their field; names stored in one Unicode form (NFC) whatever form the file used,
so a native name that repeats the romanised one is recognised as a repeat on the badge."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest
from roster_world import people, write_csv

from sakura_desktop import cli
from sakura_desktop.core.documents.content import badge_person
from sakura_desktop.core.documents.data import load_people
from sakura_desktop.core.roster import Field
from sakura_desktop.core.roster.mapping import guess_field, synonym_conflicts
from sakura_desktop.db.engine import Database
from sakura_desktop.db.lifecycle import open_database
from sakura_desktop.printing.badges import _native_shown

HEADERS: list[tuple[str, Field | None]] = [
    # Japanese
    ("氏名（現地表記）", Field.NATIVE_NAME),
    ("氏名(現地表記)", Field.NATIVE_NAME),
    ("氏名（漢字）", Field.NATIVE_NAME),
    ("氏名（ローマ字）", Field.FULL_NAME),
    ("氏名（パスポート表記）", Field.FULL_NAME),
    ("氏名（フリガナ）", None),  # a kana reading, not the name in the native script
    ("姓（ローマ字）", Field.FAMILY_NAME),
    ("姓（漢字）", None),  # a native family name alone: no field holds it (and it is reported)
    ("生年月日（西暦）", Field.DATE_OF_BIRTH),
    ("メールアドレス（任意）", Field.EMAIL),
    ("所属機関（大学・学校名）", Field.INSTITUTION),
    ("緊急連絡先（電話番号）", Field.EMERGENCY_CONTACT_PHONE),
    ("国籍 / Nationality", Field.COUNTRY),
    ("【必須】氏名", Field.FULL_NAME),
    ("ＮＡＭＥ", Field.FULL_NAME),
    ("学校名", Field.INSTITUTION),
    # Chinese
    ("姓名（中文）", Field.NATIVE_NAME),
    ("姓名（拼音）", Field.FULL_NAME),
    ("中文姓名", Field.NATIVE_NAME),
    ("学校名称", Field.INSTITUTION),
    ("机构", Field.INSTITUTION),
    ("单位", Field.INSTITUTION),
    ("國籍", Field.COUNTRY),
    # Korean
    ("성명(한글)", Field.NATIVE_NAME),
    ("성명 (영문)", Field.FULL_NAME),
    ("소속", Field.INSTITUTION),
    ("학교", Field.INSTITUTION),
    # English
    ("Name (as in passport)", Field.FULL_NAME),
    ("NAME (AS IN PASSPORT)", Field.FULL_NAME),
    ("Full name (native script)", Field.NATIVE_NAME),
    ("Name (Chinese characters)", Field.NATIVE_NAME),
    ("Family Name (Passport)", Field.FAMILY_NAME),
    ("Given name(s)", Field.GIVEN_NAME),
    ("Name (Katakana)", None),
    ("Date of birth (YYYY-MM-DD)", Field.DATE_OF_BIRTH),
    ("E-mail address *", Field.EMAIL),
    ("Emergency contact (phone)", Field.EMERGENCY_CONTACT_PHONE),
    ("Institution (full name)", Field.INSTITUTION),
    ("Affiliation", Field.INSTITUTION),
    ("  sex  ", Field.GENDER),
    # Bilingual: a local header with its English gloss
    ("Họ và tên (Full name)", Field.FULL_NAME),
    ("Trường / School", Field.INSTITUTION),
    ("Ghi chú (tên)", None),
    ("Comments on the name", None),
]


@pytest.mark.parametrize(("header", "field"), HEADERS, ids=[h for h, _ in HEADERS])
def test_real_world_headers_find_their_field(header: str, field: Field | None) -> None:
    assert guess_field(header) == field


def test_no_header_spelling_is_claimed_by_two_fields() -> None:
    assert synonym_conflicts() == {}


def stored(path: Path) -> list[tuple[str, str, str]]:
    database, _ = open_database(path=path)
    try:
        return [(p.family_name, p.given_name, p.native_name) for p in people(database)]
    finally:
        database.dispose()


def test_native_names_under_a_full_width_bracket_header_are_imported(
    capsys: pytest.CaptureFixture[str], db: Path, tmp_path: Path
) -> None:
    rows = [
        ["姓（ローマ字）", "名（ローマ字）", "氏名（現地表記）", "国籍", "生年月日（西暦）"],
        ["Yamada", "Taro", "山田 太郎", "日本", "2008-04-05"],
        ["Sato", "Hanako", "佐藤 花子", "日本", "2008-05-06"],
    ]
    path = write_csv(tmp_path / "jp.csv", rows, "utf-8")
    code = cli.main(["import-roster", "--db", str(db), str(path)])
    out = capsys.readouterr().out
    assert code == 0, out
    assert "Warning" not in out  # every column found its field
    assert stored(db) == [("Yamada", "Taro", "山田 太郎"), ("Sato", "Hanako", "佐藤 花子")]


NFD_ROWS = [
    ["Family name", "Given name", "Native name", "Preferred name", "Country", "Dietary needs"],
    ["Nguyễn", "Văn An", "Nguyễn Văn An", "", "Việt Nam", "Ăn chay"],
    ["Trần", "Thị Bình", "", "Bình", "Vietnam", ""],
    ["Lê", "Đức Chí", "Lê Đức Chí", "", "VN", ""],
]


def nfd_roster(folder: Path) -> Path:
    """The roster as a Mac exports it: every cell in decomposed form (NFD)."""
    rows = [[unicodedata.normalize("NFD", cell) for cell in row] for row in NFD_ROWS]
    path = write_csv(folder / "vn.csv", rows, "utf-8")
    assert "e\u0302\u0303" in path.read_text(encoding="utf-8")  # really decomposed on disk
    return path


def test_a_decomposed_roster_is_stored_composed_and_prints_the_name_once(
    capsys: pytest.CaptureFixture[str], db: Path, tmp_path: Path
) -> None:
    code = cli.main(["import-roster", "--db", str(db), str(nfd_roster(tmp_path))])
    assert code == 0, capsys.readouterr()
    database, _ = open_database(path=db)
    try:
        for person in people(database):
            for text in (person.family_name, person.given_name, person.native_name,
                         person.preferred_name, person.dietary):  # fmt: skip
                assert unicodedata.is_normalized("NFC", text), repr(text)
        assert [p.native_name for p in people(database)] == ["Nguyễn Văn An", "", "Lê Đức Chí"]
        shown = native_shown_on_badges(database)
    finally:
        database.dispose()
    # The native name only repeats the romanised one: the badge prints it once.
    assert shown == {"Nguyễn": "", "Trần": "", "Lê": ""}


def native_shown_on_badges(database: Database) -> dict[str, str]:
    with database.session() as session:
        program_id = people(database)[0].program_id
        facts = load_people(session, program_id)
    return {p.family_name: _native_shown(badge_person(p, "token", None)) for p in facts}


def test_the_same_file_again_in_the_other_form_changes_nothing(
    capsys: pytest.CaptureFixture[str], db: Path, tmp_path: Path
) -> None:
    composed = write_csv(tmp_path / "vn-nfc.csv", NFD_ROWS, "utf-8")
    assert cli.main(["import-roster", "--db", str(db), str(composed)]) == 0
    capsys.readouterr()
    assert cli.main(["import-roster", "--db", str(db), str(nfd_roster(tmp_path))]) == 0
    assert "created 0, updated 0, unchanged 3" in capsys.readouterr().out


def test_a_native_name_repeating_the_legal_name_is_not_printed_beside_a_preferred_one(
    capsys: pytest.CaptureFixture[str], db: Path, tmp_path: Path
) -> None:
    """The badge shows the preferred name large; the native line still only repeats the legal
    romanised name (in any case), so it is left out."""
    rows = [
        ["Family name", "Given name", "Native name", "Preferred name", "Country"],
        ["NGUYỄN", "Văn An", "Nguyễn Văn An", "An", "Vietnam"],
        ["Phạm", "Thu Hà", "Phạm Thị Thu Hà", "Hà", "Vietnam"],  # a middle name: not a repeat
    ]
    path = write_csv(tmp_path / "vn-preferred.csv", rows, "utf-8")
    assert cli.main(["import-roster", "--db", str(db), str(path)]) == 0, capsys.readouterr()
    database, _ = open_database(path=db)
    try:
        shown = native_shown_on_badges(database)
    finally:
        database.dispose()
    assert shown == {"NGUYỄN": "", "Phạm": "Phạm Thị Thu Hà"}
