"""The left side of the Print screen: which document, for whom, and the options that apply.

The panel shows only what matters for the chosen kind (`KindInfo.options`), turns the widgets
into a `PrintRequest` (`request`), and into `PrintChoices` to remember (`choices` / `apply`).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from sakura_desktop.core.documents import (
    DOCUMENT_KINDS,
    Audience,
    DocumentKind,
    KindInfo,
    PrintRequest,
    badge_layouts,
)
from sakura_desktop.errors import UserError
from sakura_desktop.ui.print.choices import AudienceMode, PrintChoices
from sakura_desktop.ui.print.jobs import Group, ScreenData
from sakura_desktop.ui.print.models import CheckItem, checklist
from sakura_desktop.ui.print.seal_picker import SealPicker
from sakura_desktop.ui.print.text import core_label, kind_hint


def kind_info(kind: DocumentKind) -> KindInfo:
    return next(info for info in DOCUMENT_KINDS if info.kind == kind)


class PrintOptionsPanel(QWidget):
    changed = Signal()
    edit_notebooks_requested = Signal()
    choose_signature_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.data: ScreenData | None = None
        self._applying = False
        self._wanted = PrintChoices()
        self.pending_notebook: str | None = None  # select this notebook when it is listed

        # -- document --
        self.kind_combo = QComboBox()
        self.kind_combo.setObjectName("kindCombo")
        for info in DOCUMENT_KINDS:
            self.kind_combo.addItem(core_label(info.label), info.kind.value)
        self.kind_hint = QLabel()
        self.kind_hint.setObjectName("Hint")
        self.kind_hint.setWordWrap(True)
        document_box = QGroupBox(self.tr("Document"))
        document_layout = QVBoxLayout(document_box)
        document_layout.addWidget(self.kind_combo)
        document_layout.addWidget(self.kind_hint)

        # -- who --
        self.audience_box = QGroupBox(self.tr("Who"))
        self.audience_box.setObjectName("audienceBox")
        self.mode_group = QButtonGroup(self)
        self.mode_buttons: dict[AudienceMode, QRadioButton] = {}
        for mode, label in (
            (AudienceMode.EVERYONE, self.tr("Everyone")),
            (AudienceMode.DELEGATION, self.tr("A delegation")),
            (AudienceMode.TEAM, self.tr("A team")),
            (AudienceMode.SELECTED, self.tr("Selected participants")),
        ):
            button = QRadioButton(label)
            button.setObjectName(f"audience_{mode.value}")
            self.mode_group.addButton(button)
            self.mode_buttons[mode] = button
        self.mode_buttons[AudienceMode.EVERYONE].setChecked(True)
        self.delegation_combo = QComboBox()
        self.delegation_combo.setObjectName("delegationCombo")
        self.delegation_combo.setMinimumContentsLength(14)
        self.delegation_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.team_combo = QComboBox()
        self.team_combo.setObjectName("teamCombo")
        self.people_search, self.people_view, self.people_model, self.people_proxy = checklist(
            "people", self.tr("Search names, delegations, teams…")
        )
        self.tick_shown_button = QPushButton(self.tr("Tick all shown"))
        self.clear_ticks_button = QPushButton(self.tr("Clear"))
        self.people_note = QLabel()
        self.people_note.setObjectName("Note")
        self.people_panel = QWidget()
        people_layout = QVBoxLayout(self.people_panel)
        people_layout.setContentsMargins(20, 0, 0, 0)
        people_layout.addWidget(self.people_search)
        people_layout.addWidget(self.people_view, 1)
        ticks = QHBoxLayout()
        ticks.addWidget(self.tick_shown_button)
        ticks.addWidget(self.clear_ticks_button)
        ticks.addStretch(1)
        people_layout.addLayout(ticks)
        people_layout.addWidget(self.people_note)
        self.unprinted_check = QCheckBox(self.tr("Only badges not printed yet"))
        self.unprinted_check.setObjectName("unprintedCheck")
        self.audience_note = QLabel()
        self.audience_note.setObjectName("Note")
        self.audience_note.setWordWrap(True)
        who = QVBoxLayout(self.audience_box)
        who.addWidget(self.mode_buttons[AudienceMode.EVERYONE])
        row = QHBoxLayout()
        row.addWidget(self.mode_buttons[AudienceMode.DELEGATION])
        row.addWidget(self.delegation_combo, 1)
        who.addLayout(row)
        row = QHBoxLayout()
        row.addWidget(self.mode_buttons[AudienceMode.TEAM])
        row.addWidget(self.team_combo, 1)
        who.addLayout(row)
        who.addWidget(self.mode_buttons[AudienceMode.SELECTED])
        who.addWidget(self.people_panel)
        who.addWidget(self.unprinted_check)
        who.addWidget(self.audience_note)

        # -- sessions --
        self.sessions_box = QGroupBox(self.tr("Sessions"))
        self.sessions_box.setObjectName("sessionsBox")
        self.session_search, self.session_view, self.session_model, self.session_proxy = checklist(
            "session", self.tr("Search sessions…")
        )
        self.usual_sessions_button = QPushButton(self.tr("Usual"))
        self.usual_sessions_button.setToolTip(self.tr("Every session except meals and free time"))
        self.all_sessions_button = QPushButton(self.tr("All"))
        self.no_sessions_button = QPushButton(self.tr("None"))
        self.sessions_note = QLabel()
        self.sessions_note.setObjectName("Note")
        sessions_layout = QVBoxLayout(self.sessions_box)
        sessions_layout.addWidget(self.session_search)
        sessions_layout.addWidget(self.session_view)
        ticks = QHBoxLayout()
        ticks.addWidget(self.usual_sessions_button)
        ticks.addWidget(self.all_sessions_button)
        ticks.addWidget(self.no_sessions_button)
        ticks.addStretch(1)
        sessions_layout.addLayout(ticks)
        sessions_layout.addWidget(self.sessions_note)

        # -- options --
        self.options_box = QGroupBox(self.tr("Options"))
        self.options_box.setObjectName("optionsBox")
        self.options_form = QFormLayout(self.options_box)
        self.options_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.layout_combo = QComboBox()
        self.layout_combo.setObjectName("layoutCombo")
        # Long layout names (Japanese ones most) elide in the box, in full in its list: the
        # options column stays within its 376-420 px on a small screen.
        self.layout_combo.setMinimumContentsLength(14)
        self.layout_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        for name, label in badge_layouts():
            self.layout_combo.addItem(core_label(label), name)
        self.back_check = QCheckBox(self.tr("Print the back side (the week, emergency numbers)"))
        self.back_check.setObjectName("backCheck")
        self.mark_check = QCheckBox(self.tr("Record these badges as printed"))
        self.mark_check.setObjectName("markCheck")
        self.mark_check.setToolTip(
            self.tr(
                "Recorded when the preview is printed or saved, so that 'Only badges not printed "
                "yet' leaves them out next time."
            )
        )
        self.notebook_combo = QComboBox()
        self.notebook_combo.setObjectName("notebookCombo")
        self.edit_notebooks_button = QPushButton(self.tr("Edit…"))
        self.edit_notebooks_button.setObjectName("editNotebooksButton")
        self.edit_notebooks_button.setToolTip(self.tr("Write or change the program's notebooks"))
        notebook_row = QWidget()
        notebook_layout = QHBoxLayout(notebook_row)
        notebook_layout.setContentsMargins(0, 0, 0, 0)
        notebook_layout.addWidget(self.notebook_combo, 1)
        notebook_layout.addWidget(self.edit_notebooks_button)
        self.paper_combo = QComboBox()
        self.paper_combo.setObjectName("paperCombo")
        self.paper_combo.addItem("A4", "A4")
        self.paper_combo.addItem("A5", "A5")
        self.booklet_check = QCheckBox(self.tr("A5 booklet on A4 (fold and staple)"))
        self.booklet_check.setObjectName("bookletCheck")
        self.per_participant_check = QCheckBox(self.tr("One file per participant"))
        self.per_participant_check.setObjectName("perParticipantCheck")
        self.include_staff_check = QCheckBox(self.tr("Lecturers and staff too"))
        self.include_staff_check.setObjectName("includeStaffCheck")
        self.include_staff_check.setToolTip(
            self.tr(
                "Notebooks go to students and teachers; tick this to print them for lecturers, "
                "staff, interpreters and guests as well (people ticked by hand always get one)."
            )
        )
        self.by_team_check = QCheckBox(self.tr("One per team instead of one per person"))
        self.by_team_check.setObjectName("byTeamCheck")
        self.threshold_spin = QSpinBox()
        self.threshold_spin.setObjectName("thresholdSpin")
        self.threshold_spin.setRange(0, 100)
        self.threshold_spin.setSuffix(self.tr(" % of sessions"))
        self.threshold_spin.setToolTip(
            self.tr("Share of the sessions where attendance was taken that a participant attended")
        )
        self.signer_edit = QLineEdit()
        self.signer_edit.setObjectName("signerEdit")
        self.signer_edit.setPlaceholderText(self.tr("The person who signs, e.g. Prof. Aiko Tanaka"))
        self.signer_title_edit = QLineEdit()
        self.signer_title_edit.setObjectName("signerTitleEdit")
        self.signer_title_edit.setPlaceholderText(
            self.tr("e.g. Director, Sakura Science Programme")
        )
        self.issued_edit = QDateEdit()
        self.issued_edit.setObjectName("issuedEdit")
        self.issued_edit.setCalendarPopup(True)
        # The certificate prints the date in English; the field shows it the reader's way.
        self.issued_edit.setDisplayFormat(self.tr("d MMMM yyyy"))
        self.issued_edit.setToolTip(
            self.tr("Printed as the date of issue; the program's last day unless you change it")
        )
        # The seal is kept with the program (in its database): a new file replaces it there.
        self.seal = SealPicker()
        self.signature_edit = QLineEdit()
        self.signature_edit.setObjectName("signatureEdit")
        self.signature_edit.setPlaceholderText(self.tr("None"))
        self.signature_edit.setReadOnly(True)
        self.signature_button = QPushButton(self.tr("Choose…"))
        self.signature_clear = QPushButton(self.tr("Clear"))
        signature_row = QWidget()
        signature_layout = QHBoxLayout(signature_row)
        signature_layout.setContentsMargins(0, 0, 0, 0)
        signature_layout.addWidget(self.signature_edit, 1)
        signature_layout.addWidget(self.signature_button)
        signature_layout.addWidget(self.signature_clear)
        # (PrintRequest field, label, widget): a row shows when the kind lists the field.
        self.option_rows: list[tuple[str, str, QWidget]] = [
            ("layout", self.tr("Layout"), self.layout_combo),
            ("back", "", self.back_check),
            ("mark_printed", "", self.mark_check),
            ("notebook", self.tr("Notebook"), notebook_row),
            ("paper", self.tr("Paper"), self.paper_combo),
            ("booklet", "", self.booklet_check),
            ("per_participant", "", self.per_participant_check),
            ("include_staff", "", self.include_staff_check),
            ("by_team", "", self.by_team_check),
            ("threshold", self.tr("Attendance"), self.threshold_spin),
            ("signer", self.tr("Signed by"), self.signer_edit),
            ("signer_title", self.tr("Signer's title"), self.signer_title_edit),
            ("seal_image", self.tr("Seal or logo"), self.seal),
            ("issued", self.tr("Date of issue"), self.issued_edit),
            ("signature_image", self.tr("Signature"), signature_row),
        ]
        for _, label, widget in self.option_rows:
            if label:
                self.options_form.addRow(label, widget)
            else:
                self.options_form.addRow(widget)

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(document_box)
        outer.addWidget(self.audience_box)
        outer.addWidget(self.sessions_box)
        outer.addWidget(self.options_box)
        outer.addStretch(1)

        self.kind_combo.currentIndexChanged.connect(self._kind_changed)
        self.mode_group.buttonToggled.connect(lambda *_: self._something_changed())
        for combo in (self.delegation_combo, self.team_combo, self.layout_combo,
                      self.notebook_combo, self.paper_combo):  # fmt: skip
            combo.currentIndexChanged.connect(lambda *_: self._something_changed())
        for check in (self.unprinted_check, self.back_check, self.mark_check, self.booklet_check,
                      self.per_participant_check, self.include_staff_check,
                      self.by_team_check):  # fmt: skip
            check.toggled.connect(lambda *_: self._something_changed())
        self.delegation_combo.activated.connect(
            lambda *_: self.mode_buttons[AudienceMode.DELEGATION].setChecked(True)
        )
        self.team_combo.activated.connect(
            lambda *_: self.mode_buttons[AudienceMode.TEAM].setChecked(True)
        )
        self.threshold_spin.valueChanged.connect(lambda *_: self._something_changed())
        self.signer_edit.textChanged.connect(lambda *_: self._something_changed())
        self.signer_title_edit.textChanged.connect(lambda *_: self._something_changed())
        self.issued_edit.dateChanged.connect(lambda *_: self._something_changed())
        self.seal.changed.connect(self._something_changed)
        self.signature_edit.textChanged.connect(lambda *_: self._something_changed())
        self.people_model.dataChanged.connect(lambda *_: self._something_changed())
        self.session_model.dataChanged.connect(lambda *_: self._something_changed())
        self.people_view.clicked.connect(
            lambda *_: self.mode_buttons[AudienceMode.SELECTED].setChecked(True)
        )
        self.tick_shown_button.clicked.connect(self._tick_shown_people)
        self.clear_ticks_button.clicked.connect(
            lambda: self.people_model.set_checked(self.people_model.ids(), False)
        )
        self.usual_sessions_button.clicked.connect(self._tick_usual_sessions)
        self.all_sessions_button.clicked.connect(
            lambda: self.session_model.set_checked(self.session_model.ids())
        )
        self.no_sessions_button.clicked.connect(
            lambda: self.session_model.set_checked(self.session_model.ids(), False)
        )
        self.edit_notebooks_button.clicked.connect(lambda: self.edit_notebooks_requested.emit())
        self.signature_button.clicked.connect(lambda: self.choose_signature_requested.emit())
        self.signature_clear.clicked.connect(self.signature_edit.clear)
        self._kind_changed()

    # -- state ----------------------------------------------------------------------------

    @property
    def kind(self) -> DocumentKind:
        return DocumentKind(self.kind_combo.currentData())

    @property
    def mode(self) -> AudienceMode:
        for mode, button in self.mode_buttons.items():
            if button.isChecked():
                return mode
        return AudienceMode.EVERYONE

    def set_kind(self, kind: DocumentKind) -> None:
        self.kind_combo.setCurrentIndex(self.kind_combo.findData(kind.value))

    def set_data(self, data: ScreenData | None) -> None:
        """Fill the lists from a freshly loaded program (keeping ticks and choices by name)."""
        keep = self.choices() if self.data is not None else self._wanted
        same_program = (
            self.data is not None and data is not None and self.data.program.id == data.program.id
        )
        ticked_people = self.people_model.checked_ids() if same_program else ()
        ticked_sessions = self.session_model.checked_ids() if same_program else None
        self.data = data
        self._applying = True
        try:
            self._fill_groups(self.delegation_combo, data.delegations if data else ())
            self._fill_groups(self.team_combo, data.teams if data else ())
            people = data.people if data else ()
            self.people_model.set_items(
                [CheckItem(p.id, p.label, f"{p.team} {p.role}") for p in people], ticked_people
            )
            sessions = data.sessions if data else ()
            usual = [s.id for s in sessions if s.usual]
            self.session_model.set_items(
                [CheckItem(s.id, s.label) for s in sessions],
                usual if ticked_sessions is None else ticked_sessions,
            )
            self.notebook_combo.clear()
            for book in data.notebooks if data else ():
                self.notebook_combo.addItem(book.title, book.title)
            if data is not None and not data.notebooks:
                self.notebook_combo.addItem(
                    self.tr("No notebook yet: use Edit… to write one"), None
                )
        finally:
            self._applying = False
        self.apply(keep)
        if data is not None and not same_program:
            self._show_certificate_style(data)
        if self.pending_notebook and self.notebook_combo.findData(self.pending_notebook) >= 0:
            _select(self.notebook_combo, self.pending_notebook)
            self.pending_notebook = None

    @staticmethod
    def _fill_groups(combo: QComboBox, groups: tuple[Group, ...]) -> None:
        combo.clear()
        for group in groups:
            combo.addItem(group.label, group.key)
            combo.setItemData(combo.count() - 1, group.name, Qt.ItemDataRole.UserRole + 1)
        combo.setEnabled(bool(groups))

    def choices(self) -> PrintChoices:
        return PrintChoices(
            kind=self.kind.value,
            audience=self.mode.value,
            delegation=str(self.delegation_combo.currentData(Qt.ItemDataRole.UserRole + 1) or ""),
            team=str(self.team_combo.currentData(Qt.ItemDataRole.UserRole + 1) or ""),
            unprinted=self.unprinted_check.isChecked(),
            layout=str(self.layout_combo.currentData() or ""),
            back=self.back_check.isChecked(),
            mark_printed=self.mark_check.isChecked(),
            notebook=str(self.notebook_combo.currentData() or ""),
            paper=str(self.paper_combo.currentData() or "A4"),
            booklet=self.booklet_check.isChecked(),
            per_participant=self.per_participant_check.isChecked(),
            include_staff=self.include_staff_check.isChecked(),
            by_team=self.by_team_check.isChecked(),
            threshold_percent=self.threshold_spin.value(),
            signer=self.signer_edit.text().strip(),
            signature_image=self.signature_edit.text(),
        )

    def apply(self, choices: PrintChoices) -> None:
        """Show `choices`; a delegation, team or notebook missing from the program is skipped."""
        choices = choices.checked()
        self._wanted = choices
        self._applying = True
        try:
            self.set_kind(DocumentKind(choices.kind))
            self.mode_buttons[AudienceMode(choices.audience)].setChecked(True)
            _select(self.delegation_combo, choices.delegation, Qt.ItemDataRole.UserRole + 1)
            _select(self.team_combo, choices.team, Qt.ItemDataRole.UserRole + 1)
            self.unprinted_check.setChecked(choices.unprinted)
            _select(self.layout_combo, choices.layout)
            self.back_check.setChecked(choices.back)
            self.mark_check.setChecked(choices.mark_printed)
            _select(self.notebook_combo, choices.notebook)
            _select(self.paper_combo, choices.paper)
            self.booklet_check.setChecked(choices.booklet)
            self.per_participant_check.setChecked(choices.per_participant)
            self.include_staff_check.setChecked(choices.include_staff)
            self.by_team_check.setChecked(choices.by_team)
            self.threshold_spin.setValue(choices.threshold_percent)
            self.signer_edit.setText(choices.signer)
            self.signature_edit.setText(choices.signature_image)
        finally:
            self._applying = False
        self._kind_changed()

    # -- the request ----------------------------------------------------------------------

    def audience(self) -> Audience:
        info = kind_info(self.kind)
        if not info.per_person:
            return Audience()
        unprinted = self.kind == DocumentKind.BADGES and self.unprinted_check.isChecked()
        mode = self.mode
        if mode == AudienceMode.DELEGATION:
            key = self.delegation_combo.currentData()
            if key is None:
                raise UserError(self.tr("This program has no delegation to choose."))
            return Audience(delegation=str(key), unprinted=unprinted)
        if mode == AudienceMode.TEAM:
            key = self.team_combo.currentData()
            if key is None:
                raise UserError(self.tr("This program has no team to choose."))
            return Audience(team=str(key), unprinted=unprinted)
        if mode == AudienceMode.SELECTED:
            ids = self.people_model.checked_ids()
            if not ids:
                raise UserError(self.tr("Tick at least one participant, or choose Everyone."))
            return Audience(participant_ids=ids, unprinted=unprinted)
        return Audience(unprinted=unprinted)

    def request(self, program_id: int, out: Path) -> PrintRequest:
        """The `PrintRequest` the widgets describe; a UserError says what is missing."""
        kind = self.kind
        info = kind_info(kind)
        session_ids: tuple[int, ...] = ()
        if "session_ids" in info.options:
            session_ids = self.session_model.checked_ids()
            if not session_ids:
                raise UserError(self.tr("Tick at least one session."))
        notebook: str | None = None
        if kind == DocumentKind.NOTEBOOKS:
            notebook = self.notebook_combo.currentData()
            if not notebook:
                raise UserError(
                    self.tr(
                        "This program has no experiment notebook yet. Use Edit… beside Notebook "
                        "to write one, or import it from a text file."
                    )
                )
        signature = self.signature_edit.text().strip()
        return PrintRequest(
            kind=kind,
            program_id=program_id,
            out=out,
            audience=self.audience(),
            layout=str(self.layout_combo.currentData()),
            back=self.back_check.isChecked(),
            mark_printed=self.mark_check.isChecked(),
            notebook=notebook,
            paper=str(self.paper_combo.currentData()),
            booklet=self.booklet_check.isChecked(),
            per_participant=self.per_participant_check.isChecked(),
            include_staff=self.include_staff_check.isChecked(),
            by_team=self.by_team_check.isChecked(),
            session_ids=session_ids,
            threshold=self.threshold_spin.value() / 100,
            signature_image=Path(signature) if signature else None,
            signer=self.signer_edit.text().strip(),
            signer_title=self.signer_title_edit.text().strip(),
            seal_image=self.seal.new_seal,
            no_seal=self.seal.removed,
            issued=self._issued() if kind == DocumentKind.CERTIFICATES else None,
        )

    # -- certificates: the program's signer and seal ---------------------------------------

    def _show_certificate_style(self, data: ScreenData) -> None:
        """The program's stored signer, title and seal, and its last day as the date of issue."""
        style = data.certificate
        self._applying = True
        try:
            if style.signer_name or style.signer_title:
                self.signer_edit.setText(style.signer_name)
                self.signer_title_edit.setText(style.signer_title)
            self.seal.show_kept(style.seal_name if style.seal else None)
            end = data.program.end_date
            self.issued_edit.setDate(QDate(end.year, end.month, end.day))
        finally:
            self._applying = False

    def _issued(self) -> dt.date:
        chosen = self.issued_edit.date()
        return dt.date(chosen.year(), chosen.month(), chosen.day())

    # -- reacting -------------------------------------------------------------------------

    def _kind_changed(self) -> None:
        kind = self.kind
        info = kind_info(kind)
        self.kind_hint.setText(kind_hint(kind))
        self.audience_box.setVisible(info.per_person)
        self.sessions_box.setVisible("session_ids" in info.options)
        shown = 0
        for name, _, widget in self.option_rows:
            visible = name in info.options
            self.options_form.setRowVisible(widget, visible)
            shown += visible
        self.options_box.setVisible(shown > 0)
        self.unprinted_check.setVisible(kind == DocumentKind.BADGES)
        self._something_changed()

    def _something_changed(self) -> None:
        self.delegation_combo.setEnabled(
            self.delegation_combo.count() > 0 and self.mode == AudienceMode.DELEGATION
        )
        self.team_combo.setEnabled(self.team_combo.count() > 0 and self.mode == AudienceMode.TEAM)
        self.people_panel.setVisible(self.mode == AudienceMode.SELECTED)
        self.paper_combo.setEnabled(not self.booklet_check.isChecked())
        self.paper_combo.setToolTip(
            self.tr("A booklet is always A5 pages on A4 sheets")
            if self.booklet_check.isChecked()
            else ""
        )
        self._update_notes()
        if not self._applying:
            self.changed.emit()

    def _update_notes(self) -> None:
        ticked = len(self.people_model.checked_ids())
        self.people_note.setText(self.tr("{0} ticked").format(ticked) if ticked else "")
        sessions = len(self.session_model.checked_ids())
        self.sessions_note.setText(
            self.tr("{0} of {1} sessions ticked").format(sessions, self.session_model.rowCount())
        )
        self.audience_note.setText(self._audience_count())

    def _audience_count(self) -> str:
        """A hint of how many people the choice covers (the document decides the details)."""
        data = self.data
        if data is None:
            return ""
        people = list(data.people)
        mode = self.mode
        if mode == AudienceMode.DELEGATION:
            name = self.delegation_combo.currentData(Qt.ItemDataRole.UserRole + 1)
            people = [p for p in people if p.delegation == name]
        elif mode == AudienceMode.TEAM:
            name = str(self.team_combo.currentData(Qt.ItemDataRole.UserRole + 1) or "")
            people = [p for p in people if name and name in p.team.split(", ")]
        elif mode == AudienceMode.SELECTED:
            wanted = set(self.people_model.checked_ids())
            people = [p for p in people if p.id in wanted]
        if self.kind == DocumentKind.BADGES and self.unprinted_check.isChecked():
            people = [p for p in people if not p.badge_printed]
        if len(people) == 1:
            return self.tr("1 person (withdrawn participants are left out)")
        return self.tr("{0} people (withdrawn participants are left out)").format(len(people))

    def _tick_shown_people(self) -> None:
        self.people_model.set_checked(self.people_proxy.visible_ids())
        self.mode_buttons[AudienceMode.SELECTED].setChecked(True)

    def _tick_usual_sessions(self) -> None:
        if self.data is None:
            return
        self.session_model.set_checked(self.session_model.ids(), False)
        self.session_model.set_checked([s.id for s in self.data.sessions if s.usual])


def _select(combo: QComboBox, value: str, role: int = Qt.ItemDataRole.UserRole) -> None:
    if not value:
        return
    index = combo.findData(value, role)
    if index >= 0:
        combo.setCurrentIndex(index)
