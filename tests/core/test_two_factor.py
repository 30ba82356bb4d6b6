"""Counsellors and managers confirm a second factor (TOTP) before pages with people's data open."""

import re

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import translation
from django.utils.html import escape
from django.utils.translation import gettext
from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice

from tests.counselling.support import signed_in as signed_in_with

pytestmark = pytest.mark.django_db

CASES = reverse("staff:case_list")
TWO_FACTOR = reverse("staff:two_factor")


def signed_in(user) -> Client:
    return signed_in_with(user, second_factor=False)


def current_code(device: TOTPDevice) -> str:
    return f"{totp(device.bin_key, step=device.step, t0=device.t0, digits=device.digits):06d}"


def test_a_counsellor_sets_up_the_app_then_reaches_the_cases(world, staff):
    client = signed_in(staff["counsellor"])

    redirected = client.get(CASES)
    assert redirected.status_code == 302
    assert redirected["Location"] == f"{TWO_FACTOR}?next=%2Fstaff%2Fcases%2F"

    setup = client.get(redirected["Location"])
    page = setup.content.decode()
    assert "<svg" in page
    key = re.search(r'<code dir="ltr">([A-Z2-7]+)</code>', page)
    assert key is not None
    device = TOTPDevice.objects.get(user=staff["counsellor"])
    assert not device.confirmed

    wrong = client.post(TWO_FACTOR, {"code": "000000", "next": CASES})
    assert wrong.status_code == 400
    with translation.override("de"):
        message = gettext("This code is not right, or it has expired. Enter the current code.")
    assert escape(message) in wrong.content.decode()
    assert client.get(CASES).status_code == 302
    # A wrong code locks the device for a second (then 2, 4, …): the next try comes after it.
    device.refresh_from_db()
    assert device.throttling_failure_count == 1
    device.throttle_reset()

    confirmed = client.post(TWO_FACTOR, {"code": current_code(device), "next": CASES})
    assert confirmed.status_code == 302
    assert confirmed["Location"] == CASES
    assert TOTPDevice.objects.get(pk=device.pk).confirmed
    assert client.get(CASES).status_code == 200


def test_the_next_sign_in_asks_only_for_the_code(world, staff):
    device = TOTPDevice.objects.create(user=staff["counsellor"], name="nahbar", confirmed=True)
    client = signed_in(staff["counsellor"])
    page = client.get(TWO_FACTOR).content.decode()
    assert "<svg" not in page
    device.refresh_from_db()
    assert client.post(TWO_FACTOR, {"code": current_code(device), "next": CASES})["Location"] == CASES


def test_a_used_code_cannot_be_used_again_in_another_session(world, staff):
    device = TOTPDevice.objects.create(user=staff["counsellor"], name="nahbar", confirmed=True)
    code = current_code(device)
    assert signed_in(staff["counsellor"]).post(TWO_FACTOR, {"code": code}).status_code == 302
    assert signed_in(staff["counsellor"]).post(TWO_FACTOR, {"code": code}).status_code == 400


def test_staff_without_access_to_people_are_not_asked(world, staff):
    client = signed_in(staff["editor"])
    assert client.get(CASES).status_code == 403
    assert client.get(reverse("staff:offer_list")).status_code == 200


def test_next_never_leads_off_the_staff_area(world, staff):
    device = TOTPDevice.objects.create(user=staff["counsellor"], name="nahbar", confirmed=True)
    client = signed_in(staff["counsellor"])
    response = client.post(TWO_FACTOR, {"code": current_code(device), "next": "https://evil.example/staff/"})
    assert response["Location"] == reverse("staff:dashboard")
