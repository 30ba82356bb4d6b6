"""Public pages of a region: the finder and offer details. No login, no cookies, no JavaScript needed."""

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils import timezone, translation

from core.languages import ENDONYMS, SOURCE_LANGUAGE
from core.models import Region
from counselling import selectors as hours_selectors
from counselling.display import card
from directory import finder, maps, selectors, services
from directory.forms_public import FinderForm
from directory.models import Offer
from directory.opening import describe, next_openings
from events.views_public import home_sections


def _finder_form(request: HttpRequest, region_slug: str) -> tuple[FinderForm, Region]:
    region = selectors.region_by_slug(region_slug)
    language = translation.get_language()
    form = FinderForm(
        request.GET or None,
        districts=selectors.districts_of(region),
        topics=selectors.all_topics(),
        language=language,
    )
    return form, region


def region_home(request: HttpRequest, region_slug: str) -> HttpResponse:
    form, region = _finder_form(request, region_slug)
    language = translation.get_language()
    topics = [(topic.slug, topic.name_in(language)) for topic in form.topics.values()]
    events = home_sections(region, language=language, now=timezone.now())
    return render(request, "directory/home.html", {"region": region, "form": form, "topics": topics, **events})


def offer_list(request: HttpRequest, region_slug: str) -> HttpResponse:
    form, region = _finder_form(request, region_slug)
    language = translation.get_language()
    results = None
    if (form.is_bound and form.is_valid()) or not form.is_bound:
        data = dict(form.cleaned_data) if form.is_bound else {}
        data["district_obj"] = form.districts.get(data.get("district") or "")
        data["topic_obj"] = form.topics.get(data.get("topic") or "")
        now = timezone.now()
        topics = {topic.id: topic for topic in form.topics.values()}
        results = finder.find(region=region, data=data, language=language, now=now, topics=topics)
        services.log_search(
            region=region,
            language=language,
            query=str(data.get("q") or ""),
            filters=form.active_filters(),
            result_count=results.total,
            day=timezone.localdate(now),
        )
    query = request.GET.copy()
    query.pop("page", None)
    return render(
        request,
        "directory/offer_list.html",
        {
            "region": region,
            "form": form,
            "results": results,
            "query_without_page": query.urlencode(),
            "map": maps.results_map(results.cards) if results else None,
            "hours_spoken": _hours_spoken(form, region),
        },
    )


def _hours_spoken(form: FinderForm, region: Region) -> tuple[str, str] | None:
    """With a language chosen in the finder: that language (code, own name) when some consultation hours are held in
    it or can arrange an interpreter, so the results can point to them (one query, only then)."""
    code = form.cleaned_data.get("lang_spoken") if form.is_bound and form.is_valid() else ""
    # Every office speaks German: pointing German speakers to the hours says nothing.
    if not code or code == SOURCE_LANGUAGE or code not in ENDONYMS:
        return None
    return (code, ENDONYMS[code]) if hours_selectors.speaks(region, code, today=timezone.localdate()) else None


def _contact(offer: Offer) -> dict[str, str]:
    """The offer's own contact; where it gives none, the provider's public office contact."""
    if offer.contact_phone or offer.contact_email or offer.contact_url:
        return {
            "name": offer.contact_name,
            "phone": offer.contact_phone,
            "email": offer.contact_email,
            "url": offer.contact_url,
        }
    provider = offer.provider
    return {"name": provider.name, "phone": provider.phone, "email": provider.email, "url": provider.website}


def detail_context(offer: Offer, language: str) -> dict[str, object]:
    now = timezone.now()
    today = timezone.localdate(now)
    schedules = list(offer.schedules.all())
    audience = dict(Offer.Audience.choices)
    # The provider's consultation hours (two queries however many): where and when to talk to someone there.
    hours = hours_selectors.hours_of(offer.provider_id, offer.region, today=today)
    return {
        "region": offer.region,
        "offer": offer,
        "text": finder.shown_text(offer, language),
        "topic_names": [topic.name_in(language) for topic in offer.topics.all()],
        "audience": [audience[key] for key in offer.audience if key in audience],
        "spoken": [ENDONYMS.get(code, code) for code in offer.languages],
        "hours": [describe(schedule) for schedule in schedules],
        "openings": next_openings(schedules, after=now),
        "places": [maps.place_links(location) for location in offer.locations.all()],
        "review_due": offer.is_review_due(today),
        "hours_cards": [card(item, language=language, today=today) for item in hours],
        "contact": _contact(offer),
        "source_language_name": ENDONYMS[offer.region.source_language],
        "map_tiles": bool(settings.NAHBAR_MAP_TILE_URL),
    }


def offer_detail(request: HttpRequest, region_slug: str, id_or_slug: str) -> HttpResponse:
    region = selectors.region_by_slug(region_slug)
    offer = selectors.public_offer(region, id_or_slug, today=timezone.localdate())
    return render(request, "directory/offer_detail.html", detail_context(offer, translation.get_language()))
