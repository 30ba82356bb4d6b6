"""The public pages over real HTTP: what a newcomer sees, how many queries it costs, what is logged."""

import datetime as dt

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import translation
from django.utils.html import escape
from django.utils.translation import gettext

from directory.models import Offer, SearchLog
from tests.conftest import make_offer


def get(client, url, **params):
    response = client.get(url, params)
    assert response.status_code == 200, response.content[:500]
    return response.content.decode()


def test_root_redirects_to_the_browser_language(client, world):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE="ar,en;q=0.5")
    assert response.status_code == 302
    assert response["Location"] == "/ar/"


def test_region_chooser_lists_regions(client, world):
    page = get(client, "/de/")
    assert "Testort" in page
    assert "Anderswo" in page


@pytest.mark.parametrize(("language", "direction"), [("ar", "rtl"), ("fa", "rtl"), ("de", "ltr"), ("uk", "ltr")])
def test_pages_set_language_and_direction(client, world, language, direction):
    page = get(client, f"/{language}/testort/offers/", q="Beratung")
    assert f'<html lang="{language}" dir="{direction}">' in page


def test_language_switch_keeps_page_and_filters(client, world):
    page = get(client, "/de/testort/offers/", q="Beratung", district="sued")
    assert 'href="/ar/testort/offers/?q=Beratung&amp;district=sued"' in page
    assert 'href="/fa/testort/offers/?q=Beratung&amp;district=sued"' in page


def test_untranslated_offer_falls_back_to_german_with_a_note(client, world):
    page = get(client, "/ar/testort/offers/beratung-migration/")
    assert "Migrationsberatung" in page
    assert 'lang="de"' in page
    assert "Deutsch" in page  # the note names the language shown


def test_translated_offer_shows_the_translation(client, world):
    page = get(client, "/ar/testort/offers/willkommenscafe/")
    assert "مقهى الترحيب" in page


def test_detail_by_id_and_by_slug(client, world):
    assert "Willkommenscafé" in get(client, f"/de/testort/offers/{world.cafe.pk}/")
    assert "Willkommenscafé" in get(client, "/de/testort/offers/willkommenscafe/")


def test_detail_shows_when_where_and_contact(client, world):
    world.cafe.contact_phone = "02362 7770420"
    world.cafe.contact_email = "info@example.org"
    world.cafe.save()
    page = get(client, "/de/testort/offers/willkommenscafe/")
    assert "Hauptstraße 1" in page
    assert "10:00–12:00" in page
    assert 'href="tel:023627770420"' in page
    assert 'href="mailto:info@example.org"' in page
    assert "geo:51.660000,6.960000" in page


@pytest.mark.parametrize(
    "url",
    ["/de/anderswo/offers/willkommenscafe/", "/de/testort/offers/fremdes-angebot/", "/de/nowhere/offers/"],
)
def test_unknown_or_other_regions_offers_are_404(client, world, url):
    assert client.get(url).status_code == 404


def test_drafts_and_expired_offers_are_not_public(client, world):
    world.youth.status = Offer.Status.DRAFT
    world.youth.save()
    world.course.valid_until = dt.date(2020, 1, 1)
    world.course.save()
    assert client.get("/de/testort/offers/jugend-garten/").status_code == 404
    assert client.get("/de/testort/offers/integrationskurs/").status_code == 404


def test_no_result_says_so_and_suggests_changes(client, world):
    page = get(client, "/de/testort/offers/", q="xyzzyplugh", free="1")
    assert "0 offers found" in page or "0 Angebote gefunden" in page
    assert "?q=xyzzyplugh" in page  # the link that removes the filters keeps the words


def test_bad_parameters_get_a_clear_message_not_an_error(client, world):
    page = get(client, "/de/testort/offers/", age="zwölf", district="atlantis")
    assert 'role="alert"' in page
    assert 'value="zwölf"' in page  # kept as typed, to correct
    with translation.override("de"):
        assert escape(gettext("Enter the age as a whole number, for example 16.")) in page
    assert "Willkommenscafé" not in page  # no results from a search that was not understood


def test_searches_are_logged_without_personal_data(client, world):
    response = client.get("/de/testort/offers/", {"q": "Beratung", "free": "1"}, REMOTE_ADDR="203.0.113.7")
    assert response.status_code == 200
    assert not response.cookies, "the finder sets no cookie"
    entry = SearchLog.objects.get()
    assert (entry.query, entry.language, entry.filters, entry.result_count) == ("Beratung", "de", {"free": True}, 1)
    assert "203.0.113.7" not in str(entry.__dict__)


def _query_count(client, url, params):
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url, params).status_code == 200
    return len(queries)


def _add_offers(world, count):
    for number in range(count):
        make_offer(
            world.region,
            world.office,
            f"extra-{number}",
            title=f"Beratung extra {number}",
            summary="Noch eine Beratung.",
            topics=["counselling"],
            locations=[world.office_place],
            translations={"ar": ("استشارة", "استشارة")},
            schedules=[("MO", dt.time(9), dt.time(11))],
        )
    from directory import search

    search.rebuild()


@pytest.mark.parametrize(
    ("url", "params"),
    [
        ("/ar/testort/offers/", {"q": "Beratung"}),
        ("/de/testort/offers/", {"topic": "counselling", "free": "1"}),
        ("/de/testort/offers/", {}),
    ],
)
def test_search_page_runs_a_fixed_number_of_queries(client, world, url, params):
    few = _query_count(client, url, params)
    _add_offers(world, 15)
    many = _query_count(client, url, params)
    assert few == many
    assert many <= 14


def test_detail_page_runs_a_fixed_number_of_queries(client, world):
    few = _query_count(client, "/de/testort/offers/willkommenscafe/", {})
    world.cafe.partners.set([world.agency, world.foreign_org])
    world.cafe.locations.add(world.agency_place)
    world.cafe.topics.add(*world.counselling.topics.all())
    many = _query_count(client, "/de/testort/offers/willkommenscafe/", {})
    assert few == many
    assert many <= 12


def test_results_map_uses_the_configured_tile_server(client, world, settings):
    settings.NAHBAR_MAP_TILE_URL = "/tiles/{z}/{x}/{y}.png"
    page = get(client, "/de/testort/offers/", q="Willkommenscafé")
    assert '<details class="map">' in page
    assert 'src="/tiles/' in page
    assert 'href="#result-1"' in page  # the marker leads to its result in the list


def test_without_a_tile_server_there_is_no_map_but_the_list_works(client, world, settings):
    settings.NAHBAR_MAP_TILE_URL = ""
    page = get(client, "/de/testort/offers/", q="Willkommenscafé")
    assert "map-frame" not in page
    assert "Willkommenscafé" in page


def test_offer_without_own_contact_shows_the_providers_office(client, world):
    world.office.phone = "04221 123456"
    world.office.save()
    page = get(client, "/de/testort/offers/willkommenscafe/")
    assert 'href="tel:04221123456"' in page


def test_missing_page_is_explained_in_the_readers_language(client, world):
    response = client.get("/ar/testort/offers/gibt-es-nicht/")
    assert response.status_code == 404
    assert 'dir="rtl"' in response.content.decode()
