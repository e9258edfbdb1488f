"""The session dialog: every field of a `SessionDraft`, with its problems shown inline.

The dialog validates what it can by itself (a title, an end after the start), then emits
`submitted` with the draft; the page writes it through the task runner and either closes the
dialog (`finish()`) or shows the core's message (`show_error()`), keeping everything typed.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtCore import QDate, QDateTime, Qt, QTime, QTimeZone, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from sakura_desktop.core.schedule.editing import LecturerInfo, SessionDraft
from sakura_desktop.core.schedule.model import WeekData
from sakura_desktop.core.timeutil import at_local, local
from sakura_desktop.db.enums import SessionKind
from sakura_desktop.ui.schedule.text import kind_label

ID_ROLE = Qt.ItemDataRole.UserRole


def checklist(items: Sequence[tuple[int, str]], checked: Sequence[int] = ()) -> QListWidget:
    """A list of checkable rows, each holding its id."""
    widget = QListWidget()
    chosen = set(checked)
    for item_id, label in items:
        item = QListWidgetItem(label)
        item.setData(ID_ROLE, item_id)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked if item_id in chosen else Qt.CheckState.Unchecked)
        widget.addItem(item)
    return widget


def checked_ids(widget: QListWidget) -> tuple[int, ...]:
    return tuple(
        int(widget.item(row).data(ID_ROLE))
        for row in range(widget.count())
        if widget.item(row).checkState() == Qt.CheckState.Checked
    )


def set_checked(widget: QListWidget, ids: Sequence[int]) -> None:
    wanted = set(ids)
    for row in range(widget.count()):
        item = widget.item(row)
        state = Qt.CheckState.Checked if item.data(ID_ROLE) in wanted else Qt.CheckState.Unchecked
        item.setCheckState(state)


def to_qdatetime(instant: dt.datetime, timezone: str) -> QDateTime:
    moment = local(instant, timezone)
    return QDateTime(
        QDate(moment.year, moment.month, moment.day),
        QTime(moment.hour, moment.minute),
        QTimeZone.fromSecondsAheadOfUtc(0),  # shown as wall-clock time of the program's zone
    )


def from_qdatetime(value: QDateTime, timezone: str) -> dt.datetime:
    date, time = value.date(), value.time()
    return at_local(
        dt.date(date.year(), date.month(), date.day()),
        dt.time(time.hour(), time.minute()),
        timezone,
    )


class SessionDialog(QDialog):
    submitted = Signal(object)  # SessionDraft

    def __init__(
        self,
        week: WeekData,
        lecturers: Sequence[LecturerInfo],
        draft: SessionDraft,
        *,
        title: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("SessionDialog")
        self.setWindowTitle(title or self.tr("Session"))
        self.week = week
        self.original = draft
        tz = week.timezone

        self.title_edit = QLineEdit(draft.title)
        self.title_edit.setMaxLength(200)
        self.kind_combo = QComboBox()
        for kind in SessionKind:
            self.kind_combo.addItem(kind_label(kind.value), kind.value)
        self.kind_combo.setCurrentIndex(max(0, self.kind_combo.findData(draft.kind)))
        self.start_edit = self._datetime_edit(draft.start, tz)
        self.end_edit = self._datetime_edit(draft.end, tz)
        self.venue_combo = QComboBox()
        self.venue_combo.addItem(self.tr("(no venue)"), None)
        for venue in sorted(week.venues, key=lambda v: (v.site_id, v.name)):
            site = week.site_by_id.get(venue.site_id)
            seats = self.tr(" · {0} seats").format(venue.capacity) if venue.capacity else ""
            self.venue_combo.addItem(
                f"{venue.name} — {site.name if site else '?'}{seats}", venue.id
            )
        self.venue_combo.setCurrentIndex(max(0, self.venue_combo.findData(draft.venue_id)))
        self.destination_combo = QComboBox()
        self.destination_combo.addItem(self.tr("(none)"), None)
        for site in week.sites:
            self.destination_combo.addItem(site.name, site.id)
        self.destination_combo.setCurrentIndex(
            max(0, self.destination_combo.findData(draft.destination_site_id))
        )
        self.capacity_spin = QSpinBox()
        self.capacity_spin.setRange(0, 100_000)
        self.capacity_spin.setSpecialValueText(self.tr("no limit"))
        self.capacity_spin.setValue(draft.capacity or 0)
        self.lecturer_combo = QComboBox()
        self.lecturer_combo.addItem(self.tr("(no lecturer)"), None)
        for lecturer in lecturers:
            self.lecturer_combo.addItem(lecturer.person.name, lecturer.person.id)
        if draft.lecturer_id is not None and self.lecturer_combo.findData(draft.lecturer_id) < 0:
            person = week.person_by_id.get(draft.lecturer_id)
            name = person.name if person else self.tr("participant {0}").format(draft.lecturer_id)
            self.lecturer_combo.addItem(name, draft.lecturer_id)
        self.lecturer_combo.setCurrentIndex(max(0, self.lecturer_combo.findData(draft.lecturer_id)))
        self.host_edit = QLineEdit(draft.host)
        self.description_edit = QPlainTextEdit(draft.description)
        self.description_edit.setFixedHeight(64)

        form = QFormLayout()
        form.addRow(self.tr("&Title:"), self.title_edit)
        form.addRow(self.tr("&Kind:"), self.kind_combo)
        times = QHBoxLayout()
        times.addWidget(self.start_edit, 1)
        times.addWidget(QLabel(self.tr("to")))
        times.addWidget(self.end_edit, 1)
        when_label = QLabel(self.tr("&When:"))
        when_label.setBuddy(self.start_edit)  # a row of two fields gets no buddy by itself
        form.addRow(when_label, times)
        zone_note = QLabel(self.tr("Times are in the program's time zone, {0}.").format(tz))
        zone_note.setObjectName("Hint")
        form.addRow("", zone_note)
        form.addRow(self.tr("&Venue:"), self.venue_combo)
        form.addRow(self.tr("&Bus arrives at:"), self.destination_combo)
        form.addRow(self.tr("&Capacity:"), self.capacity_spin)
        form.addRow(self.tr("&Lecturer:"), self.lecturer_combo)
        form.addRow(self.tr("&Host:"), self.host_edit)
        form.addRow(self.tr("&Description:"), self.description_edit)

        # Audience
        self.everyone_check = QCheckBox(
            self.tr("&Everyone (every participant who has not withdrawn)")
        )
        self.everyone_check.setChecked(draft.for_everyone)
        self.team_list = checklist([(t.id, t.name) for t in week.teams], draft.team_ids)
        self.delegation_list = checklist(
            [(d.id, d.name) for d in week.delegations], draft.delegation_ids
        )
        people = sorted(week.people, key=lambda p: p.name.casefold())
        self.person_list = checklist(
            [
                (p.id, p.name if p.active else self.tr("{0} (withdrawn)").format(p.name))
                for p in people
            ],
            draft.participant_ids,
        )
        self.person_filter = QLineEdit()
        self.person_filter.setPlaceholderText(self.tr("Search names…"))
        self.person_filter.setClearButtonEnabled(True)
        self.person_filter.textChanged.connect(self._filter_people)
        people_page = QWidget()
        people_layout = QVBoxLayout(people_page)
        people_layout.setContentsMargins(4, 4, 4, 4)
        people_layout.addWidget(self.person_filter)
        people_layout.addWidget(self.person_list)
        self.audience_tabs = QTabWidget()
        self.audience_tabs.addTab(self.team_list, self.tr("Teams"))
        self.audience_tabs.addTab(self.delegation_list, self.tr("Delegations"))
        self.audience_tabs.addTab(people_page, self.tr("Participants"))
        self.audience_tabs.setMinimumHeight(170)
        audience = QVBoxLayout()
        audience.addWidget(self.everyone_check)
        audience.addWidget(self.audience_tabs)
        audience_label = QLabel(self.tr("&Audience:"))
        audience_label.setBuddy(self.everyone_check)  # the first control of the row
        form.addRow(audience_label, audience)

        self.error_label = QLabel()
        self.error_label.setObjectName("ErrorNote")
        self.error_label.setWordWrap(True)
        self.error_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error_label.hide()

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)

        self.kind_combo.currentIndexChanged.connect(self._update_enabled)
        self.everyone_check.toggled.connect(self._update_enabled)
        self.start_edit.dateTimeChanged.connect(self._keep_length)
        self.end_edit.dateTimeChanged.connect(self._remember_length)
        self._length = draft.end - draft.start
        self._update_enabled()
        self.resize(560, 640)  # fits a 1366×768 laptop screen

    def _datetime_edit(self, instant: dt.datetime, timezone: str) -> QDateTimeEdit:
        edit = QDateTimeEdit(to_qdatetime(instant, timezone))
        # The format is translated: Japanese reads the year first ("2026年7月13日(月) 09:00").
        edit.setDisplayFormat(self.tr("ddd d MMM yyyy  HH:mm"))
        edit.setCalendarPopup(True)
        return edit

    def _update_enabled(self) -> None:
        transfer = self.kind_combo.currentData() == SessionKind.TRANSFER.value
        self.destination_combo.setEnabled(transfer)
        self.audience_tabs.setEnabled(not self.everyone_check.isChecked())

    def _keep_length(self) -> None:
        """Moving the start moves the end with it (the length stays)."""
        start = from_qdatetime(self.start_edit.dateTime(), self.week.timezone)
        if self._length > dt.timedelta(0):
            self.end_edit.setDateTime(to_qdatetime(start + self._length, self.week.timezone))

    def _remember_length(self) -> None:
        tz = self.week.timezone
        length = from_qdatetime(self.end_edit.dateTime(), tz) - from_qdatetime(
            self.start_edit.dateTime(), tz
        )
        if length > dt.timedelta(0):
            self._length = length

    def _filter_people(self, text: str) -> None:
        needle = text.strip().casefold()
        for row in range(self.person_list.count()):
            item = self.person_list.item(row)
            item.setHidden(bool(needle) and needle not in item.text().casefold())

    # -- results -------------------------------------------------------------------------------

    def current_draft(self) -> SessionDraft:
        tz = self.week.timezone
        everyone = self.everyone_check.isChecked()
        transfer = self.kind_combo.currentData() == SessionKind.TRANSFER.value
        return SessionDraft(
            title=self.title_edit.text().strip(),
            kind=str(self.kind_combo.currentData()),
            start=from_qdatetime(self.start_edit.dateTime(), tz),
            end=from_qdatetime(self.end_edit.dateTime(), tz),
            venue_id=self.venue_combo.currentData(),
            destination_site_id=self.destination_combo.currentData() if transfer else None,
            capacity=self.capacity_spin.value() or None,
            lecturer_id=self.lecturer_combo.currentData(),
            host=self.host_edit.text().strip(),
            description=self.description_edit.toPlainText(),
            for_everyone=everyone,
            team_ids=() if everyone else checked_ids(self.team_list),
            delegation_ids=() if everyone else checked_ids(self.delegation_list),
            participant_ids=() if everyone else checked_ids(self.person_list),
            notebook_id=self.original.notebook_id,
            uuid=self.original.uuid,
        )

    def problems(self, draft: SessionDraft) -> list[str]:
        found = []
        if not draft.title:
            found.append(self.tr("Give the session a title."))
        if draft.end <= draft.start:
            found.append(self.tr("The end must be after the start."))
        return found

    def accept(self) -> None:
        draft = self.current_draft()
        problems = self.problems(draft)
        if problems:
            self.show_error(" ".join(problems))
            return
        self.error_label.hide()
        self.submitted.emit(draft)

    def show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.show()

    def finish(self) -> None:
        """The draft was saved: close."""
        super().accept()
