"""On a phone, in Farsi: a family signs up for the trip, it fills, the next one waits, a cancellation lets them in."""

import re
import urllib.request

import pytest
from django.core.cache import cache
from django.utils import translation
from playwright.sync_api import expect

from events.models import SignUp
from tests.browser.conftest import PHONE, axe_check, has_no_horizontal_scroll, screenshot, tr
from tests.events.conftest import make_event, next_weekday
from tests.events.signup_support import FakeSmsGateway, date_of, form_url


@pytest.fixture
def gateway(settings):
    fake = FakeSmsGateway()
    settings.NAHBAR_SMS_GATEWAY_URL = fake.url
    settings.NAHBAR_SMS_GATEWAY_TOKEN = "token"
    cache.clear()
    yield fake
    fake.close()


@pytest.fixture
def trip(world):
    """The trip to the sea: 4 places, families up to 4, with a Farsi translation."""
    return make_event(
        world.office,
        title="Ausflug ans Meer",
        summary="Mit dem Bus nach Wilhelmshaven, Picknick am Strand.",
        location=world.office_place,
        starts_at=next_weekday(5, 9, weeks_ahead=1),
        ends_at=next_weekday(5, 18, weeks_ahead=1),
        signup_enabled=True,
        capacity=4,
        max_party_size=4,
        translations={"fa": {"title": "سفر به دریا", "summary": "با اتوبوس به ویلهلمس‌هافن، پیک‌نیک در ساحل."}},
    )


@pytest.fixture
def warm_server(live_server):
    """The first request imports every view module (PDF rendering too): slow on a busy machine, so done here."""
    with urllib.request.urlopen(live_server.url + "/fa/", timeout=120) as response:  # noqa: S310 - local server
        assert response.status == 200
    return live_server


def places(language, people):
    with translation.override(language):
        return translation.ngettext("You have a place.", "You have %(people)s places.", people) % {"people": people}


def sign_up(page, url, *, name, people="1", phone=""):
    page.goto(url)
    page.get_by_label(tr("fa", "Name or nickname")).fill(name)
    page.get_by_label(tr("fa", "How many people?")).select_option(people)
    if phone:
        page.get_by_label(tr("fa", "Mobile number for SMS (optional)")).fill(phone)
        page.get_by_label(tr("fa", "Remind me the day before")).check()
    page.get_by_role("button").filter(
        has_text=re.compile(tr("fa", "Sign up") + "|" + tr("fa", "Join the waiting list"))
    ).click()
    expect(page).to_have_url(re.compile(r"/fa/testort/signups/[\w-]+/\?new=1$"))
    return page.get_by_label(tr("fa", "Your personal link")).input_value()


def test_a_family_signs_up_the_trip_fills_and_a_cancellation_moves_the_waiting_person_up(
    new_page,
    trip,
    gateway,
    warm_server,
):
    url = form_url(date_of(trip), "fa")
    family = new_page(**PHONE, locale="fa-IR")
    family.goto(url)
    expect(family.locator("html")).to_have_attribute("dir", "rtl")
    expect(family.get_by_role("heading", level=1)).to_contain_text("سفر به دریا")
    axe_check(family)
    assert has_no_horizontal_scroll(family)

    family_link = sign_up(family, url, name="خانواده حیدری", people="3")
    assert family_link.startswith(warm_server.url + "/fa/testort/signups/")
    expect(family.get_by_role("status")).to_contain_text(places("fa", 3))
    axe_check(family)
    assert has_no_horizontal_scroll(family)
    screenshot(family, "signup-fa-confirmation")

    neighbour = new_page(**PHONE, locale="fa-IR")
    sign_up(neighbour, url, name="Bashir")  # the last place

    newcomer = new_page(**PHONE, locale="fa-IR")
    newcomer.goto(url)
    expect(newcomer.get_by_role("heading", level=2, name=tr("fa", "Join the waiting list"))).to_be_visible()
    waiting_link = sign_up(newcomer, url, name="Chiara", phone="0151 2345678")
    expect(newcomer.get_by_role("status")).to_contain_text(
        tr("fa", "You are on the waiting list, number %(position)s.") % {"position": 1}
    )
    axe_check(newcomer)
    assert SignUp.objects.get(name="Chiara").status == "waiting"
    assert [number for number, _ in gateway.texts] == ["+491512345678"]  # the confirmation with the link

    # The family cannot come after all and cancels with their personal link.
    family.goto(family_link)
    family.get_by_role("button", name=tr("fa", "Cancel my sign-up")).click()
    expect(family.get_by_role("status")).to_contain_text(
        tr("fa", "Your sign-up is cancelled. Thank you for letting us know.")
    )
    axe_check(family)

    newcomer.goto(waiting_link)
    expect(newcomer.get_by_role("status")).to_contain_text(
        tr("fa", "Good news: someone cancelled and you moved up from the waiting list. You have a place!")
    )
    axe_check(newcomer)
    assert has_no_horizontal_scroll(newcomer)
    screenshot(newcomer, "signup-fa-moved-up")
    assert SignUp.objects.get(name="Chiara").status == "confirmed"
    assert len(gateway.texts) == 2
    number, text = gateway.texts[1]
    assert number == "+491512345678"
    assert "سفر به دریا" in text
