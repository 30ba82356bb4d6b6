"""What the staff navigation offers the signed-in user."""

from django import template
from django.template import Context

from core import two_factor
from core.access import scope_of

register = template.Library()


@register.simple_tag(takes_context=True)
def works_with_people(context: Context) -> bool:
    """Counsellor or manager somewhere: the contact log (and later cases) are theirs only."""
    return two_factor.works_with_people(context["request"])


@register.simple_tag(takes_context=True)
def reviews_audit_log(context: Context) -> bool:
    """Managers and coordinators review their organisation's or region's audit log."""
    scope = scope_of(context["request"])
    return bool(scope.coordinated_region_ids) or "manager" in {
        role for _region, role in scope.organisation_roles.values()
    }
