"""Regions, districts, organisations, their places, staff roles and the audit log."""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _


class Region(models.Model):
    """A town or district (Kommune) running its own directory."""

    slug = models.SlugField(unique=True)
    name = models.CharField(_("name"), max_length=120)
    federal_state = models.CharField(_("federal state"), max_length=80)
    timezone = models.CharField(max_length=64, default="Europe/Berlin")
    source_language = models.CharField(max_length=8, default="de")
    # Content languages staff translate into, in the order readers see them offered.
    enabled_languages = models.JSONField(default=list)

    class Meta:
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name

    def translation_languages(self) -> list[str]:
        """The enabled languages staff translate into: all but the source language."""
        return [code for code in self.enabled_languages if code != self.source_language]


class District(models.Model):
    region = models.ForeignKey(Region, on_delete=models.CASCADE, related_name="districts")
    slug = models.SlugField()
    name = models.CharField(_("name"), max_length=120)
    postcodes = models.JSONField(default=list, blank=True)
    centre_lat = models.DecimalField(max_digits=9, decimal_places=6)
    centre_lon = models.DecimalField(max_digits=9, decimal_places=6)

    class Meta:
        ordering = ["name"]
        constraints = [models.UniqueConstraint(fields=["region", "slug"], name="district_slug_unique_in_region")]

    def __str__(self) -> str:
        return self.name


class Organisation(models.Model):
    class Kind(models.TextChoices):
        MUNICIPALITY = "municipality", _("Municipality")
        WELFARE = "welfare", _("Welfare association")
        CHURCH = "church", _("Church or parish")
        CLUB = "club", _("Club or association")
        SCHOOL = "school", _("School or adult education")
        MIGRANT_ORGANISATION = "migrant_org", _("Migrant organisation")
        UNIVERSITY = "university", _("University")
        AUTHORITY = "authority", _("Public authority")
        FUNDER = "funder", _("Funding body")
        COMPANY = "company", _("Company")
        OTHER = "other", _("Other")

    region = models.ForeignKey(Region, on_delete=models.CASCADE, related_name="organisations")
    slug = models.SlugField()
    name = models.CharField(_("name"), max_length=200)
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices)
    parent = models.ForeignKey("self", null=True, blank=True, on_delete=models.SET_NULL, related_name="children")
    description = models.TextField(_("description"), blank=True)
    # Public contact only: an office's phone and mailbox, never a private person's.
    email = models.EmailField(_("public e-mail"), blank=True)
    phone = models.CharField(_("public phone"), max_length=40, blank=True)
    website = models.URLField(_("website"), blank=True)

    class Meta:
        ordering = ["name"]
        constraints = [models.UniqueConstraint(fields=["region", "slug"], name="organisation_slug_unique_in_region")]

    def __str__(self) -> str:
        return self.name


class Location(models.Model):
    class Access(models.TextChoices):
        WHEELCHAIR = "wheelchair", _("Wheelchair accessible")
        STEP_FREE = "step_free", _("Step-free entrance")
        LIFT = "lift", _("Lift")
        ACCESSIBLE_TOILET = "toilet", _("Accessible toilet")
        HEARING_LOOP = "hearing_loop", _("Hearing loop")
        CHILDREN = "children", _("Children welcome, play corner")

    region = models.ForeignKey(Region, on_delete=models.CASCADE, related_name="locations")
    organisation = models.ForeignKey(Organisation, on_delete=models.CASCADE, related_name="locations")
    name = models.CharField(_("name"), max_length=200)
    street = models.CharField(_("street and number"), max_length=200)
    postcode = models.CharField(_("postcode"), max_length=10)
    city = models.CharField(_("city"), max_length=100)
    district = models.ForeignKey(District, null=True, blank=True, on_delete=models.SET_NULL, related_name="locations")
    latitude = models.DecimalField(max_digits=9, decimal_places=6)
    longitude = models.DecimalField(max_digits=9, decimal_places=6)
    accessibility = models.JSONField(default=list, blank=True)
    accessibility_note = models.CharField(_("accessibility note"), max_length=300, blank=True)
    transport_note = models.CharField(_("how to get there"), max_length=300, blank=True)

    class Meta:
        ordering = ["name"]
        constraints = [
            models.CheckConstraint(condition=Q(latitude__gte=-90, latitude__lte=90), name="location_latitude_range"),
            models.CheckConstraint(
                condition=Q(longitude__gte=-180, longitude__lte=180), name="location_longitude_range"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.name}, {self.street}"

    def accessibility_labels(self) -> list[str]:
        labels = dict(self.Access.choices)
        return [str(labels[key]) for key in self.accessibility if key in labels]


class Membership(models.Model):
    """A staff user's role: coordinator of a whole region, or manager, editor or counsellor of one organisation."""

    class Role(models.TextChoices):
        COORDINATOR = "coordinator", _("Region coordinator")
        MANAGER = "manager", _("Organisation manager")
        EDITOR = "editor", _("Editor")
        # Sees and books appointments (and later cases) of their organisation; editors keep content only.
        COUNSELLOR = "counsellor", _("Counsellor")

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="memberships")
    region = models.ForeignKey(Region, on_delete=models.CASCADE, related_name="memberships")
    organisation = models.ForeignKey(
        Organisation, null=True, blank=True, on_delete=models.CASCADE, related_name="memberships"
    )
    role = models.CharField(max_length=20, choices=Role.choices)

    class Meta:
        constraints = [
            models.CheckConstraint(
                condition=(Q(role="coordinator") & Q(organisation__isnull=True))
                | (Q(role__in=["manager", "editor", "counsellor"]) & Q(organisation__isnull=False)),
                name="membership_role_matches_scope",
            ),
            models.UniqueConstraint(
                fields=["user", "region", "organisation"], name="membership_one_role_per_organisation"
            ),
            models.UniqueConstraint(
                fields=["user", "region"],
                condition=Q(organisation__isnull=True),
                name="membership_one_coordinator_role_per_region",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.user} – {self.get_role_display()}"


class AuditEntry(models.Model):
    """Who did what, when: append-only, written by services.

    Database triggers (core.audit_seal) refuse every UPDATE and DELETE, with one exception: a deleted staff
    account's entries lose their actor (SET_NULL), as documented. Region and organisation are plain ids without a
    database constraint, so deleting an organisation leaves its log as it was instead of rewriting it.
    """

    at = models.DateTimeField(auto_now_add=True, db_index=True)
    actor = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    action = models.CharField(max_length=60)
    region = models.ForeignKey(Region, null=True, on_delete=models.DO_NOTHING, db_constraint=False, related_name="+")
    organisation = models.ForeignKey(
        Organisation, null=True, on_delete=models.DO_NOTHING, db_constraint=False, related_name="+"
    )
    object_type = models.CharField(max_length=60)
    object_id = models.CharField(max_length=40)
    # Field name → [before, after] for edits, so the history can show what changed.
    changes = models.JSONField(default=dict, blank=True)

    class Meta:
        ordering = ["-at", "-id"]
        indexes = [
            models.Index(fields=["object_type", "object_id", "-at"], name="audit_object_idx"),
            # The review page walks one of these from the newest entry (core.audit_review).
            models.Index(fields=["organisation", "-at", "-id"], name="audit_organisation_idx"),
            models.Index(fields=["region", "-at", "-id"], name="audit_region_idx"),
            models.Index(fields=["actor", "-at", "-id"], name="audit_actor_idx"),
        ]

    def __str__(self) -> str:
        return f"{self.at:%Y-%m-%d %H:%M} {self.action} {self.object_type}:{self.object_id}"
