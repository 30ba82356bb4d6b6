"""Signing up for a date, cancelling, moving up from the waiting list, and attendance.

Every change locks the date's row first, so two people signing up at the same moment are served one after the
other and `places_taken` never passes the capacity; the database's check constraint is the last line of defence.
"""

import datetime as dt
from collections.abc import Collection
from dataclasses import dataclass

from django.contrib.auth.models import AbstractBaseUser
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from core import audit
from core.personal_links import new_token, token_hash
from core.refusals import Refused
from events.models import Event, Occurrence, SignUp


class SignUpRefused(Refused):
    """A sign-up or cancellation that cannot be done; `message` is shown to the person, translated."""


@dataclass(frozen=True)
class Person:
    """What a sign-up form collects: the least that serves the work."""

    name: str
    party_size: int = 1
    phone: str = ""
    email: str = ""
    wants_reminder: bool = False


def _locked(occurrence_id: int) -> Occurrence:
    return (
        Occurrence.objects.select_for_update(of=("self",))
        .select_related("event__region", "event__organiser")
        .get(pk=occurrence_id)
    )


def closed_reason(occurrence: Occurrence, *, now: dt.datetime, public: bool) -> str | None:
    """Why nobody can sign up for this date now, or None when sign-up is open."""
    event = occurrence.event
    if not event.signup_enabled:
        return str(_("This event needs no sign-up. Just come along."))
    if public and event.status != Event.Status.PUBLISHED:
        return str(_("This event is not open for sign-up."))
    if occurrence.is_cancelled:
        return str(_("This date has been cancelled."))
    if occurrence.starts_at <= now:
        return str(_("This date has already begun or is over. Sign-up is closed."))
    return None


def _fits(occurrence: Occurrence, party_size: int) -> bool:
    return occurrence.capacity is None or occurrence.places_taken + party_size <= occurrence.capacity


def _check_party(occurrence: Occurrence, party_size: int) -> None:
    event = occurrence.event
    if not 1 <= party_size <= event.max_party_size:
        raise SignUpRefused(
            str(_("Please sign up between 1 and %(most)d people at once.") % {"most": event.max_party_size})
        )
    if not _fits(occurrence, party_size) and not event.waiting_list:
        left = occurrence.places_left or 0
        if left:
            raise SignUpRefused(str(_("Only %(left)d places are left. Please sign up fewer people.") % {"left": left}))
        raise SignUpRefused(str(_("Sorry, this date is fully booked.")))


def _notify_after_commit(task_name: str, *args: object) -> None:
    # Imported here: tasks import this module.
    from events import tasks

    task = getattr(tasks, task_name)
    transaction.on_commit(lambda: task.delay(*args))


@transaction.atomic
def sign_up(
    *,
    occurrence_id: int,
    person: Person,
    language: str,
    registered_by: AbstractBaseUser | None = None,
    now: dt.datetime | None = None,
) -> tuple[SignUp, str]:
    """A place if the party fits, else the waiting list (if the event keeps one). Returns the sign-up and its
    personal link's secret, which is never stored and so can be shown only now."""
    occurrence = _locked(occurrence_id)
    reason = closed_reason(occurrence, now=now or timezone.now(), public=registered_by is None)
    if reason:
        raise SignUpRefused(reason)
    _check_party(occurrence, person.party_size)
    confirmed = _fits(occurrence, person.party_size)
    if confirmed:
        occurrence.places_taken += person.party_size
    else:
        occurrence.places_waiting += person.party_size
    occurrence.save(update_fields=["places_taken", "places_waiting"])
    token = new_token()
    signup = SignUp.objects.create(
        occurrence=occurrence,
        status=SignUp.Status.CONFIRMED if confirmed else SignUp.Status.WAITING,
        name=person.name,
        party_size=person.party_size,
        phone=person.phone,
        email=person.email,
        wants_reminder=person.wants_reminder and bool(person.phone or person.email),
        language=language,
        token_hash=token_hash(token),
        registered_by=registered_by,  # type: ignore[misc]
    )
    if registered_by is not None:
        _record(registered_by, "event.signup_added", signup, occurrence)
    if signup.phone or signup.email:
        _notify_after_commit("send_confirmation", signup.pk, token)
    return signup, token


def _move_up(occurrence: Occurrence, *, now: dt.datetime) -> list[SignUp]:
    """Give freed places to the waiting list: first come, first served among those whose party fits."""
    moved: list[SignUp] = []
    for waiting in occurrence.signups.filter(status=SignUp.Status.WAITING).order_by("created_at", "id"):
        if occurrence.capacity is not None and occurrence.places_taken >= occurrence.capacity:
            break
        if not _fits(occurrence, waiting.party_size):
            continue
        waiting.status, waiting.moved_up_at = SignUp.Status.CONFIRMED, now
        waiting.save(update_fields=["status", "moved_up_at", "updated_at"])
        occurrence.places_taken += waiting.party_size
        occurrence.places_waiting -= waiting.party_size
        moved.append(waiting)
    return moved


@transaction.atomic
def cancel_signup(
    *, signup_id: int, actor: AbstractBaseUser | None = None, now: dt.datetime | None = None
) -> list[SignUp]:
    """Cancel a sign-up (by its person or by staff on their behalf); returns who moved up into the freed places."""
    now = now or timezone.now()
    occurrence_id = SignUp.objects.values_list("occurrence_id", flat=True).get(pk=signup_id)
    occurrence = _locked(occurrence_id)
    signup = SignUp.objects.get(pk=signup_id)
    if signup.status == SignUp.Status.CANCELLED:
        return []
    if occurrence.starts_at <= now:
        raise SignUpRefused(str(_("This date has already begun or is over. The sign-up can no longer be cancelled.")))
    if signup.status == SignUp.Status.CONFIRMED:
        occurrence.places_taken -= signup.party_size
    else:
        occurrence.places_waiting -= signup.party_size
    signup.status = SignUp.Status.CANCELLED
    signup.save(update_fields=["status", "updated_at"])
    moved = _move_up(occurrence, now=now) if not occurrence.is_cancelled else []
    occurrence.save(update_fields=["places_taken", "places_waiting"])
    if actor is not None:
        _record(actor, "event.signup_cancelled", signup, occurrence)
    notify = [waiting.pk for waiting in moved if waiting.phone or waiting.email]
    if notify:
        _notify_after_commit("send_moved_up_notices", notify)
    return moved


@transaction.atomic
def fill_from_waiting_list(*, occurrence_id: int, now: dt.datetime | None = None) -> list[SignUp]:
    """After places were added to a date: move people up as if someone had cancelled."""
    now = now or timezone.now()
    occurrence = _locked(occurrence_id)
    if occurrence.is_cancelled or occurrence.starts_at <= now:
        return []
    moved = _move_up(occurrence, now=now)
    if moved:
        occurrence.save(update_fields=["places_taken", "places_waiting"])
        notify = [waiting.pk for waiting in moved if waiting.phone or waiting.email]
        if notify:
            _notify_after_commit("send_moved_up_notices", notify)
    return moved


@transaction.atomic
def record_attendance(
    *, actor: AbstractBaseUser, occurrence_id: int, present_ids: Collection[int], head_count: int | None
) -> Occurrence:
    """Names ticked as present (the others confirmed count as absent) and/or a head count, for the reports."""
    occurrence = _locked(occurrence_id)
    confirmed = list(occurrence.signups.filter(status=SignUp.Status.CONFIRMED))
    for signup in confirmed:
        signup.attended = signup.pk in present_ids
    SignUp.objects.bulk_update(confirmed, ["attended"])
    before = [occurrence.places_attended, occurrence.head_count]
    occurrence.places_attended = sum(signup.party_size for signup in confirmed if signup.attended)
    occurrence.head_count = head_count
    occurrence.save(update_fields=["places_attended", "head_count"])
    audit.record(
        actor=actor,
        action="event.attendance",
        target=occurrence,
        region=occurrence.event.region,
        organisation=occurrence.event.organiser,
        changes={"attended": [before[0], occurrence.places_attended], "head_count": [before[1], head_count]},
    )
    return occurrence


def _record(actor: AbstractBaseUser, action: str, signup: SignUp, occurrence: Occurrence) -> None:
    # No name or contact in the log: it outlives the sign-up's personal data.
    audit.record(
        actor=actor,
        action=action,
        target=signup,
        region=occurrence.event.region,
        organisation=occurrence.event.organiser,
        changes={
            "occurrence": [None, occurrence.pk],
            "party_size": [None, signup.party_size],
            "status": [None, signup.status],
        },
    )


@transaction.atomic
def delete_personal_data(*, occurrence_id: int, now: dt.datetime | None = None) -> int:
    """The retention rule: a date's sign-ups go, its counts stay. Returns how many sign-ups were deleted."""
    occurrence = _locked(occurrence_id)
    if occurrence.personal_data_deleted_at is not None:
        return 0
    deleted, _by_model = occurrence.signups.all().delete()
    occurrence.personal_data_deleted_at = now or timezone.now()
    occurrence.save(update_fields=["personal_data_deleted_at"])
    audit.record(
        actor=None,
        action="event.signups_deleted",
        target=occurrence,
        region=occurrence.event.region,
        organisation=occurrence.event.organiser,
        changes={"signups": [deleted, 0]},
    )
    return deleted
