"""Who reaches the welcome home visits: every URL × every role, and other organisations kept out (404, nothing
written)."""

import datetime as dt

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from core.access import scope_for_user
from core.models import AuditEntry
from homevisits import selectors, services
from homevisits.models import FollowUp, Household, Visit, Volunteer
from tests.counselling.support import signed_in
from tests.homevisits.conftest import details

pytestmark = pytest.mark.django_db

ROLES = ["anonymous", "no_role", "editor", "manager", "other_editor", "counsellor", "other_counsellor", "coordinator"]


def client_for(staff, role: str) -> Client:
    return Client() if role == "anonymous" else signed_in(staff[role])


# The household, its visits, follow-ups and volunteer belong to the office; its counsellor is the only one of these
# roles who counsels there. The agency's counsellor and manager counsel elsewhere: the office's objects are 404 to
# them, as if they did not exist; their own lists open. Editors and the coordinator do not counsel at all.
TABLE = {
    "household_list": ("get", lambda v: reverse("staff:household_list")),
    "household_add": ("get", lambda v: reverse("staff:household_add")),
    "household_detail": ("get", lambda v: reverse("staff:household_detail", args=[v.household.pk])),
    "household_erase": ("post", lambda v: reverse("staff:household_erase", args=[v.household.pk])),
    "home_visit_result": ("get", lambda v: reverse("staff:home_visit_result", args=[v.planned.pk])),
    "home_visit_follow_up_done": (
        "post",
        lambda v: reverse("staff:home_visit_follow_up_done", args=[v.follow_ups[0].pk]),
    ),
    "home_visit_volunteers": ("get", lambda v: reverse("staff:home_visit_volunteers")),
    "home_visit_volunteer_remove": (
        "post",
        lambda v: reverse("staff:home_visit_volunteer_remove", args=[v.planned.volunteer_id]),
    ),
}
OBJECTS = {
    "household_detail",
    "household_erase",
    "home_visit_result",
    "home_visit_follow_up_done",
    "home_visit_volunteer_remove",
}
LISTS = set(TABLE) - OBJECTS
NOT_THEIRS = dict.fromkeys(OBJECTS, 404)
COUNSELS_ELSEWHERE = dict.fromkeys(LISTS, 200) | NOT_THEIRS
EXPECTED = {
    "anonymous": dict.fromkeys(TABLE, 302),
    "no_role": dict.fromkeys(TABLE, 403),
    "editor": dict.fromkeys(TABLE, 403) | NOT_THEIRS,
    "other_editor": dict.fromkeys(TABLE, 403) | NOT_THEIRS,
    "coordinator": dict.fromkeys(TABLE, 403) | NOT_THEIRS,
    "manager": COUNSELS_ELSEWHERE,
    "other_counsellor": COUNSELS_ELSEWHERE,
    "counsellor": dict.fromkeys(LISTS, 200)
    | {
        "household_detail": 200,
        "household_erase": 302,
        "home_visit_result": 200,
        "home_visit_follow_up_done": 302,
        "home_visit_volunteer_remove": 302,
    },
}


def state() -> tuple:
    return (
        Household.objects.count(),
        Volunteer.objects.count(),
        FollowUp.objects.filter(done_on__isnull=True).count(),
        Visit.objects.filter(status="planned").count(),
    )


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("name", sorted(TABLE))
def test_access_of_every_role_to_every_home_visit_url(world, staff, visited, name, role):
    method, url = TABLE[name]
    client = client_for(staff, role)
    before = state()
    response = client.get(url(visited)) if method == "get" else client.post(url(visited), {"confirm": "on"})
    assert response.status_code == EXPECTED[role][name], (name, role)
    if role == "anonymous":
        assert response["Location"].startswith("/staff/login/")
    if method == "post" and response.status_code != 302:
        assert state() == before, "a refused request changed something"


def test_actions_only_accept_post(world, staff, visited):
    client = client_for(staff, "counsellor")
    for name, (method, url) in TABLE.items():
        if method == "post":
            assert client.get(url(visited)).status_code == 405, name


def test_a_counsellor_confirms_the_second_factor_first(world, staff, visited):
    client = signed_in(staff["counsellor"], second_factor=False)
    response = client.get(reverse("staff:household_detail", args=[visited.household.pk]))
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("staff:two_factor"))
    assert not AuditEntry.objects.filter(action="household.viewed").exists()


def test_the_agencys_counsellor_sees_and_changes_nothing_of_the_office(world, staff, visited):
    client = client_for(staff, "other_counsellor")
    listed = client.get(reverse("staff:household_list")).content.decode()
    assert "Familie Sonnenblume" not in listed
    assert "Amal" not in client.get(reverse("staff:home_visit_volunteers")).content.decode()
    before = state()
    plan = client.post(
        reverse("staff:household_detail", args=[visited.household.pk]),
        {"planned_on": "2030-01-01", "assignee": ""},
    )
    result = client.post(
        reverse("staff:home_visit_result", args=[visited.planned.pk]), {"done_on": "2020-01-01", "outcome": "settled"}
    )
    assert (plan.status_code, result.status_code) == (404, 404)
    assert state() == before
    assert Visit.objects.get(pk=visited.planned.pk).planned_on == visited.planned.planned_on


def test_an_organisations_volunteer_cannot_be_assigned_elsewhere(world, staff, visited):
    """The agency's household is planned by the agency's counsellor: the office's volunteer is no choice there."""
    agency_household = services.add_household(
        actor=staff["other_counsellor"],
        organisation=world.agency,
        details=details(world, label="Familie Birke", district=world.district_b),
        today=timezone.localdate(),
    )
    client = client_for(staff, "other_counsellor")
    response = client.post(
        reverse("staff:household_detail", args=[agency_household.pk]),
        {"planned_on": timezone.localdate().isoformat(), "assignee": f"volunteer:{visited.planned.volunteer_id}"},
    )
    assert response.status_code == 400
    assert not agency_household.visits.exists()


def test_overdue_follow_ups_only_for_the_organisation(world, staff, visited):
    late = visited.follow_ups[0].due_on + dt.timedelta(days=1)
    mine = selectors.overdue_follow_ups(scope_for_user(staff["counsellor"]), late)
    assert {follow_up.pk for follow_up in mine} == {follow_up.pk for follow_up in visited.follow_ups}
    assert selectors.overdue_follow_ups(scope_for_user(staff["other_counsellor"]), late) == []
    assert selectors.overdue_follow_ups(scope_for_user(staff["coordinator"]), late) == []
    assert selectors.overdue_follow_ups(scope_for_user(staff["counsellor"]), visited.follow_ups[0].due_on) == []
