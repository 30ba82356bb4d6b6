"""The offer search index: keeping it current and asking it. One backend per database engine."""

from collections.abc import Iterable
from types import ModuleType

from django.db import connection

from directory.models import SearchTerm
from directory.search import backend_postgres, backend_sqlite, documents
from directory.search.plan import QueryPlan, Word
from directory.search.text import allowed_typos, edit_distance, typed_words

BATCH = 500
MAX_WORDS = 8


def backend() -> ModuleType:
    return backend_postgres if connection.vendor == "postgresql" else backend_sqlite


def reindex(offer_ids: Iterable[int]) -> None:
    """Bring the index in line with these offers: published ones (re)indexed, all others removed."""
    wanted = set(offer_ids)
    built = [documents.build(offer) for offer in documents.offers_for_indexing(offer_ids=wanted)]
    _store(built, removed_ids=wanted - {document.offer_id for document in built})


def rebuild(region_id: int | None = None) -> int:
    """Index every published offer again (of one region, or everywhere). Returns how many were indexed."""
    if region_id is None:
        backend().clear()
    count = 0
    batch: list[documents.OfferDocument] = []
    for offer in documents.offers_for_indexing(region_id=region_id):
        batch.append(documents.build(offer))
        if len(batch) >= BATCH:
            _store(batch, removed_ids=[])
            count += len(batch)
            batch = []
    _store(batch, removed_ids=[])
    return count + len(batch)


def _store(built: list[documents.OfferDocument], removed_ids: Iterable[int]) -> None:
    backend().replace(built, removed_ids)
    terms = {w for d in built for field in (d.title, d.tags, d.summary, d.body) for w in field.split() if len(w) < 100}
    if terms:
        SearchTerm.objects.bulk_create([SearchTerm(term=term) for term in terms], ignore_conflicts=True)


def plan_words(text: str) -> tuple[Word, ...]:
    """The typed words, each with indexed words of similar spelling when it is not itself indexed."""
    originals = typed_words(text)
    typed = list(originals)[:MAX_WORDS]
    if not typed:
        return ()
    known = set(SearchTerm.objects.filter(term__in=typed).values_list("term", flat=True))
    planned = []
    for word in typed:
        limit = allowed_typos(word)
        similar: tuple[str, ...] = ()
        if word not in known and limit:
            scored = sorted(
                (distance, term)
                for term in backend().similar_terms(word, 60)
                if (distance := edit_distance(word, term, limit)) <= limit
            )
            similar = tuple(term for _distance, term in scored[:3])
        planned.append(Word(typed=word, similar=similar, original=originals[word]))
    return tuple(planned)


def run(plan: QueryPlan, *, offset: int, limit: int) -> tuple[list[int], int]:
    return backend().query(plan, offset=offset, limit=limit)
