"""Referrals: sent only with consent, answered in the partner's inbox or recorded for partners without nahbar,
their path kept, what they say encrypted and deleted when consent goes or the retention period ends."""

import datetime as dt

import pytest
from django.core import mail
from django.db import connection
from django.test import Client
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.html import escape
from django.utils.translation import gettext

from core.models import AuditEntry, Organisation
from counselling import cases
from counselling.models import Consent, Contact
from referrals import selectors, services, tasks
from referrals.models import Referral
from tests.conftest import make_user
from tests.counselling.support import signed_in

pytestmark = pytest.mark.django_db

ROLES = ["anonymous", "no_role", "editor", "manager", "other_editor", "counsellor", "other_counsellor", "coordinator"]
NEED = "Braucht Hilfe beim Antrag auf Kinderzuschlag, Bescheid liegt vor"


def client_for(staff, role: str) -> Client:
    return Client() if role == "anonymous" else signed_in(staff[role])


@pytest.fixture
def case(world, staff):
    return cases.open_case(
        actor=staff["counsellor"],
        organisation=world.office,
        person={"nickname": "Samira", "birth_year": 1990, "gender": "female", "nationality": "SY", "language": "fa"},
        consents=[cases.ConsentGiven("case_work", "screen"), cases.ConsentGiven("share", "screen", world.agency)],
        now=timezone.now(),
    )


def send(world, staff, case, **changes):
    values = {
        "actor": staff["counsellor"],
        "sender": world.office,
        "partner": world.agency,
        "offer": None,
        "case": case,
        "contact": None,
        "given_how": "screen",
        "language": "fa",
        "needs_interpreter": True,
        "passed": services.Passed(name="Samira", reach="0176 555", message=NEED),
        "channel": Referral.Channel.INBOX,
        "now": timezone.now(),
        **changes,
    }
    return services.send_referral(**values)


@pytest.fixture
def referral(world, staff, case):
    return send(world, staff, case)


@pytest.fixture
def outsider(world):
    """A partner nobody at nahbar works for: it gets letters."""
    return Organisation.objects.create(
        region=world.region, slug="jobcenter", name="Jobcenter Testort", kind="authority", email="team@jobcenter.test"
    )


# Every URL × every role. The office's counsellor sent it; the agency (its manager and counsellor) received it;
# editors and the coordinator never see people, and get 404 for the referral as if it did not exist.
TABLE = {
    "referral_inbox": ("get", lambda r: reverse("staff:referral_inbox"), None),
    "referral_sent": ("get", lambda r: reverse("staff:referral_sent"), None),
    "referral_new": ("get", lambda r: reverse("staff:referral_new"), None),
    "referral_figures": ("get", lambda r: reverse("staff:referral_figures"), None),
    "referral_detail": ("get", lambda r: reverse("staff:referral_detail", args=[r.pk]), None),
    "referral_letter": ("get", lambda r: reverse("staff:referral_letter", args=[r.pk]), None),
    "referral_accept": ("post", lambda r: reverse("staff:referral_accept", args=[r.pk]), {}),
    "referral_decline": ("post", lambda r: reverse("staff:referral_decline", args=[r.pk]), {"decline-reason": "other"}),
    "referral_report": ("post", lambda r: reverse("staff:referral_report", args=[r.pk]), {"report-report": "ok"}),
    "referral_answer": ("post", lambda r: reverse("staff:referral_answer", args=[r.pk]), {"answer-step": "accepted"}),
    "referral_withdraw": ("post", lambda r: reverse("staff:referral_withdraw", args=[r.pk]), {}),
}
LISTS = {"referral_inbox", "referral_sent", "referral_new"}
NOT_THEIRS = dict.fromkeys(set(TABLE) - LISTS - {"referral_figures"}, 404)
# Counts only: every staff member sees the figures of their network.
FIGURES = {"referral_figures": 200}
PARTNER = {
    **dict.fromkeys(LISTS, 200),
    **FIGURES,
    "referral_detail": 200,
    "referral_letter": 403,
    "referral_accept": 302,
    "referral_decline": 302,
    # Not accepted yet: the refusal is shown on the referral's page.
    "referral_report": 302,
    "referral_answer": 403,
    "referral_withdraw": 403,
}
EXPECTED = {
    "anonymous": dict.fromkeys(TABLE, 302),
    "no_role": dict.fromkeys(TABLE, 403),
    "editor": dict.fromkeys(LISTS, 403) | NOT_THEIRS | FIGURES,
    "other_editor": dict.fromkeys(LISTS, 403) | NOT_THEIRS | FIGURES,
    "coordinator": dict.fromkeys(LISTS, 403) | NOT_THEIRS | FIGURES,
    "manager": PARTNER,
    "other_counsellor": PARTNER,
    "counsellor": {
        **dict.fromkeys(LISTS, 200),
        **FIGURES,
        "referral_detail": 200,
        "referral_letter": 200,
        "referral_accept": 403,
        "referral_decline": 403,
        "referral_report": 403,
        "referral_answer": 302,
        "referral_withdraw": 302,
    },
}


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("name", sorted(TABLE))
def test_access_of_every_role_to_every_referral_url(world, staff, referral, name, role):
    method, url, data = TABLE[name]
    client = client_for(staff, role)
    response = client.get(url(referral)) if method == "get" else client.post(url(referral), data)
    assert response.status_code == EXPECTED[role][name], (name, role)


def test_the_partner_accepts_reports_back_and_the_sender_sees_the_path(world, staff, case):
    counsellor, partner = client_for(staff, "counsellor"), client_for(staff, "other_counsellor")
    sent = counsellor.post(
        reverse("staff:referral_new"),
        {
            "case": case.pk,
            "partner": world.agency.pk,
            "name": "Samira",
            "message": NEED,
            "language": "fa",
            "needs_interpreter": "on",
            "given_how": "screen",
            "channel": "letter",
        },
    )
    referral = Referral.objects.get()
    assert sent.status_code == 302
    assert referral.channel == Referral.Channel.INBOX  # the agency answers in nahbar; no letter needed
    assert referral.consent == case.person.consents.get(purpose="share")

    inbox = partner.get(reverse("staff:referral_inbox")).content.decode()
    assert "Nachbarschaftsbüro Nord" in inbox
    page = partner.get(reverse("staff:referral_detail", args=[referral.pk])).content.decode()
    assert NEED in page
    assert "Samira" in page

    assert partner.post(reverse("staff:referral_accept", args=[referral.pk])).status_code == 302
    report = "Antrag gestellt, Bewilligung ab Januar"
    assert (
        partner.post(reverse("staff:referral_report", args=[referral.pk]), {"report-report": report}).status_code == 302
    )

    referral.refresh_from_db()
    assert referral.status == Referral.Status.DONE
    assert referral.answered_at is not None
    assert referral.done_at is not None
    assert referral.sent_at <= referral.answered_at <= referral.done_at
    seen = counsellor.get(reverse("staff:referral_detail", args=[referral.pk])).content.decode()
    assert report in seen
    steps = list(AuditEntry.objects.filter(object_type="referrals.referral").values_list("action", flat=True))
    for step in ("referral.sent", "referral.viewed", "referral.accepted", "referral.reported_back"):
        assert step in steps
    assert AuditEntry.objects.filter(action="case.referred", object_id=str(case.pk)).exists()


def test_the_partner_sees_the_shared_case_only_while_the_consent_stands(world, staff, case, referral):
    cases.add_item(actor=staff["counsellor"], case=case, kind="need", text="Kita-Platz für die Tochter", due_on=None)
    partner = client_for(staff, "other_counsellor")
    url = reverse("staff:referral_detail", args=[referral.pk])
    assert "Kita-Platz für die Tochter" in partner.get(url).content.decode()
    assert AuditEntry.objects.filter(action="case.viewed_by_partner", object_id=str(case.pk)).count() == 1
    # The case page itself stays the sender's.
    assert partner.get(reverse("staff:case_detail", args=[case.pk])).status_code == 404

    share = case.person.consents.get(purpose="share")
    cases.withdraw_consent(actor=staff["counsellor"], consent=share, now=timezone.now())

    page = partner.get(url).content.decode()
    assert "Kita-Platz" not in page
    assert NEED not in page
    referral.refresh_from_db()
    assert (referral.status, referral.ciphertext) == (Referral.Status.WITHDRAWN, None)


def test_no_referral_without_the_persons_consent(world, staff, case, outsider):
    client = client_for(staff, "counsellor")
    data = {"case": case.pk, "partner": outsider.pk, "name": "Samira", "message": NEED, "language": "fa"}
    refused = client.post(reverse("staff:referral_new"), {**data, "channel": "letter"})
    assert refused.status_code == 400
    with translation.override("de"):
        assert (
            escape(gettext("Refer only with the person's consent: record how they gave it."))
            in refused.content.decode()
        )
    assert not Referral.objects.exists()
    assert not case.person.consents.filter(partner=outsider).exists()

    sent = client.post(reverse("staff:referral_new"), {**data, "channel": "letter", "given_how": "paper"})
    assert sent.status_code == 302
    consent = case.person.consents.get(partner=outsider)
    assert (consent.purpose, consent.given_how, consent.language) == ("share", "paper", "fa")
    assert outsider.name in consent.wording


def test_the_offer_decides_the_partner_and_must_match_it(world, staff, case):
    client = client_for(staff, "counsellor")
    data = {"case": case.pk, "name": "S", "message": NEED, "language": "fa", "given_how": "screen", "channel": "letter"}
    mismatch = client.post(
        reverse("staff:referral_new"), {**data, "partner": world.office.pk, "offer": world.course.pk}
    )
    assert mismatch.status_code == 400
    assert not Referral.objects.exists()
    assert client.post(reverse("staff:referral_new"), {**data, "offer": world.course.pk}).status_code == 302
    referral = Referral.objects.get()
    assert (referral.partner, referral.offer) == (world.agency, world.course)


def test_a_contact_is_referred_to_a_partner_without_nahbar_by_letter(world, staff, outsider):
    contact = Contact.objects.create(
        region=world.region,
        organisation=world.office,
        day=timezone.localdate(),
        way="walk_in",
        language="fa",
        outcome="solved",
    )
    client = client_for(staff, "counsellor")
    data = {
        "contact": contact.pk,
        "partner": outsider.pk,
        "name": "Omid",
        "message": NEED,
        "language": "fa",
        "given_how": "screen",
        "channel": "letter",
    }
    assert client.post(reverse("staff:referral_new"), data).status_code == 302
    referral = Referral.objects.get()
    contact.refresh_from_db()
    assert (referral.channel, referral.consent, contact.outcome) == ("letter", None, "referred")
    assert outsider.name in referral.consent_wording

    letter = client.get(reverse("staff:referral_letter", args=[referral.pk])).content.decode()
    assert 'lang="de"' in letter
    assert 'lang="fa"' in letter
    assert 'dir="rtl"' in letter
    assert letter.count(NEED) == 2
    with translation.override("fa"):
        assert escape(gettext("An interpreter is needed.")) not in letter  # not asked for
        assert escape(gettext("What the person needs:")) in letter

    # The Jobcenter answers by phone: the counsellor notes it, and the path is kept as if it answered itself.
    declined = client.post(reverse("staff:referral_answer", args=[referral.pk]), {"answer-step": "declined"})
    assert declined.status_code == 400
    assert Referral.objects.get().status == "sent"
    done = {"answer-step": "done", "answer-note": "Termin am 3.12. wahrgenommen"}
    assert client.post(reverse("staff:referral_answer", args=[referral.pk]), done).status_code == 302
    referral.refresh_from_db()
    assert (referral.status, referral.answered_for_partner) == ("done", True)
    assert referral.answered_at
    assert referral.done_at


def test_by_email_to_the_partners_public_address(world, staff, case, outsider):
    client = client_for(staff, "counsellor")
    data = {"case": case.pk, "name": "Samira", "message": NEED, "language": "fa", "given_how": "screen"}
    assert (
        client.post(reverse("staff:referral_new"), {**data, "partner": outsider.pk, "channel": "email"}).status_code
        == 302
    )
    (message,) = mail.outbox
    assert message.to == ["team@jobcenter.test"]
    assert message.body.count(NEED) == 2  # German and Farsi

    outsider.email = ""
    outsider.save()
    refused = client.post(reverse("staff:referral_new"), {**data, "partner": outsider.pk, "channel": "email"})
    assert refused.status_code == 400
    assert Referral.objects.count() == 1


def test_declining_needs_a_reason(world, staff, referral):
    partner = client_for(staff, "other_counsellor")
    url = reverse("staff:referral_decline", args=[referral.pk])
    refused = partner.post(url, {"decline-note": "voll"})
    assert refused.status_code == 400
    assert Referral.objects.get().status == "sent"
    assert (
        partner.post(url, {"decline-reason": "no_capacity", "decline-note": "Warteliste bis März"}).status_code == 302
    )
    referral.refresh_from_db()
    assert (referral.status, referral.decline_reason) == ("declined", "no_capacity")
    page = client_for(staff, "counsellor").get(reverse("staff:referral_detail", args=[referral.pk])).content.decode()
    assert "Warteliste bis März" in page


def test_what_a_referral_says_is_never_stored_in_plain_text(world, staff, referral):
    services.accept(actor=staff["other_counsellor"], referral=referral, now=timezone.now())
    services.report_back(
        actor=staff["other_counsellor"], referral=referral, report="Bescheid erhalten", now=timezone.now()
    )
    with connection.cursor() as cursor:
        cursor.execute("SELECT ciphertext, reply_ciphertext FROM referrals_referral")
        raw = b"".join(bytes(value) for row in cursor.fetchall() for value in row)
    assert b"Kinderzuschlag" not in raw
    assert b"Bescheid erhalten" not in raw
    assert b"0176" not in raw


def test_overdue_referrals_for_the_sender_and_the_partner(world, staff, case):
    from core.access import scope_for_user

    late = send(world, staff, case, now=timezone.now() - dt.timedelta(days=8))
    send(world, staff, case)
    today = timezone.localdate()
    assert selectors.overdue(scope_for_user(staff["counsellor"]), today=today) == [late]
    assert selectors.overdue(scope_for_user(staff["other_counsellor"]), today=today) == [late]
    assert selectors.overdue(scope_for_user(staff["coordinator"]), today=today) == []


def test_retention_deletes_the_message_and_keeps_the_path(world, staff, case, referral, settings):
    long_ago = timezone.now() - dt.timedelta(days=settings.NAHBAR_REFERRAL_RETENTION_DAYS + 10)
    services.accept(actor=staff["other_counsellor"], referral=referral, now=long_ago)
    services.report_back(actor=staff["other_counsellor"], referral=referral, report="erledigt", now=long_ago)
    still_open = send(world, staff, case)

    assert tasks.delete_expired_referrals() == 1

    referral.refresh_from_db()
    still_open.refresh_from_db()
    assert (referral.ciphertext, referral.reply_ciphertext, referral.status) == (None, None, "done")
    assert referral.sent_at
    assert referral.answered_at
    assert referral.done_at
    assert referral.partner_id == world.agency.pk
    assert services.passed_on(still_open) is not None
    assert tasks.delete_expired_referrals() == 0


def test_closing_a_case_by_retention_deletes_its_referrals_messages(world, staff, case, referral, settings):
    today = timezone.localdate()
    cases.close_case(actor=staff["counsellor"], case=case, today=today - dt.timedelta(days=400))
    assert cases.delete_expired(today=today, keep_days=settings.NAHBAR_CASE_RETENTION_DAYS) == 1
    referral.refresh_from_db()
    assert referral.ciphertext is None
    assert referral.status == "withdrawn"
    assert Consent.objects.filter(person=case.person).count() == 2


def test_the_overview_shows_overdue_follow_ups_and_referrals(world, staff, case):
    late = send(world, staff, case, now=timezone.now() - dt.timedelta(days=8))
    cases.add_item(
        actor=staff["counsellor"],
        case=case,
        kind="follow_up",
        text="Wohngeld nachfragen",
        due_on=timezone.localdate() - dt.timedelta(days=2),
    )
    referral_url = reverse("staff:referral_detail", args=[late.pk])
    sender = client_for(staff, "counsellor").get(reverse("staff:dashboard")).content.decode()
    assert referral_url in sender
    assert reverse("staff:case_detail", args=[case.pk]) in sender
    assert "Wohngeld" not in sender  # dates and nicknames only, no content
    partner = client_for(staff, "other_counsellor").get(reverse("staff:dashboard")).content.decode()
    assert referral_url in partner
    assert reverse("staff:case_detail", args=[case.pk]) not in partner
    editor = client_for(staff, "editor").get(reverse("staff:dashboard")).content.decode()
    assert referral_url not in editor


def test_the_network_figures_count_each_step_and_name_nobody(world, staff, case, outsider):
    first = send(world, staff, case, now=timezone.now() - dt.timedelta(days=10))
    services.accept(actor=staff["other_counsellor"], referral=first, now=timezone.now() - dt.timedelta(days=8))
    services.report_back(actor=staff["other_counsellor"], referral=first, report="erledigt", now=timezone.now())
    declined = send(world, staff, case)
    services.decline(
        actor=staff["other_counsellor"], referral=declined, reason="no_capacity", note="", now=timezone.now()
    )
    send(world, staff, None, partner=outsider, given_how="screen")

    page = client_for(staff, "coordinator").get(reverse("staff:referral_figures")).content.decode()
    agency_row = page[page.index(world.agency.name) :].split("</tr>")[0]
    cells = [cell.split("<")[0] for cell in agency_row.split("<td>")[1:]]
    # sent, accepted, declined, done, open, withdrawn, median days to an answer, median days until done
    assert cells == ["2", "1", "1", "1", "0", "0", "1", "10"]
    assert outsider.name in page
    assert "Samira" not in page
    assert NEED not in page
    # Staff of an organisation elsewhere, which took no part, count nothing.
    stranger = make_user("stranger", ("editor", world.other_region, world.foreign_org))
    assert world.agency.name not in signed_in(stranger).get(reverse("staff:referral_figures")).content.decode()


def test_the_letter_names_only_the_ways_to_reach_the_sender_it_has(world, staff, outsider):
    referral = send(world, staff, None, partner=outsider, channel="letter")
    client = client_for(staff, "counsellor")
    url = reverse("staff:referral_letter", args=[referral.pk])
    assert "(Telefon –, E-Mail –)" not in client.get(url).content.decode()
    world.office.phone = "0231 123456"
    world.office.save()
    assert "Telefon 0231 123456, E-Mail –" in client.get(url).content.decode()
