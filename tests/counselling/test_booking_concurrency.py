"""One slot, many people pressing "Book" at the same moment: exactly one gets it (PostgreSQL)."""

import pytest
from django.conf import settings
from django.core.cache import cache
from django.db import connection
from django.test import Client

from counselling.models import Appointment
from tests.concurrency import at_once
from tests.counselling.support import NOW, book

pytestmark = pytest.mark.skipif(
    connection.vendor != "postgresql",
    reason="parallel writers need PostgreSQL; SQLite serialises all writes (sequential case: test_appointments.py)",
)

PEOPLE = 12


@pytest.mark.django_db(transaction=True, available_apps=list(settings.INSTALLED_APPS))
def test_simultaneous_bookings_of_one_slot_give_it_to_exactly_one_person(hours, monkeypatch, settings):
    settings.NAHBAR_PUBLIC_FORM_RATE = "1000/h"
    cache.clear()
    monkeypatch.setattr("django.utils.timezone.now", lambda: NOW)
    results, errors = at_once(PEOPLE, lambda number: book(Client(), hours, name=f"Person {number}").status_code)

    assert not errors, errors
    assert sorted(results) == [302] + [409] * (PEOPLE - 1)
    assert Appointment.objects.filter(status=Appointment.Status.BOOKED).count() == 1
