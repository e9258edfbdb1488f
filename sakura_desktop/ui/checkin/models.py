"""Item models of the Check-in screen, over core dataclasses (never ORM objects).

* `RecentScansModel` - the last scans at the checkpoint, newest first; undone ones struck out;
* `MissingModel` - who is expected and not inside, with where they were last seen;
* `WhereaboutsModel` - everyone's last sighting (the "where is everyone" dialog);
* `SearchResultsModel` - people matching the typed name, to pick for a manual check-in.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, TypeVar

from PySide6.QtCore import QAbstractListModel, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from sakura_desktop.core.checkin.decision import Tone
from sakura_desktop.core.checkin.people import PersonCard
from sakura_desktop.core.checkin.reports import LastSeen
from sakura_desktop.core.checkin.service import MissingPerson, ScanLine, Whereabouts
from sakura_desktop.db.enums import Direction
from sakura_desktop.ui import locale_format as fmt
from sakura_desktop.ui.checkin.text import decision_label, method_label, team_label
from sakura_desktop.ui.fonts import name_font
from sakura_desktop.ui.i18n import QT_TRANSLATE_NOOP, translate
from sakura_desktop.ui.widgets.table_model import AnyIndex, Column, RowsTableModel

R = TypeVar("R")
TONE_TEXT: dict[Tone, str] = {Tone.GREEN: "#1b6e2c", Tone.AMBER: "#9a6200", Tone.RED: "#b01515"}
VOIDED_TEXT = "#8a8088"


class RowsModel(RowsTableModel[R]):
    """The check-in tables: every cell's text is its tooltip (names elide in the narrow panels),
    and headers keep Qt's centred captions."""

    text_tooltips = True
    align_headers = False


# --- recent scans -----------------------------------------------------------------------------


def decision_text(line: ScanLine) -> str:
    label = decision_label(line.outcome)
    if line.direction is Direction.OUT:
        return translate("CheckinModels", "{0} (out)").format(label)
    return label


class RecentScansModel(RowsModel[ScanLine]):
    """Time, name, decision and station of the last scans, newest first."""

    LIMIT = 50
    columns = (
        Column[ScanLine](
            QT_TRANSLATE_NOOP("TableHeader", "Time"),
            lambda s: fmt.time_with_seconds(s.occurred_at),
            sort=lambda s: s.occurred_at,
        ),
        Column[ScanLine](
            QT_TRANSLATE_NOOP("TableHeader", "Name"),
            lambda s: s.person_name or translate("CheckinModels", "(unreadable code)"),
            tooltip=lambda s: (
                translate("CheckinModels", "{0} — {1}, by {2}").format(
                    s.person_name, method_label(s.method), s.operator
                )
                if s.operator
                else f"{s.person_name} — {method_label(s.method)}"
            ),
        ),
        Column[ScanLine](QT_TRANSLATE_NOOP("TableHeader", "Decision"), decision_text),
        Column[ScanLine](QT_TRANSLATE_NOOP("TableHeader", "Station"), lambda s: s.station),
    )
    DECISION_COLUMN = 2

    def prepend(self, line: ScanLine) -> None:
        self.beginInsertRows(QModelIndex(), 0, 0)
        self._rows.insert(0, line)
        self.endInsertRows()
        if len(self._rows) > self.LIMIT:
            self.beginRemoveRows(QModelIndex(), self.LIMIT, len(self._rows) - 1)
            del self._rows[self.LIMIT :]
            self.endRemoveRows()

    def mark_voided(self, event_uuid: str) -> bool:
        from dataclasses import replace

        for number, line in enumerate(self._rows):
            if line.event_uuid == event_uuid and not line.voided:
                self._rows[number] = replace(line, voided=True)
                self.dataChanged.emit(
                    self.index(number, 0), self.index(number, len(self.columns) - 1)
                )
                return True
        return False

    def extra_data(self, row: ScanLine, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.FontRole and row.voided:
            font = QFont()
            font.setStrikeOut(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole:
            if row.voided:
                return QBrush(QColor(VOIDED_TEXT))
            if column == self.DECISION_COLUMN:
                return QBrush(QColor(TONE_TEXT[row.outcome.tone]))
        if role == Qt.ItemDataRole.ToolTipRole and row.voided:
            return translate("CheckinModels", "Undone: this scan no longer counts.")
        return None


# --- missing ----------------------------------------------------------------------------------


def last_seen_label(seen: LastSeen | None) -> str:
    """at Welcome lecture, Mon 09:30 / left Bus to Harima, Mon 12:05 / never seen."""
    if seen is None:
        return translate("CheckinModels", "never seen")
    if seen.direction is Direction.OUT:
        text = translate("CheckinModels", "left {0}, {1}")
    else:
        text = translate("CheckinModels", "at {0}, {1}")
    return text.format(seen.checkpoint_name, fmt.weekday_time(seen.at))


def _last_seen(missing: MissingPerson) -> str:
    return last_seen_label(missing.last_seen)


def _delegation(card: PersonCard) -> str:
    return card.delegation or translate("CheckinModels", "Host")


class MissingModel(RowsModel[MissingPerson]):
    """Expected and not inside: name, delegation, team, last seen, whom to call."""

    columns = (
        Column[MissingPerson](
            QT_TRANSLATE_NOOP("TableHeader", "Name"), lambda m: m.person.display_name
        ),
        Column[MissingPerson](
            QT_TRANSLATE_NOOP("TableHeader", "Native name"),
            lambda m: m.person.native_name,
            native=True,
        ),
        Column[MissingPerson](
            QT_TRANSLATE_NOOP("TableHeader", "Delegation"), lambda m: _delegation(m.person)
        ),
        Column[MissingPerson](QT_TRANSLATE_NOOP("TableHeader", "Team"), lambda m: m.person.team),
        Column[MissingPerson](
            QT_TRANSLATE_NOOP("TableHeader", "Last seen"),
            _last_seen,
            sort=lambda m: m.last_seen.at.isoformat() if m.last_seen else "",
        ),
        Column[MissingPerson](
            QT_TRANSLATE_NOOP("TableHeader", "Teacher / contact"), lambda m: m.contact
        ),
    )

    def remove_participant(self, participant_id: int) -> MissingPerson | None:
        for number, missing in enumerate(self._rows):
            if missing.person.participant_id == participant_id:
                self.beginRemoveRows(QModelIndex(), number, number)
                del self._rows[number]
                self.endRemoveRows()
                return missing
        return None

    def participant_ids(self) -> set[int]:
        return {missing.person.participant_id for missing in self._rows}

    def extra_data(self, row: MissingPerson, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and column == 4 and row.last_seen is None:
            return QBrush(QColor(TONE_TEXT[Tone.RED]))
        return None


# --- where is everyone ------------------------------------------------------------------------


def _last_checkpoint(where: Whereabouts) -> str:
    seen = where.last_seen
    if seen is None:
        return translate("CheckinModels", "never seen")
    if seen.direction is Direction.OUT:
        return translate("CheckinModels", "left {0}").format(seen.checkpoint_name)
    return seen.checkpoint_name


class WhereaboutsModel(RowsModel[Whereabouts]):
    columns = (
        Column[Whereabouts](
            QT_TRANSLATE_NOOP("TableHeader", "Name"), lambda w: w.person.display_name
        ),
        Column[Whereabouts](
            QT_TRANSLATE_NOOP("TableHeader", "Native name"),
            lambda w: w.person.native_name,
            native=True,
        ),
        Column[Whereabouts](
            QT_TRANSLATE_NOOP("TableHeader", "Delegation"), lambda w: _delegation(w.person)
        ),
        Column[Whereabouts](QT_TRANSLATE_NOOP("TableHeader", "Team"), lambda w: w.person.team),
        Column[Whereabouts](
            QT_TRANSLATE_NOOP("TableHeader", "Last checkpoint"),
            _last_checkpoint,
        ),
        Column[Whereabouts](
            QT_TRANSLATE_NOOP("TableHeader", "Time"),
            lambda w: fmt.day_time(w.last_seen.at) if w.last_seen else "",
            # Ties (everyone never seen) fall back to the name, so the order reads A to Z.
            sort=lambda w: (
                (w.last_seen.at.isoformat() if w.last_seen else "")
                + "\x00"
                + w.person.display_name.casefold()
            ),
        ),
    )


# --- search results ---------------------------------------------------------------------------


# A person without a delegation is named by role in the search results.
ROLE_NAMES: dict[str, str] = {
    "student": QT_TRANSLATE_NOOP("CheckinModels", "Student"),
    "teacher": QT_TRANSLATE_NOOP("CheckinModels", "Teacher"),
    "staff": QT_TRANSLATE_NOOP("CheckinModels", "Staff"),
    "interpreter": QT_TRANSLATE_NOOP("CheckinModels", "Interpreter"),
    "lecturer": QT_TRANSLATE_NOOP("CheckinModels", "Lecturer"),
    "guest": QT_TRANSLATE_NOOP("CheckinModels", "Guest"),
}


def person_line(card: PersonCard) -> str:
    parts = [card.display_name]
    if card.native_name and card.native_name != card.display_name:
        parts.append(card.native_name)
    role = ROLE_NAMES.get(card.role.value)
    role_name = translate("CheckinModels", role) if role else card.role.value.capitalize()
    parts.append(card.delegation or role_name)
    if card.team:
        parts.append(team_label(card.team))
    return "  —  ".join(parts)


class SearchResultsModel(QAbstractListModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._cards: list[PersonCard] = []
        self._font: QFont | None = None

    def set_people(self, cards: Sequence[PersonCard]) -> None:
        self.beginResetModel()
        self._cards = list(cards)
        self.endResetModel()

    def person_at(self, row: int) -> PersonCard:
        return self._cards[row]

    @property
    def people(self) -> list[PersonCard]:
        return list(self._cards)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._cards)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._cards):
            return None
        card = self._cards[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return person_line(card)
        if role == Qt.ItemDataRole.FontRole:
            if self._font is None:
                self._font = name_font(QFont().pointSizeF() * 1.25)
            return self._font
        if role == Qt.ItemDataRole.ForegroundRole and card.status.value == "withdrawn":
            return QBrush(QColor(VOIDED_TEXT))
        return None
