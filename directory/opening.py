"""Opening times: the next dates an offer is open, and what to say about when it is open."""

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Protocol
from zoneinfo import ZoneInfo

from dateutil.rrule import rrulestr
from django.utils.translation import gettext as _

from directory.models import WEEKDAY_NAMES, Schedule
from directory.search.plan import open_on

BERLIN = ZoneInfo("Europe/Berlin")


@dataclass(frozen=True)
class Opening:
    starts: dt.datetime
    ends: dt.datetime


def next_openings(schedules: Iterable[Schedule], *, after: dt.datetime, count: int = 3) -> list[Opening]:
    """The next `count` openings that have not ended yet, across all schedules, soonest first."""
    local_after = after.astimezone(BERLIN).replace(tzinfo=None)
    found: list[Opening] = []
    for schedule in schedules:
        # The rule runs on local wall-clock time, so an opening stays at 10:00 across daylight-saving changes.
        rule = rrulestr(
            schedule.rrule().replace("T235959Z", "T235959"),
            dtstart=dt.datetime.combine(schedule.valid_from, schedule.opens_at),
        )
        for starts in rule.xafter(local_after - dt.timedelta(days=1), count=count + 1, inc=True):
            ends = dt.datetime.combine(starts.date(), schedule.closes_at)
            if ends > local_after:
                found.append(Opening(starts=starts.replace(tzinfo=BERLIN), ends=ends.replace(tzinfo=BERLIN)))
    return sorted(found, key=lambda opening: opening.starts)[:count]


def is_open(schedules: Iterable[Schedule], *, at: dt.datetime) -> bool:
    local = at.astimezone(BERLIN)
    today, now = local.date(), local.time()
    days = set(open_on(today).byday_values)
    return any(
        schedule.opens_at <= now < schedule.closes_at
        and schedule.valid_from <= today
        and (schedule.valid_until is None or today <= schedule.valid_until)
        and days.intersection(schedule.byday.split(","))
        and (schedule.interval == 1 or ((today - schedule.valid_from).days // 7) % schedule.interval == 0)
        for schedule in schedules
    )


class Recurring(Protocol):
    """Anything held by an RFC 5545 weekday rule at fixed times: an offer's Schedule, consultation hours."""

    @property
    def byday(self) -> str: ...
    @property
    def interval(self) -> int: ...
    @property
    def opens_at(self) -> dt.time: ...
    @property
    def closes_at(self) -> dt.time: ...


def _ordinals() -> dict[str, str]:
    return {"1": _("first"), "2": _("second"), "3": _("third"), "4": _("fourth"), "-1": _("last")}


def describe(schedule: Recurring) -> str:
    """'Tuesday, 10:00–12:00' or 'first Tuesday of the month, 15:00–17:00', in the active language."""
    names, ordinals = {code: str(name) for code, name in WEEKDAY_NAMES}, _ordinals()
    days = []
    for value in schedule.byday.split(","):
        code, number = value[-2:], value[:-2]
        if number:
            days.append(
                _("%(nth)s %(weekday)s of the month") % {"nth": ordinals.get(number, number), "weekday": names[code]}
            )
        else:
            days.append(names[code])
    text = ", ".join(days)
    if schedule.interval == 2:
        text = _("%(days)s, every second week") % {"days": text}
    return _("%(days)s, %(opens)s–%(closes)s") % {
        "days": text,
        "opens": schedule.opens_at.strftime("%H:%M"),
        "closes": schedule.closes_at.strftime("%H:%M"),
    }
