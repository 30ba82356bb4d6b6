"""Pages of long staff lists (contacts, cases): the page's ids from an index first, then only those rows."""

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from django.core.paginator import Page, Paginator
from django.db.models import Model, QuerySet

Row = TypeVar("Row", bound=Model)


@dataclass(frozen=True)
class PageOf(Generic[Row]):
    rows: list[Row]
    # The page of ids, for the count and the links to the neighbouring pages.
    page: Page[Any]


def page_by_ids(
    ids: QuerySet[Any], load: Callable[[list[int]], Iterable[Row]], *, number: str | int, size: int
) -> PageOf[Row]:
    page = Paginator(ids, size).get_page(number)
    wanted = list(page.object_list)
    by_id = {row.pk: row for row in load(wanted)}
    return PageOf([by_id[pk] for pk in wanted], page)
