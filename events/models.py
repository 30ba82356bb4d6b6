"""Events, their single dates and the sign-ups for a date.

An event keeps its first date and an RFC 5545 rule; its dates are stored as occurrences up to a horizon, so the
list of the next weeks is one indexed query however many events recur. A date can be cancelled or moved on its
own; the occurrence remembers where the rule put it (`original_start`, the iCalendar RECURRENCE-ID).
"""

from django.conf import settings
from django.db import models
from django.db.models import F, Q
from django.utils.translation import gettext_lazy as _

from core.models import Location, Organisation, Region
from directory.models import Offer, Project, Topic
from translations.models import ContentTranslation


class Event(models.Model):
    class Status(models.TextChoices):
        DRAFT = "draft", _("Draft")
        PUBLISHED = "published", _("Published")
        ARCHIVED = "archived", _("Archived")

    region = models.ForeignKey(Region, on_delete=models.CASCADE, related_name="events")
    organiser = models.ForeignKey(Organisation, on_delete=models.PROTECT, related_name="events")
    location = models.ForeignKey(
        Location, null=True, blank=True, on_delete=models.SET_NULL, related_name="events", verbose_name=_("place")
    )
    offer = models.ForeignKey(
        Offer, null=True, blank=True, on_delete=models.SET_NULL, related_name="events", verbose_name=_("offer")
    )
    project = models.ForeignKey(
        Project, null=True, blank=True, on_delete=models.SET_NULL, related_name="events", verbose_name=_("project")
    )
    slug = models.SlugField(max_length=120)
    # German source text; translations live in EventTranslation.
    title = models.CharField(_("title"), max_length=200)
    summary = models.CharField(_("summary"), max_length=400)
    description = models.TextField(_("description"), blank=True)
    meeting_point = models.CharField(_("meeting point"), max_length=300, blank=True)
    what_to_bring = models.CharField(_("what to bring"), max_length=300, blank=True)
    accessibility_note = models.CharField(_("accessibility"), max_length=300, blank=True)
    # Raised on every change of the German text; translations compare against it.
    content_version = models.PositiveIntegerField(default=1)
    # Raised on every save; a form sends the version it was loaded with to catch concurrent edits.
    version = models.PositiveIntegerField(default=1)
    topics = models.ManyToManyField(Topic, blank=True, related_name="events", verbose_name=_("topics"))
    audience = models.JSONField(_("audience"), default=list, blank=True)
    age_min = models.PositiveSmallIntegerField(_("minimum age"), null=True, blank=True)
    age_max = models.PositiveSmallIntegerField(_("maximum age"), null=True, blank=True)
    languages = models.JSONField(_("languages spoken"), default=list, blank=True)
    cost = models.CharField(_("cost"), max_length=10, choices=Offer.Cost.choices, default=Offer.Cost.FREE)
    cost_amount = models.DecimalField(_("amount in euros"), max_digits=8, decimal_places=2, null=True, blank=True)
    cost_pass_name = models.CharField(_("local pass"), max_length=80, blank=True)
    # The first date; later dates follow from `recurrence`.
    starts_at = models.DateTimeField(_("starts at"))
    ends_at = models.DateTimeField(_("ends at"))
    # RFC 5545 RRULE value without DTSTART, e.g. "FREQ=WEEKLY;BYDAY=TU"; empty for a single date.
    recurrence = models.CharField(_("repeats"), max_length=200, blank=True)
    signup_enabled = models.BooleanField(_("sign-up"), default=False)
    # Places per date; empty means as many as come.
    capacity = models.PositiveIntegerField(_("places per date"), null=True, blank=True)
    max_party_size = models.PositiveSmallIntegerField(_("people per sign-up (e.g. a family)"), default=1)
    waiting_list = models.BooleanField(_("waiting list when full"), default=True)
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.DRAFT, db_index=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    TRANSLATED_FIELDS = ("title", "summary", "description", "meeting_point", "what_to_bring", "accessibility_note")

    class Meta:
        ordering = ["starts_at", "title"]
        constraints = [
            models.UniqueConstraint(fields=["region", "slug"], name="event_slug_unique_in_region"),
            models.CheckConstraint(condition=Q(starts_at__lt=F("ends_at")), name="event_starts_before_it_ends"),
            models.CheckConstraint(
                condition=Q(age_min__isnull=True) | Q(age_max__isnull=True) | Q(age_min__lte=F("age_max")),
                name="event_age_range_in_order",
            ),
            models.CheckConstraint(
                condition=~Q(cost="amount") | Q(cost_amount__isnull=False), name="event_amount_given_when_paid"
            ),
            models.CheckConstraint(condition=Q(max_party_size__gte=1), name="event_party_size_positive"),
            models.CheckConstraint(
                condition=Q(capacity__isnull=True) | Q(capacity__gte=1), name="event_capacity_positive"
            ),
        ]

    def __str__(self) -> str:
        return self.title

    @property
    def is_recurring(self) -> bool:
        return bool(self.recurrence)


class EventTranslation(ContentTranslation):
    event = models.ForeignKey(Event, on_delete=models.CASCADE, related_name="translations")
    title = models.CharField(_("title"), max_length=200)
    summary = models.CharField(_("summary"), max_length=400)
    description = models.TextField(_("description"), blank=True)
    meeting_point = models.CharField(_("meeting point"), max_length=300, blank=True)
    what_to_bring = models.CharField(_("what to bring"), max_length=300, blank=True)
    accessibility_note = models.CharField(_("accessibility"), max_length=300, blank=True)
    # Raised on every save, to catch two people translating at once.
    version = models.PositiveIntegerField(default=1)

    TRANSLATED_FIELDS = Event.TRANSLATED_FIELDS

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["event", "language"], name="event_translation_one_per_language"),
            models.CheckConstraint(condition=~Q(language="de"), name="event_translation_not_source_language"),
        ]

    def __str__(self) -> str:
        return f"{self.event_id} [{self.language}]"


class Occurrence(models.Model):
    """One date of an event. Counts stay here after the sign-ups' personal data is deleted."""

    event = models.ForeignKey(Event, on_delete=models.CASCADE, related_name="occurrences")
    # Copied from the event so the region's calendar is one range scan on (region, starts_at).
    region = models.ForeignKey(Region, on_delete=models.CASCADE, related_name="+")
    # Where the rule put this date; differs from starts_at when the date was moved.
    original_start = models.DateTimeField()
    starts_at = models.DateTimeField(_("starts at"))
    ends_at = models.DateTimeField(_("ends at"))
    is_cancelled = models.BooleanField(_("cancelled"), default=False)
    note = models.CharField(_("note for this date"), max_length=300, blank=True)
    # Places for this date, copied from the event; the database refuses more confirmed places than this.
    capacity = models.PositiveIntegerField(null=True, blank=True)
    places_taken = models.PositiveIntegerField(default=0)
    places_waiting = models.PositiveIntegerField(default=0)
    # People ticked as present, and the head count staff typed in (for open events without sign-up).
    places_attended = models.PositiveIntegerField(default=0)
    head_count = models.PositiveIntegerField(_("head count"), null=True, blank=True)
    # When the retention job deleted the names and contacts of this date's sign-ups.
    personal_data_deleted_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["starts_at"]
        constraints = [
            models.UniqueConstraint(fields=["event", "original_start"], name="occurrence_once_per_rule_date"),
            models.CheckConstraint(condition=Q(starts_at__lt=F("ends_at")), name="occurrence_starts_before_end"),
            models.CheckConstraint(
                condition=Q(capacity__isnull=True) | Q(places_taken__lte=F("capacity")),
                name="occurrence_never_overbooked",
            ),
        ]
        indexes = [
            models.Index(fields=["region", "starts_at"], name="occurrence_region_start_idx"),
            models.Index(fields=["event", "starts_at"], name="occurrence_event_start_idx"),
        ]

    def __str__(self) -> str:
        return f"{self.event_id} {self.starts_at:%Y-%m-%d %H:%M}"

    @property
    def is_moved(self) -> bool:
        return self.starts_at != self.original_start

    @property
    def places_left(self) -> int | None:
        return None if self.capacity is None else self.capacity - self.places_taken


class SignUp(models.Model):
    """A person (or a family) for one date. Least data: a name or nickname; contact only for reminders."""

    class Status(models.TextChoices):
        CONFIRMED = "confirmed", _("Has a place")
        WAITING = "waiting", _("On the waiting list")
        CANCELLED = "cancelled", _("Cancelled")

    occurrence = models.ForeignKey(Occurrence, on_delete=models.CASCADE, related_name="signups")
    status = models.CharField(max_length=10, choices=Status.choices)
    name = models.CharField(_("name or nickname"), max_length=80)
    party_size = models.PositiveSmallIntegerField(_("how many people"), default=1)
    phone = models.CharField(_("mobile number for reminders"), max_length=40, blank=True)
    email = models.EmailField(_("e-mail for reminders"), blank=True)
    # Messages (confirmation, moving up, reminder) go out in this language.
    language = models.CharField(max_length=8)
    # SHA-256 of the secret in the person's own link; the secret itself is never stored.
    token_hash = models.CharField(max_length=64, unique=True)
    registered_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    # Asked for a reminder before the date (by e-mail or SMS, whichever they gave).
    wants_reminder = models.BooleanField(_("remind me"), default=False)
    attended = models.BooleanField(null=True, blank=True)
    # When a cancellation gave them a place from the waiting list; their page and message say so.
    moved_up_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    reminded_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["created_at", "id"]
        constraints = [
            models.CheckConstraint(condition=Q(party_size__gte=1), name="signup_party_size_positive"),
        ]
        indexes = [models.Index(fields=["occurrence", "status", "created_at"], name="signup_queue_idx")]

    def __str__(self) -> str:
        return f"{self.occurrence_id} {self.status} ×{self.party_size}"
