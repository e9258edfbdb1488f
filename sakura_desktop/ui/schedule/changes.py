"""Edits of the week as plain data, and the worker functions that write them (no Qt).

Every undoable edit is either a `Move` (new times of one session: drag, resize, nudge) or a
`Change`: sessions from one state to another, each a draft or None (absent). Sessions are named by
their uuid, which survives a delete and an undo that recreates them (the id does not), so undo and
redo work however far back they go. Each is written by core use cases in a worker; a `Change`
comes back with a freshly loaded `ConflictEngine`, a `Move` with the moved session (the view
updates its engine incrementally with `apply_move`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, replace

from sakura_desktop.core.schedule.conflicts import ConflictEngine
from sakura_desktop.core.schedule.editing import (
    SessionDraft,
    apply_session_changes,
    draft_of,
    move_session,
)
from sakura_desktop.core.schedule.loading import load_engine
from sakura_desktop.core.schedule.model import SessionData
from sakura_desktop.core.schedule.rotation import RotationPlan, write_rotation
from sakura_desktop.db.engine import SessionFactory
from sakura_desktop.errors import NotFoundError
from sakura_desktop.tasks import ProgressReporter
from sakura_desktop.ui.i18n import translate


@dataclass(frozen=True)
class SessionChange:
    uuid: str | None  # None only for a session about to be created
    before: SessionDraft | None  # None: it did not exist
    after: SessionDraft | None  # None: it is deleted


@dataclass(frozen=True)
class Change:
    label: str
    items: tuple[SessionChange, ...]

    def reversed(self) -> Change:
        return Change(
            self.label, tuple(SessionChange(i.uuid, i.after, i.before) for i in self.items)
        )


@dataclass(frozen=True)
class Move:
    label: str
    uuid: str
    before: tuple[dt.datetime, dt.datetime]
    after: tuple[dt.datetime, dt.datetime]

    def reversed(self) -> Move:
        return Move(self.label, self.uuid, self.after, self.before)


Edit = Change | Move


@dataclass(frozen=True)
class Applied:
    edit: Edit  # as written: uuids of created sessions filled in
    engine: ConflictEngine | None = None  # after a Change: the week reloaded
    moved: SessionData | None = None  # after a Move


def write_change(
    factory: SessionFactory,
    program_id: int,
    change: Change,
    ids: Mapping[str, int],
    progress: ProgressReporter,
) -> Applied:
    """Bring every session of `change` to its `after` state in one transaction; reload the week."""
    progress.report(0, 0, f"{change.label}…")
    gone = [
        ids[i.uuid]
        for i in change.items
        if i.after is None and i.uuid is not None and i.uuid in ids
    ]
    kept = [i for i in change.items if i.after is not None]
    writes = [(_existing_id(item, ids), _draft_to_write(item)) for item in kept]
    written = iter(apply_session_changes(factory, program_id, gone, writes))
    resolved: list[SessionChange] = []
    for item in change.items:
        if item.after is None:
            resolved.append(item)
            continue
        data = next(written)
        resolved.append(SessionChange(data.uuid, item.before, replace(item.after, uuid=data.uuid)))
    engine = load_engine(factory, program_id)
    return Applied(Change(change.label, tuple(resolved)), engine=engine)


def _existing_id(item: SessionChange, ids: Mapping[str, int]) -> int | None:
    return ids[item.uuid] if item.uuid is not None and item.uuid in ids else None


def _draft_to_write(item: SessionChange) -> SessionDraft:
    assert item.after is not None
    return replace(item.after, uuid=item.uuid) if item.uuid else item.after


def write_move(
    factory: SessionFactory, move: Move, ids: Mapping[str, int], _progress: ProgressReporter
) -> Applied:
    if move.uuid not in ids:
        raise NotFoundError(
            translate("ScheduleChanges", "That session no longer exists; it may have been deleted.")
        )
    start, end = move.after
    return Applied(move, moved=move_session(factory, ids[move.uuid], start, end))


def write_rotation_change(
    factory: SessionFactory,
    program_id: int,
    plan: RotationPlan,
    title_prefix: str,
    progress: ProgressReporter,
) -> Applied:
    """Write a rotation plan; the sessions it made become one `Change` (undo deletes them)."""
    progress.report(0, 0, translate("ScheduleChanges", "Writing the rotation…"))
    created = set(write_rotation(factory, program_id, plan, title_prefix=title_prefix))
    engine = load_engine(factory, program_id)
    items = tuple(
        SessionChange(s.uuid, None, draft_of(s)) for s in engine.week.sessions if s.id in created
    )
    label = translate("ScheduleChanges", "Apply rotation ({0} sessions)").format(len(items))
    return Applied(Change(label, items), engine=engine)
