"""Counts in messages: "1 row", "2 rows", "1 person", "3 people"."""

from __future__ import annotations


def plural(count: int, word: str, many: str | None = None) -> str:
    """`count` and `word`, pluralised in English ("1 row", "2 rows", "1,200 people")."""
    if count == 1:
        return f"1 {word}"
    return f"{count:,} {many if many is not None else word + 's'}"
