"""The contact log: a counsellor logs a walk-in in a few taps; only counsellors and managers see the log."""

import datetime as dt

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import translation
from django.utils.html import escape
from django.utils.translation import gettext

from counselling.models import Contact
from directory.models import Topic
from tests.counselling.support import signed_in

pytestmark = pytest.mark.django_db

LOG = reverse("staff:contact_log")
MODEL_BACKEND = "django.contrib.auth.backends.ModelBackend"


def client_for(user) -> Client:
    return signed_in(user)


def walk_in(**changes):
    topic = Topic.objects.get(slug="counselling")
    return {
        "day": "2026-11-20",
        "way": "walk_in",
        "language": "ar",
        "interpreter": "on",
        "topics": [topic.pk],
        "outcome": "referred",
        **changes,
    }


# contact_log × every role: only the organisation's counsellors and managers work with the log.
@pytest.mark.parametrize(
    ("role", "status"),
    [
        ("counsellor", 200),
        ("manager", 200),
        ("other_counsellor", 200),
        ("editor", 403),
        ("other_editor", 403),
        ("coordinator", 403),
        ("no_role", 403),
    ],
)
def test_who_may_open_the_contact_log(world, staff, role, status):
    assert client_for(staff[role]).get(LOG).status_code == status


def test_anonymous_visitors_are_sent_to_login(world):
    response = Client().get(LOG)
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("staff:login"))


def test_a_walk_in_is_logged_without_a_name(world, staff):
    client = client_for(staff["counsellor"])
    response = client.post(LOG, walk_in())

    assert response.status_code == 302
    contact = Contact.objects.get()
    assert (contact.organisation, contact.way, contact.language, contact.interpreter) == (
        world.office,
        "walk_in",
        "ar",
        True,
    )
    assert (contact.day, contact.outcome, contact.recorded_by) == (
        dt.date(2026, 11, 20),
        "referred",
        staff["counsellor"],
    )
    assert [topic.slug for topic in contact.topics.all()] == ["counselling"]
    # Referred elsewhere: straight on to the referral, with the person's consent and the partner.
    assert response["Location"] == reverse("staff:referral_new") + f"?contact={contact.pk}"
    assert client.get(response["Location"]).status_code == 200
    page = client.get(LOG).content.decode()
    assert Topic.objects.get(slug="counselling").names["de"] in page


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"way": ""}, "Choose how the contact happened."),
        ({"outcome": ""}, "Choose how the contact ended."),
    ],
)
def test_a_missing_answer_is_named_and_nothing_is_logged(world, staff, changes, message):
    response = client_for(staff["counsellor"]).post(LOG, walk_in(**changes))
    assert response.status_code == 400
    with translation.override("de"):
        assert escape(gettext(message)) in response.content.decode()
    assert not Contact.objects.exists()


def test_a_counsellor_cannot_log_or_read_for_another_organisation(world, staff):
    client = client_for(staff["counsellor"])  # office
    client.post(LOG, walk_in(organisation=world.agency.pk))
    assert Contact.objects.get().organisation == world.office
    Contact.objects.create(
        region=world.region,
        organisation=world.agency,
        day=dt.date(2026, 11, 1),
        way="phone",
        language="uk",
        outcome="solved",
    )
    page = client.get(LOG, {"organisation": world.agency.pk}).content.decode()
    assert "uk" not in page.split("<tbody>")[-1]


def test_the_log_runs_the_same_queries_for_few_and_many_contacts(world, staff):
    client = client_for(staff["counsellor"])
    client.post(LOG, walk_in())
    with CaptureQueriesContext(connection) as few:
        client.get(LOG)
    topics = list(Topic.objects.all()[:3])
    for number in range(60):
        contact = Contact.objects.create(
            region=world.region,
            organisation=world.office,
            day=dt.date(2026, 10, 1 + number % 28),
            way="phone",
            language="fa",
            outcome="solved",
        )
        contact.topics.set(topics)
    older = client.get(LOG).context["log"].older
    assert older
    with CaptureQueriesContext(connection) as many:
        client.get(LOG, {"before": older})
    assert len(many.captured_queries) == len(few.captured_queries)


def test_following_older_shows_every_contact_once_newest_first(world, staff):
    client = client_for(staff["counsellor"])
    made = [
        Contact.objects.create(
            region=world.region,
            organisation=world.office,
            day=dt.date(2026, 9, 1 + number % 3),
            way="phone",
            language="fa",
            outcome="solved",
        )
        for number in range(60)
    ]
    seen, before = [], ""
    while True:
        log = client.get(LOG, {"before": before} if before else {}).context["log"]
        seen += [contact.pk for contact in log.contacts]
        if not log.older:
            break
        before = log.older
    expected = [contact.pk for contact in sorted(made, key=lambda contact: (contact.day, contact.pk), reverse=True)]
    assert seen == expected


def test_the_navigation_offers_the_log_only_to_those_who_may_open_it(world, staff):
    assert LOG in client_for(staff["counsellor"]).get(reverse("staff:dashboard")).content.decode()
    for role in ("editor", "coordinator"):
        assert LOG not in client_for(staff[role]).get(reverse("staff:dashboard")).content.decode()
