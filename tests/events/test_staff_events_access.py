"""Who may open and press what on the staff event pages: every URL × every role, and CSRF on every form."""

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from django.contrib.auth.models import User
from django.test import Client
from django.urls import reverse

from events.models import Event
from tests.conftest import make_user

BERLIN = ZoneInfo("Europe/Berlin")


@dataclass(frozen=True)
class Page:
    name: str
    method: str
    # The POST body, built from the concert and its date when the request is made.
    data: Callable[[Event], dict[str, Any]] | None = None
    manager_only: bool = False
    with_date: bool = False
    language: str | None = None


def _version(event: Event) -> dict[str, Any]:
    return {"version": Event.objects.get(pk=event.pk).version}


def _move(event: Event) -> dict[str, Any]:
    occurrence = event.occurrences.get()
    day = (occurrence.starts_at.astimezone(BERLIN) + dt.timedelta(days=1)).date().isoformat()
    prefix = f"date{occurrence.pk}"
    return {f"{prefix}-day": day, f"{prefix}-starts": "18:00", f"{prefix}-ends": "20:00"}


def _copy(event: Event) -> dict[str, Any]:
    return {"start_date": (dt.date.today() + dt.timedelta(days=40)).isoformat(), "start_time": "18:00"}


def _translation(event: Event) -> dict[str, Any]:
    return {"title": "Concert and dance", "summary": "Local clubs play and dance."}


PAGES = [
    Page("event_edit", "GET"),
    Page("event_edit", "POST", data=lambda event: {}),
    Page("event_copy", "GET"),
    Page("event_copy", "POST", data=_copy),
    Page("event_publish", "POST", data=_version),
    Page("event_unpublish", "POST", data=_version),
    Page("event_archive", "POST", data=_version, manager_only=True),
    Page("event_history", "GET"),
    Page("event_dates", "GET"),
    Page("event_date_cancel", "POST", data=lambda event: {}, with_date=True),
    Page("event_date_restore", "POST", data=lambda event: {}, with_date=True),
    Page("event_date_move", "POST", data=_move, with_date=True),
    Page("event_translation_edit", "GET", language="en"),
    Page("event_translation_edit", "POST", data=_translation, language="en"),
]
ROLES = ["anonymous", "no_role", "other_editor", "foreign_coordinator", "editor", "manager", "coordinator"]
ALLOWED = {"editor", "manager", "coordinator"}
MANAGING = {"manager", "coordinator"}


def url_of(page: Page, event: Event) -> str:
    args: list[Any] = [event.pk]
    if page.with_date:
        args.append(event.occurrences.get().pk)
    if page.language:
        args.append(page.language)
    return reverse(f"staff:{page.name}", args=args)


def client_for(role: str, staff: dict[str, User], world: Any, *, csrf: bool = False) -> Client:
    client = Client(enforce_csrf_checks=csrf)
    if role == "anonymous":
        return client
    user = (
        make_user("foreign_coordinator", ("coordinator", world.other_region, None))
        if role == "foreign_coordinator"
        else staff[role]
    )
    client.force_login(user, backend="django.contrib.auth.backends.ModelBackend")
    return client


def request(client: Client, page: Page, event: Event):
    url = url_of(page, event)
    if page.method == "GET":
        return client.get(url)
    assert page.data is not None
    return client.post(url, page.data(event))


def expected_status(page: Page, role: str) -> int | set[int]:
    if role == "anonymous":
        return 302
    if role not in ALLOWED or (page.manager_only and role not in MANAGING):
        return 403
    return 200 if page.method == "GET" else {200, 302}


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("page", PAGES, ids=lambda page: f"{page.method}-{page.name}")
def test_access_to_an_agency_event(world, staff, events, page, role):
    """The concert belongs to the agency: its editor, its manager and the region's coordinator may work on it."""
    concert = events.concert
    before = Event.objects.get(pk=concert.pk).version

    response = request(client_for(role, staff, world), page, concert)

    expected = expected_status(page, role)
    assert response.status_code in (expected if isinstance(expected, set) else {expected})
    if role == "anonymous":
        assert response["Location"].startswith(reverse("staff:login"))
    if expected == 403 or role == "anonymous":
        assert Event.objects.get(pk=concert.pk).version == before
        assert Event.objects.filter(title=concert.title).count() == 1  # no copy was made


@pytest.mark.parametrize(
    ("role", "status"),
    [("anonymous", 302), ("no_role", 403), ("other_editor", 200), ("foreign_coordinator", 200), ("editor", 200)],
)
@pytest.mark.parametrize("name", ["events", "event_create"])
def test_list_and_new_event_need_a_role(world, staff, events, name, role, status):
    response = client_for(role, staff, world).get(reverse(f"staff:{name}"))

    assert response.status_code == status


def test_another_regions_coordinator_sees_none_of_this_regions_events(world, staff, events):
    page = client_for("foreign_coordinator", staff, world).get(reverse("staff:events"))

    assert events.concert.title not in page.content.decode()
    assert events.cafe.title not in page.content.decode()


def test_another_regions_coordinator_cannot_create_for_this_region(world, staff, events):
    client = client_for("foreign_coordinator", staff, world)

    response = client.post(reverse("staff:event_create"), {"organiser": world.agency.pk, "title": "Fremd"})

    assert response.status_code == 403
    assert not Event.objects.filter(title="Fremd").exists()


def csrf_token_of(client: Client, url: str) -> str:
    page = client.get(url).content.decode()
    found = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page)
    assert found is not None
    return found.group(1)


POSTS = [page for page in PAGES if page.method == "POST"]


@pytest.mark.parametrize("page", POSTS, ids=lambda page: page.name)
def test_every_form_needs_the_csrf_token(world, staff, events, page):
    concert = events.concert
    client = client_for("coordinator", staff, world, csrf=True)
    before = Event.objects.get(pk=concert.pk).version
    assert page.data is not None

    refused = client.post(url_of(page, concert), page.data(concert))

    assert refused.status_code == 403
    assert Event.objects.get(pk=concert.pk).version == before
    token = csrf_token_of(client, reverse("staff:event_dates", args=[concert.pk]))
    accepted = client.post(url_of(page, concert), {**page.data(concert), "csrfmiddlewaretoken": token})
    assert accepted.status_code in {200, 302}


def test_new_event_form_needs_the_csrf_token(world, staff):
    client = client_for("editor", staff, world, csrf=True)

    response = client.post(reverse("staff:event_create"), {"organiser": world.agency.pk})

    assert response.status_code == 403
