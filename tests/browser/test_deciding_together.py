"""A facilitator runs a round from proposals to results to a draft event; people propose and vote on phones."""

import re

from playwright.sync_api import expect

from events.models import Event
from participation.models import Round
from tests.browser.conftest import axe_check, has_no_horizontal_scroll, label, screenshot, tr
from tests.conftest import PASSWORD

ARABIC_IDEA = "نزهة في الحديقة"


def log_in(page, username):
    page.goto("/staff/login/")
    page.get_by_label(tr("en", "User name")).fill(username)
    page.get_by_label(tr("en", "Password"), exact=True).fill(PASSWORD)
    page.get_by_role("button", name=tr("en", "Log in"), exact=True).click()
    expect(page).to_have_url(re.compile(r"/staff/$"))


def create_round(page, world):
    page.goto("/staff/rounds/")
    page.get_by_role("link", name=tr("en", "New round")).click()
    page.get_by_label(tr("en", "Organisation")).select_option(str(world.office.pk))
    page.get_by_label(label("en", "question")).fill("Was machen wir im März?")
    page.get_by_label(label("en", "place")).select_option(str(world.office_place.pk))
    page.get_by_label(label("en", "period from")).fill("2030-03-01")
    page.get_by_label(label("en", "period until")).fill("2030-03-31")
    page.get_by_label(tr("en", "Choices per ballot")).fill("2")
    page.get_by_role("button", name=tr("en", "Create round")).click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Was machen wir im März?")
    return Round.objects.get()


def propose(page, url, text, language):
    page.goto(url)
    page.get_by_role("link", name=tr(language, "Propose an activity")).click()
    page.get_by_label(tr(language, "Your idea"), exact=True).fill(text)
    page.get_by_role("button", name=tr(language, "Add my idea")).click()
    expect(page.get_by_role("status")).to_have_text(tr(language, "Thank you! Your idea has been added."))
    expect(page.locator(".proposals")).to_contain_text(text)


def print_codes(page):
    page.get_by_role("link", name=tr("en", "Print voting codes")).click()
    page.get_by_label(tr("en", "How many codes")).fill("2")
    page.get_by_role("checkbox", name="العربية").check()
    page.get_by_role("button", name=tr("en", "Make codes")).click()
    codes = page.locator(".slip-code").all_inner_texts()
    assert len(codes) == 2
    return codes


def vote(page, url, code, choices, language):
    page.goto(url)
    expect(page.get_by_role("heading", level=1)).to_be_visible()
    page.get_by_label(tr(language, "Your voting code")).fill(code)
    page.get_by_role("button", name=tr(language, "Continue")).click()
    for text in choices:
        page.locator(".choices label", has_text=text).click()
    page.get_by_role("button", name=tr(language, "Continue")).click()
    expect(page.get_by_role("heading", level=2)).to_have_text(tr(language, "Check your vote"))
    page.get_by_role("button", name=tr(language, "Yes, cast my vote")).click()
    expect(page.get_by_role("status")).to_contain_text(tr(language, "Thank you, your vote has been counted."))
    expect(page.get_by_label(tr(language, "Your voting code"))).to_have_value("")


def test_a_facilitator_runs_a_round_from_proposals_to_results_to_a_draft_event(desktop, phone, world, staff):
    facilitator = desktop
    log_in(facilitator, staff["other_editor"].username)
    round_ = create_round(facilitator, world)
    overview = facilitator.url

    german_round = f"/de/testort/rounds/{round_.pk}/"
    arabic_round = f"/ar/testort/rounds/{round_.pk}/"
    propose(phone, german_round, "Ausflug in den Zoo", "de")
    axe_check(phone)
    assert has_no_horizontal_scroll(phone)
    propose(phone, arabic_round, ARABIC_IDEA, "ar")
    expect(phone.locator("html")).to_have_attribute("dir", "rtl")
    axe_check(phone)

    facilitator.goto(overview)
    expect(facilitator.get_by_role("table")).to_contain_text(ARABIC_IDEA)
    facilitator.get_by_role("button", name=tr("en", "Open voting")).click()
    expect(facilitator.locator(".messages")).to_contain_text(tr("en", "Voting is open. The rules are now locked."))
    expect(facilitator.get_by_role("textbox", name=label("en", "question"))).to_have_count(0)
    first_code, second_code = print_codes(facilitator)
    expect(facilitator.locator(".slip").first).to_contain_text(f"/de/testort/rounds/{round_.pk}/vote/")
    expect(facilitator.locator(".slip").first.locator('[lang="ar"]')).to_have_attribute("dir", "rtl")

    vote_url = f"/de/testort/rounds/{round_.pk}/vote/"
    phone.goto(vote_url)
    axe_check(phone)
    vote(phone, vote_url, first_code, ["Ausflug in den Zoo"], "de")
    assert has_no_horizontal_scroll(phone)
    arabic_vote = f"/ar/testort/rounds/{round_.pk}/vote/"
    phone.goto(arabic_vote)
    phone.get_by_label(tr("ar", "Your voting code")).fill(second_code.lower())
    phone.get_by_role("button", name=tr("ar", "Continue")).click()
    axe_check(phone)  # the ballot itself
    vote(phone, arabic_vote, second_code, ["Ausflug in den Zoo", ARABIC_IDEA], "ar")
    # The used code does not work a second time.
    phone.get_by_label(tr("ar", "Your voting code")).fill(second_code)
    phone.get_by_role("button", name=tr("ar", "Continue")).click()
    expect(phone.get_by_role("alert")).to_have_text(
        tr("ar", "This code has already been used. Each code can vote once.")
    )

    facilitator.goto(overview)
    facilitator.get_by_role("button", name=tr("en", "Close voting")).click()
    facilitator.get_by_role("link", name=tr("en", "Results"), exact=True).click()
    chart = facilitator.get_by_role("img", name=tr("en", "Votes per proposal"))
    expect(chart).to_be_visible()
    expect(facilitator.locator(".winners")).to_contain_text("Ausflug in den Zoo")
    facilitator.get_by_role("button", name=tr("en", "Make draft events from the winners")).click()
    event = Event.objects.get()
    assert (event.title, event.status, event.location_id) == ("Ausflug in den Zoo", "draft", world.office_place.pk)
    facilitator.get_by_role("link", name="Ausflug in den Zoo").click()
    expect(facilitator).to_have_url(re.compile(rf"/staff/events/{event.pk}/$"))

    for language in ("ar", "de"):
        phone.goto(f"/{language}/testort/rounds/{round_.pk}/results/")
        expect(phone.get_by_role("img", name=tr(language, "Votes per proposal"))).to_be_visible()
        expect(phone.locator("table")).to_contain_text(ARABIC_IDEA)
        axe_check(phone)
        assert has_no_horizontal_scroll(phone)
        screenshot(phone, f"deciding-together-results-{language}")
