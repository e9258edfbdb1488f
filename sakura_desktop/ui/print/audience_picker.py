"""The Print screen's "Who" box: everyone, a delegation, a team or ticked participants.

The box owns its widgets and turns them into the core's `Audience` (`audience`); the options
panel shows it for the kinds printed per person. Its words keep the panel's translation context.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from sakura_desktop.core.documents import Audience
from sakura_desktop.errors import UserError
from sakura_desktop.ui.i18n import translate
from sakura_desktop.ui.print.choices import AudienceMode
from sakura_desktop.ui.print.jobs import Group, ScreenData
from sakura_desktop.ui.print.models import CheckItem, checklist

NAME_ROLE = Qt.ItemDataRole.UserRole + 1  # a group's name (remembered), beside its key


class AudiencePicker(QGroupBox):
    """Whom a per-person document is for; `changed` when the choice or a tick changes."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(translate("PrintOptionsPanel", "Who"), parent)
        self.setObjectName("audienceBox")
        self.data: ScreenData | None = None
        self.mode_group = QButtonGroup(self)
        self.mode_buttons: dict[AudienceMode, QRadioButton] = {}
        for mode, label in (
            (AudienceMode.EVERYONE, translate("PrintOptionsPanel", "Everyone")),
            (AudienceMode.DELEGATION, translate("PrintOptionsPanel", "A delegation")),
            (AudienceMode.TEAM, translate("PrintOptionsPanel", "A team")),
            (AudienceMode.SELECTED, translate("PrintOptionsPanel", "Selected participants")),
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
            "people", translate("PrintOptionsPanel", "Search names, delegations, teams…")
        )
        self.tick_shown_button = QPushButton(translate("PrintOptionsPanel", "Tick all shown"))
        self.clear_ticks_button = QPushButton(translate("PrintOptionsPanel", "Clear"))
        self.people_note = QLabel()
        self.people_note.setObjectName("Note")
        self.people_panel = QWidget()
        self.unprinted_check = QCheckBox(
            translate("PrintOptionsPanel", "Only badges not printed yet")
        )
        self.unprinted_check.setObjectName("unprintedCheck")
        self.audience_note = QLabel()
        self.audience_note.setObjectName("Note")
        self.audience_note.setWordWrap(True)
        self._lay_out()
        self._connect()

    def _lay_out(self) -> None:
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
        who = QVBoxLayout(self)
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

    def _connect(self) -> None:
        self.mode_group.buttonToggled.connect(lambda *_: self.changed.emit())
        for combo in (self.delegation_combo, self.team_combo):
            combo.currentIndexChanged.connect(lambda *_: self.changed.emit())
        self.unprinted_check.toggled.connect(lambda *_: self.changed.emit())
        self.people_model.dataChanged.connect(lambda *_: self.changed.emit())
        self.delegation_combo.activated.connect(
            lambda *_: self.mode_buttons[AudienceMode.DELEGATION].setChecked(True)
        )
        self.team_combo.activated.connect(
            lambda *_: self.mode_buttons[AudienceMode.TEAM].setChecked(True)
        )
        self.people_view.clicked.connect(
            lambda *_: self.mode_buttons[AudienceMode.SELECTED].setChecked(True)
        )
        self.tick_shown_button.clicked.connect(self._tick_shown_people)
        self.clear_ticks_button.clicked.connect(
            lambda: self.people_model.set_checked(self.people_model.ids(), False)
        )

    # -- state ----------------------------------------------------------------------------

    @property
    def mode(self) -> AudienceMode:
        for mode, button in self.mode_buttons.items():
            if button.isChecked():
                return mode
        return AudienceMode.EVERYONE

    def set_mode(self, mode: AudienceMode) -> None:
        self.mode_buttons[mode].setChecked(True)

    def delegation_name(self) -> str:
        return str(self.delegation_combo.currentData(NAME_ROLE) or "")

    def team_name(self) -> str:
        return str(self.team_combo.currentData(NAME_ROLE) or "")

    def fill(self, data: ScreenData | None, ticked_people: tuple[int, ...]) -> None:
        """The program's delegations, teams and people (ticking `ticked_people` again)."""
        self.data = data
        _fill_groups(self.delegation_combo, data.delegations if data else ())
        _fill_groups(self.team_combo, data.teams if data else ())
        people = data.people if data else ()
        self.people_model.set_items(
            [CheckItem(p.id, p.label, f"{p.team} {p.role}") for p in people], ticked_people
        )

    def audience(self, unprinted: bool) -> Audience:
        """The core's `Audience`; a UserError says what is missing."""
        mode = self.mode
        if mode == AudienceMode.DELEGATION:
            key = self.delegation_combo.currentData()
            if key is None:
                raise UserError(
                    translate("PrintOptionsPanel", "This program has no delegation to choose.")
                )
            return Audience(delegation=str(key), unprinted=unprinted)
        if mode == AudienceMode.TEAM:
            key = self.team_combo.currentData()
            if key is None:
                raise UserError(
                    translate("PrintOptionsPanel", "This program has no team to choose.")
                )
            return Audience(team=str(key), unprinted=unprinted)
        if mode == AudienceMode.SELECTED:
            ids = self.people_model.checked_ids()
            if not ids:
                raise UserError(
                    translate(
                        "PrintOptionsPanel", "Tick at least one participant, or choose Everyone."
                    )
                )
            return Audience(participant_ids=ids, unprinted=unprinted)
        return Audience(unprinted=unprinted)

    # -- reacting -------------------------------------------------------------------------

    def refresh(self, only_unprinted: bool) -> None:
        """Enable what the mode uses and say how many people the choice covers."""
        self.delegation_combo.setEnabled(
            self.delegation_combo.count() > 0 and self.mode == AudienceMode.DELEGATION
        )
        self.team_combo.setEnabled(self.team_combo.count() > 0 and self.mode == AudienceMode.TEAM)
        self.people_panel.setVisible(self.mode == AudienceMode.SELECTED)
        ticked = len(self.people_model.checked_ids())
        self.people_note.setText(
            translate("PrintOptionsPanel", "{0} ticked").format(ticked) if ticked else ""
        )
        self.audience_note.setText(self._audience_count(only_unprinted))

    def _audience_count(self, only_unprinted: bool) -> str:
        """A hint of how many people the choice covers (the document decides the details)."""
        data = self.data
        if data is None:
            return ""
        people = list(data.people)
        mode = self.mode
        if mode == AudienceMode.DELEGATION:
            name = self.delegation_combo.currentData(NAME_ROLE)
            people = [p for p in people if p.delegation == name]
        elif mode == AudienceMode.TEAM:
            name = self.team_name()
            people = [p for p in people if name and name in p.team.split(", ")]
        elif mode == AudienceMode.SELECTED:
            wanted = set(self.people_model.checked_ids())
            people = [p for p in people if p.id in wanted]
        if only_unprinted:
            people = [p for p in people if not p.badge_printed]
        if len(people) == 1:
            return translate("PrintOptionsPanel", "1 person (withdrawn participants are left out)")
        return translate(
            "PrintOptionsPanel", "{0} people (withdrawn participants are left out)"
        ).format(len(people))

    def _tick_shown_people(self) -> None:
        self.people_model.set_checked(self.people_proxy.visible_ids())
        self.mode_buttons[AudienceMode.SELECTED].setChecked(True)


def _fill_groups(combo: QComboBox, groups: tuple[Group, ...]) -> None:
    combo.clear()
    for group in groups:
        combo.addItem(group.label, group.key)
        combo.setItemData(combo.count() - 1, group.name, NAME_ROLE)
    combo.setEnabled(bool(groups))
