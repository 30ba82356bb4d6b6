"""What the public pages (appointments, offer pages) show of consultation hours, worked out in the view, not in
templates."""

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field

from core.languages import ENDONYMS
from counselling.models import ConsultationHours
from counselling.slots import Slot
from directory.opening import describe


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
    # When they are held, in words in the active language: "Tuesday, 10:00–12:00".
    when: str = ""
    # The first day, when the hours begin after today (None once they have begun, or when today is not known).
    begins: dt.date | None = None


def spoken_codes(hours: ConsultationHours) -> list[str]:
    """The languages the hours are held in, German first: every office speaks it."""
    return list(dict.fromkeys(["de", *hours.languages]))


def card(
    hours: ConsultationHours, *, language: str, days: Sequence[Day] = (), today: dt.date | None = None
) -> HoursCard:
    return HoursCard(
        hours=hours,
        spoken=[(code, ENDONYMS.get(code, code)) for code in spoken_codes(hours)],
        topics=[topic.name_in(language) for topic in hours.topics.all()],
        days=list(days),
        when=describe(hours),
        begins=hours.valid_from if today is not None and hours.valid_from > today else None,
    )
