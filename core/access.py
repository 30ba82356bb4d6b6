"""What a staff user may see and change, derived once per request from their memberships."""

from dataclasses import dataclass, field

from django.contrib.auth.models import AbstractBaseUser, AnonymousUser
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest

from core.models import Membership

Role = Membership.Role


@dataclass(frozen=True)
class StaffScope:
    user_id: int | None
    coordinated_region_ids: frozenset[int] = frozenset()
    # organisation id → (region id, role)
    organisation_roles: dict[int, tuple[int, str]] = field(default_factory=dict)

    @property
    def is_staff_member(self) -> bool:
        return bool(self.coordinated_region_ids or self.organisation_roles)

    def coordinates(self, region_id: int) -> bool:
        return region_id in self.coordinated_region_ids

    def role_in(self, organisation_id: int) -> str | None:
        entry = self.organisation_roles.get(organisation_id)
        return entry[1] if entry else None

    def can_edit_content_of(self, *, organisation_id: int, region_id: int) -> bool:
        """Editors, managers and the region's coordinators keep an organisation's offers current."""
        return self.coordinates(region_id) or self.role_in(organisation_id) is not None

    def can_manage(self, *, organisation_id: int, region_id: int) -> bool:
        """Archiving and other lasting decisions are for managers and coordinators."""
        return self.coordinates(region_id) or self.role_in(organisation_id) == Role.MANAGER

    def can_counsel(self, *, organisation_id: int) -> bool:
        """Names and contacts of people who came for advice: the organisation's counsellors and managers only.
        Coordinators see the town's figures, not its people."""
        return self.role_in(organisation_id) in (Role.COUNSELLOR, Role.MANAGER)

    @property
    def counselled_organisation_ids(self) -> list[int]:
        """The organisations whose people (appointments, contacts, cases) the user works with."""
        return [pk for pk in self.organisation_roles if self.can_counsel(organisation_id=pk)]

    def require_counsel(self, *, organisation_id: int) -> None:
        if not self.can_counsel(organisation_id=organisation_id):
            raise PermissionDenied

    def require_content(self, *, organisation_id: int, region_id: int) -> None:
        if not self.can_edit_content_of(organisation_id=organisation_id, region_id=region_id):
            raise PermissionDenied

    def require_manage(self, *, organisation_id: int, region_id: int) -> None:
        if not self.can_manage(organisation_id=organisation_id, region_id=region_id):
            raise PermissionDenied


def scope_for_user(user: AbstractBaseUser | AnonymousUser) -> StaffScope:
    if not user.is_authenticated:
        return StaffScope(user_id=None)
    coordinated: set[int] = set()
    roles: dict[int, tuple[int, str]] = {}
    for membership in Membership.objects.filter(user_id=user.pk).only("region_id", "organisation_id", "role"):
        if membership.organisation_id is None:
            coordinated.add(membership.region_id)
        else:
            roles[membership.organisation_id] = (membership.region_id, membership.role)
    return StaffScope(user_id=user.pk, coordinated_region_ids=frozenset(coordinated), organisation_roles=roles)


def scope_of(request: HttpRequest) -> StaffScope:
    cached: StaffScope | None = getattr(request, "_staff_scope", None)
    if cached is None:
        cached = scope_for_user(request.user)
        request._staff_scope = cached  # type: ignore[attr-defined]
    return cached
