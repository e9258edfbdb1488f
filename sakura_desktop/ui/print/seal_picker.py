"""The host's seal or logo for certificates, as the Print screen offers it: the one kept with the
program, a new image chosen, or removed. What the next print does with it is `new_seal` (an image
to store with the program) or `removed` (take the stored one away); neither keeps the stored one.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLineEdit, QPushButton, QWidget

from sakura_desktop.ui.i18n import translate


class SealPicker(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.new_seal: Path | None = None
        self.removed = False
        self.edit = QLineEdit()
        self.edit.setObjectName("sealEdit")
        self.edit.setPlaceholderText(self.tr("None"))
        self.edit.setReadOnly(True)
        self.choose_button = QPushButton(self.tr("Choose…"))
        self.choose_button.setObjectName("sealButton")
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.setObjectName("sealClear")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.choose_button)
        layout.addWidget(self.remove_button)
        self.choose_button.clicked.connect(self._choose)
        self.remove_button.clicked.connect(self._remove)

    def show_kept(self, name: str | None) -> None:
        """The program's stored seal (`name` of the file it came from; None: it has none)."""
        self.new_seal, self.removed = None, False
        if name is None:
            self.edit.setText("")
            return
        shown = name or self.tr("seal")
        self.edit.setText(self.tr("{0} (kept with the program)").format(shown))

    def _choose(self) -> None:
        path = choose_seal(self)
        if path is not None:
            self.new_seal, self.removed = path, False
            self.edit.setText(str(path))
            self.changed.emit()

    def _remove(self) -> None:
        self.new_seal, self.removed = None, True
        self.edit.clear()
        self.changed.emit()


def choose_seal(parent: QWidget | None) -> Path | None:
    """The host's seal or logo (tests monkeypatch this)."""
    title = translate("SealPicker", "Seal or logo for certificates")
    images = translate("SealPicker", "Images (*.png *.jpg *.jpeg)")
    name, _ = QFileDialog.getOpenFileName(parent, title, "", images)
    return Path(name) if name else None
