"""Settings of this computer: the station name (shown on every scan), the sync folder, the
language and how often the open database is backed up."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from sakura_desktop.settings import Settings
from sakura_desktop.ui.dialogs import messages
from sakura_desktop.ui.i18n import LANGUAGES, RESTART_EXIT_CODE, resolve_language, system_language

STATION_NAME_MAX = 40
BACKUP_INTERVAL_MAX_MIN = 240


class SettingsDialog(QDialog):
    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        self.setObjectName("SettingsDialog")
        self.settings = settings
        self.setMinimumWidth(480)

        self.station_edit = QLineEdit(settings.station_name)
        self.station_edit.setObjectName("stationName")
        self.station_edit.setMaxLength(STATION_NAME_MAX)
        self.station_edit.setPlaceholderText(self.tr("for example: Main entrance"))
        station_help = QLabel(
            self.tr(
                "Names this laptop in every check-in it records, so that scans merged from "
                "several doors say where they happened."
            )
        )
        station_help.setWordWrap(True)
        station_help.setObjectName("Hint")

        self.sync_edit = QLineEdit(settings.sync_folder)
        self.sync_edit.setObjectName("syncFolder")
        self.sync_edit.setPlaceholderText(self.tr("none: this station works alone"))
        self.sync_edit.setClearButtonEnabled(True)
        self.sync_choose = QPushButton(self.tr("Choose…"))
        self.sync_choose.setObjectName("chooseSyncFolder")
        self.sync_choose.clicked.connect(self.choose_sync_folder)
        self.sync_none = QPushButton(self.tr("None"))
        self.sync_none.setObjectName("noSyncFolder")
        self.sync_none.clicked.connect(self.sync_edit.clear)
        sync_row = QHBoxLayout()
        sync_row.addWidget(self.sync_edit, 1)
        sync_row.addWidget(self.sync_choose)
        sync_row.addWidget(self.sync_none)
        sync_help = QLabel(
            self.tr(
                "A folder every station can reach (a USB stick, a network share, a synced "
                "folder): this station writes its scans there and merges the other stations' "
                "every {0} s. Station id {1}."
            ).format(settings.sync_interval_s, settings.station_uuid[:8])
        )
        sync_help.setWordWrap(True)
        sync_help.setObjectName("Hint")

        self.language_combo = QComboBox()
        self.language_combo.setObjectName("language")
        system_label = LANGUAGES[system_language()]
        self.language_combo.addItem(self.tr("As the system ({0})").format(system_label), "")
        for code, label in LANGUAGES.items():
            self.language_combo.addItem(label, code)
        self.language_combo.setCurrentIndex(max(0, self.language_combo.findData(settings.language)))
        self.language_before = settings.language
        language_help = QLabel(
            self.tr(
                "The language of the menus, screens and the coordinator's sheets. Badges, "
                "notebooks and certificates stay in English for the participants. A change "
                "takes effect when Sakura Desktop starts again."
            )
        )
        language_help.setWordWrap(True)
        language_help.setObjectName("Hint")

        self.backup_spin = QSpinBox()
        self.backup_spin.setObjectName("backupInterval")
        self.backup_spin.setRange(0, BACKUP_INTERVAL_MAX_MIN)
        self.backup_spin.setSpecialValueText(self.tr("Never"))
        self.backup_spin.setSuffix(self.tr(" min"))
        self.backup_spin.setValue(
            max(0, min(settings.backup_interval_min, BACKUP_INTERVAL_MAX_MIN))
        )
        backup_help = QLabel(
            self.tr(
                "While its data changes, the open database file is backed up this often, besides "
                "on opening and before imports, merges and restores (File > Restore from a "
                "backup…). A database on a server is backed up by its server."
            )
        )
        backup_help.setWordWrap(True)
        backup_help.setObjectName("Hint")

        form = QFormLayout()
        form.addRow(self.tr("Station name:"), self.station_edit)
        form.addRow("", station_help)
        form.addRow(self.tr("Sync folder:"), sync_row)
        form.addRow("", sync_help)
        form.addRow(self.tr("Language:"), self.language_combo)
        form.addRow("", language_help)
        form.addRow(self.tr("Back up every:"), self.backup_spin)
        form.addRow("", backup_help)

        self.error_label = QLabel()
        self.error_label.setObjectName("ErrorNote")
        self.error_label.setWordWrap(True)
        self.error_label.hide()

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.station_edit.textChanged.connect(lambda _text: self.error_label.hide())
        self.sync_edit.textChanged.connect(lambda _text: self.error_label.hide())

    def choose_sync_folder(self) -> None:
        chosen = QFileDialog.getExistingDirectory(
            self, self.tr("Choose the sync folder"), self.sync_edit.text() or str(Path.home())
        )
        if chosen:
            self.sync_edit.setText(chosen)

    def accept(self) -> None:
        station = " ".join(self.station_edit.text().split())
        if not station:
            self.error_label.setText(
                self.tr("Give this station a name, for example “Main entrance”.")
            )
            self.error_label.show()
            self.station_edit.setFocus()
            return
        folder = self.sync_edit.text().strip()
        if folder and not Path(folder).expanduser().is_dir():
            self.error_label.setText(
                self.tr(
                    "The sync folder {0} does not exist. Plug the stick in or choose another "
                    "folder, or clear the field to work alone."
                ).format(folder)
            )
            self.error_label.show()
            self.sync_edit.setFocus()
            return
        self.settings.station_name = station
        self.settings.sync_folder = str(Path(folder).expanduser()) if folder else ""
        self.settings.backup_interval_min = self.backup_spin.value()
        code = self.language_combo.currentData()
        if isinstance(code, str):
            self.settings.language = code
        self.settings.sync()
        super().accept()
        if self.settings.language != self.language_before:
            self._offer_restart()

    def _offer_restart(self) -> None:
        """Qt's translators are installed before any widget exists: a new language needs a
        new start, which the user may take now (the open database is reopened) or later."""
        shown = LANGUAGES[resolve_language(self.settings.language)]
        picked = messages.choose(
            self.parentWidget(),
            self.tr("Language"),
            self.tr("Sakura Desktop will speak {0} from its next start.").format(shown),
            [self.tr("Restart now")],
            informative=self.tr("Nothing is lost: the open database is reopened."),
            icon=QMessageBox.Icon.Question,
            cancel=self.tr("Later"),
        )
        if picked == 0:
            QCoreApplication.exit(RESTART_EXIT_CODE)
