"""Booklet imposition: which two A5 pages go on each side of an A4 landscape sheet.

Pure arithmetic with no drawing, kept apart so the page order for saddle stitching can be read
and tested on its own.
"""

from __future__ import annotations


def booklet_order(pages: int) -> list[tuple[int | None, int | None]]:
    """(left, right) page indices (0-based; None is blank) of each A4 side, in print order.

    Pages are padded to a multiple of four; sheet k's front holds (last-2k, 2k), its back
    (2k+1, last-2k-1): fold the stack and the pages read in order.
    """
    padded = -(-max(pages, 1) // 4) * 4
    last = padded - 1
    sides: list[tuple[int, int]] = []
    for k in range(padded // 4):
        sides.append((last - 2 * k, 2 * k))
        sides.append((2 * k + 1, last - 2 * k - 1))
    return [(_real(left, pages), _real(right, pages)) for left, right in sides]


def _real(index: int, pages: int) -> int | None:
    return index if index < pages else None
