"""Languages nahbar knows: the UI languages and the wider set staff may translate content into."""

from django.conf import settings
from django.utils.translation import gettext_lazy as _

SOURCE_LANGUAGE = "de"
UI_LANGUAGES: list[str] = [code for code, _name in settings.LANGUAGES]
RTL_LANGUAGES = frozenset({"ar", "fa", "ku", "ps", "ur", "he"})

# Content may be translated into more languages than the UI speaks (ISO 639-1).
CONTENT_LANGUAGES: dict[str, object] = {
    "de": _("German"),
    "en": _("English"),
    "ar": _("Arabic"),
    "fa": _("Persian"),
    "tr": _("Turkish"),
    "uk": _("Ukrainian"),
    "ru": _("Russian"),
    "fr": _("French"),
    "pl": _("Polish"),
    "ro": _("Romanian"),
    "bg": _("Bulgarian"),
    "sq": _("Albanian"),
    "ku": _("Kurdish"),
    "ps": _("Pashto"),
    "ti": _("Tigrinya"),
    "so": _("Somali"),
    "es": _("Spanish"),
    "it": _("Italian"),
}

# Each language's own name, so a reader finds theirs whatever the page language is.
ENDONYMS = {
    "de": "Deutsch",
    "en": "English",
    "ar": "العربية",
    "fa": "فارسی",
    "tr": "Türkçe",
    "uk": "Українська",
    "ru": "Русский",
    "fr": "Français",
    "pl": "Polski",
    "ro": "Română",
    "bg": "Български",
    "sq": "Shqip",
    "ku": "Kurdî",
    "ps": "پښتو",
    "ti": "ትግርኛ",
    "so": "Soomaali",
    "es": "Español",
    "it": "Italiano",
}


def is_rtl(code: str) -> bool:
    return code in RTL_LANGUAGES


def direction(code: str) -> str:
    return "rtl" if is_rtl(code) else "ltr"
