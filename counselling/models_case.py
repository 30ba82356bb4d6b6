"""People who need ongoing help and agreed to it: a pseudonymous record, their consents, their case and notes.

Imported by counselling.models; kept apart because every field here is personal data under the strictest rules.
"""

from django.conf import settings
from django.db import models
from django.db.models import F, Q
from django.utils.translation import gettext_lazy as _

from core.models import District, Organisation, Region


class Person(models.Model):
    """Pseudonymous: a nickname, no address, no birth date, only what the work needs."""

    class Gender(models.TextChoices):
        FEMALE = "female", _("Female")
        MALE = "male", _("Male")
        DIVERSE = "diverse", _("Diverse")
        NOT_STATED = "not_stated", _("Not stated")

    region = models.ForeignKey(Region, on_delete=models.CASCADE, related_name="+")
    organisation = models.ForeignKey(Organisation, on_delete=models.CASCADE, related_name="people")
    nickname = models.CharField(_("nickname"), max_length=80)
    birth_year = models.PositiveSmallIntegerField(_("year of birth"), null=True, blank=True)
    gender = models.CharField(_("gender"), max_length=12, choices=Gender.choices, default=Gender.NOT_STATED)
    # ISO 3166-1 alpha-2; third-country status follows from it (see counselling.countries).
    nationality = models.CharField(_("nationality"), max_length=2, blank=True)
    third_country = models.BooleanField(_("third-country national"), default=False)
    household_size = models.PositiveSmallIntegerField(_("people in the household"), null=True, blank=True)
    district = models.ForeignKey(
        District, null=True, blank=True, on_delete=models.SET_NULL, related_name="+", verbose_name=_("district")
    )
    # The language consent texts and letters are shown in.
    language = models.CharField(_("language"), max_length=8, default="de")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.CheckConstraint(
                condition=Q(birth_year__isnull=True) | (Q(birth_year__gte=1900) & Q(birth_year__lte=2100)),
                name="person_birth_year_plausible",
            )
        ]

    def __str__(self) -> str:
        return self.nickname


class Consent(models.Model):
    class Purpose(models.TextChoices):
        CASE_WORK = "case_work", _("Counselling and case work")
        SHARE = "share", _("Sharing with a named partner")
        REPORTING = "reporting", _("Anonymous reporting")

    class Given(models.TextChoices):
        SCREEN = "screen", _("On screen")
        PAPER = "paper", _("On a signed printed form")

    person = models.ForeignKey(Person, on_delete=models.CASCADE, related_name="consents")
    purpose = models.CharField(max_length=10, choices=Purpose.choices)
    partner = models.ForeignKey(
        Organisation, null=True, blank=True, on_delete=models.CASCADE, related_name="+", verbose_name=_("partner")
    )
    given_how = models.CharField(max_length=8, choices=Given.choices)
    language = models.CharField(max_length=8)
    # The text as the person saw it, in their language: what they agreed to, kept as proof.
    wording = models.TextField()
    given_at = models.DateTimeField()
    recorded_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    withdrawn_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["given_at"]
        constraints = [
            models.CheckConstraint(
                condition=(Q(purpose="share") & Q(partner__isnull=False))
                | (~Q(purpose="share") & Q(partner__isnull=True)),
                name="consent_partner_only_for_sharing",
            ),
            models.CheckConstraint(
                condition=Q(withdrawn_at__isnull=True) | Q(withdrawn_at__gte=F("given_at")),
                name="consent_withdrawn_after_given",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.person} {self.purpose}"


class Case(models.Model):
    class Status(models.TextChoices):
        OPEN = "open", _("Open")
        CLOSED = "closed", _("Closed")

    region = models.ForeignKey(Region, on_delete=models.CASCADE, related_name="+")
    organisation = models.ForeignKey(Organisation, on_delete=models.CASCADE, related_name="cases")
    person = models.ForeignKey(Person, on_delete=models.CASCADE, related_name="cases")
    counsellor = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    status = models.CharField(max_length=8, choices=Status.choices, default=Status.OPEN)
    opened_on = models.DateField()
    closed_on = models.DateField(null=True, blank=True)

    class Meta:
        ordering = ["-opened_on", "-pk"]
        constraints = [
            models.CheckConstraint(
                condition=(Q(status="open") & Q(closed_on__isnull=True))
                | (Q(status="closed") & Q(closed_on__isnull=False)),
                name="case_closed_on_when_closed",
            )
        ]
        indexes = [models.Index(fields=["organisation", "status", "-opened_on"], name="case_org_status_idx")]

    def __str__(self) -> str:
        return f"{self.person} ({self.opened_on})"


class CaseNote(models.Model):
    """A note on a case; its text exists in the database only encrypted (counselling.crypto)."""

    case = models.ForeignKey(Case, on_delete=models.CASCADE, related_name="notes")
    author = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    written_at = models.DateTimeField(auto_now_add=True)
    ciphertext = models.BinaryField()

    class Meta:
        ordering = ["written_at", "pk"]

    def __str__(self) -> str:
        return f"note {self.pk}"


class CaseItem(models.Model):
    """What the person needs, what they aim for, and follow-ups with a due date; the text only encrypted."""

    class Kind(models.TextChoices):
        NEED = "need", _("Need")
        GOAL = "goal", _("Goal")
        FOLLOW_UP = "follow_up", _("Follow-up")

    case = models.ForeignKey(Case, on_delete=models.CASCADE, related_name="items")
    kind = models.CharField(max_length=10, choices=Kind.choices)
    ciphertext = models.BinaryField()
    due_on = models.DateField(null=True, blank=True)
    done_on = models.DateField(null=True, blank=True)
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")

    class Meta:
        ordering = ["kind", "done_on", "due_on", "pk"]
        constraints = [
            models.CheckConstraint(
                condition=~Q(kind="follow_up") | Q(due_on__isnull=False), name="case_item_follow_up_has_due_date"
            )
        ]

    def __str__(self) -> str:
        return f"{self.kind} {self.pk}"
