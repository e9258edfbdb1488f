"""Reading the roster's free-text dietary and allergy fields as needs a kitchen can count.

Rules (documented in the README and printed under the catering table):

* The dietary text is read case-insensitively, after NFKC (full-width letters become plain),
  and split into parts at commas, semicolons, slashes, "and", "+", the Japanese and Chinese
  commas and new lines. Each part is matched against the words below, in English, Japanese and
  Chinese; the first need that matches names the part.
* Needs: halal, vegan, vegetarian, no pork, no beef. Words naming nothing ("none", "no",
  "n/a", "-", "no known allergies", "no restrictions", "なし", "特になし", "無") mean no need.
* Redundant needs are dropped so that a person is counted where the kitchen cooks for them:
  vegan covers vegetarian, no pork and no beef; vegetarian covers no pork and no beef; halal
  covers no pork.
* Allergies come from the allergies field, split the same way, and from dietary parts that say
  "allergy"/"allergic"/"アレルギー"/"过敏"; each allergen is named on its own ("allergy:
  peanuts"), lower case, so "Peanuts" and "peanuts" are one line.
* Any other dietary text ("pescatarian", "no raw fish") is kept as written, as "other: ...":
  a need nobody recognised must reach the kitchen rather than disappear.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

HALAL = "halal"
VEGAN = "vegan"
VEGETARIAN = "vegetarian"
NO_PORK = "no pork"
NO_BEEF = "no beef"
MAIN_NEEDS = (HALAL, VEGETARIAN, VEGAN, NO_PORK, NO_BEEF)
ALLERGY_PREFIX = "allergy: "
OTHER_PREFIX = "other: "

# The first pattern that matches a part names its need (vegan before vegetarian: "vegan" is
# not vegetarian's word, but "vegetarian (vegan)" should count as vegan).
_NEED_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    (VEGAN, re.compile(r"vegan|plant[- ]based|ヴィーガン|ビーガン|純菜食|纯素|全素")),
    (HALAL, re.compile(r"halal|muslim|ハラー?ル|清真")),
    # Not a bare "lacto": "lactose intolerant" is not vegetarian (it is listed as "other").
    (
        VEGETARIAN,
        re.compile(r"vege?tarian|veggie|lacto[- ]?ovo|ovo[- ]?lacto|ベジタリアン|菜食|素食|吃素"),
    ),
    (NO_PORK, re.compile(r"pork|\bpig\b|豚|猪肉")),
    (NO_BEEF, re.compile(r"beef|\bcow\b|牛肉")),
)
_ALLERGY = re.compile(r"allerg\w*|アレルギー|过敏|過敏")
_ALLERGY_FILLER = re.compile(r"\b(to|of|severe|mild|food)\b|[:()]")
_NOTHING = re.compile(
    r"(none|no|nil|n/?a|nothing|-+|—|no (known )?(food )?(allerg\w*|restrictions?|needs?)"
    r"|なし|特になし|無|无)"
)
_SPLIT = re.compile(r"[,;/\n、，；+]|\band\b|\s&\s")
_COVERS = {
    VEGAN: (VEGETARIAN, NO_PORK, NO_BEEF),
    VEGETARIAN: (NO_PORK, NO_BEEF),
    HALAL: (NO_PORK,),
}


@dataclass(frozen=True)
class DietaryNeeds:
    needs: frozenset[str]  # of MAIN_NEEDS
    allergies: tuple[str, ...]  # allergens, lower case, in the order given
    other: tuple[str, ...]  # dietary text no rule recognised, as written

    @property
    def labels(self) -> list[str]:
        """Every need as one label each: main needs, then "allergy: x", then "other: y"."""
        main = [need for need in MAIN_NEEDS if need in self.needs]
        return (
            main
            + [ALLERGY_PREFIX + a for a in self.allergies]
            + [OTHER_PREFIX + o for o in self.other]
        )

    @property
    def any(self) -> bool:
        return bool(self.needs or self.allergies or self.other)


def _parts(text: str) -> list[str]:
    normal = unicodedata.normalize("NFKC", text).casefold()
    if _NOTHING.fullmatch(normal.strip(" .。")):  # before splitting: "n/a" is not "n" and "a"
        return []
    return [part.strip(" .。") for part in _SPLIT.split(normal) if part.strip(" .。")]


def _allergen(part: str) -> str:
    cleaned = _ALLERGY_FILLER.sub(" ", _ALLERGY.sub(" ", part))
    return " ".join(cleaned.split())


def parse_dietary(dietary: str, allergies: str = "") -> DietaryNeeds:
    """The needs a person's dietary and allergies fields say (see the module docstring)."""
    needs: set[str] = set()
    found_allergies: list[str] = []
    other: list[str] = []
    for part in _parts(dietary):
        if _NOTHING.fullmatch(part):
            continue
        if _ALLERGY.search(part):
            allergen = _allergen(part)
            if allergen:
                found_allergies.append(allergen)
            continue
        need = next((name for name, pattern in _NEED_PATTERNS if pattern.search(part)), None)
        if need is None:
            other.append(part)
        else:
            needs.add(need)
    for part in _parts(allergies):
        allergen = _allergen(part) if _ALLERGY.search(part) else part
        if allergen and not _NOTHING.fullmatch(part):
            found_allergies.append(allergen)
    for need, covered in _COVERS.items():
        if need in needs:
            needs.difference_update(covered)
    return DietaryNeeds(
        frozenset(needs), tuple(dict.fromkeys(found_allergies)), tuple(dict.fromkeys(other))
    )
