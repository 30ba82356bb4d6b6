"""Who may open and change what in the staff area, for every staff URL and every role."""

from collections.abc import Callable
from dataclasses import dataclass
from importlib import import_module
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest
from django.contrib.auth.models import User
from django.test import Client
from django.urls import URLPattern, URLResolver, reverse

from directory.models import Offer
from nahbar import staff_urls
from tests.counselling.support import signed_in

ROLES = ("anonymous", "no_role", "editor", "manager", "other_editor", "coordinator")
MODEL_BACKEND = "django.contrib.auth.backends.ModelBackend"
LOGIN_URL = "/staff/login/"


@dataclass(frozen=True)
class Outcome:
    status: int
    # The path a redirect must lead to (its query string aside), worked out once the request was made.
    location: Callable[[Any], str] | None = None

    def check(self, response: Any, world: Any) -> None:
        assert response.status_code == self.status, response.content[:500]
        if self.location is not None:
            assert urlsplit(response["Location"]).path == self.location(world)


def _edit_page(world) -> str:
    return reverse("staff:offer_edit", args=[world.counselling.pk])


def _newest_edit_page(world) -> str:
    return reverse("staff:offer_edit", args=[Offer.objects.latest("pk").pk])


OK = Outcome(200)
DENIED = Outcome(403)
LOGIN = Outcome(302, lambda world: LOGIN_URL)
BACK = Outcome(302, _edit_page)  # back to the offer's edit page
NEW = Outcome(302, _newest_edit_page)  # to the edit page of the offer just created


def current_version(world) -> int:
    return Offer.objects.get(pk=world.counselling.pk).version


def no_args(world) -> list[Any]:
    return []


def offer_args(world) -> list[Any]:
    return [world.counselling.pk]


def arabic_args(world) -> list[Any]:
    return [world.counselling.pk, "ar"]


def version_data(world) -> dict[str, Any]:
    return {"version": current_version(world)}


def times_management(total: int = 0) -> dict[str, Any]:
    return {"times-TOTAL_FORMS": total, "times-INITIAL_FORMS": 0, "times-MIN_NUM_FORMS": 0, "times-MAX_NUM_FORMS": 14}


def offer_data(world) -> dict[str, Any]:
    """A complete, valid offer form as the agency would send it."""
    return {
        "provider": world.agency.pk,
        "version": current_version(world),
        "title": "Sprachcafé",
        "summary": "Deutsch üben bei Tee und Gebäck.",
        "offer_type": Offer.Type.MEETING_PLACE,
        "cost": Offer.Cost.FREE,
        "locations": [world.agency_place.pk],
        **times_management(),
    }


def translation_data(world) -> dict[str, Any]:
    return {"version": "", "title": "استشارة الهجرة", "summary": "استشارة حول الإقامة والعمل", "description": ""}


@dataclass(frozen=True)
class Row:
    name: str
    args: Callable[[Any], list[Any]]
    method: str
    outcomes: tuple[Outcome, ...]
    data: Callable[[Any], dict[str, Any]] | None = None
    label: str = ""

    def expected(self, role: str) -> Outcome:
        return dict(zip(ROLES, self.outcomes, strict=True))[role]


def row(name, args, method, *outcomes, data=None, label=""):
    assert len(outcomes) == len(ROLES), name
    return Row(name, args, method, outcomes, data, label or name)


# fmt: off
ROWS = [
    #    URL name            args         method  anonymous no_role editor  manager other_editor coordinator
    row("login",             no_args,     "get",  OK,       OK,     OK,     OK,     OK,          OK),
    row("logout",            no_args,     "post", LOGIN,    LOGIN,  LOGIN,  LOGIN,  LOGIN,       LOGIN),
    row("dashboard",         no_args,     "get",  LOGIN,    DENIED, OK,     OK,     OK,          OK),
    row("two_factor",        no_args,     "get",  LOGIN,    DENIED, OK,     OK,     OK,          OK),
    row("offer_list",        no_args,     "get",  LOGIN,    DENIED, OK,     OK,     OK,          OK),
    row("offer_create",      no_args,     "get",  LOGIN,    DENIED, OK,     OK,     OK,          OK),
    row("offer_create",      no_args,     "post", LOGIN,    DENIED, NEW,    NEW,    DENIED,      NEW,
        data=offer_data, label="offer_create_save"),
    row("offer_edit",        offer_args,  "get",  LOGIN,    DENIED, OK,     OK,     DENIED,      OK),
    row("offer_edit",        offer_args,  "post", LOGIN,    DENIED, BACK,   BACK,   DENIED,      BACK,
        data=offer_data, label="offer_edit_save"),
    row("offer_preview",     offer_args,  "get",  LOGIN,    DENIED, OK,     OK,     DENIED,      OK),
    row("offer_history",     offer_args,  "get",  LOGIN,    DENIED, OK,     OK,     DENIED,      OK),
    row("offer_publish",     offer_args,  "post", LOGIN,    DENIED, BACK,   BACK,   DENIED,      BACK,
        data=version_data),
    row("offer_unpublish",   offer_args,  "post", LOGIN,    DENIED, BACK,   BACK,   DENIED,      BACK,
        data=version_data),
    row("offer_reviewed",    offer_args,  "post", LOGIN,    DENIED, BACK,   BACK,   DENIED,      BACK,
        data=version_data),
    row("offer_archive",     offer_args,  "post", LOGIN,    DENIED, DENIED, BACK,   DENIED,      BACK,
        data=version_data),
    row("translation_edit",  arabic_args, "get",  LOGIN,    DENIED, OK,     OK,     DENIED,      OK),
    row("translation_edit",  arabic_args, "post", LOGIN,    DENIED, BACK,   BACK,   DENIED,      BACK,
        data=translation_data, label="translation_edit_save"),
]
# fmt: on

PASSWORD_RESET_URLS = {"password_reset", "password_reset_done", "password_reset_confirm", "password_reset_complete"}


def client_for(role: str, staff: dict[str, User]) -> Client:
    client = Client()
    if role != "anonymous":
        client.force_login(staff[role], backend=MODEL_BACKEND)
    return client


def test_the_table_covers_every_staff_url():
    names = {pattern.name for pattern in staff_urls.urlpatterns if isinstance(pattern, URLPattern)}
    assert names - PASSWORD_RESET_URLS == {entry.name for entry in ROWS}


# The events' and rounds' staff pages have access tables of their own, next to their other tests.
ACCESS_TABLES = {
    "events.urls_staff": ["tests/events/test_staff_events_access.py"],
    "events.urls_staff_signups": ["tests/events/test_signup_staff.py"],
    "participation.urls_staff": ["tests/participation/test_staff_access.py"],
    "interop.urls_staff": ["tests/interop/test_staff_access.py"],
    "counselling.urls_staff": ["tests/counselling/test_staff.py"],
    "counselling.urls_staff_contacts": ["tests/counselling/test_contacts.py"],
    "counselling.urls_staff_cases": ["tests/counselling/test_cases.py"],
    "counselling.urls_staff_case_plans": ["tests/counselling/test_case_plans.py"],
    "counselling.urls_staff_people": ["tests/counselling/test_person_data.py"],
    "core.urls_staff_audit": ["tests/core/test_audit_log.py"],
    "homevisits.urls_staff": ["tests/homevisits/test_access.py"],
    "referrals.urls_staff": ["tests/referrals/test_referrals.py"],
}


def test_every_included_staff_url_has_an_access_table():
    included = {
        getattr(pattern.urlconf_name, "__name__", "")
        for pattern in staff_urls.urlpatterns
        if isinstance(pattern, URLResolver)
    }
    assert included == set(ACCESS_TABLES)
    root = Path(__file__).resolve().parents[2]
    for module, tables in ACCESS_TABLES.items():
        text = "".join((root / table).read_text() for table in tables)
        names = {pattern.name for pattern in import_module(module).urlpatterns}
        quoted = {name for name in names if any(f'{quote}{name}"' in text for quote in ('"', "'", "staff:"))}
        assert names - quoted == set(), module


@pytest.mark.parametrize(
    ("entry", "role"),
    [pytest.param(entry, role, id=f"{entry.label}-{role}") for entry in ROWS for role in ROLES],
)
def test_access(world, staff, entry: Row, role: str):
    client = client_for(role, staff)
    url = reverse(f"staff:{entry.name}", args=entry.args(world))
    data = entry.data(world) if entry.data else None
    offers_before = Offer.objects.count()
    version_before = current_version(world)

    response = getattr(client, entry.method)(url, data)

    entry.expected(role).check(response, world)
    if entry.method == "post" and entry.expected(role) in (LOGIN, DENIED):
        assert Offer.objects.count() == offers_before, "a refused request created an offer"
        assert current_version(world) == version_before, "a refused request changed the offer"


@pytest.mark.parametrize("name", ["offer_publish", "offer_unpublish", "offer_archive", "offer_reviewed"])
def test_actions_only_accept_post(world, staff, name):
    response = client_for("coordinator", staff).get(reverse(f"staff:{name}", args=[world.counselling.pk]))
    assert response.status_code == 405


AGENCY_TITLES = ("Migrationsberatung", "Integrationskurs mit Alphabetisierung")
OFFICE_TITLES = ("Willkommenscafé", "Kräuterbeet und Graffiti")


@pytest.mark.parametrize("name", ["dashboard", "offer_list"])
def test_other_organisations_offers_stay_hidden(world, staff, name):
    page = client_for("other_editor", staff).get(reverse(f"staff:{name}")).content.decode()
    for title in AGENCY_TITLES:
        assert title not in page
    if name == "offer_list":
        for title in OFFICE_TITLES:
            assert title in page


@pytest.mark.parametrize("name", ["dashboard", "offer_list"])
def test_coordinator_sees_the_whole_region_and_nothing_else(world, staff, name):
    page = client_for("coordinator", staff).get(reverse(f"staff:{name}")).content.decode()
    for title in AGENCY_TITLES + OFFICE_TITLES:
        assert title in page
    assert world.foreign_offer.title not in page


def test_editor_cannot_create_offers_for_another_organisation(world, staff):
    data = {**offer_data(world), "provider": world.office.pk}
    response = client_for("editor", staff).post(reverse("staff:offer_create"), data)
    assert response.status_code == 403
    assert not Offer.objects.filter(title=data["title"]).exists()


def test_coordinator_cannot_create_offers_in_another_region(world, staff):
    data = {**offer_data(world), "provider": world.foreign_org.pk}
    response = client_for("coordinator", staff).post(reverse("staff:offer_create"), data)
    assert response.status_code == 403
    assert not Offer.objects.filter(title=data["title"]).exists()


@pytest.mark.parametrize("language", ["de", "ru", "pl", "xx"])
def test_translations_only_for_enabled_languages_other_than_the_source(world, staff, language):
    world.region.enabled_languages = ["de", "en", "ar"]
    world.region.save()
    url = reverse("staff:translation_edit", args=[world.counselling.pk, language])
    assert client_for("coordinator", staff).get(url).status_code == 404


@pytest.mark.parametrize("role", ["no_role", "editor", "manager", "coordinator"])
def test_django_admin_is_for_superusers_only(staff, role):
    response = client_for(role, staff).get("/admin/")
    assert response.status_code == 302
    assert response["Location"].startswith("/admin/login/")


def test_django_admin_opens_for_superusers(db):
    """After the second factor (tests/core/test_audit_log.py checks that without it the admin stays shut)."""
    admin = User.objects.create_superuser("root", "root@example.org", "a-long-admin-password")
    assert signed_in(admin).get("/admin/").status_code == 200


def test_actions_need_a_csrf_token(world, staff):
    client = Client(enforce_csrf_checks=True)
    client.force_login(staff["editor"], backend=MODEL_BACKEND)
    url = reverse("staff:offer_publish", args=[world.counselling.pk])

    assert client.post(url, version_data(world)).status_code == 403
    assert current_version(world) == world.counselling.version

    client.get(_edit_page(world))  # the edit page sets the CSRF cookie its forms need
    token = client.cookies["csrftoken"].value
    response = client.post(url, {**version_data(world), "csrfmiddlewaretoken": token})
    assert response.status_code == 302
