"""Check and normalise roster rows; every problem names the file's row number and the column.

The value parsers here (dates, genders, roles, e-mails, names) are also what the participant
edit dialog uses, so a value the importer accepts is exactly a value the dialog accepts.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass, field
from typing import TypeVar

from sakura_desktop.core.roster.countries import Country, resolve_country
from sakura_desktop.core.roster.fields import DIRECT_COLUMNS, Field
from sakura_desktop.core.roster.mapping import ColumnMapping
from sakura_desktop.core.roster.readers import Cell, RawRow
from sakura_desktop.db.enums import Gender, Role

Value = str | dt.date | bool | None
EXCEL_EPOCH = dt.date(1899, 12, 30)
EARLIEST_BIRTH = dt.date(1900, 1, 1)
EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s.]+$")
DATE_HINT = "write it as YYYY-MM-DD, for example 2008-04-05"


NameKey = tuple[str, str, dt.date | None, str]


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
    key: str  # how delegations are told apart: the name casefolded


@dataclass(frozen=True)
class RowRecord:
    """One valid row, normalised: the participant columns the file fills, and its delegation."""

    row: int
    values: dict[str, Value]
    delegation: DelegationRef | None
    fills_delegation: bool  # the file has a delegation/country column (blank = no delegation)
    columns: dict[str, str] = field(default_factory=dict)  # participant column -> file header
    identity: NameKey = ("", "", None, "")  # see name_key(); set by the validator
    external_id: str | None = None  # the ID, when the row gives one
    email: str | None = None  # the e-mail, when the row gives one

    @property
    def is_leader(self) -> bool:
        return self.values.get("is_leader") is True

    def name_key(self) -> NameKey:
        """(family, given, birth date, delegation): who the row is when it has no ID or e-mail."""
        return self.identity


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
    value = (text if text.isascii() else unicodedata.normalize("NFKC", text)).strip()
    if not value:
        return None
    if not EMAIL.match(value):
        raise ValueError(f"“{text}” is not an e-mail address; write it as name@example.org.")
    return value


# --- one row ---------------------------------------------------------------------------------
#
# The mapping is turned once into a list of columns to read, each with its parser, so a row costs
# a few dictionary look-ups and string calls (30,000 rows are read in well under a second).
# Parsers of columns whose values repeat (gender, role, birth date, country, delegation) remember
# what each cell gave, errors included.

Parse = Callable[[Cell], Value]
K = TypeVar("K", bound=Hashable)
T = TypeVar("T")


def _text(cell: Cell) -> str:
    """`clean_text(cell_text(cell))`, with no Unicode work for the plain ASCII most cells are."""
    if type(cell) is str:
        text = cell.strip()
        return text if text.isascii() else unicodedata.normalize("NFC", text)
    return clean_text(cell_text(cell))


def _name(cell: Cell) -> str:
    return " ".join(_text(cell).split())


def _external_id(cell: Cell) -> str | None:
    return _text(cell) or None


def _birth(cell: Cell) -> Value:
    value = parse_date(cell)
    if value is not None:
        check_birth_date(value)
    return value


def _role(cell: Cell) -> tuple[Role, bool]:
    return parse_role(cell_text(cell))


def _remembered(parse: Callable[[K], T]) -> Callable[[K], T]:
    """`parse` that parses each distinct value once (remembering its ValueError too).

    Keyed by type as well, since True == 1 == 1.0 would otherwise share one answer.
    """
    values: dict[tuple[type, K], T] = {}
    errors: dict[tuple[type, K], str] = {}

    def parse_once(cell: K) -> T:
        key = (type(cell), cell)
        if key in values:
            return values[key]
        if key in errors:
            raise ValueError(errors[key])
        try:
            value = values[key] = parse(cell)
        except ValueError as exc:
            errors[key] = str(exc)
            raise
        return value

    return parse_once


def _parser(field: Field) -> Parse:
    """A fresh parser for a directly mapped field (fresh: its memory lasts one file)."""
    if field is Field.GENDER:
        return _remembered(lambda cell: parse_gender(cell_text(cell)).value)
    if field is Field.DATE_OF_BIRTH:
        return _remembered(_birth)
    if field is Field.EMAIL:
        return lambda cell: parse_email(cell_text(cell))
    if field in (Field.PREFERRED_NAME, Field.FAMILY_NAME, Field.GIVEN_NAME):
        return _name
    if field is Field.EXTERNAL_ID:
        return _external_id
    return _text  # the native name and free text: NFC, trimmed, inner spacing kept


@dataclass(frozen=True)
class _Column:
    name: str  # the participant column it fills
    index: int  # in the file's row
    header: str  # in the file, for messages
    parse: Parse


class RowValidator:
    """Validates rows against one mapping; build it once per file."""

    def __init__(self, mapping: ColumnMapping) -> None:
        mapped = mapping.mapped()
        self.mapped = mapped
        self.headers = {fld: mapping.headers[i] for fld, i in mapped.items()}
        self.direct = [
            _Column(column, mapped[fld], self.headers[fld], _parser(fld))
            for fld, column in DIRECT_COLUMNS.items()
            if fld in mapped and fld is not Field.ROLE
        ]
        self.role = mapped.get(Field.ROLE)
        self.parse_role = _remembered(_role)
        self.full = mapped.get(Field.FULL_NAME)
        self.native_from_full = self.full is not None and Field.NATIVE_NAME not in mapped
        self.name_header = next(
            (self.headers[f] for f in NAME_ORDER if f in mapped), ""
        )  # where an empty name is reported
        where: list[Field] = [f for f in DELEGATION_FIELDS if f in mapped]
        self.fills_delegation = bool(where)
        self.delegation_parts = tuple(mapped.get(f) for f in DELEGATION_FIELDS)
        self.delegation = _remembered(self._delegation)  # keyed by the three cells
        self.sources = self._sources(where)

    def _sources(self, where: list[Field]) -> dict[str, str]:
        """Participant column -> the file's header that fills it, shared by every record."""
        sources = {column.name: column.header for column in self.direct}
        if self.role is not None:
            sources["role"] = sources["is_leader"] = self.headers[Field.ROLE]
        if self.full is not None:
            sources.setdefault("family_name", self.headers[Field.FULL_NAME])
            sources.setdefault("given_name", self.headers[Field.FULL_NAME])
            if self.native_from_full:
                sources["native_name"] = self.headers[Field.FULL_NAME]
        sources["delegation_id"] = self.headers[where[0]] if where else ""
        return sources

    def validate(self, row: RawRow) -> RowRecord | list[RowError]:
        """The normalised record for one row, or every problem it has."""
        cells = row.cells
        values: dict[str, Value] = {}
        errors: list[RowError] = []
        for column in self.direct:
            try:
                values[column.name] = column.parse(cells[column.index])
            except ValueError as exc:
                values[column.name] = None
                errors.append(RowError(row.number, column.header, str(exc)))
        if self.role is not None:
            try:
                role, leader = self.parse_role(cells[self.role])
                values["role"], values["is_leader"] = role.value, leader
            except ValueError as exc:
                errors.append(RowError(row.number, self.headers[Field.ROLE], str(exc)))
        self._names(row, values, errors)
        delegation = self._delegation_of(row, errors)
        if errors:
            return errors
        dob = values.get("date_of_birth")
        identity = (
            str(values.get("family_name") or "").casefold(),
            str(values.get("given_name") or "").casefold(),
            dob if isinstance(dob, dt.date) else None,
            delegation.key if delegation is not None else "",
        )
        external_id, email = values.get("external_id"), values.get("email")
        return RowRecord(
            row.number,
            values,
            delegation,
            self.fills_delegation,
            self.sources,
            identity,
            external_id if isinstance(external_id, str) and external_id else None,
            email if isinstance(email, str) and email else None,
        )

    def _names(self, row: RawRow, values: dict[str, Value], errors: list[RowError]) -> None:
        family = values.get("family_name") or ""
        given = values.get("given_name") or ""
        if self.full is not None and not family and not given:
            full = _name(row.cells[self.full])
            if full:
                family, given = split_full_name(full)
                values["family_name"], values["given_name"] = family, given
                if self.native_from_full and not _is_latin(full):
                    values["native_name"] = _text(row.cells[self.full])
        if not family and not given:
            errors.append(
                RowError(
                    row.number,
                    self.name_header,
                    "the name is empty; fill in the family name or the given name, or remove "
                    "the row.",
                )
            )

    def _delegation_of(self, row: RawRow, errors: list[RowError]) -> DelegationRef | None:
        if not self.fills_delegation:
            return None
        cells = tuple(None if i is None else row.cells[i] for i in self.delegation_parts)
        try:
            return self.delegation(cells)
        except ValueError as exc:
            errors.append(RowError(row.number, self.headers[Field.COUNTRY], str(exc)))
            return None

    @staticmethod
    def _delegation(cells: tuple[Cell, ...]) -> DelegationRef | None:
        delegation_cell, country_cell, institution_cell = cells
        country: Country | None = None
        country_text = _text(country_cell)
        if country_text:
            country = resolve_country(country_text)
            if country is None:
                raise ValueError(
                    f"“{country_text}” is not a country we know; write its English name or its "
                    "two-letter ISO code (for example Thailand or TH)."
                )
        # Named by the delegation column, else by the sending institution (so the badge reads
        # "Peking University / China", not "China / China"), else by the country.
        institution = _name(institution_cell)
        name = _name(delegation_cell) or institution or (country.name if country else "")
        if not name:
            return None
        return DelegationRef(name, country, institution, name.casefold())


NAME_ORDER = (Field.FAMILY_NAME, Field.GIVEN_NAME, Field.FULL_NAME)
DELEGATION_FIELDS = (Field.DELEGATION, Field.COUNTRY, Field.INSTITUTION)


def validate_row(row: RawRow, mapping: ColumnMapping) -> RowRecord | list[RowError]:
    """The normalised record for one row, or every problem it has."""
    return RowValidator(mapping).validate(row)


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
    validator = RowValidator(mapping)
    records: list[RowRecord] = []
    errors: list[RowError] = []
    for done, row in enumerate(rows, start=1):
        result = validator.validate(row)
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
    by_name: dict[NameKey, list[RowRecord]] = {}
    for record in records:
        external_id, email = record.external_id, record.email
        folded = email.casefold() if email else ""
        if external_id and external_id in by_id:
            errors.append(_repeated_id(record, external_id, by_id[external_id]))
        elif folded and folded in by_email:
            errors.append(_repeated_email(record, email or "", by_email[folded]))
        elif (same := _same_person(record, by_name.get(record.identity, ()))) is not None:
            errors.append(same)
        else:
            if external_id:
                by_id[external_id] = record
            if folded:
                by_email[folded] = record
            by_name.setdefault(record.identity, []).append(record)
    return errors


def _repeated_id(record: RowRecord, external_id: str, first: RowRecord) -> RowError:
    return RowError(
        record.row,
        record.columns["external_id"],
        f"the ID “{external_id}” is also on row {first.row}; each participant appears once. "
        "Remove one row or correct the ID.",
    )


def _repeated_email(record: RowRecord, email: str, first: RowRecord) -> RowError:
    return RowError(
        record.row,
        record.columns["email"],
        f"the e-mail {email} is also on row {first.row}; each participant needs their own "
        "address (or leave it empty).",
    )


def _same_person(record: RowRecord, others: Sequence[RowRecord]) -> RowError | None:
    for other in others:
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
