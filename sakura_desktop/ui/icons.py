"""Icons shipped in resources/icons, found from a source checkout or a frozen bundle."""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QIcon

from sakura_desktop.paths import asset


@cache
def icon(name: str) -> QIcon:
    """`icon("sakura")` or `icon("nav/schedule")`: an SVG under resources/icons; empty if absent."""
    path = asset(f"icons/{name}.svg")
    return QIcon(str(path)) if path.exists() else QIcon()


def app_icon() -> QIcon:
    return icon("sakura")
