"""Contact fields of public forms without an account (sign-up, appointment): a name, and a way to be reached
only if the person wants messages."""

import re
from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

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


class ContactForm(forms.Form):
    """Name, optional e-mail and mobile number (asked for only when an SMS gateway is configured), reminder."""

    name = forms.CharField(
        label=_("Name or nickname"),
        max_length=80,
        help_text=_("Only so the team knows who is coming. A first name or nickname is enough."),
        error_messages={"required": _("Please enter a name or nickname.")},
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

    def __init__(self, *args: Any, sms: bool, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
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
