"""Column mapping and per-row validation: synonyms, saved mappings, parsers and messages."""

from __future__ import annotations

import datetime as dt
import unicodedata

import pytest
from roster_world import make_program

from sakura_desktop.core.roster import (
    Field,
    MappingError,
    RawRow,
    apply_choices,
    auto_mapping,
    build_mapping,
    check_mapping,
    load_saved_mapping,
    parse_mapping_json,
    save_mapping,
)
from sakura_desktop.core.roster.validation import (
    RowError,
    RowRecord,
    validate_row,
    validate_rows,
)
from sakura_desktop.core.roster.values import (
    parse_date,
    parse_gender,
    parse_role,
    split_full_name,
)
from sakura_desktop.db.engine import Database
from sakura_desktop.db.enums import Gender, Role


@pytest.mark.parametrize(
    ("header", "field"),
    [
        ("氏名", Field.FULL_NAME), ("姓", Field.FAMILY_NAME), ("名", Field.GIVEN_NAME),
        ("国名", Field.COUNTRY), ("国籍", Field.COUNTRY), ("所属", Field.INSTITUTION),
        ("性別", Field.GENDER), ("生年月日", Field.DATE_OF_BIRTH), ("食事制限", Field.DIETARY),
        ("アレルギー", Field.ALLERGIES), ("緊急連絡先", Field.EMERGENCY_CONTACT_NAME),
        ("E-Mail", Field.EMAIL), ("e-mail", Field.EMAIL), ("Passport name", Field.FULL_NAME),
        ("Family Name*", Field.FAMILY_NAME), ("氏名（必須）", Field.FULL_NAME),
        ("ＭＡＩＬ", Field.EMAIL), ("Date of Birth", Field.DATE_OF_BIRTH),
        ("First name", Field.GIVEN_NAME), ("Surname", Field.FAMILY_NAME),
        ("漢字氏名", Field.NATIVE_NAME), ("한글이름", Field.NATIVE_NAME), ("성별", Field.GENDER),
        ("Participant ID", Field.EXTERNAL_ID), ("No.", None), ("Shoe size", None),
    ],
)  # fmt: skip
def test_header_synonyms(header: str, field: Field | None) -> None:
    assert auto_mapping([header]).fields == (field,)


def test_first_column_wins_and_choices_override() -> None:
    mapping = auto_mapping(["Name", "氏名", "Country"])
    assert mapping.fields == (Field.FULL_NAME, None, Field.COUNTRY)
    chosen = apply_choices(mapping, {"氏名": "full_name", "Name": "native_name", "Zzz": None})
    assert chosen.fields == (Field.NATIVE_NAME, Field.FULL_NAME, Field.COUNTRY)
    assert chosen.warnings == ("The mapping names a column 'Zzz' that this file lacks.",)
    with pytest.raises(MappingError, match="both 'Name' and '氏名' into Full name"):
        apply_choices(mapping, {"Name": "full_name", "氏名": "full_name"})
    with pytest.raises(MappingError, match="unknown field 'shoe'"):
        apply_choices(mapping, {"Name": "shoe"})


def test_a_mapping_without_names_is_refused() -> None:
    with pytest.raises(MappingError, match="No column holds the participants' names"):
        check_mapping(auto_mapping(["Country", "Gender"]))


def test_mapping_json() -> None:
    assert parse_mapping_json('{"氏名": "full_name", "No.": null}') == {
        "氏名": "full_name",
        "No.": None,
    }
    with pytest.raises(MappingError, match="not valid JSON"):
        parse_mapping_json("{oops")
    with pytest.raises(MappingError, match="must be a JSON object"):
        parse_mapping_json('["full_name"]')


def test_saved_mapping_is_per_program(database: Database) -> None:
    factory = database.session_factory
    first, second = make_program(database, "A"), make_program(database, "B")
    headers = ["Nom", "Prénom", "Pays"]
    chosen = apply_choices(
        auto_mapping(headers), {"Nom": "family_name", "Prénom": "given_name", "Pays": "country"}
    )
    save_mapping(factory, first.id, chosen)
    assert build_mapping(headers, load_saved_mapping(factory, first.id)).fields == (
        Field.FAMILY_NAME, Field.GIVEN_NAME, Field.COUNTRY,
    )  # fmt: skip
    assert load_saved_mapping(factory, second.id) == {}
    # A later file's columns are added to what was saved, not replacing it.
    save_mapping(
        factory, first.id, apply_choices(auto_mapping(["Gebdat"]), {"Gebdat": "date_of_birth"})
    )
    assert load_saved_mapping(factory, first.id)["Nom"] == "family_name"
    assert load_saved_mapping(factory, first.id)["Gebdat"] == "date_of_birth"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2008-04-05", dt.date(2008, 4, 5)), ("2008/4/5", dt.date(2008, 4, 5)),
        ("2008.04.05", dt.date(2008, 4, 5)), ("05/04/2008", dt.date(2008, 4, 5)),
        ("04/25/2008", dt.date(2008, 4, 25)), ("5.4.2008", dt.date(2008, 4, 5)),
        ("2008年4月5日", dt.date(2008, 4, 5)), ("２００８年４月５日", dt.date(2008, 4, 5)),
        ("平成20年4月5日", dt.date(2008, 4, 5)), ("H20.4.5", dt.date(2008, 4, 5)),
        ("2008년 4월 5일", dt.date(2008, 4, 5)), ("20080405", dt.date(2008, 4, 5)),
        ("5 Apr 2008", dt.date(2008, 4, 5)), ("April 5, 2008", dt.date(2008, 4, 5)),
        ("05-Apr-2008", dt.date(2008, 4, 5)), ("2008-04-05 00:00:00", dt.date(2008, 4, 5)),
        (39543, dt.date(2008, 4, 5)), (39543.0, dt.date(2008, 4, 5)),
        ("39543", dt.date(2008, 4, 5)),
        (dt.datetime(2008, 4, 5, 0, 0), dt.date(2008, 4, 5)), ("", None), (None, None),
    ],
)  # fmt: skip
def test_dates(text: object, expected: dt.date | None) -> None:
    assert parse_date(text) == expected  # type: ignore[arg-type]


@pytest.mark.parametrize("text", ["31/02/2008", "tomorrow", "2008-13-01", "13/13/2008"])
def test_bad_dates_say_how_to_write_them(text: str) -> None:
    with pytest.raises(ValueError, match="write it as YYYY-MM-DD"):
        parse_date(text)


def test_genders_and_roles() -> None:
    for text in ("F", "f", "female", "女", "女性", "여", "Ｆ"):
        assert parse_gender(text) is Gender.FEMALE
    for text in ("M", "male", "男", "男性", "남"):
        assert parse_gender(text) is Gender.MALE
    assert parse_gender("") is Gender.UNSPECIFIED
    assert parse_gender("X") is Gender.OTHER
    with pytest.raises(ValueError, match="write F or M"):
        parse_gender("Q")
    assert parse_role("") == (Role.STUDENT, False)
    assert parse_role("引率教員") == (Role.TEACHER, False)
    assert parse_role("団長") == (Role.TEACHER, True)
    assert parse_role("Interpreter") == (Role.INTERPRETER, False)
    with pytest.raises(ValueError, match="not a role we know"):
        parse_role("astronaut")


@pytest.mark.parametrize(
    ("text", "family", "given"),
    [
        ("YAMADA Taro", "YAMADA", "Taro"), ("YAMADA TARO", "YAMADA", "TARO"),
        ("Jaidee, Somchai", "Jaidee", "Somchai"), ("Somchai Jaidee", "Jaidee", "Somchai"),
        ("NGUYEN Van An", "NGUYEN", "Van An"), ("山田　太郎", "山田", "太郎"),
        ("Budi", "", "Budi"), ("  Maria   Clara  Santos ", "Santos", "Maria Clara"),
    ],
)  # fmt: skip
def test_full_name_split(text: str, family: str, given: str) -> None:
    assert split_full_name(text) == (family, given)


HEADERS = ("ID", "Family name", "Given name", "Native name", "Gender", "Date of birth",
           "E-mail", "Role", "Country")  # fmt: skip


def check(*rows: tuple[object, ...]) -> tuple[list[RowRecord], list[RowError]]:
    mapping = auto_mapping(HEADERS)
    result = validate_rows([RawRow(n + 2, tuple(r)) for n, r in enumerate(rows)], mapping)  # type: ignore[arg-type]
    return list(result.records), list(result.errors)


def test_every_message_names_row_and_column() -> None:
    _, errors = check(
        ("1", "Ok", "Fine", "", "F", "2008-01-01", "a@b.org", "student", "TH"),
        ("2", "", "", "", "Q", "2008-02-30", "not-an-email", "pilot", "Atlantis"),
    )
    assert [str(e) for e in errors] == [
        "Row 3, column “Gender”: “Q” is not a gender we know; write F or M (女/男, "
        "female/male), X for other, or leave it empty.",
        "Row 3, column “Date of birth”: “2008-02-30” is not a date we can read; write it as "
        "YYYY-MM-DD, for example 2008-04-05.",
        "Row 3, column “E-mail”: “not-an-email” is not an e-mail address; write it as "
        "name@example.org.",
        "Row 3, column “Role”: “pilot” is not a role we know; use one of student, teacher, "
        "staff, interpreter, lecturer, guest (or leader).",
        "Row 3, column “Family name”: the name is empty; fill in the family name or the given "
        "name, or remove the row.",
        "Row 3, column “Country”: “Atlantis” is not a country we know; write its English name "
        "or its two-letter ISO code (for example Thailand or TH).",
    ]


def test_future_birth_date_is_refused() -> None:
    _, errors = check(("1", "A", "B", "", "", "2999-01-01", "", "", ""))
    assert errors == [RowError(2, "Date of birth", "2999-01-01 is in the future; check the year.")]


def test_names_normalised_native_kept_but_composed() -> None:
    decomposed = unicodedata.normalize("NFD", "Nguyễn")
    records, errors = check(
        ("1", f"  {decomposed} ", " Văn   An ", f" {decomposed} ", "", "", "", "", "")
    )
    assert errors == []
    values = records[0].values
    assert values["family_name"] == unicodedata.normalize("NFC", "Nguyễn")
    assert values["given_name"] == unicodedata.normalize("NFC", "Văn An")
    # As given (trimmed), but composed: a decomposed native name would not equal the romanised one.
    assert values["native_name"] == unicodedata.normalize("NFC", "Nguyễn")


def test_duplicates_inside_the_file() -> None:
    _, errors = check(
        ("1", "Kim", "Minjun", "", "", "2008-01-15", "kim@example.kr", "", "KR"),
        ("1", "Lee", "Seoyeon", "", "", "", "", "", "KR"),
        ("3", "Park", "Jiho", "", "", "", "KIM@example.kr", "", "KR"),
        ("", "Choi", "Yuna", "", "", "2008-08-08", "", "", "KR"),
        ("", "choi", "yuna", "", "", "2008-08-08", "", "", "South Korea"),
        ("7", "Choi", "Yuna", "", "", "2009-09-09", "", "", "KR"),  # another Choi Yuna
    )
    assert [(e.row, e.column) for e in errors] == [(3, "ID"), (4, "E-mail"), (6, "Family name")]
    assert "also on row 2" in errors[0].message
    assert "also on row 2" in errors[1].message
    assert "as row 5" in errors[2].message


def test_validate_row_keeps_only_the_columns_the_file_has() -> None:
    mapping = auto_mapping(["Name"])
    record = validate_row(RawRow(2, ("SOMCHAI Jaidee",)), mapping)
    assert isinstance(record, RowRecord)
    assert record.values == {"family_name": "SOMCHAI", "given_name": "Jaidee"}
    assert record.delegation is None and not record.fills_delegation
