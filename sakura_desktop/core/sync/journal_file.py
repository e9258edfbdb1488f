"""The journal file: a station's events as signed, self-describing JSON Lines.

Layout (UTF-8, one JSON object per line):

1. a header: ``{"format": "sakura-desktop-journal", "version": 1, "program_uuid", "program_code",
   "written_at", "stations": [{"uuid", "name", "first_seq", "last_seq", "count", "digest"}],
   "checkpoints": [{"uuid", "name", "kind", "session", "allows_exit"}]}``. Each station entry
   says which of its events the file holds (``digest``: SHA-256 of their uuids in sequence
   order), so a merge can tell a file it already holds without reading its records.
2. one line per event: ``uuid, station, seq, participant, checkpoint, direction, occurred_at
   (ISO 8601 UTC), operator, method, decision, raw_code, voids, note``. Checkpoints are named by
   uuid and described once in the header; people by uuid (the station package carries them).
3. a trailer: ``{"end": true, "records": N, "mac": HEX}``, the MAC being HMAC-SHA256 over every
   byte before the trailer, keyed with a key derived from the program's secret (never the badge
   key itself), so only a station of the program can write a journal the others accept.

A file is refused whole, with a sentence saying why: not a journal, a newer format, another
program's, torn (cut short), or altered. Writing is atomic: a temporary file in the same folder,
flushed and fsynced, then renamed over the old journal, so a reader sees the old or the new file,
never half of one.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import json
import os
import secrets
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from operator import attrgetter
from pathlib import Path
from typing import Annotated, Any

import msgspec

from sakura_desktop.core.i18n import translate
from sakura_desktop.core.private_files import write_private_atomically
from sakura_desktop.core.sync import SUFFIX
from sakura_desktop.db.enums import CheckpointKind, Decision, Direction, ScanMethod
from sakura_desktop.errors import UserError

FORMAT = "sakura-desktop-journal"
VERSION = 1
TEMP_SUFFIX = ".tmp"
_KEY_LABEL = b"sakura-journal-v1"
_DIRECTIONS = frozenset(d.value for d in Direction)
_METHODS = frozenset(m.value for m in ScanMethod)
_DECISIONS = frozenset(d.value for d in Decision)
_KINDS = frozenset(k.value for k in CheckpointKind)
_VOIDED = Decision.VOIDED.value


# --- errors -----------------------------------------------------------------------------------


class JournalError(UserError):
    """A journal file that cannot be merged; nothing was changed."""


class NotAJournalError(JournalError):
    pass


class NewerJournalError(JournalError):
    pass


class OtherProgramJournalError(JournalError):
    pass


class TornJournalError(JournalError):
    pass


class AlteredJournalError(JournalError):
    pass


# --- contents ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class StationRange:
    """Which events of one station a journal holds."""

    uuid: str
    name: str
    first_seq: int
    last_seq: int
    count: int
    digest: str  # SHA-256 of the event uuids in sequence order, one per line


@dataclass(frozen=True)
class CheckpointRef:
    uuid: str
    name: str
    kind: str
    session: str | None  # the schedule session's uuid, for session and transfer checkpoints
    allows_exit: bool


@dataclass(frozen=True)
class JournalHeader:
    program_uuid: str
    program_code: str
    written_at: dt.datetime
    stations: tuple[StationRange, ...]
    checkpoints: tuple[CheckpointRef, ...]


class JournalRecord(msgspec.Struct, frozen=True, gc=False):
    """One event as it travels. A msgspec struct: a journal's 100,000 records are decoded and
    their types checked in C (0.24 s here, against 1.3 s for json and per-record checks in
    Python); the rules between fields are checked after (`_check_records`)."""

    uuid: str
    station: str  # station uuid
    seq: Annotated[int, msgspec.Meta(gt=0)]  # numbered from 1
    participant: str | None  # participant uuid; None for unknown codes and roll-call entries
    checkpoint: str  # checkpoint uuid (described in the header)
    direction: str
    occurred_at: Annotated[dt.datetime, msgspec.Meta(tz=True)]  # UTC once read
    operator: str
    method: str
    decision: str
    raw_code: str | None
    voids: str | None  # uuid of the event this one voids
    note: str


_RECORDS = msgspec.json.Decoder(list[JournalRecord])


@dataclass(frozen=True)
class ProgramIdentity:
    """What a reader checks a journal against: the program it belongs to and the signing key."""

    uuid: str
    code: str
    key: bytes


def journal_key(secret: bytes) -> bytes:
    """The journal signing key, derived from the program's secret (the badge key stays unused
    outside badges)."""
    return hmac.new(secret, _KEY_LABEL, hashlib.sha256).digest()


def uuid_digest(uuids: Iterable[str]) -> str:
    return hashlib.sha256("\n".join(uuids).encode("ascii")).hexdigest()


def station_ranges(records: Sequence[JournalRecord], names: dict[str, str]) -> list[StationRange]:
    """The header's station entries for these records (any order)."""
    by_station: dict[str, list[JournalRecord]] = {}
    for record in records:
        by_station.setdefault(record.station, []).append(record)
    ranges = []
    for station, events in sorted(by_station.items()):
        events.sort(key=attrgetter("seq"))
        ranges.append(
            StationRange(
                uuid=station,
                name=names.get(station, station),
                first_seq=events[0].seq,
                last_seq=events[-1].seq,
                count=len(events),
                digest=uuid_digest(r.uuid for r in events),
            )
        )
    return ranges


# --- writing ----------------------------------------------------------------------------------


def _iso(instant: dt.datetime) -> str:
    return instant.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def _line(obj: dict[str, Any]) -> bytes:
    return (json.dumps(obj, ensure_ascii=False, separators=(",", ":")) + "\n").encode("utf-8")


def _header_obj(header: JournalHeader) -> dict[str, Any]:
    return {
        "format": FORMAT,
        "version": VERSION,
        "program_uuid": header.program_uuid,
        "program_code": header.program_code,
        "written_at": _iso(header.written_at),
        "stations": [
            {
                "uuid": s.uuid,
                "name": s.name,
                "first_seq": s.first_seq,
                "last_seq": s.last_seq,
                "count": s.count,
                "digest": s.digest,
            }
            for s in header.stations
        ],
        "checkpoints": [
            {
                "uuid": c.uuid,
                "name": c.name,
                "kind": c.kind,
                "session": c.session,
                "allows_exit": c.allows_exit,
            }
            for c in header.checkpoints
        ],
    }


def _record_obj(record: JournalRecord) -> dict[str, Any]:
    return {
        "uuid": record.uuid,
        "station": record.station,
        "seq": record.seq,
        "participant": record.participant,
        "checkpoint": record.checkpoint,
        "direction": record.direction,
        "occurred_at": _iso(record.occurred_at),
        "operator": record.operator,
        "method": record.method,
        "decision": record.decision,
        "raw_code": record.raw_code,
        "voids": record.voids,
        "note": record.note,
    }


def render(header: JournalHeader, records: Sequence[JournalRecord], key: bytes) -> bytes:
    """The whole file's bytes: header, records in (station, seq) order, signed trailer."""
    ordered = sorted(records, key=lambda r: (r.station, r.seq))
    body = b"".join([_line(_header_obj(header)), *(_line(_record_obj(r)) for r in ordered)])
    mac = hmac.new(key, body, hashlib.sha256).hexdigest()
    return body + _line({"end": True, "records": len(ordered), "mac": mac})


def temp_path(path: Path) -> Path:
    """Where a journal is written before it is renamed into place: a hidden name in the same
    folder that no reader looks at (readers take only names ending in SUFFIX)."""
    return path.with_name(f".{path.name}.{os.getpid()}.{secrets.token_hex(4)}{TEMP_SUFFIX}")


def write_atomically(path: Path, data: bytes) -> None:
    """Write `data` to `path` so that a reader (or a crash) sees the old file or the new one,
    through a temporary name the folder's readers never take (see `temp_path`)."""
    write_private_atomically(path, data, temp_path(path))


def write_journal(
    path: Path, header: JournalHeader, records: Sequence[JournalRecord], key: bytes
) -> None:
    write_atomically(path, render(header, records, key))


# --- reading ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class VerifiedJournal:
    """A journal whose header names our program and whose MAC holds; records parsed on demand
    (a merge that finds every station's range already present never reads them)."""

    name: str  # the file's name, for messages
    header: JournalHeader
    body: bytes  # the record lines
    count: int

    def records(self) -> list[JournalRecord]:
        records = _parse_records(self.name, self.body, self.count)
        _check_ranges(self.name, self.header, records)
        return records


def read_journal(source: Path | bytes, program: ProgramIdentity, name: str = "") -> VerifiedJournal:
    """Read and verify a journal file (or its bytes); raises a `JournalError` when refused."""
    if isinstance(source, Path):
        name = name or source.name
        try:
            data = source.read_bytes()
        except OSError as exc:
            raise JournalError(
                translate("SyncJournal", "Cannot read {name}: {reason}.").format(
                    name=name, reason=exc.strerror or exc
                )
            ) from exc
    else:
        data = source
        name = name or translate("SyncJournal", "the journal")
    header_end = data.find(b"\n")
    header_obj = _header_json(name, data[: header_end if header_end >= 0 else len(data)])
    header = _check_header(name, header_obj, program)
    if header_end < 0:
        raise _torn(name)
    trailer_start, trailer = _trailer(name, data)
    signed = data[:trailer_start]
    expected = hmac.new(program.key, signed, hashlib.sha256).hexdigest()
    mac = trailer.get("mac")
    if not isinstance(mac, str) or not hmac.compare_digest(mac, expected):
        raise _altered(name, translate("SyncJournal", "its signature does not match its contents"))
    count = trailer.get("records")
    body = data[header_end + 1 : trailer_start]
    if not isinstance(count, int) or body.count(b"\n") != count:
        raise _torn(name)
    return VerifiedJournal(name=name, header=header, body=body, count=count)


def _torn(name: str) -> TornJournalError:
    return TornJournalError(
        translate(
            "SyncJournal",
            "{name} is incomplete (cut short while it was written or copied); nothing was "
            "merged. Copy it again from its station, or wait for the station to write it again.",
        ).format(name=name)
    )


def _altered(name: str, why: str) -> AlteredJournalError:
    return AlteredJournalError(
        translate(
            "SyncJournal",
            "{name} was altered or is corrupted ({why}); nothing was merged. "
            "Copy the journal again from its station.",
        ).format(name=name, why=why)
    )


def _not_a_journal(name: str) -> NotAJournalError:
    return NotAJournalError(
        translate(
            "SyncJournal",
            "{name} is not a Sakura Desktop journal; nothing was merged. "
            "Choose a file ending in {suffix}.",
        ).format(name=name, suffix=SUFFIX)
    )


def _other_program(name: str, code: object, ours: str) -> str:
    if isinstance(code, str) and code:
        return translate(
            "SyncJournal",
            "{name} is a journal of program {theirs}, not of {ours}; nothing was merged. "
            "Merge it into the database of program {theirs}.",
        ).format(name=name, theirs=code, ours=ours)
    return translate(
        "SyncJournal",
        "{name} is a journal of another program, not of {ours}; nothing was merged. "
        "Merge it into the database of another program.",
    ).format(name=name, ours=ours)


def _header_json(name: str, line: bytes) -> dict[str, Any]:
    try:
        obj = json.loads(line.decode("utf-8"))
    except (UnicodeDecodeError, ValueError) as exc:
        raise _not_a_journal(name) from exc
    if not isinstance(obj, dict) or obj.get("format") != FORMAT:
        raise _not_a_journal(name)
    return obj


def _check_header(name: str, obj: dict[str, Any], program: ProgramIdentity) -> JournalHeader:
    version = obj.get("version")
    if not isinstance(version, int) or version < 1:
        raise _altered(name, translate("SyncJournal", "its header is damaged"))
    if version > VERSION:
        raise NewerJournalError(
            translate(
                "SyncJournal",
                "{name} was written by a newer Sakura Desktop (journal format {version}); "
                "update this laptop, then merge it again.",
            ).format(name=name, version=version)
        )
    if obj.get("program_uuid") != program.uuid:
        code = obj.get("program_code")
        raise OtherProgramJournalError(_other_program(name, code, program.code))
    try:
        return JournalHeader(
            program_uuid=str(obj["program_uuid"]),
            program_code=str(obj["program_code"]),
            written_at=_instant(obj["written_at"]),
            stations=tuple(_station_range(s) for s in obj["stations"]),
            checkpoints=tuple(_checkpoint_ref(c) for c in obj["checkpoints"]),
        )
    except (KeyError, TypeError, ValueError) as exc:
        raise _altered(name, translate("SyncJournal", "its header is damaged")) from exc


def _text(value: Any) -> str:
    if not isinstance(value, str):
        raise ValueError(f"not text: {value!r}")
    return value


def _optional_text(value: Any) -> str | None:
    return None if value is None else _text(value)


def _int(value: Any) -> int:
    if not isinstance(value, int) or isinstance(value, bool):
        raise ValueError(f"not a number: {value!r}")
    return value


def _instant(value: Any) -> dt.datetime:
    instant = dt.datetime.fromisoformat(_text(value))
    if instant.tzinfo is dt.UTC:  # as journals are written ("…Z"): nothing to convert
        return instant
    if instant.tzinfo is None:
        raise ValueError("a time without its zone")
    return instant.astimezone(dt.UTC)


def _station_range(obj: Any) -> StationRange:
    return StationRange(
        uuid=_text(obj["uuid"]),
        name=_text(obj["name"]),
        first_seq=_int(obj["first_seq"]),
        last_seq=_int(obj["last_seq"]),
        count=_int(obj["count"]),
        digest=_text(obj["digest"]),
    )


def _checkpoint_ref(obj: Any) -> CheckpointRef:
    kind = _text(obj["kind"])
    if kind not in _KINDS:
        raise ValueError(f"unknown checkpoint kind {kind!r}")
    return CheckpointRef(
        uuid=_text(obj["uuid"]),
        name=_text(obj["name"]),
        kind=kind,
        session=_optional_text(obj["session"]),
        allows_exit=bool(obj["allows_exit"]),
    )


def _trailer(name: str, data: bytes) -> tuple[int, dict[str, Any]]:
    """Where the trailer line starts, and its content; a file without one was cut short."""
    end = len(data) - 1 if data.endswith(b"\n") else len(data)
    start = data.rfind(b"\n", 0, end) + 1
    if start <= 0:
        raise _torn(name)
    try:
        trailer = json.loads(data[start:end].decode("utf-8"))
    except (UnicodeDecodeError, ValueError) as exc:
        raise _torn(name) from exc
    if not isinstance(trailer, dict) or trailer.get("end") is not True:
        raise _torn(name)
    return start, trailer


def _parse_records(name: str, body: bytes, count: int) -> list[JournalRecord]:
    if count == 0:
        return []
    try:
        # One parse of the whole block: record lines hold no raw newline (JSON escapes them).
        records = _RECORDS.decode(b"[" + body[:-1].replace(b"\n", b",") + b"]")
        return _check_records(records)
    except (msgspec.DecodeError, ValueError) as exc:  # ValidationError is a DecodeError
        raise _altered(name, "a scan in it is damaged") from exc


def _check_records(records: list[JournalRecord]) -> list[JournalRecord]:
    """The rules the types cannot say; every time in UTC (as journals write them, "…Z")."""
    for record in records:
        if (
            record.direction not in _DIRECTIONS
            or record.method not in _METHODS
            or record.decision not in _DECISIONS
        ):
            raise ValueError("unknown direction, method or decision")
        if (record.decision == _VOIDED) != (record.voids is not None):
            raise ValueError("an undo must name the scan it voids")
    return [
        r
        if r.occurred_at.tzinfo is dt.UTC
        else msgspec.structs.replace(r, occurred_at=r.occurred_at.astimezone(dt.UTC))
        for r in records
    ]


def _check_ranges(name: str, header: JournalHeader, records: list[JournalRecord]) -> None:
    """The header's promises about each station hold for the records (a fast merge trusts
    them), and every record names a checkpoint the header describes."""
    checkpoints = {c.uuid for c in header.checkpoints}
    if any(r.checkpoint not in checkpoints for r in records):
        raise _altered(name, "a scan names a checkpoint the journal does not describe")
    names = {s.uuid: s.name for s in header.stations}
    if sorted(station_ranges(records, names), key=lambda s: s.uuid) != sorted(
        header.stations, key=lambda s: s.uuid
    ):
        raise _altered(name, "its list of stations does not match its scans")
