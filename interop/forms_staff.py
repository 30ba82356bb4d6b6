"""Upload forms: offer spreadsheets, and HSDS files (JSON or a CSV data package)."""

from django import forms
from django.utils.translation import gettext_lazy as _

MAX_UPLOAD_BYTES = 5 * 1024 * 1024


class UploadForm(forms.Form):
    file = forms.FileField(
        label=_("Spreadsheet (.xlsx or .csv)"),
        widget=forms.ClearableFileInput(attrs={"accept": ".xlsx,.csv"}),
    )

    def clean_file(self) -> object:
        upload = self.cleaned_data["file"]
        if upload.size > MAX_UPLOAD_BYTES:
            raise forms.ValidationError(_("The file is larger than 5 MB. Split it into smaller files."))
        return upload


HSDS_MAX_UPLOAD_BYTES = 20 * 1024 * 1024


class HsdsUploadForm(forms.Form):
    # Shown on the same page as the spreadsheet upload: its fields need names and ids of their own.
    PREFIX = "hsds"

    file = forms.FileField(
        label=_("HSDS file (.json, or a CSV data package as .zip)"),
        widget=forms.ClearableFileInput(attrs={"accept": ".json,.zip"}),
    )
    source = forms.SlugField(
        label=_("Publisher of the file"),
        max_length=80,
        initial="datei",
        help_text=_(
            "A short name without spaces, e.g. stadt-dortmund. A later file from the same publisher updates the "
            "records this one creates instead of adding them again."
        ),
    )

    def clean_file(self) -> object:
        upload = self.cleaned_data["file"]
        if upload.size > HSDS_MAX_UPLOAD_BYTES:
            raise forms.ValidationError(_("The file is larger than 20 MB. Import it with manage.py import_hsds."))
        return upload
