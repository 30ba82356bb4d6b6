"""Cases: opened only with consent, notes encrypted at rest, every read logged, other organisations kept out,
consent withdrawn with its effect at once."""

import datetime as dt
import re

import pytest
from django.core.exceptions import ImproperlyConfigured
from django.core.management import CommandError, call_command
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.html import escape
from django.utils.translation import gettext

from core.models import AuditEntry
from counselling import cases, crypto, tasks
from counselling.models import Case, CaseNote, Consent, Person
from tests.conftest import CASE_KEY
from tests.counselling.support import signed_in

pytestmark = pytest.mark.django_db

MODEL_BACKEND = "django.contrib.auth.backends.ModelBackend"
SECRET = "Aufenthaltstitel läuft im März ab, Termin bei der Ausländerbehörde nötig"
ROLES = ["anonymous", "no_role", "editor", "manager", "other_editor", "counsellor", "other_counsellor", "coordinator"]


def client_for(staff, role: str) -> Client:
    return Client() if role == "anonymous" else signed_in(staff[role])


@pytest.fixture
def case(world, staff) -> Case:
    opened = cases.open_case(
        actor=staff["counsellor"],
        organisation=world.office,
        person={"nickname": "Samira", "birth_year": 1990, "gender": "female", "nationality": "SY", "language": "fa"},
        consents=[cases.ConsentGiven("case_work", "screen"), cases.ConsentGiven("share", "screen", world.agency)],
        now=timezone.now(),
    )
    cases.add_note(actor=staff["counsellor"], case=opened, text=SECRET)
    cases.add_item(actor=staff["counsellor"], case=opened, kind="need", text="Kita-Platz für die Tochter", due_on=None)
    return opened


def opening(world, **changes):
    return {
        "organisation": world.office.pk,
        "nickname": "Omid",
        "birth_year": "2004",
        "gender": "diverse",
        "nationality": "af",
        "household_size": "3",
        "language": "fa",
        "case_work": "on",
        "reporting": "on",
        "given_how": "paper",
        **changes,
    }


# Every URL × every role: only the office's counsellor (and managers of the office: none in this world) reach
# the office's case; the agency's counsellor gets a 404 for it, as if it did not exist.
TABLE = {
    "case_list": ("get", lambda c: reverse("staff:case_list")),
    "case_open": ("get", lambda c: reverse("staff:case_open")),
    "case_detail": ("get", lambda c: reverse("staff:case_detail", args=[c.pk])),
    "case_close": ("post", lambda c: reverse("staff:case_close", args=[c.pk])),
    "consent_withdraw": ("post", lambda c: reverse("staff:consent_withdraw", args=[c.person.consents.last().pk])),
    "consent_form": ("get", lambda c: reverse("staff:consent_form")),
    "case_item_done": ("post", lambda c: reverse("staff:case_item_done", args=[c.items.first().pk])),
}
NOT_THEIRS = {"case_detail": 404, "case_close": 404, "consent_withdraw": 404, "case_item_done": 404}
EXPECTED = {
    "anonymous": dict.fromkeys(TABLE, 302),
    "no_role": dict.fromkeys(TABLE, 403),
    "editor": dict.fromkeys(TABLE, 403) | NOT_THEIRS,
    "other_editor": dict.fromkeys(TABLE, 403) | NOT_THEIRS,
    "coordinator": dict.fromkeys(TABLE, 403) | NOT_THEIRS,
    "manager": {
        "case_list": 200,
        "case_open": 200,
        "case_detail": 404,
        "case_close": 404,
        "consent_withdraw": 404,
        "consent_form": 200,
        "case_item_done": 404,
    },
    "other_counsellor": {
        "case_list": 200,
        "case_open": 200,
        "case_detail": 404,
        "case_close": 404,
        "consent_withdraw": 404,
        "consent_form": 200,
        "case_item_done": 404,
    },
    "counsellor": {
        "case_list": 200,
        "case_open": 200,
        "case_detail": 200,
        "case_close": 302,
        "consent_withdraw": 302,
        "consent_form": 200,
        "case_item_done": 302,
    },
}


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("name", sorted(TABLE))
def test_access_of_every_role_to_every_case_url(world, staff, case, name, role):
    method, url = TABLE[name]
    client = client_for(staff, role)
    response = client.get(url(case)) if method == "get" else client.post(url(case))
    assert response.status_code == EXPECTED[role][name], (name, role)


def test_a_case_opens_only_with_consent_to_case_work(world, staff):
    client = client_for(staff, "counsellor")
    refused = client.post(reverse("staff:case_open"), opening(world, case_work=""))
    assert refused.status_code == 400
    with translation.override("de"):
        expected = gettext("A case needs the person's consent to case work. Without it, log a contact.")
    assert escape(expected) in refused.content.decode()
    assert not Person.objects.exists()

    opened = client.post(reverse("staff:case_open"), opening(world))
    assert opened.status_code == 302
    person = Person.objects.get()
    assert (person.nickname, person.nationality, person.third_country, person.gender) == ("Omid", "AF", True, "diverse")
    purposes = sorted(consent.purpose for consent in person.consents.all())
    assert purposes == ["case_work", "reporting"]
    wording = person.consents.get(purpose="case_work").wording
    english = cases.consent_wording(purpose="case_work", language="en", organisation=world.office, partner=None)
    assert world.office.name in wording
    assert wording != english  # shown and kept in Farsi, the person's language
    assert person.consents.get(purpose="case_work").language == "fa"


def test_notes_are_encrypted_at_rest(world, staff, case):
    with connection.cursor() as cursor:
        cursor.execute("SELECT ciphertext FROM counselling_casenote")
        stored = [bytes(row[0]) for row in cursor.fetchall()]
    assert stored
    assert all(SECRET.encode() not in value and b"Ausl" not in value for value in stored)
    assert crypto.decrypt(stored[0]) == SECRET


def test_every_read_is_in_the_audit_log(world, staff, case):
    client = client_for(staff, "counsellor")
    before = AuditEntry.objects.filter(action="case.viewed").count()
    page = client.get(reverse("staff:case_detail", args=[case.pk]))
    assert SECRET in page.content.decode()
    viewed = AuditEntry.objects.filter(action="case.viewed", object_id=str(case.pk))
    assert viewed.count() == before + 1
    assert [entry.actor for entry in viewed] == [staff["counsellor"]]
    assert SECRET not in str(list(AuditEntry.objects.values_list("changes", flat=True)))


def test_the_agencys_counsellor_reaches_nothing_of_the_office(world, staff, case):
    client = client_for(staff, "other_counsellor")
    assert "Samira" not in client.get(reverse("staff:case_list")).content.decode()
    assert client.get(reverse("staff:case_detail", args=[case.pk])).status_code == 404
    note_post = client.post(reverse("staff:case_detail", args=[case.pk]), {"text": "x"})
    assert note_post.status_code == 404
    assert CaseNote.objects.count() == 1


def test_withdrawing_consent_to_case_work_closes_the_case_and_deletes_notes_and_details(world, staff, case):
    client = client_for(staff, "counsellor")
    case_work = case.person.consents.get(purpose="case_work")
    client.post(reverse("staff:consent_withdraw", args=[case_work.pk]))

    case.refresh_from_db()
    person = Person.objects.get(pk=case.person_id)
    assert case.status == Case.Status.CLOSED
    assert not CaseNote.objects.exists()
    assert not case.items.exists()
    assert (person.nickname, person.birth_year) == ("", None)
    assert Consent.objects.get(pk=case_work.pk).withdrawn_at is not None
    # The count stays: one case, opened and closed, at the office.
    assert Case.objects.filter(organisation=world.office).count() == 1


def test_notes_need_an_open_case(world, staff, case):
    cases.close_case(actor=staff["counsellor"], case=case, today=timezone.localdate())
    client_for(staff, "counsellor").post(reverse("staff:case_detail", args=[case.pk]), {"text": "später"})
    assert CaseNote.objects.count() == 1


def test_keys_rotate_and_old_notes_stay_readable(world, staff, case, settings):
    old = CASE_KEY
    new = crypto.new_key()
    settings.NAHBAR_CASE_KEYS = [new, old]
    note = CaseNote.objects.get()
    assert crypto.decrypt(note.ciphertext) == SECRET
    rotated = crypto.rotate(note.ciphertext)
    settings.NAHBAR_CASE_KEYS = [new]
    assert crypto.decrypt(rotated) == SECRET
    with pytest.raises(crypto.UnreadableNote):
        crypto.decrypt(note.ciphertext)


def test_without_keys_and_without_debug_nahbar_refuses_to_keep_notes(settings):
    settings.NAHBAR_CASE_KEYS = []
    settings.DEBUG = False
    with pytest.raises(ImproperlyConfigured):
        crypto.encrypt("x")


def test_the_rotation_command_re_encrypts_every_note(world, staff, case, settings, capsys):
    new = crypto.new_key()
    settings.NAHBAR_CASE_KEYS = [new, CASE_KEY]
    call_command("rotate_case_keys")
    assert "re-encrypted 1 notes" in capsys.readouterr().out
    settings.NAHBAR_CASE_KEYS = [new]
    assert crypto.decrypt(CaseNote.objects.get().ciphertext) == SECRET


def test_the_retention_job_deletes_closed_cases_contents_and_keeps_the_counts(world, staff, case, settings):
    settings.NAHBAR_CASE_RETENTION_DAYS = 30
    open_one = cases.open_case(
        actor=staff["counsellor"],
        organisation=world.office,
        person={"nickname": "Lina", "language": "ar"},
        consents=[cases.ConsentGiven("case_work", "paper")],
        now=timezone.now(),
    )
    today = timezone.localdate()
    cases.close_case(actor=staff["counsellor"], case=case, today=today - dt.timedelta(days=31))

    assert tasks.delete_expired_cases() == 1
    assert tasks.delete_expired_cases() == 0

    assert not CaseNote.objects.filter(case=case).exists()
    assert Person.objects.get(pk=case.person_id).nickname == ""
    assert set(Consent.objects.filter(person=case.person_id).values_list("wording", flat=True)) == {""}
    assert Person.objects.get(pk=open_one.person_id).nickname == "Lina"
    assert Case.objects.filter(organisation=world.office).count() == 2


def test_the_jobs_run_from_cron_without_a_worker(world, staff, case, capsys):
    call_command("run_counselling_jobs", "cases", "appointments")
    assert capsys.readouterr().out.splitlines() == ["cases: 0", "appointments: 0"]
    with pytest.raises(CommandError, match="Unknown job"):
        call_command("run_counselling_jobs", "everything")


def test_the_case_list_runs_the_same_queries_for_few_and_many_cases(world, staff, case):
    client = client_for(staff, "counsellor")
    with CaptureQueriesContext(connection) as few:
        assert client.get(reverse("staff:case_list")).status_code == 200
    for number in range(60):
        cases.open_case(
            actor=staff["counsellor"],
            organisation=world.office,
            person={"nickname": f"Person {number}", "language": "ar"},
            consents=[cases.ConsentGiven("case_work", "paper")],
            now=timezone.now(),
        )
    with CaptureQueriesContext(connection) as many:
        page = client.get(reverse("staff:case_list"), {"page": 2})
    assert len(many.captured_queries) == len(few.captured_queries)
    assert page.context["cases"].page.paginator.count == 61


def test_the_consent_form_prints_the_texts_in_the_persons_language(world, staff):
    client = client_for(staff, "counsellor")
    page = client.get(reverse("staff:consent_form"), {"language": "ar", "partner": world.agency.pk})
    html = page.content.decode()
    assert page.status_code == 200
    assert 'lang="ar" dir="rtl"' in html
    for purpose in ("case_work", "reporting", "share"):
        text = cases.consent_wording(purpose=purpose, language="ar", organisation=world.office, partner=world.agency)
        assert escape(text) in html
    assert world.agency.name in html
    assert client_for(staff, "editor").get(reverse("staff:consent_form")).status_code == 403


def test_needs_goals_and_follow_ups_are_kept_encrypted_and_marked_done(world, staff, case):
    client = client_for(staff, "counsellor")
    url = reverse("staff:case_detail", args=[case.pk])
    missing_date = client.post(url, {"item-kind": "follow_up", "item-text": "Jobcenter anrufen"})
    assert missing_date.status_code == 400
    with translation.override("de"):
        assert escape(gettext("A follow-up needs the date it is due.")) in missing_date.content.decode()
    assert case.items.count() == 1

    yesterday = timezone.localdate() - dt.timedelta(days=1)
    added = client.post(url, {"item-kind": "follow_up", "item-text": "Jobcenter anrufen", "item-due_on": yesterday})
    assert added.status_code == 302
    page = client.get(url).content.decode()
    assert "Jobcenter anrufen" in page
    with translation.override("de"):
        assert gettext("overdue") in page
    with connection.cursor() as cursor:
        cursor.execute("SELECT ciphertext FROM counselling_caseitem")
        assert all(b"Jobcenter" not in bytes(row[0]) and b"Kita" not in bytes(row[0]) for row in cursor.fetchall())

    follow_up = case.items.get(kind="follow_up")
    assert client.post(reverse("staff:case_item_done", args=[follow_up.pk])).status_code == 302
    follow_up.refresh_from_db()
    assert follow_up.done_on == timezone.localdate()
    assert AuditEntry.objects.filter(action="case.item_done", object_id=str(case.pk)).exists()


def test_the_case_page_has_each_field_once(world, staff, case):
    page = client_for(staff, "counsellor").get(reverse("staff:case_detail", args=[case.pk])).content.decode()
    ids = re.findall(r' id="([^"]+)"', page)
    assert len(ids) == len(set(ids))
