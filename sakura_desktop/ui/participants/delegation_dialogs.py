"""The Delegations window of the Participants screen and its one-delegation form.

`DelegationsDialog` lists a program's delegations and adds, edits (name, country, institution,
leader) and deletes them through core's delegation use cases; `DelegationForm` is the small form
it opens for one row. Kept apart from the team dialogs, which share only the base classes.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import partial
from typing import Any

from PySide6.QtWidgets import QComboBox, QFormLayout, QLineEdit, QWidget

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
from sakura_desktop.core.roster.participants import ParticipantRow
from sakura_desktop.db.engine import SessionFactory
from sakura_desktop.db.enums import Role
from sakura_desktop.ui.dialogs import messages
from sakura_desktop.ui.i18n import translate
from sakura_desktop.ui.participants.dialog_base import _ListDialog, _RowForm
from sakura_desktop.ui.participants.models import DelegationTableModel
from sakura_desktop.ui.participants.text import role_name
from sakura_desktop.ui.workspace import Workspace


class DelegationForm(_RowForm):
    """Name, country, institution and leader of one delegation (new when `row` is None)."""

    def __init__(
        self,
        row: DelegationRow | None,
        members: Sequence[ParticipantRow],
        submit: Callable[[DelegationDraft, int | None, Callable[[str], None]], None],
        parent: QWidget | None = None,
    ) -> None:
        title = (
            translate("DelegationDialogs", "Edit {0}").format(row.name)
            if row
            else translate("DelegationDialogs", "New delegation")
        )
        super().__init__("DelegationForm", title, parent)
        self.row = row
        self.submit = submit
        self.name = QLineEdit(row.name if row else "")
        self.country = QComboBox()
        self.country.setEditable(True)
        self.country.addItem("")
        for country in known_countries():
            self.country.addItem(f"{country.name}", country.code)
        self.country.setCurrentText(row.country_name if row else "")
        self.country.setToolTip(
            translate(
                "DelegationDialogs", "An English country name or a two-letter code (TH, VN, KR …)"
            )
        )
        self.institution = QLineEdit(row.institution if row else "")
        self.leader = QComboBox()
        self.leader.addItem(translate("DelegationDialogs", "No leader"), None)
        for person in sorted(members, key=lambda p: (p.role != Role.TEACHER.value, p.family_name)):
            self.leader.addItem(f"{person.display_name} ({role_name(person.role)})", person.id)
        if row is not None and row.leader_id is not None:
            self.leader.setCurrentIndex(max(0, self.leader.findData(row.leader_id)))
        self.leader.setEnabled(row is not None and bool(members))
        form = QFormLayout()
        form.addRow(translate("DelegationDialogs", "Name"), self.name)
        form.addRow(translate("DelegationDialogs", "Country"), self.country)
        form.addRow(translate("DelegationDialogs", "Sending institution"), self.institution)
        form.addRow(translate("DelegationDialogs", "Leader"), self.leader)
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
        names = (
            "DelegationsDialog",
            translate("DelegationDialogs", "Delegations"),
            "delegationsTable",
        )
        model = DelegationTableModel(delegations)
        edit = translate("DelegationDialogs", "Edit…")
        super().__init__(workspace, factory, program_id, people, model, names, edit, parent)
        self.form: DelegationForm | None = None
        self._lay_out(
            (self.add_button, self.edit_button, self.delete_button),
            translate(
                "DelegationDialogs",
                "A delegation with participants cannot be deleted: move them to another "
                "delegation first. The leader is chosen among the delegation's members.",
            ),
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

        self._run(
            work,
            done,
            translate("DelegationDialogs", "saving the delegation"),
            translate("DelegationDialogs", "Saving the delegation"),
            show_error,
        )

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
            translate("DelegationDialogs", "Delete delegation"),
            translate("DelegationDialogs", "Delete the delegation {0}?").format(row.name),
            [translate("DelegationDialogs", "Delete")],
            informative=translate(
                "DelegationDialogs", "It has no participants. This cannot be undone."
            ),
        )
        if answer == 0:
            self._delete(row)

    def _delete(self, row: DelegationRow) -> None:
        self._run(
            partial(delete_delegation, self.factory, row.id),
            lambda _result: self.reload(),
            translate("DelegationDialogs", "deleting the delegation"),
            translate("DelegationDialogs", "Deleting the delegation"),
        )

    def reload(self, select_id: int | None = None) -> None:
        self._reload(
            list_delegations,
            translate("DelegationDialogs", "loading the delegations"),
            translate("DelegationDialogs", "Loading delegations"),
            select_id,
        )
