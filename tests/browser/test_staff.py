"""Staff at an office computer keep an offer and its translation current; other organisations stay out."""

import re

from playwright.sync_api import expect

from tests.browser.conftest import label, tr
from tests.conftest import PASSWORD

NEW_GERMAN = "Neu: Wir treffen uns jetzt im Gemeindesaal und planen zusammen Ausflüge in die Umgebung."
NEW_ARABIC = "جديد: نلتقي الآن في قاعة الحي ونخطط معًا للرحلات في المنطقة."
OUTDATED_NOTE = "The original text was changed after this translation was made. Details may be out of date."


def log_in(page, username):
    page.goto("/staff/login/")
    expect(page.get_by_role("heading", level=1)).to_have_text(tr("en", "Log in to the staff area"))
    page.get_by_label(tr("en", "User name")).fill(username)
    page.get_by_label(tr("en", "Password"), exact=True).fill(PASSWORD)
    page.get_by_role("button", name=tr("en", "Log in"), exact=True).click()
    expect(page).to_have_url(re.compile(r"/staff/$"))
    expect(page.get_by_role("heading", level=1)).to_have_text(tr("en", "Overview"))


def test_editor_updates_the_german_text_and_then_the_arabic_translation(desktop, world, staff):
    page = desktop
    cafe = world.cafe
    log_in(page, staff["other_editor"].username)  # editor of the office that runs the café

    page.get_by_role("link", name="Willkommenscafé", exact=True).first.click()
    expect(page).to_have_url(re.compile(rf"/staff/offers/{cafe.pk}/$"))
    expect(page.get_by_role("heading", level=1)).to_have_text("Willkommenscafé")
    arabic = page.locator("li").filter(has=page.get_by_role("link", name="العربية", exact=True))
    expect(arabic.locator(".badge")).to_have_text(tr("en", "Up to date"))

    description = page.get_by_label(label("en", "description"), exact=True)
    expect(description).to_have_value(cafe.description)
    description.fill(NEW_GERMAN)
    page.get_by_role("button", name=tr("en", "Save"), exact=True).click()
    expect(page.get_by_role("status")).to_contain_text(tr("en", "Your changes were saved."))
    expect(page.get_by_label(label("en", "description"), exact=True)).to_have_value(NEW_GERMAN)
    expect(arabic.locator(".badge")).to_have_text(tr("en", "Outdated"))

    arabic.get_by_role("link", name="العربية", exact=True).click()
    expect(page).to_have_url(re.compile(rf"/staff/offers/{cafe.pk}/translations/ar/$"))
    expect(page.locator("main p .badge")).to_have_text(tr("en", "Outdated"))
    expect(page.locator(".note")).to_contain_text(tr("en", "The German text changed after this translation was saved:"))
    expect(page.locator(".note .diff")).to_contain_text(NEW_GERMAN)
    page.get_by_label(tr("en", "Description"), exact=True).fill(NEW_ARABIC)
    page.get_by_role("button", name=tr("en", "Save translation")).click()
    expect(page).to_have_url(re.compile(rf"/staff/offers/{cafe.pk}/$"))
    expect(page.get_by_role("status")).to_contain_text(tr("en", "The translation was saved."))
    expect(arabic.locator(".badge")).to_have_text(tr("en", "Up to date"))

    page.goto("/ar/testort/offers/willkommenscafe/")
    expect(page.get_by_role("heading", level=1)).to_have_text("مقهى الترحيب")
    expect(page.locator("article .description")).to_have_text(NEW_ARABIC)
    expect(page.locator("article .description")).not_to_have_attribute("lang", "de")
    expect(page.get_by_text(tr("ar", OUTDATED_NOTE))).to_have_count(0)
    expect(page.locator("article .note")).to_have_count(0)

    page.goto("/de/testort/offers/willkommenscafe/")
    expect(page.locator("article .description")).to_have_text(NEW_GERMAN)


def test_editor_of_another_organisation_cannot_open_the_cafe(desktop, world, staff):
    page = desktop
    cafe = world.cafe
    log_in(page, staff["editor"].username)  # editor of the agency, not of the office that runs the café

    main = page.get_by_role("main")
    expect(main.get_by_role("link", name="Migrationsberatung", exact=True).first).to_be_visible()
    expect(main.get_by_role("link", name="Willkommenscafé", exact=True)).to_have_count(0)
    page.get_by_role("navigation", name=tr("en", "Staff area")).get_by_role("link", name=tr("en", "Offers")).click()
    expect(page).to_have_url(re.compile(r"/staff/offers/$"))
    expect(main.get_by_role("link", name="Integrationskurs mit Alphabetisierung", exact=True)).to_be_visible()
    expect(main.get_by_role("link", name="Willkommenscafé", exact=True)).to_have_count(0)

    for path in (f"/staff/offers/{cafe.pk}/", f"/staff/offers/{cafe.pk}/translations/ar/"):
        response = page.goto(path)
        assert response is not None
        assert response.status == 403, path
        expect(page.get_by_text("Willkommenscafé")).to_have_count(0)
        expect(page.get_by_role("textbox")).to_have_count(0)
