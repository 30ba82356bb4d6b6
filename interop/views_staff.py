"""Offers as spreadsheets for staff: templates, export, and an upload that is previewed before anything is written."""

import base64

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from core.access import scope_of
from core.decorators import staff_member_required
from core.models import Region
from directory import selectors_staff
from directory.models import Offer
from interop.forms_staff import HsdsUploadForm, UploadForm
from interop.spreadsheets import export, importer, read, rows
from interop.spreadsheets.columns import COLUMNS

STASH = "interop_offer_upload"


def region_of(request: HttpRequest) -> Region:
    """The town whose offers are imported: the one asked for, else the first the user keeps offers in."""
    organisations = selectors_staff.organisations_editable_by(scope_of(request))
    regions = {organisation.region.slug: organisation.region for organisation in organisations}
    if not regions:
        raise PermissionDenied
    wanted = request.POST.get("region") or request.GET.get("region") or ""
    return regions.get(wanted) or sorted(regions.values(), key=lambda region: region.name)[0]


def download(data: bytes, filename: str, content_type: str) -> HttpResponse:
    response = HttpResponse(data, content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


def data_home_context(request: HttpRequest, region: Region) -> dict[str, object]:
    return {
        "form": UploadForm(),
        "hsds_form": HsdsUploadForm(prefix=HsdsUploadForm.PREFIX),
        "may_import_hsds": scope_of(request).coordinates(region.pk),
        "import_region": region,
        "columns": COLUMNS,
    }


@staff_member_required
def data_home(request: HttpRequest) -> HttpResponse:
    return render(request, "interop/staff/data_home.html", data_home_context(request, region_of(request)))


@staff_member_required
def template_xlsx(request: HttpRequest) -> HttpResponse:
    return download(export.xlsx([]), "nahbar-angebote-vorlage.xlsx", export.XLSX_TYPE)


@staff_member_required
def template_csv(request: HttpRequest) -> HttpResponse:
    return download(export.csv_bytes([]), "nahbar-angebote-vorlage.csv", "text/csv; charset=utf-8")


def _current_offers(request: HttpRequest, region: Region) -> list[Offer]:
    offers = selectors_staff.offers_visible_to(scope_of(request)).filter(region=region)
    offers = offers.exclude(status=Offer.Status.ARCHIVED).order_by("provider__name", "title")
    return list(export.offers_for_export(offers))


@staff_member_required
def export_xlsx(request: HttpRequest) -> HttpResponse:
    region = region_of(request)
    name = f"nahbar-angebote-{region.slug}-{timezone.localdate():%Y-%m-%d}.xlsx"
    return download(export.xlsx(_current_offers(request, region)), name, export.XLSX_TYPE)


@staff_member_required
def export_csv(request: HttpRequest) -> HttpResponse:
    region = region_of(request)
    name = f"nahbar-angebote-{region.slug}-{timezone.localdate():%Y-%m-%d}.csv"
    return download(export.csv_bytes(_current_offers(request, region)), name, "text/csv; charset=utf-8")


def _preview(request: HttpRequest, region: Region, data: bytes, filename: str) -> HttpResponse:
    try:
        table = read.table(data, filename)
    except read.UnreadableFile as error:
        context = data_home_context(request, region) | {"upload_error": str(error)}
        return render(request, "interop/staff/data_home.html", context, status=400)
    checked = rows.check(table, region=region, scope=scope_of(request))
    if checked.is_valid:
        importer.mark_unchanged(checked)
        request.session[STASH] = {"name": filename, "region": region.slug, "data": base64.b64encode(data).decode()}
    else:
        request.session.pop(STASH, None)
    return render(
        request,
        "interop/staff/preview.html",
        {"checked": checked, "filename": filename, "import_region": region},
        status=200 if checked.is_valid else 400,
    )


@staff_member_required
def upload(request: HttpRequest) -> HttpResponse:
    if request.method != "POST":
        return HttpResponseRedirect(reverse("staff:data_home"))
    region = region_of(request)
    form = UploadForm(request.POST, request.FILES)
    if not form.is_valid():
        context = data_home_context(request, region) | {"form": form}
        return render(request, "interop/staff/data_home.html", context, status=400)
    upload_file = form.cleaned_data["file"]
    return _preview(request, region, upload_file.read(), upload_file.name)


@staff_member_required
@require_POST
def confirm(request: HttpRequest) -> HttpResponse:
    stash = request.session.get(STASH)
    if not stash:
        messages.error(request, _("Nothing to import any more. Upload the file again."))
        return HttpResponseRedirect(reverse("staff:data_home"))
    region = region_of(request)
    if region.slug != stash["region"]:
        raise PermissionDenied
    data = base64.b64decode(stash["data"])
    # Checked again: offers or permissions may have changed since the preview.
    checked = rows.check(read.table(data, stash["name"]), region=region, scope=scope_of(request))
    if not checked.is_valid:
        return _preview(request, region, data, stash["name"])
    outcome = importer.write(actor=request.user, region=region, checked=checked, filename=stash["name"])  # type: ignore[arg-type]
    del request.session[STASH]
    messages.success(
        request,
        _("Import finished: %(created)d new offers (saved as drafts), %(changed)d changed, %(unchanged)d unchanged.")
        % {"created": outcome.created, "changed": outcome.changed, "unchanged": outcome.unchanged},
    )
    return HttpResponseRedirect(reverse("staff:data_home"))
