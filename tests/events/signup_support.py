"""Helpers shared by the sign-up tests: URLs, a form post, the occurrence of the trip."""

from typing import Any
from urllib.parse import urlsplit

from django.conf import settings
from django.test import Client

from events.models import Event, Occurrence, SignUp

# For transactional tests: naming every app makes the flush afterwards TRUNCATE ... CASCADE, which PostgreSQL
# needs because the search index's own table refers to the offers.
ALL_APPS = list(settings.INSTALLED_APPS)


def date_of(event: Event) -> Occurrence:
    return event.occurrences.order_by("starts_at").first()  # type: ignore[return-value]


def form_url(occurrence: Occurrence, language: str = "fa") -> str:
    return f"/{language}/{occurrence.region.slug}/events/{occurrence.event.slug}/dates/{occurrence.pk}/signup/"


def post_signup(client: Client, occurrence: Occurrence, language: str = "fa", **values: Any) -> Any:
    data = {"name": "Amal", "party_size": "1", **{key: str(value) for key, value in values.items()}}
    return client.post(form_url(occurrence, language), data)


def token_from(response: Any) -> str:
    """The secret in the personal link the sign-up redirected to."""
    assert response.status_code == 302, response.content.decode()[:2000]
    path = urlsplit(response["Location"]).path
    return path.rstrip("/").rsplit("/", 1)[-1]


def personal_url(occurrence: Occurrence, token: str, language: str = "fa") -> str:
    return f"/{language}/{occurrence.region.slug}/signups/{token}/"


def statuses(occurrence: Occurrence) -> list[tuple[str, str, int]]:
    return list(
        SignUp.objects.filter(occurrence=occurrence)
        .order_by("created_at", "id")
        .values_list("name", "status", "party_size")
    )


class FakeSmsGateway:
    """A local stand-in for the SMS gateway's HTTP API: records each request, answers with `status`."""

    def __init__(self, status: int = 202) -> None:
        import http.server
        import json
        import threading

        self.received: list[dict[str, Any]] = []
        self.status = status
        gateway = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                body = self.rfile.read(int(self.headers["Content-Length"]))
                gateway.received.append(
                    {
                        "path": self.path,
                        "authorization": self.headers.get("Authorization"),
                        "content_type": self.headers.get("Content-Type"),
                        "json": json.loads(body),
                    }
                )
                self.send_response(gateway.status)
                self.send_header("Content-Type", "application/json")
                self.end_headers()
                self.wfile.write(b'{"id": "1"}')

            def log_message(self, format: str, *args: Any) -> None:
                pass

        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/messages"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    @property
    def texts(self) -> list[tuple[str, str]]:
        return [(item["json"]["to"], item["json"]["text"]) for item in self.received]

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()
