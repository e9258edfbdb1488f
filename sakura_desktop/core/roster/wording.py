"""Counts in messages: "1 row", "2 rows", "1 person", "3 people"."""

from __future__ import annotations

from sakura_desktop.core.i18n import translate


def plural(count: int, word: str, many: str | None = None) -> str:
    """`count` and `word`, pluralised in English ("1 row", "2 rows", "1,200 people")."""
    if count == 1:
        return f"1 {word}"
    return f"{count:,} {many if many is not None else word + 's'}"


def rows(count: int) -> str:
    """A count of rows ("1 row", "2 rows") in the interface's language (English on the CLI)."""
    if count == 1:
        return translate("RosterWording", "1 row")
    return translate("RosterWording", "{count} rows").format(count=f"{count:,}")
