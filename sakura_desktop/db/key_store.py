"""Where this laptop keeps the keys that unlock the badge secrets: never in the database.

Each lock key of a program (32 random bytes, see `badge_secrets`) is an entry named by the
program's uuid and the key's id; the entry named by the uuid alone is the key this laptop locks
the program's secret with in a new database. Entries live in the platform's
keyring through `keyring` (Windows Credential Manager, macOS Keychain, the Secret Service on
Linux desktops) when one is usable; otherwise (a Linux laptop without a keyring daemon, or a
keyring that refuses to store) in the "key file fallback": one 0600 file per entry in the 0700
folder `keys/` of the user data folder. `SAKURA_DESKTOP_KEY_DIR` points at another folder and
turns the keyring off (tests, portable installs).

A key found in neither place is lost: `badge_secrets` says what to do (a station package of the
program gives it back).
"""

from __future__ import annotations

import base64
import binascii
import logging
import os
import sys
import threading
from pathlib import Path
from typing import Any

from sakura_desktop.core.i18n import translate
from sakura_desktop.db.file_modes import PRIVATE_FILE_MODE, PRIVATE_FOLDER_MODE, make_private
from sakura_desktop.paths import user_data_dir

log = logging.getLogger(__name__)

KEY_DIR_ENV = "SAKURA_DESKTOP_KEY_DIR"
KEYRING_SERVICE = "sakura-desktop"
KEY_BYTES = 32

# Keys read once per process: badges are made and checked by the hundred, and a keyring call
# may cross a process boundary (D-Bus, the Keychain daemon).
_cache: dict[tuple[str, str], bytes] = {}
_cache_lock = threading.Lock()


class KeyStoreError(Exception):
    """Neither the keyring nor the key folder could store a key."""


def _entry_name(name: str) -> str:
    """`name` is a program's uuid and a key id, or the uuid alone (the key for new locks)."""
    return f"badge-lock-{name}"


def key_folder() -> Path:
    override = os.environ.get(KEY_DIR_ENV)
    return Path(override) if override else user_data_dir() / "keys"


def _usable_keyring() -> Any | None:
    """The platform keyring, or None when there is none worth trying (or it is turned off)."""
    if os.environ.get(KEY_DIR_ENV):
        return None
    try:
        import keyring  # here: a command that makes no badge never loads it
        from keyring.backends import fail, null
    except ImportError:
        return None
    _choose_platform_keyring(keyring, null)
    backend = keyring.get_keyring()
    if isinstance(backend, fail.Keyring | null.Keyring):
        return None
    return backend


class _Chosen:
    done = False


def _choose_platform_keyring(keyring: Any, null: Any) -> None:
    """Name this platform's keyring to `keyring` once, instead of letting it try every backend
    it knows: that search imports the macOS backend everywhere, which on Linux runs `ldconfig`
    and `gcc` to look for a library (about 0.1 s on every badge print). A backend the user chose
    (PYTHON_KEYRING_BACKEND) keeps keyring's own way."""
    if _Chosen.done or os.environ.get("PYTHON_KEYRING_BACKEND"):
        return
    _Chosen.done = True
    try:
        if sys.platform == "darwin":
            from keyring.backends.macOS import Keyring as Platform
        elif sys.platform == "win32":
            from keyring.backends.Windows import WinVaultKeyring as Platform
        else:
            from keyring.backends.SecretService import Keyring as Platform
        Platform.priority  # noqa: B018 - raises where the backend cannot work (no D-Bus session)
        keyring.set_keyring(Platform())  # type: ignore[no-untyped-call]
    except Exception:  # no usable keyring here: the key folder keeps the keys
        keyring.set_keyring(null.Keyring())


def _where() -> str:
    """Names the store in use, so that the cache never mixes keys of two stores."""
    backend = _usable_keyring()
    return f"keyring:{type(backend).__name__}" if backend is not None else str(key_folder())


def load_lock_key(name: str) -> bytes | None:
    """The program's lock key on this laptop, or None when this laptop has none."""
    where = _where()
    with _cache_lock:
        cached = _cache.get((where, name))
    if cached is not None:
        return cached
    text = _read_keyring(name) or _read_file(name)
    if text is None:
        return None
    try:
        key = base64.b64decode(text, validate=True)
    except (binascii.Error, ValueError):
        log.warning("the stored lock key of program %s is not base64; ignored", name)
        return None
    if len(key) != KEY_BYTES:
        log.warning("the stored lock key of program %s has a wrong length; ignored", name)
        return None
    with _cache_lock:
        _cache[(where, name)] = key
    return key


def save_lock_key(name: str, key: bytes) -> None:
    """Keep the program's lock key on this laptop (the keyring, else the key folder)."""
    text = base64.b64encode(key).decode("ascii")
    if not _write_keyring(name, text):
        _write_file(name, text)
    with _cache_lock:
        _cache[(_where(), name)] = key


def forget_cached_keys() -> None:
    """Drop the keys read so far (tests that move the key folder; a key imported elsewhere)."""
    with _cache_lock:
        _cache.clear()


def _read_keyring(name: str) -> str | None:
    backend = _usable_keyring()
    if backend is None:
        return None
    try:
        value: str | None = backend.get_password(KEYRING_SERVICE, _entry_name(name))
    except Exception as exc:  # a locked or broken keyring: the key folder may still hold it
        log.warning("the keyring could not be read (%s)", type(exc).__name__)
        return None
    return value


def _write_keyring(name: str, text: str) -> bool:
    backend = _usable_keyring()
    if backend is None:
        return False
    try:
        backend.set_password(KEYRING_SERVICE, _entry_name(name), text)
    except Exception as exc:  # refused by the user or the daemon: fall back to the key folder
        log.warning("the keyring refused a key (%s); using the key folder", type(exc).__name__)
        return False
    return True


def _key_file(name: str) -> Path:
    return key_folder() / f"{_entry_name(name)}.key"


def _read_file(name: str) -> str | None:
    try:
        return _key_file(name).read_text(encoding="ascii").strip()
    except FileNotFoundError:
        return None
    except (OSError, UnicodeDecodeError) as exc:
        log.warning("cannot read the key file of program %s (%s)", name, exc)
        return None


def _write_file(name: str, text: str) -> None:
    """Write the key file 0600 in a 0700 folder; a key already there is replaced atomically."""
    folder = key_folder()
    target = _key_file(name)
    temp = target.with_name(f".{target.name}.{os.getpid()}.{threading.get_ident()}.part")
    try:
        folder.mkdir(mode=PRIVATE_FOLDER_MODE, parents=True, exist_ok=True)
        make_private(folder)
        fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, PRIVATE_FILE_MODE)
        with os.fdopen(fd, "w", encoding="ascii") as handle:
            handle.write(text + "\n")
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp, target)
    except OSError as exc:
        temp.unlink(missing_ok=True)
        raise KeyStoreError(
            translate(
                "BadgeSecrets",
                "Cannot keep the badge key in {folder} ({reason}) and no keyring "
                "took it. Make that folder writable (or set SAKURA_DESKTOP_KEY_DIR to a private "
                "folder of yours) and try again.",
            ).format(folder=folder, reason=exc.strerror or exc)
        ) from exc
