"""Staff pages for rounds, mounted at /staff/rounds/ in the `staff` namespace."""

from django.urls import path

from participation import views_staff

_PROPOSAL = "<int:round_id>/proposals/<int:proposal_id>"

urlpatterns = [
    path("", views_staff.round_list, name="rounds"),
    path("new/", views_staff.round_create, name="round_create"),
    path("<int:round_id>/", views_staff.round_edit, name="round_edit"),
    path("<int:round_id>/open/", views_staff.round_open, name="round_open"),
    path("<int:round_id>/close/", views_staff.round_close, name="round_close"),
    path("<int:round_id>/codes/", views_staff.round_codes, name="round_codes"),
    path("<int:round_id>/assisted-vote/", views_staff.round_assisted_vote, name="round_assisted_vote"),
    path("<int:round_id>/proposals/new/", views_staff.proposal_add, name="round_proposal_add"),
    path(f"{_PROPOSAL}/hide/", views_staff.proposal_hide, name="round_proposal_hide"),
    path(
        f"{_PROPOSAL}/translations/<str:language>/",
        views_staff.proposal_translation,
        name="round_proposal_translation",
    ),
    path(
        "<int:round_id>/question/<str:language>/",
        views_staff.question_translation,
        name="round_question_translation",
    ),
    path("<int:round_id>/results/", views_staff.round_results, name="round_results"),
    path("<int:round_id>/events/", views_staff.round_make_events, name="round_make_events"),
]
