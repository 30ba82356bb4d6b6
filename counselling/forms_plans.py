"""Forms of the recognition checklist and the youth plan (their texts are encrypted by counselling.plans)."""

import datetime as dt
from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from core.models import Organisation
from counselling.countries import is_code
from counselling.models import Person, Recognition, YouthPlan
from counselling.models_plans import DECISIONS
from counselling.plans import DEFAULT_STEPS, PartnerRole, youth_refusal

DATE = forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")
# Rows for partners on the youth plan page; a plan rarely has more than three or four.
PARTNER_ROWS = 5


class RecognitionForm(forms.Form):
    document = forms.ChoiceField(label=_("Document"), choices=Recognition.Document.choices)
    country = forms.CharField(
        label=_("Country of issue (ISO code)"),
        max_length=2,
        help_text=_("Two letters, e.g. SY, AF, UA, TR."),
        error_messages={"required": _("Enter the country that issued the certificate, e.g. SY.")},
    )
    qualification = forms.CharField(
        label=_("Profession or qualification"),
        max_length=300,
        help_text=_("As the certificate names it, e.g. Elektroingenieur, Abitur."),
    )
    reference_profession = forms.CharField(
        label=_("German reference profession (optional)"), max_length=200, required=False
    )
    authority = forms.CharField(
        label=_("Competent authority"),
        max_length=200,
        help_text=_("e.g. Bezirksregierung Düsseldorf, IHK FOSA, ZAB"),
    )
    steps = forms.TypedMultipleChoiceField(
        label=_("Steps to start with"),
        choices=[(str(number), label) for number, label in enumerate(DEFAULT_STEPS)],
        coerce=int,
        required=False,
        initial=[str(number) for number in range(len(DEFAULT_STEPS))],
        widget=forms.CheckboxSelectMultiple,
    )

    def clean_country(self) -> str:
        value: str = self.cleaned_data.get("country", "").strip().upper()
        if not is_code(value):
            raise forms.ValidationError(_("Enter two letters, e.g. SY."))
        return value

    def step_labels(self) -> list[str]:
        """The ticked default steps, in their order, in the language of the page."""
        return [str(DEFAULT_STEPS[number]) for number in sorted(self.cleaned_data["steps"])]


class StatusForm(forms.Form):
    status = forms.ChoiceField(label=_("Status"), choices=Recognition.Status.choices)
    decided_on = forms.DateField(label=_("Decided on"), required=False, widget=DATE)

    def __init__(self, *args: Any, today: dt.date, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.today = today

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        status, decided_on = data.get("status"), data.get("decided_on")
        if status in DECISIONS and decided_on is None:
            self.add_error("decided_on", _("Enter the date of the decision."))
        elif status and status not in DECISIONS and decided_on is not None:
            self.add_error(
                "decided_on", _("Only a decision (partial, recognised, refused) has a date. Clear the date.")
            )
        elif decided_on is not None and decided_on > self.today:
            self.add_error("decided_on", _("The decision cannot be in the future."))
        return data


class StepForm(forms.Form):
    label = forms.CharField(label=_("New step"), max_length=200)


class YouthPlanForm(forms.Form):
    """The plan, and up to PARTNER_ROWS partners of the town, each with what it does (partner_N, role_N)."""

    version = forms.IntegerField(widget=forms.HiddenInput, min_value=0)
    goal = forms.ChoiceField(label=_("Goal"), choices=YouthPlan.Goal.choices)
    goal_text = forms.CharField(
        label=_("The goal in a few words"),
        max_length=200,
        help_text=_("e.g. Hauptschulabschluss next summer, apprenticeship as a painter"),
    )
    target_on = forms.DateField(label=_("Target date (optional)"), required=False, widget=DATE)
    place = forms.CharField(label=_("School or training place (optional)"), max_length=200, required=False)

    def __init__(self, *args: Any, person: Person, organisations: list[Organisation], today: dt.date, **kwargs: Any):
        super().__init__(*args, **kwargs)
        self.person, self.today = person, today
        self.organisations = {organisation.pk: organisation for organisation in organisations}
        choices = [("", "–"), *((organisation.pk, organisation.name) for organisation in organisations)]
        for row in range(1, PARTNER_ROWS + 1):
            self.fields[f"partner_{row}"] = forms.TypedChoiceField(
                label=_("Partner %(number)s") % {"number": row},
                choices=choices,
                coerce=int,
                required=False,
                empty_value=None,
            )
            self.fields[f"role_{row}"] = forms.CharField(
                label=_("What partner %(number)s does") % {"number": row}, max_length=200, required=False
            )

    def partner_rows(self) -> list[tuple[forms.BoundField, forms.BoundField]]:
        return [(self[f"partner_{row}"], self[f"role_{row}"]) for row in range(1, PARTNER_ROWS + 1)]

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        refusal = youth_refusal(self.person, today=self.today)
        if refusal:
            raise forms.ValidationError(refusal)
        seen: set[int] = set()
        for row in range(1, PARTNER_ROWS + 1):
            chosen, role = data.get(f"partner_{row}"), data.get(f"role_{row}")
            if chosen is None and role:
                self.add_error(f"partner_{row}", _("Choose the partner, or clear what it does."))
            elif chosen in seen:
                self.add_error(f"partner_{row}", _("This partner is already on the plan."))
            elif chosen is not None:
                seen.add(chosen)
        return data

    def partners(self) -> list[PartnerRole]:
        data = self.cleaned_data
        return [
            PartnerRole(self.organisations[data[f"partner_{row}"]], data.get(f"role_{row}", ""))
            for row in range(1, PARTNER_ROWS + 1)
            if data.get(f"partner_{row}") is not None
        ]


def youth_plan_initial(plan: Any) -> dict[str, Any]:
    """The form's values from a plans.YouthPlanRead, or a fresh plan's (version 0) from None."""
    if plan is None:
        return {"version": 0}
    initial = {
        "version": plan.plan.version,
        "goal": plan.plan.goal,
        "goal_text": plan.goal_text,
        "target_on": plan.plan.target_on,
        "place": plan.place,
    }
    for row, partner in enumerate(plan.partners, start=1):
        initial |= {f"partner_{row}": partner.organisation.pk, f"role_{row}": partner.role}
    return initial
