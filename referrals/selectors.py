"""Reads of referrals: the sending organisation's and the partner's counsellors and managers, nobody else."""

import datetime as dt

from django.db.models import Q, QuerySet
from django.http import Http404

from core.access import StaffScope
from core.models import Membership, Organisation
from counselling.models import Case, Contact
from directory.models import Offer
from referrals.models import Referral

LIST_SIZE = 100


def _related(found: QuerySet[Referral]) -> QuerySet[Referral]:
    return found.select_related("sender", "partner", "offer", "region")


def visible_to(scope: StaffScope) -> QuerySet[Referral]:
    mine = scope.counselled_organisation_ids
    return _related(Referral.objects.filter(Q(sender__in=mine) | Q(partner__in=mine)))


def received(scope: StaffScope) -> list[Referral]:
    """The partner's inbox: waiting for an answer first, then accepted ones waiting for the report, then the rest."""
    found = Referral.objects.filter(partner__in=scope.counselled_organisation_ids).exclude(
        status=Referral.Status.WITHDRAWN
    )
    return _sorted(list(_related(found).order_by("-sent_at", "-pk")[:LIST_SIZE]))


def sent(scope: StaffScope) -> list[Referral]:
    found = Referral.objects.filter(sender__in=scope.counselled_organisation_ids)
    return _sorted(list(_related(found).order_by("-sent_at", "-pk")[:LIST_SIZE]))


def _sorted(referrals: list[Referral]) -> list[Referral]:
    order = {Referral.Status.SENT: 0, Referral.Status.ACCEPTED: 1}
    return sorted(referrals, key=lambda referral: order.get(referral.status, 2))  # type: ignore[call-overload]


def referral_for(scope: StaffScope, referral_id: int) -> Referral:
    found = visible_to(scope).filter(pk=referral_id).select_related("case__person", "consent").first()
    if found is None:
        raise Http404
    return found


def overdue(scope: StaffScope, *, today: dt.date) -> list[Referral]:
    """Open referrals past their day: answers the user's organisations owe, and answers they wait for."""
    open_ones = visible_to(scope).filter(status__in=[Referral.Status.SENT, Referral.Status.ACCEPTED], due_on__lt=today)
    return list(open_ones.order_by("due_on", "pk")[:LIST_SIZE])


def of_case(case: Case) -> list[Referral]:
    return list(_related(Referral.objects.filter(case=case)).order_by("-sent_at", "-pk"))


def partners_for(sender: Organisation) -> QuerySet[Organisation]:
    return Organisation.objects.filter(region=sender.region_id).exclude(pk=sender.pk).order_by("name")


def offers_for(sender: Organisation) -> QuerySet[Offer]:
    return (
        Offer.objects.filter(region=sender.region_id, status=Offer.Status.PUBLISHED)
        .exclude(provider=sender)
        .select_related("provider")
        .order_by("title")
    )


def on_nahbar(partner: Organisation) -> bool:
    """Whether someone at the partner can answer in nahbar: a counsellor or manager to read the inbox."""
    return Membership.objects.filter(
        organisation=partner, role__in=[Membership.Role.COUNSELLOR, Membership.Role.MANAGER]
    ).exists()


def contact_for(scope: StaffScope, contact_id: int) -> Contact:
    found = Contact.objects.filter(pk=contact_id, organisation__in=scope.counselled_organisation_ids).first()
    if found is None:
        raise Http404
    return found
