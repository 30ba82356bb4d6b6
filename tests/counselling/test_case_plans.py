"""The recognition checklist and the youth plan on a case: only the organisation's counsellors reach them, every
read and write is logged without content, typed text is encrypted at rest, decisions carry their date, youth
plans are for 12 to 26, and both go when the case's content is erased."""

import datetime as dt
import io
import re
from urllib.parse import urlsplit

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.db import IntegrityError, connection, transaction
from django.db.models import CheckConstraint
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.html import escape
from django.utils.translation import gettext

from core.models import AuditEntry, Organisation
from counselling import cases, crypto, plans, tasks
from counselling.models import Case, Recognition, RecognitionStep, YouthPlan, YouthPlanPartner
from counselling.models_plans import DECISIONS
from tests.counselling.test_cases import ROLES, client_for

pytestmark = pytest.mark.django_db

QUALIFICATION = "Bauingenieurin, Universität Damaskus 2012"
GOAL_TEXT = "Hauptschulabschluss im Sommer an der Abendschule"
PLACE = "Gesamtschule Nord, Klasse 9b"
ROLE = "Bewerbungstraining donnerstags"
STEP = "Zeugnis aus Aleppo über Cousine anfordern"


def this_year() -> int:
    return timezone.localdate().year


def german(text: str, **values: object) -> str:
    with translation.override("de"):
        translated = gettext(text)
    return escape(translated % values if values else translated)


@pytest.fixture
def youth_service(world) -> Organisation:
    return Organisation.objects.create(
        region=world.region, slug="jmd", name="Jugendmigrationsdienst Testort", kind="welfare"
    )


@pytest.fixture
def case(world, staff) -> Case:
    return cases.open_case(
        actor=staff["counsellor"],
        organisation=world.office,
        person={"nickname": "Yusuf", "birth_year": this_year() - 19, "nationality": "SY", "language": "ar"},
        consents=[cases.ConsentGiven("case_work", "screen")],
        now=timezone.now(),
    )


@pytest.fixture
def recognition(world, staff, case) -> Recognition:
    return plans.add_recognition(
        actor=staff["counsellor"],
        case=case,
        document="university",
        country="SY",
        qualification=QUALIFICATION,
        reference_profession="Bauingenieur/in",
        authority="Ingenieurkammer-Bau NRW",
        steps=[str(label) for label in plans.DEFAULT_STEPS],
    )


@pytest.fixture
def plan(world, staff, case, youth_service) -> YouthPlan:
    return plans.save_youth_plan(
        actor=staff["counsellor"],
        case=case,
        goal="certificate",
        goal_text=GOAL_TEXT,
        place=PLACE,
        target_on=None,
        partners=[plans.PartnerRole(youth_service, ROLE)],
        version=0,
        today=timezone.localdate(),
    )


def recognition_data(**changes):
    return {
        "document": "vocational",
        "country": "af",
        "qualification": "Elektriker",
        "reference_profession": "Elektroniker/in",
        "authority": "IHK FOSA",
        "steps": ["0", "1"],
        **changes,
    }


def plan_data(version: int, **changes):
    return {"version": version, "goal": "training", "goal_text": "Ausbildung als Maler", "place": "", **changes}


def step_of(recognition: Recognition) -> RecognitionStep:
    return recognition.steps.all()[0]


def plan_version(case: Case) -> int:
    found = YouthPlan.objects.filter(case=case).first()
    return found.version if found else 0


# Every URL × every role, as in test_cases: only the office's counsellor reaches the office's case; everyone
# else with a role gets 404 for it, as if it did not exist. label: (URL name, method, url, data)
TABLE = {
    "recognition_list": (
        "case_recognition_list",
        "get",
        lambda c, r: reverse("staff:case_recognition_list", args=[c.pk]),
        None,
    ),
    "recognition_add": (
        "case_recognition_list",
        "post",
        lambda c, r: reverse("staff:case_recognition_list", args=[c.pk]),
        lambda c: recognition_data(),
    ),
    "recognition_detail": (
        "case_recognition_detail",
        "get",
        lambda c, r: reverse("staff:case_recognition_detail", args=[c.pk, r.pk]),
        None,
    ),
    "recognition_status": (
        "case_recognition_detail",
        "post",
        lambda c, r: reverse("staff:case_recognition_detail", args=[c.pk, r.pk]),
        lambda c: {"status-status": "submitted"},
    ),
    "recognition_step_add": (
        "case_recognition_detail",
        "post",
        lambda c, r: reverse("staff:case_recognition_detail", args=[c.pk, r.pk]),
        lambda c: {"step-label": STEP},
    ),
    "recognition_step_done": (
        "case_recognition_step_done",
        "post",
        lambda c, r: reverse("staff:case_recognition_step_done", args=[c.pk, step_of(r).pk]),
        lambda c: {"done": "1"},
    ),
    "recognition_step_rename": (
        "case_recognition_step_rename",
        "post",
        lambda c, r: reverse("staff:case_recognition_step_rename", args=[c.pk, step_of(r).pk]),
        lambda c: {"label": STEP},
    ),
    "youth_plan": ("case_youth_plan", "get", lambda c, r: reverse("staff:case_youth_plan", args=[c.pk]), None),
    "youth_plan_save": (
        "case_youth_plan",
        "post",
        lambda c, r: reverse("staff:case_youth_plan", args=[c.pk]),
        lambda c: plan_data(plan_version(c)),
    ),
}
THEIRS = {label: 200 if method == "get" else 302 for label, (_name, method, _url, _data) in TABLE.items()}
EXPECTED = {
    "anonymous": dict.fromkeys(TABLE, 302),
    "no_role": dict.fromkeys(TABLE, 403),
    "editor": dict.fromkeys(TABLE, 404),
    "other_editor": dict.fromkeys(TABLE, 404),
    "coordinator": dict.fromkeys(TABLE, 404),
    "manager": dict.fromkeys(TABLE, 404),
    "other_counsellor": dict.fromkeys(TABLE, 404),
    "counsellor": THEIRS,
}


def written(case: Case) -> tuple:
    """What the writes of this page could change."""
    recognitions = list(Recognition.objects.filter(case=case).values_list("pk", "status", "decided_on"))
    steps = list(
        RecognitionStep.objects.filter(recognition__case=case).values_list("pk", "done_on", "label_ciphertext")
    )
    return recognitions, steps, plan_version(case)


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("label", sorted(TABLE))
def test_access_of_every_role_to_every_plan_url(world, staff, case, recognition, label, role):
    _name, method, url, data = TABLE[label]
    client = client_for(staff, role)
    before = written(case)
    if method == "get":
        response = client.get(url(case, recognition))
    else:
        response = client.post(url(case, recognition), data(case) if data else {})
    assert response.status_code == EXPECTED[role][label], (label, role)
    if role == "anonymous":
        assert urlsplit(response["Location"]).path == "/staff/login/"
    if role != "counsellor":
        assert written(case) == before, "a refused request wrote something"
    elif method == "post":
        assert written(case) != before, "the counsellor's request wrote nothing"


def test_recognitions_of_another_organisation_stay_out_of_reach(world, staff, case, recognition):
    theirs = cases.open_case(
        actor=staff["other_counsellor"],
        organisation=world.agency,
        person={"nickname": "Olena", "birth_year": 1985, "language": "uk"},
        consents=[cases.ConsentGiven("case_work", "paper")],
        now=timezone.now(),
    )
    foreign = plans.add_recognition(
        actor=staff["other_counsellor"],
        case=theirs,
        document="vocational",
        country="UA",
        qualification="Krankenschwester",
        reference_profession="Pflegefachfrau",
        authority="Bezirksregierung Münster",
        steps=["Antrag"],
    )
    client = client_for(staff, "counsellor")
    # Their recognition and step behind our own case's address are not found either.
    assert client.get(reverse("staff:case_recognition_detail", args=[case.pk, foreign.pk])).status_code == 404
    toggle = reverse("staff:case_recognition_step_done", args=[case.pk, step_of(foreign).pk])
    assert client.post(toggle, {"done": "1"}).status_code == 404
    assert step_of(foreign).done_on is None
    assert client.get(reverse("staff:case_recognition_list", args=[theirs.pk])).status_code == 404
    added = client.post(reverse("staff:case_recognition_list", args=[theirs.pk]), recognition_data())
    assert added.status_code == 404
    assert Recognition.objects.filter(case=theirs).count() == 1
    page = client_for(staff, "other_counsellor").get(reverse("staff:case_recognition_list", args=[theirs.pk]))
    assert "Krankenschwester" in page.content.decode()
    assert QUALIFICATION not in page.content.decode()


def test_a_recognition_starts_with_the_ticked_default_steps(world, staff, case):
    client = client_for(staff, "counsellor")
    url = reverse("staff:case_recognition_list", args=[case.pk])
    form = client.get(url).content.decode()
    assert form.count('name="steps"') == len(plans.DEFAULT_STEPS)
    assert form.count("checked") == len(plans.DEFAULT_STEPS)  # all offered, all ticked

    response = client.post(url, recognition_data(steps=["0", "2", "4"]))
    recognition = Recognition.objects.get(case=case)
    assert response.status_code == 302
    assert response["Location"] == reverse("staff:case_recognition_detail", args=[case.pk, recognition.pk])
    assert (recognition.document, recognition.country, recognition.authority) == ("vocational", "AF", "IHK FOSA")
    assert recognition.status == "not_started"
    page = client.get(response["Location"]).content.decode()
    labels = re.findall(r"<li>([^<·]+?)\s*(?:·|<form)", page)
    expected = [plans.DEFAULT_STEPS[number] for number in (0, 2, 4)]
    with translation.override("de"):
        assert labels == [escape(str(label)) for label in expected]
    assert "Elektriker" in page


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"country": "S1"}, "Enter two letters, e.g. SY."),
        ({"country": "Syrien"}, None),
        ({"country": ""}, "Enter the country that issued the certificate, e.g. SY."),
        ({"document": "passport"}, None),
        ({"authority": ""}, None),
    ],
)
def test_a_recognition_with_mistakes_is_not_added(world, staff, case, changes, message):
    response = client_for(staff, "counsellor").post(
        reverse("staff:case_recognition_list", args=[case.pk]), recognition_data(**changes)
    )
    assert response.status_code == 400
    assert german("Please correct the marked fields. Nothing was saved.") in response.content.decode()
    if message:
        assert german(message) in response.content.decode()
    assert not Recognition.objects.exists()


def test_steps_are_ticked_unticked_and_added_in_order(world, staff, case, recognition):
    client = client_for(staff, "counsellor")
    first, second = list(recognition.steps.all())[:2]
    toggle = reverse("staff:case_recognition_step_done", args=[case.pk, first.pk])
    assert client.post(toggle, {"done": "1"}).status_code == 302
    first.refresh_from_db()
    assert first.done_on == timezone.localdate()
    assert client.post(toggle, {"done": "0"}).status_code == 302
    first.refresh_from_db()
    assert first.done_on is None
    assert client.get(toggle).status_code == 405

    detail = reverse("staff:case_recognition_detail", args=[case.pk, recognition.pk])
    assert client.post(detail, {"step-label": STEP}).status_code == 302
    added = recognition.steps.last()
    assert added.position == len(plans.DEFAULT_STEPS) + 1
    assert STEP in client.get(detail).content.decode()

    empty = client.post(detail, {"step-label": ""})
    assert empty.status_code == 400
    assert recognition.steps.count() == len(plans.DEFAULT_STEPS) + 1
    assert second.pk != first.pk

    actions = list(AuditEntry.objects.filter(object_id=str(case.pk)).values_list("action", flat=True))
    for action in ("case.recognition_step_done", "case.recognition_step_undone", "case.recognition_step_added"):
        assert action in actions


def test_a_steps_wording_can_be_changed(world, staff, case, recognition):
    client = client_for(staff, "counsellor")
    step = step_of(recognition)
    url = reverse("staff:case_recognition_step_rename", args=[case.pk, step.pk])
    detail = reverse("staff:case_recognition_detail", args=[case.pk, recognition.pk])
    assert client.post(url, {"label": STEP}).status_code == 302
    page = client.get(detail).content.decode()
    assert STEP in page
    second = crypto.decrypt(recognition.steps.all()[1].label_ciphertext)
    assert page.index(STEP) < page.index(escape(second))  # still the first step
    refused = client.post(url, {"label": " "}, follow=True)
    assert german("Name the step, in a few words. Nothing was changed.") in refused.content.decode()
    assert STEP in client.get(detail).content.decode()
    assert client.get(url).status_code == 405
    assert AuditEntry.objects.filter(action="case.recognition_step_renamed", object_id=str(case.pk)).count() == 1


@pytest.mark.parametrize(
    ("status", "decided_on", "message"),
    [
        ("recognised", "", "Enter the date of the decision."),
        ("partial", "", "Enter the date of the decision."),
        ("refused", "", "Enter the date of the decision."),
        ("submitted", "2026-03-01", "Only a decision (partial, recognised, refused) has a date. Clear the date."),
        ("recognised", "2999-01-01", "The decision cannot be in the future."),
    ],
)
def test_a_decision_needs_its_date_and_only_a_decision_has_one(
    world, staff, case, recognition, status, decided_on, message
):
    url = reverse("staff:case_recognition_detail", args=[case.pk, recognition.pk])
    response = client_for(staff, "counsellor").post(url, {"status-status": status, "status-decided_on": decided_on})
    assert response.status_code == 400
    assert german(message) in response.content.decode()
    recognition.refresh_from_db()
    assert (recognition.status, recognition.decided_on) == ("not_started", None)


def test_a_decision_is_saved_with_its_date_and_shown_on_the_case(world, staff, case, recognition):
    client = client_for(staff, "counsellor")
    url = reverse("staff:case_recognition_detail", args=[case.pk, recognition.pk])
    response = client.post(url, {"status-status": "partial", "status-decided_on": "2026-03-01"})
    assert response.status_code == 302
    recognition.refresh_from_db()
    assert (recognition.status, recognition.decided_on) == ("partial", dt.date(2026, 3, 1))
    # Back to "submitted" (e.g. after an objection): the date goes with the decision.
    client.post(url, {"status-status": "submitted"})
    recognition.refresh_from_db()
    assert (recognition.status, recognition.decided_on) == ("submitted", None)
    page = client.get(reverse("staff:case_detail", args=[case.pk])).content.decode()
    with translation.override("de"):
        assert escape(gettext("Submitted")) in page
        assert escape(gettext("University degree")) in page
    assert QUALIFICATION not in page  # the summary reads no encrypted text


def test_the_database_refuses_a_decision_without_a_date_and_a_date_without_a_decision(world, staff, recognition):
    with pytest.raises(IntegrityError), transaction.atomic():
        Recognition.objects.filter(pk=recognition.pk).update(status="recognised")
    with pytest.raises(IntegrityError), transaction.atomic():
        Recognition.objects.filter(pk=recognition.pk).update(decided_on=dt.date(2026, 1, 5))
    with pytest.raises(IntegrityError), transaction.atomic():
        Recognition.objects.filter(pk=recognition.pk).update(status="lost")
    Recognition.objects.filter(pk=recognition.pk).update(status="refused", decided_on=dt.date(2026, 1, 5))


def test_the_constraints_know_every_choice():
    assert set(DECISIONS) <= set(Recognition.Status.values)
    checks = {
        constraint.name: str(constraint.condition)
        for model in (Recognition, YouthPlan)
        for constraint in model._meta.constraints
        if isinstance(constraint, CheckConstraint)
    }
    for value in Recognition.Document.values:
        assert f"'{value}'" in checks["recognition_document_known"]
    for value in Recognition.Status.values:
        assert f"'{value}'" in checks["recognition_status_known"]
    for value in YouthPlan.Goal.values:
        assert f"'{value}'" in checks["youth_plan_goal_known"]


@pytest.mark.parametrize(("age", "allowed"), [(11, False), (12, True), (26, True), (27, False), (None, False)])
def test_a_youth_plan_is_for_people_aged_12_to_26(world, staff, case, age, allowed):
    case.person.birth_year = None if age is None else this_year() - age
    case.person.save()
    client = client_for(staff, "counsellor")
    url = reverse("staff:case_youth_plan", args=[case.pk])
    response = client.post(url, plan_data(0))
    if allowed:
        assert response.status_code == 302
        assert YouthPlan.objects.get(case=case).goal == "training"
        return
    assert response.status_code == 400
    if age is None:
        message = german("A youth plan needs the person's year of birth, and they are not in the case.")
    else:
        message = german("A youth plan is for people aged 12 to 26. This person is %(age)s this year.", age=age)
    assert message in response.content.decode()
    assert message in client.get(url).content.decode()  # said before anyone fills in the form
    assert not YouthPlan.objects.exists()
    with pytest.raises(plans.PlanRefused):
        plans.save_youth_plan(
            actor=staff["counsellor"],
            case=case,
            goal="work",
            goal_text="x",
            place="",
            target_on=None,
            partners=[],
            version=0,
            today=timezone.localdate(),
        )


def test_a_youth_plan_keeps_its_partners_and_their_roles(world, staff, case, youth_service):
    client = client_for(staff, "counsellor")
    url = reverse("staff:case_youth_plan", args=[case.pk])
    form = client.get(url).content.decode()
    assert youth_service.name in form
    assert world.foreign_org.name not in form  # partners come from the case's town
    assert f'<option value="{world.office.pk}"' not in form  # the case's own organisation is no partner

    data = plan_data(0, partner_1=youth_service.pk, role_1=ROLE, partner_2=world.agency.pk, target_on="2027-07-01")
    assert client.post(url, data).status_code == 302
    plan = YouthPlan.objects.get(case=case)
    assert set(plan.partners.all()) == {youth_service, world.agency}
    assert plan.target_on == dt.date(2027, 7, 1)
    page = client.get(url).content.decode()
    assert ROLE in page
    assert "Ausbildung als Maler" in page

    twice = client.post(url, plan_data(1, partner_1=youth_service.pk, partner_2=youth_service.pk))
    assert twice.status_code == 400
    assert german("This partner is already on the plan.") in twice.content.decode()
    foreign = client.post(url, plan_data(1, partner_1=world.foreign_org.pk))
    assert foreign.status_code == 400
    role_only = client.post(url, plan_data(1, role_1="hilft"))
    assert german("Choose the partner, or clear what it does.") in role_only.content.decode()
    assert YouthPlanPartner.objects.filter(plan=plan).count() == 2

    assert client.post(url, plan_data(1, partner_1=world.agency.pk)).status_code == 302
    assert list(YouthPlan.objects.get(case=case).partners.all()) == [world.agency]
    with translation.override("de"):
        assert (
            escape(gettext("Vocational training"))
            in client.get(reverse("staff:case_detail", args=[case.pk])).content.decode()
        )


def test_a_youth_plan_saved_by_someone_else_meanwhile_is_not_overwritten(world, staff, case, plan):
    client = client_for(staff, "counsellor")
    url = reverse("staff:case_youth_plan", args=[case.pk])
    assert client.post(url, plan_data(plan.version, goal_text="Erster Stand")).status_code == 302
    stale = client.post(url, plan_data(plan.version, goal_text="Veralteter Stand"))
    assert stale.status_code == 400
    message = "Someone else saved this youth plan in the meantime. Reload the page to see it, then try again."
    assert german(message) in stale.content.decode()
    assert "Erster Stand" in client.get(url).content.decode()
    assert YouthPlan.objects.get(case=case).version == plan.version + 1


def test_nothing_changes_on_a_closed_case(world, staff, case, recognition, plan):
    cases.close_case(actor=staff["counsellor"], case=case, today=timezone.localdate())
    client = client_for(staff, "counsellor")
    closed = "This case is closed: its recognitions and youth plan can no longer be changed."
    before = written(case)

    added = client.post(reverse("staff:case_recognition_list", args=[case.pk]), recognition_data())
    assert added.status_code == 400
    assert german(closed) in added.content.decode()
    detail = reverse("staff:case_recognition_detail", args=[case.pk, recognition.pk])
    assert client.post(detail, {"status-status": "submitted"}).status_code == 400
    assert client.post(detail, {"step-label": STEP}).status_code == 400
    toggle = reverse("staff:case_recognition_step_done", args=[case.pk, step_of(recognition).pk])
    followed = client.post(toggle, {"done": "1"}, follow=True)
    assert german(closed) in followed.content.decode()
    saved = client.post(reverse("staff:case_youth_plan", args=[case.pk]), plan_data(plan.version))
    assert saved.status_code == 400
    assert german(closed) in saved.content.decode()

    assert written(case) == before
    page = client.get(detail).content.decode()
    assert 'name="status-status"' not in page  # a closed case's pages offer no forms
    assert QUALIFICATION in page  # but can still be read


def test_every_read_and_write_is_in_the_audit_log_without_content(world, staff, case, recognition, plan):
    client = client_for(staff, "counsellor")
    client.get(reverse("staff:case_recognition_list", args=[case.pk]))
    client.get(reverse("staff:case_recognition_detail", args=[case.pk, recognition.pk]))
    client.get(reverse("staff:case_youth_plan", args=[case.pk]))
    client.post(
        reverse("staff:case_recognition_detail", args=[case.pk, recognition.pk]),
        {"status-status": "recognised", "status-decided_on": "2026-02-02"},
    )
    entries = AuditEntry.objects.filter(object_type="counselling.case", object_id=str(case.pk))
    actions = set(entries.values_list("action", flat=True))
    assert {
        "case.recognition_added",
        "case.youth_plan_saved",
        "case.recognitions_viewed",
        "case.recognition_viewed",
        "case.youth_plan_viewed",
        "case.recognition_status_changed",
    } <= actions
    plan_entries = entries.filter(action__startswith="case.recognition") | entries.filter(
        action__startswith="case.youth"
    )
    assert {(entry.region_id, entry.organisation_id) for entry in plan_entries} == {(world.region.pk, world.office.pk)}
    assert set(plan_entries.values_list("actor", flat=True)) == {staff["counsellor"].pk}
    logged = str(list(AuditEntry.objects.values_list("changes", flat=True)))
    for text in (QUALIFICATION, GOAL_TEXT, PLACE, ROLE, "recognised", "Ingenieurkammer"):
        assert text not in logged


def test_typed_text_exists_in_the_database_only_encrypted(world, staff, case, recognition, plan):
    plans.add_step(actor=staff["counsellor"], recognition=recognition, label=STEP)
    with connection.cursor() as cursor:
        stored = b""
        for table in ("recognition", "recognitionstep", "youthplan", "youthplanpartner"):
            cursor.execute(f"SELECT * FROM counselling_{table}")  # noqa: S608 - constant table names
            for row in cursor.fetchall():
                stored += b"|".join(
                    bytes(value) if isinstance(value, bytes | memoryview) else str(value).encode() for value in row
                )
    assert stored
    for text in (QUALIFICATION, GOAL_TEXT, PLACE, ROLE, STEP, "Damaskus", "Hauptschul", "Gesamtschule", "Cousine"):
        assert text.encode() not in stored, text
    # The structured fields stay plain, as the model's docstring says.
    assert b"Ingenieurkammer-Bau NRW" in stored
    assert b"Bauingenieur/in" in stored


def _erased(case: Case) -> bool:
    return not (
        Recognition.objects.filter(case=case).exists()
        or RecognitionStep.objects.filter(recognition__case=case).exists()
        or YouthPlan.objects.filter(case=case).exists()
        or YouthPlanPartner.objects.filter(plan__case=case).exists()
    )


def test_withdrawing_consent_deletes_recognitions_and_the_youth_plan(world, staff, case, recognition, plan):
    assert not _erased(case)
    consent = case.person.consents.get(purpose="case_work")
    assert client_for(staff, "counsellor").post(reverse("staff:consent_withdraw", args=[consent.pk])).status_code == 302
    assert _erased(case)
    assert Case.objects.filter(pk=case.pk).exists()  # the anonymous count stays


def test_the_retention_job_deletes_recognitions_and_the_youth_plan(world, staff, case, recognition, plan, settings):
    settings.NAHBAR_CASE_RETENTION_DAYS = 30
    kept = cases.open_case(
        actor=staff["counsellor"],
        organisation=world.office,
        person={"nickname": "Lina", "birth_year": this_year() - 20, "language": "ar"},
        consents=[cases.ConsentGiven("case_work", "paper")],
        now=timezone.now(),
    )
    plans.add_recognition(
        actor=staff["counsellor"],
        case=kept,
        document="school",
        country="IQ",
        qualification="Abitur",
        reference_profession="",
        authority="Bezirksregierung Düsseldorf",
        steps=["Antrag"],
    )
    cases.close_case(actor=staff["counsellor"], case=case, today=timezone.localdate() - dt.timedelta(days=31))
    assert tasks.delete_expired_cases() == 1
    assert _erased(case)
    assert not _erased(kept)


def test_the_case_page_summary_runs_the_same_queries_for_one_and_many_recognitions(world, staff, case, recognition):
    client = client_for(staff, "counsellor")
    url = reverse("staff:case_detail", args=[case.pk])
    with CaptureQueriesContext(connection) as one:
        assert client.get(url).status_code == 200
    for number in range(4):
        plans.add_recognition(
            actor=staff["counsellor"],
            case=case,
            document="other",
            country="TR",
            qualification=f"Zertifikat {number}",
            reference_profession="",
            authority="ZAB",
            steps=["Antrag", "Bescheid"],
        )
    with CaptureQueriesContext(connection) as many:
        page = client.get(url).content.decode()
    assert len(many.captured_queries) == len(one.captured_queries)
    assert page.count("(TR)") == 4


def test_the_plan_pages_run_the_same_queries_for_few_and_many_steps(world, staff, case, recognition, plan):
    client = client_for(staff, "counsellor")
    urls = [
        reverse("staff:case_recognition_list", args=[case.pk]),
        reverse("staff:case_recognition_detail", args=[case.pk, recognition.pk]),
    ]
    with CaptureQueriesContext(connection) as few:
        for url in urls:
            client.get(url)
    for number in range(5):
        plans.add_step(actor=staff["counsellor"], recognition=recognition, label=f"Schritt {number}")
    with CaptureQueriesContext(connection) as many:
        for url in urls:
            client.get(url)
    assert len(many.captured_queries) == len(few.captured_queries)


def test_the_plan_pages_have_each_field_once(world, staff, case, recognition, plan):
    client = client_for(staff, "counsellor")
    for url in (
        reverse("staff:case_recognition_list", args=[case.pk]),
        reverse("staff:case_recognition_detail", args=[case.pk, recognition.pk]),
        reverse("staff:case_youth_plan", args=[case.pk]),
    ):
        page = client.get(url).content.decode()
        ids = re.findall(r' id="([^"]+)"', page)
        assert len(ids) == len(set(ids)), url
        for tag in re.findall(r"<(?:input|select|textarea)[^>]*>", page):
            field = re.search(r' id="([^"]+)"', tag)
            if 'type="hidden"' not in tag:
                assert field, (url, tag)
                assert f'for="{field.group(1)}"' in page, (url, tag)  # every field has its label


def test_the_demo_has_a_case_with_a_recognition_two_steps_done(settings, monkeypatch):
    settings.DEBUG = True
    monkeypatch.setenv("NAHBAR_DEMO_PASSWORD", "demo-test-passwort-1")
    call_command("load_demo", stdout=io.StringIO(), stderr=io.StringIO())
    recognition = Recognition.objects.get(case__organisation__slug="lw-brackel")
    assert (recognition.authority, recognition.status) == ("IHK FOSA", "gathering")
    assert [step.done_on is not None for step in recognition.steps.all()] == [True, True, False, False, False]
    counsellor = get_user_model().objects.get(username="beratung-dortmund")
    _qualification, steps = plans.read_recognition(actor=counsellor, recognition=recognition)
    with translation.override("de"):
        assert steps[0][1] == str(plans.DEFAULT_STEPS[0])
