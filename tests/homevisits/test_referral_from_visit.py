"""An open point of a welcome home visit becomes a referral: the referral takes the point over, with the
household's consent given for it, and overdue points show on the staff overview."""

import datetime as dt

import pytest
from django.urls import reverse
from django.utils import timezone

from referrals.models import Referral
from tests.counselling.support import signed_in

pytestmark = pytest.mark.django_db


def test_an_open_point_is_referred_to_a_partner_and_leaves_the_follow_ups(world, staff, visited):
    kita = next(follow_up for follow_up in visited.follow_ups if follow_up.point.kind == "kita")
    client = signed_in(staff["counsellor"])
    household_url = reverse("staff:household_detail", args=[visited.household.pk])
    refer_url = reverse("staff:referral_new") + f"?follow_up={kita.pk}"
    assert refer_url.replace("&", "&amp;") in client.get(household_url).content.decode()

    form = client.get(refer_url).content.decode()
    assert 'value="Familie Sonnenblume"' in form  # the household's label and first language are filled in
    sent = client.post(
        reverse("staff:referral_new"),
        {
            "follow_up": kita.pk,
            "partner": world.agency.pk,
            "name": "Familie Sonnenblume",
            "message": "Kita-Platz für die Jüngste",
            "language": "ar",
            "given_how": "screen",
            "channel": "letter",
        },
    )
    assert sent.status_code == 302
    referral = Referral.objects.get()
    kita.refresh_from_db()
    assert (referral.home_visit_follow_up, referral.sender, referral.case) == (kita, world.office, None)
    assert kita.done_on == timezone.localdate()


def test_another_organisation_cannot_refer_from_the_households_points(world, staff, visited):
    follow_up = visited.follow_ups[0]
    response = signed_in(staff["other_counsellor"]).get(reverse("staff:referral_new") + f"?follow_up={follow_up.pk}")
    assert response.status_code == 404


def test_overdue_points_show_on_the_overview(world, staff, visited):
    late = visited.follow_ups[0]
    late.due_on = timezone.localdate() - dt.timedelta(days=1)
    late.save(update_fields=["due_on"])
    household_url = reverse("staff:household_detail", args=[visited.household.pk])
    assert household_url in signed_in(staff["counsellor"]).get(reverse("staff:dashboard")).content.decode()
    assert household_url not in signed_in(staff["other_counsellor"]).get(reverse("staff:dashboard")).content.decode()
