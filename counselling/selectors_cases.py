"""Reads of cases: only the organisation's counsellors and managers, never across organisations."""

from django.db.models import QuerySet
from django.http import Http404

from core.access import StaffScope
from counselling.models import Case, CaseItem, Consent
from counselling.paging import PageOf, page_by_ids

PAGE_SIZE = 25


def cases_for(scope: StaffScope) -> QuerySet[Case]:
    return Case.objects.filter(organisation__in=scope.counselled_organisation_ids).select_related(
        "person", "organisation", "counsellor"
    )


def case_page(scope: StaffScope, number: str | int) -> PageOf[Case]:
    """Open cases first, newest first, a page at a time (ids from the organisation/status/opened index)."""
    ids = (
        Case.objects.filter(organisation__in=scope.counselled_organisation_ids)
        .order_by("-status", "-opened_on", "-pk")
        .values_list("pk", flat=True)
    )
    return page_by_ids(ids, lambda wanted: cases_for(scope).filter(pk__in=wanted), number=number, size=PAGE_SIZE)


def case_for(scope: StaffScope, case_id: int) -> Case:
    found = cases_for(scope).filter(pk=case_id).prefetch_related("person__consents__partner").first()
    if found is None:
        raise Http404
    return found


def consent_for(scope: StaffScope, consent_id: int) -> Consent:
    found = Consent.objects.filter(pk=consent_id, person__organisation__in=scope.counselled_organisation_ids).first()
    if found is None:
        raise Http404
    return found


def item_for(scope: StaffScope, item_id: int) -> CaseItem:
    found = (
        CaseItem.objects.filter(pk=item_id, case__organisation__in=scope.counselled_organisation_ids)
        .select_related("case")
        .first()
    )
    if found is None:
        raise Http404
    return found
