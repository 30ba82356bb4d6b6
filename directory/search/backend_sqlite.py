"""Search on SQLite: an FTS5 table with one row per published offer, all languages in one document.

Region, district, topic, language and weekday filters are tokens in a `facets` column, so a query for one
region only ranks that region's matches; bm25 then weighs title over tags over summary over body.
"""

from collections.abc import Iterable, Sequence
from typing import Any

from django.db import connection

from directory.search.documents import OfferDocument
from directory.search.plan import QueryPlan, Word

TABLE = "directory_offer_fts"
TERMS_TRIGRAMS = "directory_searchterm_tri"
WEIGHTS = "10.0, 5.0, 3.0, 1.0, 0.0"

CREATE_SQL = [
    f"CREATE VIRTUAL TABLE IF NOT EXISTS {TABLE} USING fts5("
    "title, tags, summary, body, facets, tokenize = 'unicode61 remove_diacritics 0')",
    f"CREATE VIRTUAL TABLE IF NOT EXISTS {TERMS_TRIGRAMS} USING fts5("
    "term, content = 'directory_searchterm', content_rowid = 'id', tokenize = 'trigram')",
    "CREATE TRIGGER IF NOT EXISTS directory_searchterm_tri_insert AFTER INSERT ON directory_searchterm BEGIN "
    f"INSERT INTO {TERMS_TRIGRAMS}(rowid, term) VALUES (new.id, new.term); END",
    "CREATE TRIGGER IF NOT EXISTS directory_searchterm_tri_delete AFTER DELETE ON directory_searchterm BEGIN "
    f"INSERT INTO {TERMS_TRIGRAMS}({TERMS_TRIGRAMS}, rowid, term) VALUES ('delete', old.id, old.term); END",
]
DROP_SQL = [
    "DROP TRIGGER IF EXISTS directory_searchterm_tri_delete",
    "DROP TRIGGER IF EXISTS directory_searchterm_tri_insert",
    f"DROP TABLE IF EXISTS {TERMS_TRIGRAMS}",
    f"DROP TABLE IF EXISTS {TABLE}",
]


def _quote(word: str) -> str:
    return '"' + word.replace('"', '""') + '"'


def _word_expression(word: Word) -> str:
    options = [_quote(word.typed) + (" *" if word.as_prefix else "")]
    options += [_quote(similar) for similar in word.similar]
    return "(" + " OR ".join(options) + ")"


def match_expression(plan: QueryPlan) -> str:
    groups = ["(" + " OR ".join(_quote(token) for token in group) + ")" for group in plan.facets]
    facets = "facets : (" + " AND ".join(groups) + ")"
    if not plan.has_text:
        return facets
    joiner = " AND " if plan.require_all else " OR "
    text = joiner.join(_word_expression(word) for word in plan.words)
    return f"{{title tags summary body}} : ({text}) AND {facets}"


def replace(documents: Sequence[OfferDocument], removed_ids: Iterable[int]) -> None:
    ids = [document.offer_id for document in documents] + list(removed_ids)
    with connection.cursor() as cursor:
        cursor.executemany(f"DELETE FROM {TABLE} WHERE rowid = %s", [(offer_id,) for offer_id in ids])
        cursor.executemany(
            f"INSERT INTO {TABLE}(rowid, title, tags, summary, body, facets) VALUES (%s, %s, %s, %s, %s, %s)",
            [(d.offer_id, d.title, d.tags, d.summary, d.body, d.facets) for d in documents],
        )


def clear() -> None:
    with connection.cursor() as cursor:
        cursor.execute(f"DELETE FROM {TABLE}")


def similar_terms(word: str, limit: int) -> list[str]:
    trigrams = {word[i : i + 3] for i in range(len(word) - 2)}
    expression = " OR ".join(_quote(trigram) for trigram in sorted(trigrams))
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT term FROM {TERMS_TRIGRAMS} WHERE {TERMS_TRIGRAMS} MATCH %s ORDER BY rank LIMIT %s",
            [expression, limit],
        )
        return [row[0] for row in cursor.fetchall()]


def _filters(plan: QueryPlan) -> tuple[str, list[Any]]:
    """Conditions outside the index: runtime (few offers have one) and, for 'open now', the opening hours."""
    today = plan.today.isoformat()
    sql = (
        f" AND {TABLE}.rowid NOT IN (SELECT id FROM directory_offer WHERE valid_until < %s"
        " UNION ALL SELECT id FROM directory_offer WHERE valid_from > %s)"
    )
    params: list[Any] = [today, today]
    if plan.open_at is not None and plan.open_at.time is not None:
        days = " OR ".join(["(',' || s.byday || ',') LIKE %s"] * len(plan.open_at.byday_values))
        sql += (
            f" AND EXISTS (SELECT 1 FROM directory_schedule s WHERE s.offer_id = {TABLE}.rowid"
            " AND s.opens_at <= %s AND s.closes_at > %s AND s.valid_from <= %s"
            f" AND (s.valid_until IS NULL OR s.valid_until >= %s) AND ({days}))"
        )
        moment = plan.open_at.time.strftime("%H:%M:%S")
        params += [moment, moment, today, today]
        params += [f"%,{value},%" for value in plan.open_at.byday_values]
    return sql, params


def query(plan: QueryPlan, *, offset: int, limit: int) -> tuple[list[int], int]:
    """A page of offer ids, best matches first (bm25) or newest first without words, and how many there are.

    Two plain statements on the FTS5 table: ranking inside a join or beside a window count costs half again.
    """
    filters, params = _filters(plan)
    where = f"FROM {TABLE} WHERE {TABLE} MATCH %s{filters}"
    order = f"bm25({TABLE}, {WEIGHTS}), rowid DESC" if plan.has_text else "rowid DESC"
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT rowid {where} ORDER BY {order} LIMIT %s OFFSET %s",
            [match_expression(plan), *params, limit, offset],
        )
        ids = [row[0] for row in cursor.fetchall()]
        cursor.execute(f"SELECT COUNT(*) {where}", [match_expression(plan), *params])
        return ids, cursor.fetchone()[0]
