"""Printed documents: the use cases the Print screen and `sakura-desktop print` call.

`generate(factory, request, progress=..., is_cancelled=...)` gathers plain data for the
document from the database (one short session), renders it with `sakura_desktop.printing`
and returns a `PrintResult`. It may run on a worker thread: `progress(done, total)` is called
after each unit (a badge, a notebook, a sheet) and `is_cancelled()` is polled between units;
a cancelled job raises `PrintCancelled` and leaves no file behind. Badges printed are recorded
(`BadgeToken.printed_at`) only after the PDF was written.
"""

from __future__ import annotations

from sakura_desktop.core.documents.data import Audience
from sakura_desktop.core.documents.jobs import (
    DOCUMENT_KINDS,
    DocumentKind,
    KindInfo,
    PrintRequest,
    PrintResult,
    badge_layouts,
    generate,
    mark_badges_printed,
)
from sakura_desktop.printing.common import PrintCancelled

__all__ = [
    "DOCUMENT_KINDS",
    "Audience",
    "DocumentKind",
    "KindInfo",
    "PrintCancelled",
    "PrintRequest",
    "PrintResult",
    "badge_layouts",
    "generate",
    "mark_badges_printed",
]
