"""Settings that belong to this machine, declared once with their types and defaults.

Everything about a program lives in its database; this file only holds what differs from one
laptop to the next: the station name, the window layout, recent files and folders.

Stored with QSettings in an INI file: in the platform's settings location normally, and in
`$SAKURA_DESKTOP_DATA_DIR/settings.ini` when that variable is set (tests, portable installs), so
tests never touch the real user's settings.
"""

from __future__ import annotations

import os
import socket
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any, Generic, TypeVar, overload

from PySide6.QtCore import QByteArray, QSettings

from sakura_desktop import APP_ID
from sakura_desktop.paths import DATA_DIR_ENV

T = TypeVar("T")

RECENT_FILES_MAX = 8


def default_station_name() -> str:
    try:
        name = socket.gethostname().split(".")[0].strip()
    except OSError:
        name = ""
    return name or "Station 1"


class Option(Generic[T]):
    """One setting: its key, its default (a value or a function giving one) and its type."""

    def __init__(self, key: str, default: T | Callable[[], T]) -> None:
        self.key = key
        self._default = default
        self.name = key

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name

    def default(self) -> T:
        return self._default() if callable(self._default) else self._default

    def decode(self, raw: Any) -> T:
        raise NotImplementedError

    def encode(self, value: T) -> Any:
        return value

    @overload
    def __get__(self, instance: None, owner: type) -> Option[T]: ...
    @overload
    def __get__(self, instance: Settings, owner: type) -> T: ...
    def __get__(self, instance: Settings | None, owner: type) -> Option[T] | T:
        if instance is None:
            return self
        raw = instance.qsettings.value(self.key)
        if raw is None:
            return self.default()
        try:
            return self.decode(raw)
        except (TypeError, ValueError):
            return self.default()

    def __set__(self, instance: Settings, value: T) -> None:
        instance.qsettings.setValue(self.key, self.encode(value))


class TextOption(Option[str]):
    def decode(self, raw: Any) -> str:
        if isinstance(raw, list):  # a comma in an INI value reads back as a list
            return ", ".join(str(part) for part in raw)
        return str(raw)


class IntOption(Option[int]):
    def decode(self, raw: Any) -> int:
        return int(raw)


class TextListOption(Option[list[str]]):
    def decode(self, raw: Any) -> list[str]:
        if isinstance(raw, str):  # a one-element list reads back as a string
            return [raw] if raw else []
        return [str(item) for item in raw]

    def encode(self, value: list[str]) -> Any:
        return list(value)


class BytesOption(Option[bytes]):
    def decode(self, raw: Any) -> bytes:
        if isinstance(raw, QByteArray):
            return bytes(raw.data())
        if isinstance(raw, bytes):
            return raw
        raise TypeError(type(raw))

    def encode(self, value: bytes) -> Any:
        return QByteArray(value)


class Settings:
    """Typed access to this machine's settings. Reads and writes go straight to QSettings."""

    station_name = TextOption("station/name", default_station_name)
    # This installation's identity in every event it records; see `station_uuid`.
    stored_station_uuid = TextOption("station/uuid", "")
    sync_folder = TextOption("sync/folder", "")  # the folder journals are exchanged in; "" = none
    sync_interval_s = IntOption("sync/interval_s", 10)
    # Minutes between automatic backups of the open database file while its data changes; 0 = off.
    backup_interval_min = IntOption("backups/interval_min", 10)
    # The interface language ("en", "ja"; see ui/i18n.py); "" follows the system's language.
    language = TextOption("ui/language", "")
    recent_files = TextListOption("files/recent", list)
    last_database = TextOption("files/last_database", "")
    last_folder = TextOption("files/last_folder", "")
    window_geometry = BytesOption("window/geometry", b"")
    window_state = BytesOption("window/state", b"")
    roster_folder = TextOption("files/roster_folder", "")  # last roster imported or exported
    # The participants table's visible columns (keys of ui/participants/models.py COLUMNS);
    # empty means the default set.
    participant_columns = TextListOption("participants/columns", list)

    # The Print screen's last choices (document, audience, options) as JSON; see
    # ui/print/choices.py. One key, so a new option never needs a new setting.
    print_choices = TextOption("print/last_choices", "")
    print_folder = TextOption("files/print_folder", "")  # last PDF saved or signature chosen
    # The Reports screen's last report (a key of ui/reports/catalog.py CHOICES).
    last_report = TextOption("reports/last_report", "")

    def __init__(self, qsettings: QSettings | None = None) -> None:
        self.qsettings = qsettings if qsettings is not None else default_qsettings()

    @classmethod
    def at(cls, ini_file: Path) -> Settings:
        return cls(QSettings(str(ini_file), QSettings.Format.IniFormat))

    @property
    def station_uuid(self) -> str:
        """This installation's station uuid: made on first read and kept, so the station stays
        the same one in every journal even when its name changes."""
        stored = self.stored_station_uuid
        try:
            return str(uuid.UUID(stored))
        except ValueError:
            fresh = str(uuid.uuid4())
            self.stored_station_uuid = fresh
            self.sync()
            return fresh

    @property
    def file(self) -> str:
        return self.qsettings.fileName()

    def add_recent_file(self, path: Path | str) -> None:
        text = str(path)
        files = [f for f in self.recent_files if f != text]
        self.recent_files = [text, *files][:RECENT_FILES_MAX]

    def remove_recent_file(self, path: Path | str) -> None:
        self.recent_files = [f for f in self.recent_files if f != str(path)]

    def sync(self) -> None:
        self.qsettings.sync()


def default_qsettings() -> QSettings:
    override = os.environ.get(DATA_DIR_ENV)
    if override:
        return QSettings(str(Path(override) / "settings.ini"), QSettings.Format.IniFormat)
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, APP_ID, APP_ID)
