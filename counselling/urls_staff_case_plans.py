from django.urls import path

from counselling import views_case_plans

urlpatterns = [
    path("<int:case_id>/recognitions/", views_case_plans.recognition_list, name="case_recognition_list"),
    path(
        "<int:case_id>/recognitions/<int:recognition_id>/",
        views_case_plans.recognition_detail,
        name="case_recognition_detail",
    ),
    path(
        "<int:case_id>/recognitions/steps/<int:step_id>/done/",
        views_case_plans.recognition_step_done,
        name="case_recognition_step_done",
    ),
    path(
        "<int:case_id>/recognitions/steps/<int:step_id>/rename/",
        views_case_plans.recognition_step_rename,
        name="case_recognition_step_rename",
    ),
    path("<int:case_id>/youth-plan/", views_case_plans.youth_plan, name="case_youth_plan"),
]
