"""Places and lecturers: sites, venues, travel times between sites, lecturers and availability.

One tabbed dialog. Each Save or Delete writes through the task runner with a core use case, then
reloads the week so every list shows what the database holds; problems appear inline in the tab.
`changed` tells the page to reload its week.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from functools import partial
from typing import Any

from PySide6.QtCore import Qt, QTime, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from sakura_desktop.core.roster.participants import ParticipantDetail, get_participant
from sakura_desktop.core.schedule.editing import (
    LecturerDraft,
    LecturerInfo,
    SiteDraft,
    VenueDraft,
    create_lecturer,
    create_site,
    create_venue,
    delete_lecturer,
    delete_site,
    delete_venue,
    set_availability,
    set_travel_time,
    update_lecturer,
    update_site,
    update_venue,
)
from sakura_desktop.core.schedule.model import WeekData
from sakura_desktop.core.timeutil import at_local, local, program_days
from sakura_desktop.db.engine import SessionFactory
from sakura_desktop.db.enums import VenueKind
from sakura_desktop.errors import UserError
from sakura_desktop.tasks import ProgressReporter, TaskRunner
from sakura_desktop.ui.dialogs import messages
from sakura_desktop.ui.i18n import QT_TRANSLATE_NOOP, translate
from sakura_desktop.ui.locale_format import day as day_text
from sakura_desktop.ui.schedule.controller import Loaded, load_schedule

ID_ROLE = Qt.ItemDataRole.UserRole
VENUE_KINDS: dict[str, str] = {
    VenueKind.HALL.value: QT_TRANSLATE_NOOP("VenueKinds", "Hall"),
    VenueKind.LAB.value: QT_TRANSLATE_NOOP("VenueKinds", "Lab"),
    VenueKind.ROOM.value: QT_TRANSLATE_NOOP("VenueKinds", "Room"),
    VenueKind.DINING.value: QT_TRANSLATE_NOOP("VenueKinds", "Dining"),
    VenueKind.BUS_STOP.value: QT_TRANSLATE_NOOP("VenueKinds", "Bus stop"),
    VenueKind.OUTDOOR.value: QT_TRANSLATE_NOOP("VenueKinds", "Outdoor"),
    VenueKind.OTHER.value: QT_TRANSLATE_NOOP("VenueKinds", "Other"),
}


def _write_then_load(
    factory: SessionFactory, program_id: int, write: Callable[[], Any], progress: ProgressReporter
) -> Loaded:
    write()
    return load_schedule(factory, program_id, progress)


def _list(items: list[tuple[int, str]], keep: int | None) -> QListWidget:
    widget = QListWidget()
    _fill(widget, items, keep)
    return widget


def _fill(widget: QListWidget, items: list[tuple[int, str]], keep: int | None) -> None:
    widget.blockSignals(True)
    widget.clear()
    for item_id, text in items:
        item = QListWidgetItem(text)
        item.setData(ID_ROLE, item_id)
        widget.addItem(item)
        if item_id == keep:
            widget.setCurrentItem(item)
    widget.blockSignals(False)


def _selected(widget: QListWidget) -> int | None:
    item = widget.currentItem()
    return int(item.data(ID_ROLE)) if item is not None else None


class _Tab(QWidget):
    """A list on the left, a form on the right, New / Save / Delete, and an inline error."""

    def __init__(self, new_label: str) -> None:
        super().__init__()
        self.list = QListWidget()
        self.list.setMinimumWidth(240)
        self.form = QFormLayout()
        self.error_label = QLabel()
        self.error_label.setObjectName("ErrorNote")
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        self.new_button = QPushButton(new_label)
        self.save_button = QPushButton(self.tr("&Save"))
        self.delete_button = QPushButton(self.tr("&Delete"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addStretch(1)
        buttons.addWidget(self.delete_button)
        buttons.addWidget(self.save_button)
        right = QVBoxLayout()
        right.addLayout(self.form)
        right.addStretch(1)
        right.addWidget(self.error_label)
        right.addLayout(buttons)
        layout = QHBoxLayout(self)
        layout.addWidget(self.list, 2)
        layout.addLayout(right, 3)

    def show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.setVisible(bool(text))


class PlacesDialog(QDialog):
    changed = Signal()

    def __init__(
        self,
        week: WeekData,
        lecturers: list[LecturerInfo],
        runner: TaskRunner,
        factory: SessionFactory,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("PlacesDialog")
        self.setWindowTitle(self.tr("Places and lecturers"))
        self.week = week
        self.lecturers = lecturers
        self.runner = runner
        self.factory = factory
        self.program_id = week.program_id
        self.dirty = False

        self.tabs = QTabWidget()
        self.sites = self._build_sites()
        self.venues = self._build_venues()
        self.travel = self._build_travel()
        self.people = self._build_lecturers()
        self.tabs.addTab(self.sites, self.tr("Sites"))
        self.tabs.addTab(self.venues, self.tr("Venues"))
        self.tabs.addTab(self.travel, self.tr("Travel times"))
        self.tabs.addTab(self.people, self.tr("Lecturers"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(buttons)
        self._refresh()
        self.resize(900, 540)  # the demo week's site names fit the travel table

    # -- running writes ------------------------------------------------------------------------

    def run_write(self, tab: QWidget, write: Callable[[], Any], keep: int | None = None) -> None:
        def done(loaded: Loaded) -> None:
            self.week, self.lecturers = loaded.engine.week, loaded.lecturers
            self.dirty = True
            self._show_error(tab, "")
            self._refresh(keep)
            self.changed.emit()

        self.runner.run(
            partial(_write_then_load, self.factory, self.program_id, write),
            on_success=done,
            on_error=lambda exc: self._show_error(tab, messages.describe(exc, self.tr("saving"))),
            title=self.tr("Saving"),
        )

    def _show_error(self, tab: QWidget, text: str) -> None:
        if isinstance(tab, _Tab):
            tab.show_error(text)
        else:
            self.travel_error.setText(text)
            self.travel_error.setVisible(bool(text))

    def _refresh(self, keep: int | None = None) -> None:
        week = self.week
        _fill(
            self.sites.list,
            [(s.id, s.name) for s in week.sites],
            keep if self.tabs.currentWidget() is self.sites else _selected(self.sites.list),
        )
        self.venue_site.clear()
        for site in week.sites:
            self.venue_site.addItem(site.name, site.id)
        venues = sorted(week.venues, key=lambda v: (v.site_id, v.name))
        _fill(
            self.venues.list,
            [(v.id, f"{v.name} — {week.site_by_id[v.site_id].name}") for v in venues],
            keep if self.tabs.currentWidget() is self.venues else _selected(self.venues.list),
        )
        _fill(
            self.people.list,
            [(info.person.id, info.person.name) for info in self.lecturers],
            keep if self.tabs.currentWidget() is self.people else _selected(self.people.list),
        )
        self._fill_travel()
        self._site_chosen()
        self._venue_chosen()
        self._lecturer_chosen()

    # -- sites ---------------------------------------------------------------------------------

    def _build_sites(self) -> _Tab:
        tab = _Tab(self.tr("&New site"))
        self.site_name = QLineEdit()
        self.site_address = QLineEdit()
        tab.form.addRow(self.tr("Na&me:"), self.site_name)
        tab.form.addRow(self.tr("&Address:"), self.site_address)
        tab.list.currentItemChanged.connect(self._site_chosen)
        tab.new_button.clicked.connect(lambda: tab.list.setCurrentRow(-1))
        tab.new_button.clicked.connect(self._site_chosen)
        tab.save_button.clicked.connect(self.save_site)
        tab.delete_button.clicked.connect(self.delete_site)
        return tab

    def _site_chosen(self) -> None:
        site = self.week.site_by_id.get(_selected(self.sites.list) or -1)
        self.site_name.setText(site.name if site else "")
        self.site_address.setText(site.address if site else "")
        self.sites.delete_button.setEnabled(site is not None)

    def save_site(self) -> None:
        draft = SiteDraft(self.site_name.text(), self.site_address.text())
        site_id = _selected(self.sites.list)
        factory, program_id = self.factory, self.program_id
        if site_id is None:
            self.run_write(self.sites, lambda: create_site(factory, program_id, draft))
        else:
            self.run_write(self.sites, lambda: update_site(factory, site_id, draft), site_id)

    def delete_site(self) -> None:
        site_id = _selected(self.sites.list)
        if site_id is not None:
            factory = self.factory
            self.run_write(self.sites, lambda: delete_site(factory, site_id))

    # -- venues --------------------------------------------------------------------------------

    def _build_venues(self) -> _Tab:
        tab = _Tab(self.tr("&New venue"))
        self.venue_site = QComboBox()
        self.venue_name = QLineEdit()
        self.venue_capacity = QSpinBox()
        self.venue_capacity.setRange(0, 100_000)
        self.venue_capacity.setSpecialValueText(self.tr("open space (no limit)"))
        self.venue_kind = QComboBox()
        for kind in VenueKind:
            self.venue_kind.addItem(translate("VenueKinds", VENUE_KINDS[kind.value]), kind.value)
        tab.form.addRow(self.tr("S&ite:"), self.venue_site)
        tab.form.addRow(self.tr("Na&me:"), self.venue_name)
        tab.form.addRow(self.tr("Se&ats:"), self.venue_capacity)
        tab.form.addRow(self.tr("&Kind:"), self.venue_kind)
        note = QLabel(self.tr("Bus stops and outdoor spaces may hold several sessions at once."))
        note.setObjectName("Hint")
        note.setWordWrap(True)
        tab.form.addRow("", note)
        tab.list.currentItemChanged.connect(self._venue_chosen)
        tab.new_button.clicked.connect(lambda: tab.list.setCurrentRow(-1))
        tab.new_button.clicked.connect(self._venue_chosen)
        tab.save_button.clicked.connect(self.save_venue)
        tab.delete_button.clicked.connect(self.delete_venue)
        return tab

    def _venue_chosen(self) -> None:
        venue = self.week.venue_by_id.get(_selected(self.venues.list) or -1)
        if venue is not None:
            self.venue_site.setCurrentIndex(self.venue_site.findData(venue.site_id))
            self.venue_kind.setCurrentIndex(max(0, self.venue_kind.findData(venue.kind)))
        self.venue_name.setText(venue.name if venue else "")
        self.venue_capacity.setValue(venue.capacity or 0 if venue else 0)
        self.venues.delete_button.setEnabled(venue is not None)

    def save_venue(self) -> None:
        site_id = self.venue_site.currentData()
        if site_id is None:
            self.venues.show_error(self.tr("Add a site first: every venue belongs to a site."))
            return
        draft = VenueDraft(
            int(site_id),
            self.venue_name.text(),
            self.venue_capacity.value() or None,
            str(self.venue_kind.currentData()),
        )
        venue_id = _selected(self.venues.list)
        factory, program_id = self.factory, self.program_id
        if venue_id is None:
            self.run_write(self.venues, lambda: create_venue(factory, program_id, draft))
        else:
            self.run_write(self.venues, lambda: update_venue(factory, venue_id, draft), venue_id)

    def delete_venue(self) -> None:
        venue_id = _selected(self.venues.list)
        if venue_id is not None:
            factory = self.factory
            self.run_write(self.venues, lambda: delete_venue(factory, venue_id))

    # -- travel times --------------------------------------------------------------------------

    def _build_travel(self) -> QWidget:
        tab = QWidget()
        self.travel_table = QTableWidget()
        self.travel_table.setObjectName("travelTable")
        note = QLabel(
            self.tr(
                "Minutes from the site of the row to the site of the column (blank: not known). "
                "Edit the cells, then Save."
            )
        )
        note.setObjectName("Hint")
        note.setWordWrap(True)
        self.travel_error = QLabel()
        self.travel_error.setObjectName("ErrorNote")
        self.travel_error.setWordWrap(True)
        self.travel_error.hide()
        save = QPushButton(self.tr("&Save travel times"))
        save.clicked.connect(self.save_travel)
        layout = QVBoxLayout(tab)
        layout.addWidget(note)
        layout.addWidget(self.travel_table, 1)
        layout.addWidget(self.travel_error)
        layout.addWidget(save, 0, Qt.AlignmentFlag.AlignRight)
        return tab

    def _fill_travel(self) -> None:
        sites = self.week.sites
        table = self.travel_table
        table.clear()
        table.setRowCount(len(sites))
        table.setColumnCount(len(sites))
        names = [s.name for s in sites]
        table.setHorizontalHeaderLabels(names)
        table.setVerticalHeaderLabels(names)
        for r, origin in enumerate(sites):
            for c, destination in enumerate(sites):
                minutes = self.week.travel_minutes.get((origin.id, destination.id))
                item = QTableWidgetItem("" if minutes is None else str(minutes))
                if origin.id == destination.id:
                    item.setFlags(Qt.ItemFlag.NoItemFlags)
                    item.setText("—")
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                table.setItem(r, c, item)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        # Stretched sections share the width equally; none narrower than the longest site
        # name, so no header is cut (a scroll bar appears instead).
        widest = max((header.fontMetrics().horizontalAdvance(n) for n in names), default=0)
        header.setMinimumSectionSize(widest + 16)

    def travel_changes(self) -> list[tuple[int, int, int | None]]:
        """(from site, to site, minutes or None) for every cell that differs from the week."""
        sites = self.week.sites
        changes = []
        problems = []
        for r, origin in enumerate(sites):
            for c, destination in enumerate(sites):
                if origin.id == destination.id:
                    continue
                item = self.travel_table.item(r, c)
                text = item.text().strip() if item is not None else ""
                if text and not text.isdigit():
                    problems.append(
                        self.tr("{0} → {1}: {2} is not minutes").format(
                            origin.name, destination.name, repr(text)
                        )
                    )
                    continue
                minutes = int(text) if text else None
                if minutes != self.week.travel_minutes.get((origin.id, destination.id)):
                    changes.append((origin.id, destination.id, minutes))
        if problems:
            raise UserError(
                self.tr("Cannot save the travel times: {0}.").format("; ".join(problems))
            )
        return changes

    def save_travel(self) -> None:
        try:
            changes = self.travel_changes()
        except UserError as exc:
            self._show_error(self.travel, str(exc))
            return
        factory, program_id = self.factory, self.program_id

        def write() -> None:
            for origin, destination, minutes in changes:
                set_travel_time(factory, program_id, origin, destination, minutes)

        self.run_write(self.travel, write)

    # -- lecturers -----------------------------------------------------------------------------

    def _build_lecturers(self) -> _Tab:
        tab = _Tab(self.tr("&New lecturer"))
        self.lecturer_title = QLineEdit()
        self.lecturer_title.setPlaceholderText(self.tr("Prof., Dr. …"))
        self.lecturer_given = QLineEdit()
        self.lecturer_family = QLineEdit()
        self.lecturer_native = QLineEdit()
        self.lecturer_email = QLineEdit()
        tab.form.addRow(self.tr("&Title:"), self.lecturer_title)
        tab.form.addRow(self.tr("&Given name:"), self.lecturer_given)
        tab.form.addRow(self.tr("&Family name:"), self.lecturer_family)
        tab.form.addRow(self.tr("Nat&ive script:"), self.lecturer_native)
        tab.form.addRow(self.tr("&Email:"), self.lecturer_email)
        self.windows = QTableWidget(0, 3)
        self.windows.setObjectName("availabilityTable")
        self.windows.setHorizontalHeaderLabels([self.tr("Day"), self.tr("From"), self.tr("To")])
        self.windows.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.windows.setMinimumHeight(120)
        add = QPushButton(self.tr("Add &window"))
        add.clicked.connect(lambda: self.add_window())
        remove = QPushButton(self.tr("&Remove window"))
        remove.clicked.connect(self._remove_window)
        row = QHBoxLayout()
        row.addWidget(add)
        row.addWidget(remove)
        row.addStretch(1)
        box = QVBoxLayout()
        hint = QLabel(self.tr("Available (none listed: always available):"))
        hint.setObjectName("Hint")
        box.addWidget(hint)
        box.addWidget(self.windows)
        box.addLayout(row)
        tab.form.addRow(box)
        tab.list.currentItemChanged.connect(self._lecturer_chosen)
        tab.new_button.clicked.connect(lambda: tab.list.setCurrentRow(-1))
        tab.new_button.clicked.connect(self._lecturer_chosen)
        tab.save_button.clicked.connect(self.save_lecturer)
        tab.delete_button.clicked.connect(self.delete_lecturer)
        return tab

    def _lecturer(self) -> LecturerInfo | None:
        chosen = _selected(self.people.list)
        return next((i for i in self.lecturers if i.person.id == chosen), None)

    def _lecturer_chosen(self) -> None:
        info = self._lecturer()
        for edit in (
            self.lecturer_title,
            self.lecturer_given,
            self.lecturer_family,
            self.lecturer_native,
            self.lecturer_email,
        ):
            edit.setText("")
        self.windows.setRowCount(0)
        for start, end in info.windows if info else ():
            self.add_window(start, end)
        self.people.delete_button.setEnabled(info is not None)
        self.people.save_button.setEnabled(info is None)
        if info is None:
            return
        person_id = info.person.id

        def loaded(detail: ParticipantDetail) -> None:
            if _selected(self.people.list) != person_id:
                return
            row = detail.row
            self.lecturer_title.setText(detail.title)
            self.lecturer_given.setText(row.given_name)
            self.lecturer_family.setText(row.family_name)
            self.lecturer_native.setText(row.native_name)
            self.lecturer_email.setText(row.email)
            self.people.save_button.setEnabled(True)  # only once the form holds every field

        factory = self.factory
        self.runner.run(
            lambda _progress: get_participant(factory, person_id),
            on_success=loaded,
            on_error=lambda exc: self.people.show_error(messages.describe(exc, self.tr("reading"))),
            title=self.tr("Reading the lecturer"),
        )

    def add_window(self, start: dt.datetime | None = None, end: dt.datetime | None = None) -> None:
        tz = self.week.timezone
        days = program_days(self.week.start_date, self.week.end_date)
        row = self.windows.rowCount()
        self.windows.insertRow(row)
        day_combo = QComboBox()
        for day in days:
            day_combo.addItem(day_text(day), day)
        first = local(start, tz) if start else None
        last = local(end, tz) if end else None
        if first is not None:
            day_combo.setCurrentIndex(max(0, day_combo.findData(first.date())))
        begin = QTimeEdit(QTime(first.hour, first.minute) if first else QTime(9, 0))
        finish = QTimeEdit(QTime(last.hour, last.minute) if last else QTime(17, 0))
        for edit in (begin, finish):
            edit.setDisplayFormat("HH:mm")
        self.windows.setCellWidget(row, 0, day_combo)
        self.windows.setCellWidget(row, 1, begin)
        self.windows.setCellWidget(row, 2, finish)

    def _remove_window(self) -> None:
        row = self.windows.currentRow()
        if row < 0:
            row = self.windows.rowCount() - 1
        if row >= 0:
            self.windows.removeRow(row)

    def availability(self) -> list[tuple[dt.datetime, dt.datetime]]:
        tz = self.week.timezone
        found = []
        for row in range(self.windows.rowCount()):
            day_combo = self.windows.cellWidget(row, 0)
            begin = self.windows.cellWidget(row, 1)
            finish = self.windows.cellWidget(row, 2)
            assert isinstance(day_combo, QComboBox)
            assert isinstance(begin, QTimeEdit) and isinstance(finish, QTimeEdit)
            day = day_combo.currentData()
            a, b = begin.time(), finish.time()
            found.append(
                (
                    at_local(day, dt.time(a.hour(), a.minute()), tz),
                    at_local(day, dt.time(b.hour(), b.minute()), tz),
                )
            )
        return found

    def save_lecturer(self) -> None:
        draft = LecturerDraft(
            family_name=self.lecturer_family.text(),
            given_name=self.lecturer_given.text(),
            title=self.lecturer_title.text(),
            native_name=self.lecturer_native.text(),
            email=self.lecturer_email.text() or None,
        )
        windows = self.availability()
        info = self._lecturer()
        factory, program_id = self.factory, self.program_id
        person_id = info.person.id if info else None

        def write() -> None:
            if person_id is None:
                person = create_lecturer(factory, program_id, draft)
            else:
                person = update_lecturer(factory, person_id, draft)
            set_availability(factory, person.id, windows)

        self.run_write(self.people, write, person_id)

    def delete_lecturer(self) -> None:
        info = self._lecturer()
        if info is not None:
            factory, person_id = self.factory, info.person.id
            self.run_write(self.people, lambda: delete_lecturer(factory, person_id))
