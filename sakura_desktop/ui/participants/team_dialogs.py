"""The Teams window of the Participants screen, its one-team form and the auto-form dialog.

`TeamsDialog` lists a program's teams and adds, renames, recolours and deletes them through
core's team use cases; `TeamForm` edits one team's name and colour, and `AutoTeamsForm` asks how
many mixed teams to deal the students (and perhaps teachers) into. Kept apart from the delegation
dialogs, which share only the base classes.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import partial

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from sakura_desktop.core.roster.participants import ParticipantRow
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
from sakura_desktop.db.enums import ParticipantStatus, Role
from sakura_desktop.ui.dialogs import messages
from sakura_desktop.ui.i18n import translate
from sakura_desktop.ui.participants import file_dialogs
from sakura_desktop.ui.participants.dialog_base import _ListDialog, _RowForm
from sakura_desktop.ui.participants.jobs import run_use_case
from sakura_desktop.ui.participants.models import TeamTableModel
from sakura_desktop.ui.participants.text import counted
from sakura_desktop.ui.widgets.progress import run_with_progress
from sakura_desktop.ui.workspace import Workspace


class TeamForm(_RowForm):
    """A team's name and colour (new when `row` is None)."""

    def __init__(
        self,
        row: TeamRow | None,
        colour: str,
        submit: Callable[[str, str, Callable[[str], None]], None],
        parent: QWidget | None = None,
    ) -> None:
        title = (
            translate("TeamDialogs", "Edit {0}").format(row.name)
            if row
            else translate("TeamDialogs", "New team")
        )
        super().__init__("TeamForm", title, parent)
        self.submit = submit
        self.colour = colour
        self.name = QLineEdit(row.name if row else "")
        self.colour_button = QPushButton()
        self.colour_button.clicked.connect(self._pick_colour)
        self._show_colour()
        form = QFormLayout()
        form.addRow(translate("TeamDialogs", "Name"), self.name)
        form.addRow(translate("TeamDialogs", "Colour"), self.colour_button)
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
        self.setWindowTitle(translate("TeamDialogs", "Auto-form mixed teams"))
        self.count = QSpinBox()
        self.count.setRange(1, max(1, students + teachers))
        self.count.setValue(max(1, min(students, round(students / 10) or 1)))
        self.seed = QSpinBox()
        self.seed.setRange(0, 999_999)
        self.seed.setValue(1)
        self.seed.setToolTip(
            translate(
                "TeamDialogs", "The same seed forms the same teams again; change it for others."
            )
        )
        self.include_teachers = QCheckBox(
            counted(
                teachers,
                translate("TeamDialogs", "Include the {0} teacher"),
                translate("TeamDialogs", "Include the {0} teachers"),
            )
        )
        intro = QLabel(
            counted(
                students,
                translate(
                    "TeamDialogs",
                    "Spread the {0} active student over N teams named Team 1 … Team N, "
                    "mixing delegations, genders and roles as evenly as the numbers allow.",
                ),
                translate(
                    "TeamDialogs",
                    "Spread the {0} active students over N teams named Team 1 … Team N, "
                    "mixing delegations, genders and roles as evenly as the numbers allow.",
                ),
            )
        )
        intro.setWordWrap(True)
        form = QFormLayout()
        form.addRow(translate("TeamDialogs", "Teams"), self.count)
        form.addRow(translate("TeamDialogs", "Seed"), self.seed)
        form.addRow("", self.include_teachers)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            translate("TeamDialogs", "Form teams…")
        )
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
        names = ("TeamsDialog", translate("TeamDialogs", "Teams"), "teamsTable")
        model = TeamTableModel(teams)
        edit = translate("TeamDialogs", "Rename or colour…")
        super().__init__(workspace, factory, program_id, people, model, names, edit, parent)
        self.form: QDialog | None = None
        self.auto_button = QPushButton(translate("TeamDialogs", "Auto-form N mixed teams…"))
        self.auto_button.clicked.connect(self.auto_form)
        self._lay_out(
            (self.add_button, self.edit_button, self.delete_button, self.auto_button),
            translate(
                "TeamDialogs",
                "To put people into a team, select them in the participants table and use "
                "Assign to team. Deleting a team leaves its members without a team.",
            ),
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

        self._run(
            work,
            done,
            translate("TeamDialogs", "saving the team"),
            translate("TeamDialogs", "Saving the team"),
            show_error,
        )

    def delete_selected(self) -> None:
        row = self.selected()
        if row is None:
            return
        answer = messages.choose(
            self,
            translate("TeamDialogs", "Delete team"),
            translate("TeamDialogs", "Delete {0}?").format(row.name),
            [translate("TeamDialogs", "Delete")],
            informative=counted(
                row.size,
                translate(
                    "TeamDialogs",
                    "Its {0} member stay on the list without a team. This cannot be undone.",
                ),
                translate(
                    "TeamDialogs",
                    "Its {0} members stay on the list without a team. This cannot be undone.",
                ),
            ),
        )
        if answer != 0:
            return
        self._run(
            partial(delete_team, self.factory, row.id),
            lambda _result: self.reload(),
            translate("TeamDialogs", "deleting the team"),
            translate("TeamDialogs", "Deleting the team"),
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
        who = (
            translate("TeamDialogs", "students and teachers")
            if include_teachers
            else translate("TeamDialogs", "students")
        )
        informative = counted(
            len(people),
            translate(
                "TeamDialogs",
                "{0} person ({1}, withdrawn left out) will be dealt into Team 1 … Team {2}; "
                "teams that do not exist yet are created.",
            ),
            translate(
                "TeamDialogs",
                "{0} people ({1}, withdrawn left out) will be dealt into Team 1 … Team {2}; "
                "teams that do not exist yet are created.",
            ),
            who,
            n,
        )
        if moving:
            informative += " " + counted(
                moving,
                translate(
                    "TeamDialogs",
                    "{0} person already in a team will move: their current team assignments "
                    "are replaced.",
                ),
                translate(
                    "TeamDialogs",
                    "{0} people already in a team will move: their current team assignments "
                    "are replaced.",
                ),
            )
        answer = messages.choose(
            self,
            translate("TeamDialogs", "Auto-form mixed teams"),
            translate("TeamDialogs", "Form {0} mixed teams?").format(n),
            [translate("TeamDialogs", "Form {0} teams").format(n)],
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
            label=translate("TeamDialogs", "Forming {0} teams…").format(n),
            on_success=self._formed,
            on_error=lambda exc: messages.show_error(
                self, exc, translate("TeamDialogs", "forming the teams")
            ),
            cancellable=False,
        )

    def _formed(self, result: AutoTeams) -> None:
        sizes = [t.size for t in result.teams] or [0]
        low, high = min(sizes), max(sizes)
        size_text = str(low) if low == high else f"{low}–{high}"
        messages.inform(
            self,
            translate("TeamDialogs", "Teams formed"),
            counted(
                result.assigned,
                translate("TeamDialogs", "{0} person dealt into {teams} of {size} (seed {seed})."),
                translate("TeamDialogs", "{0} people dealt into {teams} of {size} (seed {seed})."),
                teams=counted(
                    len(result.teams),
                    translate("TeamDialogs", "{0} team"),
                    translate("TeamDialogs", "{0} teams"),
                ),
                size=size_text,
                seed=result.seed,
            ),
        )
        self.reload()

    def reload(self) -> None:
        self._reload(
            list_teams,
            translate("TeamDialogs", "loading the teams"),
            translate("TeamDialogs", "Loading teams"),
            None,
        )

    def set_people(self, people: Sequence[ParticipantRow]) -> None:
        self.people = list(people)
