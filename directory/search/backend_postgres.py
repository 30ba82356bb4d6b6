"""Search on PostgreSQL: a weighted tsvector per offer with GIN indexes, pg_trgm for similar spellings."""

from collections.abc import Iterable, Sequence
from typing import Any

from django.db import connection

from directory.search.documents import OfferDocument
from directory.search.plan import QueryPlan, Word

TABLE = "directory_offer_search"

CREATE_SQL = [
    "CREATE EXTENSION IF NOT EXISTS pg_trgm",
    f"CREATE TABLE IF NOT EXISTS {TABLE} ("
    " offer_id bigint PRIMARY KEY REFERENCES directory_offer(id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,"
    " document tsvector NOT NULL, facets tsvector NOT NULL)",
    f"CREATE INDEX IF NOT EXISTS directory_offer_search_document ON {TABLE} USING gin (document)",
    f"CREATE INDEX IF NOT EXISTS directory_offer_search_facets ON {TABLE} USING gin (facets)",
    "CREATE INDEX IF NOT EXISTS directory_searchterm_trgm ON directory_searchterm USING gin (term gin_trgm_ops)",
]
DROP_SQL = ["DROP INDEX IF EXISTS directory_searchterm_trgm", f"DROP TABLE IF EXISTS {TABLE}"]


def _lexeme(word: str) -> str:
    return "'" + word.replace("\\", "\\\\").replace("'", "''") + "'"


def _word_expression(word: Word) -> str:
    options = [_lexeme(word.typed) + (":*" if word.as_prefix else "")]
    options += [_lexeme(similar) for similar in word.similar]
    return "(" + " | ".join(options) + ")"


def text_query(plan: QueryPlan) -> str:
    joiner = " & " if plan.require_all else " | "
    return joiner.join(_word_expression(word) for word in plan.words)


def facet_query(plan: QueryPlan) -> str:
    return " & ".join("(" + " | ".join(_lexeme(token) for token in group) + ")" for group in plan.facets)


def replace(documents: Sequence[OfferDocument], removed_ids: Iterable[int]) -> None:
    with connection.cursor() as cursor:
        removed = list(removed_ids)
        if removed:
            cursor.execute(f"DELETE FROM {TABLE} WHERE offer_id = ANY(%s)", [removed])
        cursor.executemany(
            f"INSERT INTO {TABLE} (offer_id, document, facets) VALUES (%s,"
            " setweight(to_tsvector('simple', %s), 'A') || setweight(to_tsvector('simple', %s), 'B')"
            " || setweight(to_tsvector('simple', %s), 'C') || setweight(to_tsvector('simple', %s), 'D'),"
            " to_tsvector('simple', %s))"
            " ON CONFLICT (offer_id) DO UPDATE SET document = EXCLUDED.document, facets = EXCLUDED.facets",
            [(d.offer_id, d.title, d.tags, d.summary, d.body, d.facets) for d in documents],
        )


def clear() -> None:
    with connection.cursor() as cursor:
        cursor.execute(f"DELETE FROM {TABLE}")


def similar_terms(word: str, limit: int) -> list[str]:
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT term FROM directory_searchterm WHERE term %% %s ORDER BY similarity(term, %s) DESC LIMIT %s",
            [word, word, limit],
        )
        return [row[0] for row in cursor.fetchall()]


def _filters(plan: QueryPlan) -> tuple[str, list[Any]]:
    """Conditions outside the index: runtime (few offers have one) and, for 'open now', the opening hours."""
    sql = (
        " AND s.offer_id NOT IN (SELECT id FROM directory_offer WHERE valid_until < %s"
        " UNION ALL SELECT id FROM directory_offer WHERE valid_from > %s)"
    )
    params: list[Any] = [plan.today, plan.today]
    if plan.open_at is not None and plan.open_at.time is not None:
        sql += (
            " AND EXISTS (SELECT 1 FROM directory_schedule h WHERE h.offer_id = s.offer_id"
            " AND h.opens_at <= %s AND h.closes_at > %s AND h.valid_from <= %s"
            " AND (h.valid_until IS NULL OR h.valid_until >= %s)"
            " AND string_to_array(h.byday, ',') && %s)"
        )
        params += [plan.open_at.time, plan.open_at.time, plan.today, plan.today, list(plan.open_at.byday_values)]
    return sql, params


def query(plan: QueryPlan, *, offset: int, limit: int) -> tuple[list[int], int]:
    """Best matches first (ts_rank), newest first without words. The count comes along in the same query."""
    filters, params = _filters(plan)
    where = "s.facets @@ to_tsquery('simple', %s)"
    where_params: list[Any] = [facet_query(plan)]
    order = "s.offer_id DESC"
    order_params: list[Any] = []
    if plan.has_text:
        where += " AND s.document @@ to_tsquery('simple', %s)"
        where_params.append(text_query(plan))
        order = "ts_rank(s.document, to_tsquery('simple', %s)) DESC, s.offer_id DESC"
        order_params.append(text_query(plan))
    base = f"FROM {TABLE} s WHERE {where}{filters}"
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT s.offer_id, COUNT(*) OVER () {base} ORDER BY {order} LIMIT %s OFFSET %s",
            [*where_params, *params, *order_params, limit, offset],
        )
        rows = cursor.fetchall()
        if rows or offset == 0:
            return [row[0] for row in rows], rows[0][1] if rows else 0
        cursor.execute(f"SELECT COUNT(*) {base}", [*where_params, *params])
        return [], cursor.fetchone()[0]
