"""Which sessions the Schedule screen shows: the whole program, or one team, venue or participant.

`ScheduleViewChoice` is the base of `SchedulePage` that reads the "Show" combo boxes (built with
the page's toolbar), fills the second one with the week's teams, venues or people, and picks the
sessions to draw. It is apart from the page because it is a plain question about the week ("which
sessions, for whom?") that the editing code asks too (a new session defaults to the shown team or
venue).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QCompleter

from sakura_desktop.core.schedule.model import SessionData, WeekData
from sakura_desktop.ui.i18n import translate
from sakura_desktop.ui.schedule.controller import ScheduleController
from sakura_desktop.ui.widgets.screen_page import ScreenPage

VIEW_ALL, VIEW_TEAM, VIEW_VENUE, VIEW_PARTICIPANT = "all", "team", "venue", "participant"


class ScheduleViewChoice(ScreenPage):
    """The view-mode part of `SchedulePage`; the fields below are set by the page."""

    controller: ScheduleController
    mode_combo: QComboBox
    target_combo: QComboBox

    # -- which sessions ------------------------------------------------------------------------

    @property
    def mode(self) -> str:
        return str(self.mode_combo.currentData())

    def _fill_targets(self, week: WeekData) -> None:
        mode = self.mode
        keep = self.target_combo.currentData()
        combo = self.target_combo
        combo.blockSignals(True)
        combo.clear()
        combo.setEditable(False)
        if mode == VIEW_TEAM:
            for team in week.teams:
                combo.addItem(team.name, team.id)
        elif mode == VIEW_VENUE:
            for venue in sorted(week.venues, key=lambda v: (v.site_id, v.name)):
                combo.addItem(_venue_text(week, venue.id), venue.id)
        elif mode == VIEW_PARTICIPANT:
            people = sorted((p for p in week.people if p.active), key=lambda p: p.name.casefold())
            for person in people:
                combo.addItem(person.name, person.id)
            combo.setEditable(True)
            completer = QCompleter(combo.model(), combo)
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
            combo.setCompleter(completer)
            line = combo.lineEdit()
            if line is not None:
                line.setPlaceholderText(translate("ScheduleViewChoice", "Type a name…"))
        index = combo.findData(keep)
        combo.setCurrentIndex(index if index >= 0 else 0)
        combo.setVisible(mode != VIEW_ALL)
        combo.blockSignals(False)

    def set_view(self, mode: str, target: int | None = None) -> None:
        """Show the whole program, or one team / venue / participant (by id)."""
        self.mode_combo.setCurrentIndex(self.mode_combo.findData(mode))
        if target is not None:
            self.target_combo.setCurrentIndex(self.target_combo.findData(target))

    @property
    def target(self) -> int | None:
        if self.mode == VIEW_ALL:
            return None
        data = self.target_combo.currentData()
        return int(data) if data is not None else None

    def visible_sessions(self) -> list[SessionData]:
        week = self.controller.week
        if week is None:
            return []
        target = self.target
        if self.mode == VIEW_TEAM and target is not None:
            return week.sessions_for_team(target)
        if self.mode == VIEW_VENUE and target is not None:
            return week.sessions_at_venue(target)
        if self.mode == VIEW_PARTICIPANT and target is not None:
            return week.sessions_for_participant(target)
        if self.mode != VIEW_ALL:
            return []
        return list(week.sessions)


def _venue_text(week: WeekData, venue_id: int) -> str:
    venue = week.venue_by_id[venue_id]
    site = week.site_by_id.get(venue.site_id)
    return f"{venue.name} ({site.name})" if site else venue.name
