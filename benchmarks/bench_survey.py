"""Survey benchmark: a program of N participants, a form export answering for all of them.

    python benchmarks/bench_survey.py [--participants 3000]

Times reading the export (CSV), the check (plan: match and validate every row), the import (one
transaction), importing the same file again (nothing changes), and the survey and alumni tables.
Prints one line per step; writes nothing outside a temporary folder.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import random
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from sqlalchemy import insert

from sakura_desktop.core.programs import ProgramDraft, create_program
from sakura_desktop.core.survey.importer import (
    apply_survey_import,
    plan_survey_import,
    read_survey_file,
)
from sakura_desktop.core.survey.mapping import build_survey_mapping
from sakura_desktop.core.survey.reports import alumni_table, survey_tables
from sakura_desktop.db.lifecycle import open_database
from sakura_desktop.db.models import Delegation, Participant

T = TypeVar("T")
HEADERS = ["Timestamp", "Email Address", "Roster ID", "Lectures", "Lab tours", "Experiments",
           "Cultural activities", "Meals and lodging", "Overall",
           "Would you like to come back to Japan to study or work?", "Comments",
           "May we contact you as an alumnus?"]  # fmt: skip


def timed(label: str, fn: Callable[[], T]) -> T:
    start = time.perf_counter()
    result = fn()
    print(f"{label:<40} {1000 * (time.perf_counter() - start):8.0f} ms")
    return result


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--participants", type=int, default=3000)
    count = parser.parse_args().participants
    rng = random.Random(7)
    with tempfile.TemporaryDirectory() as folder:
        database, _ = open_database(path=Path(folder) / "bench.db", create=True)
        program = create_program(database.session_factory, ProgramDraft(
            "BENCH", "Bench week", dt.date(2026, 7, 20), dt.date(2026, 7, 26)))  # fmt: skip
        with database.session_factory.begin() as session:
            delegation = Delegation(program_id=program.id, name="D", country_code="TH",
                                    country_name="Thailand", institution="U")  # fmt: skip
            session.add(delegation)
            session.flush()
            session.execute(insert(Participant), [
                {"program_id": program.id, "delegation_id": delegation.id,
                 "external_id": f"S{n:05d}", "family_name": f"Family{n}", "given_name": "Given",
                 "email": f"p{n}@example.org", "role": "student"}
                for n in range(count)
            ])  # fmt: skip
        path = Path(folder) / "export.csv"
        with path.open("w", newline="", encoding="utf-8") as handle:
            writer = csv.writer(handle)
            writer.writerow(HEADERS)
            for n in range(count):
                scores = [rng.randint(1, 5) for _ in range(6)]
                writer.writerow(["2026/07/26", "", f"S{n:05d}", *scores,
                                 rng.choice(["Yes", "Maybe", "No"]), "Thank you.",
                                 rng.choice(["Yes", "No", ""])])  # fmt: skip
        factory = database.session_factory
        print(f"{count} participants, {count} answer rows")
        table = timed("read the export", lambda: read_survey_file(path))
        mapping = build_survey_mapping(table.headers)
        plan = timed("check (match and validate)",
                     lambda: plan_survey_import(factory, program.id, table, mapping))  # fmt: skip
        timed("import (one transaction)", lambda: apply_survey_import(factory, plan))
        timed("import the same file again", lambda: apply_survey_import(factory, plan))
        timed("survey tables", lambda: survey_tables(factory, program.id))
        timed("alumni table", lambda: alumni_table(factory, program.id))
        database.dispose()


if __name__ == "__main__":
    main()
