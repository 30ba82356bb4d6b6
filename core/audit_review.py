"""Reading the audit log: whose log a staff member may review, readable labels, and a page at a time.

Three kinds of log, each read along its own index from the newest entry (no count, no offset), so a page deep in
millions of entries costs what the first page costs:
- an organisation's log, for its managers: everything done at the organisation, case reads included;
- a region's log, for its coordinators: only offers, events, rounds, hours and imports. Coordinators see the town's
  figures, never its people, so entries about cases, people, appointments, sign-ups or referrals stay hidden
  (an allow-list: object types added later stay hidden until someone decides they carry nothing about people);
- one's own actions, for every staff member (counsellors and editors see what they did themselves).
"""

import datetime as dt
from dataclasses import dataclass
from typing import Any

from django.db.models import QuerySet
from django.utils import timezone
from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _

from core.access import StaffScope
from core.models import AuditEntry, Organisation, Region

PAGE_SIZE = 50

# What a coordinator may see of the region's log: content and organisation of the network, no person in it.
WITHOUT_PEOPLE = frozenset(
    {
        "directory.offer",
        "directory.project",
        "core.region",
        "core.location",
        "events.event",
        "events.occurrence",
        "participation.round",
        "counselling.consultationhours",
    }
)

ACTIONS: dict[str, Promise] = {
    "case.opened": _("Case opened"),
    "case.viewed": _("Case viewed"),
    "case.note_added": _("Note added"),
    "case.item_added": _("Need, goal or follow-up added"),
    "case.item_done": _("Need, goal or follow-up done"),
    "case.closed": _("Case closed"),
    "case.referred": _("Case referred to a partner"),
    "case.viewed_by_partner": _("Case viewed by a partner"),
    "cases.listed": _("Case list viewed"),
    "consent.withdrawn": _("Consent withdrawn"),
    "person.exported": _("Person's data exported"),
    "person.erased": _("Person's data erased"),
    "referral.sent": _("Referral sent"),
    "referral.viewed": _("Referral viewed"),
    "referral.accepted": _("Referral accepted"),
    "referral.declined": _("Referral declined"),
    "referral.reported_back": _("Referral reported back"),
    "referral.withdrawn": _("Referral withdrawn"),
    "appointment.booked": _("Appointment booked"),
    "appointment.cancelled": _("Appointment cancelled"),
    "appointment.attendance": _("Attendance of an appointment recorded"),
    "hours.created": _("Consultation hours created"),
    "hours.changed": _("Consultation hours changed"),
    "offer.created": _("Offer created"),
    "offer.changed": _("Offer changed"),
    "offer.published": _("Offer published"),
    "offer.draft": _("Offer taken offline"),
    "offer.archived": _("Offer archived"),
    "offer.reviewed": _("Offer checked as current"),
    "offer.imported": _("Offer imported"),
    "offers.imported": _("Offers imported from a spreadsheet"),
    "organisation.imported": _("Organisation imported"),
    "location.imported": _("Place imported"),
    "project.imported": _("Project imported"),
    "event.created": _("Event created"),
    "event.changed": _("Event changed"),
    "event.published": _("Event published"),
    "event.draft": _("Event taken offline"),
    "event.archived": _("Event archived"),
    "event.copied": _("Event copied"),
    "event.date_cancelled": _("Date cancelled"),
    "event.date_restored": _("Date restored"),
    "event.date_moved": _("Date moved"),
    "event.signup_added": _("Sign-up added on someone's behalf"),
    "event.signup_cancelled": _("Sign-up cancelled on someone's behalf"),
    "event.attendance": _("Attendance of a date recorded"),
    "event.signups_deleted": _("Sign-ups deleted after the retention period"),
    "round.created": _("Round created"),
    "round.changed": _("Round changed"),
    "round.voting_opened": _("Voting opened"),
    "round.closed": _("Round closed"),
    "round.proposal_added": _("Proposal added"),
    "round.proposal_hidden": _("Proposal hidden"),
    "round.codes_made": _("Voting codes made"),
    "round.assisted_vote": _("Helped someone vote"),
    "round.events_made": _("Events made from the winning proposals"),
    "audit.exported": _("Audit log downloaded"),
    "household.added": _("Household added for a welcome home visit"),
    "household.viewed": _("Household viewed"),
    "household.erased": _("Household erased"),
    "home_visit.planned": _("Home visit planned"),
    "home_visit.replanned": _("Home visit changed"),
    "home_visit.result_recorded": _("Result of a home visit recorded"),
    "home_visit.not_met": _("Home visit: nobody met"),
    "home_visit.follow_up_done": _("Follow-up of a home visit done"),
    "home_visit.volunteer_added": _("Volunteer added"),
    "home_visit.volunteer_removed": _("Volunteer removed"),
}
# Actions with a language at the end, e.g. "offer.translation.ar".
TRANSLATION_ACTIONS: dict[str, Promise] = {
    "offer.translation.": _("Offer translation changed"),
    "event.translation.": _("Event translation changed"),
    "round.proposal_translation.": _("Proposal translation changed"),
    "round.question_translation.": _("Question translation changed"),
}
OBJECT_TYPES: dict[str, Promise] = {
    "counselling.case": _("Case"),
    "counselling.person": _("Person"),
    "counselling.appointment": _("Appointment"),
    "counselling.consultationhours": _("Consultation hours"),
    "core.organisation": _("Organisation"),
    "core.region": _("Region"),
    "core.location": _("Place"),
    "directory.offer": _("Offer"),
    "directory.project": _("Project"),
    "events.event": _("Event"),
    "events.occurrence": _("Date"),
    "events.signup": _("Sign-up"),
    "participation.round": _("Round"),
    "homevisits.household": _("Household"),
    "homevisits.visit": _("Home visit"),
    "homevisits.followup": _("Follow-up"),
    "homevisits.volunteer": _("Volunteer"),
}


def action_label(action: str) -> str:
    if action in ACTIONS:
        return str(ACTIONS[action])
    for prefix, label in TRANSLATION_ACTIONS.items():
        if action.startswith(prefix):
            return f"{label} ({action.removeprefix(prefix)})"
    return action


def object_label(object_type: str) -> str:
    return str(OBJECT_TYPES.get(object_type, object_type))


@dataclass(frozen=True)
class Log:
    """Whose log: an organisation's, a region's or one's own ("kind:id" in the page's URL)."""

    kind: str  # "organisation", "region" or "own"
    pk: int
    name: str

    @property
    def key(self) -> str:
        return f"{self.kind}:{self.pk}"

    @property
    def shows_people(self) -> bool:
        return self.kind != "region"


def logs_for(scope: StaffScope) -> list[Log]:
    """The logs a staff member may review: organisations they manage, regions they coordinate, their own."""
    managed = [pk for pk, (_region, role) in scope.organisation_roles.items() if role == "manager"]
    logs = [Log("organisation", org.pk, org.name) for org in Organisation.objects.filter(pk__in=managed)]
    logs += [
        Log("region", region.pk, region.name) for region in Region.objects.filter(pk__in=scope.coordinated_region_ids)
    ]
    if scope.user_id is not None:
        logs.append(Log("own", scope.user_id, str(_("My own actions"))))
    return logs


@dataclass(frozen=True)
class Filters:
    action: str = ""
    object_type: str = ""
    object_id: str = ""
    actor_id: int | None = None
    since: dt.date | None = None
    until: dt.date | None = None


def entries(log: Log, filters: Filters) -> QuerySet[AuditEntry]:
    """The log's entries matching the filters, newest first."""
    if log.kind == "organisation":
        found = AuditEntry.objects.filter(organisation_id=log.pk)
    elif log.kind == "region":
        found = AuditEntry.objects.filter(region_id=log.pk, object_type__in=WITHOUT_PEOPLE)
    else:
        found = AuditEntry.objects.filter(actor_id=log.pk)
    if filters.action.endswith("."):
        found = found.filter(action__startswith=filters.action)
    elif filters.action:
        found = found.filter(action=filters.action)
    if filters.object_type:
        found = found.filter(object_type=filters.object_type)
    if filters.object_id:
        found = found.filter(object_id=filters.object_id)
    if filters.actor_id is not None:
        found = found.filter(actor_id=filters.actor_id)
    if filters.since:
        found = found.filter(at__gte=_midnight(filters.since))
    if filters.until:
        found = found.filter(at__lt=_midnight(filters.until + dt.timedelta(days=1)))
    return found.order_by("-at", "-id")


def _midnight(day: dt.date) -> dt.datetime:
    return timezone.make_aware(dt.datetime.combine(day, dt.time()))


_EPOCH = dt.datetime(1970, 1, 1, tzinfo=dt.UTC)


def cursor_of(entry: AuditEntry) -> str:
    """Where "older" continues: the entry's time in microseconds (exact, unlike a float) and its id."""
    return f"{(entry.at - _EPOCH) // dt.timedelta(microseconds=1)}.{entry.pk}"


def _cursor(value: str) -> tuple[dt.datetime, int] | None:
    micros, _dot, pk = value.partition(".")
    try:
        return _EPOCH + dt.timedelta(microseconds=int(micros)), int(pk)
    except (ValueError, OverflowError):
        return None


@dataclass(frozen=True)
class Slice:
    entries: list[AuditEntry]
    older: str | None


def log_slice(found: QuerySet[AuditEntry], *, before: str = "") -> Slice:
    """A page of entries from the newest, or from a cursor on: a range on the (scope, at, id) index, minus the
    rest of the cursor's own instant (as counselling.contacts.log_slice does for the contact log)."""
    cursor = _cursor(before)
    if cursor is not None:
        at, pk = cursor
        found = found.filter(at__lte=at).exclude(at=at, pk__gte=pk)
    rows = list(found.select_related("actor")[: PAGE_SIZE + 1])
    shown = rows[:PAGE_SIZE]
    return Slice(shown, cursor_of(shown[-1]) if len(rows) > PAGE_SIZE else None)


def as_row(entry: AuditEntry) -> dict[str, Any]:
    """One entry as shown and downloaded: labels translated, no lookups beyond the actor loaded with it."""
    return {
        "at": timezone.localtime(entry.at),
        "actor": entry.actor.get_username() if entry.actor else "",
        "action": entry.action,
        "action_label": action_label(entry.action),
        "object_type": entry.object_type,
        "object_label": object_label(entry.object_type),
        "object_id": entry.object_id,
        "changes": entry.changes,
    }
