"""The sending institution survives the import: delegations are named after the institution when
the file has one (an explicit delegation column first, the country otherwise), and keep it, so
a badge reads "Peking University / China" rather than "China / China"."""

from __future__ import annotations

import datetime as dt
import uuid
from pathlib import Path

import pytest
from pg_support import PG_URL, wipe_postgres
from roster_world import make_program, people, write_csv
from sqlalchemy import select

from sakura_desktop import cli
from sakura_desktop.core.documents.content import badge_person
from sakura_desktop.core.documents.data import load_people
from sakura_desktop.core.roster import import_roster_file
from sakura_desktop.db.lifecycle import open_database
from sakura_desktop.db.models import Delegation


def delegations(path: Path) -> list[tuple[str, str, str]]:
    database, _ = open_database(path=path)
    try:
        with database.session() as session:
            rows = session.scalars(select(Delegation).order_by(Delegation.name))
            return [(d.name, d.country_name, d.institution) for d in rows]
    finally:
        database.dispose()


def badge_lines(path: Path) -> dict[str, tuple[str, str]]:
    """family name -> (delegation line, country line) as the badge prints them."""
    database, _ = open_database(path=path)
    try:
        with database.session() as session:
            program_id = session.scalar(select(Delegation.program_id))
            assert program_id is not None
            facts = load_people(session, program_id)
    finally:
        database.dispose()
    return {
        p.family_name: (badge_person(p, "t", None).delegation, badge_person(p, "t", None).country)
        for p in facts
    }


def import_rows(
    capsys: pytest.CaptureFixture[str], db: Path, folder: Path, rows: list[list[str]], enc: str
) -> str:
    path = write_csv(folder / "roster.csv", rows, enc)
    code = cli.main(["import-roster", "--db", str(db), str(path)])
    out = capsys.readouterr().out
    assert code == 0, out
    return out


@pytest.mark.parametrize(
    ("header", "encoding"),
    [("学校名称", "gb18030"), ("机构", "gb18030"), ("所属機関", "utf-8"), ("학교", "utf-8"),
     ("University", "utf-8"), ("School", "utf-8")],
)  # fmt: skip
def test_delegations_are_named_after_the_institution(
    capsys: pytest.CaptureFixture[str], db: Path, tmp_path: Path, header: str, encoding: str
) -> None:
    rows = [
        ["Family name", "Given name", "Country", header],
        ["Wang", "Xiaoming", "China", "Peking University"],
        ["Li", "Hua", "China", "Peking University"],
        ["Zhang", "Wei", "China", "Fudan University"],
    ]
    out = import_rows(capsys, db, tmp_path, rows, encoding)
    assert "Delegations created: Peking University, Fudan University." in out
    assert delegations(db) == [
        ("Fudan University", "China", "Fudan University"),
        ("Peking University", "China", "Peking University"),
    ]
    assert badge_lines(db)["Wang"] == ("Peking University", "China")


def test_an_explicit_delegation_column_comes_first_and_keeps_the_institution(
    capsys: pytest.CaptureFixture[str], db: Path, tmp_path: Path
) -> None:
    rows = [
        ["Family name", "Given name", "Delegation", "Country", "所属"],
        ["Kim", "Minjun", "Korea A", "KR", "Seoul Science High School"],
        ["Lee", "Seoyeon", "Korea A", "KR", "Seoul Science High School"],
    ]
    import_rows(capsys, db, tmp_path, rows, "utf-8")
    assert delegations(db) == [("Korea A", "South Korea", "Seoul Science High School")]


def test_without_an_institution_the_country_names_the_delegation(
    capsys: pytest.CaptureFixture[str], db: Path, tmp_path: Path
) -> None:
    rows = [["Family name", "Given name", "Country"], ["Somchai", "Jaidee", "Thailand"]]
    import_rows(capsys, db, tmp_path, rows, "utf-8")
    assert delegations(db) == [("Thailand", "Thailand", "")]


@pytest.mark.skipif(not PG_URL, reason="SAKURA_TEST_PG_URL is not set")
def test_the_import_writes_the_same_on_postgresql(tmp_path: Path) -> None:
    """New participants go to the driver as converted parameter rows: PostgreSQL (named
    parameters, real dates and booleans) must read back what SQLite does."""
    assert PG_URL is not None
    wipe_postgres(PG_URL)
    database, _ = open_database(PG_URL, create=True)
    try:
        program = make_program(database)
        rows = [
            ["ID", "Family name", "Given name", "Country", "School", "Date of birth", "Role"],
            ["CN-1", "Wang", "Xiaoming", "China", "Peking University", "2008-01-02", "leader"],
            ["CN-2", "Li", "Hua", "China", "Peking University", "", "student"],
        ]
        path = write_csv(tmp_path / "cn.csv", rows)
        summary = import_roster_file(database.session_factory, program.id, path)
        assert (summary.created, summary.errors) == (2, ())
        again = import_roster_file(database.session_factory, program.id, path)
        assert again.unchanged == 2
        stored = {p.external_id: p for p in people(database)}
        assert stored["CN-1"].date_of_birth == dt.date(2008, 1, 2) and stored["CN-1"].is_leader
        assert stored["CN-2"].date_of_birth is None and not stored["CN-2"].is_leader
        assert stored["CN-1"].created_at.tzinfo is not None
    finally:
        database.dispose()


def test_every_imported_participant_has_its_own_random_uuid(
    capsys: pytest.CaptureFixture[str], db: Path, tmp_path: Path
) -> None:
    rows = [["Family name", "Given name", "Country", "School"]]
    rows += [[f"Family{n}", "An", "Vietnam", "Hanoi-Amsterdam HS"] for n in range(300)]
    import_rows(capsys, db, tmp_path, rows, "utf-8")
    database, _ = open_database(path=db)
    try:
        uuids = [p.uuid for p in people(database)]
    finally:
        database.dispose()
    assert len(set(uuids)) == 300
    for text in uuids:
        value = uuid.UUID(text)
        assert (str(value), value.version, value.variant) == (text, 4, uuid.RFC_4122)
