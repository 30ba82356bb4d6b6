"""What the <head> of a public page tells search engines and link previews."""

import html
import re
from dataclasses import dataclass, field

from django.http import HttpRequest
from django.utils.html import strip_tags
from django.utils.translation import gettext

from core.models import Region
from core.seo.links import Alternate, alternates, kept_query, og_locale, page_languages, split_language

# Forms, personal sign-up links and error pages: useful to the one reader, never to a search engine.
PRIVATE_VIEWS = frozenset({"signup_form", "signup_personal", "round_propose", "round_vote", "round_proposal_picture"})
ERROR_TEMPLATES = frozenset({"403.html", "404.html", "429.html"})


@dataclass(frozen=True)
class Head:
    indexable: bool
    title: str = ""
    description: str = ""
    canonical: str = ""
    og_type: str = "website"
    locale: str = ""
    alternates: list[Alternate] = field(default_factory=list)

    @property
    def other_locales(self) -> list[str]:
        found = {og_locale(item.language) for item in self.alternates if item.language != "x-default"}
        return sorted(found - {self.locale})


def plain(rendered: str) -> str:
    """Rendered template text (tags, entities, line breaks) as one line of plain text."""
    return re.sub(r"\s+", " ", html.unescape(strip_tags(rendered))).strip()


def is_private(request: HttpRequest, template_name: str | None) -> bool:
    match = request.resolver_match
    if template_name in ERROR_TEMPLATES or match is None:
        return True
    return match.url_name in PRIVATE_VIEWS or "token" in match.kwargs


def page_head(
    request: HttpRequest,
    *,
    language: str,
    region: Region | None,
    title: str,
    description: str = "",
    path: str = "",
    og_type: str = "website",
    template_name: str | None = None,
) -> Head:
    """`path` names the page's own address (an offer by slug, not by id); without it the request's path and
    its defining filters are the page."""
    split = split_language(path or request.path)
    # Staff pages (an offer's preview among them) live outside the language prefixes: never to be found.
    if split is None or split_language(request.path) is None or is_private(request, template_name):
        return Head(indexable=False)
    _language, rest = split
    query = "" if path else kept_query(request.GET)
    languages = page_languages(region)
    found = alternates(rest, languages, query)
    # A language the region does not offer shows the German text: the German page is the original.
    canonical = next(item.url for item in found if item.language == (language if language in languages else "de"))
    return Head(
        indexable=True,
        title=title,
        description=plain(description)
        or gettext("nahbar – local help for newcomers, kept current by the offices and organisations in your town."),
        canonical=canonical,
        og_type=og_type,
        locale=og_locale(language),
        alternates=found,
    )
