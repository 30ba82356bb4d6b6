"""The Dortmund demo: lokal willkommen Brackel/Aplerbeck's welcome home visits, loaded with the rest of the demo."""

import pytest
from django.contrib.auth import get_user_model
from django.utils import timezone

from core.access import scope_for_user
from homevisits import selectors
from homevisits.models import Household, Visit, Volunteer
from tests.directory.test_demo import load


@pytest.mark.django_db
def test_the_demo_has_households_a_planned_visit_and_overdue_follow_ups(settings, monkeypatch):
    output = load(settings, monkeypatch)
    assert "Welcome home visits: 3 households" in output
    households = Household.objects.filter(organisation__slug="lw-brackel")
    assert households.count() == 3
    assert not households.exclude(phone_ciphertext=None).exists()  # no phone numbers in the demo
    assert set(Volunteer.objects.values_list("display_name", flat=True)) == {"Amal", "Reza"}
    planned = Visit.objects.get(status="planned")
    assert planned.volunteer is not None
    assert planned.volunteer.display_name == "Amal"
    assert "ar" in planned.household.languages

    counsellor = get_user_model().objects.get(username="beratung-dortmund")
    overdue = selectors.overdue_follow_ups(scope_for_user(counsellor), timezone.localdate())
    assert sorted(follow_up.point.kind for follow_up in overdue) == ["jobcenter", "kita"]

    load(settings, monkeypatch)  # loading again replaces, never doubles
    assert Household.objects.count() == 3
    assert Volunteer.objects.count() == 2
