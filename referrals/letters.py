"""The referral as a letter for partners not on nahbar: German for the partner, the person's language for them.

The same text goes on the printed page and, if the counsellor chose it, into an e-mail to the partner's public
address.
"""

import logging

from django.core.mail import send_mail
from django.template.loader import render_to_string
from django.utils import translation

from core.languages import ENDONYMS, RTL_LANGUAGES
from referrals.models import Referral
from referrals.services import Passed

logger = logging.getLogger(__name__)


def _part(referral: Referral, passed: Passed, language: str) -> dict[str, object]:
    with translation.override(language):
        context = {"referral": referral, "passed": passed, "language_name": ENDONYMS.get(referral.language, "")}
        return {
            "language": language,
            "rtl": language in RTL_LANGUAGES,
            "text": render_to_string("referrals/letter_text.txt", context).strip(),
        }


def parts(referral: Referral, passed: Passed) -> list[dict[str, object]]:
    """German first; a second part in the person's language unless that is German."""
    languages = ["de"] + ([referral.language] if referral.language != "de" else [])
    return [_part(referral, passed, language) for language in languages]


def send_by_email(referral: Referral, passed: Passed) -> bool:
    """Hand the letter to the mail server; False (logged, without content) if it failed, so staff print it."""
    body = "\n\n———\n\n".join(str(part["text"]) for part in parts(referral, passed))
    with translation.override("de"):
        subject = render_to_string("referrals/letter_subject.txt", {"referral": referral}).strip()
    try:
        send_mail(subject, body, None, [referral.partner.email])
    except OSError:
        logger.warning("referral %s: the e-mail to the partner could not be sent", referral.pk)
        return False
    return True
