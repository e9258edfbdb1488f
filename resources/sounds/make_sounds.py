"""Generate the check-in sounds (green.wav, amber.wav, red.wav) with the standard library only.

    python resources/sounds/make_sounds.py

green: a pleasant rising two-tone (C6 then G6, soft attack and decay);
amber: a neutral double beep (A5 twice);
red:   a low buzz (a square-ish 150 Hz tone with a little vibrato).

Mono, 16-bit, 44.1 kHz, each well under a second, so QSoundEffect starts them at once.
"""

from __future__ import annotations

import math
import struct
import wave
from collections.abc import Callable
from pathlib import Path

RATE = 44_100
HERE = Path(__file__).resolve().parent


def _envelope(t: float, length: float, attack: float = 0.01, release: float = 0.06) -> float:
    if t < attack:
        return t / attack
    if t > length - release:
        return max(0.0, (length - t) / release)
    return 1.0


def _tone(
    freq: float, length: float, volume: float, shape: Callable[[float], float]
) -> list[float]:
    count = int(RATE * length)
    return [
        volume * _envelope(i / RATE, length) * shape(2 * math.pi * freq * i / RATE)
        for i in range(count)
    ]


def _sine(phase: float) -> float:
    # a touch of the second harmonic makes it rounder on laptop speakers
    return 0.85 * math.sin(phase) + 0.15 * math.sin(2 * phase)


def _buzz(phase: float) -> float:
    # the first odd harmonics of a square wave: harsh but not painful
    return sum(math.sin(k * phase) / k for k in (1, 3, 5, 7)) * 0.8


def _silence(length: float) -> list[float]:
    return [0.0] * int(RATE * length)


def green() -> list[float]:
    return _tone(1046.5, 0.12, 0.55, _sine) + _tone(1568.0, 0.22, 0.55, _sine)


def amber() -> list[float]:
    beep = _tone(880.0, 0.11, 0.5, _sine)
    return beep + _silence(0.07) + beep


def red() -> list[float]:
    count = int(RATE * 0.55)
    out: list[float] = []
    phase = 0.0
    for i in range(count):
        t = i / RATE
        freq = 150.0 + 6.0 * math.sin(2 * math.pi * 18 * t)  # a slight rattle
        phase += 2 * math.pi * freq / RATE
        out.append(0.5 * _envelope(t, 0.55, attack=0.005, release=0.05) * _buzz(phase))
    return out


def write(path: Path, samples: list[float]) -> None:
    frames = b"".join(struct.pack("<h", int(max(-1.0, min(1.0, s)) * 32767)) for s in samples)
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(RATE)
        out.writeframes(frames)


def main() -> None:
    for name, make in (("green", green), ("amber", amber), ("red", red)):
        write(HERE / f"{name}.wav", make())


if __name__ == "__main__":
    main()
