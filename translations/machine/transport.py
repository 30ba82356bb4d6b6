"""One JSON POST with a timeout; anything that goes wrong becomes MachineTranslationUnavailable."""

import json
import urllib.error
import urllib.request
from typing import Any

from translations.machine.errors import MachineTranslationUnavailable

# A staff member waits for the answer; a slow service must not hold the page for long.
TIMEOUT_SECONDS = 15.0
# Far more than a translated offer or event; a bigger answer is not what we asked for.
MAX_ANSWER_BYTES = 2_000_000


def post_json(url: str, payload: dict[str, Any], *, headers: dict[str, str] | None = None) -> Any:
    if not url.startswith(("http://", "https://")):
        raise MachineTranslationUnavailable("the service URL must start with http:// or https://")
    request = urllib.request.Request(  # noqa: S310 - the scheme is checked above
        url,
        data=json.dumps(payload).encode(),
        headers={"Content-Type": "application/json", "Accept": "application/json", **(headers or {})},
        method="POST",
    )
    try:
        with urllib.request.urlopen(request, timeout=TIMEOUT_SECONDS) as response:  # noqa: S310
            body = response.read(MAX_ANSWER_BYTES + 1)
    except urllib.error.HTTPError as error:
        raise MachineTranslationUnavailable(f"the service answered {error.code}: {_reason(error)}") from error
    except (urllib.error.URLError, TimeoutError, OSError) as error:
        raise MachineTranslationUnavailable(f"the service cannot be reached: {error}") from error
    if len(body) > MAX_ANSWER_BYTES:
        raise MachineTranslationUnavailable("the service's answer is too large")
    try:
        return json.loads(body)
    except ValueError as error:
        raise MachineTranslationUnavailable("the service's answer is not JSON") from error


def _reason(error: urllib.error.HTTPError) -> str:
    """The service's own message, shortened: LibreTranslate says {"error": …}, DeepL {"message": …}."""
    try:
        body = json.loads(error.read(10_000))
    except (ValueError, OSError):
        return str(error.reason)
    if isinstance(body, dict):
        return str(body.get("error") or body.get("message") or error.reason)[:200]
    return str(error.reason)
