"""Machine translation against a fake LibreTranslate / DeepL server on this machine; never the internet."""

import json
import socket
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest

from translations import machine
from translations.machine import deepl, transport
from translations.machine.errors import MachineTranslationUnavailable


@dataclass
class Seen:
    path: str
    headers: dict[str, str]
    body: Any


@dataclass
class FakeService:
    url: str
    requests: list[Seen] = field(default_factory=list)
    status: int = 200
    # A function of the request body, or a fixed answer (bytes are sent as they are).
    answer: Any = None
    delay: float = 0.0


def _handler(service: FakeService) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            length = int(self.headers.get("Content-Length", 0))
            body = json.loads(self.rfile.read(length) or b"null")
            service.requests.append(Seen(self.path, {k.lower(): v for k, v in self.headers.items()}, body))
            time.sleep(service.delay)
            answer = service.answer(body) if callable(service.answer) else service.answer
            data = answer if isinstance(answer, bytes) else json.dumps(answer).encode()
            self.send_response(service.status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def log_message(self, *args: object) -> None:
            pass

    return Handler


@pytest.fixture
def fake() -> Iterator[FakeService]:
    service = FakeService(url="")
    server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(service))
    service.url = f"http://127.0.0.1:{server.server_address[1]}"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield service
    server.shutdown()
    server.server_close()


@pytest.fixture
def libre(fake, settings) -> FakeService:
    settings.NAHBAR_MACHINE_TRANSLATION = "libretranslate"
    settings.NAHBAR_MACHINE_TRANSLATION_URL = fake.url + "/"
    settings.NAHBAR_MACHINE_TRANSLATION_KEY = "libre-key"
    fake.answer = lambda body: {"translatedText": [f"[{body['target']}] {text}" for text in body["q"]]}
    return fake


@pytest.fixture
def deepl_api(fake, settings) -> FakeService:
    settings.NAHBAR_MACHINE_TRANSLATION = "deepl"
    settings.NAHBAR_MACHINE_TRANSLATION_URL = fake.url
    settings.NAHBAR_MACHINE_TRANSLATION_KEY = "deepl-key:fx"
    fake.answer = lambda body: {
        "translations": [
            {"detected_source_language": body["source_lang"], "text": f"[{body['target_lang']}] {text}"}
            for text in body["text"]
        ]
    }
    return fake


def test_libretranslate_sends_texts_languages_and_key(libre):
    assert machine.is_configured()
    result = machine.translate(texts=["Willkommenscafé", "Jeden Dienstag"], source="de", target="ar")
    assert result == ["[ar] Willkommenscafé", "[ar] Jeden Dienstag"]
    (seen,) = libre.requests
    assert seen.path == "/translate"
    assert seen.headers["content-type"] == "application/json"
    assert seen.body == {
        "q": ["Willkommenscafé", "Jeden Dienstag"],
        "source": "de",
        "target": "ar",
        "format": "text",
        "api_key": "libre-key",
    }


def test_libretranslate_without_key_sends_none(libre, settings):
    settings.NAHBAR_MACHINE_TRANSLATION_KEY = ""
    assert machine.is_configured()
    machine.translate(texts=["Hallo"], source="de", target="fa")
    assert "api_key" not in libre.requests[0].body


def test_empty_texts_are_kept_and_not_sent(libre):
    result = machine.translate(texts=["Ausflug", "", "  ", "Picknick"], source="de", target="tr")
    assert result == ["[tr] Ausflug", "", "  ", "[tr] Picknick"]
    assert libre.requests[0].body["q"] == ["Ausflug", "Picknick"]
    assert machine.translate(texts=["", ""], source="de", target="tr") == ["", ""]
    assert machine.translate(texts=[], source="de", target="tr") == []
    assert len(libre.requests) == 1


def test_deepl_sends_auth_header_and_deepl_language_codes(deepl_api):
    assert machine.is_configured()
    result = machine.translate(texts=["Beratung", "Ausflug ans Meer"], source="de", target="en")
    assert result == ["[EN-GB] Beratung", "[EN-GB] Ausflug ans Meer"]
    (seen,) = deepl_api.requests
    assert seen.path == "/v2/translate"
    assert seen.headers["authorization"] == "DeepL-Auth-Key deepl-key:fx"
    assert seen.body == {"text": ["Beratung", "Ausflug ans Meer"], "source_lang": "DE", "target_lang": "EN-GB"}


@pytest.mark.parametrize(
    ("language", "source", "target"),
    [("uk", "UK", "UK"), ("ar", "AR", "AR"), ("tr", "TR", "TR"), ("en", "EN", "EN-GB"), ("pt", "PT", "PT-PT")],
)
def test_deepl_language_codes(language, source, target):
    assert deepl.source_code(language) == source
    assert deepl.target_code(language) == target


@pytest.mark.parametrize("language", ["fa", "ku", "ti", "so", "ps", "sq"])
def test_deepl_refuses_languages_it_lacks_without_calling(deepl_api, language):
    with pytest.raises(MachineTranslationUnavailable, match="DeepL does not translate"):
        machine.translate(texts=["Hallo"], source="de", target=language)
    assert deepl_api.requests == []


def test_unconfigured(settings):
    settings.NAHBAR_MACHINE_TRANSLATION = ""
    settings.NAHBAR_MACHINE_TRANSLATION_URL = "http://127.0.0.1:9"
    assert not machine.is_configured()
    with pytest.raises(MachineTranslationUnavailable):
        machine.translate(texts=["Hallo"], source="de", target="ar")


@pytest.mark.parametrize(
    ("backend", "url", "key"),
    [("deepl", "http://127.0.0.1:9", ""), ("libretranslate", "", "k"), ("google", "http://127.0.0.1:9", "k")],
)
def test_incomplete_settings_are_not_configured(settings, backend, url, key):
    settings.NAHBAR_MACHINE_TRANSLATION = backend
    settings.NAHBAR_MACHINE_TRANSLATION_URL = url
    settings.NAHBAR_MACHINE_TRANSLATION_KEY = key
    assert not machine.is_configured()


@pytest.mark.parametrize(
    ("status", "answer", "message"),
    [
        (403, {"error": "Invalid API key"}, "403: Invalid API key"),
        (400, {"error": "ku is not supported"}, "400: ku is not supported"),
        (429, {"error": "Slowdown"}, "429"),
        (500, b"<html>Internal Server Error</html>", "500"),
        (200, b"not json", "not JSON"),
        (200, {"translatedText": "eins statt einer Liste"}, "no list"),
        (200, {"translatedText": ["nur eins"]}, "different number"),
    ],
)
def test_libretranslate_errors_become_unavailable(libre, status, answer, message):
    libre.status, libre.answer = status, answer
    with pytest.raises(MachineTranslationUnavailable, match=message):
        machine.translate(texts=["eins", "zwei"], source="de", target="ar")


@pytest.mark.parametrize(
    ("status", "answer", "message"),
    [
        (403, {"message": "Wrong endpoint"}, "403: Wrong endpoint"),
        (456, {"message": "Quota exceeded"}, "456: Quota exceeded"),
        (200, {"translations": [{"detected_source_language": "DE"}]}, "no list"),
        (200, [], "no list"),
    ],
)
def test_deepl_errors_become_unavailable(deepl_api, status, answer, message):
    deepl_api.status, deepl_api.answer = status, answer
    with pytest.raises(MachineTranslationUnavailable, match=message):
        machine.translate(texts=["eins"], source="de", target="uk")


def test_slow_service_times_out(libre, monkeypatch):
    monkeypatch.setattr(transport, "TIMEOUT_SECONDS", 0.2)
    libre.delay = 1.0
    started = time.monotonic()
    with pytest.raises(MachineTranslationUnavailable, match="cannot be reached"):
        machine.translate(texts=["Hallo"], source="de", target="ar")
    assert time.monotonic() - started < 0.9


def test_service_that_is_not_there(settings):
    # A port that was free a moment ago: nothing listens, the connection is refused at once.
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    settings.NAHBAR_MACHINE_TRANSLATION = "libretranslate"
    settings.NAHBAR_MACHINE_TRANSLATION_URL = f"http://127.0.0.1:{port}"
    with pytest.raises(MachineTranslationUnavailable, match="cannot be reached"):
        machine.translate(texts=["Hallo"], source="de", target="ar")


def test_other_url_schemes_are_refused(settings):
    settings.NAHBAR_MACHINE_TRANSLATION = "libretranslate"
    settings.NAHBAR_MACHINE_TRANSLATION_URL = "file:///etc"
    with pytest.raises(MachineTranslationUnavailable, match="http"):
        machine.translate(texts=["Hallo"], source="de", target="ar")


def test_arabic_and_farsi_text_survive_the_round_trip(libre):
    libre.answer = lambda body: {"translatedText": ["مقهى الترحيب", "کافه خوش‌آمدگویی"]}
    assert machine.translate(texts=["Willkommenscafé", "Café"], source="de", target="ar") == [
        "مقهى الترحيب",
        "کافه خوش‌آمدگویی",
    ]
