"""Demo staff accounts: one per role, with fresh passwords on every load."""

import secrets
from dataclasses import dataclass

from axes.utils import reset as reset_login_failures
from django.contrib.auth import get_user_model

from core.models import Membership, Organisation, Region
from directory.demo.catalogue import STAFF, SUPERUSER
from directory.demo.specs import StaffSpec


@dataclass(frozen=True)
class StaffLogin:
    role: str
    username: str
    password: str


def create_staff(*, password: str | None) -> list[StaffLogin]:
    """Create or reset the demo accounts. Without a given password each account gets a new random one."""
    logins = [_reset_user(SUPERUSER, role="Superuser (Django admin)", password=password, superuser=True)]
    for spec in STAFF:
        login = _reset_user(spec["username"], role=spec["role"], password=password, superuser=False)
        _grant(spec)
        logins.append(login)
    return logins


def _reset_user(username: str, *, role: str, password: str | None, superuser: bool) -> StaffLogin:
    user, _created = get_user_model().objects.get_or_create(username=username)
    chosen = password or secrets.token_urlsafe(9)
    user.set_password(chosen)
    user.is_active = True
    user.is_staff = superuser
    user.is_superuser = superuser
    user.save()
    user.memberships.all().delete()
    reset_login_failures(username=username)
    return StaffLogin(role=role, username=username, password=chosen)


def _grant(spec: StaffSpec) -> None:
    region = Region.objects.get(slug=spec["region"])
    organisation = None
    if spec["organisation"] is not None:
        organisation = Organisation.objects.get(region=region, slug=spec["organisation"])
    user = get_user_model().objects.get(username=spec["username"])
    Membership.objects.create(user=user, region=region, organisation=organisation, role=spec["membership"])
