"""A newcomer on a cheap phone, in Arabic: the event calendar, a filter, an event's page; and no axe violations."""

import datetime as dt
import re
from types import SimpleNamespace
from zoneinfo import ZoneInfo

import pytest
from django.urls import reverse
from django.utils import timezone
from playwright.sync_api import expect

from tests.browser.conftest import axe_check, has_no_horizontal_scroll, screenshot, tr
from tests.events.conftest import make_event

BERLIN = ZoneInfo("Europe/Berlin")
TRIP_AR = "رحلة إلى البحر"


def _next(weekday: int, hour: int, weeks_ahead: int = 0) -> dt.datetime:
    tomorrow = timezone.now().astimezone(BERLIN).date() + dt.timedelta(days=1)
    day = tomorrow + dt.timedelta(days=(weekday - tomorrow.weekday()) % 7 + 7 * weeks_ahead)
    return dt.datetime.combine(day, dt.time(hour), tzinfo=BERLIN)


@pytest.fixture
def programme(world):
    """A weekly café without Arabic text, and a trip with sign-up translated into Arabic, within two weeks."""
    cafe = make_event(
        world.office,
        title="Willkommenscafé Düsternort",
        summary="Kaffee, Kontakte und gemeinsame Planung der Ausflüge.",
        location=world.office_place,
        starts_at=_next(1, 10),
        recurrence="FREQ=WEEKLY;BYDAY=TU",
        topics=["meeting-places"],
    )
    trip = make_event(
        world.office,
        title="Ausflug ans Meer",
        summary="Mit dem Bus nach Wilhelmshaven, Picknick am Strand.",
        meeting_point="Bushaltestelle Hauptstraße",
        location=world.office_place,
        starts_at=_next(5, 9, weeks_ahead=1),
        ends_at=_next(5, 18, weeks_ahead=1),
        topics=["excursions"],
        cost="reduced",
        cost_pass_name="Delmenhorst-Pass",
        signup_enabled=True,
        capacity=4,
        translations={"ar": {"title": TRIP_AR, "summary": "بالحافلة إلى فيلهلمسهافن."}},
    )
    concert = make_event(
        world.agency,
        title="Konzert und Tanz",
        summary="Lokale Vereine spielen und tanzen.",
        location=world.agency_place,
        starts_at=_next(4, 18),
        cost="amount",
        cost_amount="5.00",
    )
    # Loading every app's URLs takes seconds on a busy machine; done here, the first page is not timed out.
    reverse("event_list", kwargs={"region_slug": world.region.slug})
    return SimpleNamespace(cafe=cafe, trip=trip, concert=concert)


def test_arabic_newcomer_browses_filters_and_opens_an_event(phone, programme):
    page = phone
    page.goto("/ar/testort/events/")
    expect(page.locator("html")).to_have_attribute("dir", "rtl")
    expect(page.get_by_role("heading", level=1)).to_have_text(tr("ar", "Events"))
    expect(page.get_by_role("link", name=TRIP_AR)).to_be_visible()
    cafe = page.get_by_role("link", name="Willkommenscafé Düsternort").first
    expect(cafe).to_have_attribute("lang", "de")
    assert has_no_horizontal_scroll(page)

    page.locator("details.filters summary").filter(has_text=tr("ar", "Filters")).click()
    page.get_by_label(tr("ar", "Topic"), exact=True).select_option("excursions")
    page.get_by_role("button", name=tr("ar", "Show events")).click()
    expect(page).to_have_url(re.compile(r"/ar/testort/events/\?.*topic=excursions"))
    expect(page.get_by_role("link", name=TRIP_AR)).to_be_visible()
    expect(page.get_by_role("link", name="Willkommenscafé Düsternort")).to_have_count(0)
    expect(page.get_by_label(tr("ar", "Topic"), exact=True)).to_have_value("excursions")
    assert has_no_horizontal_scroll(page)
    screenshot(page, "events-ar-filtered")

    page.get_by_role("link", name=TRIP_AR).click()
    expect(page).to_have_url(re.compile(rf"/ar/testort/events/{programme.trip.slug}/$"))
    expect(page.get_by_role("heading", level=1)).to_have_text(TRIP_AR)
    expect(page.locator("html")).to_have_attribute("dir", "rtl")
    sign_up = page.get_by_role("link", name=re.compile(re.escape(tr("ar", "Sign up"))))
    expect(sign_up).to_be_visible()
    expect(sign_up).to_have_attribute(
        "href", re.compile(rf"/ar/testort/events/{programme.trip.slug}/dates/\d+/signup/$")
    )
    expect(page.get_by_role("link", name=tr("ar", "Add to calendar"))).to_be_visible()
    assert has_no_horizontal_scroll(page)
    screenshot(page, "event-ar-detail")


@pytest.mark.parametrize(
    "path",
    [
        "/ar/testort/events/",
        "/de/testort/events/?view=week",
        "/ar/testort/events/?view=month&district=nord&free=1",
        "/ar/testort/events/?date=nicht-gut",
        "/ar/testort/events/{trip}/",
        "/fa/testort/events/{concert}/",
        "/ar/testort/",
    ],
)
def test_event_pages_have_no_axe_violations(phone, programme, path):
    response = phone.goto(path.format(trip=programme.trip.slug, concert=programme.concert.slug))
    assert response is not None
    assert response.status == 200
    expect(phone.locator("main h1")).to_be_visible()
    axe_check(phone)
