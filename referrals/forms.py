"""Forms for sending a referral and for the partner's answer."""

from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from core.languages import CONTENT_LANGUAGES, ENDONYMS
from core.models import Organisation
from counselling.models import Consent
from directory.models import Offer
from referrals import selectors
from referrals.models import Referral
from referrals.services import Passed

OUTSIDE_CHANNELS = [(channel.value, channel.label) for channel in (Referral.Channel.LETTER, Referral.Channel.EMAIL)]


class ReferralForm(forms.Form):
    partner = forms.ModelChoiceField(
        label=_("Partner organisation"), queryset=Organisation.objects.none(), required=False
    )
    offer = forms.ModelChoiceField(label=_("Or a specific offer"), queryset=Offer.objects.none(), required=False)
    name = forms.CharField(label=_("Name or nickname the partner will know the person by"), max_length=80)
    reach = forms.CharField(
        label=_("How the partner can reach the person (optional)"),
        max_length=120,
        required=False,
        help_text=_("Only if the person wants the partner to contact them, e.g. a phone number."),
    )
    message = forms.CharField(
        label=_("What the person needs from the partner"),
        widget=forms.Textarea(attrs={"rows": 4}),
        max_length=2000,
    )
    language = forms.ChoiceField(
        label=_("The person's language"),
        choices=[(code, ENDONYMS.get(code, str(name))) for code, name in CONTENT_LANGUAGES.items()],
    )
    needs_interpreter = forms.BooleanField(label=_("An interpreter is needed"), required=False)
    given_how = forms.ChoiceField(
        label=_("The person agreed to this referral"),
        choices=Consent.Given.choices,
        widget=forms.RadioSelect,
        error_messages={"required": _("Refer only with the person's consent: record how they gave it.")},
    )
    channel = forms.ChoiceField(
        label=_("If the partner does not use nahbar"),
        choices=OUTSIDE_CHANNELS,
        initial=Referral.Channel.LETTER,
        widget=forms.RadioSelect,
    )

    def __init__(self, *args: Any, sender: Organisation, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["partner"].queryset = selectors.partners_for(sender)  # type: ignore[attr-defined]
        self.fields["offer"].queryset = selectors.offers_for(sender)  # type: ignore[attr-defined]
        self.fields["offer"].label_from_instance = lambda offer: f"{offer.title} ({offer.provider.name})"  # type: ignore[attr-defined]

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        partner, offer = data.get("partner"), data.get("offer")
        if offer is not None and partner is not None and offer.provider_id != partner.pk:
            raise forms.ValidationError(
                _("The offer belongs to another organisation: choose its provider or no partner.")
            )
        partner = partner or (offer.provider if offer is not None else None)
        if partner is None and not self.has_error("partner") and not self.has_error("offer"):
            self.add_error("partner", _("Choose the partner organisation or one of its offers."))
            return data
        data["partner"] = partner
        if partner is not None:
            data["channel"] = self._channel(partner, data.get("channel", ""))
        return data

    def _channel(self, partner: Organisation, chosen: str) -> str:
        if selectors.on_nahbar(partner):
            return Referral.Channel.INBOX
        if chosen == Referral.Channel.EMAIL and not partner.email:
            self.add_error(
                "channel", _("%(partner)s has no public e-mail address: print the letter.") % {"partner": partner}
            )
        return chosen

    def passed(self) -> Passed:
        data = self.cleaned_data
        return Passed(name=data["name"], reach=data["reach"], message=data["message"])


class DeclineForm(forms.Form):
    reason = forms.ChoiceField(label=_("Reason"), choices=Referral.DeclineReason.choices, widget=forms.RadioSelect)
    note = forms.CharField(
        label=_("A note for the sender (optional)"),
        widget=forms.Textarea(attrs={"rows": 3}),
        max_length=2000,
        required=False,
    )


class ReportForm(forms.Form):
    report = forms.CharField(
        label=_("Report back: what happened"),
        widget=forms.Textarea(attrs={"rows": 4}),
        max_length=4000,
        help_text=_("Only what the person agreed to share with the sender."),
    )


class AnswerForPartnerForm(forms.Form):
    """The sender records what a partner without nahbar answered by phone or letter."""

    step = forms.ChoiceField(
        label=_("The partner told us"),
        choices=[("accepted", _("They accepted")), ("declined", _("They declined")), ("done", _("They are done"))],
        widget=forms.RadioSelect,
    )
    reason = forms.ChoiceField(label=_("Reason, if declined"), choices=Referral.DeclineReason.choices, required=False)
    note = forms.CharField(
        label=_("What they said"), widget=forms.Textarea(attrs={"rows": 3}), max_length=4000, required=False
    )

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        if data.get("step") == "declined" and not data.get("reason"):
            self.add_error("reason", _("Choose why the partner declined."))
        if data.get("step") == "done" and not data.get("note"):
            self.add_error("note", _("Write down what the partner reported."))
        return data
