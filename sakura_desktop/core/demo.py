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
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import random
import secrets
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from sakura_desktop.core.programs import ProgramSummary, get_program
from sakura_desktop.core.roster.teams import PALETTE as TEAM_PALETTE
from sakura_desktop.core.timeutil import at_local
from sakura_desktop.db.base import Base
from sakura_desktop.db.engine import SessionFactory
from sakura_desktop.db.enums import Gender, ParticipantStatus, Role, SessionKind, VenueKind
from sakura_desktop.db.lifecycle import open_database
from sakura_desktop.db.models import (
    SECRET_BYTES,
    Availability,
    Delegation,
    Notebook,
    Participant,
    Program,
    ScheduleSession,
    SessionAudience,
    Site,
    Team,
    TeamMembership,
    TravelTime,
    Venue,
)
from sakura_desktop.errors import UserError

DEMO_SEED = 20260713

PROGRAM_CODE = "SSP-2026-07"
PROGRAM_TITLE = "Sakura Science Exchange Week — Summer 2026"
HOST_INSTITUTION = "Tsukuba Institute of Science and Technology"
HOST_MAIL_DOMAIN = "tist.ac.example"
START = dt.date(2026, 7, 13)  # a Monday
END = dt.date(2026, 7, 17)
TIMEZONE = "Asia/Tokyo"

STUDENTS_PER_DELEGATION = 10
TEACHERS_TOTAL = 10  # one per delegation, two for a couple of them
TEAM_COUNT = 8
COACH_SEATS = 110  # two 55-seat coaches
ALLERGIES = (
    "peanuts",
    "shellfish",
    "egg",
    "milk",
    "buckwheat (soba)",
    "shrimp and crab",
    "tree nuts",
    "kiwi fruit",
)
TEAM_COLOURS = TEAM_PALETTE[:8]  # the same colours teams get when formed in the app

Pair = tuple[str, str]  # (romanised, native script)
Row = dict[str, Any]


def _split(names: str) -> list[str]:
    return [name.strip() for name in names.split(",")]


def _pairs(names: str) -> tuple[Pair, ...]:
    """'Wang=王, Li=李' -> (("Wang", "王"), ("Li", "李"))."""
    pairs = []
    for item in _split(names):
        roman, native = item.split("=")
        pairs.append((roman, native))
    return tuple(pairs)


def _latin(names: str) -> tuple[Pair, ...]:
    """Names written in Latin script at home: the native form is the romanised one."""
    return tuple((name, name) for name in _split(names))


def _strip_marks(text: str) -> str:
    """Vietnamese without its diacritics, as on a passport ("Đặng" -> "Dang")."""
    decomposed = unicodedata.normalize("NFD", text.replace("Đ", "D").replace("đ", "d"))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def _vietnamese(names: str) -> tuple[Pair, ...]:
    return tuple((_strip_marks(name), name) for name in _split(names))


@dataclass(frozen=True)
class Country:
    code: str
    name: str
    city: str
    institution: str
    mail_domain: str
    phone: str  # '#' is a random digit
    family_first: bool  # order of the native name (and of the romanised one in English)
    native_separator: str  # between family and given name in the native script
    families: tuple[Pair, ...]
    female: tuple[Pair, ...]
    male: tuple[Pair, ...]
    diets: tuple[tuple[str, float], ...] = ()  # (dietary need, share of participants)
    nicknames_female: tuple[str, ...] = ()
    nicknames_male: tuple[str, ...] = ()
    nickname_share: float = 0.0
    # Where a mother usually keeps her own family name (and Mongolia: names are patronymics).
    mother_keeps_name: bool = False


COUNTRIES: tuple[Country, ...] = (
    Country(
        code="CN",
        name="China",
        city="Hangzhou",
        institution="Hangzhou Xinghai Senior High School",
        mail_domain="xinghai-shs.cn.example",
        phone="+86 13# 00## ####",
        family_first=True,
        native_separator="",
        families=_pairs(
            "Wang=王, Li=李, Zhang=张, Liu=刘, Chen=陈, Yang=杨, Zhao=赵, Huang=黄, Zhou=周,"
            "Wu=吴, Xu=徐, Sun=孙, Ma=马, Zhu=朱, Hu=胡, Guo=郭, Lin=林, He=何, Gao=高, Luo=罗"
        ),
        female=_pairs(
            "Xiaomei=晓梅, Yuting=雨婷, Jiayi=佳怡, Siqi=思琪, Xinyi=欣怡, Mengyao=梦瑶,"
            "Shiyu=诗雨, Ruoxi=若曦, Jingwen=静雯, Yutong=雨桐"
        ),
        male=_pairs(
            "Haoran=浩然, Yuxuan=宇轩, Junjie=俊杰, Zhiyuan=志远, Tianyu=天宇, Minghao=明浩,"
            "Jiahao=家豪, Bowen=博文, Zihao=子豪, Jianguo=建国"
        ),
        diets=(("vegetarian", 0.05), ("no pork", 0.05)),
        nicknames_female=("Lily", "Grace", "Emma", "Cathy"),
        nicknames_male=("Kevin", "Tony", "Eric", "Leo"),
        nickname_share=0.25,
        mother_keeps_name=True,
    ),
    Country(
        code="KR",
        name="Korea",
        city="Daejeon",
        institution="Daejeon Hanbit Science High School",
        mail_domain="hanbit-sci.kr.example",
        phone="+82 10-00##-####",
        family_first=True,
        native_separator="",
        families=_pairs(
            "Kim=김, Lee=이, Park=박, Choi=최, Jung=정, Kang=강, Cho=조, Yoon=윤,"
            "Jang=장, Lim=임, Han=한, Oh=오, Seo=서, Shin=신, Kwon=권"
        ),
        female=_pairs(
            "Seo-yeon=서연, Min-seo=민서, Ha-eun=하은, Ji-min=지민, Su-bin=수빈,"
            "Ye-jin=예진, Yu-na=유나, Chae-won=채원, Ji-yoon=지윤, Da-eun=다은"
        ),
        male=_pairs(
            "Min-jun=민준, Seo-jun=서준, Do-yun=도윤, Ji-ho=지호, Hyun-woo=현우,"
            "Eun-woo=은우, Jae-won=재원, Sung-ho=성호, Joon-young=준영, Tae-yang=태양"
        ),
        diets=(("vegetarian", 0.05),),
        mother_keeps_name=True,
    ),
    Country(
        code="TH",
        name="Thailand",
        city="Nakhon Ratchasima",
        institution="Nakhon Ratchasima Science Academy",
        mail_domain="korat-sci.th.example",
        phone="+66 8# 00# ####",
        family_first=False,
        native_separator=" ",
        families=_pairs(
            "Srisuk=ศรีสุข, Boonmee=บุญมี, Rattanakul=รัตนกุล, Suwannarat=สุวรรณรัตน์,"
            "Kaewmanee=แก้วมณี, Wongsawat=วงศ์สวัสดิ์, Thongdee=ทองดี, Jaidee=ใจดี,"
            "Somboon=สมบูรณ์, Chanphen=จันทร์เพ็ญ"
        ),
        female=_pairs(
            "Siriporn=ศิริพร, Kanokwan=กนกวรรณ, Pimchanok=พิมพ์ชนก, Supaporn=สุภาพร,"
            "Waraporn=วราภรณ์, Kanyarat=กัญญารัตน์, Pornthip=พรทิพย์, Chanida=ชนิดา,"
            "Natthida=ณัฐธิดา, Sasithorn=ศศิธร"
        ),
        male=_pairs(
            "Somchai=สมชาย, Thanawat=ธนวัฒน์, Kittipong=กิตติพงษ์, Phuwadon=ภูวดล,"
            "Nattapong=ณัฐพงษ์, Chaiwat=ชัยวัฒน์, Teerapat=ธีรภัทร, Anucha=อนุชา,"
            "Wichai=วิชัย, Pongsakorn=พงศกร"
        ),
        diets=(("no beef", 0.15), ("vegetarian", 0.05)),
        # Thai students go by their nickname; the badge should show it.
        nicknames_female=("Ploy", "Mint", "Fern", "Bow", "Ice"),
        nicknames_male=("Bank", "Boss", "Top", "Beam", "Nine"),
        nickname_share=0.7,
    ),
    Country(
        code="VN",
        name="Vietnam",
        city="Hanoi",
        institution="Hanoi Hoa Sen High School for the Gifted",
        mail_domain="hoasen-gifted.vn.example",
        phone="+84 9# 00# ####",
        family_first=True,
        native_separator=" ",
        families=_vietnamese("Nguyễn, Trần, Lê, Phạm, Hoàng, Huỳnh, Phan, Vũ, Võ, Đặng, Bùi, Đỗ"),
        female=_vietnamese(
            "Thị Minh Anh, Ngọc Lan, Thu Hà, Phương Linh, Thị Hồng Nhung, Bảo Ngọc,"
            "Khánh Huyền, Thanh Hương, Mai Chi, Thùy Dương"
        ),
        male=_vietnamese(
            "Văn Hùng, Đức Minh, Quang Huy, Minh Khôi, Gia Bảo, Hoàng Nam, Tuấn Anh,"
            "Đình Trọng, Thành Long, Hữu Phước"
        ),
        diets=(("vegetarian", 0.05),),
        mother_keeps_name=True,
    ),
    Country(
        code="IN",
        name="India",
        city="Pune",
        institution="Pune Vigyan Higher Secondary School",
        mail_domain="vigyan-hss.in.example",
        phone="+91 98#00 #####",
        family_first=False,
        native_separator=" ",
        families=_pairs(
            "Sharma=शर्मा, Verma=वर्मा, Gupta=गुप्ता, Singh=सिंह, Patel=पटेल, Mishra=मिश्रा,"
            "Yadav=यादव, Joshi=जोशी, Agarwal=अग्रवाल, Tiwari=तिवारी, Chauhan=चौहान,"
            "Srivastava=श्रीवास्तव"
        ),
        female=_pairs(
            "Priya=प्रिया, Ananya=अनन्या, Aditi=अदिति, Kavya=काव्या, Neha=नेहा, Pooja=पूजा,"
            "Riya=रिया, Sneha=स्नेहा, Ishita=इशिता, Divya=दिव्या"
        ),
        male=_pairs(
            "Arjun=अर्जुन, Rahul=राहुल, Aarav=आरव, Rohan=रोहन, Vivek=विवेक, Aditya=आदित्य,"
            "Karan=करण, Siddharth=सिद्धार्थ, Amit=अमित, Rajesh=राजेश"
        ),
        diets=(("vegetarian", 0.4), ("no beef", 0.3)),
    ),
    Country(
        code="ID",
        name="Indonesia",
        city="Bandung",
        institution="SMA Nusantara Sains Bandung",
        mail_domain="nusantara-sains.id.example",
        phone="+62 812-00##-####",
        family_first=False,
        native_separator=" ",
        families=_latin(
            "Santoso, Wijaya, Pratama, Saputra, Hidayat, Kusuma, Setiawan, Nugroho, Siregar,"
            "Wibowo, Hakim, Lubis"
        ),
        female=_latin("Putri, Siti Rahma, Dewi, Ayu, Rina, Intan, Fitri, Nabila, Aulia, Anisa"),
        male=_latin("Budi, Agus, Rizky, Dimas, Fajar, Andi, Bayu, Hendra, Arif, Yusuf"),
        diets=(("halal", 0.85),),
    ),
    Country(
        code="MN",
        name="Mongolia",
        city="Ulaanbaatar",
        institution="Ulaanbaatar Erdem Science Lyceum",
        mail_domain="erdem-lyceum.mn.example",
        phone="+976 99#0 0###",
        family_first=False,
        native_separator=" ",
        # Mongolian "family" names are patronymics (the father's given name).
        families=_pairs(
            "Ulziisaikhan=Өлзийсайхан, Batsukh=Батсүх, Ganbold=Ганболд, Dorj=Дорж,"
            "Purevdorj=Пүрэвдорж, Baatar=Баатар, Erdenebat=Эрдэнэбат, Sukhbaatar=Сүхбаатар,"
            "Lkhagvasuren=Лхагвасүрэн, Tserendorj=Цэрэндорж"
        ),
        female=_pairs(
            "Sarangerel=Сарангэрэл, Nandin-Erdene=Нандин-Эрдэнэ, Anu=Ану, Nomin=Номин,"
            "Uurtsaikh=Үүрцайх, Solongo=Солонго, Khulan=Хулан, Enkhjin=Энхжин,"
            "Munkhzul=Мөнхзул, Oyunchimeg=Оюунчимэг"
        ),
        male=_pairs(
            "Batbayar=Батбаяр, Temuulen=Тэмүүлэн, Ganbaatar=Ганбаатар,"
            "Munkh-Erdene=Мөнх-Эрдэнэ, Bilguun=Билгүүн, Tuvshinbayar=Түвшинбаяр,"
            "Bat-Erdene=Бат-Эрдэнэ, Usukhbayar=Өсөхбаяр, Temuujin=Тэмүүжин, Enkhbold=Энхболд"
        ),
        diets=(("vegetarian", 0.03),),
        mother_keeps_name=True,
    ),
    Country(
        code="PH",
        name="Philippines",
        city="Cebu",
        institution="Cebu Bayanihan Science High School",
        mail_domain="bayanihan-shs.ph.example",
        phone="+63 917 00# ####",
        family_first=False,
        native_separator=" ",
        families=_latin(
            "Santos, Reyes, Cruz, Bautista, Garcia, Mendoza, Dela Cruz, Villanueva, Ramos,"
            "Castillo, Navarro, Peñaflor"
        ),
        female=_latin(
            "Maria Clara, Angelica, Kristine, Patricia, Camille, Bea, Andrea, Joy, Princess,Janelle"
        ),
        male=_latin(
            "Juan Miguel, Jose Rafael, Mark Anthony, Paolo, Carlo, John Paul, Gabriel,"
            "Emmanuel, Nathaniel, Rodel"
        ),
        diets=(("halal", 0.1), ("no pork", 0.05)),
    ),
)


@dataclass(frozen=True)
class HostPerson:
    family: Pair
    given: Pair
    gender: Gender
    role: Role
    duty: str
    birth_year: int
    title: str = ""  # printed before the name on badges


# Host people are fixed, not drawn: coordinators remember "Sato-san runs the buses".
HOST_PEOPLE: tuple[HostPerson, ...] = (
    HostPerson(("Yamamoto", "山本"), ("Kenji", "健二"), Gender.MALE, Role.STAFF,
               "Program director", 1971, "Prof."),
    HostPerson(("Sato", "佐藤"), ("Yumi", "由美"), Gender.FEMALE, Role.STAFF,
               "Coordinator, International Exchange Office", 1985),
    HostPerson(("Takahashi", "高橋"), ("Daisuke", "大輔"), Gender.MALE, Role.STAFF,
               "Coordinator, buses and logistics", 1990),
    HostPerson(("Nakamura", "中村"), ("Aiko", "愛子"), Gender.FEMALE, Role.STAFF,
               "Nurse and safety officer", 1978),
    HostPerson(("Kobayashi", "小林"), ("Shota", "翔太"), Gender.MALE, Role.STAFF,
               "Student volunteer", 2003),
    HostPerson(("Ito", "伊藤"), ("Mariko", "真理子"), Gender.FEMALE, Role.INTERPRETER,
               "English–Japanese interpreter", 1982),
    HostPerson(("Watanabe", "渡辺"), ("Ryo", "涼"), Gender.MALE, Role.INTERPRETER,
               "English–Japanese interpreter", 1993),
)  # fmt: skip
LAUREATE = HostPerson(
    ("Tanabe", "田辺"),
    ("Haruki", "春樹"),
    Gender.MALE,
    Role.LECTURER,
    "Nobel Prize in Chemistry for light-driven molecular catalysts (a fictional laureate)",
    1951,
    title="Prof.",
)
DIRECTOR_ID = "HOST-01"
LAUREATE_ID = "LECT-01"

# --- places -----------------------------------------------------------------------------------

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

# --- the experiment notebook --------------------------------------------------------------------

NOTEBOOK_TITLE = "Colours of Life: Separating Plant Pigments by Paper Chromatography"
NOTEBOOK_SOURCE = """\
# Colours of Life: Separating Plant Pigments by Paper Chromatography

## Safety
- Wear safety glasses and gloves at all times in the laboratory.
- The solvent (ethanol) is flammable: no flames, keep the bottle closed.
- Tell a staff member at once about any spill, cut or splash in the eyes.
- Wash your hands before you leave the laboratory.

## Background
A green leaf holds several pigments: chlorophyll a, chlorophyll b and the carotenoids.
Each one absorbs light of different colours, and together they let the plant use more of the
sunlight. In paper chromatography a solvent climbs the paper and carries each pigment a
different distance, depending on how strongly it sticks to the paper.

The retention factor Rf = (distance moved by the pigment) / (distance moved by the solvent).

## Materials
- Fresh spinach leaves
- Chromatography paper strips (2 cm × 15 cm)
- A coin, a pencil and a ruler
- Ethanol (70 %) in a tall glass jar with a lid

## Procedure
1. Draw a pencil line 2 cm from the bottom of the paper strip.
2. Lay a leaf on the line and roll the edge of the coin over it to press a green line.
3. Repeat step 2 ten times on the same line, letting it dry between presses.
4. Pour ethanol into the jar to a depth of 1 cm.
5. Hang the strip in the jar so the line stays 1 cm above the ethanol. Close the lid.
6. Wait 20 minutes. Do not move the jar.
7. Take the strip out and mark the solvent front with the pencil at once.
8. Measure the distance moved by each coloured band and by the solvent.

## Data
| Band colour | Pigment (your guess) | Distance moved (mm) | Rf |
| Yellow | | | |
| Yellow-green | | | |
| Blue-green | | | |
| Grey | | | |

[graph: Pigment / Rf]

## Questions
1. Which pigment moved furthest? Why might that be?
2. Autumn leaves turn yellow and red. What happens to the pigments?
3. How could you make the bands separate more clearly?

## Notes
[lines: 12]

## Autograph
Thank you for doing science with us in Tsukuba.
[autograph]
"""


# --- the people ---------------------------------------------------------------------------------


@dataclass
class Person:
    """One participant row before it is written; `delegation` is an index into COUNTRIES."""

    external_id: str
    family_name: str
    given_name: str
    native_name: str
    role: str
    gender: str
    date_of_birth: dt.date | None
    delegation: int | None = None
    is_leader: bool = False
    preferred_name: str = ""
    email: str | None = None
    dietary: str = ""
    allergies: str = ""
    emergency_contact_name: str = ""
    emergency_contact_phone: str = ""
    emergency_contact_relation: str = ""
    title: str = ""
    room: str = ""
    arrival_at: dt.datetime | None = None
    departure_at: dt.datetime | None = None
    status: str = ParticipantStatus.REGISTERED.value
    notes: str = ""
    team: int | None = None  # index of the team, students only

    def row(self, program_id: int, delegation_ids: Sequence[int]) -> Row:
        values = dataclasses.asdict(self)
        del values["delegation"], values["team"]
        for key in ("family_name", "given_name", "native_name", "preferred_name"):
            values[key] = unicodedata.normalize("NFC", values[key])
        values["program_id"] = program_id
        values["delegation_id"] = (
            None if self.delegation is None else delegation_ids[self.delegation]
        )
        return values


def _phone(rng: random.Random, pattern: str) -> str:
    return "".join(str(rng.randrange(10)) if ch == "#" else ch for ch in pattern)


def _mail_local(*parts: str) -> str:
    """'Dela Cruz', 'Peñaflor', 'Seo-yeon' -> 'delacruz', 'penaflor', 'seoyeon'."""
    ascii_parts = []
    for part in parts:
        plain = _strip_marks(part).encode("ascii", "ignore").decode().lower()
        ascii_parts.append("".join(ch for ch in plain if ch.isalnum()))
    return ".".join(ascii_parts)


def _birth_date(rng: random.Random, youngest: int, oldest: int) -> dt.date:
    """A birthday that makes the person `youngest`..`oldest` years old on the first day."""
    age = rng.randint(youngest, oldest)
    latest = START.replace(year=START.year - age)
    earliest = START.replace(year=START.year - age - 1) + dt.timedelta(days=1)
    return earliest + dt.timedelta(days=rng.randrange((latest - earliest).days + 1))


def _native_name(country: Country, family: Pair, given: Pair) -> str:
    parts = (family[1], given[1]) if country.family_first else (given[1], family[1])
    return country.native_separator.join(parts)


def _roman_name(country: Country, family: str, given: str) -> str:
    return f"{family} {given}" if country.family_first else f"{given} {family}"


def _other(rng: random.Random, pool: Sequence[Pair], not_this: str) -> str:
    """A romanised name from `pool` other than `not_this` (a parent is not their child's twin)."""
    return rng.choice([roman for roman, _ in pool if roman != not_this])


def _emergency_contact(
    rng: random.Random, country: Country, family: Pair, given: Pair, relation: str
) -> str:
    """A parent or spouse, named as people from that country are named."""
    if relation == "father" and country.code == "MN":
        # A Mongolian's "family" name is a patronymic: the father's given name.
        name = _roman_name(country, _other(rng, country.families, family[0]), family[0])
    elif relation in ("father", "husband"):
        name = _roman_name(country, family[0], _other(rng, country.male, given[0]))
    else:  # mother or wife: keeps her own family name in some countries
        own_family = (
            _other(rng, country.families, family[0]) if country.mother_keeps_name else family[0]
        )
        name = _roman_name(country, own_family, _other(rng, country.female, given[0]))
    return name


def _dietary(rng: random.Random, country: Country) -> str:
    draw, cumulative = rng.random(), 0.0
    for need, share in country.diets:
        cumulative += share
        if draw < cumulative:
            return need
    return ""


class NamePicker:
    """Deals names from shuffled decks, so names rarely repeat inside a delegation.

    Each (country, pool) has its own deck, reshuffled when it runs out; a full name is never
    dealt twice in the program.
    """

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.decks: dict[tuple[str, str], list[Any]] = {}
        self.used: set[tuple[str, str, str]] = set()

    def deal(self, key: tuple[str, str], pool: Sequence[Any]) -> Any:
        deck = self.decks.setdefault(key, [])
        if not deck:
            deck.extend(pool)
            self.rng.shuffle(deck)
        return deck.pop()

    def pick(self, country: Country, gender: Gender) -> tuple[Pair, Pair]:
        pool = country.female if gender is Gender.FEMALE else country.male
        while True:
            family: Pair = self.deal((country.code, "family"), country.families)
            given: Pair = self.deal((country.code, gender.value), pool)
            key = (country.code, family[0], given[0])
            if key not in self.used:
                self.used.add(key)
                return family, given

    def nickname(self, country: Country, gender: Gender) -> str:
        female = gender is Gender.FEMALE
        pool = country.nicknames_female if female else country.nicknames_male
        name: str = self.deal((country.code, f"nickname-{gender.value}"), pool)
        return name


def _delegate(
    rng: random.Random,
    names: NamePicker,
    index: int,
    number: int,
    role: Role,
    gender: Gender,
) -> Person:
    """A student or teacher of delegation `index`; `number` makes the external id."""
    country = COUNTRIES[index]
    family, given = names.pick(country, gender)
    student = role is Role.STUDENT
    person = Person(
        external_id=f"{country.code}-{number:03d}",
        family_name=family[0],
        given_name=given[0],
        native_name=_native_name(country, family, given),
        role=role.value,
        gender=gender.value,
        date_of_birth=_birth_date(rng, 15, 18) if student else _birth_date(rng, 30, 60),
        delegation=index,
        dietary=_dietary(rng, country),
        allergies=rng.choice(ALLERGIES) if rng.random() < 0.15 else "",
        emergency_contact_phone=_phone(rng, country.phone),
    )
    if student:
        relation = rng.choice(("mother", "father"))
    else:
        relation = "wife" if gender is Gender.MALE else "husband"
    person.emergency_contact_name = _emergency_contact(rng, country, family, given, relation)
    person.emergency_contact_relation = relation
    if not student or rng.random() < 0.75:
        person.email = f"{_mail_local(given[0], family[0])}@{country.mail_domain}"
    nicknames = country.nicknames_female if gender is Gender.FEMALE else country.nicknames_male
    if student and nicknames and rng.random() < country.nickname_share:
        person.preferred_name = names.nickname(country, gender)
    if rng.random() < 0.04:
        person.notes = "Asthma: carries an inhaler."
    return person


def _delegation_people(
    rng: random.Random, names: NamePicker, index: int, teachers: int
) -> list[Person]:
    females = rng.randint(4, 6)
    genders = [Gender.FEMALE] * females + [Gender.MALE] * (STUDENTS_PER_DELEGATION - females)
    rng.shuffle(genders)
    people = [
        _delegate(rng, names, index, n + 1, Role.STUDENT, gender)
        for n, gender in enumerate(genders)
    ]
    for n in range(teachers):
        gender = rng.choice((Gender.FEMALE, Gender.MALE))
        teacher = _delegate(rng, names, index, 101 + n, Role.TEACHER, gender)
        teacher.is_leader = n == 0
        people.append(teacher)
    _assign_rooms_and_travel(rng, index, people)
    return people


def _assign_rooms_and_travel(rng: random.Random, index: int, people: list[Person]) -> None:
    """Twin rooms per gender on the delegation's own floor; teachers in single rooms."""
    floor = (3 + index) * 100
    arrival = at_local(START, dt.time(10, 0), TIMEZONE) + dt.timedelta(
        minutes=15 * rng.randrange(10)
    )
    departure = at_local(END, dt.time(13, 30), TIMEZONE) + dt.timedelta(
        minutes=15 * rng.randrange(9)
    )
    room = 1
    for gender in (Gender.FEMALE, Gender.MALE):
        students = [p for p in people if p.role == Role.STUDENT and p.gender == gender]
        for n, person in enumerate(students):
            person.room = str(floor + room + n // 2)
        room += (len(students) + 1) // 2
    for n, teacher in enumerate(p for p in people if p.role == Role.TEACHER):
        teacher.room = str(floor + 15 + n)
    for person in people:
        person.arrival_at, person.departure_at = arrival, departure


def _withdraw_one(rng: random.Random, people: list[Person]) -> None:
    """Real rosters always have one late withdrawal; check-in must show it red."""
    person = rng.choice([p for p in people if p.role == Role.STUDENT])
    person.status = ParticipantStatus.WITHDRAWN.value
    person.room = ""
    person.arrival_at = person.departure_at = None
    person.notes = "Withdrew on 1 July 2026 (illness); the place was not refilled."


def _host_person(rng: random.Random, number: int, host: HostPerson, external_id: str) -> Person:
    return Person(
        external_id=external_id,
        family_name=host.family[0],
        given_name=host.given[0],
        native_name=host.family[1] + host.given[1],
        role=host.role.value,
        gender=host.gender.value,
        date_of_birth=dt.date(host.birth_year, 1 + rng.randrange(12), 1 + rng.randrange(28)),
        email=f"{_mail_local(host.given[0], host.family[0])}@{HOST_MAIL_DOMAIN}",
        emergency_contact_name=f"{HOST_INSTITUTION} main office",
        emergency_contact_phone=f"+81 29-000-{1000 + number:04d}",
        emergency_contact_relation="employer",
        title=host.title,
        notes=host.duty,
    )


def _people(rng: random.Random) -> list[Person]:
    names = NamePicker(rng)
    two_teachers = set(rng.sample(range(len(COUNTRIES)), TEACHERS_TOTAL - len(COUNTRIES)))
    people: list[Person] = []
    for index in range(len(COUNTRIES)):
        people += _delegation_people(rng, names, index, 2 if index in two_teachers else 1)
    _withdraw_one(rng, people)
    for number, host in enumerate(HOST_PEOPLE, start=1):
        people.append(_host_person(rng, number, host, f"HOST-{number:02d}"))
    laureate = _host_person(rng, 99, LAUREATE, LAUREATE_ID)
    # The laureate comes for Wednesday only: check-in must not count him missing on Monday.
    laureate.arrival_at = _local(2, "08:00")
    laureate.departure_at = _local(2, "18:00")
    people.append(laureate)
    _assign_teams(people)
    return people


def _assign_teams(people: list[Person]) -> None:
    """Deal each delegation's students round the teams, starting one team further each time.

    Students alternate female/male within a delegation, so every team gets students of (nearly)
    every country and of both genders, and team sizes differ by at most one.
    """
    for index in range(len(COUNTRIES)):
        students = [
            p
            for p in people
            if p.delegation == index
            and p.role == Role.STUDENT
            and p.status != ParticipantStatus.WITHDRAWN
        ]
        females = [p for p in students if p.gender == Gender.FEMALE]
        males = [p for p in students if p.gender == Gender.MALE]
        alternating = [p for pair in zip(females, males, strict=False) for p in pair]
        alternating += females[len(males) :] + males[len(females) :]
        for k, person in enumerate(alternating):
            person.team = (index + k) % TEAM_COUNT


# --- the schedule -------------------------------------------------------------------------------


@dataclass(frozen=True)
class SessionSpec:
    """One session of the week; no teams, delegations or participants means everyone."""

    title: str
    kind: SessionKind
    day: int  # 0 is Monday
    start: str  # "HH:MM", program time zone
    end: str
    venue: str  # a key of VENUES
    teams: tuple[int, ...] = ()
    delegations: tuple[int, ...] = ()
    participants: tuple[str, ...] = ()  # external ids
    destination: str | None = None  # a key of SITES, for transfers
    capacity: int | None = None
    host: str = ""
    description: str = ""
    by_laureate: bool = False
    with_notebook: bool = False

    @property
    def for_everyone(self) -> bool:
        return not (self.teams or self.delegations or self.participants)


def _bus(day: int, start: str, end: str, origin: str, destination: str) -> SessionSpec:
    names = dict((key, name) for key, name, _ in SITES)
    return SessionSpec(
        title=f"Bus: {names[origin]} → {names[destination]}",
        kind=SessionKind.TRANSFER,
        day=day,
        start=start,
        end=end,
        venue=BUS_STOPS[origin],
        destination=destination,
        capacity=COACH_SEATS,
        host="Takahashi Daisuke",
        description="Two coaches. Roll call at the door of each coach.",
    )


def _meal(day: int, title: str, start: str, end: str, venue: str) -> SessionSpec:
    return SessionSpec(
        title=title,
        kind=SessionKind.MEAL,
        day=day,
        start=start,
        end=end,
        venue=venue,
        description="Halal, vegetarian, no-pork and no-beef plates are labelled.",
    )


def _breakfast(day: int) -> SessionSpec:
    return _meal(day, "Breakfast", "07:00", "08:00", "restaurant")


def _monday() -> list[SessionSpec]:
    return [
        SessionSpec(
            "Arrival, hotel check-in and badge pick-up", SessionKind.FREE_TIME, 0,
            "11:00", "12:30", "lobby", host="Sato Yumi",
            description="Delegations arrive from Narita Airport by coach.",
        ),
        _meal(0, "Lunch (bento)", "12:30", "13:30", "restaurant"),
        _bus(0, "13:45", "14:15", "city", "campus"),
        SessionSpec(
            "Orientation: the week, safety and house rules", SessionKind.LECTURE, 0,
            "14:30", "15:30", "hall", host="Yamamoto Kenji",
        ),
        SessionSpec(
            "Welcome ceremony", SessionKind.CEREMONY, 0, "15:45", "17:00", "ceremony",
            host="President of the Tsukuba Institute of Science and Technology",
        ),
        _meal(0, "Welcome dinner", "17:30", "19:00", "cafeteria"),
        _bus(0, "19:15", "19:45", "campus", "city"),
    ]  # fmt: skip


def _lab_tours(day: int) -> list[SessionSpec]:
    """Teams t and t+4 tour together; in slot s, lab l hosts pair (l - s) mod 4."""
    pairs = len(LABS)
    tours = []
    for slot, (start, end) in enumerate(LAB_SLOTS):
        for lab, (venue, host) in enumerate(LABS):
            pair = (lab - slot) % pairs
            lab_name = next(name for key, _, name, _ in VENUES if key == venue)
            tours.append(
                SessionSpec(
                    title=f"Lab tour: {lab_name}",
                    kind=SessionKind.LAB_TOUR,
                    day=day,
                    start=start,
                    end=end,
                    venue=venue,
                    teams=(pair, pair + pairs),
                    capacity=24,
                    host=host,
                )
            )
    return tours


def _tuesday(teacher_ids: tuple[str, ...]) -> list[SessionSpec]:
    return [
        _breakfast(1),
        _bus(1, "08:15", "09:00", "city", "park"),
        *_lab_tours(1),
        SessionSpec(
            "Teachers' round table: teaching science through inquiry", SessionKind.LECTURE, 1,
            "09:30", "11:30", "park_seminar", participants=(*teacher_ids, DIRECTOR_ID),
            capacity=16, host="Yamamoto Kenji",
        ),
        _meal(1, "Lunch", "12:45", "13:45", "canteen"),
        SessionSpec(
            "Tsukuba Science City: sixty years of research", SessionKind.LECTURE, 1,
            "14:00", "15:15", "auditorium", host="Dr. Megumi Ishikawa",
        ),
        _bus(1, "15:30", "16:15", "park", "city"),
        SessionSpec(
            "Free time at the hotel", SessionKind.FREE_TIME, 1, "16:15", "18:00", "lobby",
        ),
        _meal(1, "Dinner", "18:00", "19:00", "restaurant"),
    ]  # fmt: skip


def _wednesday() -> list[SessionSpec]:
    """The laureate's day: lecture for all, then half the teams experiment while half do tea."""
    first, second = tuple(range(4)), tuple(range(4, TEAM_COUNT))
    halves = (("13:00", "14:30", first, second), ("14:45", "16:15", second, first))
    afternoon = []
    for start, end, experimenting, at_tea in halves:
        afternoon += [
            SessionSpec(
                "Hands-on experiment: plant pigments", SessionKind.EXPERIMENT, 2, start, end,
                "teaching_lab", teams=experimenting, capacity=44, host="Prof. Haruki Tanabe",
                by_laureate=True, with_notebook=True,
                description="Bring your notebook; Prof. Tanabe signs it at the end.",
            ),
            SessionSpec(
                "Japanese tea ceremony", SessionKind.CULTURAL, 2, start, end, "tatami",
                teams=at_tea, capacity=42, host="Urasenke Tsukuba tea circle",
                description="Socks, please: the tatami room is entered without shoes.",
            ),
        ]  # fmt: skip
    return [
        _breakfast(2),
        _bus(2, "08:15", "08:45", "city", "campus"),
        SessionSpec(
            "Nobel laureate lecture: light, molecules and curiosity", SessionKind.LECTURE, 2,
            "09:00", "10:45", "hall", host="Prof. Haruki Tanabe", by_laureate=True,
            description="Questions from the floor for the last 20 minutes.",
        ),
        SessionSpec(
            "Experiment briefing and laboratory safety", SessionKind.LECTURE, 2,
            "11:00", "12:00", "hall", host="Nakamura Aiko",
        ),
        _meal(2, "Lunch", "12:00", "13:00", "cafeteria"),
        *afternoon,
        _bus(2, "16:30", "17:00", "campus", "city"),
        _meal(2, "Dinner", "18:00", "19:00", "restaurant"),
    ]  # fmt: skip


def _thursday() -> list[SessionSpec]:
    workshops = [
        SessionSpec(
            "Workshop: preparing your country presentation", SessionKind.CULTURAL, 3,
            "09:00", "10:30", f"seminar{room + 1}", delegations=(room, room + 4), capacity=28,
        )
        for room in range(4)
    ]  # fmt: skip
    return [
        _breakfast(3),
        _bus(3, "08:15", "08:45", "city", "campus"),
        *workshops,
        SessionSpec(
            "Country presentations", SessionKind.CULTURAL, 3, "10:45", "12:15", "hall",
            description="Ten minutes per delegation, in English.",
        ),
        _meal(3, "Lunch", "12:15", "13:15", "cafeteria"),
        _bus(3, "13:30", "14:00", "campus", "city"),
        SessionSpec(
            "Free time: Tsukuba city centre", SessionKind.FREE_TIME, 3, "14:15", "17:30",
            "city_square", description="Stay in groups of three or more; back by 17:30.",
        ),
        _meal(3, "Dinner", "18:00", "19:30", "restaurant"),
    ]  # fmt: skip


def _friday() -> list[SessionSpec]:
    return [
        _breakfast(4),
        _bus(4, "08:30", "09:00", "city", "campus"),
        SessionSpec(
            "Farewell ceremony and certificates", SessionKind.CEREMONY, 4, "09:15", "10:45",
            "ceremony", host="Yamamoto Kenji",
        ),
        _meal(4, "Farewell lunch", "11:00", "12:15", "cafeteria"),
        _bus(4, "12:30", "13:00", "campus", "city"),
    ]  # fmt: skip


def week_specs(people: Sequence[Person]) -> list[SessionSpec]:
    teachers = tuple(p.external_id for p in people if p.role == Role.TEACHER)
    return [*_monday(), *_tuesday(teachers), *_wednesday(), *_thursday(), *_friday()]


# --- writing ------------------------------------------------------------------------------------


def _insert_ids(session: Session, model: type[Base], rows: list[Row]) -> list[int]:
    """Bulk INSERT (Core, one statement); the new primary keys in the order of `rows`."""
    table = Base.metadata.tables[model.__tablename__]
    stmt = insert(table).returning(table.c.id, sort_by_parameter_order=True)
    return list(session.scalars(stmt, rows))


def _local(day: int, hhmm: str) -> dt.datetime:
    hours, minutes = hhmm.split(":")
    return at_local(START + dt.timedelta(days=day), dt.time(int(hours), int(minutes)), TIMEZONE)


def _write_program(session: Session) -> int:
    program = Program(
        code=PROGRAM_CODE,
        title=PROGRAM_TITLE,
        host_institution=HOST_INSTITUTION,
        start_date=START,
        end_date=END,
        timezone=TIMEZONE,
        emergency_phone="+81 29-000-0110 (24 h, program office)",
        secret=secrets.token_bytes(SECRET_BYTES),
    )
    session.add(program)
    session.flush()
    return program.id


def _venue_kind(key: str) -> str:
    """What kind of room a venue is, read off its key in VENUES."""
    if key.endswith("_bus"):
        return VenueKind.BUS_STOP.value
    if key.startswith("lab") or key == "teaching_lab":
        return VenueKind.LAB.value
    if key in ("hall", "ceremony", "auditorium"):
        return VenueKind.HALL.value
    if key in ("cafeteria", "canteen", "restaurant"):
        return VenueKind.DINING.value
    if key == "city_square":
        return VenueKind.OUTDOOR.value
    return VenueKind.ROOM.value


def _write_places(session: Session, program_id: int) -> tuple[dict[str, int], dict[str, int]]:
    """Sites, venues and travel times; returns (site id by key, venue id by key)."""
    site_ids = _insert_ids(
        session,
        Site,
        [{"program_id": program_id, "name": name, "address": addr} for _, name, addr in SITES],
    )
    sites = {key: site_id for (key, _, _), site_id in zip(SITES, site_ids, strict=True)}
    venue_rows = [
        {"site_id": sites[site], "name": name, "capacity": capacity, "kind": _venue_kind(key)}
        for key, site, name, capacity in VENUES
    ]
    venue_ids = _insert_ids(session, Venue, venue_rows)
    venues = {venue[0]: venue_id for venue, venue_id in zip(VENUES, venue_ids, strict=True)}
    session.execute(
        insert(TravelTime),
        [
            {"program_id": program_id, "from_site_id": sites[a], "to_site_id": sites[b],
             "minutes": minutes}
            for (a, b), minutes in TRAVEL_MINUTES.items()
        ],
    )  # fmt: skip
    return sites, venues


def _write_delegations(session: Session, program_id: int) -> list[int]:
    rows = [
        {
            "program_id": program_id,
            "name": f"{country.name} ({country.city})",
            "country_code": country.code,
            "country_name": country.name,
            "institution": country.institution,
        }
        for country in COUNTRIES
    ]
    return _insert_ids(session, Delegation, rows)


def _write_people(
    session: Session, program_id: int, people: list[Person], delegation_ids: list[int]
) -> dict[str, int]:
    """Participants and the laureate's availability; participant id by external id."""
    rows = [person.row(program_id, delegation_ids) for person in people]
    ids = _insert_ids(session, Participant, rows)
    by_external = {p.external_id: pid for p, pid in zip(people, ids, strict=True)}
    window = {
        "participant_id": by_external[LAUREATE_ID],
        "start_at": _local(2, "08:30"),
        "end_at": _local(2, "17:00"),
    }
    session.execute(insert(Availability), [window])
    return by_external


def _write_teams(
    session: Session, program_id: int, people: list[Person], people_ids: dict[str, int]
) -> list[int]:
    rows = [
        {"program_id": program_id, "name": f"Team {n + 1}", "colour": TEAM_COLOURS[n]}
        for n in range(TEAM_COUNT)
    ]
    team_ids = _insert_ids(session, Team, rows)
    members = [
        {"team_id": team_ids[p.team], "participant_id": people_ids[p.external_id]}
        for p in people
        if p.team is not None
    ]
    session.execute(insert(TeamMembership), members)
    return team_ids


def _write_notebook(session: Session, program_id: int, laureate_id: int) -> int:
    rows = [
        {
            "program_id": program_id,
            "title": NOTEBOOK_TITLE,
            "lecturer_id": laureate_id,
            "source": NOTEBOOK_SOURCE,
        }
    ]
    return _insert_ids(session, Notebook, rows)[0]


@dataclass(frozen=True)
class _Ids:
    program: int
    sites: dict[str, int]
    venues: dict[str, int]
    delegations: list[int]
    people: dict[str, int]  # by external id
    teams: list[int]
    notebook: int


def _session_row(spec: SessionSpec, ids: _Ids) -> Row:
    return {
        "program_id": ids.program,
        "title": spec.title,
        "kind": spec.kind.value,
        "start_at": _local(spec.day, spec.start),
        "end_at": _local(spec.day, spec.end),
        "venue_id": ids.venues[spec.venue],
        "destination_site_id": ids.sites[spec.destination] if spec.destination else None,
        "capacity": spec.capacity,
        "lecturer_id": ids.people[LAUREATE_ID] if spec.by_laureate else None,
        "host": spec.host,
        "description": spec.description,
        "for_everyone": spec.for_everyone,
        "notebook_id": ids.notebook if spec.with_notebook else None,
    }


def _audience_rows(spec: SessionSpec, session_id: int, ids: _Ids) -> list[Row]:
    empty: Row = {"session_id": session_id, "team_id": None, "delegation_id": None,
                  "participant_id": None}  # fmt: skip
    return (
        [empty | {"team_id": ids.teams[team]} for team in spec.teams]
        + [empty | {"delegation_id": ids.delegations[d]} for d in spec.delegations]
        + [empty | {"participant_id": ids.people[ext]} for ext in spec.participants]
    )


def _write_schedule(session: Session, specs: list[SessionSpec], ids: _Ids) -> None:
    session_ids = _insert_ids(session, ScheduleSession, [_session_row(s, ids) for s in specs])
    audience = [
        row
        for spec, session_id in zip(specs, session_ids, strict=True)
        for row in _audience_rows(spec, session_id, ids)
    ]
    session.execute(insert(SessionAudience), audience)


def build_demo_program(factory: SessionFactory, *, seed: int = DEMO_SEED) -> ProgramSummary:
    """Write the demo week into an open, migrated database, in one transaction."""
    rng = random.Random(seed)
    people = _people(rng)
    specs = week_specs(people)
    with factory.begin() as session:
        if session.scalar(select(Program.id).where(Program.code == PROGRAM_CODE)) is not None:
            raise UserError(
                f"This database already holds a program {PROGRAM_CODE}; "
                "create the demo in a new database."
            )
        program_id = _write_program(session)
        sites, venues = _write_places(session, program_id)
        delegation_ids = _write_delegations(session, program_id)
        people_ids = _write_people(session, program_id, people, delegation_ids)
        team_ids = _write_teams(session, program_id, people, people_ids)
        notebook_id = _write_notebook(session, program_id, people_ids[LAUREATE_ID])
        ids = _Ids(program_id, sites, venues, delegation_ids, people_ids, team_ids, notebook_id)
        _write_schedule(session, specs, ids)
    return get_program(factory, program_id)


def create_demo_database(path: Path) -> ProgramSummary:
    """A new database file holding only the demo program."""
    if path.exists():
        raise UserError(
            f"{path} already exists; the demo never overwrites a file. Choose another path."
        )
    database, _ = open_database(path=path, create=True)
    try:
        return build_demo_program(database.session_factory)
    finally:
        database.dispose()
