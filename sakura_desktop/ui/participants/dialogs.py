"""Dialogs of the Participants screen: edit a participant, manage delegations and teams.

Every save runs a core use case through the task runner; a rule the save breaks comes back as
a message next to the field (or in the dialog), and the dialog stays open with everything typed.
Dialogs open window-modal with `open()`, so tests can fill them in without a blocking `exec()`.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import partial
from typing import Any, ClassVar, Generic, Protocol, TypeVar

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from sakura_desktop.core.roster.countries import known_countries
from sakura_desktop.core.roster.delegations import (
    DelegationDraft,
    DelegationRow,
    create_delegation,
    delete_delegation,
    list_delegations,
    set_leader,
    update_delegation,
)
from sakura_desktop.core.roster.participants import (
    ParticipantDetail,
    ParticipantEdit,
    ParticipantRow,
)
from sakura_desktop.core.roster.teams import (
    AutoTeams,
    TeamRow,
    auto_form_teams,
    create_team,
    delete_team,
    list_teams,
    rename_team,
)
from sakura_desktop.db.engine import SessionFactory
from sakura_desktop.db.enums import Gender, ParticipantStatus, Role
from sakura_desktop.ui.dialogs import messages
from sakura_desktop.ui.participants import file_dialogs
from sakura_desktop.ui.participants.jobs import SaveOutcome, run_use_case, save_participant
from sakura_desktop.ui.participants.models import DelegationTableModel, RowsModel, TeamTableModel
from sakura_desktop.ui.participants.text import ROLE_LABELS, plural
from sakura_desktop.ui.widgets.progress import run_with_progress
from sakura_desktop.ui.widgets.table_view import read_only_table
from sakura_desktop.ui.workspace import Workspace

TITLES = ("", "Mr", "Ms", "Mx", "Dr.", "Prof.")
GENDER_CHOICES = (
    ("Not given", Gender.UNSPECIFIED.value),
    ("Female", Gender.FEMALE.value),
    ("Male", Gender.MALE.value),
    ("Other", Gender.OTHER.value),
)


def _error_label() -> QLabel:
    label = QLabel()
    label.setObjectName("FieldError")
    label.setWordWrap(True)
    label.setStyleSheet("color: #c62828;")
    label.hide()
    return label


def _with_error(field: QWidget, error: QLabel) -> QWidget:
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(2)
    layout.addWidget(field)
    layout.addWidget(error)
    box.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
    return box


def _table_view(name: str) -> QTableView:
    view = read_only_table(name)
    view.horizontalHeader().setStretchLastSection(True)
    return view


class _RowForm(QDialog):
    """A small form for one row: fields, an error line under them, Save and Cancel. A rule the
    save breaks shows in the error line and the form stays open with everything typed."""

    def __init__(self, name: str, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setWindowTitle(title)

    def _lay_out(self, form: QFormLayout, save: Callable[[], None]) -> None:
        self.error = _error_label()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()


class _HasId(Protocol):
    @property
    def id(self) -> int: ...


R = TypeVar("R", bound=_HasId)
T = TypeVar("T")


class _ListDialog(QDialog, Generic[R]):
    """A program's delegations or teams: a table, Add / Edit / Delete under it, a note, Close.

    Subclasses add the rows' own actions (`add`, `edit_selected`, `delete_selected`); every
    change runs a core use case through the task runner (`_run`) and reloads the list."""

    changed = Signal()

    def __init__(
        self,
        workspace: Workspace,
        factory: SessionFactory,
        program_id: int,
        people: Sequence[ParticipantRow],
        model: RowsModel[R],
        names: tuple[str, str, str],  # object name, window title, table's object name
        edit_label: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName(names[0])
        self.setWindowTitle(names[1])
        self.workspace, self.factory, self.program_id = workspace, factory, program_id
        self.people = list(people)
        self.model = model
        model.setParent(self)
        self.view = _table_view(names[2])
        self.view.setModel(self.model)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.view.doubleClicked.connect(lambda _index: self.edit_selected())
        self.add_button = QPushButton("Add…")
        self.edit_button = QPushButton(edit_label)
        self.delete_button = QPushButton("Delete")
        self.add_button.clicked.connect(self.add)
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button.clicked.connect(self.delete_selected)

    def _lay_out(self, actions: Sequence[QPushButton], note_text: str, height: int) -> None:
        note = QLabel(note_text)
        note.setObjectName("Hint")
        note.setWordWrap(True)
        buttons = QHBoxLayout()
        for button in actions:
            buttons.addWidget(button)
        buttons.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addWidget(note)
        layout.addLayout(buttons)
        self.resize(760, height)

    def add(self) -> None:
        raise NotImplementedError

    def edit_selected(self) -> None:
        raise NotImplementedError

    def delete_selected(self) -> None:
        raise NotImplementedError

    def selected(self) -> R | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def select(self, row_id: int) -> None:
        for n, row in enumerate(self.model.rows):
            if row.id == row_id:
                self.view.selectRow(n)

    def _run(
        self,
        work: Callable[[], T],
        on_success: Callable[[T], None],
        doing: str,
        title: str,
        show_error: Callable[[str], None] | None = None,
    ) -> None:
        """Run a core use case off the GUI thread; a refusal is said in the open form
        (`show_error`), or else in a message box over this dialog."""

        def failed(exc: BaseException) -> None:
            if show_error is not None:
                show_error(messages.describe(exc, doing))
            else:
                messages.show_error(self, exc, doing)

        self.workspace.runner.run(
            run_use_case(work), on_success=on_success, on_error=failed, title=title
        )

    def _reload(
        self, list_rows: Callable[[SessionFactory, int], list[R]], what: str, select_id: int | None
    ) -> None:
        def loaded(rows: list[R]) -> None:
            self.model.set_rows(rows)
            if select_id is not None:
                self.select(select_id)
            self.changed.emit()

        self._run(
            partial(list_rows, self.factory, self.program_id),
            loaded,
            f"loading the {what}",
            f"Loading {what}",
        )


# --- one participant -------------------------------------------------------------------------


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
        self.setWindowTitle(f"Edit {name}" if detail is not None else "Add a participant")
        self.errors: dict[str, QLabel] = {}
        self.busy = False

        self.title = QComboBox()
        self.title.setEditable(True)
        self.title.addItems(TITLES)
        self.family_name = QLineEdit()
        self.given_name = QLineEdit()
        self.native_name = QLineEdit()
        self.native_name.setToolTip("Kept exactly as typed, in the participant's own script.")
        self.preferred_name = QLineEdit()
        self.preferred_name.setPlaceholderText("The name on the badge, if not the given name")
        self.gender = QComboBox()
        for label, value in GENDER_CHOICES:
            self.gender.addItem(label, value)
        self.date_of_birth = QLineEdit()
        self.date_of_birth.setPlaceholderText("YYYY-MM-DD")
        self.email = QLineEdit()
        self.email.setPlaceholderText("name@example.org")
        self.external_id = QLineEdit()
        self.external_id.setPlaceholderText("The roster's ID, if it has one")

        self.delegation = QComboBox()
        self.delegation.addItem("No delegation (host staff, guests)", None)
        for d in delegations:
            self.delegation.addItem(f"{d.name} ({d.country_code})", d.id)
        self.role = QComboBox()
        for role in Role:
            self.role.addItem(ROLE_LABELS[role.value], role.value)
        self.is_leader = QCheckBox("Leads the delegation")
        self.room = QLineEdit()
        self.dietary = QLineEdit()
        self.dietary.setPlaceholderText("halal, vegetarian …")
        self.allergies = QLineEdit()
        self.emergency_contact_name = QLineEdit()
        self.emergency_contact_phone = QLineEdit()
        self.emergency_contact_relation = QLineEdit()
        self.emergency_contact_relation.setPlaceholderText("mother, school office …")
        self.notes = QPlainTextEdit()
        self.notes.setFixedHeight(70)

        person = QGroupBox("Person")
        form = QFormLayout(person)
        self._row(form, "Title", "title", self.title)
        self._row(form, "Family name", "family_name", self.family_name)
        self._row(form, "Given name", "given_name", self.given_name)
        self._row(form, "Native name", "native_name", self.native_name)
        self._row(form, "Preferred name", "preferred_name", self.preferred_name)
        self._row(form, "Gender", "gender", self.gender)
        self._row(form, "Date of birth", "date_of_birth", self.date_of_birth)
        self._row(form, "E-mail", "email", self.email)
        self._row(form, "ID", "external_id", self.external_id)

        week = QGroupBox("Exchange week")
        form = QFormLayout(week)
        self._row(form, "Delegation", "delegation", self.delegation)
        role_box = QWidget()
        role_layout = QHBoxLayout(role_box)
        role_layout.setContentsMargins(0, 0, 0, 0)
        role_layout.addWidget(self.role, 1)
        role_layout.addWidget(self.is_leader)
        self._row(form, "Role", "role", role_box)
        self._row(form, "Room", "room", self.room)
        self._row(form, "Dietary needs", "dietary", self.dietary)
        self._row(form, "Allergies", "allergies", self.allergies)
        self._row(form, "Emergency contact", "emergency_contact_name", self.emergency_contact_name)
        self._row(form, "Their phone", "emergency_contact_phone", self.emergency_contact_phone)
        self._row(form, "Relation", "emergency_contact_relation", self.emergency_contact_relation)
        self._row(form, "Notes", "notes", self.notes)

        self.general_error = _error_label()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

        columns = QHBoxLayout()
        columns.addWidget(person, 1)
        columns.addWidget(week, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(columns)
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
                save_participant, self.factory, self.program_id, self.participant_id, self.edit()
            ),
            on_success=self._saved,
            on_error=self._failed,
            title="Saving the participant",
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
        self.general_error.setText(messages.describe(exc, "saving the participant"))
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


# --- delegations -----------------------------------------------------------------------------


class DelegationForm(_RowForm):
    """Name, country, institution and leader of one delegation (new when `row` is None)."""

    def __init__(
        self,
        row: DelegationRow | None,
        members: Sequence[ParticipantRow],
        submit: Callable[[DelegationDraft, int | None, Callable[[str], None]], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__("DelegationForm", f"Edit {row.name}" if row else "New delegation", parent)
        self.row = row
        self.submit = submit
        self.name = QLineEdit(row.name if row else "")
        self.country = QComboBox()
        self.country.setEditable(True)
        self.country.addItem("")
        for country in known_countries():
            self.country.addItem(f"{country.name}", country.code)
        self.country.setCurrentText(row.country_name if row else "")
        self.country.setToolTip("An English country name or a two-letter code (TH, VN, KR …)")
        self.institution = QLineEdit(row.institution if row else "")
        self.leader = QComboBox()
        self.leader.addItem("No leader", None)
        for person in sorted(members, key=lambda p: (p.role != Role.TEACHER.value, p.family_name)):
            self.leader.addItem(
                f"{person.display_name} ({ROLE_LABELS.get(person.role, '')})", person.id
            )
        if row is not None and row.leader_id is not None:
            self.leader.setCurrentIndex(max(0, self.leader.findData(row.leader_id)))
        self.leader.setEnabled(row is not None and bool(members))
        form = QFormLayout()
        form.addRow("Name", self.name)
        form.addRow("Country", self.country)
        form.addRow("Sending institution", self.institution)
        form.addRow("Leader", self.leader)
        self._lay_out(form, self.save)
        self.resize(460, 0)

    def draft(self) -> DelegationDraft:
        return DelegationDraft(
            self.name.text(), self.country.currentText(), self.institution.text()
        )

    def leader_id(self) -> int | None:
        data: Any = self.leader.currentData()
        return int(data) if data is not None else None

    def save(self) -> None:
        self.error.hide()
        self.submit(self.draft(), self.leader_id(), self.show_error)


class DelegationsDialog(_ListDialog[DelegationRow]):
    """The program's delegations: add, edit (name, country, institution, leader), delete."""

    def __init__(
        self,
        workspace: Workspace,
        factory: SessionFactory,
        program_id: int,
        delegations: Sequence[DelegationRow],
        people: Sequence[ParticipantRow],
        parent: QWidget | None = None,
    ) -> None:
        names = ("DelegationsDialog", "Delegations", "delegationsTable")
        model = DelegationTableModel(delegations)
        super().__init__(workspace, factory, program_id, people, model, names, "Edit…", parent)
        self.form: DelegationForm | None = None
        self._lay_out(
            (self.add_button, self.edit_button, self.delete_button),
            "A delegation with participants cannot be deleted: move them to another delegation "
            "first. The leader is chosen among the delegation's members.",
            420,
        )

    def add(self) -> None:
        self._open_form(None)

    def edit_selected(self) -> None:
        row = self.selected()
        if row is not None:
            self._open_form(row)

    def _open_form(self, row: DelegationRow | None) -> None:
        members = [p for p in self.people if row is not None and p.delegation_id == row.id]
        self.form = DelegationForm(row, members, partial(self._submit, row), self)
        self.form.open()

    def _submit(
        self,
        row: DelegationRow | None,
        draft: DelegationDraft,
        leader_id: int | None,
        show_error: Callable[[str], None],
    ) -> None:
        factory, program_id = self.factory, self.program_id

        def work() -> DelegationRow:
            if row is None:
                return create_delegation(factory, program_id, draft)
            saved = update_delegation(factory, row.id, draft)
            if leader_id != row.leader_id:
                saved = set_leader(factory, row.id, leader_id)
            return saved

        def done(saved: DelegationRow) -> None:
            if self.form is not None:
                self.form.accept()
            self.reload(select_id=saved.id)

        self._run(work, done, "saving the delegation", "Saving the delegation", show_error)

    def delete_selected(self) -> None:
        row = self.selected()
        if row is None:
            return
        if row.participants:
            # Core refuses too; say so before asking anything.
            self._delete(row)
            return
        answer = messages.choose(
            self,
            "Delete delegation",
            f"Delete the delegation {row.name}?",
            ["Delete"],
            informative="It has no participants. This cannot be undone.",
        )
        if answer == 0:
            self._delete(row)

    def _delete(self, row: DelegationRow) -> None:
        self._run(
            partial(delete_delegation, self.factory, row.id),
            lambda _result: self.reload(),
            "deleting the delegation",
            "Deleting the delegation",
        )

    def reload(self, select_id: int | None = None) -> None:
        self._reload(list_delegations, "delegations", select_id)


# --- teams -----------------------------------------------------------------------------------


class TeamForm(_RowForm):
    """A team's name and colour (new when `row` is None)."""

    def __init__(
        self,
        row: TeamRow | None,
        colour: str,
        submit: Callable[[str, str, Callable[[str], None]], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__("TeamForm", f"Edit {row.name}" if row else "New team", parent)
        self.submit = submit
        self.colour = colour
        self.name = QLineEdit(row.name if row else "")
        self.colour_button = QPushButton()
        self.colour_button.clicked.connect(self._pick_colour)
        self._show_colour()
        form = QFormLayout()
        form.addRow("Name", self.name)
        form.addRow("Colour", self.colour_button)
        self._lay_out(form, lambda: self.submit(self.name.text(), self.colour, self.show_error))
        self.resize(360, 0)  # room for the name and for Save and Cancel side by side

    def _show_colour(self) -> None:
        self.colour_button.setText(self.colour)
        self.colour_button.setStyleSheet(
            f"QPushButton {{ border-left: 18px solid {self.colour}; padding: 4px 10px; }}"
        )

    def _pick_colour(self) -> None:
        chosen = file_dialogs.choose_colour(self, self.colour)
        if chosen:
            self.colour = chosen
            self._show_colour()


class AutoTeamsForm(QDialog):
    """How many teams, the seed, and whether teachers join."""

    def __init__(self, students: int, teachers: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("AutoTeamsForm")
        self.setWindowTitle("Auto-form mixed teams")
        self.count = QSpinBox()
        self.count.setRange(1, max(1, students + teachers))
        self.count.setValue(max(1, min(students, round(students / 10) or 1)))
        self.seed = QSpinBox()
        self.seed.setRange(0, 999_999)
        self.seed.setValue(1)
        self.seed.setToolTip("The same seed forms the same teams again; change it for others.")
        self.include_teachers = QCheckBox(f"Include the {plural(teachers, 'teacher')}")
        intro = QLabel(
            f"Spread the {plural(students, 'active student')} over N teams named Team 1 … Team N, "
            "mixing delegations, genders and roles as evenly as the numbers allow."
        )
        intro.setWordWrap(True)
        form = QFormLayout()
        form.addRow("Teams", self.count)
        form.addRow("Seed", self.seed)
        form.addRow("", self.include_teachers)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText("Form teams…")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.resize(440, 0)


class TeamsDialog(_ListDialog[TeamRow]):
    """The program's teams: add, rename, colour, delete, and auto-form N mixed teams."""

    def __init__(
        self,
        workspace: Workspace,
        factory: SessionFactory,
        program_id: int,
        teams: Sequence[TeamRow],
        people: Sequence[ParticipantRow],
        parent: QWidget | None = None,
    ) -> None:
        names = ("TeamsDialog", "Teams", "teamsTable")
        model = TeamTableModel(teams)
        edit = "Rename or colour…"
        super().__init__(workspace, factory, program_id, people, model, names, edit, parent)
        self.form: QDialog | None = None
        self.auto_button = QPushButton("Auto-form N mixed teams…")
        self.auto_button.clicked.connect(self.auto_form)
        self._lay_out(
            (self.add_button, self.edit_button, self.delete_button, self.auto_button),
            "To put people into a team, select them in the participants table and use "
            "Assign to team. Deleting a team leaves its members without a team.",
            440,
        )

    def add(self) -> None:
        from sakura_desktop.core.roster.teams import PALETTE

        colour = PALETTE[len(self.model.rows) % len(PALETTE)]
        self.form = TeamForm(None, colour, partial(self._save, None), self)
        self.form.open()

    def edit_selected(self) -> None:
        row = self.selected()
        if row is not None:
            self.form = TeamForm(row, row.colour, partial(self._save, row), self)
            self.form.open()

    def _save(
        self, row: TeamRow | None, name: str, colour: str, show_error: Callable[[str], None]
    ) -> None:
        factory, program_id = self.factory, self.program_id

        def work() -> TeamRow:
            if row is None:
                return create_team(factory, program_id, name, colour)
            return rename_team(factory, row.id, name, colour)

        def done(_team: TeamRow) -> None:
            if self.form is not None:
                self.form.accept()
            self.reload()

        self._run(work, done, "saving the team", "Saving the team", show_error)

    def delete_selected(self) -> None:
        row = self.selected()
        if row is None:
            return
        answer = messages.choose(
            self,
            "Delete team",
            f"Delete {row.name}?",
            ["Delete"],
            informative=(
                f"Its {plural(row.size, 'member')} stay on the list without a team. "
                "This cannot be undone."
            ),
        )
        if answer != 0:
            return
        self._run(
            partial(delete_team, self.factory, row.id),
            lambda _result: self.reload(),
            "deleting the team",
            "Deleting the team",
        )

    def _eligible(self, include_teachers: bool) -> list[ParticipantRow]:
        roles = {Role.STUDENT.value} | ({Role.TEACHER.value} if include_teachers else set())
        withdrawn = ParticipantStatus.WITHDRAWN.value
        return [p for p in self.people if p.role in roles and p.status != withdrawn]

    def auto_form(self) -> None:
        students = len(self._eligible(False))
        teachers = len(self._eligible(True)) - students
        form = AutoTeamsForm(students, teachers, self)
        self.form = form
        form.accepted.connect(
            lambda: self.confirm_auto_form(
                form.count.value(), form.seed.value(), form.include_teachers.isChecked()
            )
        )
        form.open()

    def confirm_auto_form(self, n: int, seed: int, include_teachers: bool) -> None:
        people = self._eligible(include_teachers)
        moving = sum(1 for p in people if p.team_ids)
        who = "students and teachers" if include_teachers else "students"
        informative = (
            f"{plural(len(people), 'person', 'people')} ({who}, withdrawn left out) will be "
            f"dealt into Team 1 … Team {n}; teams that do not exist yet are created."
        )
        if moving:
            informative += (
                f" {plural(moving, 'person', 'people')} already in a team will move: their "
                "current team assignments are replaced."
            )
        answer = messages.choose(
            self,
            "Auto-form mixed teams",
            f"Form {n} mixed teams?",
            [f"Form {n} teams"],
            informative=informative,
        )
        if answer != 0:
            return
        run_with_progress(
            self.workspace.runner,
            self,
            run_use_case(
                partial(auto_form_teams, self.factory, self.program_id, n, seed, include_teachers)
            ),
            label=f"Forming {n} teams…",
            on_success=self._formed,
            on_error=lambda exc: messages.show_error(self, exc, "forming the teams"),
            cancellable=False,
        )

    def _formed(self, result: AutoTeams) -> None:
        sizes = [t.size for t in result.teams] or [0]
        low, high = min(sizes), max(sizes)
        size_text = str(low) if low == high else f"{low}–{high}"
        messages.inform(
            self,
            "Teams formed",
            f"{plural(result.assigned, 'person', 'people')} dealt into "
            f"{plural(len(result.teams), 'team')} of {size_text} (seed {result.seed}).",
        )
        self.reload()

    def reload(self) -> None:
        self._reload(list_teams, "teams", None)

    def set_people(self, people: Sequence[ParticipantRow]) -> None:
        self.people = list(people)


__all__ = [
    "AutoTeamsForm",
    "DelegationForm",
    "DelegationsDialog",
    "ParticipantDialog",
    "TeamForm",
    "TeamsDialog",
]
