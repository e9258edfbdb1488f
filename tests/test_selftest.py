"""`sakura-desktop --selftest` checks an installation headless, as a built bundle is checked.

Run as a real process with no display at all (no DISPLAY, no QT_QPA_PLATFORM): the flag itself
must start Qt offscreen, print badges in every shipped script, read their QR codes back and exit
0. A bundle that lost a font file must fail with exit 1 and a sentence naming the file.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from sakura_desktop.paths import asset
from sakura_desktop.selftest import SAMPLES

SCRIPTS = [sample.script for sample in SAMPLES]
MISSING_FONT = "NotoSansThai-Regular.ttf"

# A frozen bundle looks its resources up under sys._MEIPASS (paths.asset): this child pretends
# to be one whose resources folder is the first argument.
AS_BUNDLE = """
import sys
sys._MEIPASS = sys.argv.pop(1)
from sakura_desktop.cli import main
sys.exit(main(["--selftest"]))
"""


def _headless_env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env.pop("QT_QPA_PLATFORM", None)  # the flag must choose offscreen by itself
    return env


def test_selftest_prints_every_script_and_verifies_every_code_headless() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "sakura_desktop", "--selftest"],
        capture_output=True, text=True, timeout=180, env=_headless_env(),
    )  # fmt: skip
    assert done.returncode == 0, done.stdout + done.stderr
    out = done.stdout
    if sys.platform.startswith("linux"):
        assert "platform offscreen" in out
    for script in SCRIPTS:
        assert script in out
    assert f"{len(SCRIPTS)} verified against the program's key" in out
    assert out.rstrip().splitlines()[-1].startswith("self-test passed")


def _bundle_without_a_font(folder: Path) -> Path:
    """A resources folder like the shipped one, one font file short (symlinks: no copying)."""
    resources = folder / "resources"
    fonts = resources / "fonts"
    fonts.mkdir(parents=True)
    for entry in asset("").iterdir():
        if entry.name != "fonts":
            (resources / entry.name).symlink_to(entry)
    for font in asset("fonts").iterdir():
        if font.name != MISSING_FONT:
            (fonts / font.name).symlink_to(font)
    return folder


def test_selftest_fails_with_a_sentence_when_a_font_is_missing(tmp_path: Path) -> None:
    bundle = _bundle_without_a_font(tmp_path / "bundle")
    done = subprocess.run(
        [sys.executable, "-c", AS_BUNDLE, str(bundle)],
        capture_output=True, text=True, timeout=180, env=_headless_env(),
    )  # fmt: skip
    assert done.returncode == 1, done.stdout + done.stderr
    last = done.stdout.rstrip().splitlines()[-1]
    assert last.startswith("self-test FAILED:")
    assert MISSING_FONT in last
    assert "Traceback" not in done.stdout + done.stderr


# A build that left Qt Charts out: importing it fails, as in a bundle without the library.
WITHOUT_CHARTS = """
import sys
sys.modules["PySide6.QtCharts"] = None
from sakura_desktop.cli import main
sys.exit(main(["--selftest"]))
"""


def test_selftest_fails_when_a_screen_s_qt_module_is_missing() -> None:
    done = subprocess.run(
        [sys.executable, "-c", WITHOUT_CHARTS],
        capture_output=True, text=True, timeout=180, env=_headless_env(),
    )  # fmt: skip
    assert done.returncode == 1, done.stdout + done.stderr
    last = done.stdout.rstrip().splitlines()[-1]
    assert last.startswith("self-test FAILED:")
    assert "QtCharts" in last and "Reports" in last
