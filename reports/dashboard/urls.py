"""Dashboard URLs, mounted at /dashboard/."""

from django.urls import path

from . import views

app_name = "dashboard"

urlpatterns = [
    path("", views.DashboardView.as_view(), name="index"),
    path("scorecard/", views.ScorecardView.as_view(), name="scorecard"),
]
