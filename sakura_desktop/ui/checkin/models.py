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
from sakura_desktop.core.checkin.service import MissingPerson, ScanLine, Whereabouts
from sakura_desktop.db.enums import Direction
from sakura_desktop.ui.checkin.text import decision_label, method_label, team_label
from sakura_desktop.ui.fonts import name_font
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
        label += " (out)"
    return label


class RecentScansModel(RowsModel[ScanLine]):
    """Time, name, decision and station of the last scans, newest first."""

    LIMIT = 50
    columns = (
        Column[ScanLine](
            "Time", lambda s: f"{s.occurred_at:%H:%M:%S}", sort=lambda s: s.occurred_at
        ),
        Column[ScanLine](
            "Name",
            lambda s: s.person_name or "(unreadable code)",
            tooltip=lambda s: (
                f"{s.person_name} — {method_label(s.method)}"
                + (f", by {s.operator}" if s.operator else "")
            ),
        ),
        Column[ScanLine]("Decision", decision_text),
        Column[ScanLine]("Station", lambda s: s.station),
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
            return "Undone: this scan no longer counts."
        return None


# --- missing ----------------------------------------------------------------------------------


def _last_seen(missing: MissingPerson) -> str:
    if missing.last_seen is None:
        return "never seen"
    return missing.last_seen.label


class MissingModel(RowsModel[MissingPerson]):
    """Expected and not inside: name, delegation, team, last seen, whom to call."""

    columns = (
        Column[MissingPerson]("Name", lambda m: m.person.display_name),
        Column[MissingPerson]("Native name", lambda m: m.person.native_name, native=True),
        Column[MissingPerson]("Delegation", lambda m: m.person.delegation or "Host"),
        Column[MissingPerson]("Team", lambda m: m.person.team),
        Column[MissingPerson](
            "Last seen",
            _last_seen,
            sort=lambda m: m.last_seen.at.isoformat() if m.last_seen else "",
        ),
        Column[MissingPerson]("Teacher / contact", lambda m: m.contact),
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


class WhereaboutsModel(RowsModel[Whereabouts]):
    columns = (
        Column[Whereabouts]("Name", lambda w: w.person.display_name),
        Column[Whereabouts]("Native name", lambda w: w.person.native_name, native=True),
        Column[Whereabouts]("Delegation", lambda w: w.person.delegation or "Host"),
        Column[Whereabouts]("Team", lambda w: w.person.team),
        Column[Whereabouts](
            "Last checkpoint",
            lambda w: (
                ("left " if w.last_seen.direction is Direction.OUT else "")
                + w.last_seen.checkpoint_name
                if w.last_seen
                else "never seen"
            ),
        ),
        Column[Whereabouts](
            "Time",
            lambda w: f"{w.last_seen.at:%a %d %b %H:%M}" if w.last_seen else "",
            # Ties (everyone never seen) fall back to the name, so the order reads A to Z.
            sort=lambda w: (
                (w.last_seen.at.isoformat() if w.last_seen else "")
                + "\x00"
                + w.person.display_name.casefold()
            ),
        ),
    )


# --- search results ---------------------------------------------------------------------------


def person_line(card: PersonCard) -> str:
    parts = [card.display_name]
    if card.native_name and card.native_name != card.display_name:
        parts.append(card.native_name)
    parts.append(card.delegation or card.role.value.capitalize())
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
