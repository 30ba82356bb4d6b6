"""The API keeps the promises of the OpenAPI document it serves, whatever a client sends.

schemathesis reads /api/hsds/openapi.json from the running Django app (WSGI, no network), generates requests
for every operation (valid and invalid parameters, odd headers) and checks each answer: never a server error,
only status codes, content types and bodies the document declares.

The document's response schemas `$ref` the profile's schemas by relative URL (`profile/schema/service.json`),
which resolve against the document's own address. schemathesis would fetch those over HTTP; here they are
fetched from the same WSGI app instead, so the test checks exactly what a client resolving them would get.
"""

from collections.abc import Iterator
from typing import Any
from urllib.parse import urlsplit

import hypothesis
import pytest
import schemathesis
from django.core.signals import request_finished, request_started
from django.db import close_old_connections
from django.test import Client, override_settings
from schemathesis.checks import not_a_server_error
from schemathesis.core.jsonschema import resolver as schemathesis_resolver
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_schema_conformance,
    status_code_conformance,
    unsupported_method,
)
from werkzeug.test import Client as WsgiClient

from nahbar.wsgi import application
from tests.counselling.hours_kinds import make_every_kind

API = "/api/hsds"
SERVED_AT = f"http://localhost{API}/openapi.json"
UNLIMITED = "100000/m"
CHECKS = [
    not_a_server_error,
    status_code_conformance,
    content_type_conformance,
    response_schema_conformance,
    unsupported_method,
]


_FROM_ELSEWHERE = schemathesis_resolver.retrieve


def _retrieve(uri: str) -> Any:
    """schemathesis's way of fetching a referenced document, with ours served by the app itself."""
    parts = urlsplit(uri)
    if parts.netloc != "localhost" or not parts.path.startswith(f"{API}/"):
        return _FROM_ELSEWHERE(uri)
    # Straight through WSGI: Django's test Client would reconnect the signals that close the test's connection.
    with override_settings(NAHBAR_API_RATE=UNLIMITED):
        response = WsgiClient(application).get(parts.path)
    assert response.status_code == 200, f"{uri} answered {response.status_code}"
    return response.json


# The document is read once, at collection, through the app itself (loading it touches no database).
schemathesis_resolver.retrieve = _retrieve
with override_settings(NAHBAR_API_RATE=UNLIMITED):
    schema = schemathesis.openapi.from_wsgi(f"{API}/openapi.json", application)
# Relative $refs resolve against where the document lives, as they do for any client.
schema.location = SERVED_AT


@pytest.fixture
def wsgi_keeps_test_connection() -> Iterator[None]:
    # Like Django's test client: the WSGI app must not close the test's connection (it holds the test transaction).
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    yield
    request_started.connect(close_old_connections)
    request_finished.connect(close_old_connections)


@pytest.fixture
def world_with_hours(world: Any) -> Any:
    """The test town with consultation hours of every kind: they are services and services at locations too."""
    make_every_kind(world)
    return world


@schema.parametrize()
@hypothesis.settings(
    max_examples=25,
    deadline=None,
    derandomize=True,
    suppress_health_check=list(hypothesis.HealthCheck),
)
def test_every_answer_keeps_to_the_served_document(
    case: schemathesis.Case, world_with_hours: Any, settings: Any, wsgi_keeps_test_connection: None
) -> None:
    settings.NAHBAR_API_RATE = UNLIMITED
    # The WSGI client does not unzip; GZipMiddleware is not what is under test.
    case.call_and_validate(checks=CHECKS, headers={"Accept-Encoding": "identity"})


# What schemathesis does not ask: HEAD, writes through the whole middleware stack, If-Modified-Since.


@pytest.mark.django_db
def test_head_is_answered_and_writes_get_the_apis_own_refusal(world: Any, client: Client) -> None:
    head = client.head(f"{API}/services")
    assert head.status_code == 200
    assert head["Content-Type"] == "application/json"
    refused = client.post(f"{API}/services", {"name": "x"})
    assert refused.status_code == 405
    assert refused["Allow"] == "GET, HEAD, OPTIONS"
    assert "error" in refused.json()


@pytest.mark.django_db
def test_a_service_says_when_it_last_changed_and_is_not_sent_again_unchanged(world: Any, client: Client) -> None:
    service_id = client.get(f"{API}/services").json()["contents"][0]["id"]
    first = client.get(f"{API}/services/{service_id}")
    assert first.status_code == 200
    since = first["Last-Modified"]
    assert since.endswith(" GMT")
    assert client.get(f"{API}/services/{service_id}", HTTP_IF_MODIFIED_SINCE=since).status_code == 304

    link_id = client.get(f"{API}/service_at_locations").json()["contents"][0]["id"]
    link = client.get(f"{API}/service_at_locations/{link_id}")
    assert link["Last-Modified"]
    assert (
        client.get(f"{API}/service_at_locations/{link_id}", HTTP_IF_MODIFIED_SINCE=link["Last-Modified"]).status_code
        == 304
    )
    earlier = "Mon, 01 Jan 2001 00:00:00 GMT"
    assert client.get(f"{API}/services/{service_id}", HTTP_IF_MODIFIED_SINCE=earlier).status_code == 200
