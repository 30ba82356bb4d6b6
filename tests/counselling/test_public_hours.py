"""Consultation hours as part of the public directory: on the provider's offer pages, pointed to from the finder,
in the sitemap. Only published hours that have not ended, of the page's own town."""

import datetime as dt
import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import translation
from django.utils.html import escape

from counselling.models import ConsultationHours
from directory.opening import describe
from tests.counselling.hours_kinds import make_every_kind

pytestmark = pytest.mark.django_db

CAFE = "/{language}/testort/offers/willkommenscafe/"
COUNSELLING = "/{language}/testort/offers/beratung-migration/"


@pytest.fixture
def kinds(world):
    return make_every_kind(world)


def page(client, url: str) -> str:
    response = client.get(url)
    assert response.status_code == 200, response.content[:500]
    return response.content.decode()


def block(html: str, hours: ConsultationHours) -> str:
    """The part of the offer page about one hours: from its heading to the end of its box."""
    found = re.search(rf'<h3 id="hours-{hours.pk}".*?</div>', html, re.S)
    assert found, f"hours {hours.pk} not on the page"
    return found.group(0)


def in_language(language: str, text: str) -> str:
    with translation.override(language):
        return escape(translation.gettext(text))


def test_the_offer_page_shows_the_providers_hours_with_when_where_languages_and_booking(client, kinds, world):
    html = page(client, CAFE.format(language="de"))
    office = block(html, kinds.office)

    assert 'lang="de" dir="ltr">Sprechstunde lokal willkommen</h3>' in office
    assert "Büro Nord" in office
    assert "Hauptstraße 1, 46284 Testort" in office
    with translation.override("de"):
        assert describe(kinds.office) in office
    assert describe(kinds.office).startswith("Dienstag, 10:00–12:00")
    # The languages by their own names, German first, and the interpreter.
    assert re.search(r'lang="de">Deutsch</span>, <span lang="ar">العربية</span>.*lang="fa">فارسی<', office)
    assert in_language("de", "An interpreter can be arranged for other languages.") in office
    assert f'href="/de/testort/appointments/#hours-{kinds.office.pk}"' in office
    assert in_language("de", "Book an appointment") in office
    assert 'href="tel:02362123456"' in office


def test_mobile_outreach_and_phone_hours_are_shown_without_an_address(client, kinds, world):
    html = page(client, CAFE.format(language="de"))

    mobile = block(html, kinds.mobile)
    assert in_language("de", "Mobile: we come to you") in mobile
    assert "Süd" in mobile
    # Its base place is not where one meets the team.
    assert "Hauptstraße" not in mobile
    assert "Büro Nord" not in mobile
    assert in_language("de", "Just come by during the hours, no appointment needed.") in mobile
    assert "/appointments/" not in mobile

    phone = block(html, kinds.phone)
    assert in_language("de", "By phone") in phone
    assert "Hauptstraße" not in phone
    assert 'href="tel:02362123456"' in phone
    assert f"/de/testort/appointments/#hours-{kinds.phone.pk}" in phone

    outreach = block(page(client, COUNSELLING.format(language="de")), kinds.outreach)
    assert in_language("de", "Outreach in the district") in outreach
    assert "Nord" in outreach
    assert "Brunnenplatz" not in outreach
    with translation.override("de"):
        assert describe(kinds.outreach) in outreach  # "erster Donnerstag des Monats, 14:00–17:00"


def test_unpublished_ended_and_other_towns_hours_never_appear(client, kinds, world):
    for url in (CAFE.format(language="de"), COUNSELLING.format(language="de"), "/de/testort/appointments/"):
        html = page(client, url)
        for hidden in kinds.hidden:
            assert hidden.title not in html, (url, hidden.title)
    # Only the provider's own hours: the agency's outreach is not on the office's café page, and the other way round.
    assert kinds.outreach.title not in page(client, CAFE.format(language="de"))
    counselling = page(client, COUNSELLING.format(language="de"))
    assert kinds.office.title not in counselling
    assert kinds.outreach.title in counselling
    # The other town's hours are on its own appointment page.
    assert kinds.elsewhere.title in page(client, "/de/anderswo/appointments/")


def test_hours_that_begin_later_say_from_when(client, kinds):
    ConsultationHours.objects.filter(pk=kinds.mobile.pk).update(valid_from=dt.date(2031, 2, 3))
    mobile = block(page(client, CAFE.format(language="en")), kinds.mobile)
    assert "from 3 February 2031" in mobile or "from Feb. 3, 2031" in mobile


def test_an_offer_whose_provider_has_no_hours_shows_none(client, kinds):
    ConsultationHours.objects.filter(organisation=kinds.office.organisation).update(is_published=False)
    html = page(client, CAFE.format(language="de"))
    assert 'id="consultation-h"' not in html


@pytest.mark.parametrize("language", ["ar", "fa"])
def test_right_to_left_pages_show_the_hours_in_the_readers_language(client, kinds, language):
    html = page(client, CAFE.format(language=language))
    assert f'<html lang="{language}" dir="rtl">' in html
    office = block(html, kinds.office)
    # The German title keeps its own direction inside the right-to-left page.
    assert 'lang="de" dir="ltr">Sprechstunde lokal willkommen</h3>' in office
    with translation.override(language):
        assert escape(describe(kinds.office)) in office
    assert in_language(language, "Consultation hours") in html
    assert in_language(language, "Book an appointment") in office
    assert f'href="/{language}/testort/appointments/#hours-{kinds.office.pk}"' in office
    assert in_language(language, "Mobile: we come to you") in block(html, kinds.mobile)


def _queries(client, url: str) -> int:
    with CaptureQueriesContext(connection) as captured:
        page(client, url)
    return len(captured)


def test_the_offer_page_costs_the_same_queries_for_one_or_many_hours(client, world, kinds):
    ConsultationHours.objects.exclude(pk=kinds.office.pk).delete()
    one = _queries(client, CAFE.format(language="de"))
    for number in range(6):
        copy = ConsultationHours.objects.get(pk=kinds.office.pk)
        copy.pk = None
        copy.title = f"Sprechstunde {number}"
        copy.save()
        copy.topics.set(kinds.office.topics.all())
    many = _queries(client, CAFE.format(language="de"))
    assert many == one


def test_the_appointment_list_says_when_the_hours_are(client, kinds):
    html = page(client, "/de/testort/appointments/")
    with translation.override("de"):
        assert describe(kinds.mobile) in html  # hours without booking: now one knows when to come by


# The finder -------------------------------------------------------------------------------------------------------


def test_choosing_a_language_in_the_finder_points_to_hours_held_in_it(client, kinds):
    ConsultationHours.objects.update(interpreter_on_request=False)
    html = page(client, "/de/testort/offers/?lang_spoken=uk")
    assert 'href="/de/testort/appointments/?language=uk"' in html
    assert '<span lang="uk">Українська</span>' in html
    # No hours in Polish, and none can arrange an interpreter: nothing to point to.
    assert "/appointments/?language=" not in page(client, "/de/testort/offers/?lang_spoken=pl")
    # German is spoken everywhere, and without a language there is nothing to say.
    assert "/appointments/?language=" not in page(client, "/de/testort/offers/?lang_spoken=de")
    assert "/appointments/?language=" not in page(client, "/de/testort/offers/?q=Beratung")


def test_an_interpreter_makes_hours_reachable_in_any_language(client, kinds):
    html = page(client, "/fa/testort/offers/?lang_spoken=pl")
    assert 'href="/fa/testort/appointments/?language=pl"' in html
    # The appointment page it leads to lists those hours.
    assert kinds.office.title in page(client, "/fa/testort/appointments/?language=pl")


def test_a_bad_finder_language_still_gets_its_message_not_an_error(client, kinds):
    html = page(client, "/de/testort/offers/?lang_spoken=xx")
    assert 'role="alert"' in html
    assert "/appointments/?language=" not in html


# The sitemap ------------------------------------------------------------------------------------------------------


def test_the_sitemap_lists_the_appointment_page_of_towns_with_public_hours(client, kinds, world, settings):
    settings.NAHBAR_BASE_URL = "https://nahbar.example"
    ConsultationHours.objects.filter(region=world.other_region).update(is_published=False)
    xml = client.get("/sitemap.xml").content.decode()
    assert "<loc>https://nahbar.example/de/testort/appointments/</loc>" in xml
    assert "<loc>https://nahbar.example/ar/testort/appointments/</loc>" in xml
    # Anderswo's only hours are unpublished.
    assert "/anderswo/appointments/" not in xml
    entry = re.search(r"<url><loc>https://nahbar.example/de/testort/appointments/</loc><lastmod>([^<]+)</lastmod>", xml)
    assert entry
    latest = max(item.updated_at for item in kinds.public)
    assert dt.datetime.fromisoformat(entry.group(1)) >= latest.replace(microsecond=0)
