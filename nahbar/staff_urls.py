"""The staff area under /staff/: sign-in and password reset, then the offers."""

from django.contrib.auth import views as auth_views
from django.urls import include, path, reverse_lazy

from core import two_factor
from directory import views_staff

app_name = "staff"

_reset_done = reverse_lazy("staff:password_reset_done")
_reset_complete = reverse_lazy("staff:password_reset_complete")

urlpatterns = [
    path("login/", auth_views.LoginView.as_view(template_name="staff/login.html"), name="login"),
    path("logout/", auth_views.LogoutView.as_view(), name="logout"),
    path(
        "password-reset/",
        auth_views.PasswordResetView.as_view(
            template_name="staff/password_reset.html",
            email_template_name="staff/password_reset_email.txt",
            subject_template_name="staff/password_reset_subject.txt",
            success_url=_reset_done,
        ),
        name="password_reset",
    ),
    path(
        "password-reset/sent/",
        auth_views.PasswordResetDoneView.as_view(template_name="staff/password_reset_done.html"),
        name="password_reset_done",
    ),
    path(
        "password-reset/<uidb64>/<token>/",
        auth_views.PasswordResetConfirmView.as_view(
            template_name="staff/password_reset_confirm.html", success_url=_reset_complete
        ),
        name="password_reset_confirm",
    ),
    path(
        "password-reset/done/",
        auth_views.PasswordResetCompleteView.as_view(template_name="staff/password_reset_complete.html"),
        name="password_reset_complete",
    ),
    path("two-factor/", two_factor.two_factor, name="two_factor"),
    path("", views_staff.dashboard, name="dashboard"),
    path("offers/", views_staff.offer_list, name="offer_list"),
    path("offers/new/", views_staff.offer_create, name="offer_create"),
    path("offers/<int:offer_id>/", views_staff.offer_edit, name="offer_edit"),
    path("offers/<int:offer_id>/preview/", views_staff.offer_preview, name="offer_preview"),
    path("offers/<int:offer_id>/publish/", views_staff.offer_publish, name="offer_publish"),
    path("offers/<int:offer_id>/unpublish/", views_staff.offer_unpublish, name="offer_unpublish"),
    path("offers/<int:offer_id>/archive/", views_staff.offer_archive, name="offer_archive"),
    path("offers/<int:offer_id>/reviewed/", views_staff.offer_reviewed, name="offer_reviewed"),
    path("offers/<int:offer_id>/history/", views_staff.offer_history, name="offer_history"),
    path("offers/<int:offer_id>/translations/<str:language>/", views_staff.translation_edit, name="translation_edit"),
    path("events/", include("events.urls_staff")),
    path("events/", include("events.urls_staff_signups")),
    path("rounds/", include("participation.urls_staff")),
    path("data/", include("interop.urls_staff")),
    path("hours/", include("counselling.urls_staff")),
    path("contacts/", include("counselling.urls_staff_contacts")),
    path("people/", include("counselling.urls_staff_people")),
    path("audit/", include("core.urls_staff_audit")),
    path("cases/", include("counselling.urls_staff_cases")),
    path("cases/", include("counselling.urls_staff_case_plans")),
    path("referrals/", include("referrals.urls_staff")),
    path("home-visits/", include("homevisits.urls_staff")),
]
