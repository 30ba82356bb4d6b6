"""Sending a referral with the person's consent, the partner's answer and report, withdrawal, and deletion.

Each step is one transaction with an audit entry (who, when, which step; never what the referral says).
"""

import datetime as dt
import json
from dataclasses import dataclass
from typing import Any

from django.conf import settings
from django.contrib.auth.models import AbstractBaseUser
from django.db import transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext as _

from core import audit
from core.models import Organisation
from core.refusals import Refused
from counselling import crypto
from counselling.cases import ConsentGiven, consent_wording, record_consent
from counselling.models import Case, Consent, Contact
from directory.models import Offer
from homevisits import services as home_visits
from homevisits.models import FollowUp
from referrals.models import Referral


@dataclass(frozen=True)
class Passed:
    """What the person agreed to pass on to the partner."""

    name: str
    reach: str
    message: str


def _log(actor: AbstractBaseUser, action: str, referral: Referral, **changes: Any) -> None:
    # Under the sender, so the sending organisation's managers review every step, including the partner's.
    audit.record(
        actor=actor,
        action=action,
        target=referral,
        region=referral.region,
        organisation=referral.sender,
        changes={"partner": referral.partner_id, **changes},
    )


def _days(setting: str, start: dt.datetime) -> dt.date:
    return timezone.localdate(start) + dt.timedelta(days=getattr(settings, setting))


def _share_consent(
    *, actor: AbstractBaseUser, case: Case, partner: Organisation, given_how: str, now: dt.datetime
) -> Consent:
    """The person's consent to share with this partner: the one on record, or the one they give now."""
    found = Consent.objects.filter(
        person_id=case.person_id, purpose=Consent.Purpose.SHARE, partner=partner, withdrawn_at__isnull=True
    ).first()
    if found is not None:
        return found
    if not given_how:
        raise Refused(_("The person has not agreed to share with this partner. Ask them and record their consent."))
    given = ConsentGiven(Consent.Purpose.SHARE, given_how, partner)
    return record_consent(actor=actor, person=case.person, organisation=case.organisation, given=given, now=now)


@transaction.atomic
def send_referral(
    *,
    actor: AbstractBaseUser,
    sender: Organisation,
    partner: Organisation,
    offer: Offer | None,
    case: Case | None,
    contact: Contact | None,
    given_how: str,
    follow_up: FollowUp | None = None,
    language: str,
    needs_interpreter: bool,
    passed: Passed,
    channel: str,
    now: dt.datetime,
) -> Referral:
    """From a case (with the consent on record or given now), from an anonymous contact or from a home visit's open
    point (consent given now)."""
    if case is not None and case.status != Case.Status.OPEN:
        raise Refused(_("Referrals go out from open cases only."))
    consent = _share_consent(actor=actor, case=case, partner=partner, given_how=given_how, now=now) if case else None
    if consent is None and not given_how:
        raise Refused(_("Record how the person agreed to be referred."))
    wording = (
        consent.wording
        if consent
        else consent_wording(purpose=Consent.Purpose.SHARE, language=language, organisation=sender, partner=partner)
    )
    referral = Referral.objects.create(
        region_id=sender.region_id,
        sender=sender,
        partner=partner,
        offer=offer,
        case=case,
        contact=contact,
        home_visit_follow_up=follow_up,
        consent=consent,
        consent_given_how=consent.given_how if consent else given_how,
        consent_wording=wording,
        channel=channel,
        language=language,
        needs_interpreter=needs_interpreter,
        ciphertext=crypto.encrypt(json.dumps(passed.__dict__)),
        sent_by_id=actor.pk,
        due_on=_days("NAHBAR_REFERRAL_ANSWER_DAYS", now),
        sent_at=now,
    )
    if contact is not None and contact.outcome != Contact.Outcome.REFERRED:
        contact.outcome = Contact.Outcome.REFERRED
        contact.save(update_fields=["outcome"])
    if follow_up is not None:
        # The referral carries the point on from here, with its own due date and overdue warning.
        home_visits.complete_follow_up(actor=actor, follow_up=follow_up, today=timezone.localdate(now))
    if case is not None:
        audit.record(
            actor=actor,
            action="case.referred",
            target=case,
            region=case.region,
            organisation=case.organisation,
            changes={"referral": referral.pk, "partner": partner.pk},
        )
    _log(actor, "referral.sent", referral, channel=channel)
    return referral


def passed_on(referral: Referral) -> Passed | None:
    """What the referral says about the person, or None once it was deleted."""
    if not referral.ciphertext:
        return None
    return Passed(**json.loads(crypto.decrypt(referral.ciphertext)))


def reply_of(referral: Referral) -> str:
    return crypto.decrypt(referral.reply_ciphertext) if referral.reply_ciphertext else ""


def _locked(referral: Referral) -> Referral:
    return Referral.objects.select_for_update(of=("self",)).select_related("region", "sender").get(pk=referral.pk)


@transaction.atomic
def accept(*, actor: AbstractBaseUser, referral: Referral, now: dt.datetime, for_partner: bool = False) -> Referral:
    referral = _locked(referral)
    if referral.status != Referral.Status.SENT:
        raise Refused(_("Only a referral waiting for an answer can be accepted."))
    referral.status, referral.answered_at = Referral.Status.ACCEPTED, now
    referral.due_on = _days("NAHBAR_REFERRAL_REPORT_DAYS", now)
    referral.answered_for_partner = for_partner
    referral.save(update_fields=["status", "answered_at", "due_on", "answered_for_partner"])
    _log(actor, "referral.accepted", referral, for_partner=for_partner)
    return referral


@transaction.atomic
def decline(
    *, actor: AbstractBaseUser, referral: Referral, reason: str, note: str, now: dt.datetime, for_partner: bool = False
) -> Referral:
    referral = _locked(referral)
    if referral.status != Referral.Status.SENT:
        raise Refused(_("Only a referral waiting for an answer can be declined."))
    referral.status, referral.answered_at, referral.decline_reason = Referral.Status.DECLINED, now, reason
    referral.reply_ciphertext = crypto.encrypt(note) if note else None
    referral.answered_for_partner = for_partner
    referral.save(update_fields=["status", "answered_at", "decline_reason", "reply_ciphertext", "answered_for_partner"])
    _log(actor, "referral.declined", referral, reason=reason, for_partner=for_partner)
    return referral


@transaction.atomic
def report_back(
    *, actor: AbstractBaseUser, referral: Referral, report: str, now: dt.datetime, for_partner: bool = False
) -> Referral:
    referral = _locked(referral)
    if referral.status != Referral.Status.ACCEPTED:
        raise Refused(_("Only an accepted referral can be reported back on."))
    referral.status, referral.done_at = Referral.Status.DONE, now
    referral.reply_ciphertext = crypto.encrypt(report)
    referral.answered_for_partner = referral.answered_for_partner or for_partner
    referral.save(update_fields=["status", "done_at", "reply_ciphertext", "answered_for_partner"])
    _log(actor, "referral.reported_back", referral, for_partner=for_partner)
    return referral


@transaction.atomic
def record_partner_answer(
    *, actor: AbstractBaseUser, referral: Referral, step: str, reason: str, note: str, now: dt.datetime
) -> Referral:
    """The sender writes down what a partner without nahbar said by phone or letter; "done" includes accepting."""
    if step == "declined":
        return decline(actor=actor, referral=referral, reason=reason, note=note, now=now, for_partner=True)
    if referral.status == Referral.Status.SENT:
        referral = accept(actor=actor, referral=referral, now=now, for_partner=True)
    if step == "done":
        referral = report_back(actor=actor, referral=referral, report=note, now=now, for_partner=True)
    return referral


def _erase(referral: Referral, *, now: dt.datetime) -> None:
    referral.ciphertext, referral.reply_ciphertext, referral.erased_at = None, None, now
    fields = ["ciphertext", "reply_ciphertext", "erased_at"]
    if referral.is_open:
        referral.status, referral.withdrawn_at = Referral.Status.WITHDRAWN, now
        fields += ["status", "withdrawn_at"]
    referral.save(update_fields=fields)


@transaction.atomic
def withdraw(*, actor: AbstractBaseUser, referral: Referral, now: dt.datetime) -> Referral:
    """The sender takes an open referral back (the person changed their mind): the partner sees it no more."""
    referral = _locked(referral)
    if not referral.is_open:
        raise Refused(_("Only an open referral can be withdrawn."))
    _erase(referral, now=now)
    _log(actor, "referral.withdrawn", referral)
    return referral


def consent_withdrawn(*, consent: Consent, now: dt.datetime) -> None:
    """Called inside the withdrawal of a consent: what the referrals under it passed on is deleted at once."""
    for referral in Referral.objects.select_for_update().filter(consent=consent, erased_at__isnull=True):
        _erase(referral, now=now)


def erase_for_cases(case_ids: list[int], *, now: dt.datetime) -> None:
    """The cases' content is being deleted (retention, erasure): their referrals' messages go with it."""
    for referral in Referral.objects.filter(case_id__in=case_ids, erased_at__isnull=True):
        _erase(referral, now=now)


def delete_expired(*, now: dt.datetime, keep_days: int) -> int:
    """Referrals that ended before the retention period lose the person's name and message; the path stays."""
    cutoff = now - dt.timedelta(days=keep_days)
    expired = Referral.objects.filter(erased_at__isnull=True).filter(
        Q(status=Referral.Status.DONE, done_at__lt=cutoff) | Q(status=Referral.Status.DECLINED, answered_at__lt=cutoff)
    )
    count = 0
    for referral in expired:
        with transaction.atomic():
            _erase(referral, now=now)
            count += 1
    return count
