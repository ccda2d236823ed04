"""The agency pages' addresses (/agencies/): they list tasks, so they live in tasks, which knows agencies."""

from django.urls import path

from . import agency_pages as views

app_name = "agencies"

urlpatterns = [
    path("", views.AgencyListView.as_view(), name="agency_list"),
    path("<int:pk>/", views.AgencyDetailView.as_view(), name="agency_detail"),
]
