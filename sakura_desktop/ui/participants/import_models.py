"""Item models of the import wizard: the file preview, the column mapping, the row errors."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from sakura_desktop.core.roster import ColumnMapping, Field, RawRow, RosterTable, RowError
from sakura_desktop.core.roster.mapping import apply_choices
from sakura_desktop.core.roster.values import cell_text
from sakura_desktop.ui.i18n import QT_TRANSLATE_NOOP, translate

AnyIndex = QModelIndex | QPersistentModelIndex
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
IGNORE_LABEL = QT_TRANSLATE_NOOP("RosterFields", "— not imported —")
# Core's field labels (its English, for the CLI) as the mapping page shows them.
FIELD_LABELS: dict[str, str] = {
    "external_id": QT_TRANSLATE_NOOP("RosterFields", "ID"),
    "full_name": QT_TRANSLATE_NOOP("RosterFields", "Full name"),
    "family_name": QT_TRANSLATE_NOOP("RosterFields", "Family name"),
    "given_name": QT_TRANSLATE_NOOP("RosterFields", "Given name"),
    "native_name": QT_TRANSLATE_NOOP("RosterFields", "Native name"),
    "preferred_name": QT_TRANSLATE_NOOP("RosterFields", "Preferred name"),
    "role": QT_TRANSLATE_NOOP("RosterFields", "Role"),
    "gender": QT_TRANSLATE_NOOP("RosterFields", "Gender"),
    "date_of_birth": QT_TRANSLATE_NOOP("RosterFields", "Date of birth"),
    "email": QT_TRANSLATE_NOOP("RosterFields", "E-mail"),
    "phone": QT_TRANSLATE_NOOP("RosterFields", "Phone"),
    "delegation": QT_TRANSLATE_NOOP("RosterFields", "Delegation"),
    "country": QT_TRANSLATE_NOOP("RosterFields", "Country"),
    "institution": QT_TRANSLATE_NOOP("RosterFields", "Institution"),
    "dietary": QT_TRANSLATE_NOOP("RosterFields", "Dietary needs"),
    "allergies": QT_TRANSLATE_NOOP("RosterFields", "Allergies"),
    "emergency_contact_name": QT_TRANSLATE_NOOP("RosterFields", "Emergency contact"),
    "emergency_contact_phone": QT_TRANSLATE_NOOP("RosterFields", "Emergency phone"),
    "room": QT_TRANSLATE_NOOP("RosterFields", "Room"),
    "notes": QT_TRANSLATE_NOOP("RosterFields", "Notes"),
}
FIELD_CHOICES: tuple[tuple[str, Field | None], ...] = (
    (IGNORE_LABEL, None),
    *((FIELD_LABELS.get(f.value, f.label), f) for f in Field),
)


def field_label(field: Field | None) -> str:
    """A participant field (or "not imported") in the interface language."""
    if field is None:
        return translate("RosterFields", IGNORE_LABEL)
    return translate("RosterFields", FIELD_LABELS.get(field.value, field.label))


class PreviewTableModel(QAbstractTableModel):
    """The first rows of the file as read: its row number, then one column per header."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._headers: tuple[str, ...] = ()
        self._rows: tuple[RawRow, ...] = ()

    def set_table(self, table: RosterTable | None, count: int = 20) -> None:
        self.beginResetModel()
        self._headers = table.headers if table is not None else ()
        self._rows = table.preview(count) if table is not None else ()
        self.endResetModel()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers) + 1

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if index.column() == 0:
                return str(row.number)
            cells = row.cells
            column = index.column() - 1
            return cell_text(cells[column]) if column < len(cells) else ""
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == 0:
            return RIGHT
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if section == 0:
            return translate("ImportWizard", "Row")
        return self._headers[section - 1] if section - 1 < len(self._headers) else None


class MappingTableModel(QAbstractTableModel):
    """One line per file column: its header, example values, and the field it fills
    (editable). Choosing a field takes it away from any other column."""

    FIELD_COLUMN = 2
    mapping_changed = Signal()

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._mapping = ColumnMapping((), ())
        self._examples: list[str] = []

    @property
    def mapping(self) -> ColumnMapping:
        return self._mapping

    def set_mapping(self, mapping: ColumnMapping, rows: Sequence[RawRow] = ()) -> None:
        self.beginResetModel()
        self._mapping = mapping
        self._examples = []
        for column in range(len(mapping.headers)):
            values = [cell_text(r.cells[column]) for r in rows[:30] if column < len(r.cells)]
            filled = list(dict.fromkeys(v for v in values if v.strip()))[:3]
            self._examples.append(", ".join(filled))
        self.endResetModel()

    def choose(self, header: str, field: Field | None) -> None:
        self._mapping = apply_choices(self._mapping, {header: field.value if field else None})
        last = len(self._mapping.headers) - 1
        if last >= 0:
            self.dataChanged.emit(
                self.index(0, self.FIELD_COLUMN), self.index(last, self.FIELD_COLUMN)
            )
        self.mapping_changed.emit()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._mapping.headers)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 3

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and index.column() == self.FIELD_COLUMN:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._mapping.headers):
            return None
        row = index.row()
        field = self._mapping.fields[row]
        if role == Qt.ItemDataRole.EditRole and index.column() == self.FIELD_COLUMN:
            return field.value if field else ""
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if index.column() == 0:
                return self._mapping.headers[row]
            if index.column() == 1:
                return self._examples[row] if row < len(self._examples) else ""
            return field_label(field)
        return None

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or index.column() != self.FIELD_COLUMN:
            return False
        field = Field(value) if value else None
        if field == self._mapping.fields[index.row()]:
            return False
        self.choose(self._mapping.headers[index.row()], field)
        return True

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (
                translate("ImportWizard", "Column in the file"),
                translate("ImportWizard", "Example values"),
                translate("ImportWizard", "Imported as"),
            )[section]
        return None


class FieldDelegate(QStyledItemDelegate):
    """A combo of participant fields for the mapping's "Imported as" column."""

    def createEditor(
        self, parent: QWidget, option: QStyleOptionViewItem, index: AnyIndex
    ) -> QWidget:
        combo = QComboBox(parent)
        for _label, field in FIELD_CHOICES:
            combo.addItem(field_label(field), field.value if field else "")
        combo.currentIndexChanged.connect(lambda _i: self.commitData.emit(combo))
        return combo

    def setEditorData(self, editor: QWidget, index: AnyIndex) -> None:
        assert isinstance(editor, QComboBox)
        value = index.data(Qt.ItemDataRole.EditRole) or ""
        position = max(0, editor.findData(value))
        if editor.currentIndex() != position:
            editor.blockSignals(True)
            editor.setCurrentIndex(position)
            editor.blockSignals(False)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: AnyIndex) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class RowErrorTableModel(QAbstractTableModel):
    """Every problem of the validation report: the file's row, the column, what to do."""

    HEADERS = (
        QT_TRANSLATE_NOOP("ImportWizard", "Row"),
        QT_TRANSLATE_NOOP("ImportWizard", "Column"),
        QT_TRANSLATE_NOOP("ImportWizard", "Problem"),
    )

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._errors: list[RowError] = []

    def set_errors(self, errors: Sequence[RowError]) -> None:
        self.beginResetModel()
        self._errors = list(errors)
        self.endResetModel()

    def errors(self) -> list[RowError]:
        return list(self._errors)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._errors)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 3

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._errors):
            return None
        error = self._errors[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return (str(error.row), error.column, error.message)[index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == 0:
            return RIGHT
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return translate("ImportWizard", self.HEADERS[section])
        return None
