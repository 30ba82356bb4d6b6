"""Welcome home visits: households who moved into the district and agreed to a visit, the visits, the checklist
of what is settled (school, Kita, doctor, energy contract, transport ticket, Jobcenter…), the follow-ups made
from its open points, and the anonymous counts that stay when a household is erased.

A household record is pseudonymous: a label the team recognises, the district, how many people, which languages,
when they moved in and when they agreed. Its phone number, if any, exists in the database only encrypted
(counselling.crypto).
"""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from core.languages import ENDONYMS
from core.models import District, Organisation, Region


def _names(codes: list[str]) -> str:
    return ", ".join(ENDONYMS.get(code, code) for code in codes)


class Volunteer(models.Model):
    """Someone who visits for the organisation without a staff account: a display name and their languages."""

    region = models.ForeignKey(Region, on_delete=models.CASCADE, related_name="+")
    organisation = models.ForeignKey(Organisation, on_delete=models.CASCADE, related_name="home_visit_volunteers")
    display_name = models.CharField(_("display name"), max_length=80)
    # ISO 639-1 codes, German included when they speak it.
    languages = models.JSONField(_("languages spoken"), default=list, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["display_name", "pk"]
        constraints = [
            models.CheckConstraint(condition=~Q(display_name=""), name="volunteer_has_a_name"),
            models.UniqueConstraint(fields=["organisation", "display_name"], name="volunteer_name_unique_per_org"),
        ]

    def __str__(self) -> str:
        return self.display_name

    def language_names(self) -> str:
        return _names(self.languages)


class Household(models.Model):
    """A household on the visit list, because it agreed (consent_given_on); pseudonymous, least data."""

    region = models.ForeignKey(Region, on_delete=models.CASCADE, related_name="+")
    organisation = models.ForeignKey(Organisation, on_delete=models.CASCADE, related_name="households")
    # RESTRICT: a district with households cannot be deleted on its own (only with its whole region).
    district = models.ForeignKey(District, on_delete=models.RESTRICT, related_name="+", verbose_name=_("district"))
    label = models.CharField(_("label"), max_length=80)
    household_size = models.PositiveSmallIntegerField(_("people in the household"))
    languages = models.JSONField(_("languages spoken"), default=list)
    moved_in_on = models.DateField(_("moved in on"))
    consent_given_on = models.DateField(_("agreed to the visit on"))
    # How to reach them, if they gave a number: Fernet ciphertext (counselling.crypto), never the number itself.
    phone_ciphertext = models.BinaryField(null=True, blank=True, editable=False)
    added_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-moved_in_on", "-pk"]
        constraints = [
            models.CheckConstraint(condition=~Q(label=""), name="household_has_a_label"),
            models.CheckConstraint(
                condition=Q(household_size__gte=1, household_size__lte=30), name="household_size_plausible"
            ),
        ]
        indexes = [models.Index(fields=["organisation", "-moved_in_on", "-id"], name="household_org_moved_in_idx")]

    def __str__(self) -> str:
        return self.label

    def language_names(self) -> str:
        return _names(self.languages)


class Visit(models.Model):
    class Status(models.TextChoices):
        PLANNED = "planned", _("Planned")
        DONE = "done", _("Visited")
        NOT_MET = "not_met", _("Not met")

    class Outcome(models.TextChoices):
        SETTLED = "settled", _("Arrived well, nothing more needed")
        SUPPORT = "support", _("Needs support: follow-ups agreed")
        REFERRED = "referred", _("Referred to partners")
        DECLINED = "declined", _("Did not want further help")

    household = models.ForeignKey(Household, on_delete=models.CASCADE, related_name="visits")
    # Who visits: a staff member or a volunteer of the organisation, or nobody yet; never both.
    staff = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    volunteer = models.ForeignKey(Volunteer, null=True, blank=True, on_delete=models.SET_NULL, related_name="visits")
    planned_on = models.DateField(_("planned on"))
    status = models.CharField(_("status"), max_length=8, choices=Status.choices, default=Status.PLANNED)
    outcome = models.CharField(_("outcome"), max_length=10, choices=Outcome.choices, blank=True)
    outcome_note = models.CharField(_("short note on the outcome"), max_length=300, blank=True)
    # The day of the visit, or of the attempt when nobody was met.
    done_on = models.DateField(_("visited on"), null=True, blank=True)
    recorded_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-planned_on", "-pk"]
        constraints = [
            models.CheckConstraint(
                condition=Q(staff__isnull=True) | Q(volunteer__isnull=True), name="visit_at_most_one_assignee"
            ),
            models.CheckConstraint(
                condition=(Q(status="planned") & Q(done_on__isnull=True) & Q(outcome=""))
                | (Q(status="done") & Q(done_on__isnull=False) & ~Q(outcome=""))
                | (Q(status="not_met") & Q(done_on__isnull=False) & Q(outcome="")),
                name="visit_result_matches_status",
            ),
            models.UniqueConstraint(
                fields=["household"], condition=Q(status="planned"), name="visit_one_planned_per_household"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.household} {self.planned_on}"


class ChecklistPoint(models.Model):
    """One point of a visit's checklist: settled (checked), or open, with or without a follow-up."""

    class Kind(models.TextChoices):
        SCHOOL = "school", _("School")
        KITA = "kita", _("Kita (day care)")
        DOCTOR = "doctor", _("Doctor")
        ENERGY = "energy", _("Electricity and gas contract")
        TRANSPORT = "transport", _("Transport ticket")
        JOBCENTER = "jobcenter", _("Jobcenter")
        OTHER = "other", _("Other")

    visit = models.ForeignKey(Visit, on_delete=models.CASCADE, related_name="points")
    kind = models.CharField(_("kind"), max_length=10, choices=Kind.choices)
    # Only for "other": what the point is about.
    label = models.CharField(_("label"), max_length=120, blank=True)
    checked = models.BooleanField(_("settled"), default=False)
    # Open, but the counsellor decided it needs no follow-up (e.g. no children of school age).
    not_needed = models.BooleanField(_("no follow-up needed"), default=False)

    class Meta:
        ordering = ["pk"]
        constraints = [
            models.CheckConstraint(
                condition=(Q(kind="other") & ~Q(label="")) | (~Q(kind="other") & Q(label="")),
                name="checklist_point_label_only_for_other",
            ),
            models.CheckConstraint(
                condition=Q(checked=False) | Q(not_needed=False), name="checklist_point_settled_or_open"
            ),
            models.UniqueConstraint(
                fields=["visit", "kind"], condition=~Q(kind="other"), name="checklist_point_kind_once_per_visit"
            ),
        ]

    def __str__(self) -> str:
        return self.name

    @property
    def name(self) -> str:
        return self.label or str(self.get_kind_display())


class FollowUp(models.Model):
    """An open checklist point to act on by a due date."""

    household = models.ForeignKey(Household, on_delete=models.CASCADE, related_name="follow_ups")
    point = models.OneToOneField(ChecklistPoint, on_delete=models.CASCADE, related_name="follow_up")
    text = models.CharField(_("what is to be done"), max_length=200, blank=True)
    due_on = models.DateField(_("due on"))
    done_on = models.DateField(_("done on"), null=True, blank=True)
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["done_on", "due_on", "pk"]
        indexes = [
            models.Index(fields=["due_on"], condition=Q(done_on__isnull=True), name="follow_up_open_due_idx"),
        ]

    def __str__(self) -> str:
        return f"{self.point} {self.due_on}"


class VisitCount(models.Model):
    """Anonymous counts, written when a result is recorded and kept when the household is erased: visits (and the
    people in the visited households) per organisation, district, month, status and outcome."""

    region = models.ForeignKey(Region, on_delete=models.CASCADE, related_name="+")
    organisation = models.ForeignKey(Organisation, on_delete=models.CASCADE, related_name="+")
    district = models.ForeignKey(District, on_delete=models.CASCADE, related_name="+")
    month = models.DateField()  # the first day of the month of the visit
    status = models.CharField(max_length=8, choices=[c for c in Visit.Status.choices if c[0] != "planned"])
    outcome = models.CharField(max_length=10, choices=Visit.Outcome.choices, blank=True)
    visits = models.PositiveIntegerField(default=0)
    people = models.PositiveIntegerField(default=0)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["organisation", "district", "month", "status", "outcome"], name="visit_count_unique"
            ),
            models.CheckConstraint(condition=Q(month__day=1), name="visit_count_month_starts_on_the_first"),
        ]

    def __str__(self) -> str:
        return f"{self.month:%Y-%m} {self.status} {self.visits}"


class ChecklistCount(models.Model):
    """Anonymous counts of checklist results per organisation, district, month and kind (labels not kept)."""

    class Result(models.TextChoices):
        CHECKED = "checked", _("Settled")
        FOLLOW_UP = "follow_up", _("Follow-up")
        NOT_NEEDED = "not_needed", _("No follow-up needed")

    region = models.ForeignKey(Region, on_delete=models.CASCADE, related_name="+")
    organisation = models.ForeignKey(Organisation, on_delete=models.CASCADE, related_name="+")
    district = models.ForeignKey(District, on_delete=models.CASCADE, related_name="+")
    month = models.DateField()
    kind = models.CharField(max_length=10, choices=ChecklistPoint.Kind.choices)
    result = models.CharField(max_length=10, choices=Result.choices)
    points = models.PositiveIntegerField(default=0)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["organisation", "district", "month", "kind", "result"], name="checklist_count_unique"
            ),
            models.CheckConstraint(condition=Q(month__day=1), name="checklist_count_month_starts_on_the_first"),
        ]

    def __str__(self) -> str:
        return f"{self.month:%Y-%m} {self.kind} {self.result} {self.points}"
