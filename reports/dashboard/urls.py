"""Dashboard URLs, mounted at /dashboard/."""

from django.urls import path

from . import views

app_name = "dashboard"

urlpatterns = [
    path("", views.DashboardView.as_view(), name="index"),
    path("scorecard/", views.ScorecardView.as_view(), name="scorecard"),
    path("targets/", views.TargetsView.as_view(), name="targets"),
    path("consolidated/", views.ConsolidatedIndexView.as_view(), name="consolidated"),
    path(
        "consolidated/<int:directive_pk>/<int:period_pk>/",
        views.ConsolidatedHtmlView.as_view(),
        name="consolidated_html",
    ),
    path(
        "consolidated/<int:directive_pk>/<int:period_pk>/xlsx/",
        views.ConsolidatedXlsxView.as_view(),
        name="consolidated_xlsx",
    ),
]
