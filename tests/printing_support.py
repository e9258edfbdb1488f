"""Helpers for the printing tests: read PDFs back, render pages, decode QR codes."""

from __future__ import annotations

import subprocess
from pathlib import Path
from typing import Any

import zxingcpp
from PIL import Image
from pypdf import PdfReader

BASE14 = {
    "Helvetica", "Helvetica-Bold", "Helvetica-Oblique", "Helvetica-BoldOblique", "Times-Roman",
    "Times-Bold", "Times-Italic", "Times-BoldItalic", "Courier", "Courier-Bold",
    "Courier-Oblique", "Courier-BoldOblique", "Symbol", "ZapfDingbats",
}  # fmt: skip


def pdf_text(path: Path) -> str:
    return "\n".join(page.extract_text() or "" for page in PdfReader(path).pages)


def page_count(path: Path) -> int:
    return len(PdfReader(path).pages)


def _fonts_of(resources: Any) -> list[Any]:
    found = []
    if resources is None:
        return found
    resources = resources.get_object()
    for font in (resources.get("/Font") or {}).values():
        found.append(font.get_object())
    for xobject in (resources.get("/XObject") or {}).values():
        xobject = xobject.get_object()
        if xobject.get("/Subtype") == "/Form":
            found.extend(_fonts_of(xobject.get("/Resources")))
    return found


def unembedded_fonts(path: Path) -> set[str]:
    """Names of fonts used on any page that are not embedded (base-14 fonts included)."""
    bad: set[str] = set()
    for page in PdfReader(path).pages:
        for font in _fonts_of(page.get("/Resources")):
            name = str(font.get("/BaseFont", "")).lstrip("/")
            descriptor = font.get("/FontDescriptor")
            if descriptor is None:
                descendants = font.get("/DescendantFonts")
                if descendants:
                    descriptor = descendants[0].get_object().get("/FontDescriptor")
            embedded = descriptor is not None and any(
                key in descriptor.get_object() for key in ("/FontFile", "/FontFile2", "/FontFile3")
            )
            if not embedded or name in BASE14:
                bad.add(name)
    return bad


def render_png(pdf: Path, page: int, dpi: int, out_prefix: Path) -> Path:
    subprocess.run(
        ["pdftoppm", "-r", str(dpi), "-gray", "-png", "-f", str(page), "-l", str(page),
         "-singlefile", str(pdf), str(out_prefix)],
        check=True,
    )  # fmt: skip
    return out_prefix.with_suffix(".png")


def decode_qr(png: Path) -> list[tuple[str, float, float]]:
    """(text, centre x, centre y) in pixels, origin top-left, of every QR code in the image."""
    image = Image.open(png)
    results = []
    for code in zxingcpp.read_barcodes(image, formats=zxingcpp.BarcodeFormat.QRCode):
        pos = code.position
        xs = [pos.top_left.x, pos.top_right.x, pos.bottom_left.x, pos.bottom_right.x]
        ys = [pos.top_left.y, pos.top_right.y, pos.bottom_left.y, pos.bottom_right.y]
        results.append((code.text, sum(xs) / 4, sum(ys) / 4))
    return results
