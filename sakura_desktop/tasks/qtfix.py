"""A workaround for a reference-count bug in PySide6 6.12.0 on Python 3.11.

PySide6 6.12.0 returns `None` from every void C++ method (`setText`, `update`, `processEvents`,
`endResetModel` ...) and `True` from `Signal.emit()` without taking a new reference. Each call
from Python therefore drops one reference to `None` or `True`. Python 3.12 made those objects
immortal, so nothing happens there; on Python 3.11 their count reaches zero after a few
thousand calls and the interpreter aborts ("none_dealloc" / "bool_dealloc") — in a long
check-in day, or at the end of a test run.

The fix is the one CPython 3.12 applies: give `None`, `True` and `False` a reference count so
large that no number of lost references can bring it to zero. It is measured first, so a fixed
PySide6 or a newer Python makes `install()` a no-op.
"""

from __future__ import annotations

import ctypes
import sys

from PySide6.QtCore import QObject, Signal

# As CPython 3.12 does for immortal objects: far beyond any count a program can lose.
PINNED_REFCOUNT = 1 << 60
PROBE_CALLS = 40

_installed = False


class _Probe(QObject):
    ping = Signal()


def _refcount_field(obj: object) -> ctypes.c_ssize_t:
    # ob_refcnt is the first field of every CPython object.
    return ctypes.c_ssize_t.from_address(id(obj))


def _drops(obj: object, call: object) -> bool:
    before = sys.getrefcount(obj)
    for _ in range(PROBE_CALLS):
        call()  # type: ignore[operator]
    lost = before - sys.getrefcount(obj)
    _refcount_field(obj).value += max(lost, 0)  # give back what the probe itself took
    return lost >= PROBE_CALLS // 2


def references_are_dropped() -> bool:
    """Whether this PySide6 loses references to None (void calls) or True (`emit`)."""
    probe = _Probe()
    return _drops(None, lambda: probe.setObjectName("probe")) or _drops(True, probe.ping.emit)


def install() -> bool:
    """Pin None, True and False once, when needed. Returns whether they are pinned."""
    global _installed
    if _installed:
        return True
    if sys.version_info >= (3, 12) or not references_are_dropped():
        return False
    for obj in (None, True, False):
        field = _refcount_field(obj)
        field.value = max(field.value, PINNED_REFCOUNT)
    _installed = True
    return True
