"""Every staff URL of the rounds × every role: facilitators of the round's organisation and coordinators only."""

import re
from urllib.parse import urlsplit

import pytest
from django.contrib.auth.models import User
from django.urls import reverse

from participation import codes
from participation.models import Round
from tests.conftest import make_user

# The round belongs to the office: its editor (other_editor) and the coordinator may run it.
ALLOWED = {"other_editor", "coordinator", "office_manager"}
ROLES = ("anonymous", "no_role", "editor", "manager", "other_editor", "office_manager", "coordinator", "foreign")


def _round(cafe):
    return [cafe.round.pk]


def _proposal(cafe):
    return [cafe.round.pk, cafe.zoo.pk]


def _translation(cafe):
    return [cafe.round.pk, cafe.zoo.pk, "ar"]


def _question(cafe):
    return [cafe.round.pk, "ar"]


# name, method, args, data, expected status when allowed
URLS = [
    ("round_edit", "get", _round, None, 200),
    ("round_edit", "post", _round, lambda cafe: {"version": 1, "question": "Neu?", "location": cafe.round.location_id,
                                                  "period_start": "2030-03-01", "period_end": "2030-03-31",
                                                  "max_choices": 2}, 302),
    ("round_open", "post", _round, None, 302),
    ("round_close", "post", _round, None, 302),
    ("round_codes", "get", _round, None, 200),
    ("round_codes", "post", _round, lambda cafe: {"count": 2, "languages": ["de", "ar"]}, 200),
    ("round_assisted_vote", "get", _round, None, 200),
    ("round_proposal_add", "get", _round, None, 200),
    ("round_proposal_add", "post", _round, lambda cafe: {"text": "Kino", "language": "de"}, 302),
    ("round_proposal_hide", "post", _proposal, None, 302),
    ("round_proposal_translation", "get", _translation, None, 200),
    ("round_proposal_translation", "post", _translation, lambda cafe: {"text": "سينما"}, 302),
    ("round_question_translation", "get", _question, None, 200),
    ("round_question_translation", "post", _question, lambda cafe: {"text": "ماذا نفعل في مارس؟"}, 302),
    ("round_results", "get", _round, None, 200),
    ("round_make_events", "post", _round, None, 302),
]  # fmt: skip


@pytest.fixture
def users(world, staff) -> dict[str, User | None]:
    extra = {
        "office_manager": make_user("office_manager", ("manager", world.region, world.office)),
        "foreign": make_user("foreign", ("coordinator", world.other_region, None)),
    }
    return {"anonymous": None, **staff, **extra}


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize(("name", "method", "args", "data", "ok"), URLS, ids=[f"{u[0]}-{u[1]}" for u in URLS])
def test_staff_url_access(client, cafe, users, role, name, method, args, data, ok):
    user = users[role]
    if user is not None:
        client.force_login(user)
    url = reverse(f"staff:{name}", args=args(cafe))
    response = getattr(client, method)(url, data(cafe) if data else {})
    if role == "anonymous":
        assert response.status_code == 302
        assert urlsplit(response["Location"]).path == "/staff/login/"
    elif role in ALLOWED:
        assert response.status_code == ok, response.content[:300]
    else:
        assert response.status_code == 403


@pytest.mark.parametrize("role", ROLES)
def test_list_and_create(client, cafe, world, users, role):
    user = users[role]
    if user is not None:
        client.force_login(user)
    listing = client.get(reverse("staff:rounds"))
    creating = client.post(
        reverse("staff:round_create"),
        {"organisation": world.office.pk, "question": "Und im Mai?", "location": world.office_place.pk,
         "period_start": "2030-05-01", "period_end": "2030-05-31", "max_choices": 1},
    )  # fmt: skip
    if role == "anonymous":
        assert listing.status_code == 302
        assert creating.status_code == 302
        assert not Round.objects.filter(question="Und im Mai?").exists()
        return
    if role == "no_role":
        assert listing.status_code == 403
        assert creating.status_code == 403
        return
    assert listing.status_code == 200
    shows_cafe = "Was machen wir im März?" in listing.content.decode()
    assert shows_cafe == (role in ALLOWED)
    created = Round.objects.filter(question="Und im Mai?").exists()
    assert created == (role in ALLOWED)
    if not created:
        assert creating.status_code == 200  # the office is not among the organisations this user may choose


def test_a_location_of_another_region_cannot_be_chosen(client, world, staff):
    from core.models import Location

    foreign_place = Location.objects.create(
        region=world.other_region, organisation=world.foreign_org, name="Fremd", street="Weg 1", postcode="1",
        city="Anderswo", latitude=52, longitude=8,
    )  # fmt: skip
    client.force_login(staff["other_editor"])
    response = client.post(
        "/staff/rounds/new/",
        {"organisation": world.office.pk, "question": "Fremd?", "location": foreign_place.pk,
         "period_start": "2030-05-01", "period_end": "2030-05-31", "max_choices": 1},
    )  # fmt: skip
    assert response.status_code == 200
    assert not Round.objects.exists()


def test_the_print_page_shows_each_code_once_with_the_address_and_instructions(client, cafe):
    from participation.services import open_voting

    open_voting(actor=cafe.facilitator, round_id=cafe.round.pk)
    client.force_login(cafe.facilitator)
    response = client.post(
        f"/staff/rounds/{cafe.round.pk}/codes/", {"count": 5, "languages": ["ar", "de"]}, HTTP_ACCEPT_LANGUAGE="en"
    )
    page = response.content.decode()
    assert page.count('class="slip-code"') == 5
    assert f"/ar/testort/rounds/{cafe.round.pk}/vote/" in page
    assert 'lang="ar" dir="rtl"' in page
    stored = list(cafe.round.codes.values_list("code_hash", flat=True))
    assert len(stored) == 5
    assert all(len(digest) == 64 for digest in stored)
    printed = re.findall(r'class="slip-code" dir="ltr">([A-Z0-9-]+)<', page)
    assert {codes.code_hash(code) for code in printed} == set(stored)
    assert all(set(codes.normalise(code)) <= set(codes.ALPHABET) for code in printed)


def test_codes_are_not_made_for_a_closed_round(client, voting_cafe):
    from participation.services import close_voting

    close_voting(actor=voting_cafe.facilitator, round_id=voting_cafe.round.pk)
    client.force_login(voting_cafe.facilitator)
    client.post(f"/staff/rounds/{voting_cafe.round.pk}/codes/", {"count": 5, "languages": ["de"]})
    assert voting_cafe.round.codes.count() == 0
