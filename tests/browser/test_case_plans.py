"""A counsellor works through a young man's recognition checklist and youth plan, at the office and on a phone;
axe-core checks every page."""

import datetime as dt

from django.utils import timezone
from playwright.sync_api import expect

from counselling import cases
from counselling.models import Recognition, YouthPlan
from tests.browser.conftest import axe_check, has_no_horizontal_scroll, tr
from tests.browser.test_counsellor import second_factor
from tests.browser.test_staff import log_in


def test_a_counsellor_keeps_a_recognition_checklist_and_a_youth_plan(desktop, world, staff):
    page = desktop
    counsellor = staff["counsellor"]
    case = cases.open_case(
        actor=counsellor,
        organisation=world.office,
        person={"nickname": "Yusuf", "birth_year": timezone.localdate().year - 19, "nationality": "SY"},
        consents=[cases.ConsentGiven("case_work", "paper")],
        now=timezone.now(),
    )
    log_in(page, counsellor.username)
    page.goto(f"/staff/cases/{case.pk}/")
    second_factor(page, counsellor)

    page.get_by_role("link", name=tr("en", "Recognition of certificates"), exact=True).click()
    expect(page.get_by_role("heading", level=1)).to_have_text(tr("en", "Recognition of certificates"))
    axe_check(page)
    page.get_by_label(tr("en", "Document"), exact=True).select_option("vocational")
    page.get_by_label(tr("en", "Country of issue (ISO code)"), exact=True).fill("sy")
    page.get_by_label(tr("en", "Profession or qualification"), exact=True).fill("Elektriker")
    page.get_by_label(tr("en", "Competent authority"), exact=True).fill("IHK FOSA")
    page.get_by_role("button", name=tr("en", "Add the certificate"), exact=True).click()
    expect(page.get_by_role("status")).to_contain_text(tr("en", "The recognition was added."))
    axe_check(page)

    page.get_by_role("button", name=tr("en", "Done"), exact=True).first.click()
    expect(page.get_by_role("button", name=tr("en", "Not done"), exact=True)).to_have_count(1)
    page.get_by_label(tr("en", "Status"), exact=True).select_option("recognised")
    page.get_by_role("button", name=tr("en", "Save status"), exact=True).click()
    expect(page.get_by_text(tr("en", "Enter the date of the decision."))).to_be_visible()
    axe_check(page)
    page.get_by_label(tr("en", "Decided on"), exact=True).fill("2026-03-02")
    page.get_by_role("button", name=tr("en", "Save status"), exact=True).click()
    expect(page.get_by_role("status")).to_contain_text(tr("en", "Saved."))
    recognition = Recognition.objects.get(case=case)
    assert (recognition.status, recognition.decided_on) == ("recognised", dt.date(2026, 3, 2))

    page.goto(f"/staff/cases/{case.pk}/")
    expect(page.get_by_text(tr("en", "Recognised"))).to_be_visible()
    page.get_by_role("link", name=tr("en", "Youth plan"), exact=True).click()
    axe_check(page)
    page.get_by_label(tr("en", "Goal"), exact=True).select_option("training")
    page.get_by_label(tr("en", "The goal in a few words"), exact=True).fill("Ausbildung als Maler")
    page.get_by_label(tr("en", "Partner %(number)s") % {"number": 1}, exact=True).select_option(str(world.agency.pk))
    page.get_by_label(tr("en", "What partner %(number)s does") % {"number": 1}, exact=True).fill("Bewerbungen")
    page.get_by_role("button", name=tr("en", "Save the youth plan"), exact=True).click()
    expect(page.get_by_role("status")).to_contain_text(tr("en", "The youth plan was saved."))
    axe_check(page)
    assert list(YouthPlan.objects.get(case=case).partners.all()) == [world.agency]

    page.set_viewport_size({"width": 360, "height": 740})
    assert has_no_horizontal_scroll(page)
    page.goto(f"/staff/cases/{case.pk}/recognitions/{recognition.pk}/")
    assert has_no_horizontal_scroll(page)
