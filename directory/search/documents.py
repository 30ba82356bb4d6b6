"""What the search index holds for each offer: its text in every language, and filter tokens."""

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache

from django.db.models import Prefetch
from django.utils import translation

from core.languages import UI_LANGUAGES
from directory.models import Offer, OfferTranslation
from directory.search.text import normalise


@dataclass(frozen=True)
class OfferDocument:
    offer_id: int
    region_id: int
    title: str
    tags: str
    summary: str
    body: str
    facets: str


def region_facet(region_id: int) -> str:
    return f"r{region_id}"


def district_facet(district_id: int) -> str:
    return f"d{district_id}"


def topic_facet(topic_id: int) -> str:
    return f"t{topic_id}"


def spoken_facet(language: str) -> str:
    return f"sp{language}"


def weekday_facet(weekday: str) -> str:
    return f"wd{weekday.lower()}"


FREE_FACET = "free"
ANY_AGE_FACET = "aall"
OLDEST_AGE = 99


def age_facet(age: int) -> str:
    return f"a{min(age, OLDEST_AGE)}"


def age_facets(age_min: int | None, age_max: int | None) -> list[str]:
    """One token per age the offer accepts, so an age filter is an index lookup like any other."""
    if age_min is None and age_max is None:
        return [ANY_AGE_FACET]
    low, high = age_min or 0, min(OLDEST_AGE, age_max if age_max is not None else OLDEST_AGE)
    return [age_facet(age) for age in range(low, high + 1)]


@lru_cache(maxsize=64)
def labels_everywhere(label_key: str, choices_owner: str) -> str:
    """A choice label in every UI language, so 'Kurs', 'course' and 'دورة' all find courses."""
    choices = Offer.Type if choices_owner == "type" else Offer.Audience
    label = dict(choices.choices)[label_key]
    names = []
    for language in UI_LANGUAGES:
        with translation.override(language):
            names.append(str(label))
    return " ".join(names)


def offers_for_indexing(offer_ids: Iterable[int] | None = None, region_id: int | None = None) -> Iterator[Offer]:
    offers = Offer.objects.filter(status=Offer.Status.PUBLISHED)
    if offer_ids is not None:
        offers = offers.filter(id__in=list(offer_ids))
    if region_id is not None:
        offers = offers.filter(region_id=region_id)
    return (
        offers.select_related("provider", "project")
        .prefetch_related(
            Prefetch(
                "translations", queryset=OfferTranslation.objects.only("offer_id", "title", "summary", "description")
            ),
            "topics",
            "partners",
            "locations__district",
            "served_districts",
            "schedules",
        )
        .order_by("id")
        .iterator(chunk_size=500)
    )


def build(offer: Offer) -> OfferDocument:
    translations = list(offer.translations.all())
    topics = list(offer.topics.all())
    locations = list(offer.locations.all())
    tags = [labels_everywhere(offer.offer_type, "type")]
    tags += [labels_everywhere(key, "audience") for key in offer.audience if key in Offer.Audience.values]
    for topic in topics:
        tags += [str(name) for name in topic.names.values()]
        tags += [str(word) for words in topic.synonyms.values() for word in words]
    body = [offer.description, *(t.description for t in translations), offer.provider.name]
    body += [partner.name for partner in offer.partners.all()]
    body += [f"{place.name} {place.street} {place.postcode} {place.city}" for place in locations]
    body += [place.district.name for place in locations if place.district]
    body += [district.name for district in offer.served_districts.all()]
    if offer.project:
        body.append(offer.project.name)

    district_ids = {place.district_id for place in locations if place.district_id}
    district_ids |= {district.id for district in offer.served_districts.all()}
    facets = [region_facet(offer.region_id)]
    facets += [district_facet(district_id) for district_id in sorted(district_ids)]
    facets += [topic_facet(topic.id) for topic in topics]
    facets += [spoken_facet(language) for language in offer.languages]
    if offer.cost == Offer.Cost.FREE:
        facets.append(FREE_FACET)
    weekdays = {day.lstrip("+-0123456789") for schedule in offer.schedules.all() for day in schedule.byday.split(",")}
    facets += [weekday_facet(day) for day in sorted(weekdays)]
    facets += age_facets(offer.age_min, offer.age_max)
    return OfferDocument(
        offer_id=offer.id,
        region_id=offer.region_id,
        title=normalise(" ".join([offer.title, *(t.title for t in translations)])),
        tags=normalise(" ".join(tags)),
        summary=normalise(" ".join([offer.summary, *(t.summary for t in translations)])),
        body=normalise(" ".join(body)),
        facets=" ".join(facets),
    )
