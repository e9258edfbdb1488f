"""Check and normalise roster rows; every problem names the file's row number and the column.

The value parsers here (dates, genders, roles, e-mails, names) are also what the participant
edit dialog uses, so a value the importer accepts is exactly a value the dialog accepts.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from sakura_desktop.core.roster.countries import Country, resolve_country
from sakura_desktop.core.roster.fields import DIRECT_COLUMNS, Field
from sakura_desktop.core.roster.mapping import ColumnMapping
from sakura_desktop.core.roster.readers import Cell, RawRow
from sakura_desktop.core.roster.wording import plural
from sakura_desktop.db.enums import Gender, Role

Value = str | dt.date | bool | None
EXCEL_EPOCH = dt.date(1899, 12, 30)
EARLIEST_BIRTH = dt.date(1900, 1, 1)
EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s.]+$")
DATE_HINT = "write it as YYYY-MM-DD, for example 2008-04-05"


@dataclass(frozen=True)
class RowError:
    row: int  # the row (XLSX) or line (CSV) number in the file
    column: str  # the column's header in the file
    message: str  # what is wrong and what to do

    def __str__(self) -> str:
        where = f"Row {self.row}" + (f", column “{self.column}”" if self.column else "")
        return f"{where}: {self.message}"


@dataclass(frozen=True)
class DelegationRef:
    name: str
    country: Country | None
    institution: str


@dataclass(frozen=True)
class RowRecord:
    """One valid row, normalised: the participant columns the file fills, and its delegation."""

    row: int
    values: dict[str, Value]
    delegation: DelegationRef | None
    fills_delegation: bool  # the file has a delegation/country column (blank = no delegation)
    columns: dict[str, str] = field(default_factory=dict)  # participant column -> file header

    @property
    def external_id(self) -> str | None:
        value = self.values.get("external_id")
        return value if isinstance(value, str) and value else None

    @property
    def email(self) -> str | None:
        value = self.values.get("email")
        return value if isinstance(value, str) and value else None

    @property
    def is_leader(self) -> bool:
        return self.values.get("is_leader") is True

    def name_key(self) -> tuple[str, str, dt.date | None, str]:
        dob = self.values.get("date_of_birth")
        delegation = self.delegation.name.casefold() if self.delegation else ""
        return (
            str(self.values.get("family_name", "")).casefold(),
            str(self.values.get("given_name", "")).casefold(),
            dob if isinstance(dob, dt.date) else None,
            delegation,
        )


# --- value parsers (shared with the edit dialog) ---------------------------------------------


def cell_text(cell: Cell) -> str:
    """A cell as text: Excel's 1001.0 is "1001", dates are ISO, nothing is ""."""
    if cell is None:
        return ""
    if isinstance(cell, bool):
        return "yes" if cell else "no"
    if isinstance(cell, float) and cell.is_integer():
        return str(int(cell))
    if isinstance(cell, dt.datetime | dt.date | dt.time):
        return cell.isoformat()
    return str(cell)


def clean_text(text: str) -> str:
    """Unicode NFC, trimmed (free text such as dietary needs keeps its inner spacing)."""
    return unicodedata.normalize("NFC", text).strip()


def clean_name(text: str) -> str:
    """NFC, trimmed, runs of spaces (including ideographic spaces) folded to one."""
    return " ".join(unicodedata.normalize("NFC", text).split())


def clean_native(text: str) -> str:
    """The native-script name as given (its inner spacing kept), in NFC and trimmed.

    NFC because files exported on a Mac hold decomposed letters (NFD): stored so, "Nguyễn" would
    not equal the romanised "Nguyễn" and the badge would print the name twice.
    """
    return unicodedata.normalize("NFC", text).strip()


def _is_latin(text: str) -> bool:
    return all(ord(ch) < 0x250 or not ch.isalpha() for ch in text)


def split_full_name(text: str) -> tuple[str, str]:
    """(family, given) from one name column.

    "Family, Given" and passport style "FAMILY Given" put the family name first, as do names in
    CJK scripts; otherwise the last word is the family name ("Somchai Jaidee"). One word is a
    given name (mononyms).
    """
    name = clean_name(text)
    if "," in name:
        family, _, given = name.partition(",")
        return clean_name(family), clean_name(given)
    words = name.split(" ")
    if len(words) == 1:
        return "", name
    first = words[0]
    if not _is_latin(name) or (first.isupper() and len(first) > 1):
        return first, " ".join(words[1:])
    return words[-1], " ".join(words[:-1])


_ERAS = {"明治": 1867, "大正": 1911, "昭和": 1925, "平成": 1988, "令和": 2018,
         "m": 1867, "t": 1911, "s": 1925, "h": 1988, "r": 2018}  # fmt: skip
_YMD = re.compile(r"^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$")
_DMY = re.compile(r"^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$")
_CJK = re.compile(r"^(\d{4})\s*[年년]\s*(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日일号]?$")
_ERA = re.compile(
    r"^(明治|大正|昭和|平成|令和|[mtshr])\s*(\d{1,2}|元)\s*[年.]\s*(\d{1,2})\s*[月.]\s*(\d{1,2})\s*日?$"
)
_MONTH_FORMATS = ("%d %b %Y", "%d %B %Y", "%b %d %Y", "%B %d %Y")


def parse_date(cell: Cell) -> dt.date | None:
    """A date from the usual spellings or an Excel serial number; None for an empty cell.

    Raises ValueError with a message for the user. Day-first (05/04/2008 is 5 April) unless
    only month-first makes sense (04/25/2008).
    """
    if cell is None or (isinstance(cell, str) and not cell.strip()):
        return None
    if isinstance(cell, dt.datetime):
        return cell.date()
    if isinstance(cell, dt.date):
        return cell
    if isinstance(cell, int | float) and not isinstance(cell, bool):
        return _from_serial(float(cell))
    text = unicodedata.normalize("NFKC", str(cell)).strip().lower()
    text = re.sub(r"[ t]\d{1,2}:\d{2}(:\d{2}(\.\d+)?)?$", "", text).strip()
    parsed = _parse_date_text(text)
    if parsed is None:
        raise ValueError(f"“{cell}” is not a date we can read; {DATE_HINT}.")
    return parsed


def _from_serial(value: float) -> dt.date:
    if not 1 <= value < 2958466:
        raise ValueError(f"{value:g} is not a date; {DATE_HINT}.")
    return EXCEL_EPOCH + dt.timedelta(days=int(value))


def _parse_date_text(text: str) -> dt.date | None:
    try:
        if match := _YMD.match(text) or _CJK.match(text):
            return dt.date(int(match[1]), int(match[2]), int(match[3]))
        if match := _DMY.match(text):
            first, second, year = int(match[1]), int(match[2]), int(match[3])
            if second > 12 >= first:
                return dt.date(year, first, second)
            return dt.date(year, second, first)
        if match := _ERA.match(text):
            year = 1 if match[2] == "元" else int(match[2])
            return dt.date(_ERAS[match[1]] + year, int(match[3]), int(match[4]))
        if re.fullmatch(r"\d{8}", text):
            return dt.date(int(text[:4]), int(text[4:6]), int(text[6:]))
        if re.fullmatch(r"\d{5}(\.0+)?", text):
            return _from_serial(float(text))
    except ValueError:
        return None
    words = " ".join(re.sub(r"[,\-]", " ", text).split())
    for fmt in _MONTH_FORMATS:
        try:
            return dt.datetime.strptime(words, fmt).date()
        except ValueError:
            continue
    return None


def check_birth_date(value: dt.date, today: dt.date | None = None) -> None:
    today = today or dt.date.today()
    if value > today:
        raise ValueError(f"{value.isoformat()} is in the future; check the year.")
    if value < EARLIEST_BIRTH:
        raise ValueError(f"{value.isoformat()} is before 1900; check the year.")


def _words(mapping: dict[str, tuple[str, ...]]) -> dict[str, str]:
    return {unicodedata.normalize("NFKC", w).casefold(): key for key, ws in mapping.items()
            for w in (key, *ws)}  # fmt: skip


_GENDERS = _words(
    {
        Gender.FEMALE.value: (
            "f",
            "w",
            "woman",
            "girl",
            "女",
            "女性",
            "女子",
            "おんな",
            "女生",
            "여",
            "여자",
            "여성",
        ),
        Gender.MALE.value: (
            "m",
            "man",
            "boy",
            "男",
            "男性",
            "男子",
            "おとこ",
            "男生",
            "남",
            "남자",
            "남성",
        ),
        Gender.OTHER.value: ("x", "non-binary", "nonbinary", "diverse", "その他", "其他", "기타"),
        Gender.UNSPECIFIED.value: (
            "",
            "-",
            "unknown",
            "n/a",
            "na",
            "prefer not to say",
            "未回答",
            "回答しない",
            "不明",
            "無回答",
        ),
    }
)
_LEADER = "leader"
_ROLES = _words(
    {
        Role.STUDENT.value: (
            "s",
            "pupil",
            "学生",
            "生徒",
            "児童",
            "参加学生",
            "高校生",
            "大学生",
            "大学院生",
            "学員",
            "学员",
            "학생",
            "participant",
        ),
        Role.TEACHER.value: (
            "t",
            "chaperone",
            "supervisor",
            "accompanying teacher",
            "教員",
            "教師",
            "先生",
            "引率",
            "引率者",
            "引率教員",
            "引率教師",
            "教师",
            "老師",
            "老师",
            "교사",
            "선생님",
            "인솔교사",
        ),
        _LEADER: (
            "delegation leader",
            "head",
            "team leader",
            "head of delegation",
            "団長",
            "代表",
            "团长",
            "團長",
            "단장",
        ),
        Role.STAFF.value: (
            "coordinator",
            "スタッフ",
            "職員",
            "事務局",
            "コーディネーター",
            "工作人员",
            "工作人員",
            "직원",
            "스태프",
        ),
        Role.INTERPRETER.value: (
            "translator",
            "通訳",
            "翻訳",
            "翻译",
            "翻譯",
            "口译",
            "통역",
            "통역사",
        ),
        Role.LECTURER.value: ("speaker", "professor", "講師", "教授", "讲师", "講者", "강사"),
        Role.GUEST.value: (
            "visitor",
            "observer",
            "ゲスト",
            "来賓",
            "見学者",
            "嘉宾",
            "嘉賓",
            "귀빈",
            "게스트",
        ),
    }
)


def parse_gender(text: str) -> Gender:
    key = unicodedata.normalize("NFKC", text).strip().casefold()
    if key in _GENDERS:
        return Gender(_GENDERS[key])
    raise ValueError(
        f"“{text}” is not a gender we know; write F or M (女/男, female/male), X for other, "
        "or leave it empty."
    )


def parse_role(text: str) -> tuple[Role, bool]:
    """(role, is delegation leader); empty means student. A leader is a teacher who leads."""
    key = unicodedata.normalize("NFKC", text).strip().casefold()
    if not key:
        return Role.STUDENT, False
    if key in _ROLES:
        found = _ROLES[key]
        return (Role.TEACHER, True) if found == _LEADER else (Role(found), False)
    known = ", ".join(role.value for role in Role)
    raise ValueError(f"“{text}” is not a role we know; use one of {known} (or leader).")


def parse_email(text: str) -> str | None:
    value = unicodedata.normalize("NFKC", text).strip()
    if not value:
        return None
    if not EMAIL.match(value):
        raise ValueError(f"“{text}” is not an e-mail address; write it as name@example.org.")
    return value


# --- one row ---------------------------------------------------------------------------------


class _RowReader:
    """Reads one raw row through the mapping, collecting errors instead of stopping."""

    def __init__(self, row: RawRow, mapping: ColumnMapping, columns: dict[Field, int]) -> None:
        self.row = row
        self.mapping = mapping
        self.columns = columns
        self.errors: list[RowError] = []

    def raw(self, field: Field) -> Cell:
        index = self.columns.get(field)
        return None if index is None else self.row.cells[index]

    def text(self, field: Field) -> str:
        return cell_text(self.raw(field))

    def header(self, field: Field) -> str:
        index = self.columns.get(field)
        return "" if index is None else self.mapping.headers[index]

    def error(self, field: Field, message: str) -> None:
        self.errors.append(RowError(self.row.number, self.header(field), message))

    def parse(self, field: Field, parser: Callable[[Cell], Value]) -> Value:
        try:
            return parser(self.raw(field))
        except ValueError as exc:
            self.error(field, str(exc))
            return None


def _text_value(field: Field) -> Callable[[Cell], Value]:
    if field in (Field.PREFERRED_NAME, Field.FAMILY_NAME, Field.GIVEN_NAME):
        return lambda cell: clean_name(cell_text(cell))
    if field is Field.NATIVE_NAME:
        return lambda cell: clean_native(cell_text(cell))
    if field is Field.EXTERNAL_ID:
        return lambda cell: clean_text(cell_text(cell)) or None
    return lambda cell: clean_text(cell_text(cell))


def _birth(cell: Cell) -> Value:
    value = parse_date(cell)
    if value is not None:
        check_birth_date(value)
    return value


_PARSERS: dict[Field, Callable[[Cell], Value]] = {
    Field.GENDER: lambda cell: parse_gender(cell_text(cell)).value,
    Field.DATE_OF_BIRTH: _birth,
    Field.EMAIL: lambda cell: parse_email(cell_text(cell)),
}


def validate_row(row: RawRow, mapping: ColumnMapping) -> RowRecord | list[RowError]:
    """The normalised record for one row, or every problem it has."""
    columns = mapping.mapped()
    reader = _RowReader(row, mapping, columns)
    values: dict[str, Value] = {}
    sources: dict[str, str] = {}
    for fld, column in DIRECT_COLUMNS.items():
        if fld in columns and fld is not Field.ROLE:
            values[column] = reader.parse(fld, _PARSERS.get(fld) or _text_value(fld))
            sources[column] = reader.header(fld)
    if Field.ROLE in columns:
        _read_role(reader, values, sources)
    _read_names(reader, values, sources)
    delegation = _read_delegation(reader)
    where = (Field.DELEGATION, Field.COUNTRY, Field.INSTITUTION)
    sources["delegation_id"] = next((reader.header(f) for f in where if f in columns), "")
    if reader.errors:
        return reader.errors
    fills = any(f in columns for f in (Field.DELEGATION, Field.COUNTRY, Field.INSTITUTION))
    return RowRecord(row.number, values, delegation, fills, sources)


def _read_role(reader: _RowReader, values: dict[str, Value], sources: dict[str, str]) -> None:
    try:
        role, leader = parse_role(reader.text(Field.ROLE))
    except ValueError as exc:
        reader.error(Field.ROLE, str(exc))
        return
    values["role"], values["is_leader"] = role.value, leader
    sources["role"] = sources["is_leader"] = reader.header(Field.ROLE)


def _read_names(reader: _RowReader, values: dict[str, Value], sources: dict[str, str]) -> None:
    family = str(values.get("family_name") or "")
    given = str(values.get("given_name") or "")
    full = clean_name(reader.text(Field.FULL_NAME))
    if Field.FULL_NAME in reader.columns and not family and not given and full:
        family, given = split_full_name(full)
        values["family_name"], values["given_name"] = family, given
        header = reader.header(Field.FULL_NAME)
        sources.setdefault("family_name", header)
        sources.setdefault("given_name", header)
        if Field.NATIVE_NAME not in reader.columns and not _is_latin(full):
            values["native_name"] = clean_native(reader.text(Field.FULL_NAME))
            sources["native_name"] = header
    if not family and not given:
        name_fields = (Field.FAMILY_NAME, Field.GIVEN_NAME, Field.FULL_NAME)
        header = next((reader.header(f) for f in name_fields if f in reader.columns), "")
        reader.errors.append(
            RowError(
                reader.row.number,
                header,
                "the name is empty; fill in the family name or the given name, or remove the row.",
            )
        )


def _read_delegation(reader: _RowReader) -> DelegationRef | None:
    country: Country | None = None
    country_text = clean_text(reader.text(Field.COUNTRY))
    if country_text:
        country = resolve_country(country_text)
        if country is None:
            reader.error(
                Field.COUNTRY,
                f"“{country_text}” is not a country we know; write its English name or its "
                "two-letter ISO code (for example Thailand or TH).",
            )
    # Named by the delegation column, else by the sending institution (so the badge reads
    # "Peking University / China", not "China / China"), else by the country.
    institution = clean_name(reader.text(Field.INSTITUTION))
    name = (
        clean_name(reader.text(Field.DELEGATION))
        or institution
        or (country.name if country else "")
    )
    if not name:
        return None
    return DelegationRef(name, country, institution)


# --- the whole file --------------------------------------------------------------------------


@dataclass(frozen=True)
class FileCheck:
    records: tuple[RowRecord, ...]
    errors: tuple[RowError, ...]  # in row order
    rows_with_errors: frozenset[int]


def validate_rows(
    rows: Sequence[RawRow],
    mapping: ColumnMapping,
    *,
    tick: Callable[[int], None] | None = None,
) -> FileCheck:
    """Validate every row, then look for the same person twice inside the file."""
    records: list[RowRecord] = []
    errors: list[RowError] = []
    for done, row in enumerate(rows, start=1):
        result = validate_row(row, mapping)
        if isinstance(result, RowRecord):
            records.append(result)
        else:
            errors.extend(result)
        if tick is not None and done % 1000 == 0:
            tick(done)
    errors.extend(find_duplicates(records))
    errors.sort(key=lambda e: e.row)
    bad = frozenset(e.row for e in errors)
    return FileCheck(tuple(r for r in records if r.row not in bad), tuple(errors), bad)


def find_duplicates(records: Sequence[RowRecord]) -> list[RowError]:
    """Rows that repeat an earlier row's ID, e-mail, or name + birth date + delegation."""
    errors: list[RowError] = []
    by_id: dict[str, RowRecord] = {}
    by_email: dict[str, RowRecord] = {}
    by_name: dict[tuple[str, str, dt.date | None, str], list[RowRecord]] = {}
    for record in records:
        problem = _duplicate_of(record, by_id, by_email, by_name)
        if problem is not None:
            errors.append(problem)
            continue
        if record.external_id:
            by_id[record.external_id] = record
        if record.email:
            by_email[record.email.casefold()] = record
        by_name.setdefault(record.name_key(), []).append(record)
    return errors


def _duplicate_of(
    record: RowRecord,
    by_id: dict[str, RowRecord],
    by_email: dict[str, RowRecord],
    by_name: dict[tuple[str, str, dt.date | None, str], list[RowRecord]],
) -> RowError | None:
    if record.external_id and record.external_id in by_id:
        first = by_id[record.external_id]
        return RowError(
            record.row,
            record.columns["external_id"],
            f"the ID “{record.external_id}” is also on row {first.row}; each "
            "participant appears once. Remove one row or correct the ID.",
        )
    if record.email and record.email.casefold() in by_email:
        first = by_email[record.email.casefold()]
        return RowError(
            record.row,
            record.columns["email"],
            f"the e-mail {record.email} is also on row {first.row}; each participant "
            "needs their own address (or leave it empty).",
        )
    for other in by_name.get(record.name_key(), []):
        if _distinguishable(record, other):
            continue
        return RowError(
            record.row,
            record.columns.get("family_name", ""),
            f"the same name, date of birth and delegation as row {other.row}. "
            "Remove the repeated row; if they are two people, give them IDs or "
            "dates of birth.",
        )
    return None


def _distinguishable(a: RowRecord, b: RowRecord) -> bool:
    ids = a.external_id and b.external_id and a.external_id != b.external_id
    emails = a.email and b.email and a.email.casefold() != b.email.casefold()
    return bool(ids or emails)


# --- columns no field reads ------------------------------------------------------------------


@dataclass(frozen=True)
class ColumnProfile:
    """What one column holds, enough to tell whether leaving it out loses names."""

    filled: int  # rows with something in this column
    non_latin: int  # rows whose text has letters of another script than Latin


@functools.cache
def _is_latin_letter(char: str) -> bool:
    return unicodedata.name(char, "").startswith("LATIN")


def holds_non_latin(text: str) -> bool:
    """Letters of a non-Latin script in the text ("Müller" and "Nguyễn" are Latin)."""
    if text.isascii():
        return False
    return any(ch.isalpha() and not _is_latin_letter(ch) for ch in text)


def profile_columns(
    rows: Sequence[RawRow], columns: Sequence[int] | None = None
) -> dict[int, ColumnProfile]:
    """{column index: profile} for the given columns (all of them by default)."""
    width = len(rows[0].cells) if rows else 0
    wanted = range(width) if columns is None else columns
    profiles: dict[int, ColumnProfile] = {}
    for index in wanted:
        texts = [cell_text(row.cells[index]).strip() for row in rows]
        filled = [text for text in texts if text]
        profiles[index] = ColumnProfile(len(filled), sum(map(holds_non_latin, filled)))
    return profiles


# Header words of a column that holds people's names, in the Latin-script languages rosters come
# in (a non-Latin column is reported for its text anyway).
_NAME_WORDS = ("name", "surname", "tên", "họ", "nom", "nombre", "nama", "vorname")


def _names_people(header: str) -> bool:
    words = unicodedata.normalize("NFKC", header).casefold().replace("_", " ").split()
    return any(word.strip("()[]:*") in _NAME_WORDS or "name" in word for word in words)


def unmapped_column_warnings(
    mapping: ColumnMapping, profiles: dict[int, ColumnProfile]
) -> tuple[str, ...]:
    """One sentence for each column no field reads that holds names or non-Latin text: the
    file's data the import would drop without a word."""
    warnings: list[str] = []
    for index, (header, field_) in enumerate(zip(mapping.headers, mapping.fields, strict=True)):
        profile = profiles.get(index)
        if field_ is not None or profile is None or not profile.filled:
            continue
        if profile.non_latin:
            holds = f"holds non-Latin text in {plural(profile.non_latin, 'row')}"
        elif _names_people(header):
            holds = f"looks like it holds names ({plural(profile.filled, 'row')} filled in)"
        else:
            continue
        warnings.append(
            f"Column {header!r} {holds} but is not mapped to any field; choose its field or it "
            "will not be imported."
        )
    return tuple(warnings)
