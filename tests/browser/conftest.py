"""Browser tests: real pages in headless Chromium against pytest-django's live server.

One Chromium per test session (per xdist worker); every test gets a fresh, isolated browser context whose
requests may only reach the live server, so nothing here ever touches the internet. The live server runs in
another thread, so tests use the transactional database, and the topics a flush removed are loaded again.
"""

import importlib
import os
import re
from collections.abc import Callable, Iterator
from pathlib import Path
from types import SimpleNamespace
from typing import Any
from urllib.parse import urlsplit

import pytest
from django.utils import translation
from django.utils.text import capfirst

# Playwright's sync API keeps an asyncio loop in the main thread; Django would refuse ORM calls there.
os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"

CHROMIUM = Path("/usr/bin/chromium")
AXE = Path(__file__).resolve().parents[2] / "node_modules" / "axe-core" / "axe.min.js"
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
SHOTS = Path("/tmp/nahbar-shots")  # noqa: S108 - screenshots for a human look, never committed
PHONE = {"viewport": {"width": 360, "height": 740}, "is_mobile": True, "has_touch": True, "device_scale_factor": 2}
DESKTOP = {"viewport": {"width": 1280, "height": 900}}
LAUNCH_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]
HERE = Path(__file__).resolve().parent


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    for item in items:
        if HERE in Path(str(item.path)).resolve().parents:
            item.add_marker(pytest.mark.browser)
            if not CHROMIUM.exists():
                item.add_marker(pytest.mark.skip(reason=f"browser tests need Chromium at {CHROMIUM}; it is missing"))


def tr(language: str, message: str) -> str:
    """A UI text as the server renders it in that language (the msgid itself while untranslated)."""
    with translation.override(language):
        return str(translation.gettext(message))


def label(language: str, verbose_name: str) -> str:
    """A model field's form label: its verbose name, translated, first letter capitalised."""
    return str(capfirst(tr(language, verbose_name)))


@pytest.fixture(scope="session")
def chromium() -> Iterator[Any]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=LAUNCH_ARGS)
        yield browser
        browser.close()


@pytest.fixture(autouse=True)
def _fast_passwords(settings: Any) -> None:
    """Staff users are created per test; Argon2 would spend seconds on each of them."""
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture(autouse=True)
def _browser_database(transactional_db: None) -> None:
    """The live server's thread sees only committed data; the topics the previous flush removed come back.

    (Serialized rollback cannot do this here: while Playwright's loop runs, Django hands this thread another
    connection object, one without the serialized contents.)
    """
    from django.apps import apps
    from django.db import connection

    if not apps.get_model("directory", "Topic").objects.exists():
        load_topics = importlib.import_module("directory.migrations.0003_topics").load_topics
        load_topics(apps, SimpleNamespace(connection=connection))


@pytest.fixture(scope="session")
def _urls_loaded() -> None:
    """Import every view before the first page: on a busy machine that alone can outlast a page's timeout."""
    from django.urls import get_resolver

    get_resolver().url_patterns  # noqa: B018 - the attribute access is the import


@pytest.fixture
def new_page(chromium: Any, live_server: Any, _urls_loaded: None) -> Iterator[Callable[..., Any]]:
    """Open a page in a fresh context with these Playwright context options, limited to the live server."""
    contexts = []
    server = urlsplit(live_server.url)

    def only_live_server(route: Any) -> None:
        url = urlsplit(route.request.url)
        local = url.scheme in {"http", "https"} and url.netloc == server.netloc
        if local or url.scheme in {"data", "blob", "about"}:
            route.continue_()
        else:
            route.abort("blockedbyclient")

    def make(**options: Any) -> Any:
        context = chromium.new_context(base_url=live_server.url, **options)
        context.set_default_timeout(10_000)
        context.route("**/*", only_live_server)
        contexts.append(context)
        return context.new_page()

    yield make
    for context in contexts:
        context.close()


@pytest.fixture
def phone(new_page: Callable[..., Any]) -> Any:
    """A cheap phone: 360×740, touch, German system language."""
    return new_page(**PHONE, locale="de-DE")


@pytest.fixture
def desktop(new_page: Callable[..., Any]) -> Any:
    """An office computer with an English browser, so the staff area speaks English."""
    return new_page(**DESKTOP, locale="en-GB")


def axe_violations(page: Any) -> list[dict[str, Any]]:
    page.add_script_tag(path=str(AXE))
    result = page.evaluate(
        "async tags => await axe.run(document, {runOnly: {type: 'tag', values: tags}, resultTypes: ['violations']})",
        AXE_TAGS,
    )
    return result["violations"]


def describe_violations(violations: list[dict[str, Any]]) -> str:
    lines = []
    for violation in violations:
        targets = ["; ".join(map(str, node["target"])) for node in violation["nodes"][:3]]
        more = len(violation["nodes"]) - len(targets)
        lines.append(
            f"- {violation['id']} ({violation.get('impact')}): {violation['help']}\n"
            f"    on {' | '.join(targets)}" + (f" and {more} more" if more > 0 else "")
        )
    return "\n".join(lines)


def axe_check(page: Any) -> None:
    """Fail with a readable list when axe-core finds WCAG 2.1 A/AA violations on the page as it is now."""
    if not AXE.exists():
        pytest.skip(f"accessibility check skipped: axe-core is missing at {AXE} (run `npm install --no-package-lock`)")
    violations = axe_violations(page)
    if violations:
        pytest.fail(f"axe-core found {len(violations)} violation(s) on {page.url}:\n{describe_violations(violations)}")


def has_no_horizontal_scroll(page: Any) -> bool:
    width = page.evaluate("() => document.documentElement.scrollWidth")
    return bool(width <= page.viewport_size["width"])


def screenshot(page: Any, name: str) -> Path:
    SHOTS.mkdir(parents=True, exist_ok=True)
    path = SHOTS / f"{re.sub(r'[^a-z0-9-]+', '-', name.lower())}.png"
    page.screenshot(path=str(path), full_page=True)
    return path
