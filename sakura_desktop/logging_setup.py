"""Logging to a rotating file in the user log directory (and to stderr when asked)."""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

from sakura_desktop.paths import user_log_dir

LOG_FILE_NAME = "sakura-desktop.log"


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
    except OSError:
        # A read-only home must not stop the coordinator from working.
        handler = logging.NullHandler()
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler._sakura = True  # type: ignore[attr-defined]
    root.addHandler(handler)
    return log_file
