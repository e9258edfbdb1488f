"""Logging to a rotating file in the user log directory (and to stderr when asked).

The log is for finding bugs, not a second copy of the roster: it holds no password, no bound SQL
parameter and no personal field. The code logs URLs through `url_display` and engines hide their
parameters; `PrivateFormatter` is the last line of defence for what a library puts in an
exception's text (a URL with its password, PostgreSQL's "DETAIL: Key (email)=(...)").
"""

from __future__ import annotations

import logging
import logging.handlers
import re
from pathlib import Path

from sakura_desktop.db.file_modes import make_folder_private
from sakura_desktop.paths import user_log_dir

LOG_FILE_NAME = "sakura-desktop.log"
HIDDEN = "***"

_URL_PASSWORD = re.compile(r"(\b[a-z][a-z0-9+.-]*://[^:/?#@\s]*:)[^/\s]+(@)", re.IGNORECASE)
# PostgreSQL names the offending row's values in the DETAIL line of a constraint violation.
_DETAIL = re.compile(r"^(\s*DETAIL:).*$", re.MULTILINE)
# SQLAlchemy appends the bound values; engines hide them, this catches an engine made elsewhere.
_PARAMETERS = re.compile(r"\[parameters: .*\]$", re.MULTILINE)


def redact(text: str) -> str:
    """`text` without URL passwords, PostgreSQL's row details or SQL parameters."""
    text = _URL_PASSWORD.sub(rf"\g<1>{HIDDEN}\g<2>", text)
    text = _DETAIL.sub(rf"\g<1> {HIDDEN} (row values are not logged)", text)
    return _PARAMETERS.sub(f"[parameters: {HIDDEN}]", text)


class PrivateFormatter(logging.Formatter):
    """Formats a record as usual, then removes what must not reach the log file."""

    def format(self, record: logging.LogRecord) -> str:
        return redact(super().format(record))


def configure_logging(verbose: bool = False) -> Path | None:
    """Send log records to `<user log dir>/sakura-desktop.log` (1 MB x 5). Returns the file."""
    root = logging.getLogger()
    if any(getattr(h, "_sakura", False) for h in root.handlers):
        return None
    root.setLevel(logging.DEBUG if verbose else logging.INFO)
    log_file: Path | None = None
    try:
        folder = user_log_dir()
        folder.mkdir(parents=True, exist_ok=True)
        log_file = folder / LOG_FILE_NAME
        handler: logging.Handler = logging.handlers.RotatingFileHandler(
            log_file, maxBytes=1_000_000, backupCount=5, encoding="utf-8"
        )
        # The folder and its files (this log and the rotated ones, perhaps written by an older
        # version under a 0644 umask): readable by this user only.
        make_folder_private(folder)
    except OSError:
        # A read-only home must not stop the coordinator from working.
        handler = logging.NullHandler()
    handler.setFormatter(PrivateFormatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler._sakura = True  # type: ignore[attr-defined]
    root.addHandler(handler)
    return log_file
