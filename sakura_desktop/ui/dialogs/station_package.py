"""File > Export station package… and File > Set up this laptop as a station…

The coordinator seals the program into a passphrase-protected file; a door's laptop turns that
file into a new database ready to scan and opens it. Both run their core use case
(`core.stations.package`) through the task runner with a progress dialog; a `UserError` (a short
passphrase, a wrong one, a damaged file, a database that exists) is shown inside the dialog,
which stays open with what was typed. Tests monkeypatch the three `choose_*` functions.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from sakura_desktop.core.stations import PACKAGE_SUFFIX
from sakura_desktop.core.stations.envelope import (
    MIN_PASSPHRASE_CHARS,
    KdfParams,
    passphrase_strength,
)
from sakura_desktop.core.stations.package import (
    InitSummary,
    PackageHeader,
    PackageSummary,
    export_station_package,
    init_station_from_package,
    read_package_header,
)
from sakura_desktop.db.engine import SessionFactory
from sakura_desktop.tasks import ProgressReporter
from sakura_desktop.ui import locale_format
from sakura_desktop.ui.dialogs import messages
from sakura_desktop.ui.i18n import QT_TRANSLATE_NOOP, translate
from sakura_desktop.ui.widgets.progress import run_with_progress
from sakura_desktop.ui.workspace import Workspace

# {0} is the package suffix.
PACKAGE_FILTER = QT_TRANSLATE_NOOP("StationPackage", "Station packages (*{0});;All files (*)")
DATABASE_FILTER = QT_TRANSLATE_NOOP(
    "StationPackage", "Sakura Desktop databases (*.db);;All files (*)"
)


def _package_filter() -> str:
    return translate("StationPackage", PACKAGE_FILTER).format(PACKAGE_SUFFIX)


# --- file choosers (tests replace these) ------------------------------------------------------


def choose_package_to_save(parent: QWidget | None, suggested: Path) -> Path | None:
    name, _ = QFileDialog.getSaveFileName(
        parent,
        translate("StationPackage", "Export station package"),
        str(suggested),
        _package_filter(),
    )
    if not name:
        return None
    path = Path(name)
    return path if path.suffix else path.with_suffix(PACKAGE_SUFFIX)


def choose_package_to_open(parent: QWidget | None, folder: str) -> Path | None:
    name, _ = QFileDialog.getOpenFileName(
        parent, translate("StationPackage", "Choose a station package"), folder, _package_filter()
    )
    return Path(name) if name else None


def choose_station_database(parent: QWidget | None, suggested: Path) -> Path | None:
    """Where to create the station's database. An existing file is refused later, not replaced."""
    name, _ = QFileDialog.getSaveFileName(
        parent,
        translate("StationPackage", "New station database"),
        str(suggested),
        translate("StationPackage", DATABASE_FILTER),
        options=QFileDialog.Option.DontConfirmOverwrite,
    )
    if not name:
        return None
    path = Path(name)
    return path if path.suffix else path.with_suffix(".db")


# --- the workers' side ------------------------------------------------------------------------


def _export(
    factory: SessionFactory,
    program_id: int,
    out: Path,
    passphrase: str,
    kdf: KdfParams | None,
    progress: ProgressReporter,
) -> PackageSummary:
    return export_station_package(factory, program_id, out, passphrase, progress.report, kdf=kdf)


def _header(path: Path, _progress: ProgressReporter) -> PackageHeader:
    return read_package_header(path)


def _set_up(
    package: Path,
    db_path: Path,
    passphrase: str,
    station: str,
    station_uuid: str,
    progress: ProgressReporter,
) -> InitSummary:
    return init_station_from_package(
        package, db_path, passphrase, station, progress.report, station_uuid=station_uuid
    )


# --- parts shared by both dialogs -------------------------------------------------------------


class PathRow(QWidget):
    """A file path typed in, or picked with the "Choose…" button (the dialog asks where)."""

    choose_requested = Signal()

    def __init__(self, object_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = QLineEdit()
        self.edit.setObjectName(object_name)
        self.button = QPushButton(self.tr("Choose…"))
        self.button.setObjectName(f"{object_name}Choose")
        self.button.clicked.connect(self.choose_requested)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.button)

    def path(self) -> Path | None:
        text = self.edit.text().strip()
        return Path(text).expanduser() if text else None

    def set_path(self, path: Path) -> None:
        self.edit.setText(str(path))


def _password_edit(object_name: str) -> QLineEdit:
    edit = QLineEdit()
    edit.setObjectName(object_name)
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    return edit


def _error_label() -> QLabel:
    label = QLabel()
    label.setObjectName("ErrorNote")
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.hide()
    return label


def _note(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    return label


def _fit_height(dialog: QDialog) -> None:
    """Qt sizes a dialog with word-wrapped labels for a narrow width, leaving a gap at its own;
    give it the height its layout needs at the width it opens with."""
    width = max(dialog.minimumWidth(), dialog.sizeHint().width())
    height = dialog.heightForWidth(width)
    if height > 0:
        dialog.resize(width, height)


def _refit_soon(dialog: QWidget) -> None:
    """Refit once Qt has laid out a label's new text (its size is known only then)."""
    if isinstance(dialog, QDialog):
        QTimer.singleShot(0, dialog, lambda: _fit_height(dialog))


class TaskFooter(QWidget):
    """A dialog's error line and its buttons: the main one runs the task, Cancel closes."""

    def __init__(self, dialog: QDialog, button: str) -> None:
        super().__init__(dialog)
        self.error_label = _error_label()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.run_button: QPushButton = self.buttons.addButton(
            button, QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.run_button.setDefault(True)
        self.buttons.accepted.connect(dialog.accept)
        self.buttons.rejected.connect(dialog.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)

    def show_problem(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.show()
        self.run_button.setEnabled(True)
        _refit_soon(self.window())

    def failed(self, doing: str, exc: BaseException) -> None:
        self.show_problem(messages.describe(exc, doing))

    def cancelled(self) -> None:
        self.show_problem(self.tr("Stopped; nothing was written."))

    def starting(self) -> None:
        self.error_label.hide()
        self.run_button.setEnabled(False)

    def finished(self) -> None:
        self.run_button.setEnabled(True)


# --- File > Export station package… -----------------------------------------------------------


class ExportStationPackageDialog(QDialog):
    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export station package"))
        self.setObjectName("ExportStationPackageDialog")
        self.setMinimumWidth(620)
        self.footer = TaskFooter(self, self.tr("Export package"))
        self.workspace = workspace
        self.kdf: KdfParams | None = None  # None: the strong default (tests choose a cheap one)
        self.summary: PackageSummary | None = None
        program = workspace.program
        assert program is not None, "the File menu offers this only with a program open"
        self.program = program

        intro = _note(
            self.tr(
                "A station package lets another laptop check people in for <b>{0}</b> "
                "without a network: it carries the participants, the schedule, the checkpoints, "
                "the badges and the scans so far. It holds personal data and the badge secret, "
                "encrypted with the passphrase below. Give the passphrase to the door staff "
                "separately: say it, never send it with the file."
            ).format(program.title)
        )
        intro.setTextFormat(Qt.TextFormat.RichText)
        self.passphrase_edit = _password_edit("passphrase")
        self.passphrase_edit.setPlaceholderText(
            self.tr("at least {0} characters; a few words are easy to say").format(
                MIN_PASSPHRASE_CHARS
            )
        )
        self.repeat_edit = _password_edit("passphraseRepeat")
        self.strength_label = _note()
        self.strength_label.setObjectName("strength")
        self.show_check = QCheckBox(self.tr("Show the passphrase"))
        self.show_check.toggled.connect(self._show_passphrase)
        self.file_row = PathRow("packageFile")
        self.file_row.choose_requested.connect(self._choose_file)
        self.file_row.set_path(self._suggested_file())

        form = QFormLayout()
        form.addRow(self.tr("&Passphrase:"), self.passphrase_edit)
        form.addRow(self.tr("&Again:"), self.repeat_edit)
        form.addRow("", self.strength_label)
        form.addRow("", self.show_check)
        form.addRow(self.tr("Save &to:"), self.file_row)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.footer)
        self.passphrase_edit.textChanged.connect(self._update_hint)
        self.repeat_edit.textChanged.connect(self._update_hint)
        self._update_hint()
        _fit_height(self)

    def _folder(self) -> Path:
        folder = Path(self.workspace.settings.last_folder or Path.home())
        return folder if folder.is_dir() else Path.home()

    def _suggested_file(self) -> Path:
        return self._folder() / f"{self.program.code}-station{PACKAGE_SUFFIX}"

    def _choose_file(self) -> None:
        chosen = choose_package_to_save(self, self.file_row.path() or self._suggested_file())
        if chosen is not None:
            self.file_row.set_path(chosen)

    def _show_passphrase(self, shown: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password
        self.passphrase_edit.setEchoMode(mode)
        self.repeat_edit.setEchoMode(mode)

    def _update_hint(self) -> None:
        passphrase, repeat = self.passphrase_edit.text(), self.repeat_edit.text()
        if not passphrase:
            self.strength_label.setText(self._too_short())
            return
        text = passphrase_strength(passphrase).hint
        if repeat and repeat != passphrase:
            text += " " + self.tr("The two passphrases differ.")
        self.strength_label.setText(text)

    def _too_short(self) -> str:
        return self.tr("Choose a passphrase of at least {0} characters.").format(
            MIN_PASSPHRASE_CHARS
        )

    def _problem(self) -> str | None:
        passphrase = self.passphrase_edit.text()
        if len(passphrase) < MIN_PASSPHRASE_CHARS:
            return self._too_short()
        if self.repeat_edit.text() != passphrase:
            return self.tr("The two passphrases differ: type the same passphrase twice.")
        if self.file_row.path() is None:
            return self.tr("Choose where to save the package.")
        return None

    def accept(self) -> None:
        """Write the package in a worker; close only once it is written."""
        problem = self._problem()
        out = self.file_row.path()
        if problem is not None or out is None:
            self.footer.show_problem(problem or "")
            return
        factory = self.workspace.factory
        if factory is None:
            self.footer.show_problem(self.tr("Open the program's database first."))
            return
        self.footer.starting()
        run_with_progress(
            self.workspace.runner,
            self,
            partial(_export, factory, self.program.id, out, self.passphrase_edit.text(), self.kdf),
            label=self.tr("Writing the station package…"),
            on_success=self._written,
            on_error=partial(self.footer.failed, self.tr("exporting the station package")),
            on_cancelled=self.footer.cancelled,
            title=self.tr("Export station package"),
        )

    def _written(self, summary: PackageSummary) -> None:
        self.summary = summary
        self.workspace.settings.last_folder = str(summary.path.parent)
        self.footer.finished()
        super().accept()
        messages.inform(
            self.parentWidget(),
            self.tr("Station package written"),
            self.tr("Wrote the station package of {0} to {1}.").format(
                summary.program_code, summary.path
            ),
            self.tr(
                "It holds {0}.\n\nOn the door's laptop: File > Set up this laptop as a "
                "station…, choose this file and type the passphrase."
            ).format(summary.counts.describe()),
        )


# --- File > Set up this laptop as a station… --------------------------------------------------


class SetUpStationDialog(QDialog):
    def __init__(
        self,
        workspace: Workspace,
        open_database: Callable[[Path], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Set up this laptop as a station"))
        self.setObjectName("SetUpStationDialog")
        self.setMinimumWidth(620)
        self.footer = TaskFooter(self, self.tr("Set up station"))
        self.workspace = workspace
        self.open_database = open_database
        self.header: PackageHeader | None = None
        self.summary: InitSummary | None = None

        intro = _note(
            self.tr(
                "Choose the station package exported on the coordinator's laptop (File > Export "
                "station package…) and type its passphrase. A new database is created for this "
                "laptop and opened, ready to check people in."
            )
        )
        self.package_row = PathRow("packageFile")
        self.package_row.choose_requested.connect(self._choose_package)
        self.package_row.edit.editingFinished.connect(self._read_header)
        self.header_label = _note(self.tr("No package chosen yet."))
        self.header_label.setObjectName("packageHeader")
        # Room for the program's two lines from the start: the dialog does not jump.
        self.header_label.setMinimumHeight(2 * self.header_label.fontMetrics().lineSpacing())
        self.header_label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.passphrase_edit = _password_edit("passphrase")
        self.station_edit = QLineEdit(workspace.settings.station_name)
        self.station_edit.setObjectName("stationName")
        self.station_edit.setMaxLength(100)
        self.station_edit.setPlaceholderText(self.tr("for example Main door, Bus 2, Lab B"))
        self.database_row = PathRow("databaseFile")
        self.database_row.choose_requested.connect(self._choose_database)

        form = QFormLayout()
        form.addRow(self.tr("&Package:"), self.package_row)
        form.addRow("", self.header_label)
        form.addRow(self.tr("Pass&phrase:"), self.passphrase_edit)
        form.addRow(self.tr("&Station name:"), self.station_edit)
        form.addRow(self.tr("New &database:"), self.database_row)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.footer)
        _fit_height(self)

    def _folder(self) -> Path:
        folder = Path(self.workspace.settings.last_folder or Path.home())
        return folder if folder.is_dir() else Path.home()

    def _choose_package(self) -> None:
        chosen = choose_package_to_open(self, str(self._folder()))
        if chosen is not None:
            self.package_row.set_path(chosen)
            self._read_header()

    def _read_header(self) -> None:
        path = self.package_row.path()
        if path is None:
            return
        self.workspace.runner.run(
            partial(_header, path),
            on_success=self._header_read,
            on_error=self._header_failed,
            title=self.tr("Read station package"),
        )

    def _header_read(self, header: PackageHeader) -> None:
        self.header = header
        self.header_label.setText(
            self.tr(
                "{title} ({code}), {dates}: {count} participants; exported {written} UTC."
            ).format(
                title=header.program_title,
                code=header.program_code,
                dates=locale_format.date_range(header.start_date, header.end_date),
                count=header.participants,
                written=locale_format.day_with_year_time(header.written_at),
            )
        )
        self.footer.error_label.hide()
        _refit_soon(self)
        if self.database_row.path() is None:
            folder = header.path.parent if header.path.parent.is_dir() else self._folder()
            self.database_row.set_path(folder / f"{header.program_code}-station.db")

    def _header_failed(self, exc: BaseException) -> None:
        self.header = None
        self.header_label.setText("")
        self.footer.failed(self.tr("reading the station package"), exc)

    def _choose_database(self) -> None:
        suggested = self.database_row.path() or self._folder() / "station.db"
        chosen = choose_station_database(self, suggested)
        if chosen is not None:
            self.database_row.set_path(chosen)

    def _problem(self) -> str | None:
        if self.package_row.path() is None:
            return self.tr("Choose the station package.")
        if not self.passphrase_edit.text():
            return self.tr("Type the passphrase the coordinator gave with the package.")
        if not self.station_edit.text().strip():
            return self.tr(
                "Name this station (for example Main door): every scan carries its name."
            )
        if self.database_row.path() is None:
            return self.tr("Choose where to create this station's database.")
        return None

    def accept(self) -> None:
        """Create the station database in a worker; close and open it once it exists."""
        problem = self._problem()
        package, db_path = self.package_row.path(), self.database_row.path()
        if problem is not None or package is None or db_path is None:
            self.footer.show_problem(problem or "")
            return
        self.footer.starting()
        run_with_progress(
            self.workspace.runner,
            self,
            partial(
                _set_up,
                package,
                db_path,
                self.passphrase_edit.text(),
                self.station_edit.text(),
                # This installation's identity: the check-in screen scans under it.
                self.workspace.settings.station_uuid,
            ),
            label=self.tr("Setting up this station…"),
            on_success=self._set_up,
            on_error=partial(self.footer.failed, self.tr("setting up the station")),
            on_cancelled=self.footer.cancelled,
            title=self.tr("Set up station"),
        )

    def _set_up(self, summary: InitSummary) -> None:
        self.summary = summary
        settings = self.workspace.settings
        settings.station_name = summary.station_name
        settings.last_folder = str(summary.db_path.parent)
        self.workspace.settings_changed.emit()
        self.footer.finished()
        super().accept()
        self.open_database(summary.db_path)
