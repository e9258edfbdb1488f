"""Check and normalise roster rows; every problem names the file's row number and the column.

The value parsers (dates, genders, roles, e-mails, names) live in `values`, shared with the
participant edit dialog.
"""

from __future__ import annotations

import datetime as dt
import unicodedata
from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass, field
from typing import TypeVar

from sakura_desktop.core.roster.countries import Country, resolve_country
from sakura_desktop.core.roster.fields import DIRECT_COLUMNS, Field
from sakura_desktop.core.roster.mapping import ColumnMapping
from sakura_desktop.core.roster.readers import Cell, RawRow
from sakura_desktop.core.roster.values import (
    cell_text,
    check_birth_date,
    clean_text,
    is_latin,
    parse_date,
    parse_email,
    parse_gender,
    parse_role,
    split_full_name,
)
from sakura_desktop.db.enums import Role

Value = str | dt.date | bool | None


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
                if self.native_from_full and not is_latin(full):
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
