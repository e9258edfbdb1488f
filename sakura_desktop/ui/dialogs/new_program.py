"""File > New program: code, title, host, dates and time zone of one exchange week.

The rules (what a valid code is, dates in order, a known time zone) live in
`core.programs.create_program`; its `UserError` is shown inside the dialog, which stays open
with everything the user typed.
"""

from __future__ import annotations

import datetime as dt
import zoneinfo

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from sakura_desktop.core.programs import ProgramDraft, ProgramSummary
from sakura_desktop.core.timeutil import DEFAULT_TIMEZONE, zone
from sakura_desktop.ui.dialogs import messages
from sakura_desktop.ui.i18n import QT_TRANSLATE_NOOP, translate
from sakura_desktop.ui.workspace import Workspace

COMMON_ZONES = [DEFAULT_TIMEZONE, "Asia/Seoul", "Asia/Shanghai", "Asia/Taipei", "UTC"]
# A QDateEdit display format, translated so that a Japanese date reads 2026年7月13日(月).
DATE_FORMAT = QT_TRANSLATE_NOOP("NewProgramDialog", "ddd d MMM yyyy")


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(day: QDate) -> dt.date:
    return dt.date(day.year(), day.month(), day.day())


def next_monday(today: dt.date) -> dt.date:
    return today + dt.timedelta(days=(7 - today.weekday()) % 7 or 7)


class NewProgramDialog(QDialog):
    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New program"))
        self.setObjectName("NewProgramDialog")
        self.setMinimumWidth(520)
        self.workspace = workspace
        self.created: ProgramSummary | None = None

        intro = QLabel(
            self.tr(
                "A program is one exchange week. You can add delegations, participants and the "
                "schedule once it exists."
            )
        )
        intro.setWordWrap(True)

        self.code_edit = QLineEdit()
        self.code_edit.setObjectName("code")
        self.code_edit.setPlaceholderText(self.tr("for example SSP-2026-07"))
        self.code_edit.setMaxLength(40)
        self.title_edit = QLineEdit()
        self.title_edit.setObjectName("title")
        self.title_edit.setPlaceholderText(
            self.tr("for example Sakura Science Exchange, July 2026")
        )
        self.host_edit = QLineEdit()
        self.host_edit.setObjectName("host")
        self.host_edit.setPlaceholderText(self.tr("the host university or institute"))

        today = workspace.clock().astimezone(zone(DEFAULT_TIMEZONE)).date()
        start = next_monday(today)
        self.start_edit = QDateEdit(_qdate(start))
        self.start_edit.setObjectName("startDate")
        self.end_edit = QDateEdit(_qdate(start + dt.timedelta(days=4)))
        self.end_edit.setObjectName("endDate")
        for edit in (self.start_edit, self.end_edit):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat(translate("NewProgramDialog", DATE_FORMAT))
        self.start_edit.dateChanged.connect(self._start_changed)

        self.zone_combo = QComboBox()
        self.zone_combo.setObjectName("timezone")
        self.zone_combo.setEditable(True)
        self.zone_combo.addItems(COMMON_ZONES)
        completer = QCompleter(sorted(zoneinfo.available_timezones()), self.zone_combo)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.zone_combo.setCompleter(completer)
        self.zone_combo.setCurrentText(DEFAULT_TIMEZONE)

        self.sites_edit = QPlainTextEdit()
        self.sites_edit.setObjectName("sites")
        self.sites_edit.setTabChangesFocus(True)
        self.sites_edit.setPlaceholderText(
            self.tr("one per line, for example:\nMain campus\nHotel Sakura")
        )
        self.sites_edit.setFixedHeight(self.sites_edit.fontMetrics().lineSpacing() * 4 + 12)
        self.sites_edit.setToolTip(
            self.tr(
                "The places the week happens. Venues (halls, labs) and travel times between "
                "sites are added on the Schedule screen."
            )
        )

        form = QFormLayout()
        form.addRow(self.tr("Code:"), self.code_edit)
        form.addRow(self.tr("Title:"), self.title_edit)
        form.addRow(self.tr("Host institution:"), self.host_edit)
        form.addRow(self.tr("First day:"), self.start_edit)
        form.addRow(self.tr("Last day:"), self.end_edit)
        form.addRow(self.tr("Time zone:"), self.zone_combo)
        form.addRow(self.tr("Sites:"), self.sites_edit)

        self.error_label = QLabel()
        self.error_label.setObjectName("ErrorNote")
        self.error_label.setWordWrap(True)
        self.error_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error_label.hide()

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.create_button: QPushButton = self.buttons.addButton(
            self.tr("Create program"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.create_button.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)

    def _start_changed(self, start: QDate) -> None:
        if self.end_edit.date() < start:
            self.end_edit.setDate(start.addDays(4))

    def draft(self) -> ProgramDraft:
        return ProgramDraft(
            code=self.code_edit.text().strip(),
            title=self.title_edit.text().strip(),
            host_institution=self.host_edit.text().strip(),
            start_date=_pydate(self.start_edit.date()),
            end_date=_pydate(self.end_edit.date()),
            timezone=self.zone_combo.currentText().strip() or DEFAULT_TIMEZONE,
            sites=tuple(self.sites_edit.toPlainText().splitlines()),
        )

    def accept(self) -> None:
        """Create the program in a worker; close only once it exists."""
        self.error_label.hide()
        self.create_button.setEnabled(False)
        self.workspace.create_program(self.draft(), self._created, self._failed)

    def _created(self, program: ProgramSummary) -> None:
        self.created = program
        self.create_button.setEnabled(True)
        super().accept()

    def _failed(self, exc: BaseException) -> None:
        self.create_button.setEnabled(True)
        self.error_label.setText(messages.describe(exc, self.tr("creating the program")))
        self.error_label.show()
