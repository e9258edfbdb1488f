"""The Check-in screen's keys: every control reachable from the keyboard.

The scan field keeps the focus (a USB scanner types into whatever has it), so the screen's
buttons and choosers take no Tab focus; each has a key instead, named in its tooltip and in
Help > Keyboard shortcuts. A key clicks the button (or opens the chooser), so it does exactly
what the mouse does, and is ignored while the button is disabled.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractButton, QComboBox, QWidget

from sakura_desktop.ui.i18n import QT_TRANSLATE_NOOP, translate


@dataclass(frozen=True)
class CheckinKey:
    keys: str  # portable text, as QKeySequence reads it
    what: str  # marked for translation (context "CheckinKeys")
    control: str  # the page attribute path of the control it works


# In the order Help lists them.
CHECKIN_KEYS: tuple[CheckinKey, ...] = (
    CheckinKey(
        "Ctrl+K", QT_TRANSLATE_NOOP("CheckinKeys", "Choose the checkpoint"), "checkpoint_combo"
    ),
    CheckinKey(
        "Ctrl+E", QT_TRANSLATE_NOOP("CheckinKeys", "Switch between entry and exit"), "direction"
    ),
    CheckinKey(
        "Ctrl+Shift+K",
        QT_TRANSLATE_NOOP("CheckinKeys", "New roll call at a checkpoint"),
        "roll_call_button",
    ),
    CheckinKey("Ctrl+M", QT_TRANSLATE_NOOP("CheckinKeys", "Sound on or off"), "mute_button"),
    CheckinKey(
        "Ctrl+Shift+O",
        QT_TRANSLATE_NOOP("CheckinKeys", "Type the operator's name"),
        "operator_edit",
    ),
    CheckinKey(
        "Ctrl+Shift+C",
        QT_TRANSLATE_NOOP("CheckinKeys", "Start or stop the camera"),
        "camera.toggle_button",
    ),
    CheckinKey(
        "Ctrl+Shift+E",
        QT_TRANSLATE_NOOP("CheckinKeys", "Export the missing list"),
        "headcount_panel.export_button",
    ),
    CheckinKey(
        "Ctrl+P",
        QT_TRANSLATE_NOOP("CheckinKeys", "Print the missing list"),
        "headcount_panel.print_button",
    ),
    CheckinKey(
        "Ctrl+Shift+W",
        QT_TRANSLATE_NOOP("CheckinKeys", "Where is everyone"),
        "headcount_panel.where_button",
    ),
)


def key_text(key: CheckinKey) -> str:
    return QKeySequence(key.keys).toString(QKeySequence.SequenceFormat.NativeText)


def describe(key: CheckinKey) -> str:
    return translate("CheckinKeys", key.what)


def _control(page: QWidget, path: str) -> object:
    target: object = page
    for name in path.split("."):
        target = getattr(target, name)
    return target


def _action(
    page: QWidget, key: CheckinKey, toggle_direction: Callable[[], None]
) -> Callable[[], None]:
    if key.control == "direction":
        return toggle_direction
    control = _control(page, key.control)
    if isinstance(control, QComboBox):
        return lambda: control.showPopup() if control.isEnabled() else None
    if isinstance(control, QAbstractButton):
        return lambda: control.click() if control.isEnabled() and control.isVisible() else None
    assert isinstance(control, QWidget)
    return lambda: control.setFocus(Qt.FocusReason.ShortcutFocusReason)


def install_checkin_keys(page: QWidget, toggle_direction: Callable[[], None]) -> list[QShortcut]:
    """One shortcut per control, working while the Check-in screen (or a child) has the focus;
    each control's tooltip names its key."""
    shortcuts = []
    for key in CHECKIN_KEYS:
        shortcut = QShortcut(QKeySequence(key.keys), page)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(_action(page, key, toggle_direction))
        shortcuts.append(shortcut)
        controls = (
            [page.entry_button, page.exit_button]  # type: ignore[attr-defined]
            if key.control == "direction"
            else [_control(page, key.control)]
        )
        for control in controls:
            if isinstance(control, QWidget):  # keep what the tooltip said, add the key
                said = control.toolTip() or describe(key)
                control.setToolTip(f"{said} ({key_text(key)})")
    return shortcuts
