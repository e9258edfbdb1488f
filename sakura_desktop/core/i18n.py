"""Messages the core composes, in the interface's language when there is one.

The core stays plain Python: `translate(context, text)` returns `text` unless the window has
installed a translator (`install`, done by ui/i18n.py with Qt's `QCoreApplication.translate`).
The command line installs none, so its messages (and its exit sentences, which scripts may read)
stay English. `pyside6-lupdate` finds the calls by name, so every message is written as
`translate("Context", "Literal text with {placeholders}").format(...)`; tables of strings are
marked with `QT_TRANSLATE_NOOP("Context", "...")` and translated where they are used.
"""

from __future__ import annotations

from collections.abc import Callable

Translator = Callable[[str, str], str]


def _identity(_context: str, text: str) -> str:
    return text


class _Installed:
    translator: Translator = _identity


def install(translator: Translator | None) -> None:
    """Use `translator` for every message from now on (None: English again)."""
    _Installed.translator = translator or _identity


def translate(context: str, text: str) -> str:
    return _Installed.translator(context, text)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # the name lupdate looks for
    """Mark `text` for the catalogue; it is translated where it is shown."""
    return text


def counted(count: int, one: str, many: str) -> str:
    """`one` (a translated "1 scan") when `count` is 1, else `many` (a translated "{count}
    scans", which may group: "{count:,} scans") filled with `count`."""
    return one if count == 1 else many.format(count=count)
