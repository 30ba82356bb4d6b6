from django.urls import path

from directory import views_public

urlpatterns = [
    path("", views_public.region_home, name="region_home"),
    path("offers/", views_public.offer_list, name="offer_list"),
    path("offers/<str:id_or_slug>/", views_public.offer_detail, name="offer_detail"),
]
