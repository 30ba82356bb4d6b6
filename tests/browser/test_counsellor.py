"""A counsellor at the office computer: second factor, a walk-in in the contact log, a case opened with consent,
a note, a referral to a partner who accepts and reports back. axe-core checks every page."""

import re

from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice
from playwright.sync_api import expect

from counselling.models import Case, CaseNote, Contact
from referrals.models import Referral
from tests.browser.conftest import axe_check, label, tr
from tests.browser.test_staff import log_in


def current_code(user, drift: int = 0) -> str:
    device = TOTPDevice.objects.get(user=user)
    return f"{totp(device.bin_key, step=device.step, t0=device.t0, digits=device.digits, drift=drift):06d}"


def second_factor(page, user, drift: int = 0) -> None:
    expect(page.get_by_role("heading", level=1)).to_have_text(tr("en", "Second factor"))
    axe_check(page)
    page.get_by_label(tr("en", "Six-digit code from your authenticator app")).fill(current_code(user, drift))
    page.get_by_role("button", name=tr("en", "Confirm"), exact=True).click()


def log_out(page) -> None:
    page.get_by_role("button", name=tr("en", "Log out"), exact=True).click()


def test_a_counsellor_logs_a_contact_opens_a_case_and_refers_to_a_partner(desktop, world, staff):
    page = desktop
    counsellor = staff["counsellor"]
    log_in(page, counsellor.username)

    page.get_by_role("link", name=tr("en", "Contact log"), exact=True).click()
    second_factor(page, counsellor)

    expect(page.get_by_role("heading", level=1)).to_have_text(tr("en", "Contact log"))
    axe_check(page)
    page.get_by_label(tr("en", "Walk-in"), exact=True).check()
    page.get_by_label(tr("en", "Language used"), exact=True).select_option("ar")
    page.get_by_label(label("en", "interpreter used")).check()
    page.get_by_label(tr("en", "Solved here"), exact=True).check()
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

    # Referred to the agency, which answers in nahbar.
    page.get_by_role("link", name=tr("en", "Refer to a partner"), exact=True).click()
    axe_check(page)
    page.get_by_label(tr("en", "Partner organisation"), exact=True).select_option(label=world.agency.name)
    page.get_by_label(tr("en", "What the person needs from the partner"), exact=True).fill("Hilfe beim Kindergeld.")
    page.get_by_label(tr("en", "On screen"), exact=True).check()
    page.get_by_role("button", name=tr("en", "Send the referral"), exact=True).click()
    expect(page.get_by_role("heading", level=1)).to_have_text(
        tr("en", "Referral to %(partner)s") % {"partner": world.agency.name}
    )
    axe_check(page)
    log_out(page)

    partner = staff["other_counsellor"]
    log_in(page, partner.username)
    page.get_by_role("link", name=tr("en", "Referrals"), exact=True).click()
    second_factor(page, partner)
    axe_check(page)
    page.get_by_role("link", name=re.compile(r"\d")).first.click()
    expect(page.get_by_text("Hilfe beim Kindergeld.")).to_be_visible()
    page.get_by_role("button", name=tr("en", "Accept"), exact=True).click()
    expect(page.get_by_role("status")).to_contain_text(
        tr("en", "You accepted the referral. Report back when you are done.")
    )
    axe_check(page)
    page.get_by_label(tr("en", "Report back: what happened"), exact=True).fill("Antrag gestellt, Termin am 3.12.")
    page.get_by_role("button", name=tr("en", "Report back and finish"), exact=True).click()
    expect(page.get_by_role("status")).to_contain_text(tr("en", "Thank you: the sender sees your report."))
    log_out(page)

    log_in(page, counsellor.username)
    page.get_by_role("link", name=tr("en", "Cases"), exact=True).click()
    # A code works once: within the same half minute, the authenticator's next code (one step of drift is allowed).
    second_factor(page, counsellor, drift=1)
    page.get_by_role("link", name="Samira", exact=True).click()
    page.get_by_role("link", name=re.compile(world.agency.name)).click()
    expect(page.get_by_text("Antrag gestellt, Termin am 3.12.")).to_be_visible()
    expect(page.get_by_role("region", name=tr("en", "Path"))).to_contain_text(tr("en", "Done, reported back"))
    axe_check(page)
    assert Referral.objects.get().status == Referral.Status.DONE
