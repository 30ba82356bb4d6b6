"""Being found: JSON-LD, canonical addresses, hreflang alternates, Open Graph, sitemap.xml and robots.txt."""

import datetime as dt
import html
import json
import re
import xml.etree.ElementTree as ET
from zoneinfo import ZoneInfo

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import resolve
from django.utils import timezone, translation

from core.seo import jsonld
from core.seo.head import page_head
from directory import finder, selectors
from directory.models import Offer
from events import display, services
from events import selectors as event_selectors
from events.models import Event
from tests.conftest import make_offer
from tests.events.conftest import events as events
from tests.events.conftest import make_event, next_weekday

BASE = "https://nahbar.example"
BERLIN = ZoneInfo("Europe/Berlin")
SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
XHTML = "{http://www.w3.org/1999/xhtml}"
ALL = ["de", "en", "ar", "fa", "tr", "uk", "ru"]


@pytest.fixture(autouse=True)
def base_url(settings):
    settings.NAHBAR_BASE_URL = BASE


def get(client, url, **params):
    response = client.get(url, params)
    assert response.status_code == 200, response.content[:500]
    return response.content.decode()


def json_ld(page):
    blocks = re.findall(r'<script type="application/ld\+json">(.*?)</script>', page, re.S)
    assert len(blocks) == 1, blocks
    return json.loads(blocks[0])


def canonical(page):
    found = re.findall(r'<link rel="canonical" href="([^"]*)">', page)
    assert len(found) == 1, found
    return html.unescape(found[0])


def hreflangs(page):
    found = re.findall(r'<link rel="alternate" hreflang="([^"]+)" href="([^"]*)">', page)
    return {language: html.unescape(url) for language, url in found}


def meta(page, prop):
    found = re.findall(rf'<meta (?:property|name)="{re.escape(prop)}" content="([^"]*)">', page)
    return [html.unescape(value) for value in found]


# --- offers as schema.org Service --------------------------------------------------------------------------------


def test_offer_json_ld_in_german(client, world):
    data = json_ld(get(client, "/de/testort/offers/willkommenscafe/"))
    assert data["@context"] == "https://schema.org"
    assert data["@type"] == "Service"
    assert data["name"] == "Willkommenscafé"
    assert data["description"].startswith("Jeden Dienstag Kaffee")
    assert data["inLanguage"] == "de"
    assert data["url"] == f"{BASE}/de/testort/offers/willkommenscafe/"
    assert data["provider"]["@type"] == "Organization"
    assert data["provider"]["name"] == "Nachbarschaftsbüro Nord"
    assert data["provider"]["address"]["streetAddress"] == "Hauptstraße 1"
    assert data["provider"]["address"]["postalCode"] == "46284"
    assert data["areaServed"] == {"@type": "City", "name": "Testort"}
    assert data["availableLanguage"] == ["de", "ar"]
    assert data["isAccessibleForFree"] is True
    assert data["offers"]["price"] == "0"
    assert data["offers"]["priceCurrency"] == "EUR"
    (hours,) = data["hoursAvailable"]
    assert hours == {
        "@type": "OpeningHoursSpecification",
        "dayOfWeek": "https://schema.org/Tuesday",
        "opens": "10:00",
        "closes": "12:00",
        "validFrom": "2024-01-01",
    }
    place = data["availableChannel"][0]["serviceLocation"]
    assert place["geo"] == {"@type": "GeoCoordinates", "latitude": 51.66, "longitude": 6.96}


def test_offer_json_ld_in_arabic_uses_the_translation(client, world):
    data = json_ld(get(client, "/ar/testort/offers/willkommenscafe/"))
    assert data["@type"] == "Service"
    assert data["name"] == "مقهى الترحيب"
    assert data["description"] == "قهوة"
    assert data["inLanguage"] == "ar"
    assert data["url"] == f"{BASE}/ar/testort/offers/willkommenscafe/"


def test_untranslated_offer_says_its_text_is_german(client, world):
    data = json_ld(get(client, "/ar/testort/offers/jugend-garten/"))
    assert data["name"] == "Kräuterbeet und Graffiti"
    assert data["inLanguage"] == "de"
    assert data["audience"] == {"@type": "PeopleAudience", "suggestedMinAge": 12, "suggestedMaxAge": 26}


def test_paid_offer_has_its_price(client, world):
    data = json_ld(get(client, "/de/testort/offers/integrationskurs/"))
    assert data["isAccessibleForFree"] is False
    assert data["offers"]["price"] == "2.29"


def test_a_title_cannot_close_the_script_element(client, world):
    title = 'Café </script><script>alert("x")</script> & <b>mehr</b>'
    make_offer(world.region, world.office, "boese", title=title, summary="</SCRIPT> <!-- ", locations=[])
    page = get(client, "/de/testort/offers/boese/")
    match = re.search(r'<script type="application/ld\+json">(.*?)</script>', page, re.S)
    assert match is not None
    script = match.group(1)
    assert "<" not in script
    assert ">" not in script
    assert "&" not in script
    assert page.count("<script") == 1  # the JSON-LD block only: nothing injected
    data = json.loads(script)
    assert data["name"] == title
    assert data["description"] == "</SCRIPT> <!-- "
    assert meta(page, "og:title") == [f"{title} · Testort"]


# --- events as schema.org Event ----------------------------------------------------------------------------------


def test_event_json_ld_in_german(client, world, events):
    data = json_ld(get(client, "/de/testort/events/ausflug-ans-meer/"))
    starts = next_weekday(5, 9, weeks_ahead=1)
    assert data["@type"] == "Event"
    assert data["name"] == "Ausflug ans Meer"
    assert data["startDate"] == starts.isoformat()
    assert data["startDate"].endswith(("+01:00", "+02:00"))  # local time with its offset
    assert data["endDate"] == next_weekday(5, 18, weeks_ahead=1).isoformat()
    assert data["eventStatus"] == "https://schema.org/EventScheduled"
    assert data["eventAttendanceMode"] == "https://schema.org/OfflineEventAttendanceMode"
    assert data["location"]["@type"] == "Place"
    assert data["location"]["address"]["streetAddress"] == "Hauptstraße 1"
    assert data["location"]["geo"]["latitude"] == 51.66
    assert data["organizer"] == {"@type": "Organization", "name": "Nachbarschaftsbüro Nord"}
    assert data["isAccessibleForFree"] is False
    assert "Delmenhorst-Pass" in data["offers"]["description"]
    assert data["offers"]["availability"] == "https://schema.org/LimitedAvailability"
    assert data["inLanguage"] == "de"
    assert data["url"] == f"{BASE}/de/testort/events/ausflug-ans-meer/"


def test_event_json_ld_in_arabic(client, events):
    data = json_ld(get(client, f"/ar/testort/events/{events.trip.pk}/"))
    assert data["name"] == "رحلة إلى البحر"
    assert data["url"] == f"{BASE}/ar/testort/events/ausflug-ans-meer/"  # by slug, however it was reached
    assert data["@type"] == "Event"


def test_paid_and_free_events(client, events):
    concert = json_ld(get(client, "/de/testort/events/konzert-und-tanz/"))
    assert concert["offers"]["price"] == "5.00"
    assert concert["isAccessibleForFree"] is False
    cafe = json_ld(get(client, "/de/testort/events/willkommenscafe-dusternort/"))
    assert cafe["isAccessibleForFree"] is True
    assert cafe["inLanguage"] == ["de", "ar"]


def _first_date(event):
    return event.occurrences.filter(ends_at__gt=timezone.now()).order_by("starts_at").first()


def test_a_cancelled_next_date_is_said(client, events):
    services.cancel_occurrence(actor=None, occurrence_id=_first_date(events.cafe).pk)
    data = json_ld(get(client, f"/de/testort/events/{events.cafe.slug}/"))
    assert data["eventStatus"] == "https://schema.org/EventCancelled"


def test_a_moved_next_date_says_when_it_was_planned(client, events):
    first = _first_date(events.trip)
    later = first.starts_at + dt.timedelta(hours=2)
    services.move_occurrence(actor=None, occurrence_id=first.pk, starts_at=later, ends_at=later + dt.timedelta(hours=3))
    data = json_ld(get(client, f"/de/testort/events/{events.trip.slug}/"))
    assert data["eventStatus"] == "https://schema.org/EventRescheduled"
    assert data["startDate"] == later.astimezone(BERLIN).isoformat()
    assert data["previousStartDate"] == first.starts_at.astimezone(BERLIN).isoformat()


# --- canonical, alternates, Open Graph --------------------------------------------------------------------------


def _alternates(path):
    found = {code: f"{BASE}/{code}/{path}" for code in ALL}
    return {**found, "x-default": f"{BASE}/de/{path}"}


def test_offer_page_head(client, world):
    page = get(client, f"/fa/testort/offers/{world.cafe.pk}/", utm_source="whatsapp")
    assert canonical(page) == f"{BASE}/fa/testort/offers/willkommenscafe/"
    assert hreflangs(page) == _alternates("testort/offers/willkommenscafe/")
    assert meta(page, "og:url") == [f"{BASE}/fa/testort/offers/willkommenscafe/"]
    assert meta(page, "og:type") == ["website"]
    assert meta(page, "og:title") == ["Willkommenscafé · Testort"]
    assert meta(page, "og:description") == ["Jeden Dienstag Kaffee, Kontakte und gemeinsame Ausflugsplanung."]
    assert meta(page, "description") == meta(page, "og:description")
    assert meta(page, "og:locale") == ["fa_IR"]
    assert sorted(meta(page, "og:locale:alternate")) == ["ar_AR", "de_DE", "en_GB", "ru_RU", "tr_TR", "uk_UA"]
    assert meta(page, "twitter:card") == ["summary"]


def test_event_page_head(client, events):
    page = get(client, "/ar/testort/events/ausflug-ans-meer/")
    assert canonical(page) == f"{BASE}/ar/testort/events/ausflug-ans-meer/"
    assert hreflangs(page) == _alternates("testort/events/ausflug-ans-meer/")
    assert meta(page, "og:title") == ["رحلة إلى البحر · Testort"]
    assert meta(page, "og:locale") == ["ar_AR"]


def test_region_home_head(client, world):
    page = get(client, "/tr/testort/")
    assert canonical(page) == f"{BASE}/tr/testort/"
    assert hreflangs(page) == _alternates("testort/")
    assert meta(page, "og:locale") == ["tr_TR"]
    assert meta(page, "og:title")
    assert meta(page, "og:description")
    assert "json" not in page  # no JSON-LD where there is nothing to describe


def test_finder_keeps_its_filters_and_drops_paging_and_tracking(client, world):
    page = get(client, "/en/testort/offers/", q="Kaffee", district="nord", page="2", utm_campaign="x", topic="")
    assert canonical(page) == f"{BASE}/en/testort/offers/?district=nord&q=Kaffee"
    assert hreflangs(page)["ar"] == f"{BASE}/ar/testort/offers/?district=nord&q=Kaffee"
    assert hreflangs(page)["x-default"] == f"{BASE}/de/testort/offers/?district=nord&q=Kaffee"
    assert meta(page, "og:url") == [canonical(page)]


def test_event_calendar_head(client, events):
    page = get(client, "/de/testort/events/", view="week", page="3")
    assert canonical(page) == f"{BASE}/de/testort/events/?view=week"


def test_only_the_regions_languages_are_alternates(client, world):
    world.region.enabled_languages = ["de", "ar", "fr"]
    world.region.save()
    page = get(client, "/ar/testort/offers/willkommenscafe/")
    assert hreflangs(page) == {
        "de": f"{BASE}/de/testort/offers/willkommenscafe/",
        "ar": f"{BASE}/ar/testort/offers/willkommenscafe/",
        "x-default": f"{BASE}/de/testort/offers/willkommenscafe/",
    }
    assert meta(page, "og:locale:alternate") == ["de_DE"]
    # A language the town does not offer shows the German text: the German page is the original.
    page = get(client, "/ru/testort/offers/willkommenscafe/")
    assert canonical(page) == f"{BASE}/de/testort/offers/willkommenscafe/"


def test_pages_nobody_should_find_say_noindex(client, world, events, staff):
    missing = client.get("/de/testort/offers/gibt-es-nicht/")
    assert missing.status_code == 404
    page = missing.content.decode()
    assert 'content="noindex"' in page
    assert 'rel="canonical"' not in page
    occurrence = _first_date(events.trip)
    page = get(client, f"/de/testort/events/{events.trip.slug}/dates/{occurrence.pk}/signup/")
    assert 'content="noindex"' in page
    assert 'rel="canonical"' not in page
    assert "og:url" not in page
    client.force_login(staff["coordinator"])
    draft = make_offer(world.region, world.office, "entwurf", title="Entwurf", summary="-", status=Offer.Status.DRAFT)
    preview = client.get(f"/staff/offers/{draft.pk}/preview/")
    assert preview.status_code == 200  # the offer page of a draft must not claim a public address
    assert 'content="noindex"' in preview.content.decode()
    assert 'rel="canonical"' not in preview.content.decode()


def test_head_and_json_ld_cost_no_queries(rf, world, events):
    """The pages' fixed query counts stay: JSON-LD and head use only what the views already loaded."""
    today, now = timezone.localdate(), timezone.now()
    offer = selectors.public_offer(world.region, "willkommenscafe", today=today)
    event = event_selectors.public_event(world.region, "ausflug-ans-meer", language="ar")
    dates = display.entries(event_selectors.upcoming_dates(event, now=now), region=world.region, language="ar", now=now)
    request = rf.get("/ar/testort/offers/willkommenscafe/")
    with translation.override("ar"):
        request.resolver_match = resolve(request.path)
    with translation.override("ar"), CaptureQueriesContext(connection) as captured:
        jsonld.offer(offer=offer, text=finder.shown_text(offer, "ar"), language="ar", url="u")
        text = display.shown_text(event, source_language="de", language="ar")
        jsonld.event(event=event, region=world.region, text=text, language="ar", dates=dates, url="u")
        page_head(request, language="ar", region=world.region, title="t")
    assert len(captured) == 0, [query["sql"] for query in captured]


# --- sitemap.xml and robots.txt -----------------------------------------------------------------------------------


def _sitemap(client):
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/xml")
    root = ET.fromstring(response.content)  # noqa: S314 (our own answer)
    found = {}
    for url in root.findall(f"{SITEMAP}url"):
        links = {link.get("hreflang"): link.get("href") for link in url.findall(f"{XHTML}link")}
        lastmod = url.find(f"{SITEMAP}lastmod")
        loc = url.find(f"{SITEMAP}loc")
        assert loc is not None
        found[loc.text] = (links, lastmod.text if lastmod is not None else None)
    return found


def test_sitemap_lists_published_offers_and_events_in_every_language(client, world, events):
    make_offer(world.region, world.office, "entwurf", title="Entwurf", summary="-", status=Offer.Status.DRAFT)
    make_offer(world.region, world.office, "vorbei", title="Vorbei", summary="-", valid_until=dt.date(2020, 1, 1))
    make_event(world.office, title="Geplant", starts_at=next_weekday(2, 10), status=Event.Status.DRAFT)
    found = _sitemap(client)
    for code in ALL:
        for path in (
            "testort/",
            "testort/events/",
            "testort/offers/willkommenscafe/",
            "testort/offers/integrationskurs/",
            "testort/events/ausflug-ans-meer/",
            "testort/events/willkommenscafe-dusternort/",
        ):
            links, _lastmod = found[f"{BASE}/{code}/{path}"]
            assert links == _alternates(path)
    assert f"{BASE}/de/" in found
    urls = " ".join(found)
    assert "entwurf" not in urls
    assert "vorbei" not in urls
    assert "geplant" not in urls
    _links, lastmod = found[f"{BASE}/de/testort/offers/willkommenscafe/"]
    assert dt.datetime.fromisoformat(lastmod) <= timezone.now()


def test_sitemap_leaves_out_languages_a_region_does_not_offer(client, world):
    world.other_region.enabled_languages = ["de", "uk"]
    world.other_region.save()
    found = _sitemap(client)
    foreign = sorted(url for url in found if "/anderswo/offers/fremdes-angebot/" in url)
    assert foreign == [f"{BASE}/de/anderswo/offers/fremdes-angebot/", f"{BASE}/uk/anderswo/offers/fremdes-angebot/"]
    links, _lastmod = found[foreign[0]]
    assert set(links) == {"de", "uk", "x-default"}


def test_sitemap_lastmod_follows_translations(client, world):
    translation = world.cafe.translations.get(language="en")
    translation.title = "Welcome café!"
    translation.save()
    _links, lastmod = _sitemap(client)[f"{BASE}/de/testort/offers/willkommenscafe/"]
    assert dt.datetime.fromisoformat(lastmod) >= translation.updated_at.replace(microsecond=0)


def test_sitemap_runs_a_fixed_number_of_queries(client, world, events):
    def count():
        with CaptureQueriesContext(connection) as captured:
            _sitemap(client)
        return len(captured)

    few = count()
    for number in range(5):
        make_offer(world.region, world.agency, f"mehr-{number}", title=f"Mehr {number}", summary="-")
        make_event(world.agency, title=f"Fest {number}", starts_at=next_weekday(3, 10 + number))
    assert count() == few <= 4


def test_robots_txt_points_to_the_sitemap(client):
    response = client.get("/robots.txt")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/plain")
    lines = response.content.decode().splitlines()
    assert "User-agent: *" in lines
    assert "Allow: /" in lines
    assert "Disallow: /staff/" in lines
    assert "Disallow: /admin/" in lines
    assert f"Sitemap: {BASE}/sitemap.xml" in lines
