"""What the staff navigation offers the signed-in user."""

from django import template
from django.template import Context

from core import two_factor

register = template.Library()


@register.simple_tag(takes_context=True)
def works_with_people(context: Context) -> bool:
    """Counsellor or manager somewhere: the contact log (and later cases) are theirs only."""
    return two_factor.works_with_people(context["request"])
