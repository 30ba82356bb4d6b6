"""Staff forms: consultation hours, and booking a slot for someone at the desk or on the phone."""

from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from core.forms_contact import ContactForm
from core.languages import CONTENT_LANGUAGES, ENDONYMS
from core.models import District, Location, Organisation
from counselling.models import ConsultationHours, Contact
from counselling.services import Booker
from directory.forms_staff import OpeningTimesForm
from directory.models import Topic
from directory.services import OpeningTimes


class HoursForm(forms.ModelForm):
    languages = forms.MultipleChoiceField(
        label=_("Languages spoken besides German"),
        choices=[(code, name) for code, name in CONTENT_LANGUAGES.items() if code != "de"],
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )

    class Meta:
        model = ConsultationHours
        fields = [
            "organisation",
            "title",
            "kind",
            "location",
            "district",
            "slot_minutes",
            "languages",
            "interpreter_on_request",
            "topics",
            "bookable",
            "valid_from",
            "valid_until",
            "is_published",
        ]
        widgets = {
            "valid_from": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
            "valid_until": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
            "topics": forms.CheckboxSelectMultiple,
        }

    def __init__(self, *args: Any, organisations: list[Organisation], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        regions = {organisation.region_id for organisation in organisations}
        self.fields["organisation"].queryset = Organisation.objects.filter(  # type: ignore[attr-defined]
            pk__in=[organisation.pk for organisation in organisations]
        )
        self.fields["location"].queryset = Location.objects.filter(region__in=regions)  # type: ignore[attr-defined]
        self.fields["district"].queryset = District.objects.filter(region__in=regions)  # type: ignore[attr-defined]
        self.fields["topics"].queryset = Topic.objects.order_by("position")  # type: ignore[attr-defined]
        self.fields["topics"].required = False

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        organisation, place = data.get("organisation"), data.get("location")
        if data.get("kind") == ConsultationHours.Kind.OFFICE and place is None:
            self.add_error("location", _("Choose the place where the hours are held, or choose another kind."))
        if organisation and place and place.region_id != organisation.region_id:
            self.add_error("location", _("Choose a place in the organisation's town."))
        starts, ends = data.get("valid_from"), data.get("valid_until")
        if starts and ends and ends < starts:
            self.add_error("valid_until", _("The end must not be before the start."))
        return data


class WhenForm(OpeningTimesForm):
    """The weekday, rhythm and times of the hours (the offer form's opening times, one row, required)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        for name in ("weekday", "opens_at", "closes_at"):
            self.fields[name].required = True
        self.fields["weekday"].error_messages["required"] = _("Choose the day of the hours.")

    def opening(self) -> OpeningTimes:
        found = self.opening_times()
        assert found is not None  # weekday is required
        return found


def when_initial(hours: ConsultationHours) -> dict[str, Any]:
    weekday = hours.byday[-2:]
    if hours.freq == ConsultationHours.Frequency.MONTHLY:
        repeat = hours.byday[:-2]
    else:
        repeat = "biweekly" if hours.interval == 2 else "weekly"
    return {"weekday": weekday, "repeat": repeat, "opens_at": hours.opens_at, "closes_at": hours.closes_at}


class StaffBookingForm(ContactForm):
    """Booking for someone at the desk or on the phone: they choose the language of the conversation."""

    language = forms.ChoiceField(
        label=_("Language for the conversation"),
        choices=[(code, ENDONYMS.get(code, str(name))) for code, name in CONTENT_LANGUAGES.items()],
        initial="de",
        error_messages={"invalid_choice": _("Please choose a language from the list.")},
    )
    needs_interpreter = forms.BooleanField(label=_("Interpreter needed"), required=False)
    field_order = ["name", "language", "needs_interpreter", "email", "phone", "wants_reminder"]

    def booker(self) -> Booker:
        data = self.cleaned_data
        return Booker(
            name=data["name"],
            language=data["language"],
            needs_interpreter=bool(data.get("needs_interpreter")),
            phone=data.get("phone", ""),
            email=data.get("email", ""),
            wants_reminder=bool(data.get("wants_reminder")),
        )


class ContactLogForm(forms.ModelForm):
    """Logging a contact in under 30 seconds: everything but the topics is one tap."""

    language = forms.ChoiceField(
        label=_("Language used"),
        choices=[(code, ENDONYMS.get(code, str(name))) for code, name in CONTENT_LANGUAGES.items()],
        initial="de",
    )

    class Meta:
        model = Contact
        fields = ["day", "way", "language", "interpreter", "topics", "outcome", "district"]
        widgets = {
            "day": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
            "way": forms.RadioSelect,
            "outcome": forms.RadioSelect,
            "topics": forms.CheckboxSelectMultiple,
        }

    def __init__(self, *args: Any, organisation: Organisation, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["topics"].queryset = Topic.objects.order_by("position")  # type: ignore[attr-defined]
        self.fields["topics"].required = False
        self.fields["district"].queryset = District.objects.filter(region=organisation.region_id)  # type: ignore[attr-defined]
        self.fields["way"].error_messages["required"] = _("Choose how the contact happened.")
        self.fields["outcome"].error_messages["required"] = _("Choose how the contact ended.")
