"""The first two pages of the roster import wizard: choosing the file (with the choice of
encoding when it cannot be told) and previewing the rows as they were read.

Both are about reading the file, before any mapping: separate from the mapping and import pages.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from sakura_desktop.core.roster import EncodingUncertainError
from sakura_desktop.ui.dialogs import messages
from sakura_desktop.ui.i18n import translate
from sakura_desktop.ui.participants import file_dialogs
from sakura_desktop.ui.participants.import_models import PreviewTableModel
from sakura_desktop.ui.participants.import_pages_common import (
    WizardPage,
    delimiter_label,
    encoding_label,
    error_label,
    note_label,
    table_view,
    warning_label,
)
from sakura_desktop.ui.participants.text import counted

if TYPE_CHECKING:
    from sakura_desktop.ui.participants.import_wizard import ImportWizard


# --- 1. the file -----------------------------------------------------------------------------


class FilePage(WizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.setTitle(translate("ImportWizard", "Choose the roster file"))
        # In the page, not the wizard's subtitle: QWizard's header keeps the height of two
        # Latin lines and cut the second line of the Japanese text (its glyphs are taller).
        self.intro = note_label(
            translate(
                "ImportWizard",
                "A CSV (any encoding: UTF-8, Shift_JIS, GB18030/GBK, Big5, EUC-KR) or an Excel "
                ".xlsx workbook, with headers in English or Japanese. Title rows above the "
                "table and blank lines are skipped.",
            )
        )
        self.busy = False
        self._in_validate = False
        self.path_edit = QLineEdit()
        self.path_edit.setObjectName("rosterPath")
        self.path_edit.setPlaceholderText(translate("ImportWizard", "The roster file"))
        self.path_edit.textChanged.connect(self._path_changed)
        browse = QPushButton(translate("ImportWizard", "Browse…"))
        browse.clicked.connect(self.browse)
        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(browse)
        self.status = note_label()
        self.error = error_label()
        self.encoding_box = QWidget()
        box_layout = QVBoxLayout(self.encoding_box)
        box_layout.setContentsMargins(0, 8, 0, 0)
        self.encoding_intro = note_label()
        self.candidates = QListWidget()
        self.candidates.setObjectName("encodingCandidates")
        self.candidates.setWordWrap(True)
        self.candidates.setAlternatingRowColors(True)
        self.candidates.currentItemChanged.connect(lambda *_: self.completeChanged.emit())
        box_layout.addWidget(self.encoding_intro)
        box_layout.addWidget(self.candidates, 1)
        self.encoding_box.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(row)
        layout.addWidget(self.status)
        layout.addWidget(self.error)
        layout.addWidget(self.encoding_box, 1)
        layout.addStretch(0)

    def browse(self) -> None:
        settings = self.owner.workspace.settings
        folder = settings.roster_folder or settings.last_folder or str(Path.home())
        path = file_dialogs.choose_roster_file(self, folder)
        if path is not None:
            settings.roster_folder = str(path.parent)
            self.path_edit.setText(str(path))

    def _path_changed(self) -> None:
        self.error.hide()
        self.encoding_box.hide()
        self.candidates.clear()
        self.completeChanged.emit()

    def chosen_encoding(self) -> str | None:
        if self.encoding_box.isHidden():
            return None
        item = self.candidates.currentItem()
        return str(item.data(Qt.ItemDataRole.UserRole)) if item is not None else None

    def isComplete(self) -> bool:
        if self.busy or not self.path_edit.text().strip():
            return False
        return self.encoding_box.isHidden() or self.candidates.currentItem() is not None

    def validatePage(self) -> bool:
        path = Path(self.path_edit.text().strip())
        encoding = self.chosen_encoding()
        if self.state.read_key == (str(path), encoding) and self.state.table is not None:
            return True
        self.busy = True
        self._in_validate = True
        self.error.hide()
        self.status.setText(translate("ImportWizard", "Reading {0}…").format(path.name))
        self.completeChanged.emit()
        try:
            self.owner.read(path, encoding, self._read, self._failed)
        finally:
            self._in_validate = False
        return self.state.read_key == (str(path), encoding) and self.state.table is not None

    def _read(self) -> None:
        self.busy = False
        self.status.clear()
        self.completeChanged.emit()
        if not self._in_validate:  # read in a worker: move on now
            self.owner.next()

    def _failed(self, exc: BaseException) -> None:
        self.busy = False
        self.status.clear()
        if isinstance(exc, EncodingUncertainError):
            self.show_candidates(exc)
        else:
            self.error.setText(
                messages.describe(exc, translate("ImportWizard", "reading the roster"))
            )
            self.error.show()
        self.completeChanged.emit()

    def show_candidates(self, exc: EncodingUncertainError) -> None:
        self.encoding_intro.setText(
            translate(
                "ImportWizard", "{0}\n\nChoose the reading in which the names look right:"
            ).format(exc)
        )
        self.candidates.clear()
        for candidate in exc.candidates:
            item = QListWidgetItem(f"{encoding_label(candidate.encoding)}\n{candidate.sample}")
            item.setData(Qt.ItemDataRole.UserRole, candidate.encoding)
            self.candidates.addItem(item)
        self.encoding_box.show()


# --- 2. the preview --------------------------------------------------------------------------


class PreviewPage(WizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.setTitle(translate("ImportWizard", "Preview"))
        self.setSubTitle(
            translate(
                "ImportWizard", "The first rows as they were read. Check that the names read right."
            )
        )
        self.info = QLabel()
        self.info.setObjectName("previewInfo")
        self.info.setWordWrap(True)
        self.info.setTextFormat(Qt.TextFormat.RichText)
        self.encoding = QComboBox()
        self.encoding.setObjectName("encodingChoice")
        self.encoding.setToolTip(
            translate(
                "ImportWizard", "If the names look garbled, read the file as another encoding"
            )
        )
        self.encoding.activated.connect(self._encoding_chosen)
        self.encoding_row = QWidget()
        row = QHBoxLayout(self.encoding_row)
        row.setContentsMargins(0, 0, 0, 0)
        read_as = QLabel(translate("ImportWizard", "&Read as:"))
        read_as.setBuddy(self.encoding)
        row.addWidget(read_as)
        row.addWidget(self.encoding)
        row.addStretch(1)
        self.error = error_label()
        self.notes = warning_label("previewNotes")  # what the reader left out of the table, why
        self.model = PreviewTableModel(self)
        self.view = table_view("previewTable")
        self.view.setModel(self.model)
        self.view.horizontalHeader().setStretchLastSection(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.info)
        layout.addWidget(self.encoding_row)
        layout.addWidget(self.error)
        layout.addWidget(self.notes)
        layout.addWidget(self.view, 1)

    def initializePage(self) -> None:
        self.error.hide()
        self.show_table()

    def show_table(self) -> None:
        table = self.state.table
        if table is None:
            return
        facts = [
            f"<b>{table.source}</b>",
            counted(
                len(table.rows),
                translate("ImportWizard", "{0} participant row"),
                translate("ImportWizard", "{0} participant rows"),
            ),
        ]
        if table.kind == "csv":
            facts.append(
                translate("ImportWizard", "encoding <b>{0}</b>").format(
                    encoding_label(table.encoding)
                )
            )
            delimiter = table.delimiter or ","
            facts.append(
                translate("ImportWizard", "separated by <b>{0}</b>").format(
                    delimiter_label(delimiter)
                )
            )
        else:
            facts.append(translate("ImportWizard", "sheet <b>{0}</b>").format(table.sheet))
        above = table.header_row - 1
        header_fact = translate("ImportWizard", "header on row <b>{0}</b>").format(table.header_row)
        if above:
            header_fact += " " + counted(
                above,
                translate("ImportWizard", "({0} row above it skipped)"),
                translate("ImportWizard", "({0} rows above it skipped)"),
            )
        facts.append(header_fact)
        self.info.setText(" · ".join(facts))
        self.notes.setText("\n".join(table.notes))
        self.notes.setVisible(bool(table.notes))
        self.encoding_row.setVisible(table.kind == "csv")
        self.encoding.clear()
        self.encoding.addItem(
            translate("ImportWizard", "{0} (as read)").format(encoding_label(table.encoding)),
            table.encoding,
        )
        for name in ("utf-8", "cp932", "gb18030", "cp950", "cp949"):
            if name != table.encoding:
                self.encoding.addItem(encoding_label(name), name)
        self.model.set_table(table)
        self.view.resizeColumnsToContents()
        header = self.view.horizontalHeader()
        for column in range(self.model.columnCount()):
            header.resizeSection(column, min(header.sectionSize(column), 220))

    def _encoding_chosen(self, index: int) -> None:
        name = self.encoding.itemData(index)
        table, path = self.state.table, self.state.path
        if table is None or path is None or name == table.encoding:
            return

        def failed(exc: BaseException) -> None:
            self.error.setText(
                messages.describe(exc, translate("ImportWizard", "reading the roster"))
            )
            self.error.show()
            self.encoding.setCurrentIndex(0)

        self.error.hide()
        self.owner.read(path, str(name), self.show_table, failed)
