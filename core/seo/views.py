"""/sitemap.xml and /robots.txt at the site root, outside the language prefixes."""

from django.http import HttpRequest, HttpResponse
from django.utils import timezone
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_safe

from core.seo import sitemap as sitemaps
from core.seo.links import absolute


@require_safe
@cache_control(public=True, max_age=3600)
def sitemap(request: HttpRequest) -> HttpResponse:
    found = sitemaps.pages(timezone.now())
    return HttpResponse("".join(sitemaps.xml(found)), content_type="application/xml; charset=utf-8")


@require_safe
@cache_control(public=True, max_age=86400)
def robots(request: HttpRequest) -> HttpResponse:
    lines = [
        "User-agent: *",
        "Allow: /",
        "Disallow: /staff/",
        "Disallow: /admin/",
        "Disallow: /i18n/",
        f"Sitemap: {absolute('/sitemap.xml')}",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")
