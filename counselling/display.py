"""What the public appointment pages show of consultation hours, worked out in the view, not in templates."""

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field

from core.languages import ENDONYMS
from counselling.models import ConsultationHours
from counselling.slots import Slot


@dataclass(frozen=True)
class Day:
    day: dt.date
    slots: list[Slot]


@dataclass(frozen=True)
class HoursCard:
    hours: ConsultationHours
    # (code, the language's own name), German first: every office speaks it.
    spoken: list[tuple[str, str]]
    topics: list[str]
    days: Sequence[Day] = field(default_factory=list)


def card(hours: ConsultationHours, *, language: str, days: Sequence[Day] = ()) -> HoursCard:
    codes = list(dict.fromkeys(["de", *hours.languages]))
    return HoursCard(
        hours=hours,
        spoken=[(code, ENDONYMS.get(code, code)) for code in codes],
        topics=[topic.name_in(language) for topic in hours.topics.all()],
        days=list(days),
    )
