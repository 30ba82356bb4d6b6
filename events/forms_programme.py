"""Which programme to print: a month, and optionally one district or one organisation."""

import datetime as dt
import re
from collections.abc import Mapping
from urllib.parse import urlencode

from django import forms
from django.utils.translation import gettext_lazy as _

from core.models import District, Organisation

_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
# Wide enough for any real programme, narrow enough that a typo like 0202 is caught.
FIRST_YEAR, LAST_YEAR = 2000, 2100


class ProgrammeForm(forms.Form):
    month = forms.CharField(
        label=_("Month"),
        help_text=_("Year and month, for example 2026-12."),
    )
    district = forms.ChoiceField(label=_("District"), required=False)
    organisation = forms.ChoiceField(label=_("Organisation"), required=False)

    def __init__(
        self,
        data: Mapping[str, str],
        *,
        districts: list[District],
        organisations: list[Organisation],
        this_month: dt.date,
    ) -> None:
        # Without a month (a bare /programme/ or a link with only a district) the programme is this month's.
        values = {name: data[name] for name in ("month", "district", "organisation") if name in data}
        values["month"] = values.get("month") or f"{this_month:%Y-%m}"
        super().__init__(values)
        self.districts = {district.slug: district for district in districts}
        self.organisations = {organisation.slug: organisation for organisation in organisations}
        district_field = self.fields["district"]
        organisation_field = self.fields["organisation"]
        assert isinstance(district_field, forms.ChoiceField)
        assert isinstance(organisation_field, forms.ChoiceField)
        district_field.choices = [("", _("All districts")), *((d.slug, d.name) for d in districts)]
        organisation_field.choices = [("", _("All organisations")), *((o.slug, o.name) for o in organisations)]
        for field in (district_field, organisation_field):
            field.error_messages["invalid_choice"] = _("“%(value)s” is not one of the choices; pick one from the list.")

    def clean_month(self) -> dt.date:
        value = self.cleaned_data["month"].strip()
        match = _MONTH.match(value)
        if not match or not 1 <= int(match[2]) <= 12 or not FIRST_YEAR <= int(match[1]) <= LAST_YEAR:
            raise forms.ValidationError(
                _("“%(value)s” is not a month. Enter year and month, for example 2026-12."),
                code="invalid",
                params={"value": value},
            )
        return dt.date(int(match[1]), int(match[2]), 1)

    def chosen_district(self) -> District | None:
        return self.districts.get(self.cleaned_data.get("district") or "")

    def chosen_organisation(self) -> Organisation | None:
        return self.organisations.get(self.cleaned_data.get("organisation") or "")

    def query_string(self) -> str:
        """The choice as URL parameters, for the PDF link and for sharing."""
        values = {"month": f"{self.cleaned_data['month']:%Y-%m}"}
        for name in ("district", "organisation"):
            if self.cleaned_data.get(name):
                values[name] = self.cleaned_data[name]
        return urlencode(values)
