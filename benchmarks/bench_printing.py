"""Printing benchmark: 1,000 badges (A4 8-up, QR, mixed scripts) and 100 notebooks of 24 pages.

    python -m benchmarks.bench_printing [--badges 1000] [--notebooks 100] [--pairs 5] [--no-write]

Each measurement runs in a fresh interpreter (fonts load lazily, so a cold start is the honest
number). Peak memory is the process's maximum resident set (`resource.getrusage`).

Then the whole `sakura-desktop print badges` command, on the demo week plus 1,000 generated
participants (10 countries, native names in Thai, Devanagari, Hangul, Han in Chinese, Taiwanese
and Japanese forms, Cyrillic, Vietnamese), runs as a process in turns with its peer,
benchmarks/peer_plain_badges.py (plain ReportLab + qrcode, one font, 1,000 badges); the ratio is
per badge, pair by pair. Writes docs/benchmarks-printing.md.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import re
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
REPORT = ROOT / "docs" / "benchmarks-printing.md"
LIMITS = {"badges": 3.0, "notebooks": 5.0}
PEAK_LIMIT_MB = 300
PEER_TARGET = 0.3  # our CPU per badge over the plain script's, at most
PEER_BADGES = 1000


def _people(count: int) -> list[tuple[str, str, str, str, str]]:
    """(given, family, native, delegation, country code) drawn from the demo's name pools."""
    from sakura_desktop.core.demo import COUNTRIES

    people = []
    for n in range(count):
        country = COUNTRIES[n % len(COUNTRIES)]
        family = country.families[n // len(COUNTRIES) % len(country.families)]
        pool = country.female if n % 2 else country.male
        given = pool[n // 3 % len(pool)]
        native = (
            (family[1] + given[1])
            if country.native_separator == ""
            else (f"{family[1]} {given[1]}" if country.family_first else f"{given[1]} {family[1]}")
        )
        people.append((given[0], family[0], native, f"{country.name} ({country.city})",
                       country.code))  # fmt: skip
    return people


def run_badges(count: int, out: Path) -> dict[str, float]:
    from sakura_desktop.core.tokens import ProgramKey, make_token
    from sakura_desktop.printing import badge_layouts, badges
    from sakura_desktop.printing.fonts import cjk_lang_for_country

    key = ProgramKey(1, "6f1c1e8a-0000-4000-8000-000000000001", b"s" * 32, "Bench")
    cards = [
        badges.BadgePerson(n + 1, given, family, native, ("student", "teacher")[n % 10 == 0],
                           make_token(key, n + 1, 1), delegation=delegation, country=code,
                           team=f"Team {n % 8 + 1}", team_colour="#4363d8",
                           lang=cjk_lang_for_country(code))
        for n, (given, family, native, delegation, code) in enumerate(_people(count))
    ]  # fmt: skip
    start = time.perf_counter()
    result = badges.render_badges(cards, out, layout=badge_layouts.LAYOUTS["a4-8up"], event="Bench")
    return {"seconds": time.perf_counter() - start, "pages": result.pages}


def bench_notebook_source() -> str:
    """The demo notebook grown to 23 body pages (24 with the cover)."""
    from sakura_desktop.core.demo import NOTEBOOK_SOURCE

    head, _, tail = NOTEBOOK_SOURCE.partition("## Notes")
    extra = "".join(f"## Observations, day {n}\n[lines: 27]\n[page]\n" for n in range(1, 18))
    return head + extra + "## Notes" + tail


def run_notebooks(count: int, out: Path, booklet: bool = False) -> dict[str, float]:
    from sakura_desktop.printing import notebooks
    from sakura_desktop.printing.fonts import cjk_lang_for_country
    from sakura_desktop.printing.notebook_markup import parse

    doc = parse(bench_notebook_source())
    event = notebooks.NotebookEvent("Bench week", "13–17 July 2026", "Host", "Prof. Tanabe")
    people = [
        notebooks.NotebookPerson(n + 1, given, family, native, delegation, code, "Team 1",
                                 "SK1000000000100ABCDEFGHJKMNPQRS", cjk_lang_for_country(code))
        for n, (given, family, native, delegation, code) in enumerate(_people(count))
    ]  # fmt: skip
    start = time.perf_counter()
    result = notebooks.render_notebooks(doc, people, out, event, booklet=booklet)
    return {"seconds": time.perf_counter() - start, "pages": result.pages}


def _child(kind: str, count: int, out: str) -> None:
    import resource

    start = time.perf_counter()
    if kind == "badges":
        numbers = run_badges(count, Path(out))
    else:
        numbers = run_notebooks(count, Path(out), booklet=kind == "booklets")
    numbers["total_seconds"] = time.perf_counter() - start
    numbers["peak_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    numbers["bytes"] = Path(out).stat().st_size
    print(json.dumps(numbers))


def measure(kind: str, count: int, folder: Path) -> dict[str, float]:
    out = folder / f"{kind}.pdf"
    proc = subprocess.run(
        [sys.executable, "-m", "benchmarks.bench_printing", "--child", kind, str(count), str(out)],
        cwd=ROOT, capture_output=True, text=True, check=True,
    )  # fmt: skip
    result: dict[str, float] = json.loads(proc.stdout.strip().splitlines()[-1])
    return result


# --- the whole command beside a plain ReportLab + qrcode script ------------------------------


def _child_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def run_process(command: list[str]) -> tuple[float, float, str]:
    """(CPU seconds, wall seconds, what it printed) of one whole process."""
    cpu, start = _child_cpu(), time.perf_counter()
    proc = subprocess.run(command, check=True, capture_output=True, text=True)
    return _child_cpu() - cpu, time.perf_counter() - start, proc.stdout


def _cli(*args: str) -> list[str]:
    return [sys.executable, "-m", "sakura_desktop", *args]


def roster_database(folder: Path, people: int) -> Path:
    """The demo week plus `people` generated participants, made through the CLI."""
    from benchmarks.bench_roster import generate_rows, write_csv

    database = folder / "week.db"
    subprocess.run(_cli("demo", "--db", str(database)), check=True, capture_output=True)
    roster = write_csv(folder / "roster.csv", generate_rows(people))
    subprocess.run(_cli("--db", str(database), "import-roster", str(roster)), check=True,
                   capture_output=True)  # fmt: skip
    return database


def versus_peer(folder: Path, pairs: int, people: int) -> dict[str, list[float]]:
    """Our command and the peer in turns (a warm-up pair first, not counted)."""
    database = roster_database(folder, people)
    ours = _cli("--db", str(database), "print", "badges", "--no-mark", "--out",
                str(folder / "ours.pdf"))  # fmt: skip
    peer = [sys.executable, str(ROOT / "benchmarks" / "peer_plain_badges.py"), "--count",
            str(PEER_BADGES), "--out", str(folder / "peer.pdf")]  # fmt: skip
    keys = ("cpu", "wall", "badges", "peer_cpu", "peer_wall")
    results: dict[str, list[float]] = {key: [] for key in keys}
    for turn in range(pairs + 1):
        cpu, wall, said = run_process(ours)
        badges = float(re.search(r"Wrote ([\d,]+) badges", said).group(1).replace(",", ""))  # type: ignore[union-attr]
        peer_cpu, peer_wall, _ = run_process(peer)
        if turn:
            for key, value in zip(keys, (cpu, wall, badges, peer_cpu, peer_wall), strict=True):
                results[key].append(value)
    return results


def per_badge_ratios(results: dict[str, list[float]], kind: str) -> list[float]:
    return [
        (ours / badges) / (peer / PEER_BADGES)
        for ours, badges, peer in zip(
            results[kind], results["badges"], results[f"peer_{kind}"], strict=True
        )
    ]


def versus_lines(results: dict[str, list[float]], people: int) -> list[str]:
    median = statistics.median
    badges = int(results["badges"][0])
    pairs = len(results["cpu"])
    cpu_ratio = median(per_badge_ratios(results, "cpu"))
    wall_ratio = median(per_badge_ratios(results, "wall"))
    return [
        "",
        f"## The whole command beside a plain ReportLab + qrcode script ({pairs} pairs)",
        "",
        f"`sakura-desktop --db week.db print badges --no-mark --out ours.pdf` on the demo week "
        f"plus {people:,} generated participants ({badges:,} badges, A4 8-up, every script "
        "shaped, four CJK faces, one QR each), against `python benchmarks/peer_plain_badges.py "
        f"--count {PEER_BADGES}` (one font, plain drawString, qrcode's defaults, drawImage), run "
        "in turns as whole processes (start-up, database, fonts and the PDF's writing included). "
        "The ratio is per badge, pair by pair.",
        "",
        "| Process | badges | CPU (s), median | Wall (s), median |",
        "|---|---:|---:|---:|",
        f"| print badges | {badges:,} | {median(results['cpu']):.2f} | "
        f"{median(results['wall']):.2f} |",
        f"| plain script | {PEER_BADGES:,} | {median(results['peer_cpu']):.2f} | "
        f"{median(results['peer_wall']):.2f} |",
        f"| per badge, ours over the plain script (target ≤ {PEER_TARGET}) | | "
        f"{cpu_ratio:.2f}× | {wall_ratio:.2f}× |",
    ]


def report(rows: list[tuple[str, int, dict[str, float], float | None]], load: str = "") -> str:
    when = f"{time.strftime('%Y-%m-%d %H:%M')}" + (f", {load}" if load else "")
    lines = [
        "# Printing benchmark",
        "",
        f"`python -m benchmarks.bench_printing` on {platform.platform()}, Python "
        f"{platform.python_version()}, {os.cpu_count()} CPUs, {when}. Each run in a fresh "
        "process (font loading included in the total).",
        "",
        "| document | count | pages | render s | process s | limit s | peak RSS MB | PDF MB |",
        "|---|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for label, count, n, limit in rows:
        lines.append(
            f"| {label} | {count} | {int(n['pages'])} | {n['seconds']:.2f} | "
            f"{n['total_seconds']:.2f} | {limit if limit else '—'} | {n['peak_mb']:.0f} | "
            f"{n['bytes'] / 1e6:.1f} |"
        )
    lines += ["", f"Peak memory limit: {PEAK_LIMIT_MB} MB.", ""]
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--badges", type=int, default=1000)
    parser.add_argument("--notebooks", type=int, default=100)
    parser.add_argument("--pairs", type=int, default=5, help="runs beside the plain script")
    parser.add_argument("--people", type=int, default=1000, help="generated participants")
    parser.add_argument("--no-write", action="store_true")
    parser.add_argument("--child", nargs=3, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        _child(args.child[0], int(args.child[1]), args.child[2])
        return 0
    started = os.getloadavg()[0]
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        rows = [
            ("badges, A4 8-up, QR, 8 scripts", args.badges,
             measure("badges", args.badges, folder), LIMITS["badges"]),
            ("notebooks, A4, 24 pages each", args.notebooks,
             measure("notebooks", args.notebooks, folder), LIMITS["notebooks"]),
            ("notebooks, A5 booklet on A4", args.notebooks,
             measure("booklets", args.notebooks, folder), None),
        ]  # fmt: skip
        versus = versus_peer(folder, args.pairs, args.people) if args.pairs else None
    load = f"load average {started:.1f} at the start, {os.getloadavg()[0]:.1f} at the end"
    text = report(rows, load)
    if versus is not None:
        text = text.rstrip("\n") + "\n" + "\n".join(versus_lines(versus, args.people)) + "\n"
    print(text)
    if not args.no_write:
        REPORT.write_text(text, encoding="utf-8")
    ok = all(n["total_seconds"] <= limit for _, _, n, limit in rows if limit) and all(
        n["peak_mb"] <= PEAK_LIMIT_MB for _, _, n, _ in rows
    )
    if versus is not None:
        ok = ok and statistics.median(per_badge_ratios(versus, "cpu")) <= PEER_TARGET
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
