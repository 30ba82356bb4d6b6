"""The audit log: append-only in the database itself, reviewed by managers (their organisation), coordinators (their
region, without people) and everyone (their own actions), a page at a time or as CSV."""

import csv
import datetime as dt
import io

import pytest
from django.contrib.auth.models import User
from django.db import DatabaseError, connection, transaction
from django.test import Client
from django.urls import reverse
from django.utils import timezone, translation

from core import audit, audit_review, audit_seal
from core.models import AuditEntry, Organisation
from counselling import cases
from tests.counselling.support import signed_in

pytestmark = pytest.mark.django_db

ROLES = ["anonymous", "no_role", "editor", "manager", "other_editor", "counsellor", "other_counsellor", "coordinator"]


def client_for(staff, role: str) -> Client:
    return Client() if role == "anonymous" else signed_in(staff[role])


@pytest.fixture
def case(world, staff):
    return cases.open_case(
        actor=staff["counsellor"],
        organisation=world.office,
        person={"nickname": "Samira", "language": "fa"},
        consents=[cases.ConsentGiven("case_work", "screen")],
        now=timezone.now(),
    )


def refused(statement) -> bool:
    """Whether the database refuses the statement (inside a savepoint, so the test's transaction goes on)."""
    try:
        with transaction.atomic():
            statement()
    except DatabaseError as error:
        message = str(error)
    else:
        return False
    assert "append-only" in message
    return True


def raw(sql: str, *params):
    def run():
        with connection.cursor() as cursor:
            cursor.execute(sql, params)

    return run


# --- append-only ---------------------------------------------------------------------------------------------


def test_the_triggers_are_installed_by_the_migrations(db):
    assert audit_seal.is_sealed(connection)


def test_entries_can_be_neither_changed_nor_deleted(world, staff, case):
    entry = AuditEntry.objects.get(action="case.opened")
    entry.action = "case.closed"
    assert refused(lambda: entry.save())
    assert refused(lambda: AuditEntry.objects.filter(pk=entry.pk).update(object_id="999"))
    assert refused(lambda: AuditEntry.objects.filter(pk=entry.pk).update(changes={}))
    assert refused(raw("UPDATE core_auditentry SET at = %s WHERE id = %s", timezone.now(), entry.pk))
    assert refused(lambda: AuditEntry.objects.filter(pk=entry.pk).delete())
    assert refused(raw("DELETE FROM core_auditentry"))
    # Nulling the actor is allowed only on its own: together with another change it is refused.
    assert refused(raw("UPDATE core_auditentry SET actor_id = NULL, action = 'x' WHERE id = %s", entry.pk))
    kept = AuditEntry.objects.get(pk=entry.pk)
    assert (kept.action, kept.object_id, kept.actor_id) == ("case.opened", str(case.pk), staff["counsellor"].pk)


@pytest.mark.skipif(connection.vendor != "postgresql", reason="TRUNCATE is PostgreSQL's")
def test_the_log_cannot_be_truncated(world, staff, case):
    raw("SET CONSTRAINTS ALL IMMEDIATE")()  # checks the test's pending foreign keys now, which TRUNCATE requires
    assert refused(raw("TRUNCATE core_auditentry"))
    assert AuditEntry.objects.exists()


def test_deleting_an_account_keeps_its_entries_without_the_name(world, staff, case):
    before = AuditEntry.objects.count()
    staff["counsellor"].delete()
    assert AuditEntry.objects.count() == before
    assert set(AuditEntry.objects.values_list("actor_id", flat=True)) == {None}


def test_deleting_an_organisation_leaves_its_log_as_it_was(world, staff):
    club = Organisation.objects.create(region=world.region, slug="verein", name="Verein", kind="club")
    audit.record(
        actor=staff["coordinator"], action="offer.changed", target=club, region=world.region, organisation=club
    )
    Organisation.objects.filter(slug="verein").delete()
    entry = AuditEntry.objects.get(action="offer.changed")
    assert (entry.organisation_id, entry.region_id) == (club.pk, world.region.pk)


# --- review ----------------------------------------------------------------------------------------------------

TABLE = {"audit_log": reverse("staff:audit_log"), "audit_log_csv": reverse("staff:audit_log_csv")}
EXPECTED = {"anonymous": 302, "no_role": 403} | dict.fromkeys(
    ["editor", "manager", "other_editor", "counsellor", "other_counsellor", "coordinator"], 200
)


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("name", sorted(TABLE))
def test_access_of_every_role_to_the_audit_log(world, staff, name, role):
    assert client_for(staff, role).get(TABLE[name]).status_code == EXPECTED[role], (name, role)


def test_case_readers_confirm_the_second_factor_first(world, staff):
    client = signed_in(staff["manager"], second_factor=False)
    response = client.get(reverse("staff:audit_log"))
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("staff:two_factor"))


def test_someone_elses_log_is_not_found(world, staff):
    client = client_for(staff, "manager")  # manager of the agency
    assert client.get(reverse("staff:audit_log"), {"log": f"organisation:{world.office.pk}"}).status_code == 404
    assert client.get(reverse("staff:audit_log"), {"log": f"region:{world.region.pk}"}).status_code == 404
    assert client.get(reverse("staff:audit_log"), {"log": f"own:{staff['counsellor'].pk}"}).status_code == 404


def test_a_manager_sees_the_organisations_case_reads_with_readable_labels(world, staff):
    other = cases.open_case(
        actor=staff["other_counsellor"],
        organisation=world.agency,
        person={"nickname": "Omid", "language": "fa"},
        consents=[cases.ConsentGiven("case_work", "screen")],
        now=timezone.now(),
    )
    cases.read_case(actor=staff["other_counsellor"], case=other)
    page = client_for(staff, "manager").get(reverse("staff:audit_log"))
    assert page.status_code == 200
    rows = page.context["rows"]
    assert [row["action"] for row in rows] == ["case.viewed", "case.opened"]
    assert rows[0]["actor"] == "other_counsellor"
    with translation.override("de"):
        assert audit_review.action_label("case.viewed") in page.content.decode()
    assert "Omid" not in page.content.decode()


def test_a_coordinator_sees_the_regions_offers_but_no_cases(world, staff, case):
    audit.record(
        actor=staff["editor"], action="offer.changed", target=world.counselling, region=world.region,
        organisation=world.agency,
    )  # fmt: skip
    cases.read_case(actor=staff["counsellor"], case=case)
    page = client_for(staff, "coordinator").get(reverse("staff:audit_log"))
    assert [row["action"] for row in page.context["rows"]] == ["offer.changed"]
    assert page.context["log"].kind == "region"


def test_a_counsellor_sees_their_own_actions(world, staff, case):
    cases.read_case(actor=staff["counsellor"], case=case)
    audit.record(actor=staff["editor"], action="offer.changed", target=world.youth, organisation=world.office)
    page = client_for(staff, "counsellor").get(reverse("staff:audit_log"))
    assert page.context["log"].kind == "own"
    assert [row["action"] for row in page.context["rows"]] == ["case.viewed", "case.opened"]


def test_filters_by_action_record_user_and_days(world, staff, case):
    second = cases.open_case(
        actor=staff["counsellor"],
        organisation=world.office,
        person={"nickname": "Lina", "language": "ar"},
        consents=[cases.ConsentGiven("case_work", "paper")],
        now=timezone.now(),
    )
    cases.read_case(actor=staff["counsellor"], case=case)
    cases.read_case(actor=staff["counsellor"], case=second)
    client = client_for(staff, "counsellor")
    url = reverse("staff:audit_log")

    def actions(**query):
        response = client.get(url, query)
        assert response.status_code == 200
        return [(row["action"], row["object_id"]) for row in response.context["rows"]]

    assert actions(action="case.viewed") == [("case.viewed", str(second.pk)), ("case.viewed", str(case.pk))]
    assert actions(object_type="counselling.case", object_id=str(case.pk)) == [
        ("case.viewed", str(case.pk)),
        ("case.opened", str(case.pk)),
    ]
    assert actions(user="counsellor", action="case.opened") == [
        ("case.opened", str(second.pk)),
        ("case.opened", str(case.pk)),
    ]
    assert actions(user="nobody-of-that-name") == []
    today = timezone.localdate()
    assert len(actions(since=today.isoformat(), until=today.isoformat())) == 4
    assert actions(until=(today - dt.timedelta(days=1)).isoformat()) == []

    wrong = client.get(url, {"since": today.isoformat(), "until": (today - dt.timedelta(days=1)).isoformat()})
    assert wrong.status_code == 400
    assert wrong.context["rows"] == []


def test_older_pages_continue_where_the_last_one_ended(world, staff, case, monkeypatch):
    monkeypatch.setattr(audit_review, "PAGE_SIZE", 3)
    for _number in range(7):
        cases.read_case(actor=staff["counsellor"], case=case)
    client = client_for(staff, "counsellor")
    url = reverse("staff:audit_log")
    newest_first = list(AuditEntry.objects.filter(actor=staff["counsellor"]).order_by("-at", "-id"))
    assert len(newest_first) == 8
    seen, query = [], {"action": "case.viewed"}
    while True:
        page = client.get(url, query)
        seen += [row["object_id"] for row in page.context["rows"]]
        assert len(page.context["rows"]) <= 3
        if not page.context["older"]:
            break
        query = {"action": "case.viewed", "before": page.context["older"]}
        assert "action=case.viewed" in page.content.decode().replace("&amp;", "&")
    assert len(seen) == 7


def test_the_csv_lists_the_filtered_entries_and_is_itself_logged(world, staff, case):
    cases.read_case(actor=staff["counsellor"], case=case)
    response = client_for(staff, "counsellor").get(reverse("staff:audit_log_csv"), {"action": "case.viewed"})
    assert response["Content-Disposition"].startswith("attachment;")
    body = b"".join(response.streaming_content)  # type: ignore[attr-defined]
    rows = list(csv.reader(io.StringIO(body.decode())))
    assert rows[0][:3] == ["time", "user", "action"]
    assert [(row[1], row[2], row[5]) for row in rows[1:]] == [("counsellor", "case.viewed", str(case.pk))]
    assert AuditEntry.objects.filter(action="audit.exported", actor=staff["counsellor"]).exists()


def test_the_nav_links_the_log_for_managers_and_coordinators(world, staff):
    for role, linked in [("manager", True), ("coordinator", True), ("editor", False), ("counsellor", False)]:
        page = client_for(staff, role).get(reverse("staff:dashboard")).content.decode()
        assert (f'href="{reverse("staff:audit_log")}"' in page) == linked, role


# --- the case list ---------------------------------------------------------------------------------------------


def test_each_view_of_the_case_list_is_logged_without_names(world, staff, case):
    client = client_for(staff, "counsellor")
    client.get(reverse("staff:case_list"))
    entry = AuditEntry.objects.get(action="cases.listed")
    assert (entry.actor, entry.organisation_id, entry.region_id) == (
        staff["counsellor"],
        world.office.pk,
        world.region.pk,
    )
    assert entry.changes == {"page": 1, "shown": 1}
    assert "Samira" not in str(entry.changes)
    client.get(reverse("staff:case_list"), {"page": 1})
    assert AuditEntry.objects.filter(action="cases.listed").count() == 2


def test_the_django_admin_needs_the_second_factor(db):
    root = User.objects.create_superuser("root", "root@example.org", "a-long-admin-password")
    without = signed_in(root, second_factor=False)
    response = without.get("/admin/")
    assert response.status_code == 302
    assert response["Location"].startswith("/admin/login/")
    # Superusers without a role set the factor up on the staff page, then the admin opens.
    assert without.get(reverse("staff:two_factor")).status_code == 200
    assert signed_in(root).get("/admin/").status_code == 200


def test_no_case_data_is_registered_in_the_admin():
    from django.contrib import admin

    registered = {model._meta.label_lower for model in admin.site._registry}
    for label in ("counselling.person", "counselling.case", "counselling.casenote", "counselling.caseitem"):
        assert label not in registered
