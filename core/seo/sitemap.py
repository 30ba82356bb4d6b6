"""Every public page worth finding, once per language the region offers: four queries however many there are."""

import datetime as dt
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from xml.sax.saxutils import escape, quoteattr

from django.db.models import Max, OuterRef, Q, Subquery
from django.urls import reverse
from django.utils import timezone, translation

from core.languages import SOURCE_LANGUAGE, UI_LANGUAGES
from core.models import Region
from core.seo.links import Alternate, alternates, page_languages, split_language
from counselling.selectors import published as published_hours
from directory.models import Offer
from events.models import Event

HEAD = (
    '<?xml version="1.0" encoding="UTF-8"?>\n'
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n'
)


@dataclass(frozen=True)
class Page:
    # The address after the language prefix, e.g. "testort/offers/willkommenscafe/".
    rest: str
    languages: list[str]
    lastmod: dt.datetime | None


def _rest(name: str, **kwargs: str) -> str:
    with translation.override(SOURCE_LANGUAGE):
        split = split_language(reverse(name, kwargs=kwargs))
    assert split is not None, name
    return split[1]


def _changed(item_updated: dt.datetime, translated: dt.datetime | None) -> dt.datetime:
    return max(item_updated, translated) if translated else item_updated


def _offers(today: dt.date) -> list[tuple[int, str, dt.datetime]]:
    """Published offers within their runtime, as the public offer page shows them."""
    offers = (
        Offer.objects.filter(status=Offer.Status.PUBLISHED)
        .filter(Q(valid_until__isnull=True) | Q(valid_until__gte=today))
        .filter(Q(valid_from__isnull=True) | Q(valid_from__lte=today))
        .annotate(translated=Max("translations__updated_at"))
        .order_by("region_id", "slug")
    )
    rows = offers.values_list("region_id", "slug", "updated_at", "translated")
    return [(region, slug, _changed(updated, translated)) for region, slug, updated, translated in rows]


def _events() -> list[tuple[int, str, dt.datetime]]:
    events = (
        Event.objects.filter(status=Event.Status.PUBLISHED)
        .annotate(translated=Max("translations__updated_at"))
        .order_by("region_id", "slug")
    )
    rows = events.values_list("region_id", "slug", "updated_at", "translated")
    return [(region, slug, _changed(updated, translated)) for region, slug, updated, translated in rows]


def _latest(changes: list[dt.datetime]) -> dt.datetime | None:
    return max(changes) if changes else None


def pages(now: dt.datetime) -> list[Page]:
    today = timezone.localdate(now)
    # With each region, when its public consultation hours last changed (None without any): the appointment page
    # is listed only when there are hours to book or visit, at no query of its own.
    hours = published_hours(today=today).filter(region=OuterRef("pk")).order_by("-updated_at")
    regions = list(Region.objects.annotate(hours_changed=Subquery(hours.values("updated_at")[:1])).order_by("slug"))
    offers, events = _offers(today), _events()
    offer_changes: dict[int, list[dt.datetime]] = defaultdict(list)
    event_changes: dict[int, list[dt.datetime]] = defaultdict(list)
    for region_id, _slug, changed in offers:
        offer_changes[region_id].append(changed)
    for region_id, _slug, changed in events:
        event_changes[region_id].append(changed)
    found = [Page(_rest("regions"), list(UI_LANGUAGES), None)]
    by_id = {region.id: (region.slug, page_languages(region)) for region in regions}
    for region in regions:
        slug, languages = by_id[region.id]
        home = _latest([*offer_changes[region.id], *event_changes[region.id]])
        found.append(Page(_rest("region_home", region_slug=slug), languages, home))
        found.append(Page(_rest("event_list", region_slug=slug), languages, _latest(event_changes[region.id])))
        if region.hours_changed:
            found.append(Page(_rest("appointment_list", region_slug=slug), languages, region.hours_changed))
    for name, items in (("offer_detail", offers), ("event_detail", events)):
        for region_id, item_slug, changed in items:
            slug, languages = by_id[region_id]
            found.append(Page(_rest(name, region_slug=slug, id_or_slug=item_slug), languages, changed))
    return found


def _url(page: Page) -> str:
    links = alternates(page.rest, page.languages)
    lastmod = f"<lastmod>{page.lastmod.astimezone(dt.UTC):%Y-%m-%dT%H:%M:%S+00:00}</lastmod>" if page.lastmod else ""
    return "".join(_entry(link, links, lastmod) for link in links if link.language != "x-default")


def _entry(link: Alternate, links: list[Alternate], lastmod: str) -> str:
    alternate_links = "".join(
        f'<xhtml:link rel="alternate" hreflang={quoteattr(item.language)} href={quoteattr(item.url)}/>'
        for item in links
    )
    return f"<url><loc>{escape(link.url)}</loc>{lastmod}{alternate_links}</url>\n"


def xml(found: list[Page]) -> Iterator[str]:
    yield HEAD
    for page in found:
        yield _url(page)
    yield "</urlset>\n"
