"""The mapping page of the roster import wizard: which participant field each column fills,
guessed from the headers and the program's saved mapping, changed with a combo per column.

Separate from the reading pages before it and the checking and import pages after it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QVBoxLayout

from sakura_desktop.core.roster import MappingError, build_mapping, check_mapping
from sakura_desktop.core.roster.mapping import unmapped_column_warnings
from sakura_desktop.ui.i18n import translate
from sakura_desktop.ui.participants.import_models import FieldDelegate, MappingTableModel
from sakura_desktop.ui.participants.import_pages_common import (
    WizardPage,
    error_label,
    note_label,
    table_view,
    warning_label,
)
from sakura_desktop.ui.participants.text import counted

if TYPE_CHECKING:
    from sakura_desktop.ui.participants.import_wizard import ImportWizard


# --- 3. the mapping --------------------------------------------------------------------------


class MappingPage(WizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.setTitle(translate("ImportWizard", "Columns"))
        # In the page, not the wizard's subtitle (QWizard's header cut a second Japanese line).
        self.intro = note_label(
            translate(
                "ImportWizard",
                "Which participant field each column fills. Guessed from the headers (English, "
                "Japanese, Chinese, Korean) and from this program's last import; change any.",
            )
        )
        self.note = note_label()
        self.model = MappingTableModel(self)
        self.model.mapping_changed.connect(self._changed)
        self.view = table_view("mappingTable")
        self.view.setModel(self.model)
        self.view.setItemDelegateForColumn(MappingTableModel.FIELD_COLUMN, FieldDelegate(self.view))
        self.view.verticalHeader().setDefaultSectionSize(32)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Fixed)
        header.setStretchLastSection(False)
        header.resizeSection(2, 240)
        self.problem = error_label()
        self.unmapped = warning_label("unmappedNote")
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.note)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.unmapped)
        layout.addWidget(self.problem)

    def initializePage(self) -> None:
        state = self.state
        table = state.table
        if table is None:
            return
        if state.mapping is None or state.mapping.headers != table.headers:
            state.mapping = build_mapping(table.headers, state.saved_mapping)
        self.model.set_mapping(state.mapping, table.rows)
        for row in range(self.model.rowCount()):
            self.view.openPersistentEditor(self.model.index(row, MappingTableModel.FIELD_COLUMN))
        mapped = sum(1 for f in state.mapping.fields if f is not None)
        saved = [h for h in table.headers if h in state.saved_mapping]
        text = counted(
            len(table.headers),
            translate("ImportWizard", "{1} of {0} column recognised."),
            translate("ImportWizard", "{1} of {0} columns recognised."),
            mapped,
        )
        if saved:
            text += " " + counted(
                len(saved),
                translate(
                    "ImportWizard", "This program's saved mapping was applied to {0} column."
                ),
                translate(
                    "ImportWizard", "This program's saved mapping was applied to {0} columns."
                ),
            )
        self.note.setText(text)
        self._changed()

    def _changed(self) -> None:
        mapping = self.model.mapping
        self.state.mapping = mapping
        self.state.report = None
        problems = list(mapping.warnings)
        try:
            check_mapping(mapping)
        except MappingError as exc:
            problems.insert(0, str(exc))
        self.problem.setText("\n".join(problems))
        self.problem.setVisible(bool(problems))
        unmapped = unmapped_column_warnings(mapping, self.state.profiles)
        self.unmapped.setText("\n".join(unmapped))
        self.unmapped.setVisible(bool(unmapped))
        self.completeChanged.emit()

    def choose(self, header: str, field_value: str | None) -> None:
        """Map a column as the user would with its combo (tests, keyboard users)."""
        from sakura_desktop.core.roster import Field

        self.model.choose(header, Field(field_value) if field_value else None)

    def isComplete(self) -> bool:
        mapping = self.state.mapping
        if mapping is None:
            return False
        try:
            check_mapping(mapping)
        except MappingError:
            return False
        return True
