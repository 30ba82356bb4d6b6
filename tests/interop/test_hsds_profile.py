"""nahbar's German profile of HSDS 3.0: translated text, IANA time zones, the profile's filters, and the served
profile (patched schemas and OpenAPI document) that lists everything the API answers."""

import datetime as dt
import json
import re
from pathlib import Path

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import URLPattern, URLResolver
from django.utils import translation

from directory.models import Offer, OfferTranslation, Schedule, Topic
from directory.opening import describe
from interop import schemas, urls_api
from interop.hsds.ids import hsds_id
from interop.profile.merge import merge_patch
from tests.counselling.hours_kinds import make_every_kind
from translations.models import Origin

API = "/api/hsds"


def get(client, path, params=None, **headers):
    response = client.get(f"{API}/{path}", params or {}, **headers)
    assert response.status_code == 200, response.content
    return response


def valid(name, data, **options):
    problems = schemas.errors(name, data, **options)
    assert problems == [], problems
    return data


def by_name(data):
    return {item["id"]: item for item in data["contents"]}


def names(client, **params):
    return sorted(item["name"] for item in get(client, "services", {"per_page": 100, **params}).json()["contents"])


# Translated content ---------------------------------------------------------------------------------------------


def test_lang_gives_the_translation_and_says_so(client, world):
    response = get(client, f"services/{hsds_id('offer', world.cafe.pk)}", {"lang": "ar"})
    data = valid("service", response.json())
    assert data["name"] == "مقهى الترحيب"
    assert data["x_language"] == {
        "code": "ar",
        "requested": "ar",
        "fallback": False,
        "machine": False,
        "outdated": False,
    }
    assert response["Content-Language"] == "ar"
    assert "x_translations" not in data


def test_topics_are_named_in_the_requested_language(client, world):
    topic = Topic.objects.get(slug="counselling")
    term = valid("taxonomy_term", get(client, f"taxonomy_terms/{hsds_id('topic', topic.pk)}", {"lang": "ar"}).json())
    assert (term["name"], term["language"]) == (topic.names["ar"], "ar")
    assert topic.names["de"] in term["description"]

    service = valid("service", get(client, f"services/{hsds_id('offer', world.counselling.pk)}", {"lang": "fa"}).json())
    named = {item["taxonomy_term"]["code"]: item["taxonomy_term"]["name"] for item in service["attributes"]}
    assert named["counselling"] == topic.names["fa"]
    german = get(client, "taxonomy_terms", {"per_page": 100}).json()["contents"]
    assert {item["language"] for item in german} == {"de"}


def test_untranslated_falls_back_to_german(client, world):
    response = get(client, f"services/{hsds_id('offer', world.youth.pk)}", {"lang": "ar"})
    data = response.json()
    assert data["name"] == "Kräuterbeet und Graffiti"
    assert data["x_language"]["code"] == "de"
    assert data["x_language"]["fallback"] is True
    assert response["Content-Language"] == "de"


def test_accept_language_is_used_without_lang_and_lang_wins(client, world):
    path = f"services/{hsds_id('offer', world.cafe.pk)}"
    assert get(client, path, HTTP_ACCEPT_LANGUAGE="xx, en-GB;q=0.9").json()["name"] == "Welcome café"
    assert get(client, path, {"lang": "de"}, HTTP_ACCEPT_LANGUAGE="en").json()["name"] == "Willkommenscafé"
    assert get(client, path).json()["x_language"]["code"] == "de"


def test_lists_are_translated_per_record(client, world):
    response = get(client, "services", {"lang": "en", "per_page": 100})
    data = valid("service_list_page", response.json())
    records = by_name(data)
    assert records[hsds_id("offer", world.counselling.pk)]["name"] == "Migration counselling"
    assert records[hsds_id("offer", world.youth.pk)]["x_language"]["fallback"] is True
    assert response["Content-Language"] == "en, de"
    # Labels nahbar writes itself follow the reader's language when the UI speaks it.
    assert records[hsds_id("offer", world.course.pk)]["fees_description"] != "Betrag"


def test_machine_and_outdated_translations_are_marked(client, world):
    translation = OfferTranslation.objects.get(offer=world.cafe, language="en")
    translation.origin = Origin.MACHINE
    translation.save()
    Offer.objects.filter(pk=world.cafe.pk).update(content_version=world.cafe.content_version + 1)
    data = get(client, f"services/{hsds_id('offer', world.cafe.pk)}", {"lang": "en"}).json()
    assert data["x_language"] | {} == {
        "code": "en", "requested": "en", "fallback": False, "machine": True, "outdated": True
    }  # fmt: skip


def test_all_translations_on_request(client, world):
    data = get(client, "services", {"translations": "all", "per_page": 100}).json()
    valid("service_list_page", data)
    cafe = by_name(data)[hsds_id("offer", world.cafe.pk)]
    assert set(cafe["x_translations"]) == {"de", "en", "ar"}
    assert cafe["x_translations"]["de"]["origin"] == "source"
    assert cafe["x_translations"]["en"] == {
        "name": "Welcome café", "description": "Coffee and contacts every Tuesday.", "origin": "human",
        "outdated": False,
    }  # fmt: skip


@pytest.mark.parametrize(
    "params",
    [{"lang": "klingon"}, {"translations": "some"}, {"age": "-3"}, {"age": "zwölf"}, {"language": "xx"},
     {"open_on": "Dienstag"}, {"open_on": "2026-02-30"}],
)  # fmt: skip
def test_bad_profile_parameters_are_400_json(client, world, params):
    response = client.get(f"{API}/services", params)
    assert response.status_code == 400
    assert response["Content-Type"].startswith("application/json")
    assert set(response.json()) == {"error"}


# Schedules ------------------------------------------------------------------------------------------------------


def test_schedules_name_their_iana_time_zone(client, world):
    data = get(client, f"services/{hsds_id('offer', world.cafe.pk)}").json()
    assert [item["x_timezone"] for item in data["schedules"]] == ["Europe/Berlin"]
    sal = hsds_id("service_at_location", world.cafe.pk, world.office_place.pk)
    data = valid("service_at_location_full", get(client, f"service_at_locations/{sal}").json())
    assert all(item["x_timezone"] == "Europe/Berlin" for item in data["schedules"])


# Filters --------------------------------------------------------------------------------------------------------


def test_age_filter(client, world):
    found = names(client, age="16", region="testort")
    assert "Kräuterbeet und Graffiti" in found
    assert "Kräuterbeet und Graffiti" not in names(client, age="30", region="testort")
    assert "Kräuterbeet und Graffiti" not in names(client, age="8", region="testort")
    # Offers without an age range are for every age.
    assert "Migrationsberatung" in names(client, age="8", region="testort")


def test_language_spoken_filter(client, world):
    assert names(client, language="fa") == ["Migrationsberatung"]
    assert names(client, language="ar") == ["Willkommenscafé"]


def test_open_on_weekday_and_date(client, world):
    assert names(client, open_on="TU") == ["Willkommenscafé"]
    assert names(client, open_on="th") == ["Kräuterbeet und Graffiti"]
    tuesday = dt.date(2026, 3, 17)
    assert names(client, open_on=tuesday.isoformat()) == ["Willkommenscafé"]
    assert names(client, open_on=(tuesday + dt.timedelta(days=1)).isoformat()) == []
    # Monthly on the first Tuesday only.
    Schedule.objects.filter(offer=world.cafe).update(freq="MONTHLY", byday="1TU")
    assert names(client, open_on="2026-03-03") == ["Willkommenscafé"]
    assert names(client, open_on="2026-03-17") == []


def test_filters_apply_to_service_at_locations(client, world):
    data = get(client, "service_at_locations", {"open_on": "TU", "language": "ar", "age": "40"}).json()
    valid("service_at_location_list_page", data)
    assert [item["service"]["name"] for item in data["contents"]] == ["Willkommenscafé"]


# The served profile ---------------------------------------------------------------------------------------------


def _served_paths(patterns, prefix=""):
    for pattern in patterns:
        route = prefix + str(pattern.pattern)
        if isinstance(pattern, URLResolver):
            yield from _served_paths(pattern.url_patterns, route)
        elif isinstance(pattern, URLPattern):
            yield "/" + re.sub(r"<(?:\w+:)?(\w+)>", r"{\1}", route)


def test_openapi_lists_every_served_path_and_profile_parameter(client, world, settings):
    settings.NAHBAR_BASE_URL = "https://nahbar.example"
    document = json.loads(get(client, "openapi.json").content)
    assert document["servers"] == [{"url": "https://nahbar.example/api/hsds"}]
    assert set(_served_paths(urls_api.urlpatterns)) <= set(document["paths"])
    parameters = document["components"]["parameters"]
    for name in ("region", "lang", "accept_language", "translations", "age", "language", "open_on"):
        assert name in parameters
    for path in ("/services", "/service_at_locations"):
        operation = document["paths"][path]["get"]
        used = {item["$ref"].rsplit("/", 1)[-1] for item in operation["parameters"] if "$ref" in item}
        assert {"region", "lang", "translations", "age", "language", "open_on", "format", "full"} <= used
        assert {"400", "429"} <= set(operation["responses"])
        assert "application/x-ndjson" in operation["responses"]["200"]["content"]
    assert "404" in document["paths"]["/services/{id}"]["get"]["responses"]
    assert document["components"]["schemas"]["Error"]["required"] == ["error"]
    assert "REQUIRED" not in document["info"]["title"]


def test_every_parameter_the_api_reads_is_documented(client, world):
    document = get(client, "openapi.json").json()
    documented = {item["name"] for item in document["components"]["parameters"].values() if "name" in item}
    for operation in (op for path in document["paths"].values() for op in path.values() if isinstance(op, dict)):
        documented |= {item["name"] for item in operation.get("parameters", []) if "name" in item}
    source = Path("interop/hsds/params.py").read_text(encoding="utf-8")
    read = set(re.findall(r'params(?:\.get\()?,? ?"(\w+)"', source)) | set(re.findall(r'params\.get\("(\w+)"', source))
    assert {"lang", "age", "open_on"} <= read
    assert read <= documented, read - documented


def test_profile_index_and_patched_schemas(client, world, settings):
    settings.NAHBAR_BASE_URL = "https://nahbar.example"
    index = get(client, "profile/").json()
    assert index["hsds_version"] == "3.0"
    assert index["openapi_url"] == "https://nahbar.example/api/hsds/openapi.json"
    assert {"service", "schedule"} <= set(index["patched"])
    assert index["schemas"]["service"] == "https://nahbar.example/api/hsds/profile/schema/service.json"
    schedule = get(client, "profile/schema/schedule.json").json()
    hsds = json.loads((schemas.SPEC_DIR / "schedule.json").read_text(encoding="utf-8"))
    patch = json.loads((schemas.PATCH_DIR / "schedule.json").read_text(encoding="utf-8"))
    assert schedule == merge_patch(hsds, patch)
    assert schedule["properties"]["x_timezone"]["type"] == "string"
    assert schedule["properties"]["opens_at"] == hsds["properties"]["opens_at"]
    assert client.get(f"{API}/profile/schema/nichts.json").status_code == 404


def test_merge_patch_follows_rfc_7396():
    target = {"a": "b", "c": {"d": "e", "f": "g"}, "list": [1, 2]}
    patch = {"a": "z", "c": {"f": None}, "list": [3], "new": {"x": 1}}
    assert merge_patch(target, patch) == {"a": "z", "c": {"d": "e"}, "list": [3], "new": {"x": 1}}
    assert target == {"a": "b", "c": {"d": "e", "f": "g"}, "list": [1, 2]}


@pytest.mark.parametrize(
    ("path", "schema", "params"),
    [
        ("services", "service_list_page", {"lang": "ar", "translations": "all"}),
        ("services", "service_page", {"full": "true", "lang": "en", "translations": "all"}),
        ("service_at_locations", "service_at_location_full_page", {"full": "true", "translations": "all"}),
        ("organizations", "organization_full_page", {"full_service": "true", "lang": "en"}),
    ],
)
def test_responses_validate_against_the_profile_and_stay_hsds(client, world, path, schema, params):
    data = get(client, path, {"per_page": 100, **params}).json()
    assert data["total_items"] > 0
    valid(schema, data)  # the profile's schemas, strictly: no field it does not define
    # A plain HSDS client: HSDS schemas allow extra fields, so the extended records are valid HSDS 3.0 …
    valid(schema, data, profile=False, strict=False)
    # … and the strict check fails only on the profile's own x_ fields.
    problems = schemas.errors(schema, data, profile=False)
    assert problems
    assert all("x_" in problem for problem in problems)


def test_query_count_does_not_grow_with_translations(client, world):
    counts = []
    for per_page in (1, 50):
        with CaptureQueriesContext(connection) as queries:
            client.get(f"{API}/services", {"per_page": per_page, "lang": "ar", "translations": "all", "full": "true"})
        counts.append(len(queries))
    assert counts[0] == counts[1]


# Consultation hours ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("path", "schema", "params"),
    [
        ("services", "service_list_page", {"lang": "ar", "translations": "all"}),
        ("services", "service_page", {"full": "true", "lang": "fa", "translations": "all"}),
        ("service_at_locations", "service_at_location_full_page", {"full": "true", "lang": "uk"}),
        ("organizations", "organization_full_page", {"full_service": "true", "lang": "en"}),
    ],
)
def test_hours_validate_against_the_profile_and_stay_hsds(client, world, path, schema, params):
    kinds = make_every_kind(world)
    data = get(client, path, {"per_page": 100, **params}).json()
    assert hsds_id("consultation_hours", kinds.office.pk) in json.dumps(data)
    valid(schema, data)
    valid(schema, data, profile=False, strict=False)
    problems = schemas.errors(schema, data, profile=False)
    assert problems
    assert all("x_" in problem for problem in problems)


def test_hours_say_their_title_is_german_and_their_labels_follow_the_reader(client, world):
    kinds = make_every_kind(world)
    response = get(client, f"services/{hsds_id('consultation_hours', kinds.mobile.pk)}", {"lang": "ar"})
    data = valid("service", response.json())
    assert data["name"] == "Mobiles Team Süd"
    assert data["x_language"] == {
        "code": "de",
        "requested": "ar",
        "fallback": True,
        "machine": False,
        "outdated": False,
    }
    assert data["x_consultation_hours"] == {"kind": "mobile", "bookable": False}
    assert response["Content-Language"] == "de"
    with translation.override("ar"):
        assert data["schedules"][0]["attending_type"] == translation.gettext("Mobile: we come to you")
        assert data["schedules"][0]["description"] == describe(kinds.mobile)
    assert "/ar/testort/appointments/" in data["url"]
    everything = get(client, "services", {"translations": "all", "per_page": 100}).json()
    mobile = by_name(everything)[hsds_id("consultation_hours", kinds.mobile.pk)]
    assert mobile["x_translations"] == {"de": {"name": "Mobiles Team Süd", "origin": "source", "outdated": False}}
