"""Staff forms of the home visits: a household that agreed, planning a visit, its result, a volunteer."""

import datetime as dt
from dataclasses import dataclass
from typing import Any

from django import forms
from django.forms import BoundField
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from core.languages import CONTENT_LANGUAGES, ENDONYMS
from core.models import District, Organisation
from homevisits.models import ChecklistPoint, Household, Visit
from homevisits.selectors import Assignee, State
from homevisits.services import (
    HomeVisitRefused,
    HouseholdDetails,
    PointResult,
    check_consent_date,
    check_visit_day,
    clean_phone,
    settled_and_not_needed,
)

LANGUAGE_CHOICES = [(code, ENDONYMS.get(code, str(name))) for code, name in CONTENT_LANGUAGES.items()]
FIXED_KINDS = [kind for kind in ChecklistPoint.Kind if kind != ChecklistPoint.Kind.OTHER]


def _date_input() -> forms.DateInput:
    return forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")


def _languages_field(label: Any) -> forms.MultipleChoiceField:
    return forms.MultipleChoiceField(
        label=label,
        choices=LANGUAGE_CHOICES,
        widget=forms.CheckboxSelectMultiple,
        error_messages={"required": _("Choose at least one language the household speaks.")},
    )


class HouseholdForm(forms.Form):
    """A household that agreed to a welcome home visit: pseudonymous, and no more than the visit needs."""

    label = forms.CharField(
        label=_("Label"),
        max_length=80,
        help_text=_("A nickname the team recognises, e.g. “Family Sunflower”. No full names."),
    )
    district = forms.ModelChoiceField(label=_("District"), queryset=District.objects.none())
    household_size = forms.IntegerField(label=_("People in the household"), min_value=1, max_value=30)
    languages = _languages_field(_("Languages spoken"))
    moved_in_on = forms.DateField(label=_("Moved in on"), widget=_date_input())
    consent_given_on = forms.DateField(
        label=_("Agreed to the visit on"),
        widget=_date_input(),
        error_messages={"required": _("A household is put on the list only when it agreed: enter the day it agreed.")},
    )
    phone = forms.CharField(
        label=_("Phone (optional)"),
        max_length=40,
        required=False,
        help_text=_("Only if they want to be called to arrange the visit. Stored encrypted."),
    )

    def __init__(self, *args: Any, organisation: Organisation, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["district"].queryset = District.objects.filter(region=organisation.region_id)  # type: ignore[attr-defined]
        self.fields["phone"].widget.attrs.update({"inputmode": "tel", "dir": "ltr", "autocomplete": "off"})
        self.fields["phone"].widget.input_type = "tel"

    def clean_consent_given_on(self) -> dt.date:
        given_on: dt.date = self.cleaned_data["consent_given_on"]
        try:
            check_consent_date(given_on, today=timezone.localdate())
        except HomeVisitRefused as refused:
            raise forms.ValidationError(refused.message) from refused
        return given_on

    def clean_phone(self) -> str:
        try:
            return clean_phone(self.cleaned_data.get("phone", ""))
        except HomeVisitRefused as refused:
            raise forms.ValidationError(refused.message) from refused

    def details(self) -> HouseholdDetails:
        data = self.cleaned_data
        return HouseholdDetails(
            label=data["label"],
            district=data["district"],
            household_size=data["household_size"],
            languages=data["languages"],
            moved_in_on=data["moved_in_on"],
            consent_given_on=data["consent_given_on"],
            phone=data["phone"],
        )


class PlanForm(forms.Form):
    """The day of the visit and who goes: volunteers who speak the household's language are marked and first."""

    planned_on = forms.DateField(label=_("Day of the visit"), widget=_date_input())
    assignee = forms.ChoiceField(
        label=_("Who visits"),
        required=False,
        error_messages={"invalid_choice": _("Choose someone from the list.")},
    )

    def __init__(self, *args: Any, household: Household, assignees: list[Assignee], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.household = household
        self.assignees = {assignee.value: assignee for assignee in assignees}
        volunteers = [(a.value, _option(a)) for a in assignees if a.is_volunteer]
        staff = [(a.value, a.name) for a in assignees if not a.is_volunteer]
        choices: list[Any] = [("", _("Not assigned yet"))]
        if volunteers:
            choices.append((_("Volunteers"), volunteers))
        if staff:
            choices.append((_("Staff"), staff))
        self.fields["assignee"].choices = choices  # type: ignore[attr-defined]

    def clean_planned_on(self) -> dt.date:
        day: dt.date = self.cleaned_data["planned_on"]
        try:
            check_visit_day(self.household, day)
        except HomeVisitRefused as refused:
            raise forms.ValidationError(refused.message) from refused
        return day

    def chosen(self) -> Assignee | None:
        return self.assignees.get(self.cleaned_data.get("assignee") or "")


def _option(assignee: Assignee) -> str:
    spoken = ", ".join(assignee.languages) or "–"
    if assignee.matches:
        return str(_("%(name)s (%(languages)s) – speaks the household's language")) % {
            "name": assignee.name,
            "languages": spoken,
        }
    return f"{assignee.name} ({spoken})"


@dataclass(frozen=True)
class ChecklistRow:
    kind: str
    name: str
    settled: BoundField
    not_needed: BoundField
    note: BoundField


class ResultForm(forms.Form):
    """The visit took place: what is settled, what is still open (and what is to be done), and the outcome."""

    done_on = forms.DateField(label=_("Visited on"), widget=_date_input())
    other_label = forms.CharField(
        label=_("Other point (optional)"),
        max_length=120,
        required=False,
        help_text=_("Something else the household needs, e.g. a bank account."),
    )
    outcome = forms.ChoiceField(
        label=_("Outcome"),
        choices=Visit.Outcome.choices,
        widget=forms.RadioSelect,
        error_messages={"required": _("Choose the outcome of the visit.")},
    )
    outcome_note = forms.CharField(
        label=_("Short note on the outcome (optional)"),
        max_length=300,
        required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text=_("No health details or other sensitive information."),
    )

    def __init__(self, *args: Any, household: Household, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.household = household
        for kind in ChecklistPoint.Kind:
            self.fields[f"settled_{kind}"] = forms.BooleanField(label=kind.label, required=False)
            self.fields[f"not_needed_{kind}"] = forms.BooleanField(
                label=_("%(point)s: no follow-up needed") % {"point": kind.label}, required=False
            )
            self.fields[f"note_{kind}"] = forms.CharField(
                label=_("%(point)s: what is to be done?") % {"point": kind.label}, max_length=200, required=False
            )
        self.fields["settled_other"].label = _("Other point: settled")

    def rows(self) -> list[ChecklistRow]:
        return [
            ChecklistRow(
                kind, str(kind.label), self[f"settled_{kind}"], self[f"not_needed_{kind}"], self[f"note_{kind}"]
            )
            for kind in ChecklistPoint.Kind
        ]

    def clean_done_on(self) -> dt.date:
        day: dt.date = self.cleaned_data["done_on"]
        try:
            check_visit_day(self.household, day)
        except HomeVisitRefused as refused:
            raise forms.ValidationError(refused.message) from refused
        if day > timezone.localdate():
            raise forms.ValidationError(_("The day of the visit cannot be in the future."))
        return day

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        for kind in ChecklistPoint.Kind:
            if data.get(f"settled_{kind}") and data.get(f"not_needed_{kind}"):
                name = kind.label
                if kind == ChecklistPoint.Kind.OTHER and data.get("other_label"):
                    name = data["other_label"]
                self.add_error(f"not_needed_{kind}", settled_and_not_needed(str(name)))
        other_used = any(data.get(f"{field}_other") for field in ("settled", "not_needed", "note"))
        if other_used and not data.get("other_label", "").strip():
            self.add_error("other_label", _("Name the other point, or leave it empty."))
        return data

    def points(self) -> list[PointResult]:
        data = self.cleaned_data
        points = [
            PointResult(
                kind=kind,
                checked=bool(data.get(f"settled_{kind}")),
                not_needed=bool(data.get(f"not_needed_{kind}")),
                note=data.get(f"note_{kind}", ""),
            )
            for kind in FIXED_KINDS
        ]
        if data.get("other_label", "").strip():
            points.append(
                PointResult(
                    kind=ChecklistPoint.Kind.OTHER,
                    label=data["other_label"],
                    checked=bool(data.get("settled_other")),
                    not_needed=bool(data.get("not_needed_other")),
                    note=data.get("note_other", ""),
                )
            )
        return points


class NotMetForm(forms.Form):
    """Nobody was there, or the household did not open: the attempt is recorded and a new visit can be planned."""

    done_on = forms.DateField(label=_("Tried on"), widget=_date_input())
    outcome_note = forms.CharField(label=_("Short note (optional)"), max_length=300, required=False)

    def __init__(self, *args: Any, household: Household, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.household = household

    def clean_done_on(self) -> dt.date:
        day: dt.date = self.cleaned_data["done_on"]
        try:
            check_visit_day(self.household, day)
        except HomeVisitRefused as refused:
            raise forms.ValidationError(refused.message) from refused
        if day > timezone.localdate():
            raise forms.ValidationError(_("The day of the visit cannot be in the future."))
        return day


class ListFilterForm(forms.Form):
    state = forms.ChoiceField(
        label=_("Visit"),
        required=False,
        choices=[
            ("", _("All")),
            (State.NOT_VISITED, _("Not visited yet")),
            (State.PLANNED, _("Visit planned")),
            (State.DONE, _("Visited")),
        ],
    )
    district = forms.ModelChoiceField(
        label=_("District"), queryset=District.objects.none(), required=False, empty_label=_("All")
    )

    def __init__(self, *args: Any, region_ids: list[int], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["district"].queryset = District.objects.filter(region__in=region_ids)  # type: ignore[attr-defined]


class VolunteerForm(forms.Form):
    display_name = forms.CharField(
        label=_("Display name"),
        max_length=80,
        help_text=_("A first name or what the team calls them; no account is needed."),
    )
    languages = forms.MultipleChoiceField(
        label=_("Languages spoken"),
        choices=LANGUAGE_CHOICES,
        widget=forms.CheckboxSelectMultiple,
        error_messages={"required": _("Choose the languages the volunteer speaks.")},
    )
