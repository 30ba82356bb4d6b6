"""Everything nahbar holds on one person, for their right of access (GDPR Art. 15): collected once, written out as
JSON or as a PDF.

The structure is stable (FORMAT, VERSION): keys are never renamed, only added, so whoever keeps an export can read
it later. Notes and needs are decrypted here; the export itself is logged ("person.exported").
"""

import datetime as dt
from typing import Any

from django.conf import settings
from django.contrib.auth.models import AbstractBaseUser
from django.db import transaction
from django.db.models import Q
from django.http import Http404
from django.utils import timezone

from core import audit
from core.access import StaffScope
from core.models import AuditEntry
from counselling import crypto
from counselling.models import Case, Person, Recognition
from referrals import services as referral_services
from referrals.models import Referral

FORMAT = "nahbar.person-data"
VERSION = 1


# Appointments and sign-ups are made by name (or nickname) only, with no link to a case: nahbar cannot tell which
# are this person's, so the export says so instead of guessing by name.
def _not_linked() -> str:
    return (
        "Appointments in consultation hours and event sign-ups are kept under the name given when booking, without a "
        f"link to this person; the names are deleted {settings.NAHBAR_APPOINTMENT_RETENTION_DAYS} and "
        f"{settings.NAHBAR_SIGNUP_RETENTION_DAYS} days after the date. Anonymous contacts name nobody."
    )


def person_for(scope: StaffScope, person_id: int) -> Person:
    """The person, if the user counsels at their organisation; other organisations get "not found"."""
    found = (
        Person.objects.filter(pk=person_id, organisation__in=scope.counselled_organisation_ids)
        .select_related("organisation", "region", "district")
        .first()
    )
    if found is None:
        raise Http404
    return found


def _when(value: dt.datetime | dt.date | None) -> str | None:
    """ISO 8601; times in the local time zone, with its offset."""
    if isinstance(value, dt.datetime):
        return timezone.localtime(value).isoformat()
    return value.isoformat() if value is not None else None


def _name(user: AbstractBaseUser | None) -> str | None:
    return user.get_username() if user is not None else None


def _text(token: bytes) -> str | None:
    try:
        return crypto.decrypt(token)
    except crypto.UnreadableNote:
        return None  # encrypted with a key no longer configured; the export says "unreadable"


def _recognition(recognition: Recognition) -> dict[str, Any]:
    return {
        "document": recognition.document,
        "country": recognition.country,
        "qualification": _text(recognition.qualification_ciphertext),
        "reference_profession": recognition.reference_profession,
        "authority": recognition.authority,
        "status": recognition.status,
        "decided_on": _when(recognition.decided_on),
        "steps": [
            {"step": _text(step.label_ciphertext), "done_on": _when(step.done_on)} for step in recognition.steps.all()
        ],
    }


def _youth_plan(case: Case) -> dict[str, Any] | None:
    plan = getattr(case, "youth_plan", None)
    if plan is None:
        return None
    return {
        "goal": plan.goal,
        "goal_text": _text(plan.goal_text_ciphertext),
        "place": _text(plan.place_ciphertext),
        "target_on": _when(plan.target_on),
        "partners": [
            {"organisation": entry.organisation.name, "role": _text(entry.role_ciphertext)}
            for entry in plan.partner_roles.all()
        ],
    }


def _referral(referral: Referral) -> dict[str, Any]:
    passed = referral_services.passed_on(referral)
    return {
        "partner": referral.partner.name,
        "offer": referral.offer.title if referral.offer else None,
        "status": referral.status,
        "sent_at": _when(referral.sent_at),
        "answered_at": _when(referral.answered_at),
        "done_at": _when(referral.done_at),
        "passed_on": passed.__dict__ if passed else None,
        "reply": referral_services.reply_of(referral) or None,
    }


def collect(person: Person) -> dict[str, Any]:
    """The person's data as plain values, in the order of the JSON export."""
    consents = person.consents.select_related("partner", "recorded_by")
    cases = list(
        Case.objects.filter(person=person)
        .select_related("counsellor")
        .prefetch_related(
            "notes__author",
            "items__created_by",
            "recognitions__steps",
            "youth_plan__partner_roles__organisation",
            "referrals__partner",
            "referrals__offer",
        )
        .order_by("opened_on", "pk")
    )
    case_ids = [str(case.pk) for case in cases]
    about = Q(object_type="counselling.person", object_id=str(person.pk)) | Q(
        object_type="counselling.case", object_id__in=case_ids
    )
    entries = AuditEntry.objects.filter(about).select_related("actor").order_by("at", "pk")
    return {
        "format": FORMAT,
        "version": VERSION,
        "organisation": {"id": person.organisation_id, "name": person.organisation.name},
        "person": {
            "id": person.pk,
            "nickname": person.nickname,
            "birth_year": person.birth_year,
            "gender": person.gender,
            "nationality": person.nationality,
            "third_country": person.third_country,
            "household_size": person.household_size,
            "district": person.district.name if person.district else None,
            "language": person.language,
            "recorded_at": _when(person.created_at),
        },
        "consents": [
            {
                "purpose": consent.purpose,
                "partner": consent.partner.name if consent.partner else None,
                "given_how": consent.given_how,
                "language": consent.language,
                "wording": consent.wording,
                "given_at": _when(consent.given_at),
                "recorded_by": _name(consent.recorded_by),
                "withdrawn_at": _when(consent.withdrawn_at),
            }
            for consent in consents
        ],
        "cases": [
            {
                "id": case.pk,
                "status": case.status,
                "opened_on": _when(case.opened_on),
                "closed_on": _when(case.closed_on),
                "counsellor": _name(case.counsellor),
                "notes": [
                    {"written_at": _when(note.written_at), "author": _name(note.author), "text": _text(note.ciphertext)}
                    for note in case.notes.all()
                ],
                "items": [
                    {
                        "kind": item.kind,
                        "text": _text(item.ciphertext),
                        "due_on": _when(item.due_on),
                        "done_on": _when(item.done_on),
                        "created_by": _name(item.created_by),
                    }
                    for item in case.items.all()
                ],
                "recognitions": [_recognition(recognition) for recognition in case.recognitions.all()],
                "youth_plan": _youth_plan(case),
                "referrals": [_referral(referral) for referral in case.referrals.all()],
            }
            for case in cases
        ],
        "access_log": [
            {
                "at": _when(entry.at),
                "by": _name(entry.actor),
                "action": entry.action,
                "case": int(entry.object_id) if entry.object_type == "counselling.case" else None,
            }
            for entry in entries
        ],
        "not_linked": _not_linked(),
    }


@transaction.atomic
def export(*, actor: AbstractBaseUser, person: Person, kind: str, now: dt.datetime) -> dict[str, Any]:
    """The person's data, with the export logged first (so it appears in its own access log)."""
    audit.record(
        actor=actor,
        action="person.exported",
        target=person,
        region=person.region,
        organisation=person.organisation,
        changes={"format": kind},
    )
    stamp = {"format": FORMAT, "version": VERSION, "exported_at": _when(now), "exported_by": actor.get_username()}
    return {**stamp, **collect(person)}
