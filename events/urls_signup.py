"""Public sign-up, mounted under /{lang}/{region_slug}/."""

from django.urls import path

from events import views_signup

urlpatterns = [
    path(
        "events/<str:id_or_slug>/dates/<int:occurrence_id>/signup/",
        views_signup.signup_form,
        name="signup_form",
    ),
    path("signups/<str:token>/", views_signup.signup_personal, name="signup_personal"),
]
