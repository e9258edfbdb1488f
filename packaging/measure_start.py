"""Time from launch to a shown window: the bundle, the source checkout, and a bare PySide6 window.

    python packaging/measure_start.py [--runs 5] [--bundle dist/sakura-desktop/sakura-desktop]

Starts its own X server (Xvfb) and, for each candidate in turn (interleaved, so a busy moment
hits all of them alike), launches it as a new user would (an empty data folder: the first-run
page) and polls the X server every 10 ms until a window whose title holds the candidate's name
is mapped and viewable. The clock runs from just before the process is created, so it holds
everything: the loader, Python, imports, Qt, the window. The process is then ended.

The baseline is PySide6's smallest program: a QApplication and a QLabel shown (`label`).
Needs Xvfb and xwininfo (Debian: xvfb, x11-utils).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DISPLAY = ":87"
TIMEOUT_SECONDS = 60.0
POLL_SECONDS = 0.01
LABEL_PROGRAM = """
import sys
from PySide6.QtWidgets import QApplication, QLabel
app = QApplication(sys.argv)
label = QLabel("Hello")
label.setWindowTitle("Baseline label")
label.show()
sys.exit(app.exec())
"""


@dataclass(frozen=True)
class Candidate:
    name: str
    command: list[str]
    title: str  # what the shown window's title contains


def viewable_window(title: str, env: dict[str, str]) -> bool:
    tree = subprocess.run(["xwininfo", "-root", "-tree"], capture_output=True, text=True,
                          env=env, check=False).stdout  # fmt: skip
    for line in tree.splitlines():
        if title not in line or not line.strip().startswith("0x"):
            continue
        window_id = line.split()[0]
        info = subprocess.run(["xwininfo", "-id", window_id], capture_output=True, text=True,
                              env=env, check=False).stdout  # fmt: skip
        if "IsViewable" in info:
            return True
    return False


def time_to_window(candidate: Candidate, env: dict[str, str]) -> float:
    with tempfile.TemporaryDirectory(prefix="sakura-start-") as data:
        run_env = {**env, "SAKURA_DESKTOP_DATA_DIR": data, "QT_QPA_PLATFORM": "xcb"}
        started = time.perf_counter()
        errors = Path(data) / "stderr.txt"
        with errors.open("wb") as sink:
            process = subprocess.Popen(candidate.command, env=run_env, stdout=subprocess.DEVNULL,
                                       stderr=sink)  # fmt: skip
        try:
            while time.perf_counter() - started < TIMEOUT_SECONDS:
                if viewable_window(candidate.title, run_env):
                    return time.perf_counter() - started
                if process.poll() is not None:
                    said = errors.read_text(errors="replace")[-2000:]
                    raise SystemExit(
                        f"{candidate.name} exited ({process.returncode}) first:\n{said}"
                    )
                time.sleep(POLL_SECONDS)
            raise SystemExit(f"{candidate.name}: no window within {TIMEOUT_SECONDS:.0f} s")
        finally:
            process.terminate()
            try:
                process.wait(10)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument(
        "--bundle", type=Path, action="append",
        help="a bundle's executable (repeatable; default dist/sakura-desktop/sakura-desktop)",
    )  # fmt: skip
    args = parser.parse_args()
    bundles = args.bundle or [ROOT / "dist" / "sakura-desktop" / "sakura-desktop"]
    candidates = [
        Candidate("label", [sys.executable, "-c", LABEL_PROGRAM], "Baseline label"),
        Candidate("source", [sys.executable, "-m", "sakura_desktop"], "Sakura Desktop"),
    ]
    for number, bundle in enumerate(path for path in bundles if path.exists()):
        name = "bundle" if number == 0 else f"bundle{number + 1}"
        candidates.append(Candidate(name, [str(bundle)], "Sakura Desktop"))
    server = subprocess.Popen(["Xvfb", DISPLAY, "-screen", "0", "1920x1080x24", "-nolisten", "tcp",
                               "-noreset"],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)  # fmt: skip
    env = {k: v for k, v in os.environ.items() if k not in ("WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    env["DISPLAY"] = DISPLAY
    try:
        time.sleep(1.0)
        times: dict[str, list[float]] = {c.name: [] for c in candidates}
        for _ in range(args.runs):
            for candidate in candidates:
                times[candidate.name].append(time_to_window(candidate, env))
    finally:
        server.terminate()
        server.wait()
    label = statistics.median(times["label"])
    load = os.getloadavg()[0]
    print(f"time to a shown window, {args.runs} runs each, interleaved (load {load:.1f}):")
    for name, values in times.items():
        median = statistics.median(values)
        print(
            f"  {name:8} median {median:5.2f} s  min {min(values):5.2f} s  max {max(values):5.2f} s"
            f"  ({median / label:.1f}x the label)"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
