"""The event calendar's query parameters, checked so a mistyped link gets a clear message instead of an error."""

import datetime as dt

from django import forms
from django.utils.translation import gettext_lazy as _

from core.languages import CONTENT_LANGUAGES, ENDONYMS
from core.models import District
from directory.models import Offer, Topic
from events.calendar import DAY, MONTH, WEEK

VIEW_CHOICES = [("", _("Next weeks")), (DAY, _("Day")), (WEEK, _("Week")), (MONTH, _("Month"))]
# Far enough for any shared link, near enough that a step to the previous or next month always exists.
EARLIEST, LATEST = dt.date(2000, 1, 1), dt.date(2099, 12, 31)
FILTERS = ("district", "topic", "audience", "free", "lang_spoken")


class EventFilterForm(forms.Form):
    view = forms.ChoiceField(label=_("Show"), required=False, choices=VIEW_CHOICES)
    date = forms.DateField(
        label=_("Date"),
        required=False,
        input_formats=["%Y-%m-%d"],
        error_messages={"invalid": _("Enter the date as year-month-day, for example 2026-05-31.")},
    )
    district = forms.ChoiceField(label=_("District"), required=False)
    topic = forms.ChoiceField(label=_("Topic"), required=False)
    audience = forms.ChoiceField(label=_("For whom"), required=False)
    lang_spoken = forms.ChoiceField(label=_("Language spoken"), required=False)
    free = forms.BooleanField(label=_("Free of charge only"), required=False)
    page = forms.IntegerField(
        label=_("Page"),
        required=False,
        min_value=1,
        widget=forms.HiddenInput,
        error_messages={"invalid": _("The page must be a whole number."), "min_value": _("Pages start at 1.")},
    )

    def __init__(
        self, data: object, *, districts: list[District], topics: list[Topic], language: str, **kwargs: object
    ) -> None:
        super().__init__(data, **kwargs)  # type: ignore[arg-type]
        self.districts = {district.slug: district for district in districts}
        self.topics = {topic.slug: topic for topic in topics}
        self.fields["district"].choices = [("", _("All districts"))] + [(d.slug, d.name) for d in districts]  # type: ignore[attr-defined]
        self.fields["topic"].choices = [("", _("All topics"))] + [(t.slug, t.name_in(language)) for t in topics]  # type: ignore[attr-defined]
        self.fields["audience"].choices = [("", _("All groups")), *Offer.Audience.choices]  # type: ignore[attr-defined]
        self.fields["lang_spoken"].choices = [("", _("Any language"))] + [  # type: ignore[attr-defined]
            (code, ENDONYMS[code]) for code in CONTENT_LANGUAGES
        ]
        for name in ("view", "district", "topic", "audience", "lang_spoken"):
            self.fields[name].error_messages["invalid_choice"] = _(
                "“%(value)s” is not one of the choices; pick one from the list."
            )

    def clean_date(self) -> dt.date | None:
        day: dt.date | None = self.cleaned_data.get("date")
        if day is not None and not EARLIEST <= day <= LATEST:
            raise forms.ValidationError(
                _("Pick a date between %(first)s and %(last)s."),
                params={"first": EARLIEST.isoformat(), "last": LATEST.isoformat()},
            )
        return day

    def active_filters(self) -> bool:
        return self.is_bound and any(self.data.get(name) for name in FILTERS)
