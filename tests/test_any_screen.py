"""Every screen at 1280×720 and 1366×768 (100 %), and on 1920×1080 at 150 % and 200 %.

Each size runs `tests/any_screen_probe.py` in its own process (QT_SCALE_FACTOR is read when the
QApplication is created) on an offscreen screen of that size, with the demo week open during the
week. The probe visits every screen and reports, as "screen, size, widget, text, what": a window
outside the available screen, a text that does not fit its label or button (elided or cut), a
widget reaching past its parent, sibling widgets over each other, and a page larger than its place
(it then scrolls instead of squeezing). The Schedule's week view must show all five days at 100 %
and keep blocks readable (scrolling sideways) at 200 %. English at every size, Japanese at
1280×720 and at 200 %.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from sakura_desktop.ui.schedule.week_geometry import COMPACT_DAY_WIDTH

pytestmark = pytest.mark.gui

PROBE = Path(__file__).with_name("any_screen_probe.py")
# (screen width, height, QT_SCALE_FACTOR): 1920×1080 at 200 % is a logical 960×540.
SIZES = [(1280, 720, "1"), (1366, 768, "1"), (1920, 1080, "1.5"), (1920, 1080, "2")]
# (…, interface language): Japanese at the smallest screen and at 200 % (its lines are taller,
# its layout names longer).
RUNS = [(*size, "en") for size in SIZES] + [(1280, 720, "1", "ja"), (1920, 1080, "2", "ja")]
# At 150 % and 200 % a page may be larger than the window: it scrolls (nothing is squeezed or
# cut). These are the pages known to do so, with how far, so a page growing shows up here.
SCROLLS_AT_SCALE = {"checkin"}


def probe(width: int, height: int, scale: str, language: str, tmp_path: Path) -> dict[str, Any]:
    out = tmp_path / f"probe-{width}x{height}@{scale}-{language}.json"
    env = dict(os.environ, QT_SCALE_FACTOR=scale, SAKURA_DESKTOP_DATA_DIR=str(tmp_path))
    env["SAKURA_PROBE_LANGUAGE"] = language
    env.pop("QT_QPA_PLATFORM", None)  # the probe sets an offscreen screen of the size
    done = subprocess.run(
        [sys.executable, str(PROBE), str(width), str(height), str(out)],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    result: dict[str, Any] = json.loads(out.read_text(encoding="utf-8"))
    return result


def _lines(size: str, problems: list[dict[str, str]]) -> str:
    return "\n".join(
        f"{p['screen']}, {size}, {p['widget']}, {p['text']!r}, {p['what']}" for p in problems
    )


@pytest.mark.parametrize(("width", "height", "scale", "language"), RUNS, ids=lambda v: str(v))
def test_every_screen_fits_without_cuts_or_overlaps(
    width: int, height: int, scale: str, language: str, tmp_path: Path
) -> None:
    result = probe(width, height, scale, language, tmp_path)
    size = f"{width}×{height}@{scale} {language}"
    problems = result["problems"]
    scaled = scale != "1"
    allowed = [
        p
        for p in problems
        if scaled and p["screen"] in SCROLLS_AT_SCALE and p["what"].startswith("page scrolls")
    ]
    unexpected = [p for p in problems if p not in allowed]
    assert not unexpected, "\n" + _lines(size, unexpected)

    if not scaled:
        # At 1280×720 the missing list showed 2 rows (4 in the report); now 6 in
        # English, 5 in Japanese (its headings and messages are taller).
        assert result["missing_rows"] >= (6 if language == "en" else 5), (size, result)

    week = result["week"]
    assert week["days"] == 5
    if not scaled or width / float(scale) >= 1280:
        # The whole demo week in view, no horizontal scrolling.
        assert not week["scrolls"], (size, week)
        assert week["content_width"] <= week["viewport_width"] + 1, (size, week)
    else:
        # Narrower: columns narrow to a readable minimum, then the view scrolls sideways.
        assert min(week["day_widths"]) >= COMPACT_DAY_WIDTH, (size, week)
