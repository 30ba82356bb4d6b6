"""A counsellor on a phone after a welcome home visit: adds the household that agreed, plans the visit with the
volunteer who speaks its language, ticks the checklist; open points become follow-ups. axe-core checks every page
and nothing scrolls sideways."""

import re

from django.utils import timezone
from playwright.sync_api import expect

from homevisits import services
from homevisits.models import FollowUp, Household, Visit
from tests.browser.conftest import axe_check, has_no_horizontal_scroll, tr
from tests.browser.test_counsellor import current_code
from tests.browser.test_staff import log_in


def test_a_counsellor_adds_a_household_plans_the_visit_and_records_its_result(desktop, world, staff):
    page = desktop
    counsellor = staff["counsellor"]
    services.add_volunteer(actor=counsellor, organisation=world.office, display_name="Amal", languages=["ar", "de"])
    log_in(page, counsellor.username)

    page.get_by_role("link", name=tr("en", "Welcome home visits"), exact=True).click()
    page.get_by_label(tr("en", "Six-digit code from your authenticator app")).fill(current_code(counsellor))
    page.get_by_role("button", name=tr("en", "Confirm"), exact=True).click()
    expect(page.get_by_role("heading", level=1)).to_have_text(tr("en", "Welcome home visits"))
    axe_check(page)

    page.get_by_role("link", name=tr("en", "Add a household"), exact=True).click()
    axe_check(page)
    today = timezone.localdate().isoformat()
    page.get_by_label(tr("en", "Label"), exact=True).fill("Familie Sonnenblume")
    page.get_by_label(tr("en", "District"), exact=True).select_option(label="Nord")
    page.get_by_label(tr("en", "People in the household"), exact=True).fill("5")
    page.get_by_label("العربية", exact=True).check()
    page.get_by_label(tr("en", "Moved in on"), exact=True).fill(today)
    page.get_by_role("button", name=tr("en", "Add the household"), exact=True).click()
    expect(page.get_by_role("alert")).to_contain_text(tr("en", "Please correct the marked fields. Nothing was saved."))
    expect(
        page.get_by_text(tr("en", "A household is put on the list only when it agreed: enter the day it agreed."))
    ).to_be_visible()
    axe_check(page)
    assert not Household.objects.exists()
    page.get_by_label(tr("en", "Agreed to the visit on"), exact=True).fill(today)
    page.get_by_role("button", name=tr("en", "Add the household"), exact=True).click()
    expect(page).to_have_url(re.compile(r"/staff/home-visits/\d+/$"))
    axe_check(page)

    page.get_by_label(tr("en", "Day of the visit"), exact=True).fill(today)
    assignee = page.get_by_label(tr("en", "Who visits"), exact=True)
    expect(assignee.locator("option").nth(1)).to_contain_text("Amal")
    assignee.select_option(index=1)
    page.get_by_role("button", name=tr("en", "Plan the visit"), exact=True).click()
    expect(page.get_by_role("status")).to_contain_text(tr("en", "The visit is planned."))
    assert Visit.objects.values_list("volunteer__display_name", flat=True).get() == "Amal"

    page.get_by_role("link", name=tr("en", "Record the result"), exact=True).click()
    axe_check(page)
    page.get_by_label(tr("en", "School"), exact=True).check()
    page.get_by_label(tr("en", "Electricity and gas contract"), exact=True).check()
    page.get_by_label(tr("en", "%(point)s: no follow-up needed") % {"point": tr("en", "Transport ticket")}).check()
    page.get_by_label(tr("en", "%(point)s: what is to be done?") % {"point": tr("en", "Kita (day care)")}).fill(
        "Kita-Platz suchen"
    )
    page.get_by_label(tr("en", "Needs support: follow-ups agreed"), exact=True).check()
    page.get_by_role("button", name=tr("en", "Save the result"), exact=True).click()
    expect(page).to_have_url(re.compile(r"/staff/home-visits/\d+/$"))
    expect(page.get_by_text("Kita-Platz suchen")).to_be_visible()
    axe_check(page)
    assert sorted(FollowUp.objects.values_list("point__kind", flat=True)) == ["doctor", "jobcenter", "kita"]

    page.set_viewport_size({"width": 360, "height": 740})
    assert has_no_horizontal_scroll(page)
