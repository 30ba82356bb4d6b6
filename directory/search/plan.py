"""Turning what a newcomer typed and chose into an index query."""

import datetime as dt
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Word:
    typed: str
    # Indexed words of similar spelling, searched as well, for small typos.
    similar: tuple[str, ...] = ()
    # As the person typed it, for messages.
    original: str = ""

    @property
    def as_prefix(self) -> bool:
        """Long enough to search as a word start: 'berat' finds 'beratung'."""
        return len(self.typed) >= 4


@dataclass(frozen=True)
class OpenAt:
    """Open on a weekday; with a time, open at that moment."""

    weekday: str
    # RFC 5545 BYDAY values that fall on the day, e.g. TU, 3TU and -1TU for the last Tuesday.
    byday_values: tuple[str, ...]
    time: dt.time | None = None


@dataclass(frozen=True)
class QueryPlan:
    region_id: int
    today: dt.date
    words: tuple[Word, ...] = ()
    # Every word must match; when nothing does, the finder retries with any word.
    require_all: bool = True
    # Every group must match; within a group any one token will do.
    facets: tuple[tuple[str, ...], ...] = field(default_factory=tuple)
    open_at: OpenAt | None = None

    @property
    def has_text(self) -> bool:
        return bool(self.words)


def open_on(day: dt.date, time: dt.time | None = None) -> OpenAt:
    code = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")[day.weekday()]
    values = [code, f"{(day.day - 1) // 7 + 1}{code}"]
    if (day + dt.timedelta(days=7)).month != day.month:
        values.append(f"-1{code}")
    return OpenAt(weekday=code, byday_values=tuple(values), time=time)
