"""A counsellor at the office computer: second factor, a walk-in in the contact log, a case opened with consent,
a note. axe-core checks every page."""

import re

from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice
from playwright.sync_api import expect

from counselling.models import Case, CaseNote, Contact
from tests.browser.conftest import axe_check, label, tr
from tests.browser.test_staff import log_in


def current_code(user) -> str:
    device = TOTPDevice.objects.get(user=user)
    return f"{totp(device.bin_key, step=device.step, t0=device.t0, digits=device.digits):06d}"


def test_a_counsellor_logs_a_contact_and_opens_a_case(desktop, world, staff):
    page = desktop
    counsellor = staff["counsellor"]
    log_in(page, counsellor.username)

    page.get_by_role("link", name=tr("en", "Contact log"), exact=True).click()
    expect(page.get_by_role("heading", level=1)).to_have_text(tr("en", "Second factor"))
    axe_check(page)
    page.get_by_label(tr("en", "Six-digit code from your authenticator app")).fill(current_code(counsellor))
    page.get_by_role("button", name=tr("en", "Confirm"), exact=True).click()

    expect(page.get_by_role("heading", level=1)).to_have_text(tr("en", "Contact log"))
    axe_check(page)
    page.get_by_label(tr("en", "Walk-in"), exact=True).check()
    page.get_by_label(tr("en", "Language used"), exact=True).select_option("ar")
    page.get_by_label(label("en", "interpreter used")).check()
    page.get_by_label(tr("en", "Referred elsewhere"), exact=True).check()
    page.get_by_role("button", name=tr("en", "Log contact"), exact=True).click()
    expect(page.get_by_role("status")).to_contain_text(tr("en", "The contact was logged."))
    assert Contact.objects.get().way == "walk_in"

    page.get_by_role("link", name=tr("en", "Cases"), exact=True).click()
    axe_check(page)
    page.get_by_role("link", name=tr("en", "Open a case"), exact=True).click()
    axe_check(page)
    page.get_by_label(tr("en", "Nickname"), exact=True).fill("Samira")
    page.get_by_label(tr("en", "Nationality (ISO code)"), exact=True).fill("SY")
    page.get_by_label(tr("en", "Language of the consent text"), exact=True).select_option("fa")
    page.get_by_label(tr("en", "Agrees to counselling and case work"), exact=True).check()
    page.get_by_label(tr("en", "On screen"), exact=True).check()
    page.get_by_role("button", name=tr("en", "Open the case"), exact=True).click()

    expect(page).to_have_url(re.compile(r"/staff/cases/\d+/$"))
    page.get_by_label(tr("en", "New note"), exact=True).fill("Braucht Hilfe beim Antrag auf Kindergeld.")
    page.get_by_role("button", name=tr("en", "Save note"), exact=True).click()
    expect(page.get_by_text("Braucht Hilfe beim Antrag auf Kindergeld.")).to_be_visible()
    axe_check(page)
    case = Case.objects.get()
    assert case.person.third_country
    assert CaseNote.objects.filter(case=case).count() == 1
