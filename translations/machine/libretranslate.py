"""LibreTranslate (https://libretranslate.com, or a server of one's own): POST /translate."""

from typing import Any

from translations.machine.errors import MachineTranslationUnavailable
from translations.machine.transport import post_json


def translate(*, texts: list[str], source: str, target: str, url: str, key: str) -> list[str]:
    payload: dict[str, Any] = {"q": texts, "source": source, "target": target, "format": "text"}
    if key:
        payload["api_key"] = key
    answer = post_json(f"{url}/translate", payload)
    translated = answer.get("translatedText") if isinstance(answer, dict) else None
    if not isinstance(translated, list) or not all(isinstance(text, str) for text in translated):
        raise MachineTranslationUnavailable("LibreTranslate's answer has no list of translated texts")
    return translated
