"""Rate limits for public forms (sign-ups, votes): a flood from one address gets a translated 429 page."""

from collections.abc import Callable
from functools import wraps
from typing import Any

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django_ratelimit.core import is_ratelimited

from core.client_address import client_address


def _address(group: str, request: HttpRequest) -> str:
    return client_address(request)


def limit_public_posts(group: str) -> Callable[[Callable[..., HttpResponse]], Callable[..., HttpResponse]]:
    """Counts POSTs per client address in the shared cache, at NAHBAR_PUBLIC_FORM_RATE."""

    def decorate(view: Callable[..., HttpResponse]) -> Callable[..., HttpResponse]:
        @wraps(view)
        def limited(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
            if is_ratelimited(
                request,
                group=group,
                key=_address,
                rate=settings.NAHBAR_PUBLIC_FORM_RATE,
                method="POST",
                increment=True,
            ):
                return render(request, "429.html", status=429)
            return view(request, *args, **kwargs)

        return limited

    return decorate
