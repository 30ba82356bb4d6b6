from django.urls import path

from homevisits import views

urlpatterns = [
    path("", views.household_list, name="household_list"),
    path("new/", views.household_add, name="household_add"),
    path("<int:household_id>/", views.household_detail, name="household_detail"),
    path("<int:household_id>/erase/", views.household_erase, name="household_erase"),
    path("visits/<int:visit_id>/result/", views.home_visit_result, name="home_visit_result"),
    path("follow-ups/<int:follow_up_id>/done/", views.home_visit_follow_up_done, name="home_visit_follow_up_done"),
    path("volunteers/", views.home_visit_volunteers, name="home_visit_volunteers"),
    path(
        "volunteers/<int:volunteer_id>/remove/", views.home_visit_volunteer_remove, name="home_visit_volunteer_remove"
    ),
]
