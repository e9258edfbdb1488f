"""`sakura-desktop --selftest`: prove that this installation (a source checkout or a frozen
bundle) has everything a coordinator needs, without a display or a network.

It creates a scratch database in a temporary folder (migrated through every revision), a
program with one participant for each script the shipped fonts cover, prints their badges
through the real print job (ReportLab, the shipped fonts, the QR codes), renders the PDF page
with Qt's own PDF engine (QtPdf: pdfium inside Qt, so no extra library in the bundle), reads
the QR codes back with zxing-cpp and verifies every token against the scratch program's key.
A missing data file, plugin or library shows up here as one sentence instead of at the door.

Qt is started headless (the offscreen platform) when there is no display, so the same check
runs on a build server. Nothing is written outside the temporary folder except what the app
writes anyway (the log, and the parsed-font cache that makes the next print faster).
"""

from __future__ import annotations

import datetime as dt
import os
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from sakura_desktop import APP_NAME, __version__

if TYPE_CHECKING:
    from PySide6.QtGui import QGuiApplication, QImage

    from sakura_desktop.db.engine import SessionFactory

RENDER_DPI = 150  # a badge's QR module is ~0.7 mm: 4 pixels at this resolution
POINTS_PER_INCH = 72


@dataclass(frozen=True)
class ScriptSample:
    """One participant whose native name is in one shipped script."""

    script: str
    country: str  # ISO code: picks the Han forms (SC, TC, KR, JP) the badge prints with
    family_name: str
    given_name: str
    native_name: str


SAMPLES: tuple[ScriptSample, ...] = (
    ScriptSample("Latin", "PH", "Dela Cruz", "José", ""),
    ScriptSample("Japanese", "JP", "Yamada", "Taro", "山田 太郎"),
    ScriptSample("Simplified Chinese", "CN", "Wang", "Xiaoming", "王晓明"),
    ScriptSample("Traditional Chinese", "TW", "Huang", "Yating", "黃雅婷"),
    ScriptSample("Korean", "KR", "Kim", "Minjun", "김민준"),
    ScriptSample("Thai", "TH", "Jaidee", "Somchai", "สมชาย ใจดี"),
    ScriptSample("Devanagari", "IN", "Sharma", "Priya", "प्रिया शर्मा"),
    ScriptSample("Vietnamese", "VN", "Nguyễn", "Hương", "Nguyễn Thị Hương"),
)


class SelfTestFailure(Exception):
    """One sentence saying which part of the installation is broken."""


def _has_display() -> bool:
    if sys.platform.startswith("linux") or "bsd" in sys.platform:
        return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
    return True  # Windows and macOS always have a window system (even on a build server)


def _start_qt() -> QGuiApplication:
    if not os.environ.get("QT_QPA_PLATFORM") and not _has_display():
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtGui import QGuiApplication

    existing = QGuiApplication.instance()
    if isinstance(existing, QGuiApplication):
        return existing
    return QGuiApplication([sys.argv[0] if sys.argv else APP_NAME])


def _scratch_program(factory: SessionFactory) -> tuple[int, dict[int, ScriptSample]]:
    """One program with one participant per sample, in the scratch database."""
    from sakura_desktop.core.programs import ProgramDraft, create_program
    from sakura_desktop.core.roster.delegations import DelegationDraft, create_delegation
    from sakura_desktop.core.roster.participants import ParticipantEdit, create_participant

    today = dt.date.today()
    draft = ProgramDraft("SELFTEST", "Self-test week", today, today + dt.timedelta(days=4))
    program = create_program(factory, draft)
    people: dict[int, ScriptSample] = {}
    for sample in SAMPLES:
        delegation = create_delegation(
            factory, program.id, DelegationDraft(f"{sample.script} delegation", sample.country)
        )
        edit = ParticipantEdit(
            family_name=sample.family_name, given_name=sample.given_name,
            native_name=sample.native_name, delegation_id=delegation.id,
        )  # fmt: skip
        people[create_participant(factory, program.id, edit).row.id] = sample
    return program.id, people


def _print_badges(factory: SessionFactory, program_id: int, ids: list[int], pdf: Path) -> int:
    """The badges through the real print job; the number of pages written."""
    from reportlab.pdfbase import ttfonts

    from sakura_desktop.core.documents.data import Audience
    from sakura_desktop.core.documents.jobs import DocumentKind, PrintRequest, generate

    if ttfonts.uharfbuzz is None:  # ReportLab then prints Thai and Devanagari unshaped, silently
        raise SelfTestFailure(
            "HarfBuzz (uharfbuzz) is missing: Thai and Devanagari would misprint."
        )

    request = PrintRequest(
        DocumentKind.BADGES, program_id, pdf, Audience(participant_ids=tuple(ids)),
        mark_printed=False,
    )  # fmt: skip
    result = generate(factory, request)
    if result.uncovered:
        raise SelfTestFailure(
            "The shipped fonts do not cover these names: " + result.uncovered_warning()
        )
    if not pdf.is_file() or pdf.stat().st_size == 0:
        raise SelfTestFailure(f"The badge PDF {pdf} was not written.")
    return result.pages


def _render_pages(pdf: Path) -> tuple[list[QImage], str]:
    """Each page as an image, and the text Qt reads from the PDF (through the fonts' maps)."""
    from PySide6.QtCore import QSize
    from PySide6.QtPdf import QPdfDocument

    document = QPdfDocument()
    status = document.load(str(pdf))
    if status != QPdfDocument.Error.None_:
        raise SelfTestFailure(f"Qt's PDF engine could not open the badge PDF ({status.name}).")
    images = []
    text = []
    for page in range(document.pageCount()):
        points = document.pagePointSize(page)
        scale = RENDER_DPI / POINTS_PER_INCH
        size = QSize(round(points.width() * scale), round(points.height() * scale))
        image = document.render(page, size)
        if image.isNull():
            raise SelfTestFailure(f"Qt's PDF engine rendered page {page + 1} as an empty image.")
        images.append(image)
        text.append(document.getAllText(page).text())
    document.close()
    return images, "\n".join(text)


def _verify_codes(factory: SessionFactory, program_id: int, codes: list[str]) -> set[int]:
    """The participants whose signed badge codes were read; fails on any code that does not
    verify against the program's key."""
    from sakura_desktop.core.tokens import TokenStatus, check_token, program_key

    with factory() as session:
        key = program_key(session, program_id)
    verified: set[int] = set()
    for code in codes:
        check = check_token(code, key)
        if check.status is not TokenStatus.VALID or check.participant_id is None:
            raise SelfTestFailure(f"A printed QR code did not verify ({check.status.value}).")
        verified.add(check.participant_id)
    return verified


def _check_fonts_in_qt() -> int:
    from sakura_desktop.printing.fonts import font_files
    from sakura_desktop.ui.fonts import ensure_app_fonts

    registered = ensure_app_fonts()
    missing = [path.name for path in font_files() if path.name not in registered]
    if missing:
        raise SelfTestFailure(f"Qt could not load the shipped fonts: {', '.join(missing)}.")
    return len(registered)


def _translations() -> list[str]:
    from sakura_desktop.paths import asset

    folder = asset("translations")
    return sorted(path.stem for path in folder.glob("*.qm")) if folder.is_dir() else []


# The Qt modules the screens import, and what a coordinator would miss without each.
SCREEN_QT_MODULES = {
    "QtWidgets": "every screen",
    "QtCharts": "the Reports screen's charts",
    "QtPdfWidgets": "the print preview",
    "QtPrintSupport": "printing",
    "QtSvg": "the icons",
}


def _check_qt_modules() -> str:
    import importlib

    for name, needed_by in SCREEN_QT_MODULES.items():
        try:
            importlib.import_module(f"PySide6.{name}")
        except ImportError as error:
            raise SelfTestFailure(
                f"Qt's {name} cannot be loaded ({error}): {needed_by}."
            ) from error
    return ", ".join(SCREEN_QT_MODULES)


def _camera_and_sounds() -> str:
    """Qt Multimedia is optional at run time (a machine may lack its sound library), but a
    bundle built without the module itself is a broken build."""
    from sakura_desktop.ui.checkin import media

    reason = media.unavailable_reason()
    if reason is None:
        return "available (Qt Multimedia loads)"
    if getattr(sys, "frozen", False) and "not installed" in reason:
        raise SelfTestFailure("The bundle was built without Qt Multimedia (camera and sounds).")
    return f"off: {reason}"


def _steps(say: Callable[[str], None], folder: Path) -> None:
    from PySide6 import __version__ as pyside_version

    from sakura_desktop.db.lifecycle import open_database
    from sakura_desktop.db.revisions import HEAD_REVISION

    app = _start_qt()
    say(f"Qt {pyside_version}, platform {app.platformName()}")
    say(f"Qt modules of the screens load: {_check_qt_modules()}")
    say(f"fonts: {_check_fonts_in_qt()} shipped font files registered with Qt")
    database, _ = open_database(path=folder / "selftest.db", create=True)
    try:
        say(f"database: scratch SQLite file migrated to revision {HEAD_REVISION}")
        _badges_round_trip(say, database.session_factory, folder)
    finally:
        database.dispose()  # before the folder goes: Windows cannot delete an open file
    say(f"translations: {', '.join(_translations()) or 'none shipped'}")
    say(f"camera and sounds: {_camera_and_sounds()}")


def _badges_round_trip(say: Callable[[str], None], factory: SessionFactory, folder: Path) -> None:
    from sakura_desktop.core.checkin.decode import decode_qr

    program_id, people = _scratch_program(factory)
    pdf = folder / "badges.pdf"
    pages = _print_badges(factory, program_id, list(people), pdf)
    scripts = ", ".join(sample.script for sample in people.values())
    say(f"badges: {len(people)} printed on {pages} page(s) ({pdf.stat().st_size // 1024} KiB): "
        f"{scripts}")  # fmt: skip
    images, text = _render_pages(pdf)
    lines = {*text.splitlines(), ""}
    unreadable = [p.script for p in people.values() if not {p.given_name, p.native_name} <= lines]
    if unreadable:
        raise SelfTestFailure(
            f"The {', '.join(unreadable)} names are not in the badge PDF's text: a font is broken."
        )
    codes = [code for image in images for code in decode_qr(image)]
    verified = _verify_codes(factory, program_id, codes)
    unread = [people[pid].script for pid in people if pid not in verified]
    if unread:
        raise SelfTestFailure(f"The QR code of the {', '.join(unread)} badge could not be read.")
    say(f"QR codes: {len(codes)} read from the page rendered at {RENDER_DPI} dpi, "
        f"{len(verified)} verified against the program's key")  # fmt: skip


def run_selftest(out: Callable[[str], None] = print) -> int:
    """Run every check; 0 when all pass, 1 with one sentence on the first failure."""
    started = time.perf_counter()
    frozen = getattr(sys, "frozen", False)
    where = (
        f"bundle {Path(sys.executable).parent}" if frozen else f"Python {sys.version.split()[0]}"
    )
    out(f"{APP_NAME} {__version__} self-test ({where})")
    with tempfile.TemporaryDirectory(prefix="sakura-selftest-") as scratch:
        try:
            _steps(lambda line: out(f"  {line}"), Path(scratch))
        except SelfTestFailure as failure:
            out(f"self-test FAILED: {failure}")
            return 1
        except Exception as exc:  # a missing module or library in a bundle lands here
            out(f"self-test FAILED: {type(exc).__name__}: {exc}")
            return 1
    out(f"self-test passed in {time.perf_counter() - started:.1f} s")
    return 0
