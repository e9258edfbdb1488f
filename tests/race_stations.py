"""Check-in stations as real processes, released at the same instant (for the race tests).

Each worker opens the database itself (its own engine and connections, as a second laptop on a
shared server or a second program on one file would) and waits at a barrier, so the scans of
every process start together and the same badges are decided at the same moment.
"""

from __future__ import annotations

import multiprocessing
import time
from dataclasses import dataclass
from multiprocessing.synchronize import Barrier
from typing import Any

from sakura_desktop.core.checkin.desk import CheckinDesk
from sakura_desktop.db.lifecycle import open_database


@dataclass(frozen=True)
class Answer:
    station: str
    checkpoint_id: int
    token: str
    word: str  # ACCEPTED, ALREADY_IN, ... or VOIDED / ERROR: ...
    event_uuid: str
    seconds: float


def _desk(url: str, program_id: int, station: str) -> tuple[Any, CheckinDesk]:
    database, _ = open_database(url)
    return database, CheckinDesk(database.session_factory, program_id, station_name=station)


def scan_worker(
    url: str,
    program_id: int,
    station: str,
    work: list[tuple[int, str]],
    barrier: Barrier,
    answers: Any,
) -> None:
    """Scan (checkpoint, token) pairs in order once every station is ready."""
    database, desk = _desk(url, program_id, station)
    desk.scan(work[0][0], "warm-up: not a badge")  # caches and connections ready before the start
    out: list[Answer] = []
    barrier.wait()
    for checkpoint_id, token in work:
        start = time.perf_counter()
        try:
            result = desk.scan(checkpoint_id, token)
            word, uuid = result.outcome.word, result.event_uuid
        except Exception as exc:  # the test reports it: no error may reach a user
            word, uuid = f"ERROR: {exc}", ""
        out.append(Answer(station, checkpoint_id, token, word, uuid, time.perf_counter() - start))
    answers.put(out)
    database.dispose()


def undo_worker(
    url: str,
    program_id: int,
    station: str,
    event_uuids: list[str],
    barrier: Barrier,
    answers: Any,
) -> None:
    """Undo the given scans, in order, once every station is ready."""
    database, desk = _desk(url, program_id, station)
    out: list[Answer] = []
    barrier.wait()
    for uuid in event_uuids:
        start = time.perf_counter()
        try:
            result = desk.undo(uuid)
            word, made = "VOIDED", result.event_uuid
        except Exception as exc:
            word, made = f"ERROR: {exc}", ""
        out.append(Answer(station, 0, uuid, word, made, time.perf_counter() - start))
    answers.put(out)
    database.dispose()


def run_stations(jobs: list[tuple[Any, tuple[Any, ...]]], timeout: float = 300) -> list[Answer]:
    """Start one process per (worker, args) with a shared barrier; collect every answer."""
    context = multiprocessing.get_context("spawn")
    barrier = context.Barrier(len(jobs))
    answers = context.Queue()
    processes = [
        context.Process(target=target, args=(*args, barrier, answers)) for target, args in jobs
    ]
    for process in processes:
        process.start()
    collected: list[Answer] = []
    for _ in processes:
        collected.extend(answers.get(timeout=timeout))
    for process in processes:
        process.join(timeout=30)
        assert process.exitcode == 0, f"a station process failed (exit {process.exitcode})"
    return collected
