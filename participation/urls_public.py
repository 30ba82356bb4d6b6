from django.urls import path

from participation import views_public

urlpatterns = [
    path("rounds/", views_public.round_list, name="round_list"),
    path("rounds/<int:round_id>/", views_public.round_detail, name="round_detail"),
    path("rounds/<int:round_id>/propose/", views_public.propose, name="round_propose"),
    path("rounds/<int:round_id>/vote/", views_public.vote, name="round_vote"),
    path("rounds/<int:round_id>/results/", views_public.results, name="round_results"),
    path(
        "rounds/<int:round_id>/proposals/<int:proposal_id>/picture/",
        views_public.picture,
        name="round_proposal_picture",
    ),
]
