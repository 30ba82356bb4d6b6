"""Sending a text message through the SMS gateway's HTTP API.

The gateway takes a JSON POST {"to", "text", "sender"} with a bearer token and answers 2xx when it accepted
the message. Standard library only: one request, a timeout, and one exception type for every failure.
"""

import json
import urllib.error
import urllib.request

from django.conf import settings

TIMEOUT_SECONDS = 10.0


class SmsError(Exception):
    """The message was not accepted; the text says why (no gateway, refused, unreachable)."""


def is_configured() -> bool:
    return bool(settings.NAHBAR_SMS_GATEWAY_URL)


def send(*, to: str, text: str, timeout: float = TIMEOUT_SECONDS) -> None:
    url = settings.NAHBAR_SMS_GATEWAY_URL
    if not url:
        raise SmsError("No SMS gateway is configured (NAHBAR_SMS_GATEWAY_URL).")
    if not url.startswith(("https://", "http://")):
        raise SmsError(f"The SMS gateway address must start with https:// or http://, not {url!r}.")
    body = json.dumps({"to": to, "text": text, "sender": settings.NAHBAR_SMS_SENDER}).encode()
    request = urllib.request.Request(  # noqa: S310 - the scheme is checked above
        url,
        data=body,
        method="POST",
        headers={
            "Content-Type": "application/json",
            "Accept": "application/json",
            "Authorization": f"Bearer {settings.NAHBAR_SMS_GATEWAY_TOKEN}",
        },
    )
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:  # noqa: S310
            response.read()
    except urllib.error.HTTPError as error:
        raise SmsError(f"The SMS gateway refused the message: HTTP {error.code} {error.reason}") from error
    except (urllib.error.URLError, TimeoutError, OSError) as error:
        raise SmsError(f"The SMS gateway could not be reached: {error}") from error
