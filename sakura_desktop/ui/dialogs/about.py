"""Help > About: version, Qt and PySide versions, the database schema, the licence."""

from __future__ import annotations

import html
import platform

import PySide6
from PySide6.QtCore import qVersion
from PySide6.QtWidgets import QMessageBox, QWidget

from sakura_desktop import APP_NAME, __version__
from sakura_desktop.db.lifecycle import head_revision
from sakura_desktop.ui.dialogs import messages
from sakura_desktop.ui.icons import app_icon
from sakura_desktop.ui.workspace import Workspace


def about_text(workspace: Workspace) -> str:
    database = workspace.database
    if database is not None and workspace.open_report is not None:
        schema = (
            f"Database schema: revision {html.escape(workspace.open_report.revision_after)}"
            f"<br>Database: {html.escape(database.display_name)}"
        )
    else:
        schema = f"Database schema: revision {html.escape(head_revision())} (no database open)"
    return (
        f"<h3>{APP_NAME} {__version__}</h3>"
        "<p>Runs a week-long science exchange visit from one laptop, offline: programs, "
        "participants, schedule, check-in, printing and reports.</p>"
        f"<p>Qt {qVersion()} · PySide6 {PySide6.__version__} · "
        f"Python {platform.python_version()}<br>{schema}</p>"
        "<p>Sakura Desktop is free software under the MIT licence. It uses Qt for Python "
        "(PySide6, LGPLv3), SQLAlchemy and Alembic (MIT) and ReportLab (BSD); shipped fonts "
        "carry their own licences in the fonts folder.</p>"
    )


def show_about(parent: QWidget | None, workspace: Workspace) -> None:
    box = QMessageBox(parent)
    box.setWindowTitle(f"About {APP_NAME}")
    box.setIconPixmap(app_icon().pixmap(64, 64))
    box.setText(about_text(workspace))
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    messages.exec_box(box)
