"""Every user-visible string in the interface goes through Qt's translation.

`pyside6-lupdate` only collects strings written inside tr()/translate()/QT_TRANSLATE_NOOP(); a
literal passed straight to a label, button, tooltip, message box or table header is shown in
English to a Japanese coordinator and nothing else notices. This test reads sakura_desktop/ui
with `ast` and names, file:line, each literal (or f-string, or "…".format / % / + built on a
literal) that reaches one of those places unwrapped. Strings without a letter ("—", "×", "%",
"{0} ({1})", "12") are never words to translate; the few with letters that are not words either
are in ALLOWED, each with its reason.

What it cannot see: text built into a variable first and passed later. Those are reviewed by
hand; the check keeps the common, direct case from coming back.

One test per folder of sakura_desktop/ui, so a folder still being translated fails alone.
"""

from __future__ import annotations

import ast
import re
from dataclasses import dataclass
from pathlib import Path

import pytest

UI = Path(__file__).resolve().parent.parent / "sakura_desktop" / "ui"

# Widget constructors whose first argument (or `text=` / `title=`) is shown.
CONSTRUCTORS = {
    "QLabel",
    "QPushButton",
    "QCheckBox",
    "QRadioButton",
    "QGroupBox",
    "QAction",
    "QMenu",
    "QToolButton",
    "QCommandLinkButton",
    "QProgressDialog",
    "QWizardPage",
    # The project's widgets: a number tile's caption, a screen's empty-state message.
    "StatTile",
    # The project's table column: its header (first argument) is translated by the model, so
    # it must be marked with QT_TRANSLATE_NOOP("TableHeader", …) for lupdate to collect it.
    "Column",
    # A refusal raised from a screen's job: its message is shown in an error box.
    "UserError",
}
# Methods whose every string argument is shown (menu.addAction("Open", slot): the slot is not
# a string, so "every string argument" is exact enough).
SHOWN_BY_METHOD = {
    "setText",
    "setToolTip",
    "setStatusTip",
    "setWhatsThis",
    "setWindowTitle",
    "setPlaceholderText",
    "setTitle",
    "setSubTitle",
    "setLabelText",
    "setCancelButtonText",
    "setInformativeText",
    "setDetailedText",
    "setSpecialValueText",
    "setSuffix",
    "setPrefix",
    "setAccessibleName",
    "setAccessibleDescription",
    "showMessage",
    "show_message",
    "run_with_progress",
    "addTab",
    "insertTab",
    "setTabText",
    "setItemText",
    "addRow",
    "addMenu",
    "addAction",
    "addButton",
    "addItems",
    "setHorizontalHeaderLabels",
    "setVerticalHeaderLabels",
    "setHeaderLabels",
    "getText",
    "getMultiLineText",
    "getItem",
    "getInt",
    "getDouble",
}
# QMessageBox.information(parent, title, text, …) and the project's ui/dialogs/messages helpers.
# QFileDialog.getSaveFileName(parent, caption, dir, filter): the caption and the filter's label
# ("CSV files (*.csv)"), never the suggested file name.
FILE_DIALOGS = {
    "getOpenFileName",
    "getOpenFileNames",
    "getSaveFileName",
    "getExistingDirectory",
}
MESSAGE_BOXES = {"information", "warning", "critical", "question", "about"}
MESSAGE_HELPERS = {"inform", "choose", "show_error", "describe"}
# Keyword arguments that are shown wherever they appear.
SHOWN_KEYWORDS = {
    "text",
    "title",
    "tooltip",
    "tip",
    "informative",
    "cancel",
    "caption",
    "label",
    "prefix",
    "body",
}
# Arguments that are never shown: file patterns, settings keys, object names.
HIDDEN_KEYWORDS = {"objectName", "dir", "directory", "name", "data", "key", "shortcut"}
WRAPPERS = {"tr", "translate", "QT_TRANSLATE_NOOP", "QT_TR_NOOP"}

# (path relative to sakura_desktop/ui, literal): why it is not translated. Strings without
# letters need no entry. Keep this short: each entry is a reviewed exception, never a folder.
ALLOWED: dict[tuple[str, str], str] = {
    ("participants/participant_dialog.py", "YYYY-MM-DD"): (
        "the date format the field accepts, typed with Latin digits in every language"
    ),
    ("participants/participant_dialog.py", "name@example.org"): (
        "an example address: a form, not a word (example.org is reserved for examples)"
    ),
    ("print/options.py", "A4"): "the ISO paper size's name, the same in Japanese",
    ("print/options.py", "A5"): "the ISO paper size's name, the same in Japanese",
}


@dataclass(frozen=True)
class Violation:
    path: str
    line: int
    text: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.text!r}"


def _has_words(text: str) -> bool:
    """Letters outside HTML tags: "<b>{0}</b>" holds no word to translate."""
    return any(ch.isalpha() for ch in re.sub(r"<[^<>]*>", "", text))


def _callee(call: ast.Call) -> str:
    func = call.func
    if isinstance(func, ast.Name):
        return func.id
    if isinstance(func, ast.Attribute):
        return func.attr
    return ""


def _unwrapped_texts(node: ast.expr) -> list[tuple[int, str]]:
    """The literal words in `node` that no translation call wraps."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return [(node.lineno, node.value)] if _has_words(node.value) else []
    if isinstance(node, ast.JoinedStr):
        fixed = "".join(
            part.value
            for part in node.values
            if isinstance(part, ast.Constant) and isinstance(part.value, str)
        )
        found = [(node.lineno, fixed)] if _has_words(fixed) else []
        for part in node.values:
            if isinstance(part, ast.FormattedValue):
                found += _unwrapped_texts(part.value)
        return found
    if isinstance(node, ast.BinOp):  # "Deleted " + n, "%d people" % n
        return _unwrapped_texts(node.left) + _unwrapped_texts(node.right)
    if isinstance(node, ast.IfExp):
        return _unwrapped_texts(node.body) + _unwrapped_texts(node.orelse)
    if isinstance(node, ast.BoolOp):  # title or "Untitled"
        return [found for value in node.values for found in _unwrapped_texts(value)]
    if isinstance(node, (ast.List, ast.Tuple)):
        return [found for element in node.elts for found in _unwrapped_texts(element)]
    if isinstance(node, ast.Call):
        name = _callee(node)
        if name in WRAPPERS:
            return []
        func = node.func
        # "…{0}".format(n) and ", ".join([...]) built on a bare literal.
        if isinstance(func, ast.Attribute) and name in {"format", "join"}:
            found = _unwrapped_texts(func.value)
            for argument in node.args:
                found += _unwrapped_texts(argument)
            return found
    return []


def _shown_arguments(call: ast.Call) -> list[ast.expr]:
    """The arguments of `call` that end up on screen."""
    name = _callee(call)
    func = call.func
    shown: list[ast.expr] = [
        keyword.value for keyword in call.keywords if keyword.arg in SHOWN_KEYWORDS
    ]
    if name in CONSTRUCTORS:
        return shown + call.args[:1]
    if name in FILE_DIALOGS:
        return shown + [call.args[i] for i in (1, 3) if i < len(call.args)]
    if name == "report":  # progress.report(done, total, text): the progress dialog's label
        return shown + call.args[2:3]
    if name == "addItem":  # combo.addItem(text, data): the data is never shown
        return shown + call.args[:1]
    if name == "insertItem":  # combo.insertItem(index, text, data)
        return shown + call.args[1:2]
    if name in SHOWN_BY_METHOD:
        return shown + list(call.args)
    if (
        name in MESSAGE_BOXES
        and isinstance(func, ast.Attribute)
        and isinstance(func.value, ast.Name)
        and func.value.id == "QMessageBox"
    ):
        return shown + call.args[1:3]
    if name in MESSAGE_HELPERS:
        # inform/choose(parent, title, text, [choices]); show_error(parent, exc, doing, title);
        # describe(exc, doing)
        first, last = {"show_error": (2, 4), "describe": (1, 2)}.get(name, (1, 4))
        return shown + call.args[first:last]
    return []


def violations_in(
    source: str, path: str, allowed: dict[tuple[str, str], str] = ALLOWED
) -> list[Violation]:
    found: list[Violation] = []
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.Call):
            continue
        for argument in _shown_arguments(node):
            for line, text in _unwrapped_texts(argument):
                if (path, text) not in allowed:
                    found.append(Violation(path, line, text))
    return found


def _folders() -> list[str]:
    """Each folder of sakura_desktop/ui, and "." for the modules directly in it."""
    folders = sorted(p.name for p in UI.iterdir() if p.is_dir() and not p.name.startswith("__"))
    return [".", *folders]


def _files(folder: str) -> list[Path]:
    if folder == ".":
        return sorted(UI.glob("*.py"))
    return sorted((UI / folder).rglob("*.py"))


@pytest.mark.parametrize("folder", _folders())
def test_every_shown_literal_is_translated(folder: str) -> None:
    found = [
        violation
        for file in _files(folder)
        for violation in violations_in(
            file.read_text(encoding="utf-8"), file.relative_to(UI).as_posix()
        )
    ]
    assert not found, (
        f"{len(found)} user-visible strings not wrapped for translation (self.tr / translate / "
        "QT_TRANSLATE_NOOP; see sakura_desktop/ui/i18n.py):\n" + "\n".join(map(str, found))
    )


def test_the_allow_list_names_only_literals_still_shown() -> None:
    """An entry whose literal is gone (or now translated) would silently allow it to come back."""
    found: set[tuple[str, str]] = set()
    for (path, _text), reason in ALLOWED.items():
        assert reason
        file = UI / path
        found |= {
            (v.path, v.text)
            for v in violations_in(file.read_text(encoding="utf-8"), path, allowed={})
        }
    stale = sorted(set(ALLOWED) - found)
    assert not stale, f"allowed but no longer shown untranslated: {stale}"


SAMPLE = """
from PySide6.QtWidgets import QLabel, QMessageBox, QPushButton
from sakura_desktop.ui.i18n import QT_TRANSLATE_NOOP, translate


class Page:
    def build(self, count: int, name: str) -> None:
        QLabel("Head count")
        QPushButton(self.tr("Save"))
        self.title.setText(f"Deleted {count} people")
        self.title.setText(self.tr("Deleted {0} people").format(count))
        self.title.setToolTip("Scanned " + name)
        self.title.setText(name)
        self.title.setText("—")
        self.title.setText("{0} ({1})".format(name, count))
        self.menu.addAction("Open…", self.open)
        QMessageBox.warning(self, "Sakura", translate("Page", "Saved."))
        self.view.setHorizontalHeaderLabels(["Name", self.tr("Team"), "#"])
        Column(QT_TRANSLATE_NOOP("TableHeader", "Time"), str)
        Column("Station", str)
        self.status.setText("Synced" if count else self.tr("Not synced"))
        progress.report(0, 0, f"Writing {name}…")
        progress.report(1, 2, translate("Page", "Reading…"))
        raise UserError("Nothing to print.")
"""


def test_the_scanner_names_each_unwrapped_literal_and_its_line() -> None:
    found = sorted((v.line, v.text) for v in violations_in(SAMPLE, "sample.py"))
    assert found == [
        (8, "Head count"),
        (10, "Deleted  people"),
        (12, "Scanned "),
        (16, "Open…"),
        (17, "Sakura"),
        (18, "Name"),
        (20, "Station"),
        (21, "Synced"),
        (22, "Writing …"),
        (24, "Nothing to print."),
    ]
