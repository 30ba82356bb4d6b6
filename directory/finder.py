"""The public finder: from validated parameters to a page of result cards, each saying why it matched."""

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass, field

from django.conf import settings
from django.utils.translation import gettext as _

from core.languages import ENDONYMS
from core.models import District, Region
from directory import search, selectors
from directory.models import Offer, OfferTranslation, Topic
from directory.opening import BERLIN, is_open
from directory.search.documents import (
    ANY_AGE_FACET,
    FREE_FACET,
    age_facet,
    district_facet,
    labels_everywhere,
    region_facet,
    spoken_facet,
    topic_facet,
    weekday_facet,
)
from directory.search.plan import OpenAt, QueryPlan, Word, open_on
from directory.search.text import words
from translations.resolve import ShownText, show_translated


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
    return show_translated(
        offer,
        field_names=OfferTranslation.TRANSLATED_FIELDS,
        source_language=offer.region.source_language,
        language=language,
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
    groups: list[tuple[str, ...]] = [(facet,) for facet in facets]
    if data.get("age") is not None:
        groups.append((age_facet(int(data["age"])), ANY_AGE_FACET))  # type: ignore[call-overload]
    return QueryPlan(
        region_id=region.id,
        today=now.astimezone(BERLIN).date(),
        words=search.plan_words(str(data.get("q") or "")),
        facets=tuple(groups),
        open_at=open_at,
    )


def _matches(tokens: set[str], word: Word) -> bool:
    if word.typed in tokens or tokens.intersection(word.similar):
        return True
    return word.as_prefix and any(token.startswith(word.typed) for token in tokens)


class _Places:
    """Where in an offer a word can be found, most telling first, tokenised only as far as a search needs."""

    def __init__(self, sources: Iterator[tuple[str, str]]) -> None:
        self._sources = sources
        self._seen: list[tuple[str, set[str]]] = []

    def __iter__(self) -> Iterator[tuple[str, set[str]]]:
        index = 0
        while True:
            if index == len(self._seen):
                source = next(self._sources, None)
                if source is None:
                    return
                self._seen.append((source[0], set(words(source[1]))))
            yield self._seen[index]
            index += 1


def _sources(offer: Offer, language: str, topics: dict[int, Topic]) -> Iterator[tuple[str, str]]:
    for link in offer.topics.all():
        topic = topics[link.id]
        names = [*topic.names.values(), *(word for group in topic.synonyms.values() for word in group)]
        yield _("topic “%(topic)s”") % {"topic": topic.name_in(language)}, " ".join(names)
    yield str(offer.get_offer_type_display()), labels_everywhere(offer.offer_type, "type")
    audience = [labels_everywhere(key, "audience") for key in offer.audience if key in Offer.Audience.values]
    yield _("audience"), " ".join(audience)
    texts = [(offer.region.source_language, offer.title, offer.summary, offer.description)]
    texts += [(t.language, t.title, t.summary, t.description) for t in offer.translations.all()]
    for text_language, *parts in texts:
        for part, text in zip((_("title"), _("summary"), _("description")), parts, strict=True):
            yield _("%(part)s in %(language)s") % {"part": part, "language": ENDONYMS[text_language]}, text
    names = [offer.provider.name]
    for location in offer.locations.all():
        names += [location.name, location.street, location.postcode, location.city]
        names += [location.district.name] if location.district else []
    yield _("provider or place"), " ".join(names)


def _reasons(offer: Offer, plan_words: tuple[Word, ...], language: str, topics: dict[int, Topic]) -> list[str]:
    places = _Places(_sources(offer, language, topics))
    reasons = []
    for word in plan_words:
        # Words found elsewhere, e.g. in another language's text or a partner's name, the list keeps brief.
        where = next((label for label, tokens in places if _matches(tokens, word)), _("other details"))
        reasons.append(_("“%(word)s”: %(where)s") % {"word": word.original or word.typed, "where": where})
    return reasons


def find(
    *, region: Region, data: dict[str, object], language: str, now: dt.datetime, topics: dict[int, Topic]
) -> Results:
    """One page of results; `topics` are all topics by id, already loaded for the filter form."""
    plan = _plan(region, data, now)
    size = settings.NAHBAR_PAGE_SIZE
    page = max(1, int(data.get("page") or 1))  # type: ignore[call-overload]
    ids, total = search.run(plan, offset=(page - 1) * size, limit=size)
    broadened = False
    if total == 0 and len(plan.words) > 1:
        plan = QueryPlan(**{**plan.__dict__, "require_all": False})
        ids, total = search.run(plan, offset=(page - 1) * size, limit=size)
        broadened = total > 0
    offers = selectors.offers_in_order(ids, language=language)
    cards = [
        Card(
            offer=offer,
            text=shown_text(offer, language),
            reasons=_reasons(offer, plan.words, language, topics) if plan.words else [],
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
