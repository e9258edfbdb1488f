"""The demo program: one realistic, conflict-free Sakura Science week to explore the app with.

Everything a coordinator would see is generated from a seed (`random.Random(seed)`), so two demo
databases built with the same seed hold the same people and schedule. What must never repeat
between databases does not come from the seed: row ids, UUIDs (model defaults) and the program's
HMAC secret (`secrets.token_bytes`), so badges printed from one demo never scan in another.

The people are fictional; their names are drawn from per-country pools of romanised and
native-script pairs. Phone numbers use a `00` block and e-mails the reserved `.example` domain.

The week (Mon 13 – Fri 17 July 2026, Asia/Tokyo) moves between three sites: the host's main
campus, a research park and the hotel in the city centre. Everybody changes sites only by bus
(transfer sessions), so nobody is ever left at the wrong site. Lab tours run on Tuesday: eight
teams in pairs through four labs in four slots, each team visiting each lab once.

Notebook markup (the `source` of the demo's experiment notebook), one construct per line:

    # Title            the notebook's title (first line)
    ## Heading         starts a section (Safety, Background, Materials, Procedure, ...)
    - text             a bullet
    1. text            a numbered step (numbers as written)
    | a | b | c |      a table row; the first row of a table is its header, empty cells are
                       left blank for the participant to fill in
    [graph: X / Y]     a graph page with the axis labels X and Y
    [lines: N]         N ruled lines for the participant's notes
    [autograph]        the page the laureate signs
    [image: FILE | caption]  an image for the step above; [page] starts a new page
    Lecturer: NAME     (before the first section) overrides the lecturer's name
    anything else      paragraph text; a blank line ends the paragraph

The parser and its full description live in `sakura_desktop.printing.notebook_markup`.

The package: `program` (the fixed facts: seed, code, dates, sizes), `names` (per-country name
pools), `people` (drawing delegates, host staff, the laureate), `places` (sites, venues, travel
times, labs), `week` (the session plan), `notebook` (the notebook text) and `writer` (writing it
all in one transaction). Everything is re-exported here.
"""

from __future__ import annotations

from sakura_desktop.core.demo.names import COUNTRIES, Country
from sakura_desktop.core.demo.notebook import NOTEBOOK_SOURCE, NOTEBOOK_TITLE
from sakura_desktop.core.demo.people import (
    DIRECTOR_ID,
    HOST_PEOPLE,
    LAUREATE,
    LAUREATE_ID,
    HostPerson,
    NamePicker,
    Person,
)
from sakura_desktop.core.demo.places import (
    BUS_STOPS,
    LAB_SLOTS,
    LABS,
    SITES,
    TRAVEL_MINUTES,
    VENUES,
)
from sakura_desktop.core.demo.program import (
    ALLERGIES,
    COACH_SEATS,
    DEMO_SEED,
    END,
    HOST_INSTITUTION,
    HOST_MAIL_DOMAIN,
    PROGRAM_CODE,
    PROGRAM_TITLE,
    START,
    STUDENTS_PER_DELEGATION,
    TEACHERS_TOTAL,
    TEAM_COLOURS,
    TEAM_COUNT,
    TIMEZONE,
    Pair,
    Row,
)
from sakura_desktop.core.demo.week import SessionSpec, week_specs
from sakura_desktop.core.demo.writer import build_demo_program, create_demo_database

__all__ = [
    "ALLERGIES",
    "BUS_STOPS",
    "COACH_SEATS",
    "COUNTRIES",
    "DEMO_SEED",
    "DIRECTOR_ID",
    "END",
    "HOST_INSTITUTION",
    "HOST_MAIL_DOMAIN",
    "HOST_PEOPLE",
    "LABS",
    "LAB_SLOTS",
    "LAUREATE",
    "LAUREATE_ID",
    "NOTEBOOK_SOURCE",
    "NOTEBOOK_TITLE",
    "PROGRAM_CODE",
    "PROGRAM_TITLE",
    "SITES",
    "START",
    "STUDENTS_PER_DELEGATION",
    "TEACHERS_TOTAL",
    "TEAM_COLOURS",
    "TEAM_COUNT",
    "TIMEZONE",
    "TRAVEL_MINUTES",
    "VENUES",
    "Country",
    "HostPerson",
    "NamePicker",
    "Pair",
    "Person",
    "Row",
    "SessionSpec",
    "build_demo_program",
    "create_demo_database",
    "week_specs",
]
