"""What an import could not accept: every problem with its row and column, nothing written."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from sakura_desktop.core.schedule.io import RowProblem


class ImportProblemsDialog(QDialog):
    def __init__(
        self, source: str, problems: Sequence[RowProblem], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("ImportProblemsDialog")
        self.setWindowTitle(self.tr("Schedule import"))
        heading = QLabel(
            self.tr(
                "<b>{0} cannot be imported as it is: {1} problem(s).</b><br>"
                "Nothing was changed. Correct the file and import it again."
            ).format(source, len(problems))
        )
        heading.setWordWrap(True)
        self.table = QTableWidget(len(problems), 3)
        self.table.setObjectName("problemTable")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Row"), self.tr("Column"), self.tr("Problem")]
        )
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        for row, problem in enumerate(problems):
            column = problem.column + (f" ({problem.letter})" if problem.letter else "")
            for col, text in enumerate((str(problem.row), column or "—", problem.message)):
                self.table.setItem(row, col, QTableWidgetItem(text))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(720, 420)

    def rows(self) -> list[tuple[str, str, str]]:
        found = []
        for row in range(self.table.rowCount()):
            cells = [self.table.item(row, col) for col in range(3)]
            found.append(tuple(c.text() if c is not None else "" for c in cells))
        return found  # type: ignore[return-value]
