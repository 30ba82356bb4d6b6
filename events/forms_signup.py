"""The sign-up form, for a newcomer on their phone and for staff signing someone up on their behalf."""

import re
from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from core.languages import ENDONYMS, UI_LANGUAGES
from events.models import SignUp
from events.signups import Person

_PHONE_CHARS = re.compile(r"[\s\-/().]")
_PHONE = re.compile(r"\+[1-9]\d{6,14}")


def normalise_phone(value: str) -> str:
    """A German or international number in the form an SMS gateway takes: +4915112345678."""
    number = _PHONE_CHARS.sub("", value)
    if number.startswith("00"):
        number = "+" + number[2:]
    elif number.startswith("0"):
        number = "+49" + number[1:]
    return number


class SignUpForm(forms.Form):
    name = forms.CharField(
        label=_("Name or nickname"),
        max_length=80,
        help_text=_("Only so the team knows who is coming. A first name or nickname is enough."),
        error_messages={"required": _("Please enter a name or nickname.")},
    )
    party_size = forms.TypedChoiceField(
        label=_("How many people?"),
        coerce=int,
        initial=1,
        error_messages={"invalid_choice": _("Please choose how many people come, from the list.")},
    )
    email = forms.EmailField(
        label=_("E-mail (optional)"),
        required=False,
        max_length=254,
        error_messages={"invalid": _("Enter an e-mail address like name@example.org, or leave it empty.")},
    )
    phone = forms.CharField(
        label=_("Mobile number for SMS (optional)"),
        required=False,
        max_length=40,
        help_text=_("For example 0151 2345678."),
    )
    wants_reminder = forms.BooleanField(label=_("Remind me the day before"), required=False)

    def __init__(self, *args: Any, max_party_size: int, sms: bool, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["party_size"].choices = [(size, str(size)) for size in range(1, max_party_size + 1)]  # type: ignore[attr-defined]
        if max_party_size == 1:
            self.fields["party_size"].widget = forms.HiddenInput()
        if not sms:
            # Least data: no number is asked for when no SMS can be sent.
            del self.fields["phone"]
        self.fields["email"].widget.attrs.update({"autocomplete": "email", "dir": "ltr"})
        self.fields["name"].widget.attrs.update({"autocomplete": "nickname"})
        if "phone" in self.fields:
            self.fields["phone"].widget.attrs.update({"autocomplete": "tel", "inputmode": "tel", "dir": "ltr"})
            self.fields["phone"].widget.input_type = "tel"

    def clean_name(self) -> str:
        name: str = " ".join(self.cleaned_data["name"].split())
        if not name:
            raise forms.ValidationError(_("Please enter a name or nickname."))
        return name

    def clean_phone(self) -> str:
        value: str = self.cleaned_data.get("phone", "").strip()
        if not value:
            return ""
        number = normalise_phone(value)
        if not _PHONE.fullmatch(number):
            raise forms.ValidationError(_("Enter a mobile number like 0151 2345678 or +49 151 2345678."))
        return number

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        if data.get("wants_reminder") and not (data.get("email") or data.get("phone")):
            field = "phone" if "phone" in self.fields else "email"
            message = (
                _("For a reminder, enter a mobile number or an e-mail address.")
                if field == "phone"
                else _("For a reminder, enter an e-mail address.")
            )
            self.add_error(field, message)
        return data

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
