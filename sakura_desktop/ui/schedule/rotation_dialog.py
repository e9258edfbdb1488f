"""The rotation planner dialog: teams, stations (venues) and time slots in; a plan or a reason out.

Planning runs through the task runner (it reads the teams and venues, and the search may take a
moment). A plan comes with the conflicts it would create with the rest of the week (a team already
elsewhere, a venue already booked), listed under the grid before Apply. Apply emits
`apply_requested` with the plan; the page writes it as one undoable step and closes the dialog
(`finish()`), or shows why it could not (`show_error()`).
"""

from __future__ import annotations

import datetime as dt
from functools import partial

from PySide6.QtCore import Qt, QTime, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from sakura_desktop.core.schedule.conflicts import Conflict
from sakura_desktop.core.schedule.model import WeekData
from sakura_desktop.core.schedule.rotation import (
    RotationInfeasible,
    RotationPlan,
    TimeSlot,
    plan_rotation,
    rotation_conflicts,
    rotation_problem,
)
from sakura_desktop.core.timeutil import at_local, local, program_days
from sakura_desktop.db.engine import SessionFactory
from sakura_desktop.db.enums import VenueKind
from sakura_desktop.tasks import ProgressReporter, TaskRunner
from sakura_desktop.ui.dialogs import messages
from sakura_desktop.ui.i18n import translate
from sakura_desktop.ui.locale_format import day as day_text
from sakura_desktop.ui.locale_format import time as clock_text
from sakura_desktop.ui.locale_format import weekday_time
from sakura_desktop.ui.schedule.session_dialog import checked_ids, checklist
from sakura_desktop.ui.schedule.text import conflict_label

DEFAULT_MINUTES = 45
DEFAULT_GAP = 10
DEFAULT_PREFIX = "Lab tour"
SHOWN_CONFLICTS = 12  # listed under the plan; the rest are counted


def make_plan(
    factory: SessionFactory,
    program_id: int,
    teams: list[str],
    stations: list[str],
    slots: list[TimeSlot],
    capacity: int | None,
    progress: ProgressReporter,
    title_prefix: str = "Lab tour",
) -> tuple[RotationPlan | RotationInfeasible, list[Conflict]]:
    """The plan (or why there is none) and the conflicts it would create with the week."""
    progress.report(0, 0, translate("RotationDialog", "Looking for a rotation…"))
    problem = rotation_problem(factory, program_id, teams, stations, slots, capacity)
    plan = plan_rotation(problem)
    if isinstance(plan, RotationInfeasible):
        return plan, []
    progress.report(0, 0, translate("RotationDialog", "Checking the plan against the week…"))
    return plan, rotation_conflicts(factory, program_id, plan, title_prefix=title_prefix)


def conflicts_text(conflicts: list[Conflict]) -> str:
    """What the dialog says under a plan that clashes with the rest of the week."""
    count = len(conflicts)
    if count == 1:
        head = translate(
            "RotationDialog",
            "This plan creates 1 conflict with the rest of the week. Apply writes it anyway; "
            "fix them in the week view, or change the slots and Plan again.",
        )
    else:
        head = translate(
            "RotationDialog",
            "This plan creates {0} conflicts with the rest of the week. Apply writes it anyway; "
            "fix them in the week view, or change the slots and Plan again.",
        ).format(count)
    lines = [f"• {conflict_label(c)}: {c.sentence}" for c in conflicts[:SHOWN_CONFLICTS]]
    if count > SHOWN_CONFLICTS:
        lines.append(translate("RotationDialog", "… and {0} more.").format(count - SHOWN_CONFLICTS))
    return "\n".join([head, *lines])


class RotationDialog(QDialog):
    apply_requested = Signal(object, str)  # RotationPlan, title prefix

    def __init__(
        self,
        week: WeekData,
        runner: TaskRunner,
        factory: SessionFactory,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("RotationDialog")
        self.setWindowTitle(self.tr("Rotation planner"))
        self.week = week
        self.runner = runner
        self.factory = factory
        self.plan: RotationPlan | None = None
        self.conflicts: list[Conflict] = []
        self.reason = ""
        self.days = program_days(week.start_date, week.end_date)

        self.team_list = checklist([(t.id, t.name) for t in week.teams], [t.id for t in week.teams])
        venues = sorted(week.venues, key=lambda v: (v.site_id, v.name))
        labs = [v.id for v in venues if v.kind == VenueKind.LAB.value]
        self.station_list = checklist([(v.id, self._venue_text(v.id)) for v in venues], labs)
        teams_box = QGroupBox(self.tr("Teams"))
        QVBoxLayout(teams_box).addWidget(self.team_list)
        stations_box = QGroupBox(self.tr("Stations (venues)"))
        QVBoxLayout(stations_box).addWidget(self.station_list)

        self.slot_table = QTableWidget(0, 3)
        self.slot_table.setObjectName("slotTable")
        self.slot_table.setHorizontalHeaderLabels(
            [self.tr("Day"), self.tr("Start"), self.tr("Minutes")]
        )
        self.slot_table.verticalHeader().setVisible(True)
        self.slot_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.slot_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        add = QPushButton(self.tr("&Add slot"))
        add.clicked.connect(self.add_slot)
        remove = QPushButton(self.tr("&Remove slot"))
        remove.clicked.connect(self.remove_slot)
        slot_buttons = QHBoxLayout()
        slot_buttons.addWidget(add)
        slot_buttons.addWidget(remove)
        slot_buttons.addStretch(1)
        slots_box = QGroupBox(self.tr("Time slots"))
        slots_layout = QVBoxLayout(slots_box)
        slots_layout.addWidget(self.slot_table)
        slots_layout.addLayout(slot_buttons)

        self.capacity_spin = QSpinBox()
        self.capacity_spin.setRange(0, 50)
        self.capacity_spin.setSpecialValueText(self.tr("automatic (venue seats ÷ largest team)"))
        # Session titles are data that participant-facing print shows: the default stays English.
        self.prefix_edit = QLineEdit(DEFAULT_PREFIX)
        options = QFormLayout()
        options.addRow(self.tr("Teams per station at &once:"), self.capacity_spin)
        options.addRow(self.tr("Session &titles:"), self.prefix_edit)

        self.plan_button = QPushButton(self.tr("&Plan"))
        self.plan_button.setDefault(True)
        self.plan_button.clicked.connect(self.make_plan)

        self.grid = QTableWidget()
        self.grid.setObjectName("planGrid")
        self.grid.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.reason_label = QLabel()
        self.reason_label.setObjectName("ErrorNote")
        self.reason_label.setWordWrap(True)
        self.reason_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.reason_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.hint_label = QLabel(
            self.tr(
                "Choose the teams, the stations and the time slots, then Plan. Each team visits "
                "each station once."
            )
        )
        self.hint_label.setObjectName("Hint")
        self.hint_label.setWordWrap(True)
        self.outcome = QStackedWidget()
        self.outcome.addWidget(self.hint_label)
        self.outcome.addWidget(self.grid)
        self.outcome.addWidget(self.reason_label)
        self.outcome.setMinimumHeight(180)
        self.conflicts_label = QLabel()
        self.conflicts_label.setObjectName("RotationConflicts")
        self.conflicts_label.setWordWrap(True)
        self.conflicts_label.setTextFormat(Qt.TextFormat.PlainText)
        self.conflicts_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.conflicts_label.setVisible(False)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.apply_button = self.buttons.addButton(
            self.tr("Apply to the schedule"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.apply_button.setEnabled(False)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        top = QGridLayout()
        top.addWidget(teams_box, 0, 0)
        top.addWidget(stations_box, 0, 1)
        top.addWidget(slots_box, 0, 2)
        top.setColumnStretch(2, 2)
        top.setColumnStretch(1, 2)
        top.setColumnStretch(0, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top, 1)  # the choices need room as much as the outcome
        layout.addLayout(options)
        layout.addWidget(self.plan_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.outcome, 1)
        layout.addWidget(self.conflicts_label)
        layout.addWidget(self.buttons)
        for _ in range(len(labs) or 1):
            self.add_slot()
        self.resize(980, 680)

    def _venue_text(self, venue_id: int) -> str:
        venue = self.week.venue_by_id[venue_id]
        site = self.week.site_by_id.get(venue.site_id)
        seats = self.tr(", {0} seats").format(venue.capacity) if venue.capacity else ""
        return f"{venue.name} ({site.name if site else '?'}{seats})"

    # -- slots -----------------------------------------------------------------------------

    def add_slot(
        self, day: dt.date | None = None, start: dt.time | None = None, minutes: int | None = None
    ) -> None:
        row = self.slot_table.rowCount()
        if day is None or start is None:
            previous = self.slots()
            if previous:
                last = previous[-1]
                begin = local(last.end, self.week.timezone) + dt.timedelta(minutes=DEFAULT_GAP)
                day, start = begin.date(), begin.time()
                minutes = minutes or int((last.end - last.start).total_seconds() // 60)
            else:
                day, start = self.days[min(1, len(self.days) - 1)], dt.time(9, 0)
        self.slot_table.insertRow(row)
        days = QComboBox()
        for option in self.days:
            days.addItem(day_text(option), option)
        # Not findData: a Python date round-trips through Qt as a new object and never matches.
        days.setCurrentIndex(self.days.index(day) if day in self.days else 0)
        time_edit = QTimeEdit(QTime(start.hour, start.minute))
        time_edit.setDisplayFormat("HH:mm")
        length = QSpinBox()
        length.setRange(5, 600)
        length.setSingleStep(5)
        length.setSuffix(self.tr(" min"))
        length.setValue(minutes or DEFAULT_MINUTES)
        self.slot_table.setCellWidget(row, 0, days)
        self.slot_table.setCellWidget(row, 1, time_edit)
        self.slot_table.setCellWidget(row, 2, length)
        self._invalidate()

    def remove_slot(self) -> None:
        row = self.slot_table.currentRow()
        if row < 0:
            row = self.slot_table.rowCount() - 1
        if row >= 0:
            self.slot_table.removeRow(row)
            self._invalidate()

    def set_slots(self, slots: list[tuple[dt.date, dt.time, int]]) -> None:
        self.slot_table.setRowCount(0)
        for day, start, minutes in slots:
            self.add_slot(day, start, minutes)

    def slots(self) -> list[TimeSlot]:
        found = []
        for row in range(self.slot_table.rowCount()):
            days = self.slot_table.cellWidget(row, 0)
            time_edit = self.slot_table.cellWidget(row, 1)
            length = self.slot_table.cellWidget(row, 2)
            assert isinstance(days, QComboBox)
            assert isinstance(time_edit, QTimeEdit)
            assert isinstance(length, QSpinBox)
            time = time_edit.time()
            start = at_local(
                days.currentData(), dt.time(time.hour(), time.minute()), self.week.timezone
            )
            found.append(TimeSlot(start, start + dt.timedelta(minutes=length.value())))
        return found

    # -- planning --------------------------------------------------------------------------

    def _invalidate(self) -> None:
        self.plan = None
        self.conflicts = []
        self.conflicts_label.setVisible(False)
        self.apply_button.setEnabled(False)

    def make_plan(self) -> None:
        teams = [self.week.team_by_id[i].name for i in checked_ids(self.team_list)]
        stations = [self.week.venue_by_id[i].name for i in checked_ids(self.station_list)]
        capacity = self.capacity_spin.value() or None
        self._invalidate()
        self.plan_button.setEnabled(False)
        self.runner.run(
            partial(
                make_plan,
                self.factory,
                self.week.program_id,
                teams,
                stations,
                self.slots(),
                capacity,
                title_prefix=self.prefix_edit.text().strip() or DEFAULT_PREFIX,
            ),
            on_success=self._planned,
            on_error=lambda exc: self._show_reason(messages.describe(exc, self.tr("planning"))),
            title=self.tr("Planning the rotation"),
        )

    def _planned(self, result: tuple[RotationPlan | RotationInfeasible, list[Conflict]]) -> None:
        self.plan_button.setEnabled(True)
        outcome, conflicts = result
        if isinstance(outcome, RotationInfeasible):
            self._show_reason(outcome.reason)
            return
        self.plan = outcome
        self.conflicts = conflicts
        self.reason = ""
        self._fill_grid(outcome)
        self.outcome.setCurrentWidget(self.grid)
        self.conflicts_label.setText(conflicts_text(conflicts) if conflicts else "")
        self.conflicts_label.setVisible(bool(conflicts))
        self.apply_button.setEnabled(True)

    def _show_reason(self, reason: str) -> None:
        self.plan_button.setEnabled(True)
        self.reason = reason
        self.conflicts_label.setVisible(False)
        self.reason_label.setText(self.tr("No rotation is possible: {0}").format(reason))
        self.outcome.setCurrentWidget(self.reason_label)

    def _fill_grid(self, plan: RotationPlan) -> None:
        problem = plan.problem
        self.grid.clear()
        self.grid.setRowCount(len(problem.slots))
        self.grid.setColumnCount(len(problem.stations))
        self.grid.setHorizontalHeaderLabels([s.name for s in problem.stations])
        tz = self.week.timezone
        self.grid.setVerticalHeaderLabels(
            [
                f"{weekday_time(local(s.start, tz))}–{clock_text(local(s.end, tz))}"
                for s in problem.slots
            ]
        )
        for row in range(len(problem.slots)):
            for column, station in enumerate(problem.stations):
                names = ", ".join(team.name for team in plan.at(row, station.id))
                self.grid.setItem(row, column, QTableWidgetItem(names or "—"))
        self.grid.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)

    def accept(self) -> None:
        if self.plan is None:
            return
        self.apply_button.setEnabled(False)
        self.apply_requested.emit(self.plan, self.prefix_edit.text().strip() or DEFAULT_PREFIX)

    def show_error(self, text: str) -> None:
        """Writing the plan failed: say why, keep the plan (Apply may be tried again)."""
        self.apply_button.setEnabled(self.plan is not None)
        self.reason_label.setText(self.tr("The rotation was not written: {0}").format(text))
        self.outcome.setCurrentWidget(self.reason_label)

    def finish(self) -> None:
        super().accept()
