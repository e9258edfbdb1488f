"""Message boxes, and the one place that turns an exception into words for the user.

A `UserError` is shown as it is (its message says what happened and what to do). Anything else is
a bug: its traceback is in the log file, and the user sees a short note saying where.

Every box goes through `exec_box`, which tests replace so that nothing modal blocks them.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget

from sakura_desktop import APP_NAME
from sakura_desktop.errors import UserError
from sakura_desktop.ui.i18n import translate

_log_file: Path | None = None


def set_log_file(path: Path | None) -> None:
    global _log_file
    _log_file = path


def log_file() -> Path | None:
    return _log_file


def describe(exc: BaseException, doing: str = "") -> str:
    """What the user reads about `exc`."""
    if isinstance(exc, UserError):
        return str(exc)
    details = (
        translate("Messages", "The details were written to {0}.").format(_log_file)
        if _log_file is not None
        else translate("Messages", "The details were written to the log.")
    )
    # `doing` is a phrase its caller translated ("creating the program").
    if doing:
        sentence = translate(
            "Messages",
            "Something went wrong while {0}. Nothing you entered was lost: save or close your "
            "work and try again. {1} Please send that file to whoever looks after Sakura Desktop.",
        ).format(doing, details)
    else:
        sentence = translate(
            "Messages",
            "Something went wrong. Nothing you entered was lost: save or close your work and "
            "try again. {0} Please send that file to whoever looks after Sakura Desktop.",
        ).format(details)
    return sentence


def exec_box(box: QMessageBox) -> None:
    """Show a box modally. Tests monkeypatch this to record the box and pick a button."""
    box.exec()


def _box(
    parent: QWidget | None, icon: QMessageBox.Icon, title: str, text: str, informative: str = ""
) -> QMessageBox:
    box = QMessageBox(parent)
    box.setIcon(icon)
    box.setWindowTitle(title or APP_NAME)
    box.setText(text)
    if informative:
        box.setInformativeText(informative)
    return box


def show_error(
    parent: QWidget | None, exc: BaseException, doing: str = "", title: str = ""
) -> None:
    text = describe(exc, doing)
    icon = QMessageBox.Icon.Warning if isinstance(exc, UserError) else QMessageBox.Icon.Critical
    box = _box(parent, icon, title or APP_NAME, text)
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    exec_box(box)


def inform(parent: QWidget | None, title: str, text: str, informative: str = "") -> None:
    box = _box(parent, QMessageBox.Icon.Information, title, text, informative)
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    exec_box(box)


def choose(
    parent: QWidget | None,
    title: str,
    text: str,
    choices: list[str],
    *,
    informative: str = "",
    icon: QMessageBox.Icon = QMessageBox.Icon.Warning,
    cancel: str = "",
) -> int | None:
    """Ask the user to pick one of `choices`; the index picked, or None for cancel / Esc.
    `cancel` is the Cancel button's label (translated "Cancel" when empty)."""
    box = _box(parent, icon, title, text, informative)
    buttons: list[QPushButton] = []
    for label in choices:
        buttons.append(box.addButton(label, QMessageBox.ButtonRole.AcceptRole))
    cancel_button = box.addButton(
        cancel or translate("Messages", "Cancel"), QMessageBox.ButtonRole.RejectRole
    )
    box.setEscapeButton(cancel_button)
    if buttons:
        box.setDefaultButton(buttons[0])
    exec_box(box)
    clicked = box.clickedButton()
    return buttons.index(clicked) if clicked in buttons else None
