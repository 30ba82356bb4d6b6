"""The address a login attempt comes from, seen through the reverse proxies the operator trusts."""

from django.conf import settings
from django.http import HttpRequest


def client_address(request: HttpRequest) -> str:
    """With N trusted proxies, the N-th address from the end of X-Forwarded-For is the client's.

    Addresses further left are written by the client itself and could be forged to dodge the lock-out.
    """
    proxies = settings.NAHBAR_TRUSTED_PROXY_COUNT
    forwarded = [part.strip() for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",") if part.strip()]
    if proxies and len(forwarded) >= proxies:
        return forwarded[-proxies]
    return str(request.META.get("REMOTE_ADDR", ""))
