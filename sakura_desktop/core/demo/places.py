"""The demo's places: three sites, the coach times between them, their venues and the labs.

Plain data keyed by short names ('campus', 'lab1', ...) that the week plan refers to and the
writer turns into sites, venues and travel times; kept apart from both so either can be
read without scrolling past the other.
"""

from __future__ import annotations

SITES: tuple[tuple[str, str, str], ...] = (
    ("campus", "TIST Main Campus", "1-2-3 Sakuragaoka, Tsukuba, Ibaraki 305-0000, Japan"),
    ("park", "Tsukuba Research Park", "5-8 Kenkyu-gakuen, Tsukuba, Ibaraki 305-0000, Japan"),
    ("city", "Hotel Sakura Tsukuba (city centre)", "2-6-1 Azuma, Tsukuba, Ibaraki 305-0000, Japan"),
)
# Minutes by coach; each way differs because of the one-way streets around the research park.
TRAVEL_MINUTES: dict[tuple[str, str], int] = {
    ("campus", "park"): 25,
    ("park", "campus"): 30,
    ("campus", "city"): 20,
    ("city", "campus"): 20,
    ("park", "city"): 35,
    ("city", "park"): 40,
}
# (key, site, name, capacity); capacity None is open space.
VENUES: tuple[tuple[str, str, str, int | None], ...] = (
    ("hall", "campus", "Lecture Hall A101", 240),
    ("ceremony", "campus", "Sakura Ceremony Hall", 180),
    ("cafeteria", "campus", "Central Cafeteria", 160),
    ("teaching_lab", "campus", "Student Chemistry Laboratory", 48),
    ("tatami", "campus", "Tatami Room (Japanese Culture Centre)", 45),
    ("seminar1", "campus", "Seminar Room B201", 30),
    ("seminar2", "campus", "Seminar Room B202", 30),
    ("seminar3", "campus", "Seminar Room B203", 30),
    ("seminar4", "campus", "Seminar Room B204", 30),
    ("campus_bus", "campus", "Main Gate Bus Stop", 120),
    ("lab1", "park", "Superconductivity Laboratory", 24),
    ("lab2", "park", "Plant Genomics Laboratory", 24),
    ("lab3", "park", "Robotics and AI Laboratory", 24),
    ("lab4", "park", "Electron Microscopy Centre", 24),
    ("park_seminar", "park", "Research Park Meeting Room 3", 20),
    ("canteen", "park", "Research Park Canteen", 140),
    ("auditorium", "park", "Research Park Auditorium", 150),
    ("park_bus", "park", "Research Park Bus Terminal", 120),
    ("lobby", "city", "Hotel Lobby and Lounge", 120),
    ("restaurant", "city", "Hotel Restaurant Hanami", 110),
    ("hotel_bus", "city", "Hotel Coach Bay", 120),
    ("city_square", "city", "Tsukuba Center Square", None),
)
BUS_STOPS = {"campus": "campus_bus", "park": "park_bus", "city": "hotel_bus"}
# (venue key, host scientist)
LABS: tuple[tuple[str, str], ...] = (
    ("lab1", "Dr. Aya Morimoto"),
    ("lab2", "Prof. Takeshi Ogawa"),
    ("lab3", "Dr. Kazuki Hayashi"),
    ("lab4", "Dr. Emi Fujita"),
)
LAB_SLOTS = (("09:15", "10:00"), ("10:10", "10:55"), ("11:05", "11:50"), ("12:00", "12:45"))
