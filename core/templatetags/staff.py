"""What the staff navigation offers the signed-in user."""

from django import template
from django.template import Context

from core.access import scope_of

register = template.Library()


@register.simple_tag(takes_context=True)
def works_with_people(context: Context) -> bool:
    """Counsellor or manager somewhere: the contact log (and later cases) are theirs only."""
    scope = scope_of(context["request"])
    return any(scope.can_counsel(organisation_id=pk) for pk in scope.organisation_roles)
