"""Python's cycle collector paused while bulk work makes hundreds of thousands of objects.

A roster's cells and rows, a journal's records and rows: they hold no reference cycles, yet
each counts towards the next collection, and the collector's full passes walk every one still
alive (30,000 roster rows paid about 0.1 s for nothing; a 100,000-event merge about 0.3 s in a
process that already holds much). Anything cyclic left behind is collected once it is back on.
The collector is process-wide: a pause lasts one import or merge, never longer.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def collector_paused() -> Iterator[None]:
    """The collector off inside the block; as it was (on, or off by the caller) after."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
