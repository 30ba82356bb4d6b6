"""The sign-up form, for a newcomer on their phone and for staff signing someone up on their behalf."""

from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from core.forms_contact import ContactForm
from core.languages import ENDONYMS, UI_LANGUAGES
from events.models import SignUp
from events.signups import Person


class SignUpForm(ContactForm):
    party_size = forms.TypedChoiceField(
        label=_("How many people?"),
        coerce=int,
        initial=1,
        error_messages={"invalid_choice": _("Please choose how many people come, from the list.")},
    )
    field_order = ["name", "party_size", "email", "phone", "wants_reminder"]

    def __init__(self, *args: Any, max_party_size: int, sms: bool, **kwargs: Any) -> None:
        super().__init__(*args, sms=sms, **kwargs)
        self.fields["party_size"].choices = [(size, str(size)) for size in range(1, max_party_size + 1)]  # type: ignore[attr-defined]
        if max_party_size == 1:
            self.fields["party_size"].widget = forms.HiddenInput()

    def person(self) -> Person:
        data = self.cleaned_data
        return Person(
            name=data["name"],
            party_size=data["party_size"],
            phone=data.get("phone", ""),
            email=data.get("email", ""),
            wants_reminder=bool(data.get("wants_reminder")),
        )


class StaffSignUpForm(SignUpForm):
    """Signing someone up at the café or by phone: their messages go out in the language they read."""

    language = forms.ChoiceField(
        label=_("Messages in"),
        choices=[(code, ENDONYMS.get(code, code)) for code in UI_LANGUAGES],
        error_messages={"invalid_choice": _("Please choose a language from the list.")},
    )


class AttendanceForm(forms.Form):
    present = forms.TypedMultipleChoiceField(
        label=_("Present"), coerce=int, required=False, widget=forms.CheckboxSelectMultiple
    )
    head_count = forms.IntegerField(
        label=_("Head count"),
        required=False,
        min_value=0,
        max_value=100000,
        help_text=_("Everyone who came, also without sign-up. Leave empty if you only tick names."),
        error_messages={"invalid": _("Enter the number of people as a whole number, for example 12.")},
    )

    def __init__(self, *args: Any, confirmed: list[SignUp], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["present"].choices = [(signup.pk, signup.name) for signup in confirmed]  # type: ignore[attr-defined]
