"""Consultation hours in the test town."""

import pytest

from counselling.models import ConsultationHours
from tests.counselling.support import make_hours


@pytest.fixture
def hours(world) -> ConsultationHours:
    return make_hours(world)
