"""Open the main window on the demo week at one screen size and report what is cut or overlaps.

    python tests/any_screen_probe.py WIDTH HEIGHT [OUT.json]

Run with QT_QPA_PLATFORM=offscreen (the screen comes from a generated offscreen configuration
file) and QT_SCALE_FACTOR as wanted: the scale factor is read when the QApplication is created,
so each size runs in its own process (tests/test_any_screen.py). Prints a JSON object: the
screen's available geometry, the window's geometry, per-screen problems and the week view's
columns.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import sys
import tempfile
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from PySide6 import QtGui
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFontMetrics, QTextDocument
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QApplication,
    QCheckBox,
    QComboBox,
    QLabel,
    QPushButton,
    QRadioButton,
    QStyle,
    QStyleOptionComboBox,
    QToolButton,
    QWidget,
)

# Tue 14 Jul 2026, 10:00 in Tokyo: the second day of the demo week (as tests/test_gui_main_window).
DURING_WEEK = dt.datetime(2026, 7, 14, 1, 0, tzinfo=dt.UTC)
TEXT_WIDGETS = (QLabel, QPushButton, QCheckBox, QRadioButton, QToolButton, QComboBox)
# Object names of widgets that elide or clip their text on purpose, with the reason.
ELIDE_ON_PURPOSE: dict[str, str] = {}


@dataclass(frozen=True)
class Problem:
    screen: str
    widget: str
    text: str
    what: str


def offscreen_config(width: int, height: int) -> str:
    """An offscreen-platform configuration file describing one screen of width×height pixels."""
    screen = {"name": "probe", "x": 0, "y": 0, "width": width, "height": height}
    screen |= {"logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}
    handle, name = tempfile.mkstemp(prefix="sakura-screen-", suffix=".json")
    with os.fdopen(handle, "w") as out:
        json.dump({"screens": [screen]}, out)
    return name


def describe(widget: QWidget) -> str:
    name = widget.objectName()
    return f"{type(widget).__name__}#{name}" if name else type(widget).__name__


def widget_text(widget: QWidget) -> str:
    if isinstance(widget, QLabel | QAbstractButton):
        return widget.text()
    if isinstance(widget, QComboBox):
        return widget.currentText()
    return ""


def _shown_text(text: str) -> str:
    """The text as drawn with a mnemonic: "&Show:" reads "Show:", "&&" reads "&"."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def _label_problem(label: QLabel) -> str | None:
    text = label.text() if label.buddy() is None else _shown_text(label.text())
    rect = label.contentsRect()
    margin = label.margin() * 2 + label.indent() if label.indent() > 0 else label.margin() * 2
    width, height = rect.width() - margin, rect.height() - label.margin() * 2
    if label.wordWrap():
        needed = label.heightForWidth(label.width())
        if needed > label.height() + 1:
            return f"word-wrapped text needs {needed}px height, has {label.height()}"
        return None
    if label.textFormat() == Qt.TextFormat.RichText or (
        label.textFormat() == Qt.TextFormat.AutoText and QtGui.Qt.mightBeRichText(text)
    ):
        document = QTextDocument()
        document.setDefaultFont(label.font())
        document.setDocumentMargin(0)
        document.setHtml(text)
        needed_width = int(document.idealWidth())
        needed_height = int(document.size().height())
    else:
        metrics = QFontMetrics(label.font())
        lines = text.split("\n")
        needed_width = max(metrics.horizontalAdvance(line) for line in lines)
        needed_height = metrics.height() * len(lines)
    if needed_width > width + 1:
        return f"text needs {needed_width}px width, has {width}"
    if needed_height > height + 2:
        return f"text needs {needed_height}px height, has {height}"
    return None


def _combo_problem(combo: QComboBox) -> str | None:
    """Qt cuts a combo box's text at its edge; an ElidingComboBox (user data such as checkpoint
    names, which can be any length) elides it in the middle and keeps the end (the day and
    time) readable: accepted when the end still shows."""
    from sakura_desktop.ui.widgets.eliding_combo import ElidingComboBox

    if combo.isEditable():
        return None
    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    field = combo.style().subControlRect(
        QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, combo
    )
    needed = QFontMetrics(combo.font()).horizontalAdvance(combo.currentText())
    if needed <= field.width():
        return None
    if isinstance(combo, ElidingComboBox):
        end = combo.currentText()[-5:]
        return None if combo.shown_text().endswith(end) else "elided text loses its end"
    return f"text needs {needed}px width, has {field.width()} (cut at the edge)"


def text_problem(widget: QWidget) -> str | None:
    """Why the widget's text does not fit it (elided or cut), or None."""
    if not widget_text(widget).strip():
        return None
    if isinstance(widget, QLabel):
        return _label_problem(widget)
    if isinstance(widget, QComboBox):
        return _combo_problem(widget)
    assert isinstance(widget, QAbstractButton)
    hint = widget.sizeHint()
    if hint.width() > widget.width() + 1:
        return f"needs {hint.width()}px width, has {widget.width()}"
    if isinstance(widget, QPushButton | QToolButton):
        needed = QFontMetrics(widget.font()).height()
        if widget.height() < needed:
            return f"text needs {needed}px height, has {widget.height()}"
    return None


def _in_scroll_content(widget: QWidget) -> bool:
    parent = widget.parentWidget()
    area = parent.parentWidget() if parent is not None else None
    return isinstance(area, QAbstractScrollArea) and area.viewport() is parent


def _shown(widget: QWidget) -> bool:
    return widget.isVisible() and widget.width() > 0 and widget.height() > 0


def overlaps(root: QWidget) -> list[tuple[QWidget, QWidget, QRect]]:
    """Visible sibling widgets, both placed by their parent's layout, that cover each other."""
    found: list[tuple[QWidget, QWidget, QRect]] = []
    for parent in [root, *root.findChildren(QWidget)]:
        if not _shown(parent) or parent.layout() is None:
            continue
        layout = parent.layout()
        children = [
            child
            for child in parent.findChildren(
                QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly
            )
            if _shown(child) and not child.isWindow() and _managed(layout, child)
        ]
        for index, first in enumerate(children):
            for second in children[index + 1 :]:
                common = first.geometry().intersected(second.geometry())
                if common.width() > 1 and common.height() > 1:
                    found.append((first, second, common))
    return found


def _managed(layout: object, child: QWidget) -> bool:
    from PySide6.QtWidgets import QLayout

    def holds(item_layout: QLayout) -> bool:
        for index in range(item_layout.count()):
            item = item_layout.itemAt(index)
            if item is None:
                continue
            if item.widget() is child:
                return True
            inner = item.layout()
            if inner is not None and holds(inner):
                return True
        return False

    return isinstance(layout, QLayout) and holds(layout)


def clipped_by_parent(widget: QWidget) -> str | None:
    """A widget that reaches past its parent's edge (not a scroll area's content): cut off."""
    parent = widget.parentWidget()
    if parent is None or widget.isWindow():
        return None
    if _in_scroll_content(widget):
        area = parent.parentWidget()
        assert isinstance(area, QAbstractScrollArea)
        no_sideways = area.horizontalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOff
        if no_sideways and widget.width() > parent.width() + 1:
            return (
                f"{widget.width() - parent.width()}px wider than a scroll area with no sideways bar"
            )
        return None
    outside = widget.geometry().united(parent.rect())
    extra_w = outside.width() - parent.width()
    extra_h = outside.height() - parent.height()
    if extra_w > 1 or extra_h > 1:
        return f"reaches {extra_w}px/{extra_h}px past its parent {describe(parent)}"
    return None


def screen_problems(key: str, page: QWidget) -> list[Problem]:
    problems: list[Problem] = []
    widgets = [w for w in page.findChildren(QWidget) if _shown(w)]
    for widget in widgets:
        if not _fully_visible(widget) or widget.objectName() in ELIDE_ON_PURPOSE:
            continue
        if not isinstance(widget, TEXT_WIDGETS):
            what = clipped_by_parent(widget) if _in_scroll_content(widget) else None
        else:
            what = text_problem(widget) or clipped_by_parent(widget)
        if what:
            problems.append(Problem(key, describe(widget), widget_text(widget)[:60], what))
    for first, second, common in overlaps(page):
        text = " / ".join(t[:40] for t in (widget_text(first), widget_text(second)) if t)
        what = f"overlaps {describe(second)} by {common.width()}×{common.height()}px"
        problems.append(Problem(key, describe(first), text, what))
    return problems


def scrolling(key: str, page: QWidget) -> list[Problem]:
    """A page larger than its place in the window: scrolled, not squeezed, but not at ease."""
    viewport = page.parentWidget()
    area = viewport.parentWidget() if viewport is not None else None
    if not isinstance(area, QAbstractScrollArea) or viewport is not area.viewport():
        return []
    wide = page.width() - viewport.width()
    tall = page.height() - viewport.height()
    if wide <= 0 and tall <= 0:
        return []
    minimum = page.minimumSizeHint()
    what = f"page scrolls: {max(wide, 0)}px too wide, {max(tall, 0)}px too tall"
    what += f" (minimum {minimum.width()}×{minimum.height()})"
    return [Problem(key, describe(page), "", what)]


def _fully_visible(widget: QWidget) -> bool:
    # A widget whose ancestors are all shown; hidden toolbar overflow items report not visible.
    return widget.isVisibleTo(widget.window())


def week_columns(page: QWidget) -> dict[str, object]:
    from sakura_desktop.ui.schedule.week_view import WeekView

    view = page.findChild(WeekView)
    if view is None:
        return {}
    viewport = view.viewport().width()
    from sakura_desktop.ui.schedule.week_geometry import AXIS_WIDTH

    return {
        "days": len(view.days),
        "viewport_width": viewport,
        "content_width": AXIS_WIDTH + sum(view.day_width),
        "day_widths": [round(w) for w in view.day_width],
        "scrolls": view.horizontalScrollBar().maximum() > 0,
    }


def rows_in_view(page: QWidget, name: str) -> int:
    """How many whole rows the table `name` shows without scrolling."""
    from PySide6.QtWidgets import QTableView

    view = page.findChild(QTableView, name)
    if view is None or not view.isVisible():
        return 0
    return view.viewport().height() // max(1, view.verticalHeader().defaultSectionSize())


def dialog_problems(
    app: QApplication, window: QWidget, settings: object, workspace: object, area: QRect
) -> list[Problem]:
    """The dialogs a coordinator opens from the menus: within the screen, nothing cut."""
    from sakura_desktop.ui.dialogs.help import QuickStartDialog
    from sakura_desktop.ui.dialogs.new_program import NewProgramDialog
    from sakura_desktop.ui.dialogs.settings_dialog import SettingsDialog

    problems: list[Problem] = []
    for dialog in (
        SettingsDialog(settings, window),  # type: ignore[arg-type]
        NewProgramDialog(workspace, window),  # type: ignore[arg-type]
        QuickStartDialog(window),
        *_menu_dialogs(app, window, workspace),
    ):
        key = f"dialog {dialog.objectName()}"
        dialog.show()
        settle(app)
        if not area.contains(dialog.frameGeometry()):
            where = dialog.frameGeometry().getRect()
            problems.append(Problem(key, describe(dialog), "", f"{where} leaves the screen"))
        problems += screen_problems(key, dialog)
        dialog.close()
    return problems


def _menu_dialogs(app: QApplication, window: Any, workspace: Any) -> list[QWidget]:
    """The other dialogs of the menus and screens, opened the way a coordinator opens them."""
    from sakura_desktop.ui.participants.import_wizard import ImportWizard
    from sakura_desktop.ui.survey.import_dialog import SurveyImportDialog

    commands = window.commands
    opened: list[QWidget] = []
    for open_one in (
        lambda: commands.show_shortcuts(window.menuBar()),
        commands.show_data_locations,
        commands.restore_backup,
        commands.purge_personal_data,
        commands.export_station_package,
    ):
        commands.active_dialog = None
        open_one()
        settle(app)
        if commands.active_dialog is not None:
            commands.active_dialog.hide()  # shown again, measured, by the caller
            opened.append(commands.active_dialog)
    program = workspace.program
    opened.append(ImportWizard(workspace, workspace.factory, program.id, program.title, window))
    opened.append(SurveyImportDialog(workspace, workspace.factory, program.id, window))
    return opened


def settle(app: QApplication) -> None:
    for _ in range(5):
        app.processEvents()


def main(width: int, height: int) -> dict[str, object]:
    work = Path(tempfile.mkdtemp(prefix="sakura-any-screen-"))
    os.environ["SAKURA_DESKTOP_DATA_DIR"] = str(work / "data")
    os.environ.setdefault("SAKURA_DESKTOP_KEY_DIR", str(work / "keys"))  # never the real keyring
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={offscreen_config(width, height)}"

    from sakura_desktop.app import create_application
    from sakura_desktop.core.demo import create_demo_database
    from sakura_desktop.settings import Settings
    from sakura_desktop.tasks import SyncTaskRunner, qtfix
    from sakura_desktop.ui.shell.main_window import MainWindow
    from sakura_desktop.ui.shell.navigation import SCREENS
    from sakura_desktop.ui.workspace import DatabaseTarget, Workspace

    qtfix.install()
    app = create_application()
    language = os.environ.get("SAKURA_PROBE_LANGUAGE", "en")
    from sakura_desktop.ui.i18n import install_language

    install_language(app, language)  # before any widget, as the app does
    demo = work / "demo.db"
    create_demo_database(demo)
    settings = Settings()
    workspace = Workspace(settings, SyncTaskRunner(), clock=lambda: DURING_WEEK)
    window = MainWindow(workspace, settings)
    window.restore_layout()
    window.show()
    window.commands.open_target(DatabaseTarget(path=demo))
    settle(app)
    screen = window.screen()
    area = screen.availableGeometry()
    problems: list[Problem] = []
    week: dict[str, object] = {}
    missing_rows = 0
    for item in SCREENS:
        window.navigator.show_screen(item.key)
        settle(app)
        page = window.pages[item.key]
        if not area.contains(window.frameGeometry()):
            geometry = window.frameGeometry().getRect()
            problems.append(
                Problem(item.key, "MainWindow", "", f"window {geometry} leaves {area.getRect()}")
            )
        problems += screen_problems(item.key, page)
        problems += scrolling(item.key, page)
        if item.key == "schedule":
            week = week_columns(page)
        if item.key == "checkin":
            missing_rows = rows_in_view(page, "missingTable")
    problems += dialog_problems(app, window, settings, workspace, area)
    result: dict[str, object] = {
        "size": [width, height],
        "scale": os.environ.get("QT_SCALE_FACTOR", "1"),
        "available": [area.x(), area.y(), area.width(), area.height()],
        "window": [window.frameGeometry().width(), window.frameGeometry().height()],
        "problems": [asdict(p) for p in problems],
        "week": week,
        "missing_rows": missing_rows,
    }
    window.close()
    workspace.close_database()
    return result


if __name__ == "__main__":
    out = main(int(sys.argv[1]), int(sys.argv[2]))
    text = json.dumps(out, indent=1, ensure_ascii=False)
    if len(sys.argv) > 3:
        Path(sys.argv[3]).write_text(text, encoding="utf-8")
    print(text)
