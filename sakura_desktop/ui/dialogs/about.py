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
from sakura_desktop.ui.i18n import translate
from sakura_desktop.ui.icons import app_icon
from sakura_desktop.ui.workspace import Workspace


def about_text(workspace: Workspace) -> str:
    database = workspace.database
    if database is not None and workspace.open_report is not None:
        schema = translate("About", "Database schema: revision {0}<br>Database: {1}").format(
            html.escape(workspace.open_report.revision_after), html.escape(database.display_name)
        )
    else:
        schema = translate("About", "Database schema: revision {0} (no database open)").format(
            html.escape(head_revision())
        )
    summary = translate(
        "About",
        "Runs a week-long science exchange visit from one laptop, offline: programs, "
        "participants, schedule, check-in, printing and reports.",
    )
    licence = translate(
        "About",
        "Sakura Desktop is free software under the MIT licence. It uses Qt for Python "
        "(PySide6, LGPLv3), SQLAlchemy and Alembic (MIT) and ReportLab (BSD); shipped fonts "
        "carry their own licences in the fonts folder.",
    )
    return (
        f"<h3>{APP_NAME} {__version__}</h3>"
        f"<p>{summary}</p>"
        f"<p>Qt {qVersion()} · PySide6 {PySide6.__version__} · "
        f"Python {platform.python_version()}<br>{schema}</p>"
        f"<p>{licence}</p>"
    )


def show_about(parent: QWidget | None, workspace: Workspace) -> None:
    box = QMessageBox(parent)
    box.setWindowTitle(translate("About", "About {0}").format(APP_NAME))
    box.setIconPixmap(app_icon().pixmap(64, 64))
    box.setText(about_text(workspace))
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    messages.exec_box(box)
