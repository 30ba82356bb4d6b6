"""Reviewing the audit log: managers their organisation's, coordinators their region's (without people), everyone
their own actions; as a page newest first, or as a CSV file for the data-protection officer."""

import csv
import json
from collections.abc import Iterator
from typing import Any

from django.contrib.auth import get_user_model
from django.db import models
from django.http import Http404, HttpRequest, HttpResponse, StreamingHttpResponse
from django.shortcuts import render
from django.utils import timezone

from core import audit, audit_review
from core.access import scope_of
from core.audit_review import Filters, Log
from core.decorators import staff_member_required
from core.forms_audit import AuditFilterForm
from core.models import Organisation, Region
from core.two_factor import second_factor_required


def _chosen(request: HttpRequest) -> tuple[Log, list[Log]]:
    logs = audit_review.logs_for(scope_of(request))
    wanted = request.GET.get("log", "")
    if not wanted:
        return logs[0], logs
    for log in logs:
        if log.key == wanted:
            return log, logs
    raise Http404  # someone else's log, or none at all


def _query_without(request: HttpRequest, *names: str) -> str:
    query = request.GET.copy()
    for name in names:
        query.pop(name, None)
    return query.urlencode()


@staff_member_required
@second_factor_required
def audit_log(request: HttpRequest) -> HttpResponse:
    log, logs = _chosen(request)
    form = AuditFilterForm(request.GET)
    valid = form.is_valid()
    found = audit_review.log_slice(
        audit_review.entries(log, form.filters() if valid else Filters()), before=request.GET.get("before", "")
    )
    context = {
        "log": log,
        "logs": logs,
        "form": form,
        "rows": [audit_review.as_row(entry) for entry in found.entries] if valid else [],
        "older": found.older if valid else None,
        "is_newest": not request.GET.get("before"),
        "query": _query_without(request, "before"),
    }
    return render(request, "staff/audit_log.html", context, status=200 if valid else 400)


class _Echo:
    def write(self, value: str) -> str:
        return value


def _cell(value: Any) -> str:
    # A spreadsheet would run a cell starting with one of these as a formula.
    text = "" if value is None else str(value)
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


def _lines(entries: Any) -> Iterator[str]:
    writer = csv.writer(_Echo())
    yield writer.writerow(["time", "user", "action", "what happened", "kind", "number", "changes"])
    for entry in entries.iterator(chunk_size=2000):
        row = audit_review.as_row(entry)
        changes = json.dumps(row["changes"], ensure_ascii=False, sort_keys=True) if row["changes"] else ""
        values = [row["at"].isoformat(), row["actor"], row["action"], row["action_label"]]
        yield writer.writerow([_cell(value) for value in [*values, row["object_label"], row["object_id"], changes]])


def _subject(log: Log) -> tuple[models.Model, dict[str, Any]]:
    if log.kind == "organisation":
        organisation = Organisation.objects.get(pk=log.pk)
        return organisation, {"organisation": organisation, "region": organisation.region}
    if log.kind == "region":
        region = Region.objects.get(pk=log.pk)
        return region, {"region": region}
    return get_user_model().objects.get(pk=log.pk), {}


@staff_member_required
@second_factor_required
def audit_log_csv(request: HttpRequest) -> HttpResponse:
    log, _logs = _chosen(request)
    form = AuditFilterForm(request.GET)
    if not form.is_valid():
        return audit_log(request)
    filters = form.filters()
    subject, scope = _subject(log)
    # Downloading the log is itself logged, with the filters used.
    audit.record(
        actor=request.user,
        action="audit.exported",
        target=subject,
        changes={"filters": {name: str(value) for name, value in form.cleaned_data.items() if value}},
        **scope,
    )
    entries = audit_review.entries(log, filters).select_related("actor")
    response = StreamingHttpResponse(_lines(entries), content_type="text/csv; charset=utf-8")
    name = f"audit-{log.kind}-{log.pk}-{timezone.localdate():%Y-%m-%d}.csv"
    response["Content-Disposition"] = f'attachment; filename="{name}"'
    # Streamed, so a long log never sits in memory whole; the decorators pass any response through unchanged.
    return response  # type: ignore[return-value]
