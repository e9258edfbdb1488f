"""What the user chose on the Print screen, remembered between runs (QSettings, as JSON).

`PrintChoices` holds plain values only. It remembers the document, the kind of audience, the
delegation and team by name (ids differ between databases) and every option; not the hand-picked
participants or sessions, which belong to one program. Unknown or broken stored values fall back
to the defaults one by one, so an older or newer version of the app never loses the rest.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, fields, replace
from enum import StrEnum
from typing import Any

from sakura_desktop.core.documents import DocumentKind, badge_layouts
from sakura_desktop.settings import Settings


class AudienceMode(StrEnum):
    EVERYONE = "everyone"
    DELEGATION = "delegation"
    TEAM = "team"
    SELECTED = "selected"


@dataclass(frozen=True)
class PrintChoices:
    kind: str = DocumentKind.BADGES.value
    audience: str = AudienceMode.EVERYONE.value
    delegation: str = ""  # the delegation's name
    team: str = ""  # the team's name
    unprinted: bool = False
    layout: str = ""  # "" is the default layout
    back: bool = False
    mark_printed: bool = True
    notebook: str = ""  # the notebook's title
    paper: str = "A4"
    booklet: bool = False
    per_participant: bool = False
    include_staff: bool = False  # notebooks for lecturers, staff, interpreters and guests too
    by_team: bool = False
    threshold_percent: int = 80
    signer: str = ""
    signature_image: str = ""

    def to_json(self) -> str:
        return json.dumps(asdict(self), ensure_ascii=False, sort_keys=True)

    @classmethod
    def from_json(cls, text: str) -> PrintChoices:
        try:
            raw = json.loads(text) if text else {}
        except ValueError:
            raw = {}
        if not isinstance(raw, dict):
            raw = {}
        default = cls()
        values: dict[str, Any] = {}
        for item in fields(cls):
            value = raw.get(item.name)
            wanted = type(getattr(default, item.name))
            if isinstance(value, wanted) and not (wanted is int and isinstance(value, bool)):
                values[item.name] = value
        return replace(default, **values).checked()

    def checked(self) -> PrintChoices:
        """The same choices with any value the app no longer offers put back to its default."""
        default = PrintChoices()
        kinds = {kind.value for kind in DocumentKind}
        layouts = {name for name, _ in badge_layouts()}
        return replace(
            self,
            kind=self.kind if self.kind in kinds else default.kind,
            audience=self.audience
            if self.audience in {m.value for m in AudienceMode}
            else default.audience,
            layout=self.layout if self.layout in layouts else badge_layouts()[0][0],
            paper=self.paper if self.paper in ("A4", "A5") else default.paper,
            threshold_percent=min(100, max(0, self.threshold_percent)),
        )


def load_choices(settings: Settings) -> PrintChoices:
    return PrintChoices.from_json(settings.print_choices)


def save_choices(settings: Settings, choices: PrintChoices) -> None:
    settings.print_choices = choices.to_json()
