"""The interface language: our translations and Qt's own, installed once at start.

Strings are marked where they are written: `self.tr("…")` in widgets, `translate("Context",
"…")` in plain functions, and `QT_TRANSLATE_NOOP("Context", "…")` in tables of strings that are
translated where they are shown. `pyside6-lupdate` collects them into
`resources/translations/sakura_desktop_<code>.ts`; `pyside6-lrelease` compiles the `.qm` files
the application loads (packaging/update_translations.py does both).

A language is chosen in Settings (empty: the system's). Qt's translators are installed before
any widget exists, so a change takes effect when the application starts again; the Settings
dialog offers that restart.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from sakura_desktop.core import i18n as core_i18n
from sakura_desktop.paths import asset

log = logging.getLogger(__name__)

# The languages the interface is written in, each named in itself (as a chooser shows them).
LANGUAGES: dict[str, str] = {"en": "English", "ja": "日本語"}
SOURCE_LANGUAGE = "en"
CATALOGUE = "sakura_desktop"
# The event loop's exit code that asks `run_gui` to start the application again (a new language).
RESTART_EXIT_CODE = 75

translate = QCoreApplication.translate


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark `text` for `pyside6-lupdate` (which finds calls by this name) and return it as is;
    it is translated where it is shown, with `translate(context, text)`. PySide6's own marker
    is typed as returning `object`, which would untype every table of strings."""
    return text


# Installed translators must outlive this module's functions: Qt does not own them.
_installed: list[QTranslator] = []


def translations_dir() -> Path:
    return asset("translations")


def catalogue_file(code: str) -> Path:
    return translations_dir() / f"{CATALOGUE}_{code}.qm"


def system_language() -> str:
    """The system's language when the interface has it, else English."""
    code = QLocale.system().name().split("_")[0]
    return code if code in LANGUAGES else SOURCE_LANGUAGE


def resolve_language(chosen: str) -> str:
    """The language to show: the one chosen in Settings, or the system's when none is."""
    return chosen if chosen in LANGUAGES else system_language()


def install_language(app: QCoreApplication, code: str) -> str:
    """Install the translators for `code` (ours, then Qt's standard buttons and dialogs) and
    make it the default locale for dates and numbers. Returns the language installed: English
    when the catalogue is missing (logged, never fatal)."""
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    if code != SOURCE_LANGUAGE and not _load(app, catalogue_file(code)):
        log.warning(
            "no translation for %r at %s; the interface stays in English",
            code,
            catalogue_file(code),
        )
        code = SOURCE_LANGUAGE
    if code != SOURCE_LANGUAGE:
        qt_folder = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
        _load(app, qt_folder / f"qtbase_{code}.qm")
    QLocale.setDefault(QLocale(code))
    # The core's messages (core/i18n.py) go through the same catalogue, in the window only.
    core_i18n.install(None if code == SOURCE_LANGUAGE else QCoreApplication.translate)
    return code


def _load(app: QCoreApplication, file: Path) -> bool:
    translator = QTranslator(app)
    if not file.is_file() or not translator.load(str(file)):
        return False
    app.installTranslator(translator)
    _installed.append(translator)
    return True


def current_language() -> str:
    """The language whose translators are installed ("en" when none are)."""
    return QLocale().name().split("_")[0] if _installed else SOURCE_LANGUAGE
