"""A coordinator brings another publisher's HSDS file into the town: checks the preview, then imports it."""

import re
from pathlib import Path

from playwright.sync_api import expect

from directory.models import Offer
from tests.browser.conftest import axe_check, label, tr
from tests.browser.test_staff import log_in

EXAMPLE = Path(__file__).resolve().parents[2] / "interop" / "spec" / "hsds-3.0" / "examples" / "service_full.json"


def test_coordinator_previews_and_imports_an_hsds_file(desktop, world, staff):
    page = desktop
    log_in(page, staff["coordinator"].username)
    page.get_by_role("link", name=tr("en", "Import/export"), exact=True).click()
    expect(page.get_by_role("heading", name=tr("en", "Open data (HSDS 3.0)"))).to_be_visible()
    axe_check(page)

    page.get_by_label(label("en", "HSDS file (.json, or a CSV data package as .zip)")).set_input_files(str(EXAMPLE))
    page.get_by_label(label("en", "Publisher of the file")).fill("beispielstadt")
    page.get_by_role("button", name=tr("en", "Check HSDS file"), exact=True).click()

    expect(page.get_by_role("heading", level=1)).to_have_text(tr("en", "Check the HSDS file"))
    expect(page.get_by_text(re.compile("Nothing has been saved yet"))).to_be_visible()
    expect(page.get_by_role("cell", name=re.compile(r"^service\.wait_time = "))).to_be_visible()
    axe_check(page)
    assert not Offer.objects.filter(title="Community Counselling").exists()

    page.get_by_role("button", name=tr("en", "Import"), exact=True).click()

    expect(page.get_by_role("status")).to_contain_text("HSDS import finished")
    assert Offer.objects.filter(title="Community Counselling", region=world.region).exists()
