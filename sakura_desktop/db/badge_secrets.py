"""The badge secret kept apart from the database: a copied file or backup cannot make badges.

Whoever holds a program's secret (the HMAC key of its badges, and of its station journals) can
forge a badge for anyone. The database file, its backups and its copies on a USB stick must
therefore not hold it. `programs.secret` holds the secret locked: XORed with the program's lock
key, 32 random bytes kept on this laptop outside the database (`key_store`: the platform
keyring, else a 0600 key file). The lock key is a one-time pad used for this one secret (a
fresh random key per program, never derived from anything in the database), so the column
alone says nothing about the secret; it keeps its 32 bytes, and no migration was needed.

Beside it, `app_metadata` holds `badge_secret:<program uuid>` = `v1 <fingerprint> <key id>`:
an HMAC of the secret under a fixed label (the secret cannot be found from it) and a hash naming
the lock key. It says that the column
is locked (a database from before had the plain secret and no such row: `lock_plain_secrets`
locks it when the database is opened) and lets a lock key be checked, so a wrong key gives a
sentence instead of badges that all read as forged.

A station package carries the secret itself (sealed with its passphrase); a laptop that lacks
the lock key (a shared PostgreSQL database locked by another laptop, a backup restored on a
new laptop) gets it back from the program's station package (`adopt_secret`).
"""

from __future__ import annotations

import hashlib
import hmac
import logging
import secrets
from dataclasses import dataclass

from sqlalchemy import Connection, bindparam, event, insert, literal, select, update
from sqlalchemy.exc import IntegrityError, OperationalError
from sqlalchemy.orm import Session

from sakura_desktop.core.i18n import QT_TRANSLATE_NOOP, translate
from sakura_desktop.db.base import new_uuid
from sakura_desktop.db.key_store import KEY_BYTES, KeyStoreError, load_lock_key, save_lock_key
from sakura_desktop.db.models import SECRET_BYTES, AppMetadata, Program
from sakura_desktop.errors import UserError

log = logging.getLogger(__name__)

METADATA_PREFIX = "badge_secret:"
FORMAT = "v1"
RECOVER_HINT = QT_TRANSLATE_NOOP(
    "BadgeSecrets",
    "Give this laptop the key from the program's station package: `sakura-desktop badge-key "
    "PACKAGE --passphrase-file F` with this database's --db or --db-url (the coordinator "
    "makes one with `sakura-desktop station-package`).",
)


class BadgeSecretError(UserError):
    """The badge secret of a program cannot be unlocked on this laptop."""


@dataclass(frozen=True)
class SecretRow:
    """A program's row as far as its badge secret goes."""

    program_id: int
    uuid: str
    title: str
    stored: bytes  # the column's bytes: locked, or plain in a database not yet locked
    fingerprint: str | None  # None: the column holds the plain secret


def metadata_key(program_uuid: str) -> str:
    return METADATA_PREFIX + program_uuid


def fingerprint(secret: bytes) -> str:
    return hmac.new(secret, b"sakura-badge-secret-fingerprint", hashlib.sha256).hexdigest()[:32]


def _xor(data: bytes, key: bytes) -> bytes:
    return bytes(a ^ b for a, b in zip(data, key, strict=False))


def key_id(lock_key: bytes) -> str:
    return hashlib.sha256(b"sakura-lock-key-id:" + lock_key).hexdigest()[:8]


def _metadata_value(secret: bytes, lock_key: bytes) -> str:
    return f"{FORMAT} {fingerprint(secret)} {key_id(lock_key)}"


def _parse(value: str) -> tuple[str, str]:
    """(fingerprint, key id) of a lock note."""
    parts = value.split(" ")
    if len(parts) != 3 or parts[0] != FORMAT:
        raise BadgeSecretError(
            translate(
                "BadgeSecrets",
                "The database's note on its badge secret is in a format this version does not "
                "know; open it with the newest Sakura Desktop.",
            )
        )
    return parts[1], parts[2]


def _find_lock_key(program_uuid: str, wanted_id: str) -> bytes | None:
    """The lock key named in a database's note, when this laptop has it."""
    return load_lock_key(f"{program_uuid}-{wanted_id}")


def _keep(program_uuid: str, lock_key: bytes) -> None:
    """Keep a lock key under its id (what unlocking looks for; two keys never share a name), and
    as the program's key for locking its secret in other databases when there is none yet.

    Two processes locking the same database at once may both make a key: each is kept under its
    own id, so whichever locked the row, its key is found.
    """
    save_lock_key(f"{program_uuid}-{key_id(lock_key)}", lock_key)
    if load_lock_key(program_uuid) is None:
        save_lock_key(program_uuid, lock_key)


def _lock_key_for(program_uuid: str) -> bytes:
    """This laptop's lock key of the program, made (and kept) when it has none yet."""
    key = load_lock_key(program_uuid)
    if key is None:
        key = secrets.token_bytes(KEY_BYTES)
        _keep(program_uuid, key)  # kept before the database holds anything locked
    return key


def lock(program_uuid: str, secret: bytes) -> tuple[bytes, str]:
    """(the column's bytes, the metadata value) of a program's plain secret."""
    key = _lock_key_for(program_uuid)
    return _xor(secret, key), _metadata_value(secret, key)


def unlock(row: SecretRow) -> bytes:
    """The plain secret of a program, or a sentence saying why this laptop cannot have it."""
    if row.fingerprint is None:
        return row.stored  # not locked yet (opened by a version from before, or just copied in)
    expected, wanted_id = _parse(row.fingerprint)
    key = _find_lock_key(row.uuid, wanted_id)
    if key is None:
        raise BadgeSecretError(
            translate(
                "BadgeSecrets",
                "This laptop does not have the key to the badge secret of {title}: the "
                "database was locked on another laptop (a shared database, a copy or a restored "
                "backup), or this laptop's keyring or key folder was reset. Badges cannot be "
                "made or checked until it has it. {hint}",
            ).format(title=repr(row.title), hint=translate("BadgeSecrets", RECOVER_HINT))
        )
    secret = _xor(row.stored, key)
    if len(secret) != SECRET_BYTES:
        return secret  # a column cut short: the integrity check names it
    if not hmac.compare_digest(fingerprint(secret), expected):
        raise BadgeSecretError(
            translate(
                "BadgeSecrets",
                "The badge secret of {title} in this database was altered: it no longer "
                "matches its fingerprint, so badges printed before would not scan. Restore the "
                "database from a backup (File > Restore from a backup…, or "
                "`sakura-desktop restore`).",
            ).format(title=repr(row.title))
        )
    return secret


# Built once: badges are made one at a time by the hundred, and building the statement cost more
# than running it.
_ALL_SECRETS = (
    select(Program.id, Program.uuid, Program.title, Program.secret, AppMetadata.value)
    .outerjoin(AppMetadata, AppMetadata.key == literal(METADATA_PREFIX) + Program.uuid)
    .order_by(Program.id)
)
_ONE_SECRET = _ALL_SECRETS.where(Program.id == bindparam("program"))


def secret_rows(session: Session, program_id: int | None = None) -> list[SecretRow]:
    """Every program's secret row (or one program's), with its lock note when locked."""
    if program_id is None:
        result = session.execute(_ALL_SECRETS)
    else:
        result = session.execute(_ONE_SECRET, {"program": program_id})
    return [SecretRow(row.id, row.uuid, row.title, bytes(row.secret), row.value) for row in result]


def lock_plain_secrets(session: Session) -> int:
    """Lock every secret still plain in the database (inside the caller's transaction).

    Returns how many were locked. The lock key is kept on this laptop before the row changes.
    """
    plain = [row for row in secret_rows(session) if row.fingerprint is None]
    for row in plain:
        stored, note = lock(row.uuid, row.stored)
        # The note first: a second process locking the same row at the same moment fails on
        # its primary key instead of locking the locked bytes again.
        session.execute(insert(AppMetadata).values(key=metadata_key(row.uuid), value=note))
        session.execute(
            update(Program)
            .where(Program.id == row.program_id, Program.secret == row.stored)
            .values(secret=stored)
        )
    return len(plain)


def lock_database_secrets(session: Session) -> None:
    """`lock_plain_secrets` on opening a database; a race with another opener is theirs to win,
    and a laptop whose key cannot be kept works on (the log says why)."""
    try:
        with session.begin():
            locked = lock_plain_secrets(session)
    except (IntegrityError, OperationalError) as exc:
        log.info("badge secrets left to another process locking them (%s)", type(exc).__name__)
        return
    except KeyStoreError as exc:
        log.warning("badge secrets left unlocked: %s", exc)
        return
    if locked:
        log.info("locked %d badge secret(s) with this laptop's key", locked)


def adopt_secret(session: Session, program_uuid: str, secret: bytes) -> bool:
    """Take a program's plain secret (from its station package) as this laptop's key to the
    locked column. Returns False when the database holds the secret plain (nothing to adopt).

    Raises `BadgeSecretError` when the secret is not this database's.
    """
    rows = [row for row in secret_rows(session) if row.uuid == program_uuid]
    if not rows:
        raise BadgeSecretError(
            translate(
                "BadgeSecrets",
                "The station package is for a program this database does not hold; use the "
                "package of the program in this database.",
            )
        )
    row = rows[0]
    if row.fingerprint is None:
        return False
    if not hmac.compare_digest(fingerprint(secret), _parse(row.fingerprint)[0]):
        raise BadgeSecretError(
            translate(
                "BadgeSecrets",
                "The station package's badge secret of {title} is not the one this database "
                "was locked with (the program was set up again since); use a package exported "
                "from this database's program.",
            ).format(title=repr(row.title))
        )
    _keep(row.uuid, _xor(row.stored, secret))  # beside this laptop's own key, not over it
    return True


@event.listens_for(Program, "before_insert")
def _lock_new_program(_mapper: object, connection: Connection, target: Program) -> None:
    """Every program created through the ORM (a new program, the demo) is stored locked: its
    plain secret never reaches the database file."""
    if target.uuid is None:
        target.uuid = new_uuid()  # the column default would come too late: the key is named by it
    stored, note = lock(target.uuid, target.secret)
    connection.execute(insert(AppMetadata).values(key=metadata_key(target.uuid), value=note))
    target.secret = stored
