"""The stretches of time the public calendar shows: the coming weeks, a day, an ISO week or a month.

Days are the region's calendar days; the bounds are turned into aware datetimes in the region's zone, so a
date at 23:30 on a Sunday belongs to that Sunday, also in summer time.
"""

import datetime as dt
from dataclasses import dataclass
from zoneinfo import ZoneInfo

UPCOMING_DAYS = 31
UPCOMING, DAY, WEEK, MONTH = "upcoming", "day", "week", "month"


@dataclass(frozen=True)
class Window:
    view: str
    first_day: dt.date
    # Inclusive.
    last_day: dt.date
    previous_day: dt.date | None
    next_day: dt.date | None

    def bounds(self, zone: ZoneInfo) -> tuple[dt.datetime, dt.datetime]:
        """From the start of the first day to the start of the day after the last, in the region's time."""
        start = dt.datetime.combine(self.first_day, dt.time.min, tzinfo=zone)
        end = dt.datetime.combine(self.last_day + dt.timedelta(days=1), dt.time.min, tzinfo=zone)
        return start, end


def _first_of_next_month(day: dt.date) -> dt.date:
    return (day.replace(day=28) + dt.timedelta(days=4)).replace(day=1)


def window(view: str, day: dt.date) -> Window:
    if view == DAY:
        one = dt.timedelta(days=1)
        return Window(DAY, day, day, day - one, day + one)
    if view == WEEK:
        monday = day - dt.timedelta(days=day.weekday())
        week = dt.timedelta(days=7)
        return Window(WEEK, monday, monday + dt.timedelta(days=6), monday - week, monday + week)
    if view == MONTH:
        first = day.replace(day=1)
        following = _first_of_next_month(first)
        previous = (first - dt.timedelta(days=1)).replace(day=1)
        return Window(MONTH, first, following - dt.timedelta(days=1), previous, following)
    return Window(UPCOMING, day, day + dt.timedelta(days=UPCOMING_DAYS - 1), None, None)
