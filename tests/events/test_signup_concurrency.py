"""A full date is never overbooked, even when many people press "Sign up" at the same moment (PostgreSQL)."""

import pytest
from django.core.cache import cache
from django.db import connection
from django.test import Client

from events.models import Occurrence, SignUp
from tests.concurrency import at_once
from tests.events.signup_support import ALL_APPS, date_of, post_signup

pytestmark = pytest.mark.skipif(
    connection.vendor != "postgresql",
    reason="parallel writers need PostgreSQL; SQLite serialises all writes (sequential cases: test_signup.py)",
)

PEOPLE = 16


@pytest.mark.django_db(transaction=True, available_apps=ALL_APPS)
def test_simultaneous_sign_ups_never_exceed_the_places(events, settings):
    settings.NAHBAR_PUBLIC_FORM_RATE = "1000/h"
    cache.clear()
    occurrence = date_of(events.trip)  # 4 places, waiting list on

    def press_sign_up(number: int) -> int:
        response = post_signup(Client(), occurrence, "de", name=f"Person {number}", party_size=1 + number % 2)
        return int(response.status_code)

    results, errors = at_once(PEOPLE, press_sign_up)

    assert not errors, errors
    assert results == [302] * PEOPLE
    occurrence = Occurrence.objects.get(pk=occurrence.pk)
    confirmed = SignUp.objects.filter(occurrence=occurrence, status="confirmed")
    waiting = SignUp.objects.filter(occurrence=occurrence, status="waiting")
    assert occurrence.capacity == 4
    assert occurrence.places_taken <= 4
    assert occurrence.places_taken == sum(signup.party_size for signup in confirmed)
    assert occurrence.places_waiting == sum(signup.party_size for signup in waiting)
    assert confirmed.count() + waiting.count() == PEOPLE
    assert occurrence.places_taken >= 3  # the date did fill up (a family of 2 may not fit the last place)
