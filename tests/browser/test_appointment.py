"""On a phone, in Farsi: a newcomer books a consultation slot, keeps the link and cancels."""

import re

import pytest
from playwright.sync_api import expect

from counselling.models import Appointment
from tests.browser.conftest import axe_check, has_no_horizontal_scroll, screenshot, tr
from tests.counselling.support import make_hours


@pytest.fixture
def hours(world):
    return make_hours(world)


def test_a_newcomer_books_a_farsi_consultation_on_a_phone(phone, hours, live_server):
    page = phone
    page.goto(f"{live_server.url}/fa/testort/appointments/")
    expect(page.locator("html")).to_have_attribute("dir", "rtl")
    expect(page.get_by_role("heading", level=1)).to_have_text(tr("fa", "Consultation hours"))
    axe_check(page)
    assert has_no_horizontal_scroll(page)

    page.get_by_label(tr("fa", "I speak")).select_option("fa")
    page.get_by_role("button", name=tr("fa", "Show"), exact=True).click()
    first_time = page.locator("ul.slots a").first
    expect(first_time).to_be_visible()
    first_time.click()

    expect(page.get_by_role("heading", level=1)).to_have_text(tr("fa", "Book an appointment"))
    axe_check(page)
    page.get_by_label(tr("fa", "Name or nickname")).fill("سمیرا")
    expect(page.get_by_label(tr("fa", "Language for the conversation"))).to_have_value("fa")
    page.get_by_label(tr("fa", "What is it about? (optional)")).select_option(index=1)
    page.get_by_role("button", name=tr("fa", "Book this time"), exact=True).click()

    expect(page).to_have_url(re.compile(r"/fa/testort/appointments/mine/[\w-]+/\?new=1$"))
    expect(page.get_by_role("status")).to_contain_text(tr("fa", "Your appointment is booked."))
    axe_check(page)
    assert has_no_horizontal_scroll(page)
    screenshot(page, "appointment-booked-fa")
    appointment = Appointment.objects.get()
    assert (appointment.name, appointment.language, appointment.topic is not None) == ("سمیرا", "fa", True)

    page.get_by_role("button", name=tr("fa", "Cancel my appointment"), exact=True).click()
    expect(page.get_by_role("status")).to_contain_text(
        tr("fa", "Your appointment is cancelled. Thank you for letting us know.")
    )
    assert Appointment.objects.get().status == Appointment.Status.CANCELLED
