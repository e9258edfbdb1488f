"""Badges read back: names as text in every script, fonts embedded, QR codes decode, boxes hold."""

from __future__ import annotations

from pathlib import Path

import pytest
from printing_support import decode_qr, page_count, pdf_text, render_png, unembedded_fonts

from sakura_desktop.core.tokens import ProgramKey, make_token
from sakura_desktop.printing import badge_layouts, badges
from sakura_desktop.printing.badges import BadgeBack, BadgePerson
from sakura_desktop.printing.common import MM
from sakura_desktop.printing.fonts import CjkLang

KEY = ProgramKey(1, "0b9d5e2c-1111-4c1e-9a55-5a8e2d1f0c01", b"k" * 32, "Test week")
EVENT = "Sakura Science Exchange Week — Summer 2026"

PEOPLE = [
    ("Xiaomei", "Wang", "王晓梅", "China (Hangzhou)", "China", CjkLang.CHINESE),
    ("Seo-yeon", "Kim", "김서연", "Korea (Daejeon)", "Korea", CjkLang.KOREAN),
    ("Thị Minh Anh", "Nguyễn", "Nguyễn Thị Minh Anh", "Vietnam (Hanoi)", "Vietnam", None),
    ("Temuulen", "Batsukh", "Тэмүүлэн Өлзийсайхан", "Mongolia", "Mongolia", None),
    ("Ploy", "Srisuk", "ศิริพร ศรีสุข", "Thailand", "Thailand", None),
    ("Siddharth", "Srivastava", "सिद्धार्थ श्रीवास्तव", "India (Pune)", "India", None),
    ("Haruki", "Tanabe", "田辺春樹", "", "Japan", CjkLang.JAPANESE),
    ("Maria Clara Josephine Anne Marguerite", "Dela Cruz-Villanueva y Peñaflor", "",
     "Philippines (Cebu Bayanihan Science High School)", "Philippines", None),
    ("Budi", "Santoso", "Budi Santoso", "Indonesia (Bandung)", "Indonesia", None),
]  # fmt: skip


def person(index: int, role: str = "student") -> BadgePerson:
    given, family, native, delegation, country, lang = PEOPLE[index % len(PEOPLE)]
    pid = index + 1
    return BadgePerson(
        pid, given, family, native, role, make_token(KEY, pid, 1), delegation=delegation,
        country=country, team=f"Team {pid % 8 + 1}", team_colour="#4363d8", lang=lang,
        back=BadgeBack((("Mon 13", ("09:00 Orientation", "15:45 Welcome ceremony")),),
                       ("Ambulance / fire 119 · Police 110",)),
    )  # fmt: skip


@pytest.fixture(scope="module")
def sheet(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, badges.BadgeSheetResult]:
    out = tmp_path_factory.mktemp("badges") / "badges.pdf"
    people = [person(n, ("student", "teacher", "staff", "lecturer")[n % 4]) for n in range(12)]
    result = badges.render_badges(people, out, layout=badge_layouts.LAYOUTS["a4-8up"], event=EVENT)
    return out, result


def test_names_are_text_in_every_extractable_script(sheet: tuple[Path, object]) -> None:
    content = pdf_text(sheet[0])
    for name in ("王晓梅", "김서연", "Thị Minh Anh", "Тэмүүлэн Өлзийсайхан", "田辺春樹",
                 "Xiaomei", "NGUYỄN", "Seo-yeon", "Mongolia"):  # fmt: skip
        assert name in content


def test_every_font_is_embedded_and_pages_add_up(sheet: tuple[Path, object]) -> None:
    path, result = sheet
    assert unembedded_fonts(path) == set()
    assert page_count(path) == 2 == result.pages  # type: ignore[attr-defined]


def test_every_qr_decodes_to_its_participants_token(
    sheet: tuple[Path, badges.BadgeSheetResult], tmp_path: Path
) -> None:
    path, result = sheet
    layout = badge_layouts.LAYOUTS["a4-8up"]
    dpi = 200
    scale = dpi / 72
    for page in (1, 2):
        decoded = decode_qr(render_png(path, page, dpi, tmp_path / f"p{page}"))
        on_page = [b for b in result.badges if b.page == page]
        assert len(decoded) == len(on_page)
        for token, cx, cy in decoded:
            x, y = cx / scale, layout.page[1] - cy / scale
            [badge] = [b for b in on_page if b.slot.x <= x <= b.slot.right and b.slot.y <= y <=
                       b.slot.top]  # fmt: skip
            assert token == make_token(KEY, badge.participant_id, 1)


@pytest.mark.parametrize("name", sorted(badge_layouts.LAYOUTS))
def test_no_text_leaves_its_badge_in_any_layout(name: str, tmp_path: Path) -> None:
    layout = badge_layouts.LAYOUTS[name]
    people = [person(n) for n in range(len(PEOPLE))]
    result = badges.render_badges(people, tmp_path / "b.pdf", layout=layout, event=EVENT,
                                  back=True)  # fmt: skip
    assert result.pages == 2 * -(-len(people) // layout.per_page)
    for badge in result.badges:
        assert badge.slot.contains(badge.qr)
        for placed in badge.texts.values():
            if placed.lines:
                assert badge.slot.contains(placed.ink), (name, badge.participant_id)
    assert unembedded_fonts(tmp_path / "b.pdf") == set()


def test_qr_sizes_follow_the_issue() -> None:
    for name in ("a4-8up", "a4-4up-a6", "a6"):
        assert badge_layouts.LAYOUTS[name].qr_mm >= 20
    # ID-1: the code as large as the card allows (its modules at least 1.2 mm), on the card
    id1 = badge_layouts.LAYOUTS["id1"]
    slot = id1.slot(0)
    boxes = badge_layouts.badge_boxes(slot, id1)
    assert slot.contains(boxes.qr) and boxes.qr.width / (25 + 8) >= 1.2 * MM


def test_back_side_is_mirrored_for_duplex() -> None:
    layout = badge_layouts.LAYOUTS["a4-8up"]
    for index in range(layout.per_page):
        front, back = layout.slot(index), layout.slot(index, back=True)
        assert back.y == front.y
        assert back.x + back.width / 2 == pytest.approx(layout.page[0] - front.x - front.width / 2)


def test_a6_badges_decode_too(tmp_path: Path) -> None:
    out = tmp_path / "a6.pdf"
    badges.render_badges([person(4)], out, layout=badge_layouts.LAYOUTS["a6"], event=EVENT)
    [(token, _, _)] = decode_qr(render_png(out, 1, 150, tmp_path / "a6"))
    assert token == make_token(KEY, 5, 1)
    assert unembedded_fonts(out) == set()


LONG_PEOPLE = [
    ("Wolfeschlegelsteinhausenbergerdorf", "Wolfeschlegelsteinhausenbergerdorf",
     "Wolfeschlegelsteinhausenbergerdorf Venkataraghavanarasimhaswamy", "Germany", "Germany"),
    ("Venkataraghavanarasimhaswamy", "Venkataraghavanarasimhaswamy",
     "वेंकटराघवनरसिंहस्वामी वेंकटराघवनरसिंहस्वामी", "India (Chennai)", "India"),
    ("Kittiphong", "Chaiyaphumthanasombat", "กิตติพงษ์ ไชยภูมิธนาสมบัติวงศ์ศรีสวัสดิ์",
     "Thailand", "Thailand"),
    ("Batbayar", "Ganbaatarkhishigjargalsaikhan", "Батбаярхишигжаргалсайхан Ганбаатаржаргалсайхан",
     "Mongolia", "Mongolia"),
]  # fmt: skip


def _overlaps(a: badges.Box, b: badges.Box, tolerance: float = 0.01) -> bool:
    return (a.x < b.right - tolerance and b.x < a.right - tolerance
            and a.y < b.top - tolerance and b.y < a.top - tolerance)  # fmt: skip


@pytest.mark.parametrize("name", sorted(badge_layouts.LAYOUTS))
def test_long_names_never_run_under_the_qr_code(name: str, tmp_path: Path) -> None:
    layout = badge_layouts.LAYOUTS[name]
    people = [
        BadgePerson(n + 1, given, family, native, "student", make_token(KEY, n + 1, 1),
                    title="Dr.", delegation=delegation, country=country,
                    team="Team Wolfeschlegelsteinhausenbergerdorf", team_colour="#4363d8",
                    back=BadgeBack((("Mon 13", ("09:00 " + family,)),), (family,)))
        for n, (given, family, native, delegation, country) in enumerate(LONG_PEOPLE)
    ]  # fmt: skip
    result = badges.render_badges(people, tmp_path / "long.pdf", layout=layout, event=EVENT,
                                  back=True)  # fmt: skip
    assert len(result.badges) == len(result.backs) == len(people)
    for badge in result.badges:
        assert badge.slot.contains(badge.qr)
        for key, placed in badge.texts.items():
            if not placed.lines:
                continue
            assert badge.slot.contains(placed.ink), (name, key, badge.participant_id)
            assert not _overlaps(placed.ink, badge.qr), (name, key, badge.participant_id)
    for back in result.backs:
        shown = [placed for placed in back.texts.values() if placed.lines]
        assert shown
        for placed in shown:
            assert back.slot.contains(placed.ink), (name, back.participant_id)
    # The boxes themselves keep clear of the code too (whatever the text).
    boxes = badge_layouts.badge_boxes(layout.slot(0), layout)
    for box in (boxes.given, boxes.family, boxes.native, boxes.delegation, boxes.country,
                boxes.team):  # fmt: skip
        assert not _overlaps(box, boxes.qr) and layout.slot(0).contains(box), name
