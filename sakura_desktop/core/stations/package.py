"""Station packages: one program sealed on the coordinator's laptop, a door's database from it.

The package holds the program's rows (`rows`: people, delegations, teams, the schedule,
checkpoints, badge tokens with their revocations, the badge secret, and the scans so far with
their stations) as JSON, compressed and encrypted by `envelope`. JSON rows rather than the
SQLite file's bytes because a database file also carries what it does not show (other programs
and deleted rows linger in its free pages), copying it means a plaintext copy on disk first, and
rows read the same from PostgreSQL (`--db-url`).
"""

from __future__ import annotations

import base64
import datetime as dt
import json
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from sakura_desktop import __version__
from sakura_desktop.core.checkin.checkpoints import ensure_checkpoints
from sakura_desktop.core.i18n import translate
from sakura_desktop.core.private_files import PRIVATE_MODE, write_private_atomically
from sakura_desktop.core.programs import get_program
from sakura_desktop.core.stations.envelope import (
    FORMAT_VERSION,
    Envelope,
    KdfParams,
    NewerPackageError,
    PackageError,
    check_passphrase,
    damaged_error,
    open_sealed,
    read_envelope,
    seal,
)
from sakura_desktop.core.stations.rows import (
    COPIED,
    COPIED_NAMES,
    as_foreign,
    decoded_rows,
    read_table,
    table_named,
)
from sakura_desktop.db.badge_secrets import (
    adopt_secret,
    lock_plain_secrets,
    secret_rows,
    unlock,
)
from sakura_desktop.db.base import utc_now
from sakura_desktop.db.engine import SessionFactory, url_display
from sakura_desktop.db.enums import CheckpointKind
from sakura_desktop.db.lifecycle import head_revision, known_revisions, open_database
from sakura_desktop.db.models import Checkpoint, Program, Station
from sakura_desktop.errors import UserError

Progress = Callable[[int, int, str], None]  # (done, total, text): ProgressReporter.report fits

STATION_NAME_MAX = 100


class StationTargetError(UserError):
    """The place chosen for the new station database cannot take it."""


# --- results ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class PackageCounts:
    participants: int
    delegations: int
    teams: int
    sessions: int
    checkpoints: int
    badge_tokens: int
    checkin_events: int
    stations: int

    @classmethod
    def of(cls, rows: dict[str, int]) -> PackageCounts:
        return cls(
            participants=rows.get("participants", 0),
            delegations=rows.get("delegations", 0),
            teams=rows.get("teams", 0),
            sessions=rows.get("schedule_sessions", 0),
            checkpoints=rows.get("checkpoints", 0),
            badge_tokens=rows.get("badge_tokens", 0),
            checkin_events=rows.get("checkin_events", 0),
            stations=rows.get("stations", 0),
        )

    def describe(self) -> str:
        return translate(
            "StationPackage",
            "{participants} participants, {delegations} delegations, {teams} teams, "
            "{sessions} sessions, {checkpoints} checkpoints, {badges} badges, "
            "{scans} scans from {stations} stations",
        ).format(
            participants=self.participants,
            delegations=self.delegations,
            teams=self.teams,
            sessions=self.sessions,
            checkpoints=self.checkpoints,
            badges=self.badge_tokens,
            scans=self.checkin_events,
            stations=self.stations,
        )


@dataclass(frozen=True)
class PackageHeader:
    """What a package says about itself in the clear (no passphrase needed, no person)."""

    path: Path
    format_version: int
    program_code: str
    program_title: str
    start_date: dt.date
    end_date: dt.date
    written_at: dt.datetime  # UTC
    app_version: str
    schema_revision: str
    participants: int


@dataclass(frozen=True)
class PackageSummary:
    path: Path
    program_id: int
    program_code: str
    program_title: str
    counts: PackageCounts
    size_bytes: int


@dataclass(frozen=True)
class InitSummary:
    db_path: Path
    program_id: int
    program_code: str
    program_title: str
    station_name: str
    station_uuid: str
    counts: PackageCounts
    arrival_checkpoint: str | None  # the checkpoint to scan at first


def _reporter(progress: Progress | None) -> Progress:
    def report(done: int, total: int, text: str) -> None:
        if progress is not None:
            progress(done, total, text)

    return report


# --- export -----------------------------------------------------------------------------------


def _check_output(out: Path) -> None:
    if out.is_dir():
        raise PackageError(
            translate("StationPackage", "{path} is a folder; give the package a file name.").format(
                path=out
            )
        )
    if not out.parent.is_dir():
        raise PackageError(
            translate(
                "StationPackage", "There is no folder {folder}. Choose a folder that exists."
            ).format(folder=out.parent)
        )


def export_station_package(
    factory: SessionFactory,
    program_id: int,
    out: Path,
    passphrase: str,
    progress: Progress | None = None,
    *,
    kdf: KdfParams | None = None,
) -> PackageSummary:
    """Seal the program into `out` (0600, written atomically) for a door's laptop."""
    check_passphrase(passphrase)
    _check_output(out)
    report = _reporter(progress)
    total = len(COPIED) + 3
    program = get_program(factory, program_id)
    # Every door must count at the same checkpoints (their uuids travel in the journals), so
    # they are made once here, not by each station on its own.
    report(0, total, translate("StationPackage", "Preparing the checkpoints…"))
    ensure_checkpoints(factory, program_id)
    tables: dict[str, dict[str, Any]] = {}
    with factory() as session:
        for step, (name, where) in enumerate(COPIED, start=1):
            report(
                step,
                total,
                translate("StationPackage", "Reading {table}…").format(
                    table=name.replace("_", " ")
                ),
            )
            tables[name] = read_table(session, name, where, program_id)
        _carry_plain_secret(session, tables["programs"], program_id)
    counts = PackageCounts.of({name: len(table["rows"]) for name, table in tables.items()})
    report(len(COPIED) + 1, total, translate("StationPackage", "Encrypting…"))
    payload = {"format": FORMAT_VERSION, "program_id": program_id, "tables": tables}
    info = {
        "program": {
            "code": program.code,
            "title": program.title,
            "start_date": program.start_date.isoformat(),
            "end_date": program.end_date.isoformat(),
        },
        "written_at": utc_now().isoformat(timespec="seconds"),
        "app_version": __version__,
        "schema": head_revision(),
        "participants": counts.participants,
    }
    data = seal(
        json.dumps(payload, ensure_ascii=False, separators=(",", ":")).encode("utf-8"),
        info,
        passphrase,
        kdf or KdfParams(),
    )
    report(
        len(COPIED) + 2, total, translate("StationPackage", "Writing {file}…").format(file=out.name)
    )
    try:
        write_private_atomically(out, data)
    except OSError as exc:
        raise PackageError(
            translate(
                "StationPackage",
                "Cannot write {path}: {reason}. Choose another folder or free some space.",
            ).format(path=out, reason=exc.strerror or exc)
        ) from exc
    report(total, total, "")
    return PackageSummary(out, program_id, program.code, program.title, counts, len(data))


def _carry_plain_secret(session: Session, programs: dict[str, Any], program_id: int) -> None:
    """The package carries the badge secret itself (sealed by the passphrase): the column holds
    it locked with this laptop's key, which the door's laptop does not have."""
    column = programs["columns"].index("secret")
    secret = unlock(secret_rows(session, program_id)[0])
    for row in programs["rows"]:
        row[column] = base64.b64encode(secret).decode("ascii")


# --- reading a package ------------------------------------------------------------------------


def _header(envelope: Envelope) -> PackageHeader:
    info = envelope.info
    try:
        program = info["program"]
        return PackageHeader(
            path=envelope.path,
            format_version=envelope.format_version,
            program_code=str(program["code"]),
            program_title=str(program["title"]),
            start_date=dt.date.fromisoformat(program["start_date"]),
            end_date=dt.date.fromisoformat(program["end_date"]),
            written_at=dt.datetime.fromisoformat(info["written_at"]),
            app_version=str(info["app_version"]),
            schema_revision=str(info["schema"]),
            participants=int(info["participants"]),
        )
    except (KeyError, TypeError, ValueError) as exc:
        raise damaged_error(envelope.path, "its clear header lacks the program") from exc


def _check_schema(header: PackageHeader) -> None:
    if header.schema_revision not in known_revisions():
        raise NewerPackageError(
            translate(
                "StationPackage",
                "The station package {file} was made by a newer Sakura Desktop "
                "(version {version}, database schema {schema}; this "
                "laptop knows up to schema {ours}): update this laptop to the "
                "coordinator's version of Sakura Desktop, then set up the station again.",
            ).format(
                file=header.path.name,
                version=header.app_version,
                schema=header.schema_revision,
                ours=head_revision(),
            )
        )


def read_package_header(path: Path) -> PackageHeader:
    """The program a package is for, checked for shape and version; no passphrase needed."""
    header = _header(read_envelope(path))
    _check_schema(header)
    return header


def _payload(envelope: Envelope, plain: bytes) -> tuple[int, dict[str, Any]]:
    try:
        payload = json.loads(plain.decode("utf-8"))
        program_id = payload["program_id"]
        tables = payload["tables"]
    except (ValueError, KeyError, TypeError) as exc:
        raise damaged_error(envelope.path, "its contents are unreadable") from exc
    if not isinstance(program_id, int) or not isinstance(tables, dict):
        raise damaged_error(envelope.path, "its contents are unreadable")
    missing = [name for name in COPIED_NAMES if not isinstance(tables.get(name), dict)]
    if missing:
        raise damaged_error(
            envelope.path,
            translate("StationPackage", "it lacks {tables}").format(
                tables=", ".join(sorted(missing))
            ),
        )
    return program_id, tables


# --- a new station database -------------------------------------------------------------------


def _station_name(name: str) -> str:
    clean = name.strip()
    if not clean:
        raise UserError(
            translate(
                "StationPackage",
                "Name this station (for example 'Main door'): scans carry its name.",
            )
        )
    if len(clean) > STATION_NAME_MAX:
        raise UserError(
            translate(
                "StationPackage", "Shorten the station name to {count} characters or fewer."
            ).format(count=STATION_NAME_MAX)
        )
    return clean


def _refuse_used(db_path: Path) -> None:
    if db_path.is_dir():
        raise StationTargetError(
            translate(
                "StationPackage", "{path} is a folder; give the new database a file name."
            ).format(path=db_path)
        )
    if db_path.exists() and db_path.stat().st_size > 0:
        raise StationTargetError(
            translate(
                "StationPackage",
                "{path} already exists and holds data; setting up a station never overwrites "
                "a database. Choose a new file name for this station's database.",
            ).format(path=db_path)
        )


def _claim(db_path: Path) -> bool:
    """Create the database file readable by the user only; True when we created it."""
    db_path.parent.mkdir(parents=True, exist_ok=True)
    try:
        handle = os.open(db_path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_MODE)
    except FileExistsError:
        _refuse_used(db_path)  # someone may have written it since the first look
        os.chmod(db_path, PRIVATE_MODE)
        return False
    os.close(handle)
    return True


def _discard(db_path: Path, created: bool) -> None:
    """Leave nothing of a failed set-up: the file goes (or is emptied again if it was there)."""
    for suffix in ("-wal", "-shm", "-journal"):
        Path(f"{db_path}{suffix}").unlink(missing_ok=True)
    if created:
        db_path.unlink(missing_ok=True)
    elif db_path.exists():
        db_path.write_bytes(b"")


def _copy_in(
    session: Session, path: Path, tables: dict[str, Any], report: Progress, total: int
) -> dict[str, int]:
    decoded = {name: decoded_rows(path, name, tables[name]) for name, _ in COPIED}
    as_foreign(decoded["stations"], decoded["checkin_events"])
    for step, (name, _) in enumerate(COPIED, start=2):
        report(
            step,
            total,
            translate("StationPackage", "Copying {table}…").format(table=name.replace("_", " ")),
        )
        if decoded[name]:
            session.execute(table_named(name).insert(), decoded[name])
    lock_plain_secrets(session)  # the package's plain secret, locked with this laptop's key
    return {name: len(rows) for name, rows in decoded.items()}


def _add_local_station(session: Session, name: str, station_uuid: str | None) -> str:
    """This laptop's station, so that its first scan finds it. A laptop that scanned for the
    program before (its uuid came with the package) takes its own station back: its numbering
    goes on from its last scan."""
    known = (
        session.scalar(select(Station).where(Station.uuid == station_uuid))
        if station_uuid is not None
        else None
    )
    if known is not None:
        known.name, known.is_local, known.last_merged_at = name, True, None
        return known.uuid
    station = Station(name=name, is_local=True, **({"uuid": station_uuid} if station_uuid else {}))
    session.add(station)
    session.flush()
    return station.uuid


def _arrival_name(session: Session, program_id: int) -> str | None:
    return session.scalar(
        select(Checkpoint.name).where(
            Checkpoint.program_id == program_id, Checkpoint.kind == CheckpointKind.ARRIVAL.value
        )
    )


def init_station_from_package(
    package: Path,
    db_path: Path,
    passphrase: str,
    station_name: str,
    progress: Progress | None = None,
    *,
    station_uuid: str | None = None,
) -> InitSummary:
    """Create a new database at `db_path` (0600) holding the package's program, with this
    laptop's station (`station_uuid`, or a new one) ready to scan. Nothing is left at `db_path`
    when it fails."""
    name = _station_name(station_name)
    db_path = db_path.expanduser()
    _refuse_used(db_path)
    report = _reporter(progress)
    total = len(COPIED) + 3
    report(0, total, translate("StationPackage", "Checking {file}…").format(file=package.name))
    envelope = read_envelope(package)
    header = _header(envelope)
    _check_schema(header)
    report(1, total, translate("StationPackage", "Checking the passphrase…"))
    program_id, tables = _payload(envelope, open_sealed(envelope, passphrase))
    try:
        created = _claim(db_path)
    except OSError as exc:
        raise StationTargetError(
            translate(
                "StationPackage",
                "Cannot create {path}: {reason}. Choose a folder you can write to.",
            ).format(path=db_path, reason=exc.strerror or exc)
        ) from exc
    try:
        database, _ = open_database(path=db_path, create=True)
        try:
            with database.session_factory.begin() as session:
                rows = _copy_in(session, envelope.path, tables, report, total)
                if rows["programs"] != 1:
                    raise damaged_error(
                        envelope.path, translate("StationPackage", "it holds no program")
                    )
                local_uuid = _add_local_station(session, name, station_uuid)
                arrival = _arrival_name(session, program_id)
        finally:
            database.dispose()
    except BaseException:
        _discard(db_path, created)
        raise
    report(total, total, "")
    return InitSummary(
        db_path=db_path,
        program_id=program_id,
        program_code=header.program_code,
        program_title=header.program_title,
        station_name=name,
        station_uuid=local_uuid,
        counts=PackageCounts.of(rows),
        arrival_checkpoint=arrival,
    )


@dataclass(frozen=True)
class ServerSummary:
    server: str  # the URL, password hidden
    program_id: int
    program_code: str
    program_title: str
    counts: PackageCounts
    arrival_checkpoint: str | None


def load_package_into_server(
    package: Path, url: str, passphrase: str, progress: Progress | None = None
) -> ServerSummary:
    """Put a station package's program into an empty shared database (PostgreSQL for a site's
    server), so that the week prepared on the coordinator's laptop runs on the server.

    Every laptop that then points at the server scans as its own station (no station is made
    here). A database that already holds a program is refused: nothing is merged or replaced.
    """
    report = _reporter(progress)
    total = len(COPIED) + 3
    envelope = read_envelope(package)
    header = _header(envelope)
    _check_schema(header)
    report(1, total, translate("StationPackage", "Checking the passphrase…"))
    program_id, tables = _payload(envelope, open_sealed(envelope, passphrase))
    database, _ = open_database(url, create=True)
    try:
        with database.session_factory.begin() as session:
            if session.scalar(select(func.count()).select_from(Program)):
                raise StationTargetError(
                    translate(
                        "StationPackage",
                        "{database} already holds a program; load the package into an "
                        "empty database (create a new one on the server) so nothing is replaced.",
                    ).format(database=url_display(url))
                )
            rows = _copy_in(session, envelope.path, tables, report, total)
            if rows["programs"] != 1:
                raise damaged_error(
                    envelope.path, translate("StationPackage", "it holds no program")
                )
            _advance_id_sequences(session, [name for name, _ in COPIED])
            arrival = _arrival_name(session, program_id)
    finally:
        database.dispose()
    report(total, total, "")
    return ServerSummary(
        server=url_display(url),
        program_id=program_id,
        program_code=header.program_code,
        program_title=header.program_title,
        counts=PackageCounts.of(rows),
        arrival_checkpoint=arrival,
    )


def _advance_id_sequences(session: Session, tables: list[str]) -> None:
    """Rows came with their ids; PostgreSQL's id sequences must move past them, or the next
    insert would take an id that is already used."""
    if session.get_bind().dialect.name != "postgresql":
        return
    for name in tables:
        if "id" not in table_named(name).c:  # team memberships: a pair of ids, no sequence
            continue
        session.execute(
            text(
                f"SELECT setval(pg_get_serial_sequence('{name}', 'id'), "
                f"COALESCE((SELECT MAX(id) FROM {name}), 1), "
                f"(SELECT MAX(id) FROM {name}) IS NOT NULL)"
            )
        )


# --- the badge key from a package -------------------------------------------------------------


@dataclass(frozen=True)
class AdoptedKey:
    program_code: str
    program_title: str
    adopted: bool  # False: the database holds the secret plain, no key was needed


def adopt_badge_key(factory: SessionFactory, package: Path, passphrase: str) -> AdoptedKey:
    """Give this laptop the key to the badge secret of the package's program in this database
    (a shared database locked by another laptop, a backup restored on a new laptop).

    The package's secret must be the database's (checked against its fingerprint); nothing in
    the database changes.
    """
    envelope = read_envelope(package)
    header = _header(envelope)
    _check_schema(header)
    _, tables = _payload(envelope, open_sealed(envelope, passphrase))
    programs = decoded_rows(envelope.path, "programs", tables["programs"])
    if len(programs) != 1:
        raise damaged_error(envelope.path, translate("StationPackage", "it holds no program"))
    with factory() as session:
        adopted = adopt_secret(session, programs[0]["uuid"], programs[0]["secret"])
    return AdoptedKey(header.program_code, header.program_title, adopted)
