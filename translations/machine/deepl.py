"""DeepL (https://api.deepl.com or https://api-free.deepl.com): POST /v2/translate."""

from typing import Any

from translations.machine.errors import MachineTranslationUnavailable
from translations.machine.transport import post_json

# DeepL's stable languages. The ones it lists as beta (Persian among them) are left out until they are stable.
_LANGUAGES = {
    "ar", "bg", "cs", "da", "de", "el", "en", "es", "et", "fi", "fr", "hu", "id", "it", "ja", "ko",
    "lt", "lv", "nb", "nl", "pl", "pt", "ro", "ru", "sk", "sl", "sv", "tr", "uk", "zh",
}  # fmt: skip
# Target languages DeepL wants with a variant; German towns write British English and European Portuguese.
_TARGET_VARIANTS = {"en": "EN-GB", "pt": "PT-PT", "zh": "ZH-HANS"}


def _base(language: str) -> str:
    code = language.lower().split("-")[0].split("_")[0]
    if code not in _LANGUAGES:
        raise MachineTranslationUnavailable(f"DeepL does not translate {language!r}")
    return code


def source_code(language: str) -> str:
    return _base(language).upper()


def target_code(language: str) -> str:
    code = _base(language)
    return _TARGET_VARIANTS.get(code, code.upper())


def translate(*, texts: list[str], source: str, target: str, url: str, key: str) -> list[str]:
    payload: dict[str, Any] = {"text": texts, "source_lang": source_code(source), "target_lang": target_code(target)}
    answer = post_json(f"{url}/v2/translate", payload, headers={"Authorization": f"DeepL-Auth-Key {key}"})
    rows = answer.get("translations") if isinstance(answer, dict) else None
    if not isinstance(rows, list) or not all(
        isinstance(row, dict) and isinstance(row.get("text"), str) for row in rows
    ):
        raise MachineTranslationUnavailable("DeepL's answer has no list of translations")
    return [row["text"] for row in rows]
