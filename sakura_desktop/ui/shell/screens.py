"""The working screens behind the sidebar, each built from its own folder.

A screen that is not listed here shows its honest "not in this version yet" page.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from sakura_desktop.ui.checkin.page import CheckinPage
from sakura_desktop.ui.participants.page import ParticipantsPage
from sakura_desktop.ui.print.page import PrintPage
from sakura_desktop.ui.reports.page import ReportsPage
from sakura_desktop.ui.schedule.page import SchedulePage
from sakura_desktop.ui.workspace import Workspace


def build_screens(workspace: Workspace) -> dict[str, QWidget]:
    """Screen key -> page. Each page follows the workspace's database and program by itself."""
    return {
        "participants": ParticipantsPage(workspace),
        "schedule": SchedulePage(workspace),
        "checkin": CheckinPage(workspace),
        "print": PrintPage(workspace),
        "reports": ReportsPage(workspace),
    }
