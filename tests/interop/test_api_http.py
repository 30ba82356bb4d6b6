"""Every API answer: read-only CORS, ETag with 304, and a clear 429 for anonymous clients that ask too often."""

import json

import pytest
from django.contrib.auth.models import AnonymousUser
from django.core.cache import cache
from django.http import HttpRequest, JsonResponse
from django.test import RequestFactory
from django.utils import translation

from interop.http import public_api


@public_api
def records(request: HttpRequest) -> JsonResponse:
    return JsonResponse({"contents": [{"id": "a"}]})


@pytest.fixture(autouse=True)
def _fresh_limits():
    cache.clear()
    yield
    cache.clear()


def call(method: str = "get", **headers):
    request = getattr(RequestFactory(), method)("/api/hsds/services", **headers)
    request.user = AnonymousUser()
    with translation.override("en"):
        return records(request)


def test_any_site_may_read_but_not_write():
    response = call()
    assert response.status_code == 200
    assert response["Access-Control-Allow-Origin"] == "*"
    assert "ETag" in response["Access-Control-Expose-Headers"]
    preflight = call("options", HTTP_ACCESS_CONTROL_REQUEST_METHOD="GET")
    assert preflight.status_code == 204
    assert preflight["Access-Control-Allow-Methods"] == "GET, HEAD, OPTIONS"
    refused = call("post")
    assert refused.status_code == 405
    assert json.loads(refused.content) == {"error": "This API is read-only."}


def test_an_unchanged_answer_is_not_sent_again():
    first = call()
    etag = first["ETag"]
    again = call(HTTP_IF_NONE_MATCH=etag)
    assert again.status_code == 304
    assert again.content == b""
    assert call(HTTP_IF_NONE_MATCH='"something-else"').status_code == 200


def test_anonymous_clients_get_a_clear_429_after_their_share(settings):
    settings.NAHBAR_API_RATE = "3/m"
    assert [call().status_code for _ in range(3)] == [200, 200, 200]
    limited = call()
    assert limited.status_code == 429
    assert limited["Retry-After"] == "60"
    assert "Please wait a minute" in json.loads(limited.content)["error"]
    assert limited["Access-Control-Allow-Origin"] == "*"  # a browser client can read why


@pytest.mark.django_db
def test_the_served_api_speaks_cors_etag_and_limits(client, settings):
    settings.NAHBAR_API_RATE = "2/m"
    first = client.get("/api/hsds/services")
    assert first.status_code == 200
    assert first["Access-Control-Allow-Origin"] == "*"
    assert client.get("/api/hsds/services", HTTP_IF_NONE_MATCH=first["ETag"]).status_code == 304
    assert client.get("/api/hsds/services").status_code == 429
