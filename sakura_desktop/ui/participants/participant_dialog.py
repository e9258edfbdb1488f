"""The Add / Edit participant dialog of the Participants screen.

`ParticipantDialog` lays out every field of one participant in two columns (the person, their
exchange week) on its Details tab, with a History tab (the audit log: who changed what field,
when) for someone already saved; it saves through core's participant use case on the task
runner, and shows each problem core's validation finds next to its field. It is the largest
dialog of the screen and shares nothing with the delegation and team lists but the field error
line, hence its own module.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import partial
from typing import Any, ClassVar

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from sakura_desktop.core.audit import Actor
from sakura_desktop.core.roster.delegations import DelegationRow
from sakura_desktop.core.roster.participants import ParticipantDetail, ParticipantEdit
from sakura_desktop.db.engine import SessionFactory
from sakura_desktop.db.enums import Gender, Role
from sakura_desktop.ui.dialogs import messages
from sakura_desktop.ui.i18n import QT_TRANSLATE_NOOP, translate
from sakura_desktop.ui.participants.dialog_base import _error_label, _with_error
from sakura_desktop.ui.participants.history_view import HistoryView
from sakura_desktop.ui.participants.jobs import SaveOutcome, save_participant
from sakura_desktop.ui.participants.text import role_name
from sakura_desktop.ui.workspace import Workspace

TITLES = ("", "Mr", "Ms", "Mx", "Dr.", "Prof.")
# Titles are data (kept as typed, printed on English paper): not translated.
GENDER_CHOICES = (
    (QT_TRANSLATE_NOOP("ParticipantDialog", "Not given"), Gender.UNSPECIFIED.value),
    (QT_TRANSLATE_NOOP("ParticipantDialog", "Female"), Gender.FEMALE.value),
    (QT_TRANSLATE_NOOP("ParticipantDialog", "Male"), Gender.MALE.value),
    (QT_TRANSLATE_NOOP("ParticipantDialog", "Other"), Gender.OTHER.value),
)


class ParticipantDialog(QDialog):
    """Add or edit one participant. `saved(ParticipantDetail)` after a successful save."""

    saved = Signal(object)

    # Which field a problem from core's validation belongs next to.
    PROBLEM_FIELDS: ClassVar[dict[str, str]] = {
        "Name": "given_name",
        "Title": "title",
        "Role": "role",
        "Gender": "gender",
        "Date of birth": "date_of_birth",
        "E-mail": "email",
        "Delegation": "delegation",
        "ID": "external_id",
    }

    def __init__(
        self,
        workspace: Workspace,
        factory: SessionFactory,
        program_id: int,
        delegations: Sequence[DelegationRow],
        detail: ParticipantDetail | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("ParticipantDialog")
        self.workspace = workspace
        self.factory = factory
        self.program_id = program_id
        self.detail = detail
        self.participant_id = detail.row.id if detail is not None else None
        name = detail.row.display_name if detail is not None else ""
        self.setWindowTitle(
            self.tr("Edit {0}").format(name) if detail is not None else self.tr("Add a participant")
        )
        self.errors: dict[str, QLabel] = {}
        self.busy = False

        self.title = QComboBox()
        self.title.setEditable(True)
        self.title.addItems(TITLES)
        self.family_name = QLineEdit()
        self.given_name = QLineEdit()
        self.native_name = QLineEdit()
        self.native_name.setToolTip(
            self.tr("Kept exactly as typed, in the participant's own script.")
        )
        self.preferred_name = QLineEdit()
        self.preferred_name.setPlaceholderText(
            self.tr("The name on the badge, if not the given name")
        )
        self.gender = QComboBox()
        for label, value in GENDER_CHOICES:
            self.gender.addItem(translate("ParticipantDialog", label), value)
        self.date_of_birth = QLineEdit()
        self.date_of_birth.setPlaceholderText("YYYY-MM-DD")
        self.email = QLineEdit()
        self.email.setPlaceholderText("name@example.org")
        self.external_id = QLineEdit()
        self.external_id.setPlaceholderText(self.tr("The roster's ID, if it has one"))

        self.delegation = QComboBox()
        self.delegation.addItem(self.tr("No delegation (host staff, guests)"), None)
        for d in delegations:
            self.delegation.addItem(f"{d.name} ({d.country_code})", d.id)
        self.role = QComboBox()
        for role in Role:
            self.role.addItem(role_name(role.value), role.value)
        self.is_leader = QCheckBox(self.tr("Leads the delegation"))
        self.room = QLineEdit()
        self.phone = QLineEdit()
        self.phone.setPlaceholderText(self.tr("their own, during the visit"))
        self.dietary = QLineEdit()
        self.dietary.setPlaceholderText(self.tr("halal, vegetarian …"))
        self.allergies = QLineEdit()
        self.emergency_contact_name = QLineEdit()
        self.emergency_contact_phone = QLineEdit()
        self.emergency_contact_relation = QLineEdit()
        self.emergency_contact_relation.setPlaceholderText(self.tr("mother, school office …"))
        self.notes = QPlainTextEdit()
        self.notes.setFixedHeight(70)

        person = QGroupBox(self.tr("Person"))
        form = QFormLayout(person)
        self._rows(
            form,
            (self.tr("Title"), "title"),
            (self.tr("Family name"), "family_name"),
            (self.tr("Given name"), "given_name"),
            (self.tr("Native name"), "native_name"),
            (self.tr("Preferred name"), "preferred_name"),
            (self.tr("Gender"), "gender"),
            (self.tr("Date of birth"), "date_of_birth"),
            (self.tr("E-mail"), "email"),
            (self.tr("Phone"), "phone"),
            (self.tr("ID"), "external_id"),
        )

        week = QGroupBox(self.tr("Exchange week"))
        form = QFormLayout(week)
        self._rows(form, (self.tr("Delegation"), "delegation"))
        role_box = QWidget()
        role_layout = QHBoxLayout(role_box)
        role_layout.setContentsMargins(0, 0, 0, 0)
        role_layout.addWidget(self.role, 1)
        role_layout.addWidget(self.is_leader)
        self._row(form, self.tr("Role"), "role", role_box)
        self._rows(
            form,
            (self.tr("Room"), "room"),
            (self.tr("Dietary needs"), "dietary"),
            (self.tr("Allergies"), "allergies"),
            (self.tr("Emergency contact"), "emergency_contact_name"),
            (self.tr("Their phone"), "emergency_contact_phone"),
            (self.tr("Relation"), "emergency_contact_relation"),
            (self.tr("Notes"), "notes"),
        )

        self.general_error = _error_label()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

        details = QWidget()
        columns = QHBoxLayout(details)
        columns.setContentsMargins(0, 0, 0, 0)
        columns.addWidget(person, 1)
        columns.addWidget(week, 1)
        # Who changed this person, when, which fields: only for someone already saved.
        self.tabs = QTabWidget()
        self.tabs.addTab(details, self.tr("Details"))
        self.history = HistoryView()
        if detail is not None:
            self.tabs.addTab(self.history, self.tr("History"))
            self.history.load(workspace, factory, detail.row.id)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(self.general_error)
        layout.addWidget(self.buttons)
        self.resize(860, self.sizeHint().height())
        if detail is not None:
            self._fill(detail)

    def _row(self, form: QFormLayout, label: str, key: str, field: QWidget) -> None:
        error = _error_label()
        error.setObjectName(f"error_{key}")
        self.errors[key] = error
        form.addRow(label, _with_error(field, error))

    def _rows(self, form: QFormLayout, *fields: tuple[str, str]) -> None:
        """One `_row` per (label, key), the field being the attribute named `key`."""
        for label, key in fields:
            field: QWidget = getattr(self, key)
            self._row(form, label, key, field)

    def _fill(self, detail: ParticipantDetail) -> None:
        row = detail.row
        self.title.setCurrentText(detail.title)
        self.family_name.setText(row.family_name)
        self.given_name.setText(row.given_name)
        self.native_name.setText(row.native_name)
        self.preferred_name.setText(row.preferred_name)
        self.gender.setCurrentIndex(max(0, self.gender.findData(row.gender)))
        self.date_of_birth.setText(row.date_of_birth.isoformat() if row.date_of_birth else "")
        self.email.setText(row.email)
        self.external_id.setText(row.external_id)
        self.delegation.setCurrentIndex(max(0, self.delegation.findData(row.delegation_id)))
        self.role.setCurrentIndex(max(0, self.role.findData(row.role)))
        self.is_leader.setChecked(row.is_leader)
        self.room.setText(row.room)
        self.dietary.setText(row.dietary)
        self.allergies.setText(row.allergies)
        self.emergency_contact_name.setText(detail.emergency_contact_name)
        self.emergency_contact_phone.setText(detail.emergency_contact_phone)
        self.emergency_contact_relation.setText(detail.emergency_contact_relation)
        self.phone.setText(detail.phone)
        self.notes.setPlainText(detail.notes)

    def edit(self) -> ParticipantEdit:
        """What the user typed, as core's parsers take it."""
        delegation: Any = self.delegation.currentData()
        return ParticipantEdit(
            family_name=self.family_name.text(),
            given_name=self.given_name.text(),
            native_name=self.native_name.text(),
            preferred_name=self.preferred_name.text(),
            title=self.title.currentText(),
            role=str(self.role.currentData()),
            is_leader=self.is_leader.isChecked(),
            gender=str(self.gender.currentData()),
            date_of_birth=self.date_of_birth.text(),
            email=self.email.text(),
            phone=self.phone.text(),
            delegation_id=int(delegation) if delegation is not None else None,
            external_id=self.external_id.text(),
            dietary=self.dietary.text(),
            allergies=self.allergies.text(),
            emergency_contact_name=self.emergency_contact_name.text(),
            emergency_contact_phone=self.emergency_contact_phone.text(),
            emergency_contact_relation=self.emergency_contact_relation.text(),
            room=self.room.text(),
            notes=self.notes.toPlainText(),
        )

    def save(self) -> None:
        if self.busy:
            return
        self.busy = True
        self.buttons.setEnabled(False)
        self.workspace.runner.run(
            partial(
                save_participant,
                self.factory,
                self.program_id,
                self.participant_id,
                self.edit(),
                actor=Actor.here(self.workspace.settings.station_name),
            ),
            on_success=self._saved,
            on_error=self._failed,
            title=self.tr("Saving the participant"),
        )

    def _done(self) -> None:
        self.busy = False
        self.buttons.setEnabled(True)

    def _saved(self, outcome: SaveOutcome) -> None:
        self._done()
        self.show_problems(outcome.problems)
        if outcome.detail is not None:
            self.detail = outcome.detail
            self.saved.emit(outcome.detail)
            self.accept()

    def _failed(self, exc: BaseException) -> None:
        self._done()
        self.show_problems(())
        self.general_error.setText(messages.describe(exc, self.tr("saving the participant")))
        self.general_error.show()

    def show_problems(self, problems: Sequence[tuple[str, str]]) -> None:
        """Each problem next to its field (a sentence starting with a capital), others below."""
        for label in self.errors.values():
            label.hide()
        general: list[str] = []
        for field, message in problems:
            text = message[:1].upper() + message[1:]
            key = self.PROBLEM_FIELDS.get(field)
            if key is None:
                general.append(f"{field}: {text}")
                continue
            label = self.errors[key]
            label.setText(f"{label.text()} {text}" if label.isVisible() else text)
            label.show()
        self.general_error.setText("\n".join(general))
        self.general_error.setVisible(bool(general))
        first = next((self.PROBLEM_FIELDS.get(f) for f, _ in problems), None)
        focus = getattr(self, first, None) if first else None
        if isinstance(focus, QWidget):
            focus.setFocus()

    def problem_texts(self) -> dict[str, str]:
        """The field messages shown now (for tests and screen readers)."""
        shown = {k: lbl.text() for k, lbl in self.errors.items() if not lbl.isHidden()}
        if not self.general_error.isHidden():
            shown["general"] = self.general_error.text()
        return shown
