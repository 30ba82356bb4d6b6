"""Public forms: a proposal, a voting code, the choices on a ballot."""

from collections.abc import Sequence
from typing import Any

from django import forms
from django.core.files.base import ContentFile
from django.utils.translation import gettext_lazy as _

from core.languages import ENDONYMS
from participation import codes, pictures
from participation.models import PROPOSAL_MAX_LENGTH
from participation.selectors import ShownProposal


class ProposalForm(forms.Form):
    text = forms.CharField(
        label=_("Your idea"),
        max_length=PROPOSAL_MAX_LENGTH,
        help_text=_("A short sentence, e.g. “A trip to the zoo”. At most 200 characters."),
        widget=forms.Textarea(attrs={"rows": 3, "maxlength": PROPOSAL_MAX_LENGTH}),
    )
    language = forms.ChoiceField(label=_("Language of your idea"))
    picture = forms.FileField(
        label=_("Picture (optional)"),
        required=False,
        help_text=_("A photo that shows your idea. JPEG, PNG or WebP, under 5 MB."),
        widget=forms.ClearableFileInput(attrs={"accept": "image/jpeg,image/png,image/webp"}),
    )

    def __init__(self, *args: Any, languages: Sequence[str], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        field = self.fields["language"]
        assert isinstance(field, forms.ChoiceField)
        field.choices = [(code, ENDONYMS.get(code, code)) for code in languages]

    def clean_text(self) -> str:
        return " ".join(str(self.cleaned_data["text"]).split())

    def clean_picture(self) -> ContentFile | None:
        upload = self.cleaned_data.get("picture")
        return pictures.cleaned_picture(upload) if upload else None


class CodeForm(forms.Form):
    code = forms.CharField(
        label=_("Your voting code"),
        max_length=20,
        help_text=_("The code on your slip, e.g. ACDE-3479."),
        widget=forms.TextInput(
            attrs={"autocomplete": "off", "autocapitalize": "characters", "spellcheck": "false", "class": "code"}
        ),
    )

    def clean_code(self) -> str:
        return codes.normalise(self.cleaned_data["code"])


class ChoiceForm(CodeForm):
    """The ballot: the code travels along in a hidden field, so the tablet keeps no session between people."""

    choices = forms.TypedMultipleChoiceField(
        label=_("Your choice"), coerce=int, required=False, widget=forms.CheckboxSelectMultiple
    )

    def __init__(self, *args: Any, proposals: Sequence[ShownProposal], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["code"].widget = forms.HiddenInput()
        field = self.fields["choices"]
        assert isinstance(field, forms.TypedMultipleChoiceField)
        field.choices = [(row.pk, row.text) for row in proposals]

    def chosen(self) -> list[int]:
        return list(self.cleaned_data.get("choices") or [])
