"""Dates, times and numbers follow the interface language (the default QLocale)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale

from sakura_desktop.ui import locale_format as fmt

MONDAY = dt.datetime(2026, 7, 13, 10, 5, 9)


@pytest.fixture
def language(request: pytest.FixtureRequest) -> Iterator[str]:
    """Make `request.param` the default locale, as install_language does; restore it after."""
    before = QLocale()
    QLocale.setDefault(QLocale(request.param))
    yield request.param
    QLocale.setDefault(before)


@pytest.mark.parametrize("language", ["en"], indirect=True)
def test_english_dates_read_as_coordinators_write_them(language: str) -> None:
    assert fmt.day(MONDAY.date()) == "Mon 13 Jul"
    assert fmt.day(dt.date(2026, 7, 3)) == "Fri 3 Jul"
    assert fmt.day_with_year(MONDAY.date()) == "Mon 13 Jul 2026"
    assert fmt.day_month_year(MONDAY.date()) == "13 Jul 2026"
    assert fmt.long_day(MONDAY.date()) == "Monday 13 July 2026"
    assert fmt.weekday(MONDAY.date()) == "Mon"
    assert fmt.day_time(MONDAY) == "Mon 13 Jul 10:05"
    assert fmt.day_with_year_time(MONDAY) == "Mon 13 Jul 2026 10:05"
    assert fmt.weekday_time(MONDAY) == "Mon 10:05"


@pytest.mark.parametrize("language", ["ja"], indirect=True)
def test_japanese_dates_put_month_before_day_and_the_weekday_in_brackets(language: str) -> None:
    assert fmt.day(MONDAY.date()) == "7月13日(月)"
    assert fmt.day_with_year(MONDAY.date()) == "2026年7月13日(月)"
    assert fmt.day_month_year(MONDAY.date()) == "2026年7月13日"
    assert fmt.long_day(MONDAY.date()) == "2026年7月13日 月曜日"
    assert fmt.weekday(MONDAY.date()) == "月"
    assert fmt.day_time(MONDAY) == "7月13日(月) 10:05"
    assert fmt.weekday_time(MONDAY) == "(月) 10:05"


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        (
            "en",
            ["13–17 Jul 2026", "29 Jun – 3 Jul 2026", "28 Dec 2026 – 3 Jan 2027", "13 Jul 2026"],
        ),
        (
            "ja",
            [
                "2026年7月13日～17日",
                "2026年6月29日～7月3日",
                "2026年12月28日～2027年1月3日",
                "2026年7月13日",
            ],
        ),
    ],
    indirect=["language"],
)
def test_date_ranges_name_the_shared_month_and_year_once(
    language: str, expected: list[str]
) -> None:
    ranges = [
        fmt.date_range(dt.date(2026, 7, 13), dt.date(2026, 7, 17)),
        fmt.date_range(dt.date(2026, 6, 29), dt.date(2026, 7, 3)),
        fmt.date_range(dt.date(2026, 12, 28), dt.date(2027, 1, 3)),
        fmt.date_range(dt.date(2026, 7, 13), dt.date(2026, 7, 13)),
    ]
    assert ranges == expected


@pytest.mark.parametrize("language", ["en", "ja"], indirect=True)
def test_times_are_24_hour_and_numbers_grouped_in_both_languages(language: str) -> None:
    assert fmt.time(MONDAY) == "10:05"
    assert fmt.time(dt.time(7, 0)) == "07:00"
    assert fmt.time_with_seconds(MONDAY) == "10:05:09"
    assert fmt.number(1234567) == "1,234,567"
    assert fmt.number(88, 1) == "88.0"
    assert fmt.number(1234.5) == "1,234.5"


@pytest.mark.parametrize("language", ["C", "de"], indirect=True)
def test_a_locale_the_interface_does_not_speak_writes_english(language: str) -> None:
    """No installed language (the "C" locale of a test) or a stray system locale: English,
    never a German weekday beside English words."""
    assert fmt.day(MONDAY.date()) == "Mon 13 Jul"
    assert fmt.number(1234567) == "1,234,567"
