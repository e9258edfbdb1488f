"""One sound per tone (green, amber, red), played with QSoundEffect from resources/sounds.

The effects are created on first use, and Qt Multimedia is loaded then too (`media`): a laptop
without audio, or without the sound library, simply stays silent. What was chosen is
observable: `last_sound` holds the tone of the latest sound and `played` is emitted with it, so
tests can check the choice without speakers.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QObject, QUrl, Signal

from sakura_desktop.core.checkin.decision import Tone
from sakura_desktop.paths import asset
from sakura_desktop.ui.checkin.media import multimedia

log = logging.getLogger(__name__)

SOUND_FILES: dict[Tone, str] = {
    Tone.GREEN: "sounds/green.wav",
    Tone.AMBER: "sounds/amber.wav",
    Tone.RED: "sounds/red.wav",
}


class ToneSounds(QObject):
    played = Signal(str)  # the tone's value: "green", "amber" or "red"

    def __init__(self, parent: QObject | None = None, *, volume: float = 0.9) -> None:
        super().__init__(parent)
        self.volume = volume
        self.muted = False
        self.last_sound: Tone | None = None
        self._effects: dict[Tone, Any] = {}  # QSoundEffect, once Qt Multimedia is loaded

    def set_muted(self, muted: bool) -> None:
        self.muted = muted
        if muted:
            for effect in self._effects.values():
                effect.stop()

    def _effect(self, tone: Tone) -> Any:
        """The tone's QSoundEffect, or None without Qt Multimedia."""
        effect = self._effects.get(tone)
        module = multimedia() if effect is None else None
        if effect is None and module is not None:
            effect = module.QSoundEffect(self)
            effect.setSource(QUrl.fromLocalFile(str(asset(SOUND_FILES[tone]))))
            effect.setVolume(self.volume)
            self._effects[tone] = effect
        return effect

    def preload(self) -> None:
        """Load the three files now, so the first scan sounds without delay."""
        for tone in SOUND_FILES:
            self._effect(tone)

    def play(self, tone: Tone) -> None:
        """Play the tone's sound (unless muted), cutting short a sound still playing."""
        if self.muted:
            return
        self.last_sound = tone
        for other, effect in self._effects.items():
            if other is not tone and effect.isPlaying():
                effect.stop()
        try:
            effect = self._effect(tone)
            if effect is not None:
                effect.play()
        except Exception:  # pragma: no cover - a broken audio backend must not stop check-in
            log.exception("could not play the %s sound", tone.value)
        self.played.emit(tone.value)
