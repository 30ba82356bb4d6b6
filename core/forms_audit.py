"""Filters of the audit log review: what happened, to which object, by whom, between which days."""

from typing import Any

from django import forms
from django.contrib.auth import get_user_model
from django.utils.translation import gettext_lazy as _

from core.audit_review import ACTIONS, OBJECT_TYPES, TRANSLATION_ACTIONS, Filters


def _choices(labels: dict[str, Any], everything: str) -> list[tuple[str, str]]:
    return [("", everything), *sorted(((key, str(label)) for key, label in labels.items()), key=lambda c: c[1])]


class AuditFilterForm(forms.Form):
    action = forms.ChoiceField(label=_("What happened"), required=False)
    object_type = forms.ChoiceField(label=_("Kind of record"), required=False)
    object_id = forms.CharField(
        label=_("Number of the record"),
        required=False,
        max_length=40,
        help_text=_("For example the case number, as in the case's address."),
        widget=forms.TextInput(attrs={"inputmode": "numeric", "dir": "ltr"}),
    )
    user = forms.CharField(label=_("Staff member's user name"), required=False, max_length=150)
    since = forms.DateField(label=_("From"), required=False, widget=forms.DateInput(attrs={"type": "date"}))
    until = forms.DateField(label=_("Until"), required=False, widget=forms.DateInput(attrs={"type": "date"}))

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        action, object_type = self.fields["action"], self.fields["object_type"]
        assert isinstance(action, forms.ChoiceField)
        assert isinstance(object_type, forms.ChoiceField)
        action.choices = _choices(ACTIONS | TRANSLATION_ACTIONS, str(_("Everything")))
        object_type.choices = _choices(OBJECT_TYPES, str(_("All kinds")))

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        since, until = data.get("since"), data.get("until")
        if since and until and since > until:
            self.add_error("until", _("The end of the period cannot be before its start."))
        return data

    def filters(self) -> Filters:
        data = self.cleaned_data
        actor_id = None
        if data["user"]:
            # An unknown name matches nobody (id 0), rather than telling whether such an account exists.
            found = get_user_model().objects.filter(username=data["user"].strip()).values_list("pk", flat=True)
            actor_id = next(iter(found), 0)
        return Filters(
            action=data["action"],
            object_type=data["object_type"],
            object_id=data["object_id"].strip(),
            actor_id=actor_id,
            since=data["since"],
            until=data["until"],
        )
