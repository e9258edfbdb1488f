"""The sealed file a station package travels in: scrypt and AES-GCM from `cryptography`.

Layout (big-endian), every byte before the ciphertext is AES-GCM's associated data, so altering
any of it (the KDF cost, the salt, the program title ...) makes decryption fail:

    magic         16 bytes  b"SakuraStationPkg"
    format        u16       FORMAT_VERSION
    log2(n), r, p 3 x u8    scrypt parameters
    salt          16 bytes  random, per package
    nonce         12 bytes  random, per package
    sealed size   u64       length of ciphertext + tag (a cut file is named "incomplete")
    info size     u32       length of the clear info that follows
    info          JSON      program code, title and dates, when and by which version (no person)
    ciphertext    AES-256-GCM of the zlib-compressed payload, its 16-byte tag at the end

The clear info lets a laptop say which program a package is for before the passphrase is typed;
it holds no personal data and no secret. AES-GCM cannot tell a wrong passphrase from an altered
file (both fail the tag), so the refusal says both.
"""

from __future__ import annotations

import json
import math
import os
import struct
import unicodedata
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from sakura_desktop.core.i18n import translate
from sakura_desktop.errors import UserError

MAGIC = b"SakuraStationPkg"
FORMAT_VERSION = 1
SALT_BYTES = 16
NONCE_BYTES = 12
KEY_BYTES = 32
TAG_BYTES = 16
MIN_PASSPHRASE_CHARS = 8
_FIXED = struct.Struct(">16sHBBB16s12sQI")
_VERSION_END = len(MAGIC) + 2
# Refused when read: more would let a crafted file ask for gigabytes of scrypt memory.
LOG2_N_RANGE = range(10, 21)
R_RANGE = range(1, 33)
P_RANGE = range(1, 17)
INFO_MAX_BYTES = 64 * 1024


class PackageError(UserError):
    """A station package that cannot be written or opened as it is."""


class NotAPackageError(PackageError):
    pass


class TruncatedPackageError(PackageError):
    pass


class DamagedPackageError(PackageError):
    pass


class WrongPassphraseError(PackageError):
    """Wrong passphrase, or an altered file: AES-GCM's tag cannot tell which."""


class NewerPackageError(PackageError):
    pass


class WeakPassphraseError(PackageError):
    pass


@dataclass(frozen=True)
class KdfParams:
    """scrypt's cost. The default (n = 2**17, r = 8, p = 1: 128 MiB, about 0.6 s on a laptop)
    is the strong one; tests that are not about the KDF pass a cheaper `log2_n`."""

    log2_n: int = 17
    r: int = 8
    p: int = 1

    @property
    def n(self) -> int:
        return 1 << self.log2_n

    def usable(self) -> bool:
        return self.log2_n in LOG2_N_RANGE and self.r in R_RANGE and self.p in P_RANGE


@dataclass(frozen=True)
class Envelope:
    """A package file's parts, checked for shape but not yet opened."""

    path: Path
    format_version: int
    kdf: KdfParams
    salt: bytes
    nonce: bytes
    header: bytes  # everything before the ciphertext: the associated data
    info: dict[str, Any]
    sealed: bytes


def check_passphrase(passphrase: str) -> None:
    if len(passphrase) < MIN_PASSPHRASE_CHARS:
        raise WeakPassphraseError(
            translate(
                "StationPackage",
                "The passphrase has {count} characters; a station package needs at least "
                "{minimum}. Choose a longer one (a few words are easy to type and hard "
                "to guess) and give it to the door staff separately from the file.",
            ).format(count=len(passphrase), minimum=MIN_PASSPHRASE_CHARS)
        )


@dataclass(frozen=True)
class Strength:
    level: int  # 0 refused, 1 weak, 2 fair, 3 strong
    hint: str


def passphrase_strength(passphrase: str) -> Strength:
    """A rough guide while typing, not a promise: about log2(character pool) bits for each
    character, counted as sqrt(length x distinct characters) so that repeats count less."""
    if len(passphrase) < MIN_PASSPHRASE_CHARS:
        return Strength(
            0,
            translate("StationPackage", "Too short: at least {minimum} characters.").format(
                minimum=MIN_PASSPHRASE_CHARS
            ),
        )
    pool = sum(
        size
        for size, present in (
            (26, any(c.islower() and c.isascii() for c in passphrase)),
            (26, any(c.isupper() and c.isascii() for c in passphrase)),
            (10, any(c.isdigit() for c in passphrase)),
            (33, any(not c.isalnum() and c.isascii() for c in passphrase)),
            (1000, any(not c.isascii() for c in passphrase)),  # kana, kanji, hangul ...
        )
        if present
    )
    bits = len(set(passphrase)) ** 0.5 * len(passphrase) ** 0.5 * math.log2(max(pool, 2))
    if bits < 45:
        return Strength(
            1, translate("StationPackage", "Weak: easy to guess. Add a few more words.")
        )
    if bits < 70:
        return Strength(
            2, translate("StationPackage", "Fair: a few more characters would make it strong.")
        )
    return Strength(3, translate("StationPackage", "Strong: hard to guess."))


def derive_key(passphrase: str, kdf: KdfParams, salt: bytes) -> bytes:
    # NFC: the same passphrase typed on a Mac (decomposed kana) or on Windows gives one key.
    secret = unicodedata.normalize("NFC", passphrase).encode("utf-8")
    return Scrypt(salt=salt, length=KEY_BYTES, n=kdf.n, r=kdf.r, p=kdf.p).derive(secret)


def seal(payload: bytes, info: dict[str, Any], passphrase: str, kdf: KdfParams) -> bytes:
    """The package file's bytes: `payload` compressed and encrypted, `info` in the clear."""
    check_passphrase(passphrase)
    if not kdf.usable():
        raise ValueError(f"scrypt parameters out of range: {kdf}")
    salt, nonce = os.urandom(SALT_BYTES), os.urandom(NONCE_BYTES)
    compressed = zlib.compress(payload, 6)
    info_bytes = json.dumps(info, ensure_ascii=False, sort_keys=True).encode("utf-8")
    sealed_size = len(compressed) + TAG_BYTES
    fixed = _FIXED.pack(
        MAGIC, FORMAT_VERSION, kdf.log2_n, kdf.r, kdf.p, salt, nonce, sealed_size, len(info_bytes)
    )
    header = fixed + info_bytes
    sealed = AESGCM(derive_key(passphrase, kdf, salt)).encrypt(nonce, compressed, header)
    return header + sealed


def _truncated(path: Path, size: int, expected: int | None = None) -> TruncatedPackageError:
    if expected is None:
        text = translate(
            "StationPackage",
            "The station package {file} is incomplete ({size} bytes): it was cut "
            "short, probably while copying. Copy it again from the coordinator's laptop.",
        )
    else:
        text = translate(
            "StationPackage",
            "The station package {file} is incomplete ({size} bytes; its header announces "
            "{expected}): it was cut short, probably while copying. Copy it again from the "
            "coordinator's laptop.",
        )
    return TruncatedPackageError(
        text.format(file=path.name, size=f"{size:,}", expected=f"{expected or 0:,}")
    )


def damaged_error(path: Path, what: str) -> DamagedPackageError:
    return DamagedPackageError(
        translate(
            "StationPackage",
            "The station package {file} is damaged ({what}): it was altered or damaged in "
            "copying. Copy it again from the coordinator's laptop, or export a new one there.",
        ).format(file=path.name, what=what)
    )


def _not_a_package(path: Path) -> NotAPackageError:
    return NotAPackageError(
        translate(
            "StationPackage",
            "{file} is not a Sakura Desktop station package. Choose the .sakura-station file "
            "exported on the coordinator's laptop (File > Export station package…).",
        ).format(file=path.name)
    )


def _check_magic_and_version(path: Path, data: bytes) -> int:
    if not data:
        raise _truncated(path, 0)
    if not MAGIC.startswith(data[: len(MAGIC)]):
        raise _not_a_package(path)
    if len(data) < _VERSION_END:
        raise _truncated(path, len(data))
    (version,) = struct.unpack(">H", data[len(MAGIC) : _VERSION_END])
    if version > FORMAT_VERSION:
        raise NewerPackageError(
            translate(
                "StationPackage",
                "The station package {file} was made by a newer Sakura Desktop (package "
                "format {version}; this laptop reads format {ours}): update this laptop "
                "to the coordinator's version of Sakura Desktop, then set up the station again.",
            ).format(file=path.name, version=version, ours=FORMAT_VERSION)
        )
    if version < 1:
        raise damaged_error(
            path,
            translate("StationPackage", "package format {version} does not exist").format(
                version=version
            ),
        )
    return int(version)


def parse(path: Path, data: bytes) -> Envelope:
    """Check a package's shape (no passphrase needed): magic, version, sizes, clear info."""
    version = _check_magic_and_version(path, data)
    if len(data) < _FIXED.size:
        raise _truncated(path, len(data))
    _, _, log2_n, r, p, salt, nonce, sealed_size, info_size = _FIXED.unpack_from(data)
    kdf = KdfParams(log2_n, r, p)
    if not kdf.usable():
        raise damaged_error(
            path,
            translate("StationPackage", "key derivation settings n=2^{n}, r={r}, p={p}").format(
                n=log2_n, r=r, p=p
            ),
        )
    if info_size > INFO_MAX_BYTES or sealed_size < TAG_BYTES:
        raise damaged_error(path, translate("StationPackage", "impossible sizes in its header"))
    header_end = _FIXED.size + info_size
    expected = header_end + sealed_size
    if len(data) < expected:
        raise _truncated(path, len(data), expected)
    if len(data) > expected:
        raise damaged_error(
            path,
            translate("StationPackage", "{count} bytes more than its header announces").format(
                count=f"{len(data) - expected:,}"
            ),
        )
    try:
        info = json.loads(data[_FIXED.size : header_end].decode("utf-8"))
    except ValueError:
        info = None
    if not isinstance(info, dict):
        raise damaged_error(path, translate("StationPackage", "its clear header is unreadable"))
    return Envelope(
        path, version, kdf, salt, nonce, data[:header_end], info, data[header_end:expected]
    )


def read_envelope(path: Path) -> Envelope:
    try:
        data = path.read_bytes()
    except FileNotFoundError as exc:
        raise PackageError(
            translate(
                "StationPackage", "There is no file {path}. Check the name and the folder."
            ).format(path=path)
        ) from exc
    except IsADirectoryError as exc:
        raise PackageError(
            translate(
                "StationPackage", "{path} is a folder; choose the station package file."
            ).format(path=path)
        ) from exc
    except OSError as exc:
        raise PackageError(
            translate("StationPackage", "Cannot read {path}: {reason}.").format(
                path=path, reason=exc.strerror or exc
            )
        ) from exc
    return parse(path, data)


def open_sealed(envelope: Envelope, passphrase: str) -> bytes:
    """The payload, decrypted and decompressed; refused when the tag does not match."""
    if not passphrase:
        raise WrongPassphraseError(
            translate(
                "StationPackage", "Type the passphrase the coordinator gave with this package."
            )
        )
    key = derive_key(passphrase, envelope.kdf, envelope.salt)
    try:
        compressed = AESGCM(key).decrypt(envelope.nonce, envelope.sealed, envelope.header)
    except InvalidTag:
        raise WrongPassphraseError(
            translate(
                "StationPackage",
                "The passphrase does not open this station package ({file}): either "
                "it is not the passphrase the package was exported with, or the file was altered "
                "or damaged in copying. Check the passphrase with the coordinator; if it is right, "
                "copy the package again.",
            ).format(file=envelope.path.name)
        ) from None
    try:
        return zlib.decompress(compressed)
    except zlib.error as exc:
        # Authentic bytes that do not decompress: written by something that is not us.
        raise damaged_error(
            envelope.path, translate("StationPackage", "its contents do not unpack")
        ) from exc
