"""The toolbar's program chooser: every program in the open database, as "title (code)"."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QSizePolicy, QWidget

from sakura_desktop.ui import locale_format as fmt
from sakura_desktop.ui.workspace import Workspace


class ProgramSwitcher(QWidget):
    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.combo = QComboBox()
        self.combo.setObjectName("programSwitcher")
        self.combo.setMinimumContentsLength(36)
        self.combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.combo.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.combo.setToolTip(self.tr("The exchange week you are working on"))
        label = QLabel(self.tr("Program:"))
        label.setBuddy(self.combo)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 0, 6, 0)
        layout.setSpacing(8)
        layout.addWidget(label)
        layout.addWidget(self.combo)
        self.combo.activated.connect(self._chosen)
        workspace.programs_changed.connect(self.reload)
        workspace.program_changed.connect(self._follow_workspace)
        workspace.database_changed.connect(self.reload)
        self.reload()

    def reload(self) -> None:
        self.combo.blockSignals(True)
        try:
            self.combo.clear()
            for program in self.workspace.programs:
                self.combo.addItem(program.label, program.id)
                index = self.combo.count() - 1
                self.combo.setItemData(
                    index,
                    f"{program.label}\n{fmt.date_range(program.start_date, program.end_date)}",
                    Qt.ItemDataRole.ToolTipRole,
                )
            if not self.workspace.programs:
                self.combo.setPlaceholderText(
                    self.tr("No database open")
                    if self.workspace.database is None
                    else self.tr("No program yet")
                )
            self.combo.setEnabled(bool(self.workspace.programs))
        finally:
            self.combo.blockSignals(False)
        self._follow_workspace()

    def _follow_workspace(self) -> None:
        program = self.workspace.program
        index = self.combo.findData(program.id) if program is not None else -1
        self.combo.blockSignals(True)
        self.combo.setCurrentIndex(index)
        self.combo.blockSignals(False)

    def _chosen(self, index: int) -> None:
        program_id = self.combo.itemData(index)
        if isinstance(program_id, int):
            self.workspace.select_program(program_id)

    def labels(self) -> list[str]:
        return [self.combo.itemText(i) for i in range(self.combo.count())]
