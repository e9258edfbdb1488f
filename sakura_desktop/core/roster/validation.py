"""Check and normalise roster rows; every problem names the file's row number and the column.

The value parsers (dates, genders, roles, e-mails, names) live in `values`, shared with the
participant edit dialog.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from itertools import zip_longest
from typing import TypeVar

from sakura_desktop.core.i18n import translate
from sakura_desktop.core.roster import column_parsing as parsers
from sakura_desktop.core.roster.column_parsing import ColumnParser, Remembered, Value
from sakura_desktop.core.roster.countries import Country, resolve_country
from sakura_desktop.core.roster.fields import DIRECT_COLUMNS, Field
from sakura_desktop.core.roster.mapping import ColumnMapping
from sakura_desktop.core.roster.readers import Cell, RawRow
from sakura_desktop.core.roster.values import is_latin, split_full_name

NameKey = tuple[str, str, dt.date | None, str]
C = TypeVar("C")  # what a parser reads: a cell, or the delegation's three cells
T = TypeVar("T")


@dataclass(frozen=True)
class RowError:
    row: int  # the row (XLSX) or line (CSV) number in the file
    column: str  # the column's header in the file
    message: str  # what is wrong and what to do

    def __str__(self) -> str:
        if self.column:
            return translate("RosterValidation", "Row {row}, column “{column}”: {message}").format(
                row=self.row, column=self.column, message=self.message
            )
        return translate("RosterValidation", "Row {row}: {message}").format(
            row=self.row, message=self.message
        )


@dataclass(frozen=True)
class DelegationRef:
    name: str
    country: Country | None
    institution: str
    key: str  # how delegations are told apart: the name casefolded


@dataclass(slots=True)
class RowRecord:
    """One valid row, normalised: the participant columns the file fills, and its delegation.

    Not frozen, though nothing changes it: a frozen dataclass sets each field through
    `object.__setattr__`, which made building 30,000 records cost 0.08 s instead of 0.015 s.
    """

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
# The mapping is turned once into a list of columns to read, each with its parser (see
# column_parsing): 30,000 rows are checked in about a tenth of a second.


def _parser(field: Field) -> ColumnParser:
    """A fresh parser for a directly mapped field (fresh: its memory lasts one file)."""
    if field is Field.GENDER:
        return ColumnParser.remembering(parsers.gender)
    if field is Field.DATE_OF_BIRTH:
        return ColumnParser.remembering(parsers.birth_date)
    if field is Field.EMAIL:
        return parsers.EMAIL_ADDRESS
    if field in (Field.PREFERRED_NAME, Field.FAMILY_NAME, Field.GIVEN_NAME):
        return parsers.NAME
    if field is Field.EXTERNAL_ID:
        return parsers.EXTERNAL_ID
    return parsers.TEXT  # the native name and free text: NFC, trimmed, inner spacing kept


@dataclass(frozen=True)
class _Column:
    name: str  # the participant column it fills
    index: int  # in the file's row
    header: str  # in the file, for messages
    parser: ColumnParser


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
        self.parse_role = Remembered(parsers.role)
        self.full = mapped.get(Field.FULL_NAME)
        self.native_from_full = self.full is not None and Field.NATIVE_NAME not in mapped
        self.name_header = next(
            (self.headers[f] for f in NAME_ORDER if f in mapped), ""
        )  # where an empty name is reported
        where: list[Field] = [f for f in DELEGATION_FIELDS if f in mapped]
        self.fills_delegation = bool(where)
        self.delegation_parts = tuple(mapped.get(f) for f in DELEGATION_FIELDS)
        self.delegation = Remembered(self._delegation)  # keyed by the three cells
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
        records, errors = self.validate_many([row])
        return records[0] if records else errors

    def validate_many(self, rows: Sequence[RawRow]) -> tuple[list[RowRecord], list[RowError]]:
        """The records of the valid rows and every problem of the others, in row order.

        Column by column: each column's parser runs over the whole column in one comprehension,
        and only a column that holds a bad cell is read again cell by cell to say which.
        """
        cells = [row.cells for row in rows]
        by_column = list(zip_longest(*cells))  # the table gave every row the same width
        problems: dict[int, list[RowError]] = {}  # index in `rows` -> its problems, in order
        names = [column.name for column in self.direct]
        columns = [self._column(column, rows, by_column, problems) for column in self.direct]
        if self.role is not None:
            roles = self._roles(rows, by_column, problems)
            names += ["role", "is_leader"]
            columns += [[role for role, _ in roles], [leader for _, leader in roles]]
        delegations, unknown_countries = self._delegations(rows, by_column)
        records: list[RowRecord] = []
        per_row = zip(*columns, strict=True) if columns else [()] * len(rows)
        for index, (row, parsed, delegation) in enumerate(
            zip(rows, per_row, delegations, strict=True)
        ):
            values: dict[str, Value] = dict(zip(names, parsed, strict=True))
            # A row's problems in the order of its columns: the parsed ones, the name, the
            # delegation.
            if not (values.get("family_name") or values.get("given_name")):
                unnamed = self._name_problem(row, values)
                if unnamed is not None:
                    problems.setdefault(index, []).append(unnamed)
            if index in unknown_countries:
                problems.setdefault(index, []).extend(unknown_countries[index])
            if index not in problems:
                records.append(self._record(row, values, delegation))
        errors = [error for index in sorted(problems) for error in problems[index]]
        return records, errors

    def _column(
        self,
        column: _Column,
        rows: Sequence[RawRow],
        by_column: list[tuple[Cell, ...]],
        problems: dict[int, list[RowError]],
    ) -> Sequence[Value]:
        parser = column.parser
        cells = by_column[column.index]
        return _parsed(parser.column, parser.cell, None, cells, rows, column.header, problems)

    def _roles(
        self,
        rows: Sequence[RawRow],
        by_column: list[tuple[Cell, ...]],
        problems: dict[int, list[RowError]],
    ) -> Sequence[tuple[str, bool]]:
        assert self.role is not None
        parse, header = self.parse_role, self.headers[Field.ROLE]
        cells = by_column[self.role]
        return _parsed(parse.column, parse, ("", False), cells, rows, header, problems)

    def _record(
        self, row: RawRow, values: dict[str, Value], delegation: DelegationRef | None
    ) -> RowRecord:
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

    def _name_problem(self, row: RawRow, values: dict[str, Value]) -> RowError | None:
        """Fills the names from the full name when the file has one; the row's empty name."""
        family = values.get("family_name") or ""
        given = values.get("given_name") or ""
        if self.full is not None and not family and not given:
            full = parsers.name(row.cells[self.full])
            if full:
                family, given = split_full_name(full)
                values["family_name"], values["given_name"] = family, given
                if self.native_from_full and not is_latin(full):
                    values["native_name"] = parsers.text(row.cells[self.full])
        if family or given:
            return None
        return RowError(
            row.number,
            self.name_header,
            translate(
                "RosterValidation",
                "the name is empty; fill in the family name or the given name, or remove the row.",
            ),
        )

    def _delegations(
        self, rows: Sequence[RawRow], by_column: list[tuple[Cell, ...]]
    ) -> tuple[Sequence[DelegationRef | None], dict[int, list[RowError]]]:
        """Each row's delegation, and the problem of each row whose country is unknown."""
        unknown: dict[int, list[RowError]] = {}
        if not self.fills_delegation:
            return [None] * len(rows), unknown
        blank = (None,) * len(rows)
        where = self.delegation_parts
        parts = list(zip(*(blank if i is None else by_column[i] for i in where), strict=True))
        parse, header = self.delegation, self.headers[Field.COUNTRY]
        found = _parsed(parse.column, parse, None, parts, rows, header, unknown)
        return found, unknown

    @staticmethod
    def _delegation(cells: tuple[Cell, ...]) -> DelegationRef | None:
        delegation_cell, country_cell, institution_cell = cells
        country: Country | None = None
        country_text = parsers.text(country_cell)
        if country_text:
            country = resolve_country(country_text)
            if country is None:
                raise ValueError(
                    translate(
                        "RosterValidation",
                        "“{country}” is not a country we know; write its English name or its "
                        "two-letter ISO code (for example Thailand or TH).",
                    ).format(country=country_text)
                )
        # Named by the delegation column, else by the sending institution (so the badge reads
        # "Peking University / China", not "China / China"), else by the country.
        institution = parsers.name(institution_cell)
        name = parsers.name(delegation_cell) or institution or (country.name if country else "")
        if not name:
            return None
        return DelegationRef(name, country, institution, name.casefold())


def _parsed(
    parse_column: Callable[[Sequence[C]], Sequence[T]],
    parse_cell: Callable[[C], T],
    failed: T,
    cells: Sequence[C],
    rows: Sequence[RawRow],
    header: str,
    problems: dict[int, list[RowError]],
) -> Sequence[T]:
    """The column's values; when a cell is bad, read again cell by cell to note each bad one
    (its row's value is then `failed`, never used: the row is refused)."""
    try:
        return parse_column(cells)
    except ValueError:
        pass
    values: list[T] = []
    for index, (row, cell) in enumerate(zip(rows, cells, strict=True)):
        try:
            values.append(parse_cell(cell))
        except ValueError as exc:
            values.append(failed)
            problems.setdefault(index, []).append(RowError(row.number, header, str(exc)))
    return values


NAME_ORDER = (Field.FAMILY_NAME, Field.GIVEN_NAME, Field.FULL_NAME)
DELEGATION_FIELDS = (Field.DELEGATION, Field.COUNTRY, Field.INSTITUTION)


def validate_row(row: RawRow, mapping: ColumnMapping) -> RowRecord | list[RowError]:
    """The normalised record for one row, or every problem it has."""
    return RowValidator(mapping).validate(row)


# --- the whole file --------------------------------------------------------------------------


_TICK_ROWS = 1000  # rows checked between two progress reports (and looks at cancel)


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
    for start in range(0, len(rows), _TICK_ROWS):
        done = min(start + _TICK_ROWS, len(rows))
        valid, problems = validator.validate_many(rows[start:done])
        records += valid
        errors += problems
        if tick is not None and done % _TICK_ROWS == 0:
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
        elif (same_name := by_name.get(record.identity)) is None:
            _keep(record, external_id, folded, by_id, by_email)
            by_name[record.identity] = [record]
        elif (same := _same_person(record, same_name)) is not None:
            errors.append(same)
        else:
            _keep(record, external_id, folded, by_id, by_email)
            same_name.append(record)
    return errors


def _keep(
    record: RowRecord,
    external_id: str | None,
    folded_email: str,
    by_id: dict[str, RowRecord],
    by_email: dict[str, RowRecord],
) -> None:
    if external_id:
        by_id[external_id] = record
    if folded_email:
        by_email[folded_email] = record


def _repeated_id(record: RowRecord, external_id: str, first: RowRecord) -> RowError:
    return RowError(
        record.row,
        record.columns["external_id"],
        translate(
            "RosterValidation",
            "the ID “{id}” is also on row {row}; each participant appears once. "
            "Remove one row or correct the ID.",
        ).format(id=external_id, row=first.row),
    )


def _repeated_email(record: RowRecord, email: str, first: RowRecord) -> RowError:
    return RowError(
        record.row,
        record.columns["email"],
        translate(
            "RosterValidation",
            "the e-mail {email} is also on row {row}; each participant needs their own "
            "address (or leave it empty).",
        ).format(email=email, row=first.row),
    )


def _same_person(record: RowRecord, others: Sequence[RowRecord]) -> RowError | None:
    for other in others:
        if _distinguishable(record, other):
            continue
        return RowError(
            record.row,
            record.columns.get("family_name", ""),
            translate(
                "RosterValidation",
                "the same name, date of birth and delegation as row {row}. "
                "Remove the repeated row; if they are two people, give them IDs or "
                "dates of birth.",
            ).format(row=other.row),
        )
    return None


def _distinguishable(a: RowRecord, b: RowRecord) -> bool:
    ids = a.external_id and b.external_id and a.external_id != b.external_id
    emails = a.email and b.email and a.email.casefold() != b.email.casefold()
    return bool(ids or emails)
