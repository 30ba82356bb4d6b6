"""Reads for sign-up pages, the staff lists and the reports; a fixed number of queries each."""

import datetime as dt
from dataclasses import dataclass

from django.db.models import Q, QuerySet
from django.http import Http404

from core.access import StaffScope
from core.models import Region
from core.personal_links import token_hash
from events.models import Event, Occurrence, SignUp


def _occurrences() -> QuerySet[Occurrence]:
    return Occurrence.objects.select_related("event__region", "event__organiser", "event__location").prefetch_related(
        "event__translations"
    )


def public_occurrence(region: Region, id_or_slug: str, occurrence_id: int) -> Occurrence:
    event_lookup = Q(event__slug=id_or_slug) | (Q(event_id=int(id_or_slug)) if id_or_slug.isdigit() else Q())
    occurrence = (
        _occurrences()
        .filter(event_lookup, pk=occurrence_id, event__region=region, event__status=Event.Status.PUBLISHED)
        .first()
    )
    if occurrence is None:
        raise Http404
    return occurrence


def signup_by_token(region: Region, token: str) -> SignUp:
    signup = (
        SignUp.objects.select_related(
            "occurrence__event__region", "occurrence__event__organiser", "occurrence__event__location"
        )
        .prefetch_related("occurrence__event__translations")
        .filter(token_hash=token_hash(token), occurrence__region=region)
        .first()
    )
    if signup is None:
        raise Http404
    return signup


def waiting_position(signup: SignUp) -> int | None:
    """1 for the first in the queue; None when the person is not waiting."""
    if signup.status != SignUp.Status.WAITING:
        return None
    ahead = SignUp.objects.filter(occurrence_id=signup.occurrence_id, status=SignUp.Status.WAITING).filter(
        Q(created_at__lt=signup.created_at) | Q(created_at=signup.created_at, id__lt=signup.pk)
    )
    return ahead.count() + 1


def staff_occurrence(scope: StaffScope, event_id: int, occurrence_id: int) -> Occurrence:
    """The date, if this staff member keeps the organiser's events current; 404 or 403 otherwise."""
    occurrence = _occurrences().filter(pk=occurrence_id, event_id=event_id).first()
    if occurrence is None:
        raise Http404
    scope.require_content(organisation_id=occurrence.event.organiser_id, region_id=occurrence.event.region_id)
    return occurrence


def signups_of(occurrence: Occurrence) -> dict[str, list[SignUp]]:
    """The date's sign-ups by status, each in queue order."""
    grouped: dict[str, list[SignUp]] = {status: [] for status in SignUp.Status.values}
    for signup in occurrence.signups.select_related("registered_by").order_by("created_at", "id"):
        grouped[signup.status].append(signup)
    return grouped


@dataclass(frozen=True)
class Attendance:
    occurrence_id: int
    event_id: int
    event_title: str
    organiser_id: int
    starts_at: dt.datetime
    is_cancelled: bool
    signed_up: int
    waiting: int
    # People ticked as present among the sign-ups.
    attended: int
    head_count: int | None

    @property
    def people(self) -> int:
        """Who came: the head count where staff counted heads, else the ticked sign-ups."""
        return self.head_count if self.head_count is not None else self.attended


def attendance_figures(region: Region, start: dt.datetime, end: dt.datetime) -> list[Attendance]:
    """Counts per date starting in [start, end): only figures, so they survive the deletion of names."""
    rows = (
        Occurrence.objects.filter(region=region, starts_at__gte=start, starts_at__lt=end)
        .order_by("starts_at", "id")
        .values_list(
            "id", "event_id", "event__title", "event__organiser_id", "starts_at", "is_cancelled",
            "places_taken", "places_waiting", "places_attended", "head_count",
        )
    )  # fmt: skip
    return [Attendance(*row) for row in rows]
