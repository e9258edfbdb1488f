"""How a program's certificates are signed and sealed, kept with the program in its database.

The host's seal or logo is stored as the image's bytes (base64 in `app_metadata`, key
`certificate:<program uuid>`), not as a path: the certificates reprint the same on any laptop
that opens the database, and a backup of the database holds it. The image is scaled down once,
when it is set, to what a certificate can use (SEAL_PIXELS on its longer side), so a 10 MB camera
file stores as a few hundred kB. The signer's name and title are kept beside it.
"""

from __future__ import annotations

import base64
import binascii
import io
import json
from dataclasses import dataclass
from pathlib import Path

from PIL import Image, ImageOps
from sqlalchemy import select

from sakura_desktop.core.i18n import translate
from sakura_desktop.core.programs import program_metadata_key
from sakura_desktop.db.engine import SessionFactory
from sakura_desktop.db.models import AppMetadata
from sakura_desktop.errors import UserError

METADATA_PREFIX = "certificate:"
SEAL_PIXELS = 1200  # 100 mm at 300 dpi: more than any certificate prints it
MAX_SEAL_FILE = 50 * 1024 * 1024


@dataclass(frozen=True)
class CertificateStyle:
    signer_name: str = ""
    signer_title: str = ""  # "Director, Sakura Science Programme"
    seal: bytes = b""  # PNG or JPEG: the host's logo or seal; b"" for none
    seal_name: str = ""  # the file it was set from, to show on the Print screen


def _key(factory: SessionFactory, program_id: int) -> str:
    return program_metadata_key(factory, program_id, METADATA_PREFIX)


def load_certificate_style(factory: SessionFactory, program_id: int) -> CertificateStyle:
    """The program's stored style; the empty style when none was set (or it cannot be read)."""
    key = _key(factory, program_id)
    with factory() as session:
        text = session.scalar(select(AppMetadata.value).where(AppMetadata.key == key))
    try:
        raw = json.loads(text) if text else {}
        seal = base64.b64decode(str(raw.get("seal", "")), validate=True)
    except (ValueError, TypeError, AttributeError, binascii.Error):
        return CertificateStyle()
    return CertificateStyle(str(raw.get("signer_name", "")), str(raw.get("signer_title", "")),
                            seal, str(raw.get("seal_name", "")))  # fmt: skip


def save_certificate_style(
    factory: SessionFactory, program_id: int, style: CertificateStyle
) -> None:
    key = _key(factory, program_id)
    text = json.dumps(
        {"signer_name": style.signer_name, "signer_title": style.signer_title,
         "seal": base64.b64encode(style.seal).decode("ascii"), "seal_name": style.seal_name},
        ensure_ascii=False, sort_keys=True,
    )  # fmt: skip
    with factory.begin() as session:
        row = session.get(AppMetadata, key)
        if row is None:
            session.add(AppMetadata(key=key, value=text))
        else:
            row.value = text


def read_seal(path: Path) -> bytes:
    """The image at `path` as the bytes to store: PNG (kept if it has transparency or few
    colours) or JPEG, at most SEAL_PIXELS on its longer side. A UserError says what is wrong."""
    if not path.is_file():
        raise UserError(
            translate("PrintDocuments", "The seal image {path} does not exist.").format(path=path)
        )
    if path.stat().st_size > MAX_SEAL_FILE:
        raise UserError(
            translate(
                "PrintDocuments",
                "The seal image {path} is larger than 50 MB; save it smaller first.",
            ).format(path=path)
        )
    try:
        with Image.open(path) as opened:
            if opened.format not in ("PNG", "JPEG"):
                raise UserError(
                    translate(
                        "PrintDocuments", "The seal {path} is not an image (PNG or JPEG)."
                    ).format(path=path)
                )
            opened.draft("RGB", (SEAL_PIXELS, SEAL_PIXELS))
            image = ImageOps.exif_transpose(opened)
            image.thumbnail((SEAL_PIXELS, SEAL_PIXELS), Image.Resampling.LANCZOS)
            lossless = opened.format == "PNG"
    except (OSError, SyntaxError, ValueError, Image.DecompressionBombError) as error:
        raise UserError(
            translate("PrintDocuments", "The seal {path} is not an image (PNG or JPEG).").format(
                path=path
            )
        ) from error
    buffer = io.BytesIO()
    if lossless:
        image.save(buffer, format="PNG", optimize=True)
    else:
        image.convert("RGB").save(buffer, format="JPEG", quality=90, optimize=True)
    return buffer.getvalue()
