"""Shared pieces of the Participants screen's dialogs: field error lines and two base dialogs.

`_RowForm` is the small Save/Cancel form for one delegation or team, and `_ListDialog` the
table-with-Add/Edit/Delete window that lists a program's delegations or teams and runs every
change through the task runner. They live apart from the concrete dialogs so the participant,
delegation and team modules can each share them without importing one another.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import partial
from typing import Generic, Protocol, TypeVar

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSizePolicy,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from sakura_desktop.core.roster.participants import ParticipantRow
from sakura_desktop.db.engine import SessionFactory
from sakura_desktop.ui.dialogs import messages
from sakura_desktop.ui.i18n import translate
from sakura_desktop.ui.participants.jobs import run_use_case
from sakura_desktop.ui.participants.models import RowsModel
from sakura_desktop.ui.widgets.table_view import read_only_table
from sakura_desktop.ui.workspace import Workspace


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
        self.add_button = QPushButton(translate("ParticipantDialogs", "Add…"))
        self.edit_button = QPushButton(edit_label)
        self.delete_button = QPushButton(translate("ParticipantDialogs", "Delete"))
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
        self,
        list_rows: Callable[[SessionFactory, int], list[R]],
        doing: str,
        title: str,
        select_id: int | None,
    ) -> None:
        """Reload the rows; `doing` ("loading the teams") and `title` are translated."""

        def loaded(rows: list[R]) -> None:
            self.model.set_rows(rows)
            if select_id is not None:
                self.select(select_id)
            self.changed.emit()

        self._run(
            partial(list_rows, self.factory, self.program_id),
            loaded,
            doing,
            title,
        )
