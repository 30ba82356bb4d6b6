"""A person's data on request: everything nahbar holds as JSON and PDF, and erasure that leaves only the count."""

import io
import json
import unicodedata

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import timezone
from pypdf import PdfReader

from core.models import AuditEntry
from counselling import cases
from counselling.models import Case, CaseItem, CaseNote, Consent, Person
from tests.counselling.support import signed_in

pytestmark = pytest.mark.django_db

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


# Every URL × every role: only the office's counsellor reaches the office's person; everyone else with a role gets
# "not found", as for the case itself.
TABLE = {
    "person_export_json": ("get", lambda c: reverse("staff:person_export_json", args=[c.person_id])),
    "person_export_pdf": ("get", lambda c: reverse("staff:person_export_pdf", args=[c.person_id])),
    "person_erase": ("get", lambda c: reverse("staff:person_erase", args=[c.person_id])),
    "person_erase_post": ("post", lambda c: reverse("staff:person_erase", args=[c.person_id])),
}
EXPECTED = {
    "anonymous": dict.fromkeys(TABLE, 302),
    "no_role": dict.fromkeys(TABLE, 403),
    "editor": dict.fromkeys(TABLE, 404),
    "other_editor": dict.fromkeys(TABLE, 404),
    "coordinator": dict.fromkeys(TABLE, 404),
    "manager": dict.fromkeys(TABLE, 404),  # manager of the agency, not the office
    "other_counsellor": dict.fromkeys(TABLE, 404),
    "counsellor": {"person_export_json": 200, "person_export_pdf": 200, "person_erase": 200, "person_erase_post": 302},
}


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("name", sorted(TABLE))
def test_access_of_every_role_to_every_person_url(world, staff, case, name, role):
    method, url = TABLE[name]
    client = client_for(staff, role)
    response = client.get(url(case)) if method == "get" else client.post(url(case))
    assert response.status_code == EXPECTED[role][name], (name, role)
    if EXPECTED[role][name] != 302 or role == "anonymous":
        assert Person.objects.get(pk=case.person_id).nickname == "Samira"


def test_a_manager_of_the_organisation_reaches_it_too(world, staff, case):
    staff["manager"].memberships.create(role="manager", region=world.region, organisation=world.office)
    assert client_for(staff, "manager").get(TABLE["person_export_json"][1](case)).status_code == 200


def test_without_the_second_factor_nothing_is_exported(world, staff, case):
    response = signed_in(staff["counsellor"], second_factor=False).get(TABLE["person_export_json"][1](case))
    assert response.status_code == 302
    assert not AuditEntry.objects.filter(action="person.exported").exists()


def test_the_json_holds_everything_decrypted_and_the_export_is_logged(world, staff, case):
    cases.read_case(actor=staff["counsellor"], case=case)
    response = client_for(staff, "counsellor").get(reverse("staff:person_export_json", args=[case.person_id]))
    assert response["Content-Type"].startswith("application/json")
    assert response["Content-Disposition"].startswith('attachment; filename="person-')
    data = json.loads(response.content)
    assert (data["format"], data["version"]) == ("nahbar.person-data", 1)
    assert data["person"]["nickname"] == "Samira"
    assert data["person"]["nationality"] == "SY"
    assert [consent["purpose"] for consent in data["consents"]] == ["case_work", "share"]
    assert data["consents"][1]["partner"] == world.agency.name
    assert data["consents"][0]["wording"] == Consent.objects.get(purpose="case_work").wording
    assert data["cases"][0]["notes"][0]["text"] == SECRET
    assert data["cases"][0]["items"][0]["text"] == "Kita-Platz für die Tochter"
    actions = [entry["action"] for entry in data["access_log"]]
    assert actions[:2] == ["case.opened", "case.note_added"]
    assert "case.viewed" in actions
    assert actions[-1] == "person.exported"
    assert data["access_log"][0]["by"] == "counsellor"
    assert "appointments" in data["not_linked"].lower()
    entry = AuditEntry.objects.get(action="person.exported")
    assert (entry.actor, entry.organisation_id, entry.changes) == (
        staff["counsellor"],
        world.office.pk,
        {"format": "json"},
    )
    assert SECRET not in str(list(AuditEntry.objects.values_list("changes", flat=True)))


def _normalised(text: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", text).split())


def test_the_pdf_shows_the_nickname_and_the_note(world, staff, case):
    response = client_for(staff, "counsellor").get(reverse("staff:person_export_pdf", args=[case.person_id]))
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    text = _normalised("\n".join(page.extract_text() for page in PdfReader(io.BytesIO(response.content)).pages))
    assert "Samira" in text
    assert _normalised(SECRET) in text
    assert "Kita-Platz für die Tochter" in text
    assert AuditEntry.objects.get(action="person.exported").changes == {"format": "pdf"}


def test_the_case_page_links_export_and_erasure(world, staff, case):
    page = client_for(staff, "counsellor").get(reverse("staff:case_detail", args=[case.pk])).content.decode()
    for name in ("person_export_json", "person_export_pdf", "person_erase"):
        assert f'href="{reverse(f"staff:{name}", args=[case.person_id])}"' in page


def test_erasure_is_confirmed_first_then_leaves_only_the_count(world, staff, case):
    client = client_for(staff, "counsellor")
    url = reverse("staff:person_erase", args=[case.person_id])
    confirm = client.get(url)
    assert 'method="post"' in confirm.content.decode()
    assert Person.objects.get(pk=case.person_id).nickname == "Samira"  # the confirmation page erased nothing

    response = client.post(url)
    assert response.status_code == 302
    assert response["Location"] == reverse("staff:case_detail", args=[case.pk])
    person = Person.objects.get(pk=case.person_id)
    assert (person.nickname, person.birth_year, person.household_size) == ("", None, None)
    assert not CaseNote.objects.exists()
    assert not CaseItem.objects.exists()
    assert set(Consent.objects.values_list("wording", flat=True)) == {""}
    assert Consent.objects.filter(withdrawn_at__isnull=True).count() == 0
    case.refresh_from_db()
    assert case.status == Case.Status.CLOSED
    assert Case.objects.filter(organisation=world.office).count() == 1  # the anonymous count stays
    entry = AuditEntry.objects.get(action="person.erased")
    assert (entry.actor, entry.organisation_id, entry.changes) == (
        staff["counsellor"],
        world.office.pk,
        {"cases": [case.pk]},
    )

    # Nothing of the plaintext is left anywhere in the export either.
    data = json.loads(client.get(reverse("staff:person_export_json", args=[case.person_id])).content)
    assert data["person"]["nickname"] == ""
    assert data["cases"][0]["notes"] == []
    assert SECRET not in json.dumps(data, ensure_ascii=False)


def test_the_erasure_page_refuses_other_methods(world, staff, case):
    response = client_for(staff, "counsellor").put(reverse("staff:person_erase", args=[case.person_id]))
    assert response.status_code == 405


def test_the_export_includes_recognitions_youth_plans_and_referrals(world, staff, case):
    from counselling import plans
    from referrals import services as referral_services

    counsellor = staff["counsellor"]
    plans.add_recognition(
        actor=counsellor,
        case=case,
        document="vocational",
        country="SY",
        qualification="Elektriker (Damaskus 2012)",
        reference_profession="Elektroniker/in",
        authority="IHK FOSA",
        steps=["Beglaubigte Übersetzung"],
    )
    referral_services.send_referral(
        actor=counsellor,
        sender=world.office,
        partner=world.agency,
        offer=None,
        case=case,
        contact=None,
        given_how="screen",
        language="fa",
        needs_interpreter=False,
        passed=referral_services.Passed(name="Samira", reach="", message="Hilfe beim Kindergeldantrag"),
        channel="inbox",
        now=timezone.now(),
    )
    client = client_for(staff, "counsellor")
    data = json.loads(client.get(reverse("staff:person_export_json", args=[case.person_id])).content)
    (exported,) = data["cases"]
    assert exported["recognitions"][0]["qualification"] == "Elektriker (Damaskus 2012)"
    assert exported["recognitions"][0]["steps"][0]["step"] == "Beglaubigte Übersetzung"
    assert exported["youth_plan"] is None  # born 1990: no youth plan
    assert exported["referrals"][0]["partner"] == world.agency.name
    assert exported["referrals"][0]["passed_on"]["message"] == "Hilfe beim Kindergeldantrag"

    pdf = client.get(reverse("staff:person_export_pdf", args=[case.person_id])).content
    text = _normalised("\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages))
    assert "Elektriker (Damaskus 2012)" in text
    assert "Hilfe beim Kindergeldantrag" in text
