"""A second factor (TOTP, RFC 6238) for staff who work with people's data: counsellors and managers.

They set up an authenticator app once (QR code or key), then confirm each sign-in with its six digits before
any page with personal data of clients opens. Wrong codes are throttled by django-otp.
"""

import base64
from collections.abc import Callable
from functools import wraps
from typing import Any
from urllib.parse import urlencode

import segno
from django import forms
from django.contrib.auth.models import AbstractBaseUser
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext_lazy as _
from django_otp import login as otp_login
from django_otp.plugins.otp_totp.models import TOTPDevice

from core.access import scope_of
from core.decorators import staff_member_required

DEVICE_NAME = "nahbar"


def works_with_people(request: HttpRequest) -> bool:
    return bool(scope_of(request).counselled_organisation_ids)


def second_factor_required(view: Callable[..., HttpResponse]) -> Callable[..., HttpResponse]:
    """For counsellors and managers, the page opens only after the second factor; others pass on to the view
    (which refuses them if it must)."""

    @wraps(view)
    def wrapper(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        if works_with_people(request) and not request.user.is_verified():  # type: ignore[union-attr]
            return HttpResponseRedirect(
                reverse("staff:two_factor") + "?" + urlencode({"next": request.get_full_path()})
            )
        return view(request, *args, **kwargs)

    return wrapper


class CodeForm(forms.Form):
    code = forms.CharField(
        label=_("Six-digit code from your authenticator app"),
        max_length=8,
        widget=forms.TextInput(attrs={"inputmode": "numeric", "autocomplete": "one-time-code", "dir": "ltr"}),
    )


def _device(user: AbstractBaseUser) -> tuple[TOTPDevice, bool]:
    """The user's confirmed device, or a new unconfirmed one to set up (reused until confirmed)."""
    confirmed = TOTPDevice.objects.filter(user=user, confirmed=True).first()
    if confirmed:
        return confirmed, True
    pending, _created = TOTPDevice.objects.get_or_create(user=user, confirmed=False, defaults={"name": DEVICE_NAME})
    return pending, False


def _next(request: HttpRequest) -> str:
    wanted = request.POST.get("next") or request.GET.get("next") or ""
    safe = url_has_allowed_host_and_scheme(wanted, allowed_hosts={request.get_host()})
    if safe and wanted.startswith(("/staff/", "/admin/")):
        return wanted
    admin_only = request.user.is_superuser and not scope_of(request).is_staff_member
    return reverse("admin:index") if admin_only else reverse("staff:dashboard")


def staff_or_superuser_required(view: Callable[..., HttpResponse]) -> Callable[..., HttpResponse]:
    """Superusers without a role set up their second factor here too: the Django admin asks for it."""
    staff_view = staff_member_required(view)

    @wraps(view)
    def wrapper(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        if request.user.is_authenticated and request.user.is_superuser:
            return view(request, *args, **kwargs)
        return staff_view(request, *args, **kwargs)

    return wrapper


@staff_or_superuser_required
def two_factor(request: HttpRequest) -> HttpResponse:
    device, confirmed = _device(request.user)  # type: ignore[arg-type]
    form = CodeForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        if device.verify_token(form.cleaned_data["code"].strip()):
            if not confirmed:
                device.confirmed = True
                device.save(update_fields=["confirmed"])
            otp_login(request, device)
            return HttpResponseRedirect(_next(request))
        form.add_error("code", _("This code is not right, or it has expired. Enter the current code."))
    context: dict[str, object] = {"form": form, "confirmed": confirmed, "next": _next(request)}
    if not confirmed:
        context["secret"] = base64.b32encode(device.bin_key).decode()
        context["qr"] = segno.make(device.config_url, error="m").svg_inline(scale=4, title=str(_("QR code to scan")))
    return render(request, "staff/two_factor.html", context, status=400 if form.errors else 200)
