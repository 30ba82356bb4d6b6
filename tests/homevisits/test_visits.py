"""Welcome home visits: a household only with consent, a visit with the right language, the result's open points
become follow-ups, bad input is refused with a translated message and writes nothing, the phone number is
encrypted at rest, and retention erases households but keeps the anonymous counts."""

import datetime as dt
import io

import pytest
from django.core.management import call_command
from django.db import IntegrityError, connection, transaction
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.html import escape
from django.utils.translation import gettext

from core.access import scope_for_user
from core.models import AuditEntry
from counselling import crypto
from homevisits import selectors, services, tasks
from homevisits.models import ChecklistCount, ChecklistPoint, FollowUp, Household, Visit, VisitCount
from homevisits.services import HomeVisitRefused, PointResult
from tests.counselling.support import signed_in
from tests.homevisits.conftest import PHONE, add, days_ago

pytestmark = pytest.mark.django_db

BOTH = "%(point)s: ticked as settled and as needing no follow-up. Choose one of the two."
BEFORE_MOVE_IN = "A welcome home visit can only be on or after the day the household moved in."


def german(message: str) -> str:
    with translation.override("de"):
        translated = gettext(message)
    assert translated != message, f"not translated: {message}"
    return escape(translated)


def household_form(world, **changes) -> dict:
    return {
        "organisation": world.office.pk,
        "label": "Familie Olivenbaum",
        "district": world.district_b.pk,
        "household_size": "3",
        "languages": ["fa", "en"],
        "moved_in_on": days_ago(14).isoformat(),
        "consent_given_on": days_ago(12).isoformat(),
        "phone": "",
        **changes,
    }


def result_form(**changes) -> dict:
    return {
        "done_on": timezone.localdate().isoformat(),
        "settled_school": "on",
        "settled_doctor": "on",
        "note_kita": "Kita-Platz suchen",
        "not_needed_transport": "on",
        "other_label": "Bankkonto",
        "outcome": "support",
        "outcome_note": "Gut angekommen.",
        **changes,
    }


def written() -> tuple:
    return (
        Household.objects.count(),
        Visit.objects.count(),
        Visit.objects.filter(status="planned").count(),
        ChecklistPoint.objects.count(),
        FollowUp.objects.count(),
    )


# Adding a household


def test_a_household_goes_on_the_list_with_its_consent_date(world, staff):
    client = signed_in(staff["counsellor"])
    response = client.post(reverse("staff:household_add"), household_form(world, phone="0231 9876543"))
    household = Household.objects.get()
    assert response.status_code == 302
    assert response["Location"] == reverse("staff:household_detail", args=[household.pk])
    assert (household.label, household.household_size, household.languages) == ("Familie Olivenbaum", 3, ["fa", "en"])
    assert (household.organisation, household.region, household.district) == (
        world.office,
        world.region,
        world.district_b,
    )
    assert household.consent_given_on == days_ago(12)
    assert crypto.decrypt(bytes(household.phone_ciphertext or b"")) == "+492319876543"
    entry = AuditEntry.objects.get(action="household.added")
    assert (entry.actor, entry.organisation_id) == (staff["counsellor"], world.office.pk)
    assert "Olivenbaum" not in str(entry.changes)
    assert "9876543" not in str(entry.changes)


def test_without_a_consent_date_the_household_is_not_added(world, staff):
    response = signed_in(staff["counsellor"]).post(
        reverse("staff:household_add"), household_form(world, consent_given_on="")
    )
    assert response.status_code == 400
    assert german("A household is put on the list only when it agreed: enter the day it agreed.") in (
        response.content.decode()
    )
    assert not Household.objects.exists()
    with pytest.raises(HomeVisitRefused):
        services.add_household(
            actor=staff["counsellor"],
            organisation=world.office,
            details=services.HouseholdDetails(
                label="X",
                district=world.district_a,
                household_size=1,
                languages=["ar"],
                moved_in_on=days_ago(1),
                consent_given_on=None,
            ),
            today=timezone.localdate(),
        )
    assert not Household.objects.exists()


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"consent_given_on": days_ago(-1).isoformat()}, "The day the household agreed cannot be in the future."),
        ({"languages": []}, "Choose at least one language the household speaks."),
        ({"phone": "call me"}, "Enter a phone number like 0231 1234567 or +49 151 2345678."),
    ],
)
def test_bad_household_input_is_refused_in_the_staff_language(world, staff, changes, message):
    response = signed_in(staff["counsellor"]).post(reverse("staff:household_add"), household_form(world, **changes))
    assert response.status_code == 400
    assert german(message) in response.content.decode()
    assert not Household.objects.exists()


def test_a_district_of_another_town_is_refused(world, staff):
    from core.models import District

    elsewhere = District.objects.create(
        region=world.other_region, slug="x", name="Anderswo-Mitte", centre_lat=52, centre_lon=8
    )
    response = signed_in(staff["counsellor"]).post(
        reverse("staff:household_add"), household_form(world, district=elsewhere.pk)
    )
    assert response.status_code == 400
    assert not Household.objects.exists()


# The phone number


def test_the_phone_number_is_encrypted_at_rest_and_its_reading_logged(world, staff, household):
    with connection.cursor() as cursor:
        cursor.execute("SELECT phone_ciphertext FROM homevisits_household")
        stored = [bytes(row[0]) for row in cursor.fetchall()]
    assert stored
    assert all(b"2345678" not in value and b"+49151" not in value for value in stored)
    assert crypto.decrypt(stored[0]) == "+491512345678"

    page = signed_in(staff["counsellor"]).get(reverse("staff:household_detail", args=[household.pk]))
    assert "+491512345678" in page.content.decode()
    viewed = AuditEntry.objects.filter(action="household.viewed", object_id=str(household.pk))
    assert [entry.actor for entry in viewed] == [staff["counsellor"]]
    assert PHONE not in str(list(AuditEntry.objects.values_list("changes", flat=True)))


def test_no_phone_number_stores_nothing(world, staff):
    household = add(world, staff, phone="")
    assert household.phone_ciphertext is None


# Planning a visit


def test_volunteers_who_speak_the_households_language_are_suggested_first(world, staff, household, volunteer):
    services.add_volunteer(actor=staff["counsellor"], organisation=world.office, display_name="Anna", languages=["uk"])
    suggested = selectors.suggest_assignees(household)
    assert [(assignee.name, assignee.matches) for assignee in suggested] == [
        ("Amal", True),
        ("Anna", False),
        ("counsellor", False),  # the office's counsellor; the agency's people and the editors are not offered
    ]
    assert suggested[0].shared == ("العربية",)

    page = signed_in(staff["counsellor"]).get(reverse("staff:household_detail", args=[household.pk]))
    with translation.override("de"):
        marked = gettext("%(name)s (%(languages)s) – speaks the household's language") % {
            "name": "Amal",
            "languages": "العربية, Deutsch",
        }
    assert escape(marked) in page.content.decode()


def test_a_visit_is_planned_and_replanned_with_another_assignee(world, staff, household, volunteer):
    client = signed_in(staff["counsellor"])
    url = reverse("staff:household_detail", args=[household.pk])
    day = days_ago(-3).isoformat()
    assert client.post(url, {"planned_on": day, "assignee": f"volunteer:{volunteer.pk}"}).status_code == 302
    visit = Visit.objects.get()
    assert (visit.volunteer, visit.staff, visit.status, visit.planned_on) == (volunteer, None, "planned", days_ago(-3))

    assert client.post(url, {"planned_on": day, "assignee": f"staff:{staff['counsellor'].pk}"}).status_code == 302
    visit = Visit.objects.get()
    assert (visit.volunteer, visit.staff) == (None, staff["counsellor"])
    actions = list(AuditEntry.objects.filter(object_type="homevisits.visit").values_list("action", flat=True))
    assert sorted(actions) == ["home_visit.planned", "home_visit.replanned"]


def test_a_visit_before_the_move_in_is_refused(world, staff, household):
    response = signed_in(staff["counsellor"]).post(
        reverse("staff:household_detail", args=[household.pk]),
        {"planned_on": (household.moved_in_on - dt.timedelta(days=1)).isoformat(), "assignee": ""},
    )
    assert response.status_code == 400
    assert german(BEFORE_MOVE_IN) in response.content.decode()
    assert not Visit.objects.exists()


def test_a_visit_goes_to_a_staff_member_or_a_volunteer_never_both(world, staff, household, volunteer):
    with translation.override("de"), pytest.raises(HomeVisitRefused) as refused:
        services.plan_visit(
            actor=staff["counsellor"],
            household=household,
            planned_on=timezone.localdate(),
            staff=staff["counsellor"],
            volunteer=volunteer,
        )
    assert escape(refused.value.message) == german(
        "A visit is assigned to one person: a staff member or a volunteer, not both."
    )
    assert not Visit.objects.exists()
    # The database refuses it too.
    with pytest.raises(IntegrityError), transaction.atomic():
        Visit.objects.create(
            household=household, planned_on=timezone.localdate(), staff=staff["counsellor"], volunteer=volunteer
        )


def test_staff_who_do_not_counsel_at_the_organisation_cannot_be_assigned(world, staff, household):
    with pytest.raises(HomeVisitRefused):
        services.plan_visit(
            actor=staff["counsellor"],
            household=household,
            planned_on=timezone.localdate(),
            staff=staff["other_counsellor"],
        )
    assert not Visit.objects.exists()


def test_a_household_has_at_most_one_planned_visit(world, staff, household):
    Visit.objects.create(household=household, planned_on=timezone.localdate())
    with pytest.raises(IntegrityError), transaction.atomic():
        Visit.objects.create(household=household, planned_on=timezone.localdate())


# The result


@pytest.fixture
def planned(world, staff, household, volunteer) -> Visit:
    return services.plan_visit(
        actor=staff["counsellor"], household=household, planned_on=days_ago(1), volunteer=volunteer
    )


def test_the_result_turns_every_open_point_into_a_follow_up(world, staff, planned, settings):
    settings.NAHBAR_HOME_VISIT_FOLLOW_UP_DAYS = 10
    client = signed_in(staff["counsellor"])
    page = client.get(reverse("staff:home_visit_result", args=[planned.pk])).content.decode()
    assert "<legend>" in page
    assert 'name="settled_kita"' in page

    response = client.post(reverse("staff:home_visit_result", args=[planned.pk]), result_form())
    assert response.status_code == 302
    visit = Visit.objects.get(pk=planned.pk)
    assert (visit.status, visit.done_on, visit.outcome) == ("done", timezone.localdate(), "support")
    assert visit.outcome_note == "Gut angekommen."
    results = {point.label or point.kind: (point.checked, point.not_needed) for point in visit.points.all()}
    assert results == {
        "school": (True, False),
        "kita": (False, False),
        "doctor": (True, False),
        "energy": (False, False),
        "transport": (False, True),
        "jobcenter": (False, False),
        "Bankkonto": (False, False),
    }
    follow_ups = FollowUp.objects.filter(household=planned.household).select_related("point")
    assert sorted(follow_up.point.kind for follow_up in follow_ups) == ["energy", "jobcenter", "kita", "other"]
    assert {follow_up.due_on for follow_up in follow_ups} == {timezone.localdate() + dt.timedelta(days=10)}
    assert {follow_up.done_on for follow_up in follow_ups} == {None}
    assert follow_ups.get(point__kind="kita").text == "Kita-Platz suchen"
    assert {follow_up.created_by for follow_up in follow_ups} == {staff["counsellor"]}

    # Counted at once, anonymously: the visit and each point's result, by district and month.
    month = timezone.localdate().replace(day=1)
    assert VisitCount.objects.get(district=world.district_a, month=month, status="done").visits == 1
    assert VisitCount.objects.get(district=world.district_a, month=month, status="done").people == 5
    assert ChecklistCount.objects.get(month=month, kind="kita", result="follow_up").points == 1
    assert ChecklistCount.objects.get(month=month, kind="school", result="checked").points == 1
    assert ChecklistCount.objects.get(month=month, kind="transport", result="not_needed").points == 1
    entry = AuditEntry.objects.get(action="home_visit.result_recorded")
    assert entry.changes["checklist"]["kita"] == "follow_up"
    assert "Kita-Platz" not in str(entry.changes)
    assert "Gut angekommen" not in str(entry.changes)

    again = client.post(reverse("staff:home_visit_result", args=[planned.pk]), result_form())
    assert again.status_code == 302
    assert FollowUp.objects.count() == 4


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"not_needed_school": "on"}, BOTH),
        ({"outcome": ""}, "Choose the outcome of the visit."),
        ({"done_on": days_ago(-1).isoformat()}, "The day of the visit cannot be in the future."),
        ({"done_on": days_ago(31).isoformat()}, BEFORE_MOVE_IN),
        ({"other_label": "", "note_other": "x"}, "Name the other point, or leave it empty."),
    ],
)
def test_a_bad_result_is_refused_and_writes_nothing(world, staff, planned, changes, message):
    before = written()
    response = signed_in(staff["counsellor"]).post(
        reverse("staff:home_visit_result", args=[planned.pk]), result_form(**changes)
    )
    assert response.status_code == 400
    with translation.override("de"):
        expected = gettext(message)
    if "%(point)s" in message:
        expected = expected % {"point": ChecklistPoint.Kind.SCHOOL.label}
    assert expected != message
    assert escape(expected) in response.content.decode()
    assert written() == before
    assert not VisitCount.objects.exists()
    assert not ChecklistCount.objects.exists()


def test_nobody_met_keeps_the_attempt_and_a_new_visit_can_be_planned(world, staff, planned):
    client = signed_in(staff["counsellor"])
    response = client.post(
        reverse("staff:home_visit_result", args=[planned.pk]),
        {"not_met-done_on": days_ago(1).isoformat(), "not_met-outcome_note": "Niemand da."},
    )
    assert response.status_code == 302
    visit = Visit.objects.get(pk=planned.pk)
    assert (visit.status, visit.done_on, visit.outcome, visit.outcome_note) == (
        "not_met",
        days_ago(1),
        "",
        "Niemand da.",
    )
    assert not visit.points.exists()
    assert not FollowUp.objects.exists()
    assert VisitCount.objects.get(status="not_met").visits == 1
    replanned = client.post(
        reverse("staff:household_detail", args=[planned.household_id]),
        {"planned_on": days_ago(-2).isoformat(), "assignee": ""},
    )
    assert replanned.status_code == 302
    assert Visit.objects.filter(household=planned.household_id, status="planned").count() == 1


def test_a_follow_up_is_marked_done(world, staff, visited):
    follow_up = visited.follow_ups[0]
    response = signed_in(staff["counsellor"]).post(reverse("staff:home_visit_follow_up_done", args=[follow_up.pk]))
    assert response.status_code == 302
    assert FollowUp.objects.get(pk=follow_up.pk).done_on == timezone.localdate()
    assert AuditEntry.objects.filter(action="home_visit.follow_up_done", object_id=str(follow_up.pk)).count() == 1


def test_overdue_follow_ups_for_the_dashboard(world, staff, visited):
    scope = scope_for_user(staff["counsellor"])
    due = visited.follow_ups[0].due_on
    assert selectors.overdue_follow_ups(scope, due) == []
    overdue = selectors.overdue_follow_ups(scope, due + dt.timedelta(days=1))
    assert [follow_up.point.kind for follow_up in overdue] == ["kita", "energy"]
    assert overdue[0].household.label == "Familie Sonnenblume"
    services.complete_follow_up(actor=staff["counsellor"], follow_up=overdue[0], today=timezone.localdate())
    assert [f.point.kind for f in selectors.overdue_follow_ups(scope, due + dt.timedelta(days=1))] == ["energy"]


# The list


def test_the_list_filters_by_visit_and_district(world, staff, visited):
    add(world, staff, label="Familie Birke", district=world.district_b, moved_in_on=days_ago(2))
    client = signed_in(staff["counsellor"])

    def labels(**query) -> list[str]:
        rows = client.get(reverse("staff:household_list"), query).context["households"].rows
        return [household.label for household in rows]

    assert labels() == ["Familie Birke", "Familie Sonnenblume"]  # newest move-in first
    assert labels(state="not_visited") == ["Familie Birke"]
    assert labels(state="planned") == ["Familie Sonnenblume"]
    assert labels(state="done") == ["Familie Sonnenblume"]
    assert labels(district=world.district_b.pk) == ["Familie Birke"]


def test_the_list_runs_the_same_queries_for_few_and_many_households(world, staff, visited):
    client = signed_in(staff["counsellor"])
    with CaptureQueriesContext(connection) as few:
        assert client.get(reverse("staff:household_list")).status_code == 200
    for number in range(30):
        household = add(world, staff, label=f"Familie {number}")
        services.plan_visit(actor=staff["counsellor"], household=household, planned_on=timezone.localdate())
    with CaptureQueriesContext(connection) as many:
        page = client.get(reverse("staff:household_list"), {"page": 2})
    assert len(many.captured_queries) == len(few.captured_queries)
    assert page.context["households"].page.paginator.count == 31


# Erasing


def test_a_household_that_withdraws_is_erased_at_once_and_only_counts_stay(world, staff, visited):
    client = signed_in(staff["counsellor"])
    url = reverse("staff:household_erase", args=[visited.household.pk])
    assert client.post(url).status_code == 302  # not confirmed: nothing happens
    assert Household.objects.exists()
    assert client.post(url, {"confirm": "on"})["Location"] == reverse("staff:household_list")
    assert not Household.objects.exists()
    assert not Visit.objects.exists()
    assert not ChecklistPoint.objects.exists()
    assert not FollowUp.objects.exists()
    assert VisitCount.objects.get().visits == 1
    assert AuditEntry.objects.get(action="household.erased").changes == {"reason": "withdrawn"}


def _visited_long_ago(world, staff, label: str, *, days: int, follow_ups_done: bool) -> Household:
    """A household visited `days` ago (as if the result was recorded then)."""
    visit_day = days_ago(days)
    household = services.add_household(
        actor=staff["counsellor"],
        organisation=world.office,
        details=services.HouseholdDetails(
            label=label,
            district=world.district_b,
            household_size=2,
            languages=["ti"],
            moved_in_on=visit_day - dt.timedelta(days=10),
            consent_given_on=visit_day - dt.timedelta(days=5),
        ),
        today=visit_day,
    )
    visit = services.plan_visit(actor=staff["counsellor"], household=household, planned_on=visit_day)
    follow_ups = services.record_result(
        actor=staff["counsellor"],
        visit=visit,
        done_on=visit_day,
        outcome="settled",
        note="",
        points=[PointResult("school", checked=True), PointResult("kita", checked=False)],
        today=visit_day,
    )
    if follow_ups_done:
        for follow_up in follow_ups:
            services.complete_follow_up(actor=staff["counsellor"], follow_up=follow_up, today=visit_day)
    return household


def test_retention_erases_finished_households_and_keeps_the_counts(world, staff, visited, settings):
    settings.NAHBAR_HOME_VISIT_RETENTION_DAYS = 365
    finished = _visited_long_ago(world, staff, "Familie Alt", days=400, follow_ups_done=True)
    still_open = _visited_long_ago(world, staff, "Familie Offen", days=400, follow_ups_done=False)
    recent = _visited_long_ago(world, staff, "Familie Neu", days=300, follow_ups_done=True)
    counts_before = (
        list(VisitCount.objects.order_by("pk").values_list("district", "month", "status", "outcome", "visits")),
        list(ChecklistCount.objects.order_by("pk").values_list("district", "month", "kind", "result", "points")),
    )

    assert tasks.delete_expired_households() == 1
    assert tasks.delete_expired_households() == 0

    remaining = set(Household.objects.values_list("label", flat=True))
    assert remaining == {"Familie Offen", "Familie Neu", "Familie Sonnenblume"}
    assert not Visit.objects.filter(household_id=finished.pk).exists()
    assert not FollowUp.objects.filter(household_id=finished.pk).exists()
    counts_after = (
        list(VisitCount.objects.order_by("pk").values_list("district", "month", "status", "outcome", "visits")),
        list(ChecklistCount.objects.order_by("pk").values_list("district", "month", "kind", "result", "points")),
    )
    assert counts_after == counts_before
    old_month = days_ago(400).replace(day=1)
    assert VisitCount.objects.filter(district=world.district_b, month=old_month, status="done").get().visits == 2
    assert (
        ChecklistCount.objects.get(district=world.district_b, month=old_month, kind="kita", result="follow_up").points
        == 2
    )
    erased = AuditEntry.objects.get(action="household.erased", object_id=str(finished.pk))
    assert (erased.actor, erased.changes) == (None, {"reason": "retention"})
    assert Household.objects.filter(pk__in=[still_open.pk, recent.pk]).count() == 2


def test_a_household_never_visited_is_erased_a_retention_period_after_it_agreed(world, staff):
    old = add(world, staff, label="Familie Nie", moved_in_on=days_ago(420), consent_given_on=days_ago(400))
    services.delete_expired(today=timezone.localdate(), keep_days=365)
    assert not Household.objects.filter(pk=old.pk).exists()


def test_the_retention_job_runs_from_cron_with_the_counselling_jobs(world, staff):
    out = io.StringIO()
    call_command("run_counselling_jobs", "home_visits", stdout=out)
    assert out.getvalue().splitlines() == ["home_visits: 0"]
