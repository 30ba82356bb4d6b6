"""A region's open data as HSDS files for staff: download for everyone, import (previewed first) for coordinators."""

import base64
import json

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
from interop.exchange import csvpackage, files
from interop.exchange.export import region_document
from interop.exchange.importer import ImportFailed, import_tables
from interop.exchange.tables import collect
from interop.forms_staff import HsdsUploadForm
from interop.views_staff import data_home_context, download, region_of

STASH = "interop_hsds_upload"


def _file_name(region: Region, suffix: str) -> str:
    return f"nahbar-hsds-{region.slug}-{timezone.localdate():%Y-%m-%d}.{suffix}"


def _document(region: Region) -> dict[str, object]:
    return region_document(region=region, today=timezone.localdate())


@staff_member_required
def export_json(request: HttpRequest) -> HttpResponse:
    region = region_of(request)
    data = json.dumps(_document(region), ensure_ascii=False, indent=2).encode()
    return download(data, _file_name(region, "json"), "application/json")


@staff_member_required
def export_package(request: HttpRequest) -> HttpResponse:
    region = region_of(request)
    return download(csvpackage.write_package(collect(_document(region))), _file_name(region, "zip"), "application/zip")


def _coordinated_region(request: HttpRequest) -> Region:
    """Imports add and change organisations and places across the town: the town's coordinators' decision."""
    region = region_of(request)
    if not scope_of(request).coordinates(region.pk):
        raise PermissionDenied
    return region


def _preview(request: HttpRequest, region: Region, *, data: bytes, filename: str, source: str) -> HttpResponse:
    try:
        tables = files.read(data, filename)
        if not any(tables.values()):
            raise files.UnreadableFile(_("The file holds no HSDS records (organizations, services or locations)."))
        report = import_tables(region=region, source=source, actor=request.user, tables=tables, dry_run=True)  # type: ignore[arg-type]
    except (files.UnreadableFile, ImportFailed) as error:
        request.session.pop(STASH, None)
        context = data_home_context(request, region) | {"hsds_error": str(error)}
        return render(request, "interop/staff/data_home.html", context, status=400)
    request.session[STASH] = {
        "name": filename,
        "region": region.slug,
        "source": source,
        "data": base64.b64encode(data).decode(),
    }
    context = {"report": report, "filename": filename, "source": source, "import_region": region}
    return render(request, "interop/staff/hsds_preview.html", context)


@staff_member_required
@require_POST
def upload(request: HttpRequest) -> HttpResponse:
    region = _coordinated_region(request)
    form = HsdsUploadForm(request.POST, request.FILES, prefix=HsdsUploadForm.PREFIX)
    if not form.is_valid():
        context = data_home_context(request, region) | {"hsds_form": form}
        return render(request, "interop/staff/data_home.html", context, status=400)
    upload_file = form.cleaned_data["file"]
    return _preview(
        request, region, data=upload_file.read(), filename=upload_file.name, source=form.cleaned_data["source"]
    )


@staff_member_required
@require_POST
def confirm(request: HttpRequest) -> HttpResponse:
    region = _coordinated_region(request)
    stash = request.session.pop(STASH, None)
    if not stash or stash["region"] != region.slug:
        messages.error(request, _("Nothing to import any more. Upload the file again."))
        return HttpResponseRedirect(reverse("staff:data_home") + f"?region={region.slug}")
    tables = files.read(base64.b64decode(stash["data"]), stash["name"])
    try:
        report = import_tables(region=region, source=stash["source"], actor=request.user, tables=tables)  # type: ignore[arg-type]
    except ImportFailed as error:  # the town's data changed since the preview in a way the file no longer fits
        messages.error(request, _("Nothing was imported: %(reason)s") % {"reason": error})
        return HttpResponseRedirect(reverse("staff:data_home") + f"?region={region.slug}")
    messages.success(
        request,
        _("HSDS import finished: %(created)d created, %(updated)d updated, %(unchanged)d unchanged.")
        % {"created": report.created, "updated": report.updated, "unchanged": report.unchanged},
    )
    return HttpResponseRedirect(reverse("staff:data_home") + f"?region={region.slug}")
