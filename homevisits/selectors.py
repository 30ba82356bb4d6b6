"""Reads of the home visits: only the organisation's counsellors and managers, never across organisations."""

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from django.contrib.auth import get_user_model
from django.db.models import Count, Exists, OuterRef, Prefetch, Q, QuerySet, Subquery
from django.http import Http404

from core.access import StaffScope
from core.languages import ENDONYMS
from core.models import Membership
from counselling.paging import PageOf, page_by_ids
from homevisits.models import FollowUp, Household, Visit, Volunteer

PAGE_SIZE = 25
# Roles whose members may be assigned a visit: they are the ones who see the household.
VISITING_ROLES = (Membership.Role.COUNSELLOR, Membership.Role.MANAGER)


class State:
    """The list's filter: households not visited yet, with a visit planned, or visited."""

    NOT_VISITED = "not_visited"
    PLANNED = "planned"
    DONE = "done"
    ALL = (NOT_VISITED, PLANNED, DONE)


def households_for(scope: StaffScope) -> QuerySet[Household]:
    return Household.objects.filter(organisation__in=scope.counselled_organisation_ids)


def _visits(status: str) -> QuerySet[Visit]:
    return Visit.objects.filter(household=OuterRef("pk"), status=status)


def household_page(
    scope: StaffScope, *, state: str = "", district_id: int | None = None, number: str | int = 1
) -> PageOf[Household]:
    """Newest move-ins first, a page at a time; each row knows its planned visit, its last visit and how many
    follow-ups are open (the same few queries for any page)."""
    found = households_for(scope)
    if state == State.NOT_VISITED:
        found = found.exclude(Exists(_visits(Visit.Status.DONE)))
    elif state == State.PLANNED:
        found = found.filter(Exists(_visits(Visit.Status.PLANNED)))
    elif state == State.DONE:
        found = found.filter(Exists(_visits(Visit.Status.DONE)))
    if district_id is not None:
        found = found.filter(district_id=district_id)
    ids = found.order_by("-moved_in_on", "-pk").values_list("pk", flat=True)

    def load(wanted: list[int]) -> QuerySet[Household]:
        planned = Visit.objects.filter(status=Visit.Status.PLANNED).select_related("staff", "volunteer")
        return (
            Household.objects.filter(pk__in=wanted)
            .select_related("district", "organisation")
            .annotate(
                last_visited_on=Subquery(_visits(Visit.Status.DONE).order_by("-done_on").values("done_on")[:1]),
                open_follow_ups=Count("follow_ups", filter=Q(follow_ups__done_on__isnull=True)),
            )
            .prefetch_related(Prefetch("visits", queryset=planned, to_attr="planned_visits"))
        )

    return page_by_ids(ids, load, number=number, size=PAGE_SIZE)


def household_for(scope: StaffScope, household_id: int) -> Household:
    found = households_for(scope).filter(pk=household_id).select_related("district", "organisation", "region").first()
    if found is None:
        raise Http404
    return found


def visits_of(household: Household) -> list[Visit]:
    """Newest first, each with its checklist and the follow-ups made from it."""
    return list(
        household.visits.select_related("staff", "volunteer")
        .prefetch_related("points__follow_up")
        .order_by("-planned_on", "-pk")
    )


def open_follow_ups_of(household: Household) -> list[FollowUp]:
    return list(household.follow_ups.filter(done_on__isnull=True).select_related("point").order_by("due_on", "pk"))


def visit_for(scope: StaffScope, visit_id: int) -> Visit:
    found = (
        Visit.objects.filter(pk=visit_id, household__organisation__in=scope.counselled_organisation_ids)
        .select_related("household__district", "household__organisation", "staff", "volunteer")
        .first()
    )
    if found is None:
        raise Http404
    return found


def follow_up_for(scope: StaffScope, follow_up_id: int) -> FollowUp:
    found = (
        FollowUp.objects.filter(pk=follow_up_id, household__organisation__in=scope.counselled_organisation_ids)
        .select_related("household")
        .first()
    )
    if found is None:
        raise Http404
    return found


def volunteer_for(scope: StaffScope, volunteer_id: int) -> Volunteer:
    found = (
        Volunteer.objects.filter(pk=volunteer_id, organisation__in=scope.counselled_organisation_ids)
        .select_related("organisation__region")
        .first()
    )
    if found is None:
        raise Http404
    return found


def visiting_staff(organisation_id: int) -> list[Any]:
    """The organisation's counsellors and managers: staff who may be assigned a visit."""
    members = Membership.objects.filter(organisation_id=organisation_id, role__in=VISITING_ROLES)
    users = get_user_model().objects.filter(pk__in=members.values("user_id"), is_active=True)
    return sorted(users, key=lambda user: (user.get_full_name() or user.get_username()).lower())


def volunteers_of(organisation_id: int) -> list[Volunteer]:
    return list(Volunteer.objects.filter(organisation_id=organisation_id).order_by("display_name", "pk"))


@dataclass(frozen=True)
class Assignee:
    """Someone who can visit: `value` is what the planning form sends ("volunteer:3", "staff:12")."""

    value: str
    name: str
    is_volunteer: bool
    # Languages the person speaks (volunteers only; staff have no language list), as their own names.
    languages: tuple[str, ...] = ()
    # Those of them the household speaks too: a match is suggested first.
    shared: tuple[str, ...] = ()
    volunteer: Volunteer | None = field(default=None, compare=False)
    user: Any = field(default=None, compare=False)

    @property
    def matches(self) -> bool:
        return bool(self.shared)


def suggest_assignees(household: Household) -> list[Assignee]:
    """The organisation's volunteers, those who speak one of the household's languages first, then its
    counsellors and managers (whose languages nahbar does not know)."""
    spoken = list(household.languages)
    volunteers = [
        Assignee(
            value=f"volunteer:{volunteer.pk}",
            name=volunteer.display_name,
            is_volunteer=True,
            languages=tuple(ENDONYMS.get(code, code) for code in volunteer.languages),
            shared=tuple(ENDONYMS.get(code, code) for code in spoken if code in volunteer.languages),
            volunteer=volunteer,
        )
        for volunteer in volunteers_of(household.organisation_id)
    ]
    volunteers.sort(key=lambda assignee: (not assignee.matches, assignee.name.lower()))
    staff = [
        Assignee(
            value=f"staff:{user.pk}", name=user.get_full_name() or user.get_username(), is_volunteer=False, user=user
        )
        for user in visiting_staff(household.organisation_id)
    ]
    return volunteers + staff


def overdue_follow_ups(scope: StaffScope, today: dt.date, *, limit: int | None = None) -> list[FollowUp]:
    """Open follow-ups whose due date has passed, oldest due first, with their household and checklist point: for
    the staff dashboard of the organisation's counsellors and managers."""
    return list(
        FollowUp.objects.filter(
            household__organisation__in=scope.counselled_organisation_ids, done_on__isnull=True, due_on__lt=today
        )
        .select_related("household__district", "household__organisation", "point")
        .order_by("due_on", "pk")[:limit]
    )
