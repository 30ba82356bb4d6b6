"""Newcomers on a cheap phone: searching in their own language, filtering, reading an offer, switching language."""

import re
from urllib.parse import quote

from playwright.sync_api import expect

from tests.browser.conftest import has_no_horizontal_scroll, screenshot, tr

COUNSELLING_AR = "استشارة"
COUNSELLING_FA = "مشاوره"
FALLBACK_NOTE = (
    "This offer is not yet translated into your language. It is shown in the original language (%(language)s)."
)


def card_of(page, title):
    return page.locator("li.card").filter(has=page.get_by_role("link", name=title, exact=True))


def open_filters(page, language):
    filters = page.locator("details.filters")
    if filters.get_attribute("open") is None:
        filters.locator("summary").filter(has_text=tr(language, "Filters")).click()
    expect(filters).to_have_attribute("open", "")


def test_arabic_newcomer_searches_filters_reads_and_switches_to_farsi(phone, world):
    page = phone
    page.goto("/ar/testort/")
    expect(page.locator("html")).to_have_attribute("dir", "rtl")
    expect(page.locator("html")).to_have_attribute("lang", "ar")

    search = page.get_by_role("searchbox", name=tr("ar", "What are you looking for?"))
    search.fill(COUNSELLING_AR)
    search.press("Enter")
    expect(page).to_have_url(re.compile(r"/ar/testort/offers/\?q="))
    card = card_of(page, "Migrationsberatung")
    expect(card).to_be_visible()
    expect(card.locator(".note")).to_have_text(tr("ar", "Not yet translated – shown in German."))
    expect(card.get_by_role("link", name="Migrationsberatung")).to_have_attribute("lang", "de")

    open_filters(page, "ar")
    page.get_by_label(tr("ar", "District"), exact=True).select_option(label="Süd")
    page.get_by_role("button", name=tr("ar", "Show offers")).click()
    expect(page).to_have_url(re.compile(r"district=sued"))
    expect(page.get_by_role("searchbox")).to_have_value(COUNSELLING_AR)
    expect(card_of(page, "Migrationsberatung")).to_be_visible()
    expect(card_of(page, "Willkommenscafé")).to_have_count(0)  # the café is in Nord

    # The language switch keeps this very page and the search, so nothing has to be typed again.
    farsi = page.get_by_role("navigation", name=tr("ar", "Language")).get_by_role("link", name="فارسی")
    expect(farsi).to_have_attribute(
        "href", re.compile(rf"^/fa/testort/offers/\?q={re.escape(quote(COUNSELLING_AR))}&district=sued(&|$)")
    )

    card_of(page, "Migrationsberatung").get_by_role("link", name="Migrationsberatung").click()
    expect(page).to_have_url(re.compile(r"/ar/testort/offers/beratung-migration/$"))
    expect(page.get_by_role("heading", level=1)).to_have_text("Migrationsberatung")
    fallback = tr("ar", FALLBACK_NOTE) % {"language": "Deutsch"}
    expect(page.locator("article .note").first).to_have_text(fallback)
    where = page.locator("section").filter(has=page.get_by_role("heading", name=tr("ar", "Where"), exact=True))
    expect(where).to_contain_text("Brunnenplatz 2")
    expect(where).to_contain_text("46282 Testort")
    when = page.locator("section").filter(has=page.get_by_role("heading", name=tr("ar", "When"), exact=True))
    expect(when).to_contain_text(tr("ar", "By appointment – please get in touch."))
    expect(page.get_by_role("heading", name=tr("ar", "Contact"), exact=True)).to_be_visible()
    expect(page.get_by_role("heading", name=tr("ar", "Who offers this"), exact=True)).to_be_visible()
    assert has_no_horizontal_scroll(page)

    page.get_by_role("link", name="فارسی").click()
    expect(page).to_have_url(re.compile(r"/fa/testort/offers/beratung-migration/$"))
    expect(page.locator("html")).to_have_attribute("lang", "fa")
    expect(page.locator("html")).to_have_attribute("dir", "rtl")
    expect(page.get_by_role("heading", level=1)).to_have_text("Migrationsberatung")

    page.go_back()
    page.go_back()
    expect(page.get_by_role("searchbox")).to_have_value(COUNSELLING_AR)
    page.get_by_role("link", name="فارسی").click()
    expect(page).to_have_url(re.compile(r"/fa/testort/offers/\?q=.+&district=sued(&|$)"))
    expect(page.get_by_role("searchbox")).to_have_value(COUNSELLING_AR)
    expect(page.get_by_label(tr("fa", "District"), exact=True)).to_have_value("sued")
    expect(card_of(page, "Migrationsberatung")).to_be_visible()


def test_farsi_newcomer_finds_free_counselling_without_sideways_scrolling(phone, world):
    page = phone
    page.goto(f"/fa/testort/offers/?q={quote(COUNSELLING_FA)}")
    expect(page.locator("html")).to_have_attribute("dir", "rtl")
    expect(page.locator("html")).to_have_attribute("lang", "fa")
    expect(card_of(page, "Migrationsberatung")).to_be_visible()
    assert has_no_horizontal_scroll(page), "the results page must fit a 360 px screen"

    open_filters(page, "fa")
    assert has_no_horizontal_scroll(page), "the open filters must fit a 360 px screen"
    page.get_by_label(tr("fa", "Free of charge only")).check()
    page.get_by_role("button", name=tr("fa", "Show offers")).click()
    expect(page).to_have_url(re.compile(r"free=on"))
    card = card_of(page, "Migrationsberatung")
    expect(card).to_be_visible()
    expect(card.locator(".good")).to_have_text(tr("fa", "Free"))
    expect(page.get_by_label(tr("fa", "Free of charge only"))).to_be_checked()
    expect(page.locator("li.card")).to_have_count(1)
    assert has_no_horizontal_scroll(page)

    page.goto("/fa/testort/offers/?free=on")
    expect(card_of(page, "Migrationsberatung")).to_be_visible()
    expect(card_of(page, "Integrationskurs mit Alphabetisierung")).to_have_count(0)  # costs 2.29 €


def test_nothing_found_offers_ways_forward(phone, world):
    page = phone
    page.goto("/de/testort/")
    search = page.get_by_role("searchbox", name=tr("de", "What are you looking for?"))
    search.fill("Qwxyzzy Plumbus")
    search.press("Enter")
    help_box = page.locator(".empty")
    expect(help_box).to_contain_text(tr("de", "Nothing found. You could:"))
    expect(help_box.get_by_role("listitem")).to_have_count(2)
    expect(help_box).to_contain_text(
        tr("de", "use fewer or more general words, for example “counselling” or “German course”")
    )
    expect(page.locator("li.card")).to_have_count(0)

    help_box.get_by_role("link", name=tr("de", "browse by topic")).click()
    expect(page).to_have_url(re.compile(r"/de/testort/$"))
    expect(page.locator("ul.topics").get_by_role("link").first).to_be_visible()


def test_nothing_found_with_a_filter_offers_to_remove_it(phone, world):
    page = phone
    page.goto("/de/testort/offers/?q=Migrationsberatung&district=nord")
    help_box = page.locator(".empty")
    expect(help_box).to_contain_text(tr("de", "Nothing found. You could:"))
    help_box.get_by_role("link", name=tr("de", "remove the filters")).click()
    expect(page).to_have_url(re.compile(r"/de/testort/offers/\?q=Migrationsberatung$"))
    expect(card_of(page, "Migrationsberatung")).to_be_visible()


def test_keyboard_users_can_skip_to_the_content(phone, world):
    page = phone
    page.goto("/de/testort/")
    page.keyboard.press("Tab")
    skip = page.get_by_role("link", name=tr("de", "Skip to content"))
    expect(skip).to_be_focused()
    expect(skip).to_be_in_viewport()
    page.keyboard.press("Enter")
    expect(page.locator("main")).to_be_focused()
    # The next Tab continues inside the content, not back in the header.
    page.keyboard.press("Tab")
    assert page.evaluate("() => document.querySelector('main').contains(document.activeElement)")


def test_arabic_pages_on_a_phone_look_right(phone, world):
    """Screenshots for a human look (see /tmp/nahbar-shots/), plus the layout facts they should show."""
    page = phone
    page.goto(f"/ar/testort/offers/?q={quote(COUNSELLING_AR)}")
    expect(card_of(page, "Migrationsberatung")).to_be_visible()
    assert has_no_horizontal_scroll(page)
    # Mirrored: the brand, first in the header, sits on the right; the search button left of the field.
    brand = page.locator(".brand").bounding_box()
    assert brand is not None
    assert 360 - (brand["x"] + brand["width"]) < 24
    field = page.get_by_role("searchbox").bounding_box()
    button = page.get_by_role("button", name=tr("ar", "Search")).bounding_box()
    assert field is not None
    assert button is not None
    assert button["x"] < field["x"]
    screenshot(page, "ar-results")

    page.goto("/ar/testort/offers/willkommenscafe/")
    expect(page.get_by_role("heading", level=1)).to_have_text("مقهى الترحيب")
    # The Arabic translation has no description, so the German one is shown, marked as German, left to right.
    description = page.locator("article .description")
    expect(description).to_contain_text(world.cafe.description)
    expect(description).to_have_attribute("lang", "de")
    expect(description).to_have_attribute("dir", "ltr")
    # A German address stays in German order (postcode before town), as on letters and signs.
    address = page.locator(".place").get_by_text("46284 Testort", exact=True)
    expect(address).to_have_attribute("dir", "ltr")
    assert has_no_horizontal_scroll(page)
    screenshot(page, "ar-detail")
