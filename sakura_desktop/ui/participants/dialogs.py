"""Dialogs of the Participants screen: edit a participant, manage delegations and teams.

Every save runs a core use case through the task runner; a rule the save breaks comes back as
a message next to the field (or in the dialog), and the dialog stays open with everything typed.
Dialogs open window-modal with `open()`, so tests can fill them in without a blocking `exec()`.

The dialogs themselves live in sibling modules: `participant_dialog` (one participant),
`delegation_dialogs` and `team_dialogs` (the two list windows and their forms), on the shared
bases of `dialog_base`. This module keeps every name importable from its old place.
"""

from __future__ import annotations

from sakura_desktop.ui.participants.delegation_dialogs import DelegationForm as DelegationForm
from sakura_desktop.ui.participants.delegation_dialogs import (
    DelegationsDialog as DelegationsDialog,
)
from sakura_desktop.ui.participants.dialog_base import R as R
from sakura_desktop.ui.participants.dialog_base import T as T
from sakura_desktop.ui.participants.dialog_base import _error_label as _error_label
from sakura_desktop.ui.participants.dialog_base import _HasId as _HasId
from sakura_desktop.ui.participants.dialog_base import _ListDialog as _ListDialog
from sakura_desktop.ui.participants.dialog_base import _RowForm as _RowForm
from sakura_desktop.ui.participants.dialog_base import _table_view as _table_view
from sakura_desktop.ui.participants.dialog_base import _with_error as _with_error
from sakura_desktop.ui.participants.participant_dialog import GENDER_CHOICES as GENDER_CHOICES
from sakura_desktop.ui.participants.participant_dialog import TITLES as TITLES
from sakura_desktop.ui.participants.participant_dialog import (
    ParticipantDialog as ParticipantDialog,
)
from sakura_desktop.ui.participants.team_dialogs import AutoTeamsForm as AutoTeamsForm
from sakura_desktop.ui.participants.team_dialogs import TeamForm as TeamForm
from sakura_desktop.ui.participants.team_dialogs import TeamsDialog as TeamsDialog

__all__ = [
    "AutoTeamsForm",
    "DelegationForm",
    "DelegationsDialog",
    "ParticipantDialog",
    "TeamForm",
    "TeamsDialog",
]
