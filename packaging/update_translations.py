"""Collect the interface's strings into the .ts catalogues and compile them into .qm files.

    python packaging/update_translations.py           # lupdate, then lrelease
    python packaging/update_translations.py --check   # exit 1 when a .ts is stale or unfinished

`pyside6-lupdate` reads every Python file under sakura_desktop/ui, core and db (self.tr,
translate, QT_TRANSLATE_NOOP) and updates resources/translations/sakura_desktop_<code>.ts,
keeping the translations already written and marking strings that vanished as obsolete
(dropped here with -no-obsolete). Translators edit the .ts in Qt Linguist
(`pyside6-linguist`); `pyside6-lrelease` compiles it into the .qm the application loads. Both
.ts and .qm are committed, so an installed copy needs no Qt tools.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# The interface, and what the window shows from the core and prints for the coordinator
# (core/i18n.py; the command line installs no translator and stays English).
SOURCES = tuple(ROOT / "sakura_desktop" / part for part in ("ui", "core", "db", "printing"))
FOLDER = ROOT / "resources" / "translations"
LANGUAGES = ("ja",)


def tool(name: str) -> str:
    """A PySide6 tool from the same environment as this Python."""
    beside = Path(sys.executable).with_name(name)
    found = str(beside) if beside.exists() else shutil.which(name)
    if not found:
        raise SystemExit(f"{name} not found: install the project (PySide6-Essentials) first")
    return found


def python_sources() -> list[str]:
    return sorted(str(path) for folder in SOURCES for path in folder.rglob("*.py"))


def update(ts_file: Path) -> None:
    subprocess.run(
        [
            tool("pyside6-lupdate"),
            "-no-obsolete",
            "-locations",
            "none",
            *python_sources(),
            "-ts",
            str(ts_file),
        ],
        check=True,
        capture_output=True,
    )


def release(ts_file: Path, qm_file: Path) -> None:
    subprocess.run(
        [tool("pyside6-lrelease"), str(ts_file), "-qm", str(qm_file)],
        check=True,
        capture_output=True,
    )


def unfinished(ts_file: Path) -> list[str]:
    """Source texts without a finished translation."""
    missing = []
    for message in ET.parse(ts_file).getroot().iter("message"):
        translation = message.find("translation")
        if (
            translation is None
            or translation.get("type") in {"unfinished", "obsolete"}
            or not (translation.text or translation.findall("numerusform"))
        ):
            missing.append(message.findtext("source") or "")
    return missing


def check() -> int:
    """Whether the committed catalogues hold every string of the sources, all translated."""
    problems = []
    with tempfile.TemporaryDirectory() as scratch:
        for code in LANGUAGES:
            committed = FOLDER / f"sakura_desktop_{code}.ts"
            fresh = Path(scratch) / committed.name
            shutil.copy(committed, fresh)
            update(fresh)
            problems += [f"{code}: not translated: {text!r}" for text in unfinished(fresh)]
    print("\n".join(problems) or "translations complete")
    return 1 if problems else 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only check, change nothing")
    if parser.parse_args().check:
        return check()
    FOLDER.mkdir(parents=True, exist_ok=True)
    for code in LANGUAGES:
        ts_file = FOLDER / f"sakura_desktop_{code}.ts"
        update(ts_file)
        release(ts_file, ts_file.with_suffix(".qm"))
        left = unfinished(ts_file)
        print(f"{ts_file.name}: {len(left)} string(s) still to translate")
    return 0


if __name__ == "__main__":
    sys.exit(main())
