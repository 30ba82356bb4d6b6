"""The printed programme of a month: which dates, in the reader's language, grouped so it reads well on paper.

Weekly things (the café every Tuesday) are printed once in a "Regular" section instead of on every day; single
dates, moved dates and everything that happens only once this month are listed day by day. Every event carries a
QR code with the address of its page, so a reader with the paper in hand finds the details and the sign-up.
Five queries whatever the month holds: the region, its districts and organisations (for the form), the dates, and
the translations.
"""

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass
from decimal import Decimal
from zoneinfo import ZoneInfo

import segno
from django.conf import settings
from django.db.models import Prefetch
from django.urls import reverse
from django.utils import formats
from django.utils.dates import WEEKDAYS
from django.utils.formats import date_format
from django.utils.text import get_text_list
from django.utils.translation import gettext as _

from core.models import District, Location, Organisation, Region
from directory.models import Offer
from events.models import Event, EventTranslation, Occurrence
from translations.resolve import ShownText, show

PRINTED_FIELDS = ("title", "summary", "meeting_point")
# A weekly event shows up in "Regular" when it meets at least this often in the month at the same weekday and time.
REGULAR_MIN_DATES = 2


@dataclass(frozen=True)
class EventSheet:
    """What the paper says about an event, the same on every date."""

    event: Event
    text: ShownText
    url: str
    qr_code: str
    place: Location | None
    cost: str
    signup_needed: bool


@dataclass(frozen=True)
class DateLine:
    sheet: EventSheet
    starts: dt.datetime
    # "10:00–12:00" on the region's clock, whatever time zone the server runs in.
    times: str
    note: str
    # Where the date was before it was moved, e.g. "Tuesday, 8 December, 10:00"; empty when not moved.
    moved_from: str


@dataclass(frozen=True)
class RegularLine:
    sheet: EventSheet
    when: str
    weekday: int
    starts: dt.time


@dataclass(frozen=True)
class Day:
    day: dt.date
    label: str
    lines: list[DateLine]


@dataclass(frozen=True)
class Programme:
    region: Region
    month: dt.date
    district: District | None
    organisation: Organisation | None
    regular: list[RegularLine]
    days: list[Day]

    @property
    def is_empty(self) -> bool:
        return not self.regular and not self.days

    @property
    def has_fallback(self) -> bool:
        sheets = [line.sheet for line in self.regular] + [line.sheet for day in self.days for line in day.lines]
        return any(sheet.text.is_fallback for sheet in sheets)


def districts_of(region: Region) -> list[District]:
    return list(District.objects.filter(region=region).order_by("name"))


def organisations_of(region: Region) -> list[Organisation]:
    return list(Organisation.objects.filter(region=region).order_by("name"))


def month_bounds(month: dt.date, zone: ZoneInfo) -> tuple[dt.datetime, dt.datetime]:
    """The first instant of the month and of the next one, on the region's wall clock."""
    following = (month.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
    return dt.datetime.combine(month, dt.time(), tzinfo=zone), dt.datetime.combine(following, dt.time(), tzinfo=zone)


def _dates(
    region: Region, month: dt.date, district: District | None, organisation: Organisation | None, language: str
) -> list[Occurrence]:
    first, following = month_bounds(month, ZoneInfo(region.timezone))
    dates = Occurrence.objects.filter(
        region=region,
        is_cancelled=False,
        starts_at__gte=first,
        starts_at__lt=following,
        event__status=Event.Status.PUBLISHED,
    )
    if district is not None:
        dates = dates.filter(event__location__district=district)
    if organisation is not None:
        dates = dates.filter(event__organiser=organisation)
    return list(
        dates.select_related("event__location", "event__organiser")
        .prefetch_related(Prefetch("event__translations", queryset=EventTranslation.objects.filter(language=language)))
        .order_by("starts_at", "event__title", "id")
    )


def event_url(region: Region, event: Event) -> str:
    """The event's public page in the reader's language, as a full address for paper and QR codes."""
    path = reverse("event_detail", kwargs={"region_slug": region.slug, "id_or_slug": event.slug})
    return f"{settings.NAHBAR_BASE_URL}{path}"


def qr_code(url: str) -> str:
    """An SVG QR code as a data: URI, so the PDF needs no file and no network to show it."""
    # Medium error correction survives a crease or a coffee stain; the white page around it is the quiet zone.
    return str(segno.make(url, error="m", micro=False).svg_data_uri(scale=4, border=2, dark="#000"))


def _amount(value: Decimal) -> str:
    return f"{formats.number_format(value, 2)} €"


def cost_label(event: Event) -> str:
    if event.cost == Offer.Cost.FREE:
        return _("Free of charge")
    if event.cost == Offer.Cost.REDUCED:
        label = _("Reduced price with the %(pass)s") % {"pass": event.cost_pass_name}
        return f"{label} · {_amount(event.cost_amount)}" if event.cost_amount is not None else label
    return _amount(event.cost_amount) if event.cost_amount is not None else _("Costs money")


def _sheet(region: Region, event: Event, language: str) -> EventSheet:
    text = show(
        source_fields={name: getattr(event, name) for name in PRINTED_FIELDS},
        source_language=region.source_language,
        content_version=event.content_version,
        translations=event.translations.all(),
        language=language,
        field_names=PRINTED_FIELDS,
    )
    url = event_url(region, event)
    return EventSheet(
        event=event,
        text=text,
        url=url,
        qr_code=qr_code(url),
        place=event.location,
        cost=cost_label(event),
        signup_needed=event.signup_enabled,
    )


def _clock(value: dt.datetime | dt.time) -> str:
    return formats.time_format(value, "H:i")


def _when_regular(month: dt.date, weekday: int, starts: dt.time, ends: dt.time, days: list[dt.date]) -> str:
    times = {"weekday": WEEKDAYS[weekday], "start": _clock(starts), "end": _clock(ends)}
    all_such_days = [
        day for day in (month + dt.timedelta(days=offset) for offset in range(31))
        if day.month == month.month and day.weekday() == weekday
    ]  # fmt: skip
    if days == all_such_days:
        return _("every %(weekday)s, %(start)s–%(end)s") % times
    listed = get_text_list([date_format(day, "MONTH_DAY_FORMAT") for day in days], _("and"))
    return _("%(weekday)s, %(start)s–%(end)s, on %(dates)s") % {**times, "dates": listed}


def _pattern(date: Occurrence, zone: ZoneInfo) -> tuple[int, dt.time, dt.time]:
    starts, ends = date.starts_at.astimezone(zone), date.ends_at.astimezone(zone)
    return starts.weekday(), starts.time(), ends.time()


def _split_regular(
    dates: list[Occurrence], sheets: dict[int, EventSheet], month: dt.date, zone: ZoneInfo
) -> tuple[list[RegularLine], list[Occurrence]]:
    """Weekly dates at the same weekday and time become one line; the rest stays for the day-by-day list."""
    groups: dict[tuple[int, int, dt.time, dt.time], list[Occurrence]] = defaultdict(list)
    for date in dates:
        if "FREQ=WEEKLY" in date.event.recurrence.upper() and not date.is_moved:
            groups[(date.event_id, *_pattern(date, zone))].append(date)
    regular: list[RegularLine] = []
    summarised: set[int] = set()
    for (event_id, weekday, starts, ends), group in groups.items():
        if len(group) < REGULAR_MIN_DATES:
            continue
        days = [date.starts_at.astimezone(zone).date() for date in group]
        regular.append(
            RegularLine(
                sheet=sheets[event_id],
                when=_when_regular(month, weekday, starts, ends, days),
                weekday=weekday,
                starts=starts,
            )
        )
        summarised.update(date.pk for date in group)
    regular.sort(key=lambda line: (line.weekday, line.starts, line.sheet.text.fields["title"].casefold()))
    return regular, [date for date in dates if date.pk not in summarised]


def day_label(day: dt.date) -> str:
    return _("%(weekday)s, %(date)s") % {
        "weekday": WEEKDAYS[day.weekday()],
        "date": date_format(day, "MONTH_DAY_FORMAT"),
    }


def _moved_from(date: Occurrence, zone: ZoneInfo) -> str:
    if not date.is_moved:
        return ""
    before = date.original_start.astimezone(zone)
    return f"{day_label(before.date())}, {_clock(before)}"


def _by_day(dates: list[Occurrence], sheets: dict[int, EventSheet], zone: ZoneInfo) -> list[Day]:
    days: dict[dt.date, list[DateLine]] = defaultdict(list)
    for date in dates:
        starts, ends = date.starts_at.astimezone(zone), date.ends_at.astimezone(zone)
        days[starts.date()].append(
            DateLine(
                sheet=sheets[date.event_id],
                starts=starts,
                times=f"{_clock(starts)}–{_clock(ends)}",
                note=date.note,
                moved_from=_moved_from(date, zone),
            )
        )
    return [Day(day=day, label=day_label(day), lines=lines) for day, lines in sorted(days.items())]


def month_programme(
    *,
    region: Region,
    month: dt.date,
    language: str,
    district: District | None = None,
    organisation: Organisation | None = None,
) -> Programme:
    zone = ZoneInfo(region.timezone)
    dates = _dates(region, month, district, organisation, language)
    sheets: dict[int, EventSheet] = {}
    for date in dates:
        if date.event_id not in sheets:
            sheets[date.event_id] = _sheet(region, date.event, language)
    regular, single = _split_regular(dates, sheets, month, zone)
    return Programme(
        region=region,
        month=month,
        district=district,
        organisation=organisation,
        regular=regular,
        days=_by_day(single, sheets, zone),
    )
