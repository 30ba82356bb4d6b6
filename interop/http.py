"""What every API answer shares: read-only CORS, conditional GET, and a rate limit for anonymous clients."""

from collections.abc import Callable
from functools import wraps
from typing import Any

from django.conf import settings
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.http.response import HttpResponseBase
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import conditional_page
from django_ratelimit import ALL
from django_ratelimit.core import is_ratelimited

from core.client_address import client_address

READ_METHODS = ("GET", "HEAD")
CORS_HEADERS = {
    # Read-only open data: any web page may read it, none may send credentials or write.
    "Access-Control-Allow-Origin": "*",
    "Access-Control-Allow-Methods": "GET, HEAD, OPTIONS",
    "Access-Control-Allow-Headers": "Accept, Accept-Language, If-None-Match, If-Modified-Since",
    "Access-Control-Expose-Headers": "ETag, Last-Modified, Retry-After, Content-Language",
    "Access-Control-Max-Age": "86400",
}


def _address(group: str, request: HttpRequest) -> str:
    return client_address(request)


def error(message: str, status: int) -> JsonResponse:
    return JsonResponse({"error": message}, status=status)


def _too_many(request: HttpRequest) -> bool:
    if request.user.is_authenticated:
        return False
    return is_ratelimited(
        request, group="hsds-api", key=_address, rate=settings.NAHBAR_API_RATE, method=ALL, increment=True
    )


def public_api(view: Callable[..., HttpResponseBase]) -> Callable[..., HttpResponseBase]:
    """Wraps an API view: answers preflights, refuses writes, limits anonymous clients, adds ETag and CORS.

    ETag and 304 come from Django's conditional GET on the finished body (not for streamed ndjson).
    """
    conditional = conditional_page(view)

    @wraps(view)
    def wrapped(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponseBase:
        if request.method == "OPTIONS":
            response: HttpResponseBase = HttpResponse(status=204)
        elif request.method not in READ_METHODS:
            response = error(_("This API is read-only."), 405)
            response["Allow"] = "GET, HEAD, OPTIONS"
        elif _too_many(request):
            response = error(_("Too many requests from your address. Please wait a minute and try again."), 429)
            response["Retry-After"] = "60"
        else:
            response = conditional(request, *args, **kwargs)
        for name, value in CORS_HEADERS.items():
            response[name] = value
        return response

    # Nothing here writes or reads cookies: without the exemption, CSRF would answer a write with an HTML 403
    # before this wrapper could say "read-only" in JSON.
    return csrf_exempt(wrapped)
