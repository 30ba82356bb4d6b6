"""A person's data on request: everything nahbar holds as JSON or PDF, and erasure after a confirmation page.

For the organisation's counsellors and managers only, after the second factor; other organisations get 404.
"""

import json
from typing import Any

from django.conf import settings
from django.contrib import messages
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import render
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_http_methods

from core.access import scope_of
from core.audit_review import action_label
from core.decorators import staff_member_required
from core.languages import RTL_LANGUAGES
from core.two_factor import second_factor_required
from counselling import cases, person_data
from counselling.models import CaseItem, Consent, Person, Recognition, YouthPlan
from referrals.models import Referral

# Headings of the PDF, in German and (below each) in the person's language.
HEADINGS = {
    "title": gettext_lazy("Data nahbar holds about you"),
    "person": gettext_lazy("Your details"),
    "consents": gettext_lazy("Your consents"),
    "cases": gettext_lazy("Your cases"),
    "log": gettext_lazy("Who opened or changed your data, and when"),
    "not_linked": gettext_lazy("What is not linked to you"),
}


def _download(response: HttpResponse, person: Person, extension: str) -> HttpResponse:
    response["Content-Disposition"] = (
        f'attachment; filename="person-{person.pk}-{timezone.localdate():%Y-%m-%d}.{extension}"'
    )
    response["Cache-Control"] = "no-store"  # personal data: never kept by a browser's or proxy's cache
    return response


@staff_member_required
@second_factor_required
def person_export_json(request: HttpRequest, person_id: int) -> HttpResponse:
    person = person_data.person_for(scope_of(request), person_id)
    data = person_data.export(actor=request.user, person=person, kind="json", now=timezone.now())  # type: ignore[arg-type]
    body = json.dumps(data, ensure_ascii=False, indent=2)
    return _download(HttpResponse(body, content_type="application/json; charset=utf-8"), person, "json")


def _headings(language: str) -> dict[str, tuple[str, str]]:
    with translation.override("de"):
        german = {key: str(text) for key, text in HEADINGS.items()}
    with translation.override(language):
        theirs = {key: str(text) for key, text in HEADINGS.items()}
    return {key: (german[key], "" if language == "de" else theirs[key]) for key in HEADINGS}


def _pdf(html: str) -> bytes:
    # WeasyPrint takes seconds to import; only this download needs it. Unlike the programme, never cached: the
    # PDF holds a person's notes.
    from weasyprint import HTML

    from events.programme_pdf import StaticOnlyFetcher

    base_url = f"{settings.NAHBAR_BASE_URL}/"
    pdf: bytes = HTML(string=html, base_url=base_url, url_fetcher=StaticOnlyFetcher(base_url)).write_pdf()
    return pdf


@staff_member_required
@second_factor_required
def person_export_pdf(request: HttpRequest, person_id: int) -> HttpResponse:
    person = person_data.person_for(scope_of(request), person_id)
    data = person_data.export(actor=request.user, person=person, kind="pdf", now=timezone.now())  # type: ignore[arg-type]
    with translation.override("de"):
        context: dict[str, Any] = {
            "data": data,
            "headings": _headings(person.language),
            "their_language": person.language,
            "rtl": person.language in RTL_LANGUAGES,
            "purposes": {key: str(label) for key, label in Consent.Purpose.choices},
            "given": {key: str(label) for key, label in Consent.Given.choices},
            "genders": {key: str(label) for key, label in Person.Gender.choices},
            "kinds": {key: str(label) for key, label in CaseItem.Kind.choices},
            "documents": {key: str(label) for key, label in Recognition.Document.choices},
            "recognition_statuses": {key: str(label) for key, label in Recognition.Status.choices},
            "goals": {key: str(label) for key, label in YouthPlan.Goal.choices},
            "referral_statuses": {key: str(label) for key, label in Referral.Status.choices},
            "actions": {entry["action"]: action_label(entry["action"]) for entry in data["access_log"]},
        }
        html = render_to_string("counselling/staff/person_data_pdf.html", context)
    return _download(HttpResponse(_pdf(html), content_type="application/pdf"), person, "pdf")


@staff_member_required
@second_factor_required
@require_http_methods(["GET", "POST"])
def person_erase(request: HttpRequest, person_id: int) -> HttpResponse:
    person = person_data.person_for(scope_of(request), person_id)
    case = person.cases.order_by("-pk").first()
    back = reverse("staff:case_detail", args=[case.pk]) if case else reverse("staff:case_list")
    if request.method == "POST":
        cases.erase_person(actor=request.user, person=person, now=timezone.now())  # type: ignore[arg-type]
        messages.success(request, _("The person's data was erased. Only the anonymous count of their cases remains."))
        return HttpResponseRedirect(back)
    return render(request, "counselling/staff/person_erase.html", {"person": person, "back": back})
