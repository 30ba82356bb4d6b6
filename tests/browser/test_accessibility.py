"""axe-core finds no WCAG 2.1 A/AA violations on the pages newcomers and staff meet first."""

from urllib.parse import quote

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import axe_check
from tests.counselling.hours_kinds import make_every_kind

PAGES = [
    "/de/",
    "/de/testort/",
    "/ar/testort/",
    "/de/testort/offers/?q=Beratung",
    f"/ar/testort/offers/?q={quote('استشارة')}",
    "/de/testort/offers/?q=Qwxyzzy+Plumbus",
    "/de/testort/offers/willkommenscafe/",
    "/ar/testort/offers/willkommenscafe/",
    "/staff/login/",
]


@pytest.mark.parametrize("path", PAGES)
def test_page_has_no_axe_violations(phone, world, path):
    response = phone.goto(path)
    assert response is not None
    assert response.status == 200
    expect(phone.locator("main h1")).to_be_visible()
    axe_check(phone)


def test_open_filters_have_no_axe_violations(phone, world):
    phone.goto("/ar/testort/offers/?q=x&district=sued&free=on")
    expect(phone.locator("details.filters")).to_have_attribute("open", "")
    axe_check(phone)


@pytest.mark.parametrize(
    "path",
    ["/ar/testort/offers/willkommenscafe/", "/fa/testort/offers/?lang_spoken=uk", "/de/testort/appointments/"],
)
def test_consultation_hours_in_the_directory_have_no_axe_violations(phone, world, path):
    make_every_kind(world)
    response = phone.goto(path)
    assert response is not None
    assert response.status == 200
    expect(phone.locator("main h1")).to_be_visible()
    axe_check(phone)
