"""Sync status: how this station exchanges its scans, and what it has seen of the others.

`SyncStatusSource` loads the core's `sync_status` and the duplicate admissions through the task
runner, when the journal moved (one newest-id query every few seconds) or when asked, and hands
a `SyncView` to whoever shows it: the status bar's `SyncStatusLabel` (one elided line) and the
Check-in screen's `SyncStatusLine` (wrapping). `describe` is the plain text of both, kept apart
from the widgets so that it can be tested and reused.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial
from pathlib import PurePath
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

from sakura_desktop.settings import Settings
from sakura_desktop.tasks import ProgressReporter
from sakura_desktop.ui import locale_format as fmt
from sakura_desktop.ui.i18n import translate
from sakura_desktop.ui.workspace import Workspace

# The core's sync modules load SQLAlchemy: imported in the worker that reads the status, so the
# status bar (and the window) can be shown first.
if TYPE_CHECKING:
    from sakura_desktop.core.sync.duplicates import DuplicateAdmission
    from sakura_desktop.core.sync.status import StationSeen, SyncStatus
    from sakura_desktop.db.engine import SessionFactory

FOLDER_CHARS = 28  # a longer folder shows as its last two parts on the line (whole in the tooltip)
CHECK_MS = 3_000  # how often the journal's newest id is asked (and relative times redrawn)
TOOLTIP_DUPLICATES = 12


@dataclass(frozen=True)
class SyncMode:
    kind: str  # "alone", "folder" or "server"
    where: str = ""  # the folder, or the server's host

    @property
    def label(self) -> str:
        if self.kind == "server":
            return translate("SyncStatus", "Server: {0}").format(self.where)
        if self.kind == "folder":
            return translate("SyncStatus", "Folder: {0}").format(self.where)
        return translate("SyncStatus", "Alone")

    @property
    def short_label(self) -> str:
        """The label with a long folder shortened to its last two parts ("…/USB/sync")."""
        if self.kind != "folder" or len(self.where) <= FOLDER_CHARS:
            return self.label
        parts = PurePath(self.where).parts
        return translate("SyncStatus", "Folder: {0}").format(f"…/{'/'.join(parts[-2:])}")


def sync_mode(database_url: str | None, folder: str) -> SyncMode:
    """Server whenever the database is not a SQLite file; else folder when one is chosen."""
    server = None
    if database_url is not None:
        from sakura_desktop.db.engine import server_name

        server = server_name(database_url)
    if server is not None:
        return SyncMode("server", server)
    if folder:
        return SyncMode("folder", folder)
    return SyncMode("alone")


@dataclass(frozen=True)
class SyncView:
    mode: SyncMode
    status: SyncStatus | None = None  # None: no program open
    duplicates: list[DuplicateAdmission] = field(default_factory=list)
    problem: str = ""  # the last refusal or folder problem, said once


def _ago(instant: dt.datetime | None, now: dt.datetime) -> str:
    if instant is None:
        return translate("SyncStatus", "never")
    seconds = max(0, int((now - instant).total_seconds()))
    if seconds < 10:
        return translate("SyncStatus", "just now")
    if seconds < 60:
        return translate("SyncStatus", "{0} s ago").format(seconds)
    if seconds < 3600:
        return translate("SyncStatus", "{0} min ago").format(seconds // 60)
    if seconds < 86_400:
        return translate("SyncStatus", "{0} h ago").format(seconds // 3600)
    return fmt.day_time(instant)


def _count(count: int, one: str, many: str) -> str:
    """`one` and `many` are translated sentences; `many` holds {0}."""
    return one if count == 1 else many.format(count)


def describe(view: SyncView, now: dt.datetime, *, detailed: bool = False) -> tuple[str, str]:
    """(one line, tooltip): "Folder: E:/sync · merged 2 min ago · 3 not exported · 2 other
    stations · 1 duplicate", and the stations and duplicates in full. `detailed` names the
    other stations with when they were last heard of, and the newest duplicate."""
    parts = [view.mode.short_label]
    status = view.status
    tip = [translate("SyncStatus", "Mode: {0}").format(view.mode.label)]
    if status is not None:
        if view.mode.kind == "folder" or status.last_merge_at is not None:
            parts.append(
                translate("SyncStatus", "merged {0}").format(_ago(status.last_merge_at, now))
            )
        if view.mode.kind == "folder" or status.not_exported:
            parts.append(translate("SyncStatus", "{0} not exported").format(status.not_exported))
        others = status.others
        if others and detailed:
            parts.append(
                translate("SyncStatus", "stations: {0}").format(
                    ", ".join(_heard(s, now) for s in others)
                )
            )
        elif others:
            parts.append(
                _count(
                    len(others),
                    translate("SyncStatus", "1 other station"),
                    translate("SyncStatus", "{0} other stations"),
                )
            )
        if status.duplicates:
            count = _count(
                status.duplicates,
                translate("SyncStatus", "1 duplicate"),
                translate("SyncStatus", "{0} duplicates"),
            )
            if detailed and view.duplicates:
                newest = view.duplicates[-1]
                count += translate("SyncStatus", " (newest: {0} {1})").format(
                    newest.person_name, newest.label
                )
            parts.append(count)
        tip += _station_lines(status, now) + _duplicate_lines(view.duplicates)
    if view.problem:
        parts.append(view.problem)
        tip.append(view.problem)
    return " · ".join(parts), "\n".join(tip)


def _heard(station: StationSeen, now: dt.datetime) -> str:
    if station.last_merged_at is not None:
        return translate("SyncStatus", "{0} (merged {1})").format(
            station.name, _ago(station.last_merged_at, now)
        )
    if station.last_event_at is not None:
        return translate("SyncStatus", "{0} (last scan {1})").format(
            station.name, fmt.weekday_time(station.last_event_at)
        )
    return station.name


def _station_lines(status: SyncStatus, now: dt.datetime) -> list[str]:
    lines = ["", translate("SyncStatus", "Stations seen:")] if status.stations else []
    for station in status.stations:
        mine = translate("SyncStatus", " (this laptop)") if station.is_local else ""
        last = (
            translate("SyncStatus", "last scan {0}").format(fmt.weekday_time(station.last_event_at))
            if station.last_event_at
            else translate("SyncStatus", "no scans")
        )
        merged = (
            translate("SyncStatus", ", merged {0}").format(_ago(station.last_merged_at, now))
            if station.last_merged_at is not None
            else ""
        )
        scans = _count(
            station.events,
            translate("SyncStatus", "1 scan"),
            translate("SyncStatus", "{0} scans"),
        )
        lines.append(
            translate("SyncStatus", "  {name}{mine}: {scans}, {last}{merged}").format(
                name=station.name, mine=mine, scans=scans, last=last, merged=merged
            )
        )
    return lines


def _duplicate_lines(duplicates: list[DuplicateAdmission]) -> list[str]:
    if not duplicates:
        return []
    lines = ["", translate("SyncStatus", "Duplicates (kept, counted once):")]
    for duplicate in duplicates[-TOOLTIP_DUPLICATES:]:
        lines.append(
            translate(
                "SyncStatus", "  {person} at {checkpoint}: {label} (counted at {station}, {time})"
            ).format(
                person=duplicate.person_name,
                checkpoint=duplicate.checkpoint_name,
                label=duplicate.label,
                station=duplicate.counted_station,
                time=fmt.time(duplicate.counted_at),
            )
        )
    if len(duplicates) > TOOLTIP_DUPLICATES:
        lines.append(
            translate("SyncStatus", "  … and {0} earlier").format(
                len(duplicates) - TOOLTIP_DUPLICATES
            )
        )
    return lines


@dataclass(frozen=True)
class _Loaded:
    newest: int
    status: SyncStatus | None
    duplicates: list[DuplicateAdmission]


def _load(
    factory: SessionFactory, program_id: int, known_newest: int | None, _p: ProgressReporter
) -> _Loaded:
    """The status when the journal moved since `known_newest` (None: in any case)."""
    from sakura_desktop.core.checkin.live import newest_event_id
    from sakura_desktop.core.sync.duplicates import duplicate_admissions
    from sakura_desktop.core.sync.status import sync_status

    newest = newest_event_id(factory, program_id)
    if known_newest is not None and newest == known_newest:
        return _Loaded(newest, None, [])
    status = sync_status(factory, program_id)
    duplicates = duplicate_admissions(factory, program_id) if status.duplicates else []
    return _Loaded(newest, status, duplicates)


class SyncStatusSource(QObject):
    """Loads the sync status when the journal moves; `changed` carries the `SyncView`."""

    changed = Signal(object)
    journal_moved = Signal()  # the newest event id changed since the last check

    def __init__(
        self,
        workspace: Workspace,
        settings: Settings,
        *,
        check_ms: int = CHECK_MS,
        clock: Callable[[], dt.datetime] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.settings = settings
        self.clock = clock or (lambda: dt.datetime.now(dt.UTC))
        self.view = SyncView(self.mode())
        self._newest: int | None = None
        self._in_flight = False
        self._again = False
        self.timer = QTimer(self)
        self.timer.setInterval(check_ms)
        self.timer.timeout.connect(self.check)
        self.timer.start()
        for signal in (
            workspace.database_changed,
            workspace.program_changed,
            workspace.journal_changed,
            workspace.settings_changed,
        ):
            signal.connect(self.reload)

    def mode(self) -> SyncMode:
        database = self.workspace.database
        return sync_mode(database.url if database else None, self.settings.sync_folder)

    def reload(self) -> None:
        """Read the status again whether or not the journal moved."""
        self._newest = None
        self.check()

    def set_problem(self, text: str) -> None:
        self.view = SyncView(self.view.mode, self.view.status, self.view.duplicates, text)
        self.changed.emit(self.view)

    def check(self) -> None:
        ws = self.workspace
        if ws.factory is None or ws.program is None:
            self.view = SyncView(self.mode(), None, [], self.view.problem)
            self.changed.emit(self.view)
            return
        if self._in_flight:
            self._again = self._again or self._newest is None
            return
        self._in_flight = True
        factory = ws.factory
        self.workspace.runner.run(
            partial(_load, factory, ws.program.id, self._newest),
            on_success=partial(self._loaded, factory),
            on_error=self._failed,
            title="Reading the sync status",
        )

    def _loaded(self, factory: SessionFactory, loaded: _Loaded) -> None:
        self._in_flight = False
        if factory is self.workspace.factory:
            if self._newest is not None and loaded.newest != self._newest:
                self.journal_moved.emit()
            self._newest = loaded.newest
            status = loaded.status if loaded.status is not None else self.view.status
            duplicates = loaded.duplicates if loaded.status is not None else self.view.duplicates
            self.view = SyncView(self.mode(), status, duplicates, self.view.problem)
            self.changed.emit(self.view)  # also when unchanged: relative times move on
        if self._again:
            self._again = False
            self.reload()

    def _failed(self, _exc: BaseException) -> None:
        self._in_flight = False  # logged by the runner; the next check tries again


class SyncStatusLabel(QLabel):
    """One line, elided to the room it gets (never wrapped: the Check-in screen's missing list
    needs every row at 1280x720); the whole story in its tooltip. The status bar shows the
    summary; the Check-in screen the `detailed` line (which stations, the newest duplicate)."""

    def __init__(
        self,
        source: SyncStatusSource,
        parent: QWidget | None = None,
        *,
        detailed: bool = False,
        prefix: str = "",
    ) -> None:
        super().__init__(parent)
        self.setObjectName("syncStatusLine" if detailed else "syncStatus")
        self.source = source
        self.detailed = detailed
        self.prefix = prefix
        self._full = ""
        self.setMinimumWidth(120)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        source.changed.connect(self.show_view)
        self.show_view(source.view)

    def show_view(self, view: SyncView) -> None:
        text, tip = describe(view, self.source.clock(), detailed=self.detailed)
        self._full = self.prefix + text
        self.setToolTip(tip)
        self._elide()

    def full_text(self) -> str:
        return self._full

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        text = self.fontMetrics().elidedText(
            self._full, Qt.TextElideMode.ElideRight, max(40, self.width() - 4)
        )
        self.setText(text)
