"""Item models of the Participants screen: the participants table, delegations and teams.

`ParticipantTableModel` filters and sorts itself (no QSortFilterProxyModel): each row's search
key is folded once (`text.fold`), the combo filters cut a base list in sort order, and a
keystroke only scans that base list -- or, while the query grows, the rows still visible.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, replace
from typing import Any, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont

from sakura_desktop.core.roster.delegations import DelegationRow
from sakura_desktop.core.roster.participants import ParticipantRow
from sakura_desktop.core.roster.teams import TeamRow
from sakura_desktop.db.enums import Gender, ParticipantStatus, Role
from sakura_desktop.ui.i18n import QT_TRANSLATE_NOOP, translate
from sakura_desktop.ui.participants.text import (
    fold,
    gender_name,
    natural_key,
    role_label,
    search_terms,
    status_name,
)
from sakura_desktop.ui.widgets.table_model import LEFT, AnyIndex, Column, RowsTableModel

ID_ROLE = int(Qt.ItemDataRole.UserRole) + 1  # the participant's database id
MUTED = QColor("#8a8088")
R = TypeVar("R")
# Column headers and their tooltips are marked in this context and translated where shown.
COLUMNS_CONTEXT = "ParticipantColumns"


def search_key(row: ParticipantRow) -> str:
    """What the filter box searches: romanised, preferred and native names, and the ID."""
    return fold(
        f"{row.family_name} {row.given_name} | {row.preferred_name} | {row.native_name} | "
        f"{row.external_id}"
    )


def search_keys(rows: Iterable[ParticipantRow]) -> list[str]:
    return [search_key(r) for r in rows]


# --- columns ---------------------------------------------------------------------------------


def _text_sort(value: str) -> tuple[bool, str, str]:
    return (not value, fold(value), value)  # Đặng sorts with the Ds


def _date_text(value: dt.date | None) -> str:
    return value.isoformat() if value else ""


@dataclass(frozen=True)
class ColumnSpec:
    key: str
    header: str
    value: Callable[[ParticipantRow], str]
    sort_key: Callable[[ParticipantRow], Any]
    default: bool = False
    tooltip: str = ""


def _col(
    key: str,
    header: str,
    value: Callable[[ParticipantRow], str],
    default: bool = False,
    sort_key: Callable[[ParticipantRow], Any] | None = None,
    tooltip: str = "",
) -> ColumnSpec:
    return ColumnSpec(
        key, header, value, sort_key or (lambda r: _text_sort(value(r))), default, tooltip
    )


COLUMNS: tuple[ColumnSpec, ...] = (
    _col("family_name", QT_TRANSLATE_NOOP("ParticipantColumns", "Family name"),
         lambda r: r.family_name, True),
    _col("given_name", QT_TRANSLATE_NOOP("ParticipantColumns", "Given name"),
         lambda r: r.given_name, True),
    _col("native_name", QT_TRANSLATE_NOOP("ParticipantColumns", "Native name"),
         lambda r: r.native_name, True,
         tooltip=QT_TRANSLATE_NOOP("ParticipantColumns",
                                   "The name in the participant's own script, exactly as given")),
    _col("preferred_name", QT_TRANSLATE_NOOP("ParticipantColumns", "Preferred name"),
         lambda r: r.preferred_name),
    _col("external_id", QT_TRANSLATE_NOOP("ParticipantColumns", "ID"), lambda r: r.external_id,
         sort_key=lambda r: (not r.external_id, natural_key(r.external_id)),
         tooltip=QT_TRANSLATE_NOOP("ParticipantColumns",
                                   "The roster's own ID for the participant")),
    _col("delegation", QT_TRANSLATE_NOOP("ParticipantColumns", "Delegation"),
         lambda r: r.delegation, True),
    _col("country", QT_TRANSLATE_NOOP("ParticipantColumns", "Country"), lambda r: r.country),
    _col("team", QT_TRANSLATE_NOOP("ParticipantColumns", "Team"), lambda r: r.team, True,
         sort_key=lambda r: (not r.team, natural_key(r.team))),
    _col("role", QT_TRANSLATE_NOOP("ParticipantColumns", "Role"),
         lambda r: role_label(r.role, r.is_leader), True),
    _col("gender", QT_TRANSLATE_NOOP("ParticipantColumns", "Gender"),
         lambda r: gender_name(r.gender), True),
    _col("date_of_birth", QT_TRANSLATE_NOOP("ParticipantColumns", "Date of birth"),
         lambda r: _date_text(r.date_of_birth),
         sort_key=lambda r: (r.date_of_birth is None, r.date_of_birth or dt.date.min)),
    _col("email", QT_TRANSLATE_NOOP("ParticipantColumns", "E-mail"), lambda r: r.email),
    _col("dietary", QT_TRANSLATE_NOOP("ParticipantColumns", "Dietary needs"),
         lambda r: r.dietary),
    _col("allergies", QT_TRANSLATE_NOOP("ParticipantColumns", "Allergies"),
         lambda r: r.allergies, True),
    _col("room", QT_TRANSLATE_NOOP("ParticipantColumns", "Room"), lambda r: r.room,
         sort_key=lambda r: (not r.room, natural_key(r.room))),
    _col("status", QT_TRANSLATE_NOOP("ParticipantColumns", "Status"),
         lambda r: status_name(r.status), True),
)  # fmt: skip
COLUMN_KEYS = tuple(c.key for c in COLUMNS)
DEFAULT_COLUMNS = tuple(c.key for c in COLUMNS if c.default)


def column_index(key: str) -> int:
    return COLUMN_KEYS.index(key)


def column_header(column: ColumnSpec) -> str:
    """A column's header in the interface language."""
    return translate(COLUMNS_CONTEXT, column.header)


# --- filter ----------------------------------------------------------------------------------

NO_DELEGATION = 0  # ids start at 1, so 0 can mean "belongs to no delegation"
NO_TEAM = 0
LEADERS = "leader"  # role filter: delegation leaders
ACTIVE = "active"  # status filter: everyone but the withdrawn


@dataclass(frozen=True)
class ParticipantFilter:
    """What the screen shows. None / "" = no restriction on that attribute."""

    text: str = ""
    delegation_id: int | None = None  # or NO_DELEGATION
    team_id: int | None = None  # or NO_TEAM
    role: str = ""  # a Role value, or LEADERS
    status: str = ""  # a ParticipantStatus value, or ACTIVE

    def same_except_text(self, other: ParticipantFilter) -> bool:
        return replace(self, text="") == replace(other, text="")


def _combo_predicate(f: ParticipantFilter) -> Callable[[ParticipantRow], bool] | None:
    tests: list[Callable[[ParticipantRow], bool]] = []
    if f.delegation_id is not None:
        wanted = f.delegation_id or None
        tests.append(lambda r: r.delegation_id == wanted)
    if f.team_id is not None:
        team = f.team_id
        tests.append(
            (lambda r: not r.team_ids) if team == NO_TEAM else (lambda r: team in r.team_ids)
        )
    if f.role == LEADERS:
        tests.append(lambda r: r.is_leader)
    elif f.role:
        role = f.role
        tests.append(lambda r: r.role == role)
    if f.status == ACTIVE:
        withdrawn = ParticipantStatus.WITHDRAWN.value
        tests.append(lambda r: r.status != withdrawn)
    elif f.status:
        status = f.status
        tests.append(lambda r: r.status == status)
    if not tests:
        return None
    if len(tests) == 1:
        return tests[0]
    return lambda r: all(t(r) for t in tests)


def _match(indices: Sequence[int], keys: Sequence[str], terms: Sequence[str]) -> list[int]:
    if not terms:
        return list(indices)
    if len(terms) == 1:
        term = terms[0]
        return [i for i in indices if term in keys[i]]
    return [i for i in indices if all(t in keys[i] for t in terms)]


# --- the participants table ------------------------------------------------------------------


class ParticipantTableModel(QAbstractTableModel):
    """All of a program's participants; shows those passing `filter`, in the chosen order."""

    filtered = Signal()  # the visible rows changed (filter, sort or new data)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[ParticipantRow] = []
        self._keys: list[str] = []
        self._order: list[int] = []  # every row, in sort order
        self._base: list[int] = []  # rows passing the combo filters, in sort order
        self._visible: list[int] = []  # rows shown, in sort order
        self._view_row: dict[int, int] | None = None  # participant id -> visible row (lazy)
        self._filter = ParticipantFilter()
        self._sort_column = -1  # -1: the order rows came in (family, given)
        self._sort_order = Qt.SortOrder.AscendingOrder
        self._team_colours: dict[int, QColor] = {}
        self._italic = QFont()
        self._italic.setItalic(True)
        self._muted = QBrush(MUTED)

    # -- data in ----------------------------------------------------------------------------

    def set_rows(self, rows: Sequence[ParticipantRow], keys: Sequence[str] | None = None) -> None:
        """New data; the filter and sort order stay. `keys` are `search_keys(rows)`, when a
        worker already computed them."""
        with self._resetting():
            self._rows = list(rows)
            self._keys = list(keys) if keys is not None else search_keys(self._rows)
            assert len(self._keys) == len(self._rows)
            self._reorder()

    def set_team_colours(self, teams: Iterable[TeamRow]) -> None:
        self._team_colours = {t.id: QColor(t.colour) for t in teams if QColor(t.colour).isValid()}
        column = column_index("team")
        if self._visible:
            self.dataChanged.emit(
                self.index(0, column),
                self.index(len(self._visible) - 1, column),
                [Qt.ItemDataRole.DecorationRole],
            )

    def replace_row(self, row: ParticipantRow) -> None:
        """One participant changed (an edit): refresh its line, re-filtering and re-sorting."""
        for index, old in enumerate(self._rows):
            if old.id == row.id:
                self._rows[index] = row
                self._keys[index] = search_key(row)
                break
        else:
            self._rows.append(row)
            self._keys.append(search_key(row))
        with self._resetting():
            self._reorder()

    @contextmanager
    def _resetting(self) -> Iterator[None]:
        """One model reset around a change of the rows, the filter or the order; the page keeps
        the selection by participant id across it (modelAboutToBeReset reads the old rows)."""
        self.beginResetModel()
        yield
        self._view_row = None
        self.endResetModel()
        self.filtered.emit()

    def _reorder(self) -> None:
        """Sort, cut by the combo filters and match the search text again, from scratch."""
        self._sort_indices()
        self._cut_base()
        self._visible = _match(self._base, self._keys, search_terms(self._filter.text))

    # -- filtering --------------------------------------------------------------------------

    @property
    def filter(self) -> ParticipantFilter:
        return self._filter

    def set_filter(self, new: ParticipantFilter) -> None:
        old = self._filter
        if new == old:
            return
        self._filter = new
        if not new.same_except_text(old):
            self._cut_base()
            source: Sequence[int] = self._base
        elif new.text.startswith(old.text) and fold(new.text).startswith(fold(old.text)):
            source = self._visible  # a longer query only narrows what is shown
        else:
            source = self._base
        with self._resetting():
            self._visible = _match(source, self._keys, search_terms(new.text))

    def set_search(self, text: str) -> None:
        self.set_filter(replace(self._filter, text=text))

    def _cut_base(self) -> None:
        test = _combo_predicate(self._filter)
        rows = self._rows
        self._base = (
            list(self._order) if test is None else [i for i in self._order if test(rows[i])]
        )

    # -- sorting ----------------------------------------------------------------------------

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not -1 <= column < len(COLUMNS):
            return
        self._sort_column, self._sort_order = column, order
        with self._resetting():
            self._reorder()

    @property
    def sort_column(self) -> int:
        return self._sort_column

    def _sort_indices(self) -> None:
        order = list(range(len(self._rows)))
        if self._sort_column >= 0:
            sort_key = COLUMNS[self._sort_column].sort_key
            keys = [sort_key(r) for r in self._rows]
            descending = self._sort_order == Qt.SortOrder.DescendingOrder
            order.sort(key=keys.__getitem__, reverse=descending)
        self._order = order

    # -- reading ----------------------------------------------------------------------------

    @property
    def total_count(self) -> int:
        return len(self._rows)

    @property
    def visible_count(self) -> int:
        return len(self._visible)

    def all_rows(self) -> list[ParticipantRow]:
        return list(self._rows)

    def row_at(self, view_row: int) -> ParticipantRow:
        return self._rows[self._visible[view_row]]

    def visible_rows(self) -> list[ParticipantRow]:
        return [self._rows[i] for i in self._visible]

    def view_row_of(self, participant_id: int) -> int | None:
        if self._view_row is None:
            rows = self._rows
            self._view_row = {rows[i].id: n for n, i in enumerate(self._visible)}
        return self._view_row.get(participant_id)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._visible)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._visible):
            return None
        row = self._rows[self._visible[index.row()]]
        column = COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.value(row)
        if role == ID_ROLE:
            return row.id
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, column)
        if row.withdrawn:
            if role == Qt.ItemDataRole.ForegroundRole:
                return self._muted
            if role == Qt.ItemDataRole.FontRole:
                return self._italic
        if role == Qt.ItemDataRole.DecorationRole and column.key == "team" and row.team_ids:
            return self._team_colours.get(row.team_ids[0])
        return None

    def _tooltip(self, row: ParticipantRow, column: ColumnSpec) -> str | None:
        lines = []
        if column.key in ("family_name", "given_name", "native_name", "preferred_name"):
            lines.append(row.display_name + (f" · {row.native_name}" if row.native_name else ""))
            if row.delegation:
                lines.append(f"{row.delegation} ({row.country or row.country_code})")
        elif column.key == "team" and "," in row.team:
            lines.append(translate("ParticipantTable", "In several teams: {0}").format(row.team))
        else:
            value = column.value(row)
            if len(value) > 24:
                lines.append(value)
        if row.withdrawn:
            lines.append(
                translate("ParticipantTable", "Withdrawn: kept on the list, refused at check-in.")
            )
        return "\n".join(lines) or None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(COLUMNS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return column_header(COLUMNS[section])
        if role == Qt.ItemDataRole.ToolTipRole:
            tooltip = COLUMNS[section].tooltip
            return translate(COLUMNS_CONTEXT, tooltip) if tooltip else None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return LEFT
        return None


# --- small read-only tables for the management dialogs ----------------------------------------


class RowsModel(RowsTableModel[R]):
    """The management dialogs' tables: a cell's text is its tooltip (long institution names)."""

    text_tooltips = True

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """The column's header, marked in "ParticipantColumns", in the interface language."""
        header = super().headerData(section, orientation, role)
        if role == Qt.ItemDataRole.DisplayRole and isinstance(header, str):
            return translate(COLUMNS_CONTEXT, header)
        return header


class DelegationTableModel(RowsModel[DelegationRow]):
    columns = (
        Column[DelegationRow](
            QT_TRANSLATE_NOOP("ParticipantColumns", "Delegation"), lambda d: d.name
        ),
        Column[DelegationRow](
            QT_TRANSLATE_NOOP("ParticipantColumns", "Country"),
            lambda d: f"{d.country_name} ({d.country_code})",
        ),
        Column[DelegationRow](
            QT_TRANSLATE_NOOP("ParticipantColumns", "Institution"), lambda d: d.institution
        ),
        Column[DelegationRow](
            QT_TRANSLATE_NOOP("ParticipantColumns", "Participants"),
            lambda d: d.participants,
            numeric=True,
        ),
        Column[DelegationRow](
            QT_TRANSLATE_NOOP("ParticipantColumns", "Leader"), lambda d: d.leader_name or "—"
        ),
    )


def _mix(counts: dict[str, int], words: dict[str, str]) -> str:
    """ "3 students, 2 teachers": each count in its marked phrase, else "3 <value>"."""
    return ", ".join(
        translate("ParticipantWords", words[k]).format(n) if k in words else f"{n} {k}"
        for k, n in sorted(counts.items())
    )


_ROLE_WORDS = {
    Role.STUDENT.value: QT_TRANSLATE_NOOP("ParticipantWords", "{0} students"),
    Role.TEACHER.value: QT_TRANSLATE_NOOP("ParticipantWords", "{0} teachers"),
}
_GENDER_WORDS = {
    Gender.FEMALE.value: QT_TRANSLATE_NOOP("ParticipantWords", "{0} female"),
    Gender.MALE.value: QT_TRANSLATE_NOOP("ParticipantWords", "{0} male"),
    Gender.OTHER.value: QT_TRANSLATE_NOOP("ParticipantWords", "{0} other"),
    Gender.UNSPECIFIED.value: QT_TRANSLATE_NOOP("ParticipantWords", "{0} unspecified"),
}


class TeamTableModel(RowsModel[TeamRow]):
    columns = (
        Column[TeamRow](
            QT_TRANSLATE_NOOP("ParticipantColumns", "Team"),
            lambda t: t.name,
            colour=lambda t: t.colour,
        ),
        Column[TeamRow](
            QT_TRANSLATE_NOOP("ParticipantColumns", "Members"), lambda t: t.size, numeric=True
        ),
        Column[TeamRow](
            QT_TRANSLATE_NOOP("ParticipantColumns", "Delegations"),
            lambda t: t.delegations,
            numeric=True,
        ),
        Column[TeamRow](
            QT_TRANSLATE_NOOP("ParticipantColumns", "Roles"), lambda t: _mix(t.by_role, _ROLE_WORDS)
        ),
        Column[TeamRow](
            QT_TRANSLATE_NOOP("ParticipantColumns", "Genders"),
            lambda t: _mix(t.by_gender, _GENDER_WORDS),
        ),
    )
