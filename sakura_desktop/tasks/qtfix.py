"""A workaround for a reference-count bug in PySide6 6.12.0's `SignalInstance.emit()`.

`emit()` returns `True` without taking a new reference to it, so every `.emit()` called from
Python drops one reference to `True`. On Python 3.11 `True` is not immortal: after a few hundred
emits the interpreter aborts with "bool_dealloc: deallocating True or False" (seen at exit of a
test run; a check-in day would hit it). We measure once whether the bug is present and, if so,
wrap `SignalInstance.emit` so that it gives the reference back. Code elsewhere just calls
`.emit()` as usual. A fixed PySide6 makes `install()` a no-op.
"""

from __future__ import annotations

import ctypes
import sys
from typing import Any

from PySide6.QtCore import QObject, Signal, SignalInstance

_py_incref = ctypes.pythonapi.Py_IncRef
_py_incref.argtypes = [ctypes.py_object]
_py_incref.restype = None

_installed = False


class _Probe(QObject):
    ping = Signal()


def emit_drops_a_reference() -> bool:
    """Whether this PySide6 has the bug (the probe gives back what it took)."""
    probe = _Probe()
    emits = 40
    before = sys.getrefcount(True)
    for _ in range(emits):
        probe.ping.emit()
    lost = before - sys.getrefcount(True)
    for _ in range(max(lost, 0)):
        _py_incref(True)
    return lost >= emits // 2


def install() -> bool:
    """Patch `SignalInstance.emit` once, when needed. Returns whether the patch is in place."""
    global _installed
    if _installed:
        return True
    if not emit_drops_a_reference():
        return False
    original = SignalInstance.emit

    def emit(self: SignalInstance, *args: Any) -> Any:
        result = original(self, *args)
        if result is True:
            _py_incref(True)
        return result

    SignalInstance.emit = emit  # type: ignore[method-assign]
    _installed = True
    return True
