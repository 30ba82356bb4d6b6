"""Reading a referral: what it passed on, the partner's words and, for the partner, the case it shares.

Every reading is logged, as for cases: a referral names a person.
"""

from typing import Any

from django.contrib.auth.models import AbstractBaseUser

from core import audit
from core.access import StaffScope
from counselling import cases
from counselling.models import CaseItem
from referrals.forms import AnswerForPartnerForm, DeclineForm, ReportForm
from referrals.models import Referral
from referrals.services import passed_on, reply_of


def shares_case(referral: Referral) -> bool:
    """A case is shared with the partner while the referral stands and the consent to share it does."""
    return (
        referral.case is not None
        and referral.erased_at is None
        and referral.consent is not None
        and referral.consent.withdrawn_at is None
        and referral.status in (Referral.Status.SENT, Referral.Status.ACCEPTED, Referral.Status.DONE)
    )


def read(*, actor: AbstractBaseUser, scope: StaffScope, referral: Referral, **forms: Any) -> dict[str, Any]:
    is_partner = scope.can_counsel(organisation_id=referral.partner_id)
    is_sender = scope.can_counsel(organisation_id=referral.sender_id)
    audit.record(
        actor=actor,
        action="referral.viewed",
        target=referral,
        region=referral.region,
        organisation=referral.sender,
        changes={"partner": referral.partner_id, "by_partner": is_partner and not is_sender},
    )
    shared: list[tuple[CaseItem, str]] | None = None
    if is_partner and not is_sender and shares_case(referral):
        case = referral.case
        assert case is not None
        audit.record(
            actor=actor,
            action="case.viewed_by_partner",
            target=case,
            region=case.region,
            organisation=case.organisation,
            changes={"referral": referral.pk, "partner": referral.partner_id},
        )
        shared = [(item, text) for item, text in cases.items_of(case) if item.kind != CaseItem.Kind.FOLLOW_UP]
    return {
        "referral": referral,
        "passed": passed_on(referral),
        "reply": reply_of(referral),
        "is_partner": is_partner,
        "is_sender": is_sender,
        "shared_items": shared,
        "decline_form": forms.get("decline_form") or DeclineForm(prefix="decline"),
        "report_form": forms.get("report_form") or ReportForm(prefix="report"),
        "answer_form": forms.get("answer_form") or AnswerForPartnerForm(prefix="answer"),
    }
