"""Badge tokens: the opaque, signed payload of a participant's QR code.

Layout (32 characters, every one in the QR alphanumeric set, so the code fits QR version 2-M)::

    SK1  TTTT  PPPPPP  SS  MMMMMMMMMMMMMMMM  C
    |    |     |       |   |                 check character: Luhn mod 32 over every character
    |    |     |       |   |                 after the version (catches any one altered character)
    |    |     |       |   HMAC-SHA256 of the version, tag, id and serial under the program's
    |    |     |       |   secret, truncated to 80 bits
    |    |     |       serial of the badge (re-issuing a badge increments it)
    |    |     participant id (the database row id: no personal data)
    |    program tag: 20 bits of SHA-256 of the program uuid (public, not secret)
    version

Fields are fixed-width Crockford base32 (digits and letters without I, L, O, U). How a scanned
code is classified:

- not 32 characters, or not starting with the version: junk ("not a Sakura badge");
- the right shape but a character outside the alphabet, or a failing check character: forged
  (an altered or damaged code). The check character detects every single-character
  substitution, so one changed character is never mistaken for another program's badge;
- a good check character but a program tag that is not ours: a badge of another program
  (unless the tag is a known program's and its signature fails: forged);
- our tag and a wrong signature: forged.

Input is normalised (spaces trimmed, upper-cased) before parsing because keyboard-wedge scanners
may type in lower case when Caps Lock is on; nothing else is normalised (O is not read as 0, nor
I or L as 1), so an altered character never verifies.
"""

from __future__ import annotations

import hashlib
import hmac
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

from sqlalchemy import bindparam, func, insert, select
from sqlalchemy.orm import Session

from sakura_desktop.core.i18n import translate
from sakura_desktop.db.badge_secrets import secret_rows, unlock
from sakura_desktop.db.base import utc_now
from sakura_desktop.db.engine import SessionFactory
from sakura_desktop.db.models import BadgeToken, Participant
from sakura_desktop.errors import NotFoundError, UserError

ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"  # Crockford base32
_VALUE = {char: index for index, char in enumerate(ALPHABET)}

VERSION = "SK1"
TAG_CHARS = 4
ID_CHARS = 6
SERIAL_CHARS = 2
MAC_CHARS = 16  # 80 bits
CHECK_CHARS = 1
BODY_CHARS = len(VERSION) + TAG_CHARS + ID_CHARS + SERIAL_CHARS
SIGNED_CHARS = BODY_CHARS + MAC_CHARS
TOKEN_CHARS = SIGNED_CHARS + CHECK_CHARS
MAX_PARTICIPANT_ID = 32**ID_CHARS - 1
MAX_SERIAL = 32**SERIAL_CHARS - 1


class TokenStatus(StrEnum):
    VALID = "valid"  # signed by this program (revocation is checked against the database)
    JUNK = "junk"  # not a Sakura badge code at all
    WRONG_PROGRAM = "wrong_program"  # a well-formed badge of another program
    FORGED = "forged"  # altered or damaged (check character), or ours with a wrong signature


@dataclass(frozen=True)
class ProgramKey:
    """What verifying needs to know about a program. The secret never leaves core."""

    program_id: int
    uuid: str
    secret: bytes
    title: str = ""

    @property
    def tag(self) -> str:
        return program_tag(self.uuid)


@dataclass(frozen=True)
class TokenCheck:
    status: TokenStatus
    participant_id: int | None = None  # set only when status is VALID
    serial: int | None = None  # set only when status is VALID
    other_program: str = ""  # title of the other program, when it is in this database


@dataclass(frozen=True)
class IssuedToken:
    participant_id: int
    serial: int
    token: str


def _encode(value: int, width: int) -> str:
    if value < 0 or value >= 32**width:
        raise ValueError(f"{value} does not fit in {width} base32 characters")
    chars = []
    for _ in range(width):
        value, digit = divmod(value, 32)
        chars.append(ALPHABET[digit])
    return "".join(reversed(chars))


def _decode(text: str) -> int:
    value = 0
    for char in text:
        value = value * 32 + _VALUE[char]
    return value


def program_tag(program_uuid: str) -> str:
    digest = hashlib.sha256(b"sakura-program-tag:" + program_uuid.encode()).digest()
    return _encode(int.from_bytes(digest[:3], "big") >> (24 - 5 * TAG_CHARS), TAG_CHARS)


def _mac(secret: bytes, body: str) -> str:
    digest = hmac.new(secret, body.encode("ascii"), hashlib.sha256).digest()
    bits = 5 * MAC_CHARS
    return _encode(int.from_bytes(digest[:10], "big") >> (80 - bits), MAC_CHARS)


def check_character(payload: str) -> str:
    """Luhn mod 32 check character of `payload` (characters of ALPHABET only).

    Every single-character substitution changes it: the doubling map d -> 2d folded into
    base 32 is a permutation of 0..31, so a changed character always changes the sum mod 32.
    """
    total = 0
    double = True  # the rightmost payload character is doubled
    for char in reversed(payload):
        value = _VALUE[char]
        if double:
            value *= 2
            value = value // 32 + value % 32
        total += value
        double = not double
    return ALPHABET[(32 - total % 32) % 32]


def make_token(key: ProgramKey, participant_id: int, serial: int) -> str:
    """The badge payload for one participant's badge number `serial`."""
    body = VERSION + key.tag + _encode(participant_id, ID_CHARS) + _encode(serial, SERIAL_CHARS)
    signed = body + _mac(key.secret, body)
    return signed + check_character(signed[len(VERSION) :])


def normalise(code: str) -> str:
    return code.strip().upper()


def _well_shaped(code: str) -> bool:
    """The length and version of a badge: anything else is not a Sakura badge at all."""
    return len(code) == TOKEN_CHARS and code.startswith(VERSION)


def _intact(code: str) -> bool:
    """Every character in the alphabet and the check character right (for a well-shaped code)."""
    payload = code[len(VERSION) : SIGNED_CHARS]
    return all(char in _VALUE for char in payload) and code[SIGNED_CHARS] == check_character(
        payload
    )


def _signature_ok(key: ProgramKey, code: str) -> bool:
    return hmac.compare_digest(_mac(key.secret, code[:BODY_CHARS]), code[BODY_CHARS:SIGNED_CHARS])


def check_token(code: str, key: ProgramKey, others: Iterable[ProgramKey] = ()) -> TokenCheck:
    """Verify a scanned code offline against this program's key (pure, constant-time compare).

    `others` are the other programs of the database: a valid badge of one of them is reported
    with that program's title.
    """
    code = normalise(code)
    if not _well_shaped(code):
        return TokenCheck(TokenStatus.JUNK)
    if not _intact(code):
        return TokenCheck(TokenStatus.FORGED)  # an altered or damaged code
    tag = code[len(VERSION) : len(VERSION) + TAG_CHARS]
    if tag != key.tag:
        for other in others:
            if other.tag == tag and other.program_id != key.program_id:
                if _signature_ok(other, code):
                    return TokenCheck(TokenStatus.WRONG_PROGRAM, other_program=other.title)
                return TokenCheck(TokenStatus.FORGED)
        return TokenCheck(TokenStatus.WRONG_PROGRAM)
    if not _signature_ok(key, code):
        return TokenCheck(TokenStatus.FORGED)
    start = len(VERSION) + TAG_CHARS
    participant_id = _decode(code[start : start + ID_CHARS])
    serial = _decode(code[start + ID_CHARS : BODY_CHARS])
    return TokenCheck(TokenStatus.VALID, participant_id, serial)


# --- use cases --------------------------------------------------------------------------------


def program_key(session: Session, program_id: int) -> ProgramKey:
    """The program's key, its secret unlocked with this laptop's key (`db.badge_secrets`)."""
    rows = secret_rows(session, program_id)
    if not rows:
        raise NotFoundError(translate("Badges", "No program with id {id}.").format(id=program_id))
    row = rows[0]
    return ProgramKey(row.program_id, row.uuid, unlock(row), row.title)


def all_program_keys(session: Session) -> list[ProgramKey]:
    return [ProgramKey(r.program_id, r.uuid, unlock(r), r.title) for r in secret_rows(session)]


def _participant_program(session: Session, participant_id: int) -> int:
    program_id = session.scalar(
        select(Participant.program_id).where(Participant.id == participant_id)
    )
    if program_id is None:
        raise NotFoundError(
            translate("Badges", "No participant with id {id}.").format(id=participant_id)
        )
    return program_id


def _live_serial(session: Session, participant_id: int) -> int | None:
    return session.scalar(
        select(BadgeToken.serial).where(
            BadgeToken.participant_id == participant_id, BadgeToken.revoked_at.is_(None)
        )
    )


def _new_badge(session: Session, key: ProgramKey, participant_id: int) -> IssuedToken:
    highest = session.scalar(
        select(func.max(BadgeToken.serial)).where(BadgeToken.participant_id == participant_id)
    )
    serial = (highest or 0) + 1
    session.add(BadgeToken(participant_id=participant_id, serial=serial))
    session.flush()
    return IssuedToken(participant_id, serial, make_token(key, participant_id, serial))


def current_token(factory: SessionFactory, participant_id: int) -> IssuedToken | None:
    """The live badge of a participant, or None when none was issued (or the last was revoked)."""
    with factory() as session:
        key = program_key(session, _participant_program(session, participant_id))
        serial = _live_serial(session, participant_id)
    if serial is None:
        return None
    return IssuedToken(participant_id, serial, make_token(key, participant_id, serial))


def issue_token(factory: SessionFactory, participant_id: int) -> IssuedToken:
    """The participant's live badge, issuing the first one when there is none."""
    with factory.begin() as session:
        key = program_key(session, _participant_program(session, participant_id))
        serial = _live_serial(session, participant_id)
        if serial is not None:
            return IssuedToken(participant_id, serial, make_token(key, participant_id, serial))
        return _new_badge(session, key, participant_id)


def reissue_token(factory: SessionFactory, participant_id: int) -> IssuedToken:
    """Revoke the live badge (a lost badge stops working) and issue the next serial."""
    with factory.begin() as session:
        key = program_key(session, _participant_program(session, participant_id))
        live = session.scalars(
            select(BadgeToken).where(
                BadgeToken.participant_id == participant_id, BadgeToken.revoked_at.is_(None)
            )
        ).one_or_none()
        if live is not None:
            live.revoked_at = utc_now()
            session.flush()
        return _new_badge(session, key, participant_id)


def find_participant(factory: SessionFactory, program_id: int, text: str) -> int:
    """The participant of the program named by its database id or its roster (external) id.

    A text that is both the database id of one participant and the roster id of another is
    refused as ambiguous rather than guessed.
    """
    wanted = text.strip()
    if not wanted:
        raise UserError(
            translate("Badges", "Give a participant id (the database id or the roster id).")
        )
    with factory() as session:
        by_roster = session.scalar(
            select(Participant.id).where(
                Participant.program_id == program_id, Participant.external_id == wanted
            )
        )
        by_id = None
        if wanted.isdigit():
            by_id = session.scalar(
                select(Participant.id).where(
                    Participant.program_id == program_id, Participant.id == int(wanted)
                )
            )
    if by_roster is not None and by_id is not None and by_roster != by_id:
        raise UserError(
            translate(
                "Badges",
                "{wanted} is the database id of one participant and the roster id of another; "
                "use the other participant's id instead.",
            ).format(wanted=repr(wanted))
        )
    found = by_roster if by_roster is not None else by_id
    if found is None:
        raise NotFoundError(
            translate(
                "Badges", "No participant with the id or roster id {wanted} in this program."
            ).format(wanted=repr(wanted))
        )
    return found


def reissue_tokens(factory: SessionFactory, participant_ids: Iterable[int]) -> list[IssuedToken]:
    """Re-issue the badges of several participants (see `reissue_token`), in the given order."""
    return [reissue_token(factory, pid) for pid in dict.fromkeys(participant_ids)]


def issue_missing_tokens(factory: SessionFactory, program_id: int) -> list[IssuedToken]:
    """Every participant's live badge, issuing one to each participant who has none."""
    with factory.begin() as session:
        key = program_key(session, program_id)
        people = session.scalars(
            select(Participant.id).where(Participant.program_id == program_id)
        ).all()
        live: dict[int, int] = {
            pid: serial
            for pid, serial in session.execute(
                select(BadgeToken.participant_id, BadgeToken.serial)
                .join(Participant, Participant.id == BadgeToken.participant_id)
                .where(Participant.program_id == program_id, BadgeToken.revoked_at.is_(None))
            )
        }
        highest: dict[int, int] = {
            pid: serial
            for pid, serial in session.execute(
                select(BadgeToken.participant_id, func.max(BadgeToken.serial))
                .join(Participant, Participant.id == BadgeToken.participant_id)
                .where(Participant.program_id == program_id)
                .group_by(BadgeToken.participant_id)
            )
        }
        fresh = {pid: highest.get(pid, 0) + 1 for pid in people if pid not in live}
        if fresh:
            now = utc_now()
            session.execute(
                insert(BadgeToken),
                [{"participant_id": p, "serial": n, "issued_at": now} for p, n in fresh.items()],
            )
        live.update(fresh)
    return [IssuedToken(pid, live[pid], make_token(key, pid, live[pid])) for pid in people]


_BADGES_OF = select(BadgeToken.serial, BadgeToken.revoked_at).where(
    BadgeToken.participant_id == bindparam("person")
)


def badge_state(session: Session, participant_id: int, serial: int) -> tuple[bool, int | None]:
    """(whether badge `serial` is revoked, the live serial). One indexed query.

    A badge counts as revoked when its row says so or a newer serial exists. A correctly signed
    serial with no row (a database copied before the badge was issued) is not revoked.
    """
    rows = session.connection().execute(_BADGES_OF, {"person": participant_id}).all()
    live = next((r.serial for r in rows if r.revoked_at is None), None)
    mine = next((r for r in rows if r.serial == serial), None)
    newer = any(r.serial > serial for r in rows)
    return (newer or (mine is not None and mine.revoked_at is not None)), live
