"""Turning the print page into a PDF with WeasyPrint, offline: only the site's own static files and data: URIs."""

import hashlib
import mimetypes
from pathlib import Path
from urllib.parse import unquote, urljoin, urlsplit

from django.conf import settings
from django.contrib.staticfiles import finders
from django.contrib.staticfiles.storage import staticfiles_storage
from django.core.cache import cache
from django.core.exceptions import SuspiciousFileOperation
from weasyprint import HTML
from weasyprint.urls import URLFetcher, URLFetcherResponse

CACHE_SECONDS = 60 * 60


class RefusedURL(ValueError):
    """WeasyPrint asked for something outside the site's static files; it is left out of the PDF."""


def static_file(name: str) -> Path | None:
    """A static file by its name under STATIC_URL: from the apps while developing, from STATIC_ROOT when collected."""
    try:
        found = finders.find(name)
        if isinstance(found, str):
            return Path(found)
        # Collected files carry a content hash in their name, which the finders do not know.
        collected = Path(staticfiles_storage.path(name))
    except (SuspiciousFileOperation, NotImplementedError):
        return None
    root = Path(settings.STATIC_ROOT).resolve()
    return collected if collected.is_file() and root in collected.resolve().parents else None


class StaticOnlyFetcher(URLFetcher):
    """Never touches the network: a printed programme must not depend on, or leak to, any other server."""

    def __init__(self, base_url: str) -> None:
        super().__init__(allowed_protocols=("data",))
        # Where {% static %} links point once resolved against the page's base, whether STATIC_URL is a path or not.
        self._static = urljoin(base_url, settings.STATIC_URL)

    def fetch(self, url: str, headers: dict[str, str] | None = None) -> URLFetcherResponse:
        if url.startswith("data:"):
            return super().fetch(url, headers)
        if not url.startswith(self._static):
            raise RefusedURL(url)
        path = static_file(unquote(urlsplit(url).path.removeprefix(urlsplit(self._static).path)))
        if path is None:
            raise RefusedURL(url)
        content_type = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
        return URLFetcherResponse(url, body=path.read_bytes(), headers={"Content-Type": content_type})


def render_pdf(html: str) -> bytes:
    """The page as a PDF. Rendering takes seconds, so the same page (the same HTML) is rendered once an hour.

    Keyed by the HTML itself, any change to an event, a date or a translation makes a new PDF at once.
    """
    key = f"programme-pdf:{hashlib.sha256(html.encode()).hexdigest()}"
    cached = cache.get(key)
    if isinstance(cached, bytes):
        return cached
    # Relative links in the page resolve to the public site, so the PDF's links work from anyone's computer.
    base_url = f"{settings.NAHBAR_BASE_URL}/"
    pdf: bytes = HTML(string=html, base_url=base_url, url_fetcher=StaticOnlyFetcher(base_url)).write_pdf()
    cache.set(key, pdf, timeout=CACHE_SECONDS)
    return pdf
