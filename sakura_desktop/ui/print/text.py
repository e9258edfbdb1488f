"""Words of the Print screen that live in tables (no widgets): hints, core's labels, counts.

Core names the documents and badge layouts in English (core has no Qt); they are marked here so
the translators see them, and shown with `core_label`. Counts are whole sentences per English form
(Japanese has one form).
"""

from __future__ import annotations

from sakura_desktop.core.documents import DocumentKind
from sakura_desktop.ui.i18n import QT_TRANSLATE_NOOP, translate

KIND_HINTS: dict[DocumentKind, str] = {
    DocumentKind.BADGES: QT_TRANSLATE_NOOP(
        "PrintOptionsPanel", "Name badges with the signed QR code used at check-in."
    ),
    DocumentKind.NOTEBOOKS: QT_TRANSLATE_NOOP(
        "PrintOptionsPanel",
        "The experiment notebook, with a personal cover for each participant.",
    ),
    DocumentKind.ITINERARIES: QT_TRANSLATE_NOOP(
        "PrintOptionsPanel", "Each person's (or team's) week, in the program's time zone."
    ),
    DocumentKind.SIGNIN_SHEETS: QT_TRANSLATE_NOOP(
        "PrintOptionsPanel", "Paper sign-in sheets per session: the fallback when laptops fail."
    ),
    DocumentKind.CERTIFICATES: QT_TRANSLATE_NOOP(
        "PrintOptionsPanel", "Certificates for those whose attendance reaches the threshold."
    ),
    DocumentKind.DOOR_SIGNS: QT_TRANSLATE_NOOP(
        "PrintOptionsPanel", "A sign for the door of each session's room."
    ),
}

CORE_LABELS: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("PrintLabels", "Badges"),
    QT_TRANSLATE_NOOP("PrintLabels", "Experiment notebooks"),
    QT_TRANSLATE_NOOP("PrintLabels", "Itineraries"),
    QT_TRANSLATE_NOOP("PrintLabels", "Sign-in sheets"),
    QT_TRANSLATE_NOOP("PrintLabels", "Certificates of completion"),
    QT_TRANSLATE_NOOP("PrintLabels", "Door signs"),
    QT_TRANSLATE_NOOP("PrintLabels", "A4 sheet, 8 badges of 90×55 mm"),
    QT_TRANSLATE_NOOP("PrintLabels", "A4 sheet, 4 badges of 94×138 mm (for A6 holders)"),
    QT_TRANSLATE_NOOP("PrintLabels", "Single A6 badge per page"),
    QT_TRANSLATE_NOOP("PrintLabels", "ID-1 card 85.6×54 mm (card printers)"),
    QT_TRANSLATE_NOOP("PrintLabels", "A4 sheet, 6 inserts of 4×3 inch"),
)

# (one, many): "1 badge", "{0} badges".
COUNTS: dict[DocumentKind, tuple[str, str]] = {
    DocumentKind.BADGES: (
        QT_TRANSLATE_NOOP("PrintCounts", "1 badge"),
        QT_TRANSLATE_NOOP("PrintCounts", "{0} badges"),
    ),
    DocumentKind.NOTEBOOKS: (
        QT_TRANSLATE_NOOP("PrintCounts", "1 notebook"),
        QT_TRANSLATE_NOOP("PrintCounts", "{0} notebooks"),
    ),
    DocumentKind.ITINERARIES: (
        QT_TRANSLATE_NOOP("PrintCounts", "1 itinerary"),
        QT_TRANSLATE_NOOP("PrintCounts", "{0} itineraries"),
    ),
    DocumentKind.SIGNIN_SHEETS: (
        QT_TRANSLATE_NOOP("PrintCounts", "1 sign-in sheet"),
        QT_TRANSLATE_NOOP("PrintCounts", "{0} sign-in sheets"),
    ),
    DocumentKind.CERTIFICATES: (
        QT_TRANSLATE_NOOP("PrintCounts", "1 certificate"),
        QT_TRANSLATE_NOOP("PrintCounts", "{0} certificates"),
    ),
    DocumentKind.DOOR_SIGNS: (
        QT_TRANSLATE_NOOP("PrintCounts", "1 door sign"),
        QT_TRANSLATE_NOOP("PrintCounts", "{0} door signs"),
    ),
}

# What the progress dialog and error boxes say while a kind is prepared.
PREPARING: dict[DocumentKind, str] = {
    DocumentKind.BADGES: QT_TRANSLATE_NOOP("PrintCounts", "the badges"),
    DocumentKind.NOTEBOOKS: QT_TRANSLATE_NOOP("PrintCounts", "the notebooks"),
    DocumentKind.ITINERARIES: QT_TRANSLATE_NOOP("PrintCounts", "the itineraries"),
    DocumentKind.SIGNIN_SHEETS: QT_TRANSLATE_NOOP("PrintCounts", "the sign-in sheets"),
    DocumentKind.CERTIFICATES: QT_TRANSLATE_NOOP("PrintCounts", "the certificates"),
    DocumentKind.DOOR_SIGNS: QT_TRANSLATE_NOOP("PrintCounts", "the door signs"),
}


def kind_hint(kind: DocumentKind) -> str:
    return translate("PrintOptionsPanel", KIND_HINTS[kind])


def core_label(label: str) -> str:
    """A document's or badge layout's name as core spells it, in the interface language."""
    return translate("PrintLabels", label)


def count_of(kind: DocumentKind, count: int) -> str:
    """'1 badge', '12 badges'."""
    one, many = COUNTS[kind]
    return (
        translate("PrintCounts", one)
        if count == 1
        else translate("PrintCounts", many).format(count)
    )


def documents(kind: DocumentKind) -> str:
    """'the badges': the documents of a kind, in a sentence."""
    return translate("PrintCounts", PREPARING[kind])


def pages_count(count: int) -> str:
    if count == 1:
        return translate("PrintCounts", "1 page")
    return translate("PrintCounts", "{0} pages").format(count)
