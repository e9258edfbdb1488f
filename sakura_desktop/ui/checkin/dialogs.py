"""The Check-in screen's dialogs: where to save, which printer, a roll call's name, and the
"where is everyone" view. Tests monkeypatch the small functions (`choose_csv_path`,
`choose_printer`, `ask_roll_call_name`, `exec_dialog`) so nothing modal blocks them.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from sakura_desktop.core.checkin.service import Whereabouts
from sakura_desktop.ui.checkin.models import WhereaboutsModel
from sakura_desktop.ui.fonts import name_font
from sakura_desktop.ui.i18n import QT_TRANSLATE_NOOP, translate
from sakura_desktop.ui.widgets.table_model import SORT_ROLE

CSV_FILTER = QT_TRANSLATE_NOOP("CheckinDialogs", "CSV files (*.csv);;All files (*)")


def choose_csv_path(parent: QWidget | None, suggested: str) -> Path | None:
    name, _ = QFileDialog.getSaveFileName(
        parent,
        translate("CheckinDialogs", "Export missing list"),
        suggested,
        translate("CheckinDialogs", CSV_FILTER),
    )
    if not name:
        return None
    path = Path(name)
    return path if path.suffix else path.with_suffix(".csv")


def choose_printer(parent: QWidget | None) -> QPrinter | None:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(translate("CheckinDialogs", "Print missing list"))
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return printer


def print_html(printer: QPrinter, html: str) -> None:
    document = QTextDocument()
    document.setDefaultFont(name_font(10))
    document.setHtml(html)
    document.print_(printer)


def ask_roll_call_name(parent: QWidget | None) -> str | None:
    text, ok = QInputDialog.getText(
        parent,
        translate("CheckinDialogs", "New roll call"),
        translate(
            "CheckinDialogs",
            "Name of the roll call (for example “Dinner 19:00” or “Bus 2 back to hotel”):",
        ),
        QLineEdit.EchoMode.Normal,
    )
    return text if ok and text.strip() else None


def exec_dialog(dialog: QDialog) -> int:
    """Show a dialog modally. Tests monkeypatch this."""
    return dialog.exec()


class _Filter(QSortFilterProxyModel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setFilterKeyColumn(-1)  # any column: name, native name, delegation, team, place
        self.setSortRole(SORT_ROLE)


class WhereIsEveryoneDialog(QDialog):
    """Each active participant's last checkpoint and time; never-seen and oldest first."""

    def __init__(self, rows: Sequence[Whereabouts], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("WhereIsEveryone")
        self.setWindowTitle(self.tr("Where is everyone"))
        self.resize(980, 620)
        self.model = WhereaboutsModel(rows, self)
        self.proxy = _Filter(self)
        self.proxy.setSourceModel(self.model)

        self.filter_edit = QLineEdit()
        self.filter_edit.setObjectName("whereFilter")
        self.filter_edit.setPlaceholderText(
            self.tr("Filter by name (any script), delegation, team or checkpoint…")
        )
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.textChanged.connect(self._filter)

        self.view = QTableView()
        self.view.setObjectName("whereTable")
        self.view.setModel(self.proxy)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(5, Qt.SortOrder.AscendingOrder)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.verticalHeader().setVisible(False)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.view.resizeColumnsToContents()

        self.count_label = QLabel()
        self.count_label.setObjectName("Note")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.filter_edit)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.count_label)
        layout.addWidget(buttons)
        self._filter("")

    def _filter(self, text: str) -> None:
        self.proxy.setFilterFixedString(text.strip())
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        never = sum(1 for row in self.model.rows if row.last_seen is None)
        self.count_label.setText(
            self.tr("{0} of {1} people shown · {2} never seen at any checkpoint").format(
                shown, total, never
            )
        )

    def visible_names(self) -> list[str]:
        return [
            str(self.proxy.data(self.proxy.index(row, 0))) for row in range(self.proxy.rowCount())
        ]
