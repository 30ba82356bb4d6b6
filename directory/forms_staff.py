"""Forms for staff: an offer with its opening times, and one translation beside its German source."""

import datetime as dt
from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from core.languages import CONTENT_LANGUAGES
from core.models import District, Location, Organisation
from directory.models import WEEKDAY_NAMES, Offer, OfferTranslation, Project, Topic
from directory.services import OpeningTimes

CHECKBOXES = forms.CheckboxSelectMultiple(attrs={"class": "checkbox-list"})


def check_ages_and_cost(form: forms.BaseForm, data: dict[str, Any]) -> None:
    """The age range in order, an amount when it costs money, the pass when it is reduced (offers and events)."""
    age_min, age_max = data.get("age_min"), data.get("age_max")
    if age_min is not None and age_max is not None and age_min > age_max:
        form.add_error("age_max", _("The maximum age must not be below the minimum age."))
    if data.get("cost") == Offer.Cost.AMOUNT and data.get("cost_amount") is None:
        form.add_error("cost_amount", _("Enter the amount in euros, or choose “Free”."))
    if data.get("cost") == Offer.Cost.REDUCED and not data.get("cost_pass_name"):
        form.add_error("cost_pass_name", _("Name the pass that gives the reduction, e.g. Dorsten-Pass."))


class OfferForm(forms.ModelForm):
    version = forms.IntegerField(widget=forms.HiddenInput, required=False)
    audience = forms.MultipleChoiceField(
        label=_("Audience"), choices=Offer.Audience.choices, widget=CHECKBOXES, required=False
    )
    contact_url = forms.URLField(label=_("web page"), required=False, assume_scheme="https")
    languages = forms.MultipleChoiceField(
        label=_("Languages spoken"), choices=list(CONTENT_LANGUAGES.items()), widget=CHECKBOXES, required=False
    )

    class Meta:
        model = Offer
        fields = [
            "title",
            "summary",
            "description",
            "offer_type",
            "topics",
            "audience",
            "age_min",
            "age_max",
            "languages",
            "interpreter_on_request",
            "cost",
            "cost_amount",
            "cost_pass_name",
            "registration_required",
            "locations",
            "is_mobile",
            "served_districts",
            "is_online",
            "is_ongoing",
            "by_appointment",
            "contact_name",
            "contact_phone",
            "contact_email",
            "contact_url",
            "partners",
            "project",
            "valid_from",
            "valid_until",
        ]
        widgets = {
            "topics": CHECKBOXES,
            "locations": CHECKBOXES,
            "served_districts": CHECKBOXES,
            "partners": CHECKBOXES,
            "description": forms.Textarea(attrs={"rows": 6}),
            "summary": forms.Textarea(attrs={"rows": 2}),
            "valid_from": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
            "valid_until": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
        }
        help_texts = {
            "summary": _("One sentence: what newcomers get here."),
            "contact_phone": _("An office number, never a private one."),
        }

    def __init__(self, *args: Any, region_id: int, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["topics"].queryset = Topic.objects.all()  # type: ignore[attr-defined]
        self.fields["locations"].queryset = Location.objects.filter(region_id=region_id)  # type: ignore[attr-defined]
        self.fields["served_districts"].queryset = District.objects.filter(region_id=region_id)  # type: ignore[attr-defined]
        self.fields["partners"].queryset = Organisation.objects.filter(region_id=region_id)  # type: ignore[attr-defined]
        self.fields["project"].queryset = Project.objects.filter(region_id=region_id)  # type: ignore[attr-defined]

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        check_ages_and_cost(self, data)
        valid_from, valid_until = data.get("valid_from"), data.get("valid_until")
        if valid_from and valid_until and valid_from > valid_until:
            self.add_error("valid_until", _("The end date must not be before the start date."))
        return data

    def values(self) -> dict[str, Any]:
        return {name: self.cleaned_data[name] for name in self.Meta.fields}


WEEKDAY_CHOICES = [("", "—"), *WEEKDAY_NAMES]
REPEAT_CHOICES = [
    ("weekly", _("every week")),
    ("biweekly", _("every second week")),
    ("1", _("first in the month")),
    ("2", _("second in the month")),
    ("3", _("third in the month")),
    ("4", _("fourth in the month")),
    ("-1", _("last in the month")),
]


class OpeningTimesForm(forms.Form):
    weekday = forms.ChoiceField(label=_("Day"), choices=WEEKDAY_CHOICES, required=False)
    repeat = forms.ChoiceField(label=_("Repeats"), choices=REPEAT_CHOICES, initial="weekly")
    opens_at = forms.TimeField(label=_("from"), required=False, widget=forms.TimeInput(attrs={"type": "time"}))
    closes_at = forms.TimeField(label=_("until"), required=False, widget=forms.TimeInput(attrs={"type": "time"}))

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        if not data.get("weekday"):
            return data
        opens, closes = data.get("opens_at"), data.get("closes_at")
        if opens is None or closes is None:
            raise forms.ValidationError(_("Give both times, e.g. 10:00 to 12:00."))
        if opens >= closes:
            raise forms.ValidationError(_("The closing time must be after the opening time."))
        return data

    def opening_times(self) -> OpeningTimes | None:
        data = self.cleaned_data
        if not data.get("weekday"):
            return None
        repeat, day = data["repeat"], data["weekday"]
        opens: dt.time = data["opens_at"]
        closes: dt.time = data["closes_at"]
        if repeat in {"weekly", "biweekly"}:
            interval = 2 if repeat == "biweekly" else 1
            return OpeningTimes(freq="WEEKLY", byday=day, opens_at=opens, closes_at=closes, interval=interval)
        return OpeningTimes(freq="MONTHLY", byday=f"{repeat}{day}", opens_at=opens, closes_at=closes)


OpeningTimesFormSet = forms.formset_factory(OpeningTimesForm, extra=2, max_num=14)


def opening_times_initial(offer: Offer) -> list[dict[str, Any]]:
    rows = []
    for schedule in offer.schedules.all():
        for value in schedule.byday.split(","):
            number, day = value[:-2], value[-2:]
            repeat = number or ("biweekly" if schedule.interval == 2 else "weekly")
            rows.append(
                {"weekday": day, "repeat": repeat, "opens_at": schedule.opens_at, "closes_at": schedule.closes_at}
            )
    return rows


class TranslationForm(forms.Form):
    version = forms.IntegerField(widget=forms.HiddenInput, required=False)
    title = forms.CharField(label=_("Title"), max_length=200)
    summary = forms.CharField(label=_("Summary"), max_length=400, widget=forms.Textarea(attrs={"rows": 2}))
    description = forms.CharField(label=_("Description"), required=False, widget=forms.Textarea(attrs={"rows": 8}))

    def values(self) -> dict[str, str]:
        return {name: self.cleaned_data[name] for name in OfferTranslation.TRANSLATED_FIELDS}
