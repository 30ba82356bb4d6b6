"""The public finder: from validated parameters to a page of result cards, each saying why it matched."""

import datetime as dt
from dataclasses import dataclass, field

from django.conf import settings
from django.utils.translation import gettext as _

from core.languages import ENDONYMS
from core.models import District, Region
from directory import search, selectors
from directory.models import Offer, Topic
from directory.opening import BERLIN, is_open
from directory.search.documents import (
    FREE_FACET,
    district_facet,
    labels_everywhere,
    region_facet,
    spoken_facet,
    topic_facet,
    weekday_facet,
)
from directory.search.plan import OpenAt, QueryPlan, Word, open_on
from directory.search.text import words
from translations.resolve import ShownText, show


@dataclass(frozen=True)
class Card:
    offer: Offer
    text: ShownText
    reasons: list[str]
    open_now: bool
    districts: list[str]


@dataclass
class Results:
    cards: list[Card]
    total: int
    page: int
    pages: int
    words: tuple[Word, ...] = ()
    # No offer had every word, so these match some of them.
    broadened: bool = False
    corrections: list[str] = field(default_factory=list)


def shown_text(offer: Offer, language: str) -> ShownText:
    return show(
        source_fields={"title": offer.title, "summary": offer.summary, "description": offer.description},
        source_language=offer.region.source_language,
        content_version=offer.content_version,
        translations=offer.translations.all(),
        language=language,
        field_names=("title", "summary", "description"),
    )


def _plan(region: Region, data: dict[str, object], now: dt.datetime) -> QueryPlan:
    facets = [region_facet(region.id)]
    district: District | None = data.get("district_obj")  # type: ignore[assignment]
    topic: Topic | None = data.get("topic_obj")  # type: ignore[assignment]
    if district:
        facets.append(district_facet(district.id))
    if topic:
        facets.append(topic_facet(topic.id))
    if data.get("lang_spoken"):
        facets.append(spoken_facet(str(data["lang_spoken"])))
    if data.get("free"):
        facets.append(FREE_FACET)
    open_at: OpenAt | None = None
    if data.get("open") == "now":
        local = now.astimezone(BERLIN)
        open_at = open_on(local.date(), local.time())
    elif data.get("open"):
        code = str(data["open"])
        open_at = OpenAt(weekday=code, byday_values=(code,))
    if open_at:
        facets.append(weekday_facet(open_at.weekday))
    return QueryPlan(
        region_id=region.id,
        today=now.astimezone(BERLIN).date(),
        words=search.plan_words(str(data.get("q") or "")),
        facets=tuple(facets),
        age=data.get("age"),  # type: ignore[arg-type]
        open_at=open_at,
    )


def _matches(tokens: set[str], word: Word) -> bool:
    if word.typed in tokens or tokens.intersection(word.similar):
        return True
    return word.as_prefix and any(token.startswith(word.typed) for token in tokens)


def _match_places(offer: Offer, language: str) -> list[tuple[str, set[str]]]:
    """Where in an offer a word can be found, most telling first, each as (label for readers, its words)."""
    places: list[tuple[str, set[str]]] = []
    for topic in offer.topics.all():
        names = [*topic.names.values(), *(word for group in topic.synonyms.values() for word in group)]
        places.append((_("topic “%(topic)s”") % {"topic": topic.name_in(language)}, set(words(" ".join(names)))))
    places.append((str(offer.get_offer_type_display()), set(words(labels_everywhere(offer.offer_type, "type")))))
    audience = " ".join(labels_everywhere(key, "audience") for key in offer.audience if key in Offer.Audience.values)
    places.append((_("audience"), set(words(audience))))
    texts = [(offer.region.source_language, offer.title, offer.summary, offer.description)]
    texts += [(t.language, t.title, t.summary, t.description) for t in offer.translations.all()]
    for text_language, *parts in texts:
        for part, text in zip((_("title"), _("summary"), _("description")), parts, strict=True):
            label = _("%(part)s in %(language)s") % {"part": part, "language": ENDONYMS[text_language]}
            places.append((label, set(words(text))))
    names = [offer.provider.name, *(partner.name for partner in offer.partners.all())]
    for location in offer.locations.all():
        names += [location.name, location.street, location.postcode, location.city]
        names += [location.district.name] if location.district else []
    names += [district.name for district in offer.served_districts.all()]
    names += [offer.project.name] if offer.project else []
    places.append((_("provider or place"), set(words(" ".join(names)))))
    return places


def _reasons(offer: Offer, plan_words: tuple[Word, ...], language: str) -> list[str]:
    places = _match_places(offer, language)
    reasons = []
    for word in plan_words:
        where = next((label for label, tokens in places if _matches(tokens, word)), None)
        if where:
            reasons.append(_("“%(word)s”: %(where)s") % {"word": word.original or word.typed, "where": where})
    return reasons


def find(*, region: Region, data: dict[str, object], language: str, now: dt.datetime) -> Results:
    plan = _plan(region, data, now)
    size = settings.NAHBAR_PAGE_SIZE
    page = max(1, int(data.get("page") or 1))  # type: ignore[call-overload]
    ids, total = search.run(plan, offset=(page - 1) * size, limit=size)
    broadened = False
    if total == 0 and len(plan.words) > 1:
        plan = QueryPlan(**{**plan.__dict__, "require_all": False})
        ids, total = search.run(plan, offset=(page - 1) * size, limit=size)
        broadened = total > 0
    offers = selectors.offers_in_order(ids)
    cards = [
        Card(
            offer=offer,
            text=shown_text(offer, language),
            reasons=_reasons(offer, plan.words, language) if plan.words else [],
            open_now=is_open(offer.schedules.all(), at=now),
            districts=sorted({place.district.name for place in offer.locations.all() if place.district}),
        )
        for offer in offers
    ]
    return Results(
        cards=cards,
        total=total,
        page=page,
        pages=max(1, -(-total // size)),
        words=plan.words,
        broadened=broadened,
        corrections=sorted({similar for word in plan.words for similar in word.similar}),
    )
