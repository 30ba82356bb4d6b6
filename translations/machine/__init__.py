"""Machine translation behind one small interface, so the HTTP service (LibreTranslate or DeepL) can change.

Settings: NAHBAR_MACHINE_TRANSLATION ("libretranslate", "deepl" or empty for none), NAHBAR_MACHINE_TRANSLATION_URL
(the service's base URL) and NAHBAR_MACHINE_TRANSLATION_KEY. Every failure, from a language the service lacks to a
timeout, arrives as MachineTranslationUnavailable, so callers offer the human way instead.
"""

from django.conf import settings

from translations.machine import deepl, libretranslate
from translations.machine.errors import MachineTranslationUnavailable

__all__ = ["MachineTranslationUnavailable", "is_configured", "translate"]

_BACKENDS = {"libretranslate": libretranslate.translate, "deepl": deepl.translate}


def is_configured() -> bool:
    backend = settings.NAHBAR_MACHINE_TRANSLATION
    if backend not in _BACKENDS or not settings.NAHBAR_MACHINE_TRANSLATION_URL:
        return False
    # DeepL answers nothing without a key; a LibreTranslate server of one's own may not ask for one.
    return backend != "deepl" or bool(settings.NAHBAR_MACHINE_TRANSLATION_KEY)


def translate(*, texts: list[str], source: str, target: str) -> list[str]:
    """The texts in `target`, in the same order. Empty texts stay empty and are not sent."""
    if not is_configured():
        raise MachineTranslationUnavailable("machine translation is not configured")
    wanted = [text for text in texts if text.strip()]
    if not wanted:
        return list(texts)
    translated = _BACKENDS[settings.NAHBAR_MACHINE_TRANSLATION](
        texts=wanted,
        source=source,
        target=target,
        url=settings.NAHBAR_MACHINE_TRANSLATION_URL.rstrip("/"),
        key=settings.NAHBAR_MACHINE_TRANSLATION_KEY,
    )
    if len(translated) != len(wanted):
        raise MachineTranslationUnavailable("the service answered with a different number of texts")
    answers = iter(translated)
    return [next(answers) if text.strip() else text for text in texts]
