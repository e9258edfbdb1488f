"""The left side of the Print screen: which document, for whom, and the options that apply.

The panel shows only what matters for the chosen kind (`KindInfo.options`), turns the widgets
into a `PrintRequest` (`request`), and into `PrintChoices` to remember (`choices` / `apply`).
Whom it is for and which sessions are child boxes (audience_picker.py, session_picker.py).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
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
from sakura_desktop.ui.print.audience_picker import NAME_ROLE, AudiencePicker
from sakura_desktop.ui.print.choices import AudienceMode, PrintChoices
from sakura_desktop.ui.print.jobs import ScreenData
from sakura_desktop.ui.print.seal_picker import SealPicker
from sakura_desktop.ui.print.session_picker import SessionPicker
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

        # -- who, and which sessions: child boxes that own their widgets --
        self.audience_picker = AudiencePicker()
        self.session_picker = SessionPicker()
        self._expose_pickers()

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
        self.audience_picker.changed.connect(self._something_changed)
        self.session_picker.changed.connect(self._something_changed)
        for combo in (self.layout_combo, self.notebook_combo, self.paper_combo):
            combo.currentIndexChanged.connect(lambda *_: self._something_changed())
        for check in (self.back_check, self.mark_check, self.booklet_check,
                      self.per_participant_check, self.include_staff_check,
                      self.by_team_check):  # fmt: skip
            check.toggled.connect(lambda *_: self._something_changed())
        self.threshold_spin.valueChanged.connect(lambda *_: self._something_changed())
        self.signer_edit.textChanged.connect(lambda *_: self._something_changed())
        self.signer_title_edit.textChanged.connect(lambda *_: self._something_changed())
        self.issued_edit.dateChanged.connect(lambda *_: self._something_changed())
        self.seal.changed.connect(self._something_changed)
        self.signature_edit.textChanged.connect(lambda *_: self._something_changed())
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
        return self.audience_picker.mode

    def _expose_pickers(self) -> None:
        """The child boxes' widgets under the panel's names (the page and the tests use them)."""
        who, sessions = self.audience_picker, self.session_picker
        self.audience_box: QGroupBox = who
        self.mode_buttons = who.mode_buttons
        self.delegation_combo = who.delegation_combo
        self.team_combo = who.team_combo
        self.people_search, self.people_view = who.people_search, who.people_view
        self.people_model, self.people_proxy = who.people_model, who.people_proxy
        self.people_panel = who.people_panel
        self.unprinted_check = who.unprinted_check
        self.audience_note = who.audience_note
        self.sessions_box: QGroupBox = sessions
        self.session_model = sessions.session_model
        self.no_sessions_button = sessions.no_sessions_button

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
            self.audience_picker.fill(data, ticked_people)
            self.session_picker.fill(data, ticked_sessions)
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

    def choices(self) -> PrintChoices:
        return PrintChoices(
            kind=self.kind.value,
            audience=self.mode.value,
            delegation=self.audience_picker.delegation_name(),
            team=self.audience_picker.team_name(),
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
            self.audience_picker.set_mode(AudienceMode(choices.audience))
            _select(self.delegation_combo, choices.delegation, NAME_ROLE)
            _select(self.team_combo, choices.team, NAME_ROLE)
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
        return self.audience_picker.audience(unprinted=self._only_unprinted())

    def _only_unprinted(self) -> bool:
        return self.kind == DocumentKind.BADGES and self.unprinted_check.isChecked()

    def request(self, program_id: int, out: Path) -> PrintRequest:
        """The `PrintRequest` the widgets describe; a UserError says what is missing."""
        kind = self.kind
        info = kind_info(kind)
        session_ids: tuple[int, ...] = ()
        if "session_ids" in info.options:
            session_ids = self.session_picker.checked_ids()
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
        self.audience_picker.refresh(only_unprinted=self._only_unprinted())
        self.session_picker.refresh()
        self.paper_combo.setEnabled(not self.booklet_check.isChecked())
        self.paper_combo.setToolTip(
            self.tr("A booklet is always A5 pages on A4 sheets")
            if self.booklet_check.isChecked()
            else ""
        )
        if not self._applying:
            self.changed.emit()


def _select(combo: QComboBox, value: str, role: int = Qt.ItemDataRole.UserRole) -> None:
    if not value:
        return
    index = combo.findData(value, role)
    if index >= 0:
        combo.setCurrentIndex(index)
