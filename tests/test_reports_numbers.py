"""Every report's numbers on the hand-worked week of reports_world (read its docstring first)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from reports_world import TOKYO, ReportWorld, build_report_world

from sakura_desktop.core.reports.attendance import (
    arrivals_timeline,
    bin_arrivals,
    compute_attendance,
)
from sakura_desktop.core.reports.catering import catering_tables, compute_catering
from sakura_desktop.core.reports.dietary import parse_dietary
from sakura_desktop.core.reports.kinds import ReportKind, report_tables
from sakura_desktop.core.reports.manifests import compute_manifests
from sakura_desktop.core.reports.rooming import rooming_table
from sakura_desktop.core.reports.summary import age_band, build_summary
from sakura_desktop.errors import UserError


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ReportWorld]:
    built = build_report_world(tmp_path_factory.mktemp("reports"))
    yield built
    built.db.dispose()


def _by_title(rows: list, attribute: str = "title") -> dict:
    return {getattr(row, attribute): row for row in rows}


def test_sessions_count_people_once_and_leave_out_voided_withdrawn_and_away(world: ReportWorld):
    report = compute_attendance(world.db.session_factory, world.program_id)
    sessions = _by_title(report.sessions)
    numbers = {title: (s.expected, s.present, s.extra, s.recorded) for title, s in sessions.items()}
    assert numbers == {
        # budi had not arrived (extra); sari's scan was undone; jisoo withdrew and was refused;
        # anong admitted at both doors counts once
        "Welcome lecture": (6, 5, 1, True),
        "Lunch": (6, 3, 0, True),
        # sari left at 14:00, budi arrived at 14:30; anong got off the bus and still rode it
        "Bus to Harima": (6, 3, 0, True),
        # team Red and taro; taro checked in twice, anong admitted apart by two stations
        "Lab tour": (3, 3, 0, True),
        "Dinner": (6, 0, 0, False),
        "Breakfast": (6, 0, 0, False),
    }
    assert "Free time" not in sessions
    assert sessions["Welcome lecture"].rate == pytest.approx(5 / 6)
    assert sessions["Dinner"].rate is None  # not recorded reads blank, not 0 %


def test_each_person_is_counted_over_recorded_sessions_only(world: ReportWorld):
    report = compute_attendance(world.db.session_factory, world.program_id)
    people = {p.name: (p.expected, p.attended, p.extra) for p in report.participants}
    assert people == {
        "Anong Saetang": (4, 4, 0),
        "Somchai Wongsakul": (3, 2, 0),
        "Hyun Choi": (3, 2, 0),
        "Minji Kim": (4, 3, 0),
        "Jisoo Park": (0, 0, 0),
        "Budi Santoso": (1, 1, 1),
        "Sari Wulandari": (2, 0, 0),
        "Taro Yamada": (4, 2, 0),  # departed since: still expected during his stay
    }


def test_delegations_and_teams_add_up_person_sessions(world: ReportWorld):
    report = compute_attendance(world.db.session_factory, world.program_id)
    delegations = [(g.name, g.people, g.expected, g.attended) for g in report.delegations]
    assert delegations == [
        ("Chulalongkorn", 2, 7, 6),
        ("Seoul Science HS", 2, 7, 5),  # jisoo withdrew: not a member counted
        ("SMA Negeri 3 Bandung", 2, 3, 1),
        ("Host (no delegation)", 1, 4, 2),
    ]
    teams = [(g.name, g.people, g.expected, g.attended) for g in report.teams]
    assert teams == [("Blue", 2, 3, 1), ("Red", 2, 8, 7), ("(no team)", 3, 10, 6)]
    assert report.teams[1].rate == pytest.approx(7 / 8)


def test_arrivals_timeline_counts_first_entries_per_interval(world: ReportWorld):
    bins = arrivals_timeline(world.db.session_factory, world.checkpoints["lecture"], minutes=15)
    assert [(b.start.strftime("%H:%M"), b.count, b.cumulative) for b in bins] == [
        ("09:30", 5, 5),  # sari's undone scan and jisoo's refusal are not arrivals
        ("09:45", 0, 5),
        ("10:00", 1, 6),  # hyun; anong's second admission at Door 2 is not a new arrival
    ]
    assert bins[0].start.tzinfo is not None and bins[0].start.utcoffset() == dt.timedelta(hours=9)
    with pytest.raises(UserError, match="at least one minute"):
        arrivals_timeline(world.db.session_factory, world.checkpoints["lecture"], minutes=0)


def test_bins_are_aligned_on_the_clock():
    instants = [
        dt.datetime(2026, 7, 13, 9, 7, tzinfo=TOKYO),
        dt.datetime(2026, 7, 13, 9, 31, tzinfo=TOKYO),
    ]
    bins = bin_arrivals(instants, 30)
    assert [(b.start.strftime("%H:%M"), b.end.strftime("%H:%M"), b.count) for b in bins] == [
        ("09:00", "09:30", 1),
        ("09:30", "10:00", 1),
    ]
    assert bin_arrivals([], 15) == []


def test_summary_breakdowns(world: ReportWorld):
    summary = build_summary(world.db.session_factory, world.program_id)

    def rows(key: str) -> list[tuple]:
        table = summary.table(key)
        assert table is not None
        return [tuple(r[:3]) for r in table.rows]

    assert rows("by_country") == [
        ("Indonesia", 2, 2), ("Korea", 2, 1), ("Thailand", 2, 1), ("Japan", 1, 0), ("Total", 7, 4),
    ]  # fmt: skip
    assert rows("by_role") == [
        ("Student", 4, 4),
        ("Teacher", 2, 0),
        ("Staff", 1, 0),
        ("Total", 7, 4),
    ]
    assert rows("by_gender") == [("Female", 3, 3), ("Male", 4, 1), ("Total", 7, 4)]
    # minji turns 18 on the first day; somchai 46 that day; hyun gave no date of birth
    assert rows("by_age") == [
        ("under 18", 1, 1), ("18-22", 3, 3), ("30-39", 1, 0), ("40-49", 1, 0),
        ("not given", 1, 0), ("Total", 7, 4),
    ]  # fmt: skip
    assert ("Tsukuba Institute", 1, 0) in rows("by_institution")
    overview = dict(r[:2] for r in summary.table("overview").rows)  # type: ignore[union-attr]
    assert overview["Participants (not withdrawn)"] == 7
    assert overview["Withdrawn"] == 1
    assert overview["Countries"] == 4
    assert overview["Sessions with attendance recorded"] == 4
    assert overview["Overall attendance %"] == 66.7  # 14 present of 21 expected
    keys = [t.key for t in summary.tables]
    assert keys[:8] == ["overview", "by_country", "by_institution", "by_role", "by_gender",
                        "by_age", "sessions", "participants"]  # fmt: skip
    assert "survey_satisfaction" in keys


def test_age_bands_edges():
    day = dt.date(2026, 7, 13)
    assert age_band(dt.date(2008, 7, 14), day) == "under 18"  # 18 tomorrow
    assert age_band(dt.date(2008, 7, 13), day) == "18-22"
    assert age_band(dt.date(1966, 7, 13), day) == "60 and over"
    assert age_band(None, day) == "not given"


def test_dietary_text_becomes_needs():
    assert parse_dietary("Vegetarian", "peanuts").labels == ["vegetarian", "allergy: peanuts"]
    assert parse_dietary("vegan; no pork").labels == ["vegan"]  # vegan covers no pork
    assert parse_dietary("Halal, no pork").labels == ["halal"]
    assert parse_dietary("no pork and beef").labels == ["no pork", "no beef"]
    assert parse_dietary("ハラール").labels == ["halal"]
    assert parse_dietary("ベジタリアン、卵アレルギー").labels == ["vegetarian", "allergy: 卵"]
    assert parse_dietary("Allergic to sesame", "Shellfish; PEANUTS").labels == [
        "allergy: sesame", "allergy: shellfish", "allergy: peanuts",
    ]  # fmt: skip
    assert parse_dietary("none", "なし").labels == []
    assert parse_dietary("pescatarian").labels == ["other: pescatarian"]
    assert parse_dietary("Lactose intolerant").labels == ["other: lactose intolerant"]
    assert parse_dietary("lacto-ovo vegetarian").labels == ["vegetarian"]
    assert parse_dietary("No restrictions", "No known allergies").labels == []
    assert parse_dietary("", "N/A").labels == []


def test_catering_counts_the_people_expected_at_each_meal(world: ReportWorld):
    report = compute_catering(world.db.session_factory, world.program_id)
    meals = {m.title: m for m in report.meals}
    lunch, dinner = meals["Lunch"], meals["Dinner"]
    # lunch: budi not arrived yet, jisoo withdrew; sari is there (vegan covers her no pork)
    assert (lunch.expected, lunch.standard) == (6, 2)
    assert lunch.counts == {
        "vegetarian": 1, "vegan": 1, "no beef": 1, "allergy: peanuts": 2, "allergy: shellfish": 1,
    }  # fmt: skip
    # dinner: sari has left, budi (halal) has arrived
    assert (dinner.expected, dinner.standard) == (6, 2)
    assert dinner.counts["halal"] == 1 and "vegan" not in dinner.counts
    tables = catering_tables(report)
    assert tables[0].headers[4:] == (
        "Expected", "Standard", "Halal", "Vegetarian", "Vegan", "No beef",
        "Allergy: peanuts", "Allergy: shellfish",
    )  # fmt: skip
    monday = compute_catering(world.db.session_factory, world.program_id, day=dt.date(2026, 7, 14))
    assert [m.title for m in monday.meals] == ["Breakfast"]
    with pytest.raises(UserError, match="No meal is scheduled on Wed 15 Jul 2026"):
        compute_catering(world.db.session_factory, world.program_id, day=dt.date(2026, 7, 15))


def test_manifest_lists_riders_with_leaders_and_seats_against_capacity(world: ReportWorld):
    (bus,) = compute_manifests(world.db.session_factory, world.program_id)
    assert (bus.title, bus.origin, bus.destination) == (
        "Bus to Harima",
        "Coach Bay",
        "Harima Campus",
    )
    assert (bus.seats_needed, bus.capacity, bus.over_capacity) == (6, 5, 1)
    riders = [(r.family_name, r.native_name, r.leader, r.leader_phone) for r in bus.riders]
    assert riders == [
        ("Saetang", "อนงค์ แซ่ตั้ง", "Somchai Wongsakul", "+66 81 234 5678"),
        ("Wongsakul", "สมชาย วงศ์สกุล", "Somchai Wongsakul", "+66 81 234 5678"),
        ("Choi", "최현", "Hyun Choi", "+82 10 1234 5678"),
        ("Kim", "김민지", "Hyun Choi", "+82 10 1234 5678"),
        ("Santoso", "", "", ""),  # a delegation without a leader
        ("Yamada", "山田 太郎", "", ""),  # host staff last
    ]  # sari left before the bus; jisoo withdrew


def test_rooming_list_natural_room_order_without_withdrawn(world: ReportWorld):
    table = rooming_table(world.db.session_factory, world.program_id)
    assert [(r[0], r[1]) for r in table.rows] == [
        ("9", "Wulandari"), ("10", "Santoso"), ("301", "Saetang"), ("302", "Wongsakul"),
        ("305", "Kim"), ("310", "Choi"), ("(no room yet)", "Yamada"),
    ]  # fmt: skip
    santoso = table.rows[1]
    assert santoso[8] == dt.datetime(2026, 7, 13, 14, 30)  # arrival, local time


def test_every_kind_gives_tables(world: ReportWorld):
    for kind in ReportKind:
        tables = report_tables(world.db.session_factory, world.program_id, kind)
        assert tables, kind
        for table in tables:
            assert all(len(row) == len(table.headers) for row in table.rows), (kind, table.key)


def test_unknown_program_is_a_sentence(tmp_path: Path, world: ReportWorld):
    with pytest.raises(UserError, match="No program with id 999"):
        compute_attendance(world.db.session_factory, 999)


def test_summary_carries_the_survey_and_alumni_only_the_consenting(world: ReportWorld):
    summary = build_summary(world.db.session_factory, world.program_id)
    response = summary.table("survey_response")
    satisfaction = summary.table("survey_satisfaction")
    assert response is not None and satisfaction is not None
    assert response.rows[-1] == ("All", 6, 2, 33.3)  # students and teachers not withdrawn
    rows = {row[0]: row[1:3] for row in satisfaction.rows}
    assert rows["Lectures"] == (2, 4.0) and rows["The week overall"] == (2, 4.5)  # not taro's 1
    (alumni,) = report_tables(world.db.session_factory, world.program_id, ReportKind.ALUMNI)
    assert sorted(str(row[0]) for row in alumni.rows) == ["Anong Saetang", "Budi Santoso"]
