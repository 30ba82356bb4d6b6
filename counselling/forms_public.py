"""Booking an appointment in a few taps: name, the language to talk in, what it is about, optional contact."""

from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from core.forms_contact import ContactForm
from core.languages import ENDONYMS
from counselling.models import ConsultationHours
from counselling.services import Booker
from directory.models import Topic

GERMAN = "de"


class BookingForm(ContactForm):
    language = forms.ChoiceField(
        label=_("Language for the conversation"),
        error_messages={"invalid_choice": _("Please choose a language from the list.")},
    )
    topic = forms.ModelChoiceField(
        label=_("What is it about? (optional)"),
        queryset=Topic.objects.none(),
        required=False,
        empty_label=_("I would rather say it there"),
        error_messages={"invalid_choice": _("Please choose a topic from the list.")},
    )
    field_order = ["name", "language", "topic", "email", "phone", "wants_reminder"]

    def __init__(self, *args: Any, hours: ConsultationHours, language: str, sms: bool, **kwargs: Any) -> None:
        super().__init__(*args, sms=sms, **kwargs)
        spoken = list(dict.fromkeys([GERMAN, *hours.languages]))
        choices = [(code, ENDONYMS.get(code, code)) for code in spoken]
        if hours.interpreter_on_request:
            choices.append(("interpreter", _("Another language: please arrange an interpreter")))
        self.fields["language"].choices = choices  # type: ignore[attr-defined]
        self.fields["language"].initial = language if language in spoken else GERMAN
        self.fields["topic"].queryset = hours.topics.all()  # type: ignore[attr-defined]
        if not hours.topics.exists():
            del self.fields["topic"]

    def booker(self, *, message_language: str) -> Booker:
        data = self.cleaned_data
        return Booker(
            name=data["name"],
            language=message_language if data["language"] == "interpreter" else data["language"],
            needs_interpreter=data["language"] == "interpreter",
            topic=data.get("topic"),
            phone=data.get("phone", ""),
            email=data.get("email", ""),
            wants_reminder=bool(data.get("wants_reminder")),
        )
