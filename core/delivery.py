"""Messages to people without an account: by e-mail if they gave one, else by SMS, in their language and time.

Templates come in three parts, `<name>_subject.txt`, `<name>_email.txt` and `<name>_sms.txt`.
"""

import logging
from collections.abc import Callable
from typing import Any
from zoneinfo import ZoneInfo

from django.core.mail import send_mail
from django.template.loader import render_to_string
from django.utils import timezone, translation

from core import sms_gateway

logger = logging.getLogger(__name__)


class DeliveryError(Exception):
    """The message could not be handed over (mail server or SMS gateway failed); worth trying again later."""


# How a job whose message failed tries again (Celery's retry arguments).
RETRY = {"max_retries": 5, "countdown": 5 * 60}


def retry_later(task: Any, error: Exception) -> None:
    """Queue the job again after a failed message. In-process (no broker) a failed message must not break the
    page that triggered it; it is only logged."""
    if not task.request.is_eager:
        raise task.retry(exc=error, **RETRY)


def channel_for(*, email: str, phone: str) -> str | None:
    if email:
        return "email"
    if phone and sms_gateway.is_configured():
        return "sms"
    return None


def _render(template: str, part: str, context: dict[str, object]) -> str:
    return render_to_string(f"{template}_{part}.txt", context).strip()


def deliver(
    *,
    template: str,
    email: str,
    phone: str,
    language: str,
    zone: ZoneInfo,
    context: Callable[[], dict[str, object]],
    reference: str,
) -> str | None:
    """Send one message; returns the channel used ("email", "sms") or None when there is no way to reach them.

    `context` is built in the person's language and time zone; `reference` names the record in the log (no
    personal data there).
    """
    channel = channel_for(email=email, phone=phone)
    if channel is None:
        return None
    with translation.override(language), timezone.override(zone):
        values = context()
        try:
            if channel == "email":
                subject = " ".join(_render(template, "subject", values).split())
                send_mail(subject, _render(template, "email", values), None, [email])
            else:
                sms_gateway.send(to=phone, text=_render(template, "sms", values))
        except (sms_gateway.SmsError, OSError) as error:
            logger.warning("Could not send %s for %s by %s: %s", template, reference, channel, error)
            raise DeliveryError(str(error)) from error
    return channel
