"""Staff forms: consultation hours, and booking a slot for someone at the desk or on the phone."""

from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from core.forms_contact import ContactForm
from core.languages import CONTENT_LANGUAGES, ENDONYMS
from core.models import District, Location, Organisation
from counselling.cases import ConsentGiven
from counselling.countries import is_code
from counselling.models import CaseItem, Consent, ConsultationHours, Contact, Person
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


class CaseOpenForm(forms.Form):
    """A person who agreed to case work: pseudonymous details and the consents they gave."""

    nickname = forms.CharField(label=_("Nickname"), max_length=80)
    birth_year = forms.IntegerField(label=_("Year of birth"), min_value=1900, max_value=2100, required=False)
    gender = forms.ChoiceField(label=_("Gender"), choices=Person.Gender.choices, initial=Person.Gender.NOT_STATED)
    nationality = forms.CharField(
        label=_("Nationality (ISO code)"),
        max_length=2,
        required=False,
        help_text=_("Two letters, e.g. SY, AF, UA, TR. Empty if unknown or stateless."),
    )
    household_size = forms.IntegerField(label=_("People in the household"), min_value=1, max_value=30, required=False)
    district = forms.ModelChoiceField(label=_("District"), queryset=District.objects.none(), required=False)
    language = forms.ChoiceField(
        label=_("Language of the consent text"),
        choices=[(code, ENDONYMS.get(code, str(name))) for code, name in CONTENT_LANGUAGES.items()],
        initial="de",
    )
    case_work = forms.BooleanField(
        label=_("Agrees to counselling and case work"),
        error_messages={"required": _("A case needs the person's consent to case work. Without it, log a contact.")},
    )
    reporting = forms.BooleanField(label=_("Agrees to anonymous reporting"), required=False)
    partner = forms.ModelChoiceField(
        label=_("Agrees to sharing with this partner (optional)"), queryset=Organisation.objects.none(), required=False
    )
    given_how = forms.ChoiceField(label=_("Consent given"), choices=Consent.Given.choices, widget=forms.RadioSelect)

    def __init__(self, *args: Any, organisation: Organisation, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["district"].queryset = District.objects.filter(region=organisation.region_id)  # type: ignore[attr-defined]
        self.fields["partner"].queryset = Organisation.objects.filter(region=organisation.region_id).exclude(  # type: ignore[attr-defined]
            pk=organisation.pk
        )

    def clean_nationality(self) -> str:
        value: str = self.cleaned_data.get("nationality", "").strip().upper()
        if value and not is_code(value):
            raise forms.ValidationError(_("Enter two letters, e.g. SY, or leave it empty."))
        return value

    def person(self) -> dict[str, Any]:
        data = self.cleaned_data
        fields = ("nickname", "birth_year", "gender", "nationality", "household_size", "district", "language")
        return {name: data[name] for name in fields}

    def consents(self) -> list[ConsentGiven]:
        data = self.cleaned_data
        given = [ConsentGiven(Consent.Purpose.CASE_WORK, data["given_how"])]
        if data.get("reporting"):
            given.append(ConsentGiven(Consent.Purpose.REPORTING, data["given_how"]))
        if data.get("partner"):
            given.append(ConsentGiven(Consent.Purpose.SHARE, data["given_how"], data["partner"]))
        return given


class NoteForm(forms.Form):
    text = forms.CharField(label=_("New note"), widget=forms.Textarea(attrs={"rows": 4}), max_length=10000)


class CaseItemForm(forms.Form):
    kind = forms.ChoiceField(label=_("Kind"), choices=CaseItem.Kind.choices)
    text = forms.CharField(label=_("Text"), max_length=500)
    due_on = forms.DateField(
        label=_("Due on"), required=False, widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")
    )

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        if data.get("kind") == CaseItem.Kind.FOLLOW_UP and not data.get("due_on"):
            self.add_error("due_on", _("A follow-up needs the date it is due."))
        return data
