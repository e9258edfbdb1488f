"""Country names and codes as rosters write them (English, Japanese, native) -> ISO alpha-2."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass


@dataclass(frozen=True)
class Country:
    code: str  # ISO 3166-1 alpha-2, upper case
    name: str  # English short name


# code, English name, then other spellings (alpha-3, Japanese, native, common variants).
_TABLE: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("JP", "Japan", ("JPN", "日本", "日本国", "にほん", "Nippon")),
    (
        "CN",
        "China",
        (
            "CHN",
            "中国",
            "中國",
            "中华人民共和国",
            "中華人民共和国",
            "PRC",
            "People's Republic of China",
            "P.R. China",
            "Mainland China",
        ),
    ),
    (
        "TW",
        "Taiwan",
        (
            "TWN",
            "台湾",
            "台灣",
            "臺灣",
            "中華民国",
            "中華民國",
            "Chinese Taipei",
            "Taiwan, Province of China",
            "Republic of China",
        ),
    ),
    ("HK", "Hong Kong", ("HKG", "香港", "Hong Kong SAR", "Hong Kong, China")),
    ("MO", "Macao", ("MAC", "Macau", "マカオ", "澳門", "澳门")),
    (
        "KR",
        "South Korea",
        (
            "KOR",
            "韓国",
            "大韓民国",
            "한국",
            "대한민국",
            "Korea",
            "Republic of Korea",
            "Korea, Republic of",
            "Korea (South)",
        ),
    ),
    ("MN", "Mongolia", ("MNG", "モンゴル", "Монгол", "Монгол Улс")),
    ("TH", "Thailand", ("THA", "タイ", "ประเทศไทย", "ไทย")),
    ("VN", "Vietnam", ("VNM", "ベトナム", "Việt Nam", "Viet Nam")),
    ("PH", "Philippines", ("PHL", "フィリピン", "Pilipinas", "The Philippines")),
    ("ID", "Indonesia", ("IDN", "インドネシア")),
    ("MY", "Malaysia", ("MYS", "マレーシア")),
    ("SG", "Singapore", ("SGP", "シンガポール", "新加坡")),
    ("BN", "Brunei", ("BRN", "ブルネイ", "Brunei Darussalam")),
    ("KH", "Cambodia", ("KHM", "カンボジア", "កម្ពុជា")),
    ("LA", "Laos", ("LAO", "ラオス", "Lao PDR", "Lao People's Democratic Republic")),
    ("MM", "Myanmar", ("MMR", "ミャンマー", "Burma")),
    ("TL", "Timor-Leste", ("TLS", "東ティモール", "East Timor")),
    ("IN", "India", ("IND", "インド", "भारत", "Bharat")),
    ("BD", "Bangladesh", ("BGD", "バングラデシュ")),
    ("LK", "Sri Lanka", ("LKA", "スリランカ")),
    ("NP", "Nepal", ("NPL", "ネパール", "नेपाल")),
    ("BT", "Bhutan", ("BTN", "ブータン")),
    ("PK", "Pakistan", ("PAK", "パキスタン")),
    ("MV", "Maldives", ("MDV", "モルディブ")),
    ("AF", "Afghanistan", ("AFG", "アフガニスタン")),
    ("KZ", "Kazakhstan", ("KAZ", "カザフスタン")),
    ("KG", "Kyrgyzstan", ("KGZ", "キルギス", "Kyrgyz Republic")),
    ("UZ", "Uzbekistan", ("UZB", "ウズベキスタン")),
    ("TJ", "Tajikistan", ("TJK", "タジキスタン")),
    ("TM", "Turkmenistan", ("TKM", "トルクメニスタン")),
    ("IR", "Iran", ("IRN", "イラン")),
    ("TR", "Türkiye", ("TUR", "トルコ", "Turkey")),
    ("AE", "United Arab Emirates", ("ARE", "アラブ首長国連邦", "UAE")),
    ("SA", "Saudi Arabia", ("SAU", "サウジアラビア")),
    ("IL", "Israel", ("ISR", "イスラエル")),
    ("AU", "Australia", ("AUS", "オーストラリア")),
    ("NZ", "New Zealand", ("NZL", "ニュージーランド")),
    ("PG", "Papua New Guinea", ("PNG", "パプアニューギニア")),
    ("FJ", "Fiji", ("FJI", "フィジー")),
    (
        "US",
        "United States",
        (
            "USA",
            "アメリカ",
            "アメリカ合衆国",
            "米国",
            "U.S.A.",
            "U.S.",
            "United States of America",
            "America",
        ),
    ),
    ("CA", "Canada", ("CAN", "カナダ")),
    ("GB", "United Kingdom", ("GBR", "イギリス", "英国", "UK", "Great Britain", "England")),
    ("DE", "Germany", ("DEU", "ドイツ", "Deutschland")),
    ("FR", "France", ("FRA", "フランス")),
    ("IT", "Italy", ("ITA", "イタリア")),
    ("ES", "Spain", ("ESP", "スペイン")),
    ("SE", "Sweden", ("SWE", "スウェーデン")),
    ("FI", "Finland", ("FIN", "フィンランド")),
    ("BR", "Brazil", ("BRA", "ブラジル")),
    ("MX", "Mexico", ("MEX", "メキシコ")),
    ("EG", "Egypt", ("EGY", "エジプト")),
    ("ZA", "South Africa", ("ZAF", "南アフリカ")),
    ("KE", "Kenya", ("KEN", "ケニア")),
    ("NG", "Nigeria", ("NGA", "ナイジェリア")),
)


def _key(text: str) -> str:
    folded = unicodedata.normalize("NFKC", text).casefold().strip()
    return "".join(ch for ch in folded if ch.isalnum())


def _index() -> dict[str, Country]:
    index: dict[str, Country] = {}
    for code, name, aliases in _TABLE:
        country = Country(code, name)
        for spelling in (code, name, *aliases):
            index[_key(spelling)] = country
    return index


_INDEX = _index()
_BY_CODE = {code: Country(code, name) for code, name, _ in _TABLE}


def resolve_country(text: str) -> Country | None:
    """The country a roster names by code (JP, JPN) or name (Japan, 日本, 한국 ...), or None."""
    key = _key(text)
    if not key:
        return None
    return _INDEX.get(key)


def country_by_code(code: str) -> Country | None:
    return _BY_CODE.get(code.upper())


def known_countries() -> list[Country]:
    return sorted(_BY_CODE.values(), key=lambda c: c.name)
