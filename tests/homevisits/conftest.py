"""A household of the test town's office that agreed to a visit, an Arabic-speaking volunteer, and a first visit
whose result left two follow-ups open, with a second visit planned."""

import datetime as dt
from dataclasses import dataclass

import pytest
from django.utils import timezone

from homevisits import services
from homevisits.models import FollowUp, Household, Visit, Volunteer
from homevisits.services import HouseholdDetails, PointResult

PHONE = "0151 2345678"


def days_ago(days: int) -> dt.date:
    return timezone.localdate() - dt.timedelta(days=days)


def details(world, **changes) -> HouseholdDetails:
    values = {
        "label": "Familie Sonnenblume",
        "district": world.district_a,
        "household_size": 5,
        "languages": ["ar", "ku"],
        "moved_in_on": days_ago(30),
        "consent_given_on": days_ago(25),
        "phone": PHONE,
    } | changes
    return HouseholdDetails(**values)


def add(world, staff, **changes) -> Household:
    return services.add_household(
        actor=staff["counsellor"],
        organisation=world.office,
        details=details(world, **changes),
        today=timezone.localdate(),
    )


POINTS = [
    PointResult("school", checked=True),
    PointResult("kita", checked=False, note="Kita-Platz für die Jüngste suchen"),
    PointResult("doctor", checked=True),
    PointResult("energy", checked=False),
    PointResult("transport", checked=False, not_needed=True),
    PointResult("jobcenter", checked=True),
]


@pytest.fixture
def volunteer(world, staff) -> Volunteer:
    return services.add_volunteer(
        actor=staff["counsellor"], organisation=world.office, display_name="Amal", languages=["ar", "de"]
    )


@pytest.fixture
def household(world, staff) -> Household:
    return add(world, staff)


@dataclass
class Visited:
    household: Household
    first: Visit
    follow_ups: list[FollowUp]
    planned: Visit


@pytest.fixture
def visited(world, staff, household, volunteer) -> Visited:
    counsellor = staff["counsellor"]
    first = services.plan_visit(actor=counsellor, household=household, planned_on=days_ago(10), staff=counsellor)
    follow_ups = services.record_result(
        actor=counsellor,
        visit=first,
        done_on=days_ago(10),
        outcome="support",
        note="Gut angekommen.",
        points=POINTS,
        today=days_ago(10),
    )
    planned = services.plan_visit(actor=counsellor, household=household, planned_on=days_ago(-5), volunteer=volunteer)
    return Visited(household, Visit.objects.get(pk=first.pk), follow_ups, planned)
