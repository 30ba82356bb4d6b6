"""Consultation hours and the appointments newcomers book in them.

Hours repeat by an RFC 5545 rule (weekly or monthly by weekday) in the region's wall-clock time and are cut into
slots; an appointment holds one slot. The database refuses a second live appointment for the same slot, which
keeps simultaneous bookings apart without a lock.
"""

from django.conf import settings
from django.db import models
from django.db.models import F, Q
from django.utils.translation import gettext_lazy as _

from core.models import District, Location, Organisation, Region
from directory.models import Topic


class ConsultationHours(models.Model):
    class Kind(models.TextChoices):
        OFFICE = "office", _("At the office")
        MOBILE = "mobile", _("Mobile: we come to you")
        OUTREACH = "outreach", _("Outreach in the district")
        PHONE = "phone", _("By phone")

    class Frequency(models.TextChoices):
        WEEKLY = "WEEKLY", _("Weekly")
        MONTHLY = "MONTHLY", _("Monthly")

    region = models.ForeignKey(Region, on_delete=models.CASCADE, related_name="consultation_hours")
    organisation = models.ForeignKey(Organisation, on_delete=models.CASCADE, related_name="consultation_hours")
    kind = models.CharField(_("kind"), max_length=10, choices=Kind.choices, default=Kind.OFFICE)
    location = models.ForeignKey(
        Location, null=True, blank=True, on_delete=models.PROTECT, related_name="+", verbose_name=_("place")
    )
    district = models.ForeignKey(
        District, null=True, blank=True, on_delete=models.SET_NULL, related_name="+", verbose_name=_("district")
    )
    # German, like all content; shown as the heading of the hours.
    title = models.CharField(_("title"), max_length=200)
    freq = models.CharField(_("repeats"), max_length=8, choices=Frequency.choices, default=Frequency.WEEKLY)
    interval = models.PositiveSmallIntegerField(_("every n-th week or month"), default=1)
    # RFC 5545 BYDAY: "TU", or with a week number for monthly hours: "1TU", "-1FR".
    byday = models.CharField(_("weekday"), max_length=20)
    opens_at = models.TimeField(_("from"))
    closes_at = models.TimeField(_("until"))
    slot_minutes = models.PositiveSmallIntegerField(_("minutes per appointment"), default=30)
    languages = models.JSONField(_("languages spoken"), default=list, blank=True)
    interpreter_on_request = models.BooleanField(_("an interpreter can be arranged"), default=False)
    topics = models.ManyToManyField(Topic, blank=True, related_name="consultation_hours", verbose_name=_("topics"))
    bookable = models.BooleanField(_("appointments can be booked online"), default=True)
    valid_from = models.DateField(_("valid from"))
    valid_until = models.DateField(_("valid until"), null=True, blank=True)
    is_published = models.BooleanField(_("published"), default=False)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["title", "pk"]
        verbose_name = _("consultation hours")
        verbose_name_plural = _("consultation hours")
        constraints = [
            models.CheckConstraint(condition=Q(opens_at__lt=F("closes_at")), name="hours_open_before_closing"),
            models.CheckConstraint(condition=Q(interval__gte=1), name="hours_interval_positive"),
            models.CheckConstraint(
                condition=Q(slot_minutes__gte=10) & Q(slot_minutes__lte=240), name="hours_slot_length_sensible"
            ),
            models.CheckConstraint(
                condition=~Q(kind="office") | Q(location__isnull=False), name="hours_at_the_office_have_a_place"
            ),
            models.CheckConstraint(
                condition=Q(valid_until__isnull=True) | Q(valid_from__lte=F("valid_until")),
                name="hours_validity_in_order",
            ),
        ]
        indexes = [models.Index(fields=["region", "is_published"], name="hours_region_published_idx")]

    def __str__(self) -> str:
        return self.title

    def rrule(self) -> str:
        rule = f"FREQ={self.freq};BYDAY={self.byday}"
        return rule + (f";INTERVAL={self.interval}" if self.interval > 1 else "")


class Appointment(models.Model):
    class Status(models.TextChoices):
        BOOKED = "booked", _("Booked")
        CANCELLED = "cancelled", _("Cancelled")
        ATTENDED = "attended", _("Came")
        MISSED = "missed", _("Did not come")

    hours = models.ForeignKey(ConsultationHours, on_delete=models.CASCADE, related_name="appointments")
    starts_at = models.DateTimeField()
    ends_at = models.DateTimeField()
    # The least that serves the work: a name or nickname and one way to reach the person, if they want reminders.
    name = models.CharField(_("name or nickname"), max_length=80)
    phone = models.CharField(_("mobile number"), max_length=40, blank=True)
    email = models.EmailField(_("e-mail"), blank=True)
    language = models.CharField(_("language for the conversation"), max_length=8)
    # The person speaks none of the hours' languages: the language above is the one they read messages in.
    needs_interpreter = models.BooleanField(_("interpreter needed"), default=False)
    topic = models.ForeignKey(
        Topic, null=True, blank=True, on_delete=models.SET_NULL, related_name="+", verbose_name=_("topic")
    )
    wants_reminder = models.BooleanField(_("remind me the day before"), default=False)
    # Only the SHA-256 of the personal link's secret: the link itself is given once, to the person.
    token_hash = models.CharField(max_length=64, unique=True)
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.BOOKED)
    booked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    reminded_at = models.DateTimeField(null=True, blank=True)

    LIVE = (Status.BOOKED, Status.ATTENDED, Status.MISSED)

    class Meta:
        ordering = ["starts_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["hours", "starts_at"],
                condition=Q(status__in=["booked", "attended", "missed"]),
                name="appointment_slot_taken_once",
            ),
            models.CheckConstraint(condition=Q(starts_at__lt=F("ends_at")), name="appointment_starts_before_end"),
        ]
        indexes = [models.Index(fields=["starts_at", "status"], name="appointment_start_status_idx")]

    def __str__(self) -> str:
        return f"{self.hours} {self.starts_at:%Y-%m-%d %H:%M}"


class Contact(models.Model):
    """One conversation logged in seconds: how, in which language, about what, and how it ended. Anonymous: a
    contact names no person (a case, later, may link its own contacts)."""

    class Way(models.TextChoices):
        WALK_IN = "walk_in", _("Walk-in")
        PHONE = "phone", _("Phone call")
        HOME_VISIT = "home_visit", _("Home visit")
        OUTREACH = "outreach", _("Outreach in the district")
        MESSAGE = "message", _("E-mail or message")
        APPOINTMENT = "appointment", _("Appointment")

    class Outcome(models.TextChoices):
        SOLVED = "solved", _("Solved here")
        REFERRED = "referred", _("Referred elsewhere")
        FOLLOW_UP = "follow_up", _("Follow-up needed")

    region = models.ForeignKey(Region, on_delete=models.CASCADE, related_name="+")
    organisation = models.ForeignKey(Organisation, on_delete=models.CASCADE, related_name="contacts")
    recorded_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    day = models.DateField(_("date"))
    way = models.CharField(_("way of contact"), max_length=12, choices=Way.choices)
    language = models.CharField(_("language used"), max_length=8)
    interpreter = models.BooleanField(_("interpreter used"), default=False)
    topics = models.ManyToManyField(Topic, blank=True, related_name="+", verbose_name=_("topics"))
    outcome = models.CharField(_("outcome"), max_length=10, choices=Outcome.choices)
    district = models.ForeignKey(
        District, null=True, blank=True, on_delete=models.SET_NULL, related_name="+", verbose_name=_("district")
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-day", "-pk"]
        indexes = [models.Index(fields=["organisation", "-day", "-id"], name="contact_org_day_idx")]

    def __str__(self) -> str:
        return f"{self.day} {self.way}"


from counselling.models_case import Case, CaseItem, CaseNote, Consent, Person  # noqa: E402 - one app, two modules
from counselling.models_plans import Recognition, RecognitionStep, YouthPlan, YouthPlanPartner  # noqa: E402

__all__ = [
    "Appointment",
    "Case",
    "CaseItem",
    "CaseNote",
    "Consent",
    "ConsultationHours",
    "Contact",
    "Person",
    "Recognition",
    "RecognitionStep",
    "YouthPlan",
    "YouthPlanPartner",
]
