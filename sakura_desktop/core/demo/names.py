"""Per-country name pools: the delegations' countries and their romanised/native name pairs.

This is almost all data (one `Country` per delegation, with its family, female and male
name pools, nicknames and dietary shares) plus the small parsers that turn the compact
'Wang=王, Li=李' strings into pairs; it is kept apart so the people generator stays readable.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

from sakura_desktop.core.demo.program import Pair


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


def strip_marks(text: str) -> str:
    """Vietnamese without its diacritics, as on a passport ("Đặng" -> "Dang")."""
    decomposed = unicodedata.normalize("NFD", text.replace("Đ", "D").replace("đ", "d"))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def _vietnamese(names: str) -> tuple[Pair, ...]:
    return tuple((strip_marks(name), name) for name in _split(names))


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
