"""The offers directory: topics, projects, offers, their translations and opening times."""

import datetime as dt

from django.conf import settings
from django.db import models
from django.db.models import F, Q
from django.utils.translation import gettext_lazy as _

from core.models import District, Location, Organisation, Region
from translations.models import ContentTranslation


class Topic(models.Model):
    """A theme newcomers search by. Names and synonyms are kept for every UI language."""

    slug = models.SlugField(unique=True)
    position = models.PositiveSmallIntegerField(default=0)
    # language code → display name
    names = models.JSONField(default=dict)
    # language code → list of words people type for this topic
    synonyms = models.JSONField(default=dict)

    class Meta:
        ordering = ["position", "slug"]

    def __str__(self) -> str:
        return self.name_in("de")

    def name_in(self, language: str) -> str:
        return str(self.names.get(language) or self.names.get("de") or self.slug)


class Project(models.Model):
    """A funded project with a runtime, e.g. an AMIF-funded mobile counselling project."""

    region = models.ForeignKey(Region, on_delete=models.CASCADE, related_name="projects")
    name = models.CharField(_("name"), max_length=200)
    description = models.TextField(_("description"), blank=True)
    funders = models.ManyToManyField(Organisation, blank=True, related_name="funded_projects")
    funding_note = models.CharField(_("funding note"), max_length=300, blank=True)
    starts_on = models.DateField(_("starts on"), null=True, blank=True)
    ends_on = models.DateField(_("ends on"), null=True, blank=True)

    class Meta:
        ordering = ["name"]
        constraints = [
            models.CheckConstraint(
                condition=Q(starts_on__isnull=True) | Q(ends_on__isnull=True) | Q(starts_on__lte=F("ends_on")),
                name="project_runtime_in_order",
            )
        ]

    def __str__(self) -> str:
        return self.name


class Offer(models.Model):
    class Status(models.TextChoices):
        DRAFT = "draft", _("Draft")
        PUBLISHED = "published", _("Published")
        ARCHIVED = "archived", _("Archived")

    class Type(models.TextChoices):
        COUNSELLING = "counselling", _("Counselling")
        COURSE = "course", _("Course")
        MEETING_PLACE = "meeting_place", _("Meeting place")
        LEISURE = "leisure", _("Leisure")
        EXCURSION = "excursion", _("Excursion")
        ACCOMPANIMENT = "accompaniment", _("Accompaniment")
        GROUP = "group", _("Group")
        INFORMATION = "information", _("Information")

    class Audience(models.TextChoices):
        EVERYONE = "everyone", _("Everyone")
        FAMILIES = "families", _("Families")
        WOMEN = "women", _("Women")
        YOUTH = "youth", _("Young people")
        CHILDREN = "children", _("Children")
        SENIORS = "seniors", _("Seniors")
        REFUGEES = "refugees", _("Refugees")
        MIGRANTS = "migrants", _("Migrants")
        VOLUNTEERS = "volunteers", _("Volunteers")

    class Cost(models.TextChoices):
        FREE = "free", _("Free")
        AMOUNT = "amount", _("Costs money")
        REDUCED = "reduced", _("Reduced with a local pass")

    region = models.ForeignKey(Region, on_delete=models.CASCADE, related_name="offers")
    provider = models.ForeignKey(Organisation, on_delete=models.PROTECT, related_name="offers")
    partners = models.ManyToManyField(Organisation, blank=True, related_name="partner_offers")
    project = models.ForeignKey(Project, null=True, blank=True, on_delete=models.SET_NULL, related_name="offers")
    slug = models.SlugField(max_length=120)
    # German source text; translations live in OfferTranslation.
    title = models.CharField(_("title"), max_length=200)
    summary = models.CharField(_("summary"), max_length=400)
    description = models.TextField(_("description"), blank=True)
    # Raised on every change of the German text; translations compare against it.
    content_version = models.PositiveIntegerField(default=1)
    # Raised on every save; a form sends the version it was loaded with to catch concurrent edits.
    version = models.PositiveIntegerField(default=1)
    offer_type = models.CharField(_("type"), max_length=20, choices=Type.choices)
    topics = models.ManyToManyField(Topic, blank=True, related_name="offers")
    audience = models.JSONField(_("audience"), default=list, blank=True)
    age_min = models.PositiveSmallIntegerField(_("minimum age"), null=True, blank=True)
    age_max = models.PositiveSmallIntegerField(_("maximum age"), null=True, blank=True)
    languages = models.JSONField(_("languages spoken"), default=list, blank=True)
    interpreter_on_request = models.BooleanField(_("interpreter on request"), default=False)
    cost = models.CharField(_("cost"), max_length=10, choices=Cost.choices, default=Cost.FREE)
    cost_amount = models.DecimalField(_("amount in euros"), max_digits=8, decimal_places=2, null=True, blank=True)
    cost_pass_name = models.CharField(_("local pass"), max_length=80, blank=True)
    registration_required = models.BooleanField(_("sign-up needed"), default=False)
    locations = models.ManyToManyField(Location, blank=True, related_name="offers")
    is_mobile = models.BooleanField(_("mobile / outreach in the district"), default=False)
    is_online = models.BooleanField(_("online"), default=False)
    served_districts = models.ManyToManyField(District, blank=True, related_name="served_offers")
    is_ongoing = models.BooleanField(_("ongoing, no fixed times"), default=False)
    by_appointment = models.BooleanField(_("by appointment"), default=False)
    contact_name = models.CharField(_("contact (team or office)"), max_length=120, blank=True)
    contact_phone = models.CharField(_("contact phone"), max_length=40, blank=True)
    contact_email = models.EmailField(_("contact e-mail"), blank=True)
    contact_url = models.URLField(_("web page"), blank=True)
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.DRAFT, db_index=True)
    valid_from = models.DateField(_("runs from"), null=True, blank=True)
    valid_until = models.DateField(_("runs until"), null=True, blank=True)
    last_reviewed = models.DateField(_("last reviewed"), default=dt.date.today)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["title"]
        constraints = [
            models.UniqueConstraint(fields=["region", "slug"], name="offer_slug_unique_in_region"),
            models.CheckConstraint(
                condition=Q(age_min__isnull=True) | Q(age_max__isnull=True) | Q(age_min__lte=F("age_max")),
                name="offer_age_range_in_order",
            ),
            models.CheckConstraint(
                condition=~Q(cost="amount") | Q(cost_amount__isnull=False), name="offer_amount_given_when_paid"
            ),
            models.CheckConstraint(
                condition=Q(valid_from__isnull=True)
                | Q(valid_until__isnull=True)
                | Q(valid_from__lte=F("valid_until")),
                name="offer_runtime_in_order",
            ),
        ]
        indexes = [
            models.Index(fields=["region", "status"], name="offer_region_status_idx"),
            # The search leaves out offers whose runtime has ended or not begun: few, found fast.
            models.Index(fields=["valid_until"], name="offer_valid_until_idx"),
            models.Index(fields=["valid_from"], name="offer_valid_from_idx"),
            # The open-data API counts and pages through published offers by title: this index answers both on its
            # own (covering), without sorting and without reading the rows it skips.
            models.Index(fields=["status", "title", "id", "valid_from", "valid_until"], name="offer_public_order_idx"),
            # The open-data API's `modified_after` (harvesters ask only for what changed since their last visit).
            models.Index(fields=["updated_at"], name="offer_updated_idx"),
        ]

    def __str__(self) -> str:
        return self.title

    def review_due_on(self) -> dt.date:
        return self.last_reviewed + dt.timedelta(days=settings.NAHBAR_REVIEW_INTERVAL_DAYS)

    def is_review_due(self, today: dt.date) -> bool:
        return self.review_due_on() <= today


class OfferTranslation(ContentTranslation):
    offer = models.ForeignKey(Offer, on_delete=models.CASCADE, related_name="translations")
    title = models.CharField(_("title"), max_length=200)
    summary = models.CharField(_("summary"), max_length=400)
    description = models.TextField(_("description"), blank=True)
    # Raised on every save, to catch two people translating at once.
    version = models.PositiveIntegerField(default=1)

    TRANSLATED_FIELDS = ("title", "summary", "description")

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["offer", "language"], name="offer_translation_one_per_language"),
            models.CheckConstraint(condition=~Q(language="de"), name="offer_translation_not_source_language"),
        ]

    def __str__(self) -> str:
        return f"{self.offer_id} [{self.language}]"


WEEKDAY_NAMES = [
    ("MO", _("Monday")),
    ("TU", _("Tuesday")),
    ("WE", _("Wednesday")),
    ("TH", _("Thursday")),
    ("FR", _("Friday")),
    ("SA", _("Saturday")),
    ("SU", _("Sunday")),
]


class Schedule(models.Model):
    """Regular opening times as an RFC 5545 recurrence (weekly or monthly by weekday) in Europe/Berlin."""

    class Frequency(models.TextChoices):
        WEEKLY = "WEEKLY", _("Weekly")
        MONTHLY = "MONTHLY", _("Monthly")

    offer = models.ForeignKey(Offer, on_delete=models.CASCADE, related_name="schedules")
    location = models.ForeignKey(Location, null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    freq = models.CharField(max_length=8, choices=Frequency.choices, default=Frequency.WEEKLY)
    interval = models.PositiveSmallIntegerField(default=1)
    # RFC 5545 BYDAY: "TU", "MO,WE", or with a week number for monthly rules: "1TU", "-1FR".
    byday = models.CharField(max_length=40)
    opens_at = models.TimeField(_("opens at"))
    closes_at = models.TimeField(_("closes at"))
    valid_from = models.DateField(_("from"), default=dt.date.today)
    valid_until = models.DateField(_("until"), null=True, blank=True)

    class Meta:
        ordering = ["opens_at"]
        constraints = [
            models.CheckConstraint(condition=Q(opens_at__lt=F("closes_at")), name="schedule_opens_before_closing"),
            models.CheckConstraint(condition=Q(interval__gte=1), name="schedule_interval_positive"),
        ]

    def __str__(self) -> str:
        return f"{self.rrule()} {self.opens_at:%H:%M}-{self.closes_at:%H:%M}"

    def rrule(self) -> str:
        rule = f"FREQ={self.freq};BYDAY={self.byday}"
        if self.interval > 1:
            rule += f";INTERVAL={self.interval}"
        if self.valid_until:
            rule += f";UNTIL={self.valid_until:%Y%m%d}T235959Z"
        return rule


class SearchLog(models.Model):
    """One anonymous search: what was asked and how much was found. No address, no cookie, no account."""

    day = models.DateField(db_index=True)
    region = models.ForeignKey(Region, on_delete=models.CASCADE, related_name="+")
    language = models.CharField(max_length=8)
    query = models.CharField(max_length=200, blank=True)
    filters = models.JSONField(default=dict, blank=True)
    result_count = models.PositiveIntegerField()

    def __str__(self) -> str:
        return f"{self.day} {self.region_id} {self.query!r} → {self.result_count}"


class SearchTerm(models.Model):
    """Every word in the search index once, for suggesting similar spellings of a mistyped word."""

    term = models.CharField(max_length=100, unique=True)

    def __str__(self) -> str:
        return self.term
