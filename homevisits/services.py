"""Welcome home visits: a household that agreed goes on the list, a visit is planned with someone who speaks its
language, the result (checklist and outcome) is recorded in one go and every open point becomes a follow-up with a
due date; households are erased at the household's wish or after the retention period, anonymous counts stay.

Every write goes into the audit log (core.audit) with who and when, never a label, phone number or note.
"""

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from django.conf import settings
from django.contrib.auth.models import AbstractBaseUser
from django.db import IntegrityError, transaction
from django.db.models import Exists, F, Max, OuterRef, Q
from django.utils.translation import gettext as _

from core import audit
from core.forms_contact import normalise_phone
from core.languages import CONTENT_LANGUAGES
from core.models import District, Organisation
from core.refusals import Refused
from counselling import crypto
from homevisits.models import (
    ChecklistCount,
    ChecklistPoint,
    FollowUp,
    Household,
    Visit,
    VisitCount,
    Volunteer,
)
from homevisits.selectors import visiting_staff

_PHONE = re.compile(r"\+[1-9]\d{6,14}")


class HomeVisitRefused(Refused):
    """Something asked of the home visits that cannot be done; `message` is translated, shown as it is."""


@dataclass(frozen=True)
class HouseholdDetails:
    """What the team keeps about a household: pseudonymous, and no more than the visit needs."""

    label: str
    district: District
    household_size: int
    languages: list[str]
    moved_in_on: dt.date
    consent_given_on: dt.date | None
    phone: str = ""


@dataclass(frozen=True)
class PointResult:
    """One checklist point as ticked after the visit."""

    kind: str
    checked: bool
    not_needed: bool = False
    label: str = ""  # only for "other"
    note: str = ""  # what is to be done, kept on the follow-up


def _log(actor: AbstractBaseUser | None, action: str, target: Any, household: Household, **changes: Any) -> None:
    audit.record(
        actor=actor,
        action=action,
        target=target,
        region=household.region,
        organisation=household.organisation,
        changes=changes,
    )


def check_consent_date(given_on: dt.date | None, *, today: dt.date) -> dt.date:
    if given_on is None:
        raise HomeVisitRefused(_("A household is put on the list only when it agreed: enter the day it agreed."))
    if given_on > today:
        raise HomeVisitRefused(_("The day the household agreed cannot be in the future."))
    return given_on


def clean_phone(value: str) -> str:
    """A number in the form +4923112345 ("" for none); anything that is no phone number is refused."""
    value = value.strip()
    if not value:
        return ""
    number = normalise_phone(value)
    if not _PHONE.fullmatch(number):
        raise HomeVisitRefused(_("Enter a phone number like 0231 1234567 or +49 151 2345678."))
    return number


def check_visit_day(household: Household, day: dt.date) -> None:
    if day < household.moved_in_on:
        raise HomeVisitRefused(_("A welcome home visit can only be on or after the day the household moved in."))


@transaction.atomic
def add_household(
    *, actor: AbstractBaseUser, organisation: Organisation, details: HouseholdDetails, today: dt.date
) -> Household:
    consent_given_on = check_consent_date(details.consent_given_on, today=today)
    if details.district.region_id != organisation.region_id:
        raise HomeVisitRefused(_("Choose a district of the organisation's town."))
    if not details.languages or not set(details.languages) <= set(CONTENT_LANGUAGES):
        raise HomeVisitRefused(_("Choose at least one language the household speaks."))
    phone = clean_phone(details.phone)
    household = Household.objects.create(
        region_id=organisation.region_id,
        organisation=organisation,
        district=details.district,
        label=" ".join(details.label.split()),
        household_size=details.household_size,
        languages=list(dict.fromkeys(details.languages)),
        moved_in_on=details.moved_in_on,
        consent_given_on=consent_given_on,
        phone_ciphertext=crypto.encrypt(phone) if phone else None,
        added_by_id=actor.pk,
    )
    _log(actor, "household.added", household, household, district=household.district_id, phone=bool(phone))
    return household


def read_household(*, actor: AbstractBaseUser, household: Household) -> str:
    """The household's phone number, decrypted ("" if none); the reading itself is logged."""
    _log(actor, "household.viewed", household, household)
    return crypto.decrypt(household.phone_ciphertext) if household.phone_ciphertext else ""


@transaction.atomic
def plan_visit(
    *,
    actor: AbstractBaseUser,
    household: Household,
    planned_on: dt.date,
    staff: AbstractBaseUser | None = None,
    volunteer: Volunteer | None = None,
) -> Visit:
    """Plan the household's visit, or change the visit already planned (day, who goes)."""
    if staff is not None and volunteer is not None:
        raise HomeVisitRefused(_("A visit is assigned to one person: a staff member or a volunteer, not both."))
    check_visit_day(household, planned_on)
    if volunteer is not None and volunteer.organisation_id != household.organisation_id:
        raise HomeVisitRefused(_("Choose someone from the list."))
    if staff is not None and staff.pk not in {user.pk for user in visiting_staff(household.organisation_id)}:
        raise HomeVisitRefused(_("Choose someone from the list."))
    # The household's row lock keeps two people planning at once from both creating a visit.
    Household.objects.select_for_update().filter(pk=household.pk).first()
    visit = household.visits.filter(status=Visit.Status.PLANNED).first()
    action = "home_visit.replanned" if visit else "home_visit.planned"
    if visit is None:
        visit = Visit(household=household)
    visit.planned_on = planned_on
    visit.staff_id = staff.pk if staff else None
    visit.volunteer = volunteer
    try:
        with transaction.atomic():
            visit.save()
    except IntegrityError as error:
        raise HomeVisitRefused(_("Someone else planned this visit just now. Please look at it again.")) from error
    _log(
        actor,
        action,
        visit,
        household,
        planned_on=planned_on.isoformat(),
        staff=visit.staff_id,
        volunteer=visit.volunteer_id,
    )
    return visit


def follow_up_days() -> int:
    return int(settings.NAHBAR_HOME_VISIT_FOLLOW_UP_DAYS)


def _locked_planned(visit: Visit) -> Visit:
    locked = Visit.objects.select_for_update().select_related("household").filter(pk=visit.pk).first()
    if locked is None or locked.status != Visit.Status.PLANNED:
        raise HomeVisitRefused(_("The result of this visit is already recorded."))
    return locked


def _check_done_on(household: Household, done_on: dt.date, today: dt.date) -> None:
    check_visit_day(household, done_on)
    if done_on > today:
        raise HomeVisitRefused(_("The day of the visit cannot be in the future."))


def _check_points(points: Sequence[PointResult]) -> None:
    kinds = [point.kind for point in points if point.kind != ChecklistPoint.Kind.OTHER]
    if len(kinds) != len(set(kinds)) or not set(kinds) <= set(ChecklistPoint.Kind.values):
        raise HomeVisitRefused(_("Each point of the checklist can be ticked once."))
    for point in points:
        if point.kind == ChecklistPoint.Kind.OTHER and not point.label.strip():
            raise HomeVisitRefused(_("Name the other point, or leave it empty."))
        if point.checked and point.not_needed:
            name = point.label.strip() or str(ChecklistPoint.Kind(point.kind).label)
            raise HomeVisitRefused(settled_and_not_needed(name))


def settled_and_not_needed(point: str) -> str:
    return _("%(point)s: ticked as settled and as needing no follow-up. Choose one of the two.") % {"point": point}


def _month(day: dt.date) -> dt.date:
    return day.replace(day=1)


def _count_visit(visit: Visit, household: Household) -> None:
    counted, _created = VisitCount.objects.get_or_create(
        organisation_id=household.organisation_id,
        district_id=household.district_id,
        month=_month(visit.done_on or visit.planned_on),
        status=visit.status,
        outcome=visit.outcome,
        defaults={"region_id": household.region_id},
    )
    VisitCount.objects.filter(pk=counted.pk).update(
        visits=F("visits") + 1, people=F("people") + household.household_size
    )


def _count_point(point: ChecklistPoint, household: Household, month: dt.date) -> None:
    if point.checked:
        result = ChecklistCount.Result.CHECKED
    elif point.not_needed:
        result = ChecklistCount.Result.NOT_NEEDED
    else:
        result = ChecklistCount.Result.FOLLOW_UP
    counted, _created = ChecklistCount.objects.get_or_create(
        organisation_id=household.organisation_id,
        district_id=household.district_id,
        month=month,
        kind=point.kind,
        result=result,
        defaults={"region_id": household.region_id},
    )
    ChecklistCount.objects.filter(pk=counted.pk).update(points=F("points") + 1)


@transaction.atomic
def record_result(
    *,
    actor: AbstractBaseUser,
    visit: Visit,
    done_on: dt.date,
    outcome: str,
    note: str,
    points: Sequence[PointResult],
    today: dt.date,
) -> list[FollowUp]:
    """The visit took place: its checklist and outcome, together or not at all. Every point that is neither
    settled nor marked "no follow-up needed" becomes an open follow-up, due NAHBAR_HOME_VISIT_FOLLOW_UP_DAYS
    from today. The anonymous counts go up at the same time."""
    visit = _locked_planned(visit)
    household = visit.household
    _check_done_on(household, done_on, today)
    if outcome not in Visit.Outcome.values:
        raise HomeVisitRefused(_("Choose the outcome of the visit."))
    _check_points(points)
    visit.status, visit.done_on, visit.outcome = Visit.Status.DONE, done_on, outcome
    visit.outcome_note = note.strip()
    visit.recorded_by_id = actor.pk
    visit.save(update_fields=["status", "done_on", "outcome", "outcome_note", "recorded_by"])
    due_on = today + dt.timedelta(days=follow_up_days())
    follow_ups = []
    for given in points:
        point = ChecklistPoint.objects.create(
            visit=visit,
            kind=given.kind,
            label=given.label.strip() if given.kind == ChecklistPoint.Kind.OTHER else "",
            checked=given.checked,
            not_needed=given.not_needed,
        )
        if not point.checked and not point.not_needed:
            follow_ups.append(
                FollowUp.objects.create(
                    household=household, point=point, text=given.note.strip(), due_on=due_on, created_by_id=actor.pk
                )
            )
        _count_point(point, household, _month(done_on))
    _count_visit(visit, household)
    _log(
        actor,
        "home_visit.result_recorded",
        visit,
        household,
        outcome=outcome,
        checklist={point.kind: _result_name(point) for point in points if point.kind != ChecklistPoint.Kind.OTHER},
        follow_ups=[follow_up.pk for follow_up in follow_ups],
    )
    return follow_ups


def _result_name(point: PointResult) -> str:
    return "checked" if point.checked else "not_needed" if point.not_needed else "follow_up"


@transaction.atomic
def record_not_met(*, actor: AbstractBaseUser, visit: Visit, tried_on: dt.date, note: str, today: dt.date) -> Visit:
    """Nobody was met: the attempt is kept (and counted), and a new visit can be planned."""
    visit = _locked_planned(visit)
    _check_done_on(visit.household, tried_on, today)
    visit.status, visit.done_on, visit.outcome_note = Visit.Status.NOT_MET, tried_on, note.strip()
    visit.recorded_by_id = actor.pk
    visit.save(update_fields=["status", "done_on", "outcome_note", "recorded_by"])
    _count_visit(visit, visit.household)
    _log(actor, "home_visit.not_met", visit, visit.household)
    return visit


@transaction.atomic
def complete_follow_up(*, actor: AbstractBaseUser, follow_up: FollowUp, today: dt.date) -> None:
    locked = FollowUp.objects.select_for_update().select_related("household").get(pk=follow_up.pk)
    if locked.done_on is None:
        locked.done_on = today
        locked.save(update_fields=["done_on"])
        _log(actor, "home_visit.follow_up_done", locked, locked.household)


@transaction.atomic
def erase_household(*, actor: AbstractBaseUser | None, household: Household, reason: str) -> None:
    """The household, its visits, checklists and follow-ups are deleted; the anonymous counts stay."""
    _log(actor, "household.erased", household, household, reason=reason)
    Household.objects.filter(pk=household.pk).delete()


def delete_expired(*, today: dt.date, keep_days: int | None = None) -> int:
    """Households with no visit planned and no follow-up open, where nothing happened for the retention period
    (counted from the last visit, attempt or follow-up done, or from the day they agreed if never visited), are
    erased. What stays: the anonymous counts (district, month, outcome, checklist results)."""
    keep_days = settings.NAHBAR_HOME_VISIT_RETENTION_DAYS if keep_days is None else keep_days
    cutoff = today - dt.timedelta(days=keep_days)
    expired = (
        Household.objects.exclude(Exists(Visit.objects.filter(household=OuterRef("pk"), status="planned")))
        .exclude(Exists(FollowUp.objects.filter(household=OuterRef("pk"), done_on__isnull=True)))
        .filter(consent_given_on__lt=cutoff)
        .annotate(last_visit=Max("visits__done_on"), last_follow_up=Max("follow_ups__done_on"))
        .filter(Q(last_visit__isnull=True) | Q(last_visit__lt=cutoff))
        .filter(Q(last_follow_up__isnull=True) | Q(last_follow_up__lt=cutoff))
        .select_related("region", "organisation")
    )
    erased = 0
    for household in expired:
        erase_household(actor=None, household=household, reason="retention")
        erased += 1
    return erased


@transaction.atomic
def add_volunteer(
    *, actor: AbstractBaseUser, organisation: Organisation, display_name: str, languages: list[str]
) -> Volunteer:
    name = " ".join(display_name.split())
    if Volunteer.objects.filter(organisation=organisation, display_name=name).exists():
        raise HomeVisitRefused(_("A volunteer of this name is already on the list."))
    volunteer = Volunteer.objects.create(
        region_id=organisation.region_id, organisation=organisation, display_name=name, languages=languages
    )
    audit.record(
        actor=actor,
        action="home_visit.volunteer_added",
        target=volunteer,
        region=organisation.region,
        organisation=organisation,
        changes={"languages": languages},
    )
    return volunteer


@transaction.atomic
def remove_volunteer(*, actor: AbstractBaseUser, volunteer: Volunteer) -> None:
    """The volunteer's record goes; visits they had planned stay, without anyone assigned."""
    audit.record(
        actor=actor,
        action="home_visit.volunteer_removed",
        target=volunteer,
        region=volunteer.organisation.region,
        organisation=volunteer.organisation,
    )
    volunteer.delete()
