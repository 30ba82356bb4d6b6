from collections.abc import Callable
from functools import wraps
from typing import Any

from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse

from core.access import scope_of


def staff_member_required(view: Callable[..., HttpResponse]) -> Callable[..., HttpResponse]:
    """Logged in and holding at least one role; otherwise to the login page or a 403."""

    @wraps(view)
    def wrapper(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        if not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path())
        if not scope_of(request).is_staff_member:
            raise PermissionDenied
        return view(request, *args, **kwargs)

    return wrapper
