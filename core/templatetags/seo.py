"""{% seo_head %} for every public page's <head>, and the JSON-LD of offer and event pages."""

from typing import Any

from django import template
from django.template.context import Context
from django.template.loader import render_to_string
from django.template.loader_tags import BlockNode
from django.utils.safestring import SafeString

from core.seo import jsonld
from core.seo.head import page_head, plain

register = template.Library()


def _block_text(context: Context, name: str) -> str:
    """The page's own `{% block name %}` as plain text, so the title is written once per template."""
    return plain(BlockNode(name, template.NodeList()).render(context))


@register.simple_tag(takes_context=True)
def seo_head(context: Context, *, description: str = "", path: str = "", og_type: str = "website") -> SafeString:
    request = context.get("request")
    if request is None:
        return SafeString("")
    head = page_head(
        request,
        language=str(context.get("page_language") or "de"),
        region=context.get("region"),
        title=_block_text(context, "title"),
        description=description,
        path=path,
        og_type=og_type,
        template_name=context.template.name if context.template else None,
    )
    return SafeString(render_to_string("core/_seo_head.html", {"head": head}))


@register.simple_tag(takes_context=True)
def offer_json_ld(context: Context, *, path: str) -> SafeString:
    return jsonld.script(jsonld.offer(**_shown(context), offer=context["offer"], url=jsonld.absolute(path)))


@register.simple_tag(takes_context=True)
def event_json_ld(context: Context, *, path: str) -> SafeString:
    return jsonld.script(
        jsonld.event(
            **_shown(context),
            event=context["event"],
            region=context["region"],
            dates=context.get("dates") or [],
            url=jsonld.absolute(path),
        )
    )


def _shown(context: Context) -> dict[str, Any]:
    return {"text": context["text"], "language": str(context.get("page_language") or "de")}
