"""The contact log for counsellors: a quick form on top, the organisation's log below."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from core.access import scope_of
from core.decorators import staff_member_required
from core.models import Organisation
from core.two_factor import second_factor_required
from counselling.contacts import counselling_organisations, log_contact, log_slice
from counselling.forms_staff import ContactLogForm


def counselling_organisation(request: HttpRequest) -> tuple[Organisation, list[Organisation]]:
    choices = list(counselling_organisations(scope_of(request)))
    if not choices:
        raise PermissionDenied
    wanted = request.POST.get("organisation") or request.GET.get("organisation") or ""
    chosen = next((organisation for organisation in choices if str(organisation.pk) == wanted), choices[0])
    return chosen, choices


@staff_member_required
@second_factor_required
def contact_log(request: HttpRequest) -> HttpResponse:
    organisation, choices = counselling_organisation(request)
    data = request.POST if request.method == "POST" else None
    form = ContactLogForm(data, organisation=organisation, initial={"day": timezone.localdate(), "language": "de"})
    if data is not None and form.is_valid():
        values = {name: form.cleaned_data[name] for name in ContactLogForm.Meta.fields}
        contact = log_contact(actor=request.user, organisation=organisation, values=values)  # type: ignore[arg-type]
        messages.success(request, _("The contact was logged."))
        if contact.outcome == contact.Outcome.REFERRED:
            # Straight on to the referral itself, which needs the person's consent and the partner.
            return HttpResponseRedirect(reverse("staff:referral_new") + f"?contact={contact.pk}")
        return HttpResponseRedirect(reverse("staff:contact_log") + f"?organisation={organisation.pk}")
    context = {
        "form": form,
        "organisation": organisation,
        "choices": choices,
        "log": log_slice(organisation, before=request.GET.get("before", "")),
        "is_newest": not request.GET.get("before"),
    }
    return render(request, "counselling/staff/contact_log.html", context, status=400 if data is not None else 200)
