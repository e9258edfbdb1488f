"""Qt Multimedia (the camera and the sounds), loaded on first use; the app works without it.

Qt Multimedia needs system libraries a bare machine may lack (PulseAudio's `libpulse.so.0` on
Linux) and costs start-up time, so nothing imports it at module level. `multimedia()` imports it
when the camera or a sound is first needed; when that fails the reason is logged once and kept
for `unavailable_reason()`, the camera panel says that camera and sounds are off and why, and
check-in goes on with the scanner, typed codes and names.
"""

from __future__ import annotations

import importlib
import logging
from types import ModuleType
from typing import Any

from sakura_desktop.ui.i18n import translate

log = logging.getLogger(__name__)

MODULE_NAME = "PySide6.QtMultimedia"


class _Loaded:
    """What the one attempt to import Qt Multimedia gave: the module, or why not."""

    attempted = False
    module: ModuleType | None = None
    error: str | None = None  # the ImportError's text; explained in the interface language


def multimedia() -> ModuleType | None:
    """The Qt Multimedia module, imported on the first call; None when it cannot be loaded."""
    if not _Loaded.attempted:
        _Loaded.attempted = True
        try:
            _Loaded.module = importlib.import_module(MODULE_NAME)
        except ImportError as error:  # the module, or a system library it links, is missing
            _Loaded.error = str(error)
            log.warning("camera and sounds are off: %s", error)
    return _Loaded.module


def unavailable_reason() -> str | None:
    """Why the camera and sounds are off (None while they are available or not yet tried)."""
    multimedia()
    return None if _Loaded.error is None else explain(_Loaded.error)


def explain(text: str) -> str:
    """A sentence a coordinator (or whoever helps them) can act on, from an ImportError's text."""
    if "libpulse" in text:
        return translate(
            "CheckinCamera",
            "the sound library PulseAudio (libpulse.so.0) is not installed; on Debian or Ubuntu "
            "install it with 'sudo apt install libpulse0' and start Sakura Desktop again",
        )
    if "No module named" in text:
        return translate(
            "CheckinCamera",
            "Qt Multimedia is not installed (the PySide6-Addons package); reinstall Sakura "
            "Desktop to get it back",
        )
    return translate("CheckinCamera", "Qt Multimedia could not be loaded ({0})").format(text)


def video_inputs() -> list[Any]:
    """The cameras Qt sees (QCameraDevice objects); none without Qt Multimedia."""
    module = multimedia()
    return [] if module is None else list(module.QMediaDevices.videoInputs())


def default_video_input_id() -> bytes | None:
    module = multimedia()
    return None if module is None else bytes(module.QMediaDevices.defaultVideoInput().id())
