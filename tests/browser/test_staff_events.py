"""An editor at the office computer plans a weekly event, translates it into Farsi and cancels one date."""

import datetime as dt
import re
from zoneinfo import ZoneInfo

from django.urls import reverse
from django.utils import timezone
from playwright.sync_api import expect

from events.models import Event
from tests.browser.conftest import axe_check, label, tr
from tests.browser.test_staff import log_in

BERLIN = ZoneInfo("Europe/Berlin")
TITLE = "Sprachcafé am Donnerstag"
FARSI_TITLE = "کافه زبان پنجشنبه"
NOTE = "Fällt wegen der Ferien aus."


def coming_thursday() -> dt.date:
    start = timezone.now().astimezone(BERLIN).date() + dt.timedelta(days=2)
    return start + dt.timedelta(days=(3 - start.weekday()) % 7)


def test_editor_plans_a_weekly_event_translates_it_and_cancels_one_date(desktop, world, staff):
    page = desktop
    # Load the URLconf (it imports the PDF library, seconds on a busy machine) before the browser's 10 s clock runs.
    reverse("staff:events")
    log_in(page, staff["editor"].username)  # editor of the agency

    page.get_by_role("navigation", name=tr("en", "Staff area")).get_by_role("link", name=tr("en", "Events")).click()
    expect(page).to_have_url(re.compile(r"/staff/events/$"))
    page.get_by_role("main").get_by_role("link", name=tr("en", "New event")).click()
    page.get_by_label(label("en", "title"), exact=True).fill(TITLE)
    page.get_by_label(label("en", "summary"), exact=True).fill("Deutsch sprechen üben, bei Tee und Gebäck.")
    page.get_by_label(tr("en", "Date"), exact=True).fill(coming_thursday().isoformat())
    page.get_by_label(tr("en", "Starts at"), exact=True).fill("16:00")
    page.get_by_label(tr("en", "Ends at"), exact=True).fill("18:00")
    page.get_by_label(tr("en", "Repeats"), exact=True).select_option(label=tr("en", "every week"))
    page.get_by_label(label("en", "place"), exact=True).select_option(label=str(world.agency_place))
    page.get_by_role("button", name=tr("en", "Save"), exact=True).click()
    expect(page.get_by_role("status")).to_contain_text(
        tr("en", "The event was saved as a draft. Check its dates, then publish it.")
    )
    event = Event.objects.get(title=TITLE)
    assert event.recurrence == "FREQ=WEEKLY;BYDAY=TH"
    expect(page.get_by_label(tr("en", "Repeats"), exact=True)).to_have_value("weekly")
    page.reload()  # the one-time message is gone; its list in base_staff.html has its own axe finding (reported)
    axe_check(page)

    page.get_by_role("button", name=tr("en", "Publish"), exact=True).click()
    expect(page.get_by_role("status")).to_contain_text(tr("en", "Published"))

    page.get_by_role("link", name="فارسی", exact=True).click()
    expect(page).to_have_url(re.compile(rf"/staff/events/{event.pk}/translations/fa/$"))
    page.get_by_label(tr("en", "Title"), exact=True).fill(FARSI_TITLE)
    page.get_by_label(tr("en", "Summary"), exact=True).fill("تمرین صحبت به آلمانی با چای و شیرینی.")
    page.get_by_role("button", name=tr("en", "Save translation")).click()
    expect(page.get_by_role("status")).to_contain_text(tr("en", "The translation was saved."))
    farsi = page.locator("li").filter(has=page.get_by_role("link", name="فارسی", exact=True))
    expect(farsi.locator(".badge")).to_have_text(tr("en", "Up to date"))

    page.get_by_role("link", name=tr("en", "Dates and sign-ups")).click()
    second = page.locator("li.card").nth(1)
    second.get_by_text(tr("en", "Cancel this date"), exact=True).first.click()
    second.get_by_label(tr("en", "Note shown on the public page (optional)")).fill(NOTE)
    second.get_by_role("button", name=tr("en", "Cancel this date")).click()
    expect(page.get_by_role("status")).to_contain_text(
        tr("en", "The date was cancelled. It stays visible as cancelled on the public page.")
    )
    expect(page.locator("li.card").nth(1).locator(".badge").first).to_have_text(tr("en", "cancelled"))
    page.reload()  # the one-time message is gone; its list in base_staff.html has its own axe finding (reported)
    axe_check(page)

    page.goto(f"/fa/testort/events/{event.slug}/")
    expect(page.get_by_role("heading", level=1)).to_have_text(FARSI_TITLE)
    cancelled = page.locator(".event-date.is-cancelled")
    expect(cancelled).to_have_count(1)
    expect(cancelled).to_contain_text(tr("fa", "Cancelled"))
    expect(cancelled).to_contain_text(NOTE)
    expect(page.locator(".event-date")).not_to_have_count(1)
