"""Public event pages of a region: the calendar and an event's details. No login, no cookies, no JavaScript."""

import datetime as dt
from typing import Any
from zoneinfo import ZoneInfo

from django.http import HttpRequest, HttpResponse, QueryDict
from django.shortcuts import render
from django.utils import timezone, translation

from core.languages import ENDONYMS
from core.models import Region
from directory import maps
from directory import selectors as directory_selectors
from directory.models import Offer
from events import calendar, display, selectors
from events.forms_public import FILTERS, EventFilterForm
from events.models import Event


def _filters(form: EventFilterForm, data: dict[str, Any]) -> selectors.DateFilters:
    return selectors.DateFilters(
        district=form.districts.get(data.get("district") or ""),
        topic=form.topics.get(data.get("topic") or ""),
        audience=data.get("audience") or "",
        free=bool(data.get("free")),
        lang_spoken=data.get("lang_spoken") or "",
    )


def _query(request: HttpRequest, **changes: str) -> str:
    """The calendar's parameters in a fixed order, some changed or dropped (empty), always without the page."""
    query = QueryDict(mutable=True)
    # A plain dict: a QueryDict raises and catches an exception for every missing key, dozens per page.
    given = request.GET.dict()
    for name in ("view", "date", *FILTERS):
        value = changes[name] if name in changes else given.get(name, "")
        if value:
            query[name] = value
    return query.urlencode()


def _calendar(request: HttpRequest, region: Region, form: EventFilterForm, data: dict[str, Any]) -> dict[str, object]:
    now = timezone.now()
    language = translation.get_language()
    today = timezone.localdate(now, ZoneInfo(region.timezone))
    window = calendar.window(data.get("view") or calendar.UPCOMING, data.get("date") or today)
    start, end = window.bounds(ZoneInfo(region.timezone))
    page = selectors.calendar_page(
        region,
        start=start,
        end=end,
        # The coming weeks start now; a chosen day, week or month shows all its dates.
        not_ended_by=now if window.view == calendar.UPCOMING else None,
        filters=_filters(form, data),
        language=language,
        page=data.get("page") or 1,
    )
    dated = display.entries(page.dates, region=region, language=language, now=now)
    return {"window": window, "page": page, "days": display.by_day(dated), **_step_links(request, window)}


def _step_links(request: HttpRequest, window: calendar.Window) -> dict[str, str]:
    """Links to the day, week and month around the first day shown, and to the previous and next of them."""
    links = {
        f"{view}_query": _query(request, view=view, date=window.first_day.isoformat())
        for view in (calendar.DAY, calendar.WEEK, calendar.MONTH)
    }
    links["upcoming_query"] = _query(request, view="", date="")
    links["without_filters_query"] = _query(request, **dict.fromkeys(FILTERS, ""))
    if window.previous_day and window.next_day:
        links["previous_query"] = _query(request, view=window.view, date=window.previous_day.isoformat())
        links["next_query"] = _query(request, view=window.view, date=window.next_day.isoformat())
    return links


def event_list(request: HttpRequest, region_slug: str) -> HttpResponse:
    region = directory_selectors.region_by_slug(region_slug)
    form = EventFilterForm(
        request.GET or None,
        districts=directory_selectors.districts_of(region),
        topics=directory_selectors.all_topics(),
        language=translation.get_language(),
    )
    context: dict[str, object] = {"region": region, "form": form, "query_without_page": _query(request)}
    # Bad parameters get the form with its messages and no dates, as the offer finder does.
    if not form.is_bound or form.is_valid():
        context.update(_calendar(request, region, form, form.cleaned_data if form.is_bound else {}))
    return render(request, "events/event_list.html", context)


def event_detail(request: HttpRequest, region_slug: str, id_or_slug: str) -> HttpResponse:
    region = directory_selectors.region_by_slug(region_slug)
    language = translation.get_language()
    event = selectors.public_event(region, id_or_slug, language=language)
    now = timezone.now()
    dates = selectors.upcoming_dates(event, now=now)
    context = {
        "region": region,
        "event": event,
        "text": display.shown_text(event, source_language=region.source_language, language=language),
        "dates": display.entries(dates, region=region, language=language, now=now),
        "cost": display.cost_label(event),
        "topic_names": [topic.name_in(language) for topic in event.topics.all()],
        "audience": [label for key, label in Offer.Audience.choices if key in event.audience],
        "spoken": [ENDONYMS.get(code, code) for code in event.languages],
        "place": maps.place_links(event.location) if event.location else None,
        "offer": _linked_offer(event, region=region, language=language, today=timezone.localdate(now)),
        "source_language_name": ENDONYMS.get(region.source_language, region.source_language),
    }
    return render(request, "events/event_detail.html", context)


def _linked_offer(event: Event, *, region: Region, language: str, today: dt.date) -> dict[str, object] | None:
    """The offer behind the event, linked only while its own page is public."""
    offer = event.offer
    if offer is None or offer.status != Offer.Status.PUBLISHED:
        return None
    if (offer.valid_until and offer.valid_until < today) or (offer.valid_from and offer.valid_from > today):
        return None
    return {
        "offer": offer,
        "text": display.offer_title(offer, source_language=region.source_language, language=language),
    }


def home_sections(region: Region, *, language: str, now: dt.datetime) -> dict[str, object]:
    """Today's dates not yet over, and those of the next seven days, for the region's home page."""
    zone = ZoneInfo(region.timezone)
    today = timezone.localdate(now, zone)
    today_bounds = calendar.window(calendar.DAY, today).bounds(zone)
    week = calendar.Window(calendar.UPCOMING, today + dt.timedelta(days=1), today + dt.timedelta(days=7), None, None)
    today_dates, week_dates = selectors.home_dates(region, today=today_bounds, week=week.bounds(zone), now=now)
    selectors.attach_texts([*today_dates, *week_dates], region, language)
    return {
        "today_dates": display.entries(today_dates, region=region, language=language, now=now),
        "week_dates": display.entries(week_dates, region=region, language=language, now=now),
    }
