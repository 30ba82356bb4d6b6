"""The read-only HSDS 3.0 API: every answer validates against the HSDS schemas, filters and paging behave."""

import datetime as dt
import json
import uuid

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import translation

from core.models import Location, Organisation
from counselling.models import ConsultationHours
from directory.models import Offer, Schedule, Topic
from interop import schemas
from interop.hsds import mapping_hours, selectors
from interop.hsds.ids import NAMESPACE, hsds_id
from interop.hsds.params import Query
from tests.conftest import make_offer
from tests.counselling.hours_kinds import make_every_kind

API = "/api/hsds"


def valid(name, data):
    problems = schemas.errors(name, data)
    assert problems == [], problems
    return data


def page(client, path, schema, **params):
    response = client.get(f"{API}/{path}", params)
    assert response.status_code == 200, response.content
    assert response["Content-Type"].startswith("application/json")
    return valid(f"{schema}_page", response.json())


def names(data):
    return sorted(item["name"] for item in data["contents"])


@pytest.fixture
def api_world(world):
    Schedule.objects.filter(offer=world.cafe).update(location=world.office_place)
    world.cafe.served_districts.set([world.district_a])
    Offer.objects.filter(pk=world.cafe.pk).update(contact_phone="05221 123", contact_email="cafe@example.org")
    make_offer(world.region, world.office, "entwurf", title="Entwurf", summary="Noch nicht fertig.", status="draft")
    make_offer(
        world.region, world.office, "vorbei", title="Vorbei", summary="Schon zu Ende.", valid_until=dt.date(2020, 1, 1)
    )
    return world


def test_root_and_openapi(client, settings):
    settings.NAHBAR_BASE_URL = "https://nahbar.example"
    info = client.get(f"{API}/").json()
    assert info == {
        "version": "3.0",
        "profile": "https://nahbar.example/api/hsds/profile/",
        "openapi_url": "https://nahbar.example/api/hsds/openapi.json",
    }
    document = client.get(f"{API}/openapi.json").json()
    assert document["servers"] == [{"url": "https://nahbar.example/api/hsds"}]
    assert "/services/{id}" in document["paths"]


def test_services_list_shows_only_published_current_offers_and_validates(client, api_world):
    data = page(client, "services", "service_list", per_page=50)
    assert names(data) == sorted(
        ["Willkommenscafé", "Migrationsberatung", "Kräuterbeet und Graffiti", "Integrationskurs mit Alphabetisierung",
         "Beratung anderswo"]
    )  # fmt: skip
    first = data["contents"][0]
    assert "schedules" not in first
    assert "organization" in first


def test_full_service_carries_everything_and_validates(client, api_world):
    cafe_id = hsds_id("offer", api_world.cafe.pk)
    service = valid("service", client.get(f"{API}/services/{cafe_id}").json())
    assert service["id"] == cafe_id
    assert service["organization"]["name"] == "Nachbarschaftsbüro Nord"
    assert service["phones"][0]["number"] == "05221 123"
    schedule = service["schedules"][0]
    assert (schedule["freq"], schedule["byday"], schedule["opens_at"], schedule["closes_at"]) == (
        "WEEKLY", "TU", "10:00:00", "12:00:00"
    )  # fmt: skip
    assert schedule["service_at_location_id"] == hsds_id(
        "service_at_location", api_world.cafe.pk, api_world.office_place.pk
    )
    assert [language["code"] for language in service["languages"]] == ["de", "ar"]
    assert service["service_areas"][0]["name"] == "Nord"
    assert service["service_at_locations"][0]["location"]["addresses"][0]["postal_code"] == "46284"
    assert service["cost_options"][0]["amount"] == 0
    topic = Topic.objects.get(slug="meeting-places")
    assert service["attributes"][0]["taxonomy_term_id"] == hsds_id("topic", topic.pk)
    full = page(client, "services", "service", full="true", per_page=50)
    assert {item["id"] for item in full["contents"]} >= {cafe_id}


def test_ids_are_stable_uuids(client, api_world):
    first = client.get(f"{API}/services", {"per_page": 50}).json()
    again = client.get(f"{API}/services", {"per_page": 50}).json()
    assert [item["id"] for item in first["contents"]] == [item["id"] for item in again["contents"]]


@pytest.mark.parametrize(
    "path",
    ["services", "organizations", "service_at_locations", "taxonomies", "taxonomy_terms"],
)
def test_unknown_ids_are_404_json(client, api_world, path):
    for unknown in ["00000000-0000-0000-0000-000000000000", "not-a-uuid"]:
        response = client.get(f"{API}/{path}/{unknown}")
        assert response.status_code == 404
        assert response["Content-Type"] == "application/json"
        assert "error" in response.json()


def test_draft_and_ended_offers_are_not_found_by_id(client, api_world):
    draft = Offer.objects.get(slug="entwurf")
    assert client.get(f"{API}/services/{hsds_id('offer', draft.pk)}").status_code == 404


def test_paging_envelope(client, api_world):
    first = page(client, "services", "service_list", per_page=2)
    assert (first["total_items"], first["total_pages"], first["page_number"], first["size"]) == (5, 3, 1, 2)
    assert (first["first_page"], first["last_page"], first["empty"]) == (True, False, False)
    last = page(client, "services", "service_list", per_page=2, page=3)
    assert (last["size"], last["first_page"], last["last_page"]) == (1, False, True)
    beyond = page(client, "services", "service_list", per_page=2, page=9)
    assert beyond["contents"] == []
    assert beyond["size"] == 0


@pytest.mark.parametrize(
    "params",
    [{"per_page": "0"}, {"per_page": "101"}, {"page": "x"}, {"full": "maybe"}, {"modified_after": "gestern"},
     {"taxonomy_term_id": "abc"}, {"format": "xml"}, {"region": "nirgendwo"}, {"proximity": "500"}],
)  # fmt: skip
def test_bad_parameters_are_400_json(client, api_world, params):
    response = client.get(f"{API}/services" if "proximity" not in params else f"{API}/service_at_locations", params)
    assert response.status_code == 400
    assert response.json()["error"]


def test_filters(client, api_world):
    world = api_world
    assert names(page(client, "services", "service_list", search="kaffee")) == ["Willkommenscafé"]
    # A word only in the English translation.
    assert names(page(client, "services", "service_list", search="residence")) == ["Migrationsberatung"]
    youth = Topic.objects.get(slug="youth")
    by_term = page(client, "services", "service_list", taxonomy_term_id=hsds_id("topic", youth.pk))
    assert names(by_term) == ["Kräuterbeet und Graffiti"]
    by_org = page(client, "services", "service_list", organization_id=hsds_id("organisation", world.agency.pk))
    assert names(by_org) == ["Integrationskurs mit Alphabetisierung", "Migrationsberatung"]
    by_region = page(client, "services", "service_list", region="anderswo")
    assert names(by_region) == ["Beratung anderswo"]
    taxonomy_id = hsds_id("taxonomy", "topics")
    assert page(client, "services", "service_list", taxonomy_id=taxonomy_id)["total_items"] == 4
    Offer.objects.filter(pk=world.course.pk).update(updated_at=dt.datetime(2030, 1, 1, tzinfo=dt.UTC))
    recent = page(client, "services", "service_list", modified_after="2029-12-31T00:00:00+01:00")
    assert names(recent) == ["Integrationskurs mit Alphabetisierung"]


def test_minimal_services(client, api_world):
    data = page(client, "services", "service_list", minimal="true", per_page=50)
    assert set(data["contents"][0]) == {"id", "name", "status", "last_modified"}


def test_organizations(client, api_world):
    world = api_world
    data = page(client, "organizations", "organization_list", per_page=50)
    # Only providers of public offers.
    assert names(data) == ["Fremde Stelle", "Integrationsagentur", "Nachbarschaftsbüro Nord"]
    org_id = hsds_id("organisation", world.agency.pk)
    simple = valid("organization_full", client.get(f"{API}/organizations/{org_id}").json())
    assert sorted(service["name"] for service in simple["services"]) == [
        "Integrationskurs mit Alphabetisierung", "Migrationsberatung"
    ]  # fmt: skip
    assert "schedules" not in simple["services"][0]
    assert simple["locations"][0]["name"] == "Begegnungszentrum"
    full = valid("organization_full", client.get(f"{API}/organizations/{org_id}", {"full_service": "true"}).json())
    assert "service_at_locations" in full["services"][0]
    page(client, "organizations", "organization_full", full_service="true")


def test_service_at_locations_and_postcode(client, api_world):
    world = api_world
    data = page(client, "service_at_locations", "service_at_location_list", per_page=50)
    assert data["total_items"] == 4
    sal_id = hsds_id("service_at_location", world.cafe.pk, world.office_place.pk)
    detail = valid("service_at_location_full", client.get(f"{API}/service_at_locations/{sal_id}").json())
    assert detail["service"]["name"] == "Willkommenscafé"
    assert detail["location"]["name"] == "Büro Nord"
    page(client, "service_at_locations", "service_at_location_full", full="true")
    at_postcode = page(client, "service_at_locations", "service_at_location_list", postcode="46282")
    assert {item["service"]["name"] for item in at_postcode["contents"]} == {
        "Migrationsberatung", "Integrationskurs mit Alphabetisierung"
    }  # fmt: skip
    # Süd's centre is about 2.3 km from Büro Nord: 1 km keeps only the places in Süd, 5 km takes both.
    near = page(client, "service_at_locations", "service_at_location_list", postcode="46282", proximity="1000")
    assert near["total_items"] == 2
    wide = page(client, "service_at_locations", "service_at_location_list", postcode="46282", proximity="5000")
    assert wide["total_items"] == 4
    nowhere = page(client, "service_at_locations", "service_at_location_list", postcode="99999", proximity="5000")
    assert nowhere["empty"] is True


def test_taxonomy_and_terms(client, world):
    taxonomies = page(client, "taxonomies", "taxonomy")
    taxonomy_id = taxonomies["contents"][0]["id"]
    valid("taxonomy", client.get(f"{API}/taxonomies/{taxonomy_id}").json())
    terms = page(client, "taxonomy_terms", "taxonomy_term", per_page=100)
    assert terms["total_items"] == Topic.objects.count()
    topic = Topic.objects.get(slug="youth")
    term = valid("taxonomy_term", client.get(f"{API}/taxonomy_terms/{hsds_id('topic', topic.pk)}").json())
    assert term["code"] == "youth"
    assert term["taxonomy_id"] == taxonomy_id
    assert page(client, "taxonomy_terms", "taxonomy_term", search="counselling")["total_items"] == 1


@pytest.mark.parametrize(
    ("path", "schema", "params"),
    [
        ("services", "service_list", {}),
        ("services", "service", {"full": "true"}),
        ("organizations", "organization_full", {"full_service": "true"}),
        ("service_at_locations", "service_at_location_full", {"full": "true"}),
        ("taxonomy_terms", "taxonomy_term", {}),
        ("taxonomies", "taxonomy", {}),
    ],
)
def test_ndjson_streams_every_record_each_valid(client, api_world, path, schema, params):
    response = client.get(f"{API}/{path}", {"format": "ndjson", "per_page": 1, **params})
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/x-ndjson")
    lines = b"".join(response.streaming_content).decode().splitlines()
    paged = client.get(f"{API}/{path}", {"per_page": 100, **params}).json()
    assert len(lines) == paged["total_items"] > 0
    for line in lines:
        valid(schema, json.loads(line))


def _more_offers(world, count):
    for number in range(count):
        place = Location.objects.create(
            region=world.region, organisation=world.agency, name=f"Raum {number}", street="Weg 1", postcode="46282",
            city="Testort", district=world.district_b, latitude=51.64, longitude=6.97,
        )  # fmt: skip
        offer = make_offer(
            world.region, world.agency, f"angebot-{number}", title=f"Angebot {number}", summary="Mehr.",
            topics=["counselling"], locations=[place], languages=["de"],
            schedules=[("MO", dt.time(9), dt.time(11))],
        )  # fmt: skip
        offer.served_districts.set([world.district_b])


@pytest.mark.parametrize(
    ("path", "params"),
    [
        ("services", {}),
        ("services", {"full": "true"}),
        ("organizations", {"full_service": "true"}),
        ("service_at_locations", {"full": "true"}),
        ("taxonomy_terms", {}),
    ],
)
def test_query_count_is_fixed_whatever_the_page_size(client, api_world, path, params):
    _more_offers(api_world, 50)
    counts = []
    for per_page in (1, 50):
        with CaptureQueriesContext(connection) as queries:
            data = client.get(f"{API}/{path}", {"per_page": per_page, **params}).json()
        assert data["size"] == min(per_page, data["total_items"])
        counts.append(len(queries))
    assert counts[0] == counts[1]


@pytest.mark.parametrize("keys", [("offer", 1), ("service_at_location", 12, 3), ("accessibility", 7, "note")])
def test_ids_are_the_published_uuid5_for_ever(keys):
    """Ids are derived without uuid objects for speed; they must stay exactly uuid5 of the same name."""
    name = ":".join(str(key) for key in keys)
    derived = hsds_id(*keys)
    assert derived == str(uuid.uuid5(NAMESPACE, name))
    assert uuid.UUID(derived).version == 5


# Consultation hours -----------------------------------------------------------------------------------------------


@pytest.fixture
def kinds(api_world):
    return make_every_kind(api_world)


def _ids(client, path, **params):
    return [item["id"] for item in client.get(f"{API}/{path}", {"per_page": 100, **params}).json()["contents"]]


def test_hours_are_services_after_the_offers_and_validate(client, kinds):
    data = page(client, "services", "service_list", per_page=100, region="testort")
    found = [item["name"] for item in data["contents"]]
    offers = ["Integrationskurs mit Alphabetisierung", "Kräuterbeet und Graffiti", "Migrationsberatung",
              "Willkommenscafé"]  # fmt: skip
    hours = sorted(item.title for item in kinds.public)
    assert found == offers + hours
    assert data["total_items"] == len(offers) + len(hours)
    office = next(item for item in data["contents"] if item["id"] == hsds_id("consultation_hours", kinds.office.pk))
    assert office["organization"]["name"] == "Nachbarschaftsbüro Nord"
    assert office["url"].endswith(f"/de/testort/appointments/#hours-{kinds.office.pk}")
    page(client, "services", "service", full="true", per_page=100)
    assert set(page(client, "services", "service_list", minimal="true")["contents"][0]) == {
        "id", "name", "status", "last_modified"
    }  # fmt: skip


def test_the_hours_service_carries_place_time_languages_and_booking(client, kinds):
    office = kinds.office
    service_id = hsds_id("consultation_hours", office.pk)
    service = valid("service", client.get(f"{API}/services/{service_id}").json())

    assert (service["name"], service["status"]) == ("Sprechstunde lokal willkommen", "active")
    assert service["x_consultation_hours"] == {"kind": "office", "bookable": True}
    assert [language["code"] for language in service["languages"]] == ["de", "ar", "en", "fa"]
    assert service["interpretation_services"]
    assert "العربية" in service["description"]
    assert service["phones"][0]["number"] == "02362 123456"
    (schedule,) = service["schedules"]
    assert (schedule["freq"], schedule["byday"], schedule["opens_at"], schedule["closes_at"]) == (
        "WEEKLY", "TU", "10:00:00", "12:00:00"
    )  # fmt: skip
    assert schedule["valid_from"] == "2026-01-01"
    assert schedule["x_timezone"] == "Europe/Berlin"
    assert schedule["schedule_link"].endswith(f"/appointments/#hours-{office.pk}")
    assert schedule["location_id"] == hsds_id("location", office.location_id)
    (at_office,) = service["service_at_locations"]
    assert schedule["service_at_location_id"] == at_office["id"]
    assert at_office["location"]["addresses"][0]["address_1"] == "Hauptstraße 1"
    assert {item["taxonomy_term"]["code"] for item in service["attributes"]} == {"counselling", "asylum-residence"}
    assert "service_areas" not in service


@pytest.mark.parametrize("kind", ["mobile", "outreach", "phone"])
def test_hours_away_from_the_office_have_no_place(client, kinds, kind):
    hours = getattr(kinds, kind)
    service = valid("service", client.get(f"{API}/services/{hsds_id('consultation_hours', hours.pk)}").json())
    assert service["x_consultation_hours"]["kind"] == kind
    assert "service_at_locations" not in service
    assert "location_id" not in service["schedules"][0]
    assert service["schedules"][0]["attending_type"]
    if hours.district:
        assert service["service_areas"][0]["name"] == hours.district.name
    if not hours.bookable:
        assert "schedule_link" not in service["schedules"][0]
        assert "application_process" not in service


def test_unpublished_ended_and_other_towns_hours_are_not_published(client, kinds):
    listed = _ids(client, "services", region="testort") + _ids(client, "services", region="testort", full="true")
    for hidden in kinds.hidden:
        assert hsds_id("consultation_hours", hidden.pk) not in listed
    for hidden in (kinds.unpublished, kinds.expired):
        assert client.get(f"{API}/services/{hsds_id('consultation_hours', hidden.pk)}").status_code == 404
    # The other town's hours are published there.
    assert _ids(client, "services", region="anderswo")[-1] == hsds_id("consultation_hours", kinds.elsewhere.pk)


def test_paging_runs_on_from_the_offers_into_the_hours(client, kinds):
    everything = _ids(client, "services")
    total = len(everything)
    for per_page in (1, 2, 3, 7):
        paged = []
        for number in range(1, -(-total // per_page) + 1):
            data = page(client, "services", "service_list", per_page=per_page, page=number)
            assert data["total_items"] == total
            assert data["size"] == len(data["contents"]) <= per_page
            paged += [item["id"] for item in data["contents"]]
        assert paged == everything
    beyond = page(client, "services", "service_list", per_page=7, page=99)
    assert (beyond["size"], beyond["empty"]) == (0, False)


def test_filters_apply_to_hours(client, kinds, api_world):
    def hours(**params):
        return {item["name"] for item in client.get(f"{API}/services", {"per_page": 100, **params}).json()["contents"]}

    assert "Mobiles Team Süd" in hours(language="uk")
    assert "Telefonsprechstunde" not in hours(language="uk")
    assert {"Sprechstunde lokal willkommen", "Telefonsprechstunde"} <= hours(language="de")  # German everywhere
    assert "Sprechstunde lokal willkommen" in hours(open_on="TU")
    assert "Mobiles Team Süd" not in hours(open_on="TU")
    # Monthly on the first Thursday: 2026-12-03 yes, 2026-12-10 no.
    assert "Beratung im Stadtteil" in hours(open_on="2026-12-03")
    assert "Beratung im Stadtteil" not in hours(open_on="2026-12-10")
    assert hours(search="Telefon") == {"Telefonsprechstunde"}
    topic = Topic.objects.get(slug="asylum-residence")
    assert {"Beratung im Stadtteil", "Sprechstunde lokal willkommen", "Migrationsberatung"} == hours(
        taxonomy_term_id=hsds_id("topic", topic.pk)
    )
    by_agency = hours(organization_id=hsds_id("organisation", api_world.agency.pk))
    assert by_agency == {"Beratung im Stadtteil", "Migrationsberatung", "Integrationskurs mit Alphabetisierung"}
    assert "Telefonsprechstunde" in hours(age="40")  # hours have no age range: they are for everyone
    ConsultationHours.objects.filter(pk=kinds.phone.pk).update(updated_at=dt.datetime(2030, 1, 1, tzinfo=dt.UTC))
    Offer.objects.filter(pk=api_world.course.pk).update(updated_at=dt.datetime(2030, 1, 1, tzinfo=dt.UTC))
    assert hours(modified_after="2029-12-31T00:00:00") == {
        "Telefonsprechstunde", "Integrationskurs mit Alphabetisierung"
    }  # fmt: skip


def test_hours_at_the_office_are_services_at_their_place(client, kinds, api_world):
    data = page(client, "service_at_locations", "service_at_location_list", per_page=100, region="testort")
    assert data["total_items"] == 4 + 1  # the offers' four, and the office hours (the others have no place)
    sal_id = hsds_id("consultation_hours_at_location", kinds.office.pk, api_world.office_place.pk)
    assert data["contents"][-1]["id"] == sal_id
    detail = valid("service_at_location_full", client.get(f"{API}/service_at_locations/{sal_id}").json())
    assert detail["service"]["name"] == "Sprechstunde lokal willkommen"
    assert detail["location"]["name"] == "Büro Nord"
    assert detail["schedules"][0]["service_at_location_id"] == sal_id
    page(client, "service_at_locations", "service_at_location_full", full="true", per_page=100)
    at_postcode = page(client, "service_at_locations", "service_at_location_list", postcode="46284")
    assert sal_id in [item["id"] for item in at_postcode["contents"]]
    near_sued = page(client, "service_at_locations", "service_at_location_list", postcode="46282", proximity="1000")
    assert sal_id not in [item["id"] for item in near_sued["contents"]]


def test_organisations_with_only_hours_are_published_with_them(client, kinds, api_world):
    counselling_only = Organisation.objects.create(
        region=api_world.region, slug="beratungsstelle", name="Beratungsstelle ohne Angebote", kind="welfare"
    )
    ConsultationHours.objects.filter(pk=kinds.phone.pk).update(organisation=counselling_only)
    data = page(client, "organizations", "organization_list", per_page=100)
    assert "Beratungsstelle ohne Angebote" in names(data)
    org_id = hsds_id("organisation", counselling_only.pk)
    simple = valid("organization_full", client.get(f"{API}/organizations/{org_id}").json())
    assert [service["name"] for service in simple["services"]] == ["Telefonsprechstunde"]
    office = valid(
        "organization_full",
        client.get(
            f"{API}/organizations/{hsds_id('organisation', api_world.office.pk)}", {"full_service": "true"}
        ).json(),
    )
    services = {service["name"]: service for service in office["services"]}
    assert services["Sprechstunde lokal willkommen"]["schedules"][0]["byday"] == "TU"
    assert "Willkommenscafé" in services
    page(client, "organizations", "organization_full", full_service="true", per_page=100)


@pytest.mark.parametrize(
    ("path", "schema", "params"),
    [
        ("services", "service_list", {}),
        ("services", "service", {"full": "true"}),
        ("services", "service", {"full": "true", "lang": "ar", "translations": "all"}),
        ("organizations", "organization_full", {"full_service": "true"}),
        ("service_at_locations", "service_at_location_full", {"full": "true"}),
    ],
)
def test_ndjson_streams_the_hours_too_each_valid(client, kinds, path, schema, params):
    response = client.get(f"{API}/{path}", {"format": "ndjson", **params})
    lines = [json.loads(line) for line in b"".join(response.streaming_content).decode().splitlines()]
    assert len(lines) == client.get(f"{API}/{path}", {"per_page": 100, **params}).json()["total_items"]
    for line in lines:
        valid(schema, line)
    ids = {line["id"] for line in lines}
    if path == "services":
        assert hsds_id("consultation_hours", kinds.office.pk) in ids


def test_hours_as_plain_hsds_keep_strictly_to_hsds_3(kinds):
    """Without a reader (the export), the records carry none of the profile's fields."""
    with translation.override("de"):
        for hours in selectors.hours_services(Query(full=True), today=dt.date(2026, 11, 22)):
            valid("service", mapping_hours.service(hours))
            assert schemas.errors("service", mapping_hours.service(hours), profile=False) == []


def test_hours_ids_are_their_own_and_the_offers_keep_theirs(client, kinds, api_world):
    services = _ids(client, "services", per_page=100)
    assert hsds_id("offer", api_world.cafe.pk) in services
    assert len(services) == len(set(services))
    # The same primary key as an offer's gives another id.
    assert hsds_id("consultation_hours", api_world.cafe.pk) != hsds_id("offer", api_world.cafe.pk)


@pytest.mark.parametrize(
    ("path", "params"),
    [
        ("services", {"full": "true"}),
        ("organizations", {"full_service": "true"}),
        ("service_at_locations", {"full": "true"}),
    ],
)
def test_query_count_does_not_grow_with_the_hours(client, kinds, api_world, path, params):
    def count():
        with CaptureQueriesContext(connection) as queries:
            assert client.get(f"{API}/{path}", {"per_page": 100, **params}).status_code == 200
        return len(queries)

    few = count()
    for number in range(8):
        copy = ConsultationHours.objects.get(pk=kinds.office.pk)
        copy.pk = None
        copy.title = f"Sprechstunde {number}"
        copy.save()
        copy.topics.set(kinds.office.topics.all())
    assert count() == few


def test_a_page_of_hours_costs_the_same_queries_for_one_or_fifty(client, kinds, api_world):
    for number in range(60):
        ConsultationHours.objects.create(
            region=api_world.region, organisation=api_world.office, location=api_world.office_place,
            title=f"Zusatzsprechstunde {number:02}", byday="FR", opens_at=dt.time(9), closes_at=dt.time(10),
            valid_from=dt.date(2024, 1, 1), is_published=True,
        )  # fmt: skip
    counts = []
    for per_page in (1, 50):
        # Five offers, then 65 hours: the second page of 50 and the 60th record are hours only.
        params = {"per_page": per_page, "page": 2 if per_page == 50 else 60, "full": "true"}
        with CaptureQueriesContext(connection) as queries:
            data = client.get(f"{API}/services", params).json()
        assert data["contents"]
        assert all(item.get("x_consultation_hours") for item in data["contents"])
        counts.append(len(queries))
    assert counts[0] == counts[1]
