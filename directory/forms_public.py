"""The finder's query parameters, validated so a mistyped link gets a clear message instead of an error."""

from django import forms
from django.utils.translation import gettext_lazy as _

from core.languages import CONTENT_LANGUAGES, ENDONYMS
from core.models import District
from directory.models import WEEKDAY_NAMES, Topic

WEEKDAY_CHOICES = [("", _("Any day")), ("now", _("Open now")), *WEEKDAY_NAMES]


class FinderForm(forms.Form):
    q = forms.CharField(label=_("What are you looking for?"), required=False, max_length=200)
    district = forms.ChoiceField(label=_("District"), required=False)
    topic = forms.ChoiceField(label=_("Topic"), required=False)
    lang_spoken = forms.ChoiceField(label=_("Language spoken"), required=False)
    age = forms.IntegerField(
        label=_("Age"),
        required=False,
        min_value=0,
        max_value=120,
        error_messages={
            "invalid": _("Enter the age as a whole number, for example 16."),
            "min_value": _("Enter an age between 0 and 120."),
            "max_value": _("Enter an age between 0 and 120."),
        },
    )
    free = forms.BooleanField(label=_("Free of charge only"), required=False)
    open = forms.ChoiceField(label=_("Open"), required=False, choices=WEEKDAY_CHOICES)
    page = forms.IntegerField(required=False, min_value=1, widget=forms.HiddenInput)

    def __init__(
        self, data: object, *, districts: list[District], topics: list[Topic], language: str, **kwargs: object
    ) -> None:
        super().__init__(data, **kwargs)  # type: ignore[arg-type]
        self.districts = {district.slug: district for district in districts}
        self.topics = {topic.slug: topic for topic in topics}
        self.fields["district"].choices = [("", _("All districts"))] + [(d.slug, d.name) for d in districts]  # type: ignore[attr-defined]
        self.fields["topic"].choices = [("", _("All topics"))] + [(t.slug, t.name_in(language)) for t in topics]  # type: ignore[attr-defined]
        self.fields["lang_spoken"].choices = [("", _("Any language"))] + [  # type: ignore[attr-defined]
            (code, ENDONYMS[code]) for code in CONTENT_LANGUAGES
        ]
        for name in ("district", "topic", "lang_spoken", "open"):
            self.fields[name].error_messages["invalid_choice"] = _(
                "“%(value)s” is not one of the choices; pick one from the list."
            )

    def active_filters(self) -> dict[str, object]:
        """The filters in use, as they go into the anonymous search log."""
        if not self.is_valid():
            return {}
        return {
            name: value
            for name, value in self.cleaned_data.items()
            if name not in {"q", "page"} and value not in (None, "", False)
        }
