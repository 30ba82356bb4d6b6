"""Staff forms: a round's rules, codes to print, a vote or a proposal typed in for someone, a translation."""

from collections.abc import Sequence
from typing import Any

from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _

from core.languages import ENDONYMS
from core.models import Location, Organisation
from participation.models import PROPOSAL_MAX_LENGTH, Round
from participation.voting import MAX_CODES_AT_ONCE

DATE = forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")


class RoundForm(forms.ModelForm):
    version = forms.IntegerField(widget=forms.HiddenInput, required=False)
    max_choices = forms.IntegerField(
        label=_("Choices per ballot"),
        min_value=1,
        max_value=20,
        initial=3,
        help_text=_("How many proposals each person may tick (approval voting)."),
    )

    class Meta:
        model = Round
        fields = ["question", "location", "period_start", "period_end", "max_choices"]
        widgets = {"period_start": DATE, "period_end": DATE}
        help_texts = {"question": _("In German, e.g. “Was machen wir im März?”. It is translated for the others.")}

    def __init__(self, *args: Any, region_ids: Sequence[int], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        field = self.fields["location"]
        assert isinstance(field, forms.ModelChoiceField)
        field.queryset = Location.objects.filter(region_id__in=region_ids).select_related("region")

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        start, end = data.get("period_start"), data.get("period_end")
        if start and end and start > end:
            self.add_error("period_end", _("The end of the period must not be before its start."))
        return data

    def values(self) -> dict[str, Any]:
        return {name: self.cleaned_data[name] for name in ("question", "period_start", "period_end", "max_choices")}


class NewRoundForm(RoundForm):
    organisation = forms.ModelChoiceField(label=_("Organisation"), queryset=Organisation.objects.none())

    class Meta(RoundForm.Meta):
        fields = ["organisation", *RoundForm.Meta.fields]

    def __init__(self, *args: Any, organisations: Sequence[Organisation], **kwargs: Any) -> None:
        super().__init__(*args, region_ids=sorted({org.region_id for org in organisations}), **kwargs)
        field = self.fields["organisation"]
        assert isinstance(field, forms.ModelChoiceField)
        field.queryset = Organisation.objects.filter(pk__in=[org.pk for org in organisations])

    def clean(self) -> dict[str, Any]:
        data = super().clean()
        organisation, location = data.get("organisation"), data.get("location")
        if organisation and location and organisation.region_id != location.region_id:
            self.add_error("location", _("Choose a place in the organisation's own town."))
        return data


class CodesForm(forms.Form):
    count = forms.IntegerField(label=_("How many codes"), min_value=1, max_value=MAX_CODES_AT_ONCE, initial=30)
    languages = forms.MultipleChoiceField(
        label=_("Instructions on the slips in"),
        choices=[(code, ENDONYMS[code]) for code, _name in settings.LANGUAGES],
        widget=forms.CheckboxSelectMultiple(attrs={"class": "checkbox-list"}),
        initial=["de"],
    )


class ProposalTranslationForm(forms.Form):
    text = forms.CharField(label=_("Translation"), max_length=PROPOSAL_MAX_LENGTH * 2)
