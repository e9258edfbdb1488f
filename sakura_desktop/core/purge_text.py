"""Cutting people's names out of free text (session descriptions, notebook texts) for a purge.

A name part in Latin script is matched as a whole word, case-sensitively in the forms people
write it ("Tanabe", "TANABE"), so that "An" the given name does not eat every "an" of a text;
names in scripts without spaces between words (山田, 김민준) and e-mail addresses are matched
anywhere. One-letter parts are left alone: they would cut letters out of ordinary words.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

REMOVED = "[name removed]"
_WORD = re.compile(r"[^\W\d_][\w'’.-]*[^\W_]|[^\W\d_]")
_SPLIT = re.compile(r"[\s,/()]+")


def _latin(text: str) -> bool:
    return all(ord(ch) < 0x250 for ch in text)


class NameScrubber:
    """Replaces the given names (and their parts) in a text by REMOVED."""

    def __init__(self, values: Iterable[str]) -> None:
        self.words: set[str] = set()
        phrases: set[str] = set()
        for value in values:
            value = value.strip()
            if "@" in value:
                phrases.add(value)
                continue
            if len(value) >= 2 and not _latin(value):
                phrases.add(value)
            for part in _SPLIT.split(value):
                part = part.strip(".-'")
                if len(part) < 2:
                    continue
                if _latin(part):
                    self.words.update({part, part.upper(), part.capitalize()})
                else:
                    phrases.add(part)
        # Longest first, so "山田 太郎" goes whole before "山田" leaves " 太郎" behind.
        self.phrases = sorted(phrases, key=len, reverse=True)

    def scrub(self, text: str) -> str:
        if not text:
            return text
        if not text.isascii() or "@" in text:
            for phrase in self.phrases:
                if phrase in text:
                    text = text.replace(phrase, REMOVED)
        return _WORD.sub(self._word, text)

    def _word(self, match: re.Match[str]) -> str:
        word = match.group()
        if word in self.words:
            return REMOVED
        # "Tanabe's", "Tanabe." : the name without its ending
        for cut in ("'s", "’s", "."):
            if word.endswith(cut) and word[: -len(cut)] in self.words:
                return REMOVED + cut
        return word
