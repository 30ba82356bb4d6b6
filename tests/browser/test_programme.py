"""The print page of the programme on a cheap phone: accessible, no sideways scrolling, the form works without JS."""

from typing import Any

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import axe_check, has_no_horizontal_scroll, screenshot, tr
from tests.events.test_programme import Month, month  # noqa: F401 - the fixture with a month of events


@pytest.mark.parametrize("language", ["de", "fa"])
def test_print_page_is_accessible_and_fits_a_phone(phone: Any, month: Month, language: str) -> None:  # noqa: F811
    phone.goto(f"/{language}/testort/programme/?month={month.first:%Y-%m}")

    expect(phone.locator("main h1")).to_be_visible()
    expect(phone.locator("html")).to_have_attribute("dir", "rtl" if language == "fa" else "ltr")
    assert has_no_horizontal_scroll(phone)
    screenshot(phone, f"programme-{language}")
    axe_check(phone)


def test_choosing_a_district_narrows_the_programme(phone: Any, month: Month) -> None:  # noqa: F811
    phone.goto(f"/de/testort/programme/?month={month.first:%Y-%m}")
    phone.get_by_label(tr("de", "District")).select_option("sued")
    phone.get_by_role("button", name=tr("de", "Show programme")).click()

    expect(phone.get_by_role("link", name="Konzert und Tanz")).to_be_visible()
    expect(phone.get_by_text("Ausflug ans Meer")).to_have_count(0)
    download = phone.get_by_role("link", name=tr("de", "Download PDF"))
    expect(download).to_have_attribute("href", f"/de/testort/programme.pdf?month={month.first:%Y-%m}&district=sued")


def test_a_mistyped_month_is_explained_accessibly(phone: Any, world: Any) -> None:
    response = phone.goto("/fa/testort/programme/?month=2026-13")

    assert response is not None
    assert response.status == 400
    expect(phone.get_by_role("alert")).to_be_visible()
    axe_check(phone)
