from django.urls import path

from counselling import views_cases

urlpatterns = [
    path("", views_cases.case_list, name="case_list"),
    path("new/", views_cases.case_open, name="case_open"),
    path("consent-form/", views_cases.consent_form, name="consent_form"),
    path("<int:case_id>/", views_cases.case_detail, name="case_detail"),
    path("<int:case_id>/close/", views_cases.case_close, name="case_close"),
    path("items/<int:item_id>/done/", views_cases.case_item_done, name="case_item_done"),
    path("consents/<int:consent_id>/withdraw/", views_cases.consent_withdraw, name="consent_withdraw"),
]
