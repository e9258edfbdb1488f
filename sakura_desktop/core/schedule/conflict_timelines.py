"""The sweep and interval machinery of the conflict engine: slots, keys, classes, sweeps.

A timeline is a sorted list of `(start, end, session id)` keys in epoch seconds; intervals are
half-open. These are the plain data and the two interval searches (a full sweep and the overlap
lookup around one key) that `ConflictEngine` runs over venue and class timelines; they know
nothing about sentences, which is why they are kept apart from `conflict_checks`.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from sakura_desktop.core.schedule.conflict_types import Conflict

Key = tuple[int, int, int]  # (start, end, session id) in epoch seconds: timeline order
Pair = tuple[int, int]
Ranked = tuple[tuple[int, int, tuple[int, ...], str], Conflict]


@dataclass
class Slot:
    """What the sweeps need of a session, precomputed."""

    start: int
    end: int
    start_site: int | None
    end_site: int | None

    @property
    def valid(self) -> bool:
        return self.end > self.start


@dataclass(frozen=True)
class ClassKey:
    active: bool
    teams: tuple[int, ...]
    delegation: int | None
    personal: tuple[int, ...]  # sessions naming the person, or lectured by them


@dataclass
class Class:
    """People who share one timeline, and the conflicting pairs found on it."""

    members: frozenset[int]
    timeline: list[Key] = field(default_factory=list)
    overlaps: set[Pair] = field(default_factory=set)
    travel: set[Pair] = field(default_factory=set)


def slot_key(session_id: int, slot: Slot) -> Key:
    return (slot.start, slot.end, session_id)


def sorted_pair(a: int, b: int) -> Pair:
    return (a, b) if a < b else (b, a)


def sweep_overlaps(timeline: Iterable[Key]) -> Iterator[Pair]:
    """Each overlapping pair of a sorted timeline as (earlier, later), in sweep order."""
    running: list[tuple[int, int]] = []  # (end, session id) of sessions still going
    for start, end, session_id in timeline:
        if running:
            running = [item for item in running if item[0] > start]
            for _, other in running:
                yield other, session_id
        running.append((end, session_id))


def overlapping(timeline: list[Key], key: Key, max_length: int) -> Iterator[int]:
    """The sessions of a sorted timeline that overlap `key` (no session is longer than
    `max_length` seconds)."""
    start, end, session_id = key
    position = bisect_left(timeline, (end,)) - 1
    earliest = start - max_length
    while position >= 0 and timeline[position][0] >= earliest:
        other_start, other_end, other = timeline[position]
        if other != session_id and other_end > start and other_start < end:
            yield other
        position -= 1
