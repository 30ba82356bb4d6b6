from django.urls import path

from referrals import views, views_answers

urlpatterns = [
    path("", views.referral_inbox, name="referral_inbox"),
    path("sent/", views.referral_sent, name="referral_sent"),
    path("new/", views.referral_new, name="referral_new"),
    path("figures/", views.referral_figures, name="referral_figures"),
    path("<int:referral_id>/", views.referral_detail, name="referral_detail"),
    path("<int:referral_id>/letter/", views.referral_letter, name="referral_letter"),
    path("<int:referral_id>/accept/", views_answers.referral_accept, name="referral_accept"),
    path("<int:referral_id>/decline/", views_answers.referral_decline, name="referral_decline"),
    path("<int:referral_id>/report/", views_answers.referral_report, name="referral_report"),
    path("<int:referral_id>/answer/", views_answers.referral_answer, name="referral_answer"),
    path("<int:referral_id>/withdraw/", views_answers.referral_withdraw, name="referral_withdraw"),
]
