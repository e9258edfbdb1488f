"""The roster importer's parsers, each for one cell and for a whole column at once.

A file is checked column by column: a column's parser runs over all its cells in one
comprehension, with no Unicode work for the plain ASCII most cells are and no function call per
cell on that path; a column with a bad cell is read again cell by cell (`ColumnParser.cell`) to
say which row and why. Both ways give the same values: the column path only skips work whose
result it already knows (NFC of ASCII text is the text itself). Parsers of columns whose values
repeat (gender, role, birth date, country and delegation) parse each distinct value once per
file, errors included.
"""

from __future__ import annotations

import datetime as dt
import unicodedata
from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass
from typing import Generic, TypeVar

from sakura_desktop.core.roster.readers import Cell
from sakura_desktop.core.roster.values import (
    EMAIL,
    cell_text,
    check_birth_date,
    clean_text,
    parse_date,
    parse_email,
    parse_gender,
    parse_role,
)

Value = str | dt.date | bool | None  # what a parser gives a participant column
K = TypeVar("K", bound=Hashable)
T = TypeVar("T")


def text(cell: Cell) -> str:
    """`clean_text(cell_text(cell))`: NFC, trimmed, inner spacing kept."""
    if type(cell) is str:
        stripped = cell.strip()
        return stripped if stripped.isascii() else unicodedata.normalize("NFC", stripped)
    return clean_text(cell_text(cell))


def texts(cells: Sequence[Cell]) -> list[str]:
    return [t if type(c) is str and (t := c.strip()).isascii() else text(c) for c in cells]


def name(cell: Cell) -> str:
    """A name: NFC, trimmed, each run of spaces (ideographic ones too) folded to one."""
    return " ".join(text(cell).split())


def names(cells: Sequence[Cell]) -> list[str]:
    # An ASCII result left only spaces behind, which NFC keeps spaces (or maps to spaces).
    return [
        t if type(c) is str and (t := " ".join(c.split())).isascii() else name(c) for c in cells
    ]


def external_id(cell: Cell) -> str | None:
    return text(cell) or None


def external_ids(cells: Sequence[Cell]) -> list[str | None]:
    return [
        (t or None) if type(c) is str and (t := c.strip()).isascii() else external_id(c)
        for c in cells
    ]


def email(cell: Cell) -> str | None:
    return parse_email(cell_text(cell))


def emails(cells: Sequence[Cell]) -> list[str | None]:
    match = EMAIL.match
    found: list[str | None] = []
    for cell in cells:
        if type(cell) is str and cell.isascii():
            value = cell.strip()
            if not value:
                found.append(None)
                continue
            if match(value):
                found.append(value)
                continue
        found.append(email(cell))  # raises the cell's message, or reads non-ASCII text
    return found


def birth_date(cell: Cell) -> dt.date | None:
    value = parse_date(cell)
    if value is not None:
        check_birth_date(value)
    return value


def gender(cell: Cell) -> str:
    return parse_gender(cell_text(cell)).value


def role(cell: Cell) -> tuple[str, bool]:
    """(the role's value, whether the person leads their delegation)."""
    found, leader = parse_role(cell_text(cell))
    return found.value, leader


class Remembered(Generic[K, T]):
    """`parse` run once per distinct value (its ValueError remembered too), for one file.

    Text cells are their own keys; any other cell is keyed with its type, since True == 1 == 1.0
    would otherwise share one answer (a tuple key never equals a text one).
    """

    def __init__(self, parse: Callable[[K], T]) -> None:
        self.parse = parse
        self.values: dict[Hashable, T] = {}
        self.errors: dict[Hashable, str] = {}

    def __call__(self, cell: K) -> T:
        key: Hashable = cell if type(cell) is str else (type(cell), cell)
        if key in self.values:
            return self.values[key]
        if key in self.errors:
            raise ValueError(self.errors[key])
        try:
            value = self.values[key] = self.parse(cell)
        except ValueError as exc:
            self.errors[key] = str(exc)
            raise
        return value

    def column(self, cells: Sequence[K]) -> list[T]:
        values = self.values
        try:
            return [values[c if type(c) is str else (type(c), c)] for c in cells]
        except KeyError:  # a value not met yet, or one that failed
            pass
        for cell in cells:
            if (cell if type(cell) is str else (type(cell), cell)) not in values:
                self(cell)  # raises at the first bad value
        return [values[c if type(c) is str else (type(c), c)] for c in cells]


@dataclass(frozen=True)
class ColumnParser:
    cell: Callable[[Cell], Value]  # one cell: its value, or ValueError saying what is wrong
    column: Callable[[Sequence[Cell]], Sequence[Value]]  # every cell; ValueError if one is bad

    @staticmethod
    def remembering(parse: Callable[[Cell], Value]) -> ColumnParser:
        remembered: Remembered[Cell, Value] = Remembered(parse)
        return ColumnParser(remembered, remembered.column)


TEXT = ColumnParser(text, texts)
NAME = ColumnParser(name, names)
EXTERNAL_ID = ColumnParser(external_id, external_ids)
EMAIL_ADDRESS = ColumnParser(email, emails)
